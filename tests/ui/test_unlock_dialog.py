"""The unlock dialog, driven as a person would, on a real vault."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from skot_dossier.vault import Vault
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
    assert dialog.user.currentText() == "hr"
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    session = dialog.session
    assert dialog.secret.text() == ""  # the typed secret does not linger
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert "is unlocked" in window.summary.text()
    assert "hr" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.lock_requested):
        window.lock_action.trigger()
    session.close()


def test_wrong_passphrase_shows_a_sentence(qtbot, created, vault_dir):
    created[0].close()
    dialog = _dialog(qtbot, vault_dir)
    qtbot.keyClicks(dialog.secret, "not the right one")
    dialog.submit()
    assert "not correct" in dialog.message.text()
    assert dialog.session is None
    assert dialog.ok_button.isEnabled()


def test_throttle_is_a_countdown_not_a_frozen_window(qtbot, created, vault_dir):
    created[0].close()
    (vault_dir / "unlock-attempts.json").write_text(
        json.dumps(
            {"failures": 6, "last_failure": 4_000_000_000.0, "first_failure": 4_000_000_000.0}
        )
    )
    dialog = _dialog(qtbot, vault_dir)
    dialog.secret.setText(PASSPHRASE)
    dialog.submit()
    assert "try again in" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog._countdown.isActive()


def test_recovery_key_route(qtbot, created, vault_dir):
    vault, recovery_key = created
    vault.close()
    dialog = _dialog(qtbot, vault_dir)
    dialog.use_recovery.setChecked(True)
    assert not dialog.user.isEnabled()
    dialog.secret.setText(recovery_key)
    dialog.submit()
    assert dialog.session is not None
    dialog.session.close()


def test_second_instance_gets_a_clear_message(qtbot, created, vault_dir):
    # The vault fixture keeps it open: this is the "other window".
    dialog = _dialog(qtbot, vault_dir)
    dialog.secret.setText(PASSPHRASE)
    dialog.submit()
    assert "already open" in dialog.message.text()


def test_damaged_vault_message(qtbot, created, vault_dir):
    created[0].close()
    db = vault_dir / "dossier.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    dialog = _dialog(qtbot, vault_dir)
    dialog.secret.setText(PASSPHRASE)
    dialog.submit()
    assert "damaged" in dialog.message.text()
    assert Vault  # imported for the fixture's type
