"""Unlock a vault: pick the user, type the passphrase (or the recovery key).

Key derivation takes about a second on purpose, so it runs off the GUI
thread; a growing delay after wrong attempts is shown as a countdown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from skot_dossier.errors import UnlockThrottled
from skot_dossier.services import access
from ui.messages import error_text
from ui.workers import run_task


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the Session

    def __init__(self, vault_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.session = None
        self._task = None
        self._wait_left = 0
        self.setWindowTitle(self.tr("Unlock vault"))
        self.setMinimumWidth(460)

        description = access.describe_vault(self.vault_path)
        self.intro = QLabel(self.tr("Vault: %1").replace("%1", self.vault_path.name))
        self.user = QComboBox()
        self.user.addItems(list(description.user_labels))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("passphrase")
        self.use_recovery = QCheckBox(self.tr("Use the recovery key instead"))
        self.use_recovery.setVisible(description.has_recovery_key)
        self.use_recovery.toggled.connect(self._recovery_toggled)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")

        form = QFormLayout()
        self.secret_label = QLabel(self.tr("&Passphrase:"))
        self.secret_label.setBuddy(self.secret)
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user)
        form.addRow(user_label, self.user)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_recovery)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.secret.setFocus()

    def _recovery_toggled(self, on: bool) -> None:
        self.user.setEnabled(not on)
        self.secret_label.setText(self.tr("&Recovery key:") if on else self.tr("&Passphrase:"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.clear()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.user, self.secret, self.use_recovery, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("color: palette(text);")
            self.message.setText(self.tr("Unlocking…"))

    def submit(self) -> None:
        if self._wait_left > 0 or self._task is not None:
            return
        secret = self.secret.text()
        if not secret:
            self._show_error(self.tr("Type your passphrase first."))
            return
        recovery = self.use_recovery.isChecked()
        label = None if recovery else self.user.currentText() or None
        self._set_busy(True)
        path = self.vault_path
        self._task = run_task(
            lambda: access.unlock(path, secret, label=label, use_recovery=recovery),
            self._done,
            self._failed,
        )

    def _done(self, session) -> None:
        self._task = None
        self.secret.clear()
        self.session = session
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.secret.clear()
        self._show_error(error_text(exc))
        if isinstance(exc, UnlockThrottled):
            self._wait_left = int(exc.seconds_left + 0.999)
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
            self.tr("Too many wrong attempts. You can try again in %n second(s).").replace(
                "%n", str(self._wait_left)
            )
        )

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setText(text)
