"""Backups from the Vault menu and restoring them from the welcome screen, on real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skot_dossier import errors
from skot_dossier.services import access
from tests.helpers import PASSPHRASE
from ui.backup_action import BackupRunner
from ui.main_window import MainWindow
from ui.messages import restore_error_text
from ui.restore_dialog import RestoreDialog
from ui.unlock_dialog import UnlockDialog
from ui.welcome_window import WelcomeWindow


def _backup(qtbot, monkeypatch, ui_vault, target: Path) -> str:
    """Make a backup through the menu (as HR); returns the check number the user was shown."""
    window = MainWindow(ui_vault.unlock("hr"), ui_vault.path, "hr")
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup_action.trigger()
    box = window.findChild(QMessageBox, "infoBox")
    assert box is not None and "Controlegetal" in box.text()
    anchor = box.text().split("Controlegetal: ")[1].split()[0]
    window.close()
    return anchor


def _restore_dialog(qtbot, backup: Path, target: Path, secret: str = PASSPHRASE):
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    dialog = welcome.restore_backup()
    dialog.set_backup_file(backup)
    dialog.target.setText(str(target))
    dialog.secret.setText(secret)
    return welcome, dialog


@pytest.fixture
def backup_file(qtbot, monkeypatch, ui_vault, tmp_path):
    target = tmp_path / "backups" / "School-2026"  # the suffix is added
    target.parent.mkdir()
    anchor = _backup(qtbot, monkeypatch, ui_vault, target)
    made = target.with_name("School-2026.skotbackup")
    assert made.is_file()
    return made, anchor


def test_backup_then_restore_shows_the_verified_log_and_opens_the_vault(
    qtbot, ui_vault, tmp_path, backup_file
):
    backup, anchor = backup_file
    target = tmp_path / "restored" / "School.skotvault"
    welcome, dialog = _restore_dialog(qtbot, backup, target)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.pages.currentWidget() is dialog.result_panel
    result = dialog.result_panel
    assert "Gecontroleerd:" in result.audit.text() and "ongewijzigd" in result.audit.text()
    assert result.anchor.text() == anchor  # the number shown when the backup was made
    assert not result.old_vault.isVisibleTo(dialog)
    assert dialog.secret.text() == ""  # the typed secret does not linger
    assert (target / "vault.json").is_file()

    dialog.open_button.click()
    unlock = welcome.findChild(UnlockDialog)
    assert unlock is not None and unlock.panel.vault_path == target
    unlock.panel.user.setCurrentText("directeur")
    unlock.panel.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(welcome.session_ready) as ready:
        unlock.panel.submit()
    session, path, login = ready.args
    assert path == target and login == "directeur"
    assert access.vault_status(session).audit_entries > 0
    session.close()


def test_restore_with_the_recovery_key(qtbot, ui_vault, tmp_path, backup_file):
    backup, _anchor = backup_file
    target = tmp_path / "Hersteld.skotvault"
    _welcome, dialog = _restore_dialog(qtbot, backup, target, secret="")
    dialog.by_recovery.setChecked(True)
    assert dialog.secret_label.text() == "&Herstelsleutel:"
    dialog.secret.setText(ui_vault.recovery_key.lower().replace("-", " "))
    dialog.restore_button.click()
    assert dialog.report is not None and dialog.report.folder == target


def test_restore_problems_are_dutch_sentences_and_change_nothing(
    qtbot, ui_vault, tmp_path, backup_file
):
    backup, _anchor = backup_file
    target = tmp_path / "Nieuw.skotvault"
    _welcome, dialog = _restore_dialog(qtbot, backup, target, secret="verkeerd wachtwoord")
    dialog.restore_button.click()
    assert "opent deze back-up niet" in dialog.error.text()
    assert not target.exists()

    junk = tmp_path / "vakantiefoto.skotbackup"
    junk.write_bytes(b"PK\x03\x04 this is no backup at all")
    dialog.set_backup_file(junk)
    dialog.secret.setText(PASSPHRASE)
    dialog.restore_button.click()
    assert "beschadigd" in dialog.error.text()

    occupied = tmp_path / "Documenten"
    occupied.mkdir()
    (occupied / "brief.txt").write_text("niet overschrijven")
    dialog.set_backup_file(backup)
    dialog.target.setText(str(occupied))
    dialog.secret.setText(PASSPHRASE)
    dialog.restore_button.click()
    assert "niet leeg" in dialog.error.text()
    assert (occupied / "brief.txt").read_text() == "niet overschrijven"
    assert dialog.pages.currentIndex() == 0


def test_replacing_asks_first_and_keeps_the_old_vault(qtbot, ui_vault, tmp_path, backup_file):
    backup, _anchor = backup_file
    _welcome, dialog = _restore_dialog(qtbot, backup, ui_vault.path)
    dialog.restore_button.click()
    assert "niet leeg" in dialog.error.text()  # not without the explicit choice

    dialog.replace.setChecked(True)
    assert dialog.replace_note.isVisibleTo(dialog)
    dialog.secret.setText(PASSPHRASE)
    box = dialog.start()
    assert box is not None and "wordt vervangen" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.report is None and not list(tmp_path.glob("*.replaced-*"))

    box = dialog.start()
    box.findChild(type(dialog.restore_button), "confirmReplaceButton").click()
    assert dialog.report is not None
    kept = dialog.report.replaced_old_vault_at
    assert kept is not None and kept.name.startswith("School.skotvault.replaced-")
    assert (kept / "vault.json").is_file()
    assert dialog.result_panel.old_vault.text() == str(kept)
    assert dialog.result_panel.old_vault.isVisibleTo(dialog)


def test_an_open_vault_is_not_replaced(qtbot, ui_vault, tmp_path, backup_file):
    backup, _anchor = backup_file
    session = ui_vault.unlock("directeur")  # the vault is open "in another window"
    try:
        _welcome, dialog = _restore_dialog(qtbot, backup, ui_vault.path)
        dialog.replace.setChecked(True)
        box = dialog.start()
        box.findChild(type(dialog.restore_button), "confirmReplaceButton").click()
        assert "nu geopend" in dialog.error.text()
        assert dialog.report is None and not list(tmp_path.glob("*.replaced-*"))
    finally:
        session.close()


def test_the_welcome_screen_opens_the_restore_dialog(qtbot):
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    welcome.restore_button.click()
    dialog = welcome.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.restore_button.text() == "&Terugzetten"
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.reject()


def test_backups_are_for_the_administrator_and_hr(qtbot, ui_vault):
    for login, may in (("directeur", False), ("privacy", False), ("hr", True), ("beheer", True)):
        window = MainWindow(ui_vault.unlock(login), ui_vault.path, login)
        qtbot.addWidget(window)
        assert window.backup_action.isEnabled() is may, login
        window.close()


def test_a_backup_is_not_saved_inside_the_vault(qtbot, ui_vault):
    window = MainWindow(ui_vault.unlock("hr"), ui_vault.path, "hr")
    qtbot.addWidget(window)
    window.backup_runner = BackupRunner(window, window.session, ui_vault.path)
    window.backup_runner.run(ui_vault.path / "binnen")
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "niet op in de kluismap" in box.text()
    assert not (ui_vault.path / "binnen.skotbackup").exists()
    window.close()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errors.BackupInvalid(), "beschadigd"),
        (errors.VaultExists(), "niet leeg"),
        (errors.WrongPassphrase(), "opent deze back-up niet"),
        (errors.InvalidRecoveryKey(), "geen geldige herstelsleutel"),
        (errors.VaultInUse(), "nu geopend"),
        (errors.StorageFull(), "schijf is vol"),
    ],
)
def test_every_restore_error_is_a_dutch_sentence(error, words):
    assert words in restore_error_text(error)


def test_the_result_warns_about_dossiers_erased_since_the_backup(qtbot, tmp_path):
    from skot_dossier.audit import Anchor
    from skot_dossier.vault import RestoreReport
    from ui.restore_result import RestoreResult

    result = RestoreResult()
    qtbot.addWidget(result)
    result.show_report(
        RestoreReport(
            tmp_path, Anchor(40, "0123456789abcdef"), 40, None, ("dossier-1", "dossier-2")
        )
    )
    result.show()
    assert result.erased.isVisibleTo(result)
    assert result.erased.text().startswith("2 dossiers die waren vernietigd")
    result.show_report(RestoreReport(tmp_path, Anchor(40, "0123456789abcdef"), 40, None))
    assert not result.erased.isVisibleTo(result)


def test_a_backup_with_a_damaged_zip_directory_is_a_sentence_not_a_traceback(
    qtbot, ui_vault, tmp_path, backup_file
):
    import struct

    backup, _anchor = backup_file
    data = bytearray(backup.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    directory = struct.unpack("<I", data[end + 16 : end + 20])[0]
    data[directory + 10] ^= 0x63  # the first member's compression method: 99, unsupported
    damaged = tmp_path / "beschadigd.skotbackup"
    damaged.write_bytes(bytes(data))
    target = tmp_path / "Hersteld.skotvault"
    _welcome, dialog = _restore_dialog(qtbot, damaged, target)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "beschadigd" in dialog.error.text() and "Er is niets teruggezet" in dialog.error.text()
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "restore" in p.name] == []
