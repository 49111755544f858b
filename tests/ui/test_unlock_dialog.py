"""The unlock dialog, driven as a person would, on a real vault."""

from __future__ import annotations

import json
import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from skot_dossier.services import access
from tests.helpers import PASSPHRASE
from tests.ui import keyboard
from ui import workers
from ui.main_window import MainWindow
from ui.unlock_dialog import UnlockDialog
from ui.welcome_window import WelcomeWindow


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


# -- by keyboard, with the real thread pool -------------------------------------------


def _audit_tail(vault_dir, n: int = 3):
    from skot_dossier.vault import Vault

    vault = Vault.open(vault_dir, PASSPHRASE, label="hr")
    try:
        return [(e.action, e.details_dict()) for e in vault.audit.entries()][-n - 1 : -1]
    finally:
        vault.close(log=False)


def test_enter_in_the_passphrase_field_unlocks_and_opens_the_vault(qtbot, created, vault_dir):
    """The blocker: Enter used to close the dialog (Cancel took the key) and open nothing."""
    created[0].close()
    workers.set_pool(None)  # the real thread pool, as in the app
    welcome = keyboard.show(qtbot, WelcomeWindow())
    dialog = welcome.open_vault(vault_dir)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.panel.secret
    received = []
    welcome.session_ready.connect(lambda session, path, login: received.append(session))
    keyboard.type_text(dialog, PASSPHRASE)
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(received), timeout=10000)
    assert received[0].actor.name
    received[0].close()
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())


def test_cancel_while_unlocking_closes_the_late_session(qtbot, created, vault_dir, monkeypatch):
    created[0].close()
    workers.set_pool(None)
    gate = threading.Event()
    real_unlock = access.unlock

    def slow_unlock(*args, **kwargs):
        gate.wait(10)
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(access, "unlock", slow_unlock)
    welcome = keyboard.show(qtbot, WelcomeWindow())
    dialog = welcome.open_vault(vault_dir)
    qtbot.waitUntil(dialog.isActiveWindow)
    received = []
    welcome.session_ready.connect(lambda *args: received.append(args))
    keyboard.type_text(dialog, PASSPHRASE)
    keyboard.press(dialog, Qt.Key.Key_Return)
    assert not dialog.panel.ok_button.isEnabled() and dialog.isVisible()  # unlocking
    keyboard.press(dialog, Qt.Key.Key_Escape)  # changed my mind
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())
    gate.set()  # the unlock finishes after all
    qtbot.waitUntil(lambda: not workers.running_tasks(), timeout=10000)
    assert received == []
    # The vault lock is free again, and the log says why the unlock ended at once.
    actions = _audit_tail(vault_dir, 2)
    assert actions == [("unlock", actions[0][1]), ("lock", {"reason": "unlock_cancelled"})]
    dialog = welcome.open_vault(vault_dir)
    dialog.panel.secret.setText(PASSPHRASE)
    monkeypatch.setattr(access, "unlock", real_unlock)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000):
        dialog.panel.submit()
    # The log explains the unlock that nobody received.
    from skot_dossier.services.audit_review import ReviewRow
    from ui.pages.audit_model import AuditTableModel

    entries = dialog.session.vault.audit.entries()
    lock = next(e for e in reversed(entries) if e.action == "lock")
    model = AuditTableModel()
    model.set_rows([ReviewRow(lock, "", ())])
    text = model.index(0, AuditTableModel.ACTION).data()
    assert text == "Direct vergrendeld: het ontgrendelen was afgebroken, er is niets getoond"
    dialog.session.close()


def test_the_unlock_dialog_offers_the_last_user_of_this_workstation(qtbot, ui_vault):
    first = UnlockDialog(ui_vault.path)
    assert first.panel.user.currentText() == "beheer"  # nothing remembered yet: the first
    first.panel.user.setCurrentText("privacy")
    first.panel.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(first.unlocked):
        first.panel.submit()
    first.session.close()
    again = UnlockDialog(ui_vault.path)
    assert again.panel.user.currentText() == "privacy"


def test_the_failed_attempts_warning_gives_each_role_its_own_next_step(qtbot, ui_vault):
    from ui.unlock_dialog import UnlockPanel

    texts = {}
    for login in ("privacy", "hr"):
        panel = UnlockPanel(ui_vault.path, preferred_user=login)
        qtbot.addWidget(panel)
        panel.secret.setText("wrong passphrase 123")
        panel.submit()
        panel.secret.setText(PASSPHRASE)
        with qtbot.waitSignal(panel.unlocked):
            panel.submit()
        window = MainWindow(panel.session, ui_vault.path, login)
        qtbot.addWidget(window)
        texts[login] = window.workspace.banner.label.text()
        window.close()
    assert "1 keer een verkeerd wachtwoord" in texts["privacy"]
    assert "functionaris gegevensbescherming" not in texts["privacy"]  # that is herself
    assert "logboek" in texts["privacy"] and "beheerder" in texts["privacy"]
    assert "Meld het bij de functionaris gegevensbescherming" in texts["hr"]
