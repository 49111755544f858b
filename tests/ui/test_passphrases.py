"""A forgotten passphrase reset with the recovery key; every user changes their own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from skot_dossier.errors import WrongPassphrase
from skot_dossier.services import access
from tests.helpers import PASSPHRASE
from ui.main_window import MainWindow

NEW_PASSPHRASE = "Ĳsbeer op de fiets naar Güneş"  # typed as text: keyClicks aborts on non-ASCII


def _recovery_window(qtbot, ui_vault):
    session = access.unlock(ui_vault.path, ui_vault.recovery_key, use_recovery=True)
    window = MainWindow(session, ui_vault.path, "")
    qtbot.addWidget(window)
    window.show()
    return window


def test_recovery_session_shows_a_banner_and_resets_a_forgotten_passphrase(qtbot, ui_vault):
    window = _recovery_window(qtbot, ui_vault)
    banner = window.workspace.banner
    assert banner.isVisible() and "herstelsleutel" in banner.label.text()
    assert banner.action.isVisible() and banner.action.text() == "Wachtwoord opnieuw instellen…"
    assert window.user_label.text() == "Ontgrendeld met de herstelsleutel"
    assert window.reset_passphrase_action.isEnabled()
    qtbot.waitUntil(lambda: window._reset_dialog() is not None, timeout=2000)  # offered at once
    dialog = window._reset_dialog()
    logins = [dialog.login.itemText(i) for i in range(dialog.login.count())]
    assert set(logins) == {"beheer", "hr", "directeur", "privacy"}

    dialog.login.setCurrentText("hr")
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.repeat.setText(NEW_PASSPHRASE + "!")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert "niet gelijk" in dialog.error.text()
    dialog.fields.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.reset):
        dialog.ok_button.click()
    assert "opnieuw ingesteld" in banner.label.text()
    assert banner.action.text() == "Nu vergrendelen"

    banner.action.click()
    assert window.is_locked()
    panel = window.lock_screen.panel
    assert panel.user.currentText() == "hr"  # the user whose passphrase was reset
    panel.secret.setText(PASSPHRASE)
    panel.submit()
    assert window.is_locked() and "niet juist" in panel.message.text()
    panel.secret.setText(NEW_PASSPHRASE)
    panel.submit()
    assert not window.is_locked()
    assert "HR-medewerker" in window.user_label.text()
    banner = window.workspace.banner  # now only the warning about the wrong attempt
    assert "verkeerd wachtwoord" in banner.label.text()
    assert "herstelsleutel" not in banner.label.text() and not banner.action.isVisible()
    assert not window.reset_passphrase_action.isEnabled()  # HR resets nobody's passphrase
    window.close()


def test_the_reset_dialog_reopens_from_the_banner_not_twice(qtbot, ui_vault):
    window = _recovery_window(qtbot, ui_vault)
    qtbot.waitUntil(lambda: window._reset_dialog() is not None, timeout=2000)
    first = window._reset_dialog()
    first.reject()
    qtbot.waitUntil(lambda: window._reset_dialog() is None, timeout=2000)
    window.workspace.banner.action.click()
    again = window._reset_dialog()
    assert again is not None and again is not first
    assert window.reset_passphrase() is again  # one at a time
    page = window.workspace.page("settings")
    assert not page.change_passphrase_button.isEnabled()  # the recovery key has no passphrase
    window.close()


def test_every_user_changes_their_own_passphrase_in_settings(qtbot, ui_vault):
    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur")
    qtbot.addWidget(window)
    assert not window.reset_passphrase_action.isEnabled()
    page = window.workspace.page("settings")
    assert page.change_passphrase_button.text() == "Mijn wachtwoord wijzigen…"
    dialog = page.change_passphrase()
    assert "Jan Klaassen" in dialog.intro.text()
    dialog.fields.passphrase.setText("kort")
    dialog.fields.repeat.setText("kort")
    assert not dialog.ok_button.isEnabled()  # under the minimum
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.repeat.setText(NEW_PASSPHRASE)
    assert not dialog.ok_button.isEnabled()  # the current passphrase comes first
    dialog.current.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "huidige wachtwoord is niet juist" in dialog.error.text()
    assert dialog.current.text() == "" and dialog.isVisible()
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed):
        dialog.ok_button.click()
    assert dialog.current.text() == "" and dialog.fields.text() == ""  # wiped
    box = page.findChild(QMessageBox, "infoBox")
    assert box is not None and "gewijzigd" in box.text()
    window.close()

    with pytest.raises(WrongPassphrase):
        access.unlock(ui_vault.path, PASSPHRASE, label="directeur")
    access.unlock(ui_vault.path, NEW_PASSPHRASE, label="directeur").close()
    access.unlock(ui_vault.path, PASSPHRASE, label="hr").close()  # others keep theirs
