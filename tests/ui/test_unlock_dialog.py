"""The unlock dialog, driven as a person would, on a real vault."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from tests.helpers import PASSPHRASE
from ui.main_window import MainWindow
from ui.unlock_dialog import UnlockDialog


def test_fonts_exist_so_text_is_not_invisible(qapp):
    assert QFontDatabase.families()


def _dialog(qtbot, vault_dir):
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_unlock_with_passphrase_then_lock(qtbot, created, vault_dir):
    created[0].close()
    dialog = _dialog(qtbot, vault_dir)
    panel = dialog.panel
    assert panel.user.currentText() == "hr"
    qtbot.keyClicks(panel.secret, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    session = dialog.session
    assert panel.secret.text() == ""  # the typed secret does not linger
    window = MainWindow(session, vault_dir, "hr")
    qtbot.addWidget(window)
    assert "Gebruiker: hr" in window.user_label.text()
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert window.is_locked()
    window.close()


def test_wrong_passphrase_shows_a_dutch_sentence(qtbot, created, vault_dir):
    created[0].close()
    dialog = _dialog(qtbot, vault_dir)
    qtbot.keyClicks(dialog.panel.secret, "not the right one")
    dialog.panel.submit()
    assert "niet juist" in dialog.panel.message.text()
    assert dialog.session is None
    assert dialog.panel.ok_button.isEnabled()


def test_throttle_is_a_countdown_not_a_frozen_window(qtbot, created, vault_dir):
    created[0].close()
    (vault_dir / "unlock-attempts.json").write_text(
        json.dumps(
            {"failures": 6, "last_failure": 4_000_000_000.0, "first_failure": 4_000_000_000.0}
        )
    )
    dialog = _dialog(qtbot, vault_dir)
    dialog.panel.secret.setText(PASSPHRASE)
    dialog.panel.submit()
    assert "opnieuw proberen over" in dialog.panel.message.text()
    assert not dialog.panel.ok_button.isEnabled()
    assert dialog.panel._countdown.isActive()


def test_recovery_key_route(qtbot, created, vault_dir):
    vault, recovery_key = created
    vault.close()
    dialog = _dialog(qtbot, vault_dir)
    dialog.panel.use_recovery.setChecked(True)
    assert not dialog.panel.user.isEnabled()
    dialog.panel.secret.setText(recovery_key.lower().replace("-", " "))
    dialog.panel.submit()
    assert dialog.session is not None
    dialog.session.close()


def test_second_instance_gets_a_clear_message(qtbot, created, vault_dir):
    # The vault fixture keeps it open: this is the "other window".
    dialog = _dialog(qtbot, vault_dir)
    dialog.panel.secret.setText(PASSPHRASE)
    dialog.panel.submit()
    assert "al geopend" in dialog.panel.message.text()
    assert dialog.session is None


def test_damaged_vault_message(qtbot, created, vault_dir):
    created[0].close()
    db = vault_dir / "dossier.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    dialog = _dialog(qtbot, vault_dir)
    dialog.panel.secret.setText(PASSPHRASE)
    dialog.panel.submit()
    assert "beschadigd" in dialog.panel.message.text()


def test_failed_attempts_are_reported_after_unlocking(qtbot, ui_vault):
    from ui.unlock_dialog import UnlockPanel

    panel = UnlockPanel(ui_vault.path, preferred_user="directeur")
    qtbot.addWidget(panel)
    for _ in range(2):
        panel.secret.setText("wrong passphrase 123")
        panel.submit()
    panel.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(panel.unlocked):
        panel.submit()
    window = MainWindow(panel.session, ui_vault.path, "directeur")
    qtbot.addWidget(window)
    banner = window.workspace.banner
    assert banner.isVisibleTo(window)
    assert "2 keer een verkeerd wachtwoord" in banner.label.text()
    window.close()
