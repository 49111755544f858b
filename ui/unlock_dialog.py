"""Unlock a vault: pick the user, type the passphrase (or the recovery key).

Key derivation takes about a second on purpose, so it runs off the GUI
thread; a growing delay after wrong attempts is shown as a countdown. The
same panel is the lock screen of the main window.

Enter in the passphrase field unlocks and goes no further. Cancel while the
key is being derived cancels for real: a session that arrives afterwards is
closed at once (the log says why), so the vault lock is never left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.errors import UnlockThrottled
from skot_dossier.services import access
from ui import settings, vault_worker
from ui.keys import CarefulClose, enter_runs
from ui.messages import error_text
from ui.text import fmt
from ui.widgets import ERROR_COLOUR, heading, muted
from ui.workers import run_task


class UnlockPanel(QWidget):
    """The unlock form; emits ``unlocked(session)``."""

    unlocked = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        vault_path: Path,
        parent: QWidget | None = None,
        *,
        title: str = "",
        cancel_text: str = "",
        preferred_user: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self.vault_path = Path(vault_path)
        self.session = None
        self._busy = False
        self._task = None
        self._pending: tuple | None = None  # an unlock waiting for a vault to close
        self._wait_left = 0

        description = access.describe_vault(self.vault_path)
        self.vault_id = description.vault_id
        self.title = heading(title or self.tr("Unlock vault"))
        self.intro = muted(fmt(self.tr("Vault: %1"), self.vault_path.name))
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.user.addItems(list(description.user_labels))
        preferred_user = preferred_user or settings.last_user(self.vault_id)
        if preferred_user in description.user_labels:
            self.user.setCurrentText(preferred_user)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("passphrase")
        self.secret.setMinimumWidth(280)
        enter_runs(self.secret, self.submit)
        self.use_recovery = QCheckBox(self.tr("Use the recovery key instead"))
        self.use_recovery.setVisible(description.has_recovery_key)
        self.use_recovery.toggled.connect(self._recovery_toggled)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.secret_label = QLabel(self.tr("&Passphrase:"))
        self.secret_label.setBuddy(self.secret)
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user)
        form.addRow(user_label, self.user)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_recovery)

        buttons = QDialogButtonBox.StandardButton.Ok
        if cancel_text:
            buttons |= QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Unlock"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if self.cancel_button is not None:
            self.cancel_button.setText(cancel_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    def focus_secret(self) -> None:
        """The field to type in first. (No focus proxy: it would make Tab skip the user.)"""
        self.secret.setFocus()

    def _recovery_toggled(self, on: bool) -> None:
        self.user.setEnabled(not on)
        self.secret_label.setText(self.tr("&Recovery key:") if on else self.tr("&Passphrase:"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.clear()
        self.secret.setPlaceholderText("ABCD-EFGH-JKMN-…" if on else "")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # The passphrase field keeps the focus (read-only, not disabled): a disabled
        # field would hand the focus, and the next Enter, to the Cancel button.
        self.secret.setReadOnly(busy)
        for widget in (self.use_recovery, self.ok_button):
            widget.setEnabled(not busy)
        self.user.setEnabled(not busy and not self.use_recovery.isChecked())
        if busy:
            self.message.setStyleSheet("color: palette(text);")
            self.message.setText(self.tr("Unlocking… this takes a moment on purpose."))

    def is_busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        if self._wait_left > 0 or self._busy:
            return
        secret = self.secret.text()
        if not secret:
            self._show_error(self.tr("Type your passphrase first."))
            return
        recovery = self.use_recovery.isChecked()
        label = None if recovery else self.user.currentText() or None
        self._set_busy(True)
        self._pending = (self.vault_path, secret, label, recovery)
        # A vault locked a moment ago may still be closing on its worker (its last
        # call has not returned): its lock file is free once it has.
        vault_worker.when_closed(self._start_unlock, owner=self)

    def _start_unlock(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None or not self._busy:
            return
        path, secret, label, recovery = pending
        self._task = run_task(
            lambda: access.unlock(path, secret, label=label, use_recovery=recovery),
            self._done,
            self._failed,
            owner=self,
            discard=access.discard_unreceived,
        )

    def cancel(self) -> None:
        """Cancel: stop waiting for a running unlock (its session is closed unseen)."""
        if self._busy:
            if self._task is not None:
                self._task.abandon()
                self._task = None
            self._pending = None
            self.secret.clear()
            self._set_busy(False)
            self.message.clear()
        self.cancelled.emit()

    def _done(self, session) -> None:
        self._task = None
        self.secret.clear()
        self._set_busy(False)
        self.message.clear()
        self.session = session
        if not self.use_recovery.isChecked():
            settings.remember_user(self.vault_id, self.user.currentText())
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.secret.clear()
        self._show_error(error_text(exc))
        if isinstance(exc, UnlockThrottled):
            self._wait_left = min(int(exc.seconds_left + 0.999), 999_999)
            self.ok_button.setEnabled(False)
            self._countdown.start()
        self.secret.setFocus()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.message.clear()
            return
        self._show_error(
            QCoreApplication.translate(
                "Messages",
                "Too many wrong attempts. You can try again in %n second(s).",
                None,
                self._wait_left,
            )
        )

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)


class UnlockDialog(CarefulClose, QDialog):
    """The panel in a dialog, for opening a vault from the welcome screen.

    Escape, Cancel or closing the window while unlocking cancels the unlock.
    """

    unlocked = Signal(object)  # the Session

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock vault — SKOT Dossier"))
        self.setMinimumWidth(500)
        self.session = None
        self.panel = UnlockPanel(vault_path, self, cancel_text=self.tr("Cancel"))
        self.panel.unlocked.connect(self._unlocked)
        self.panel.cancelled.connect(self.discard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.panel)
        self.panel.focus_secret()

    def is_busy(self) -> bool:
        return self.panel.is_busy()

    def cancel_busy(self) -> bool:
        self.panel.cancel()  # closes the dialog through ``cancelled``
        return False

    def _unlocked(self, session) -> None:
        self.session = session
        self.unlocked.emit(session)
        self.accept()
