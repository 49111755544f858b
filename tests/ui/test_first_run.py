"""First run: create a vault, keep the recovery key, lock, unlock both ways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizard

from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import PASSPHRASE as PASSPHRASE_OF_UI_VAULT
from ui import recovery_sheet
from ui.main_window import MainWindow
from ui.welcome_window import WelcomeWindow

PASSPHRASE = "vier losse woorden samen"


def _create(qtbot, tmp_path, role_hr: bool = True):
    welcome = WelcomeWindow(kdf=INSECURE_TEST_PROFILE)
    qtbot.addWidget(welcome)
    welcome.show()
    wizard = welcome.create_vault()
    place = wizard.place
    place.folder.setText(str(tmp_path))
    place.vault_name.setText("Stichting")
    place.user_name.setText("Fatima Bakker")
    if role_hr:
        place.as_hr.setChecked(True)
    assert place.login.text() == ("hr" if role_hr else "beheer")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    page = wizard.passphrase
    page.passphrase.setText("te kort")
    page.repeat.setText("te kort")
    assert not page.isComplete()  # under the minimum: Next stays off
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    assert page.meter.level >= 2
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.recovery
    return welcome, wizard


def test_create_vault_then_lock_and_unlock_with_passphrase_and_recovery_key(
    qtbot, tmp_path, monkeypatch
):
    welcome, wizard = _create(qtbot, tmp_path)
    vault_path = tmp_path / "Stichting.skotvault"
    assert (vault_path / "vault.json").is_file()
    key = wizard.recovery.key.text()
    assert len(key.replace("-", "")) == 36

    # The key can be saved as a PDF at a place the user picks.
    target = tmp_path / "herstelsleutel.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.recovery.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")

    # Finishing needs the confirmation that the key is stored safely.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # a stray Escape does not throw the key away
    assert wizard.isVisible()
    wizard.recovery.confirm.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(welcome.session_ready) as ready:
        finish.click()
    session, path, login = ready.args
    assert path == vault_path and login == "hr"
    assert wizard.recovery.key.text() == ""  # shown once

    window = MainWindow(session, path, login)
    qtbot.addWidget(window)
    assert "HR-medewerker" in window.user_label.text()
    window.lock()
    assert window.is_locked() and window.lock_screen is not None
    panel = window.lock_screen.panel
    assert panel.user.currentText() == "hr"
    panel.secret.setText(PASSPHRASE)
    panel.submit()
    assert not window.is_locked()

    window.lock()
    panel = window.lock_screen.panel
    panel.use_recovery.setChecked(True)
    panel.secret.setText(key)
    panel.submit()
    assert not window.is_locked()
    window.close()


def test_recovery_sheet_pdf_holds_no_temp_file(tmp_path):
    data = recovery_sheet.pdf_bytes("ABCD-EFGH", "Stichting.skotvault")
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_place_page_refuses_an_existing_vault(qtbot, tmp_path):
    (tmp_path / "Dossiers.skotvault").mkdir()
    welcome = WelcomeWindow(kdf=INSECURE_TEST_PROFILE)
    qtbot.addWidget(welcome)
    wizard = welcome.create_vault()
    wizard.place.folder.setText(str(tmp_path))
    wizard.place.vault_name.setText("Dossiers")
    wizard.place.user_name.setText("Fatima Bakker")
    wizard.next()
    assert wizard.currentPage() is wizard.place
    assert "bestaat al" in wizard.place.error.text()
    assert not Path(tmp_path / "Dossiers.skotvault" / "vault.json").exists()
    wizard.close()


def test_the_app_opens_the_last_vault_and_returns_to_welcome_when_it_is_closed(qtbot, ui_vault):
    from ui import settings
    from ui.app import Controller
    from ui.unlock_dialog import UnlockDialog

    controller = Controller()
    controller.start(ui_vault.path)
    welcome = controller.welcome
    qtbot.addWidget(welcome)
    dialog = welcome.findChild(UnlockDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.panel.user.setCurrentText("directeur")
    dialog.panel.secret.setText(PASSPHRASE_OF_UI_VAULT)
    dialog.panel.submit()
    window = controller.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert settings.get(settings.LAST_VAULT) == str(ui_vault.path.resolve())
    window.close_vault_action.trigger()
    assert window.is_locked()
    assert controller.window is None
    assert controller.welcome is not None and controller.welcome.isVisible()
    qtbot.addWidget(controller.welcome)
    assert controller.welcome.last_button.isVisible()  # "Open School.skotvault"
