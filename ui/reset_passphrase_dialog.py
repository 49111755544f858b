"""Give a user a new passphrase while the vault is open with the recovery key.

This is how a forgotten passphrase is mended: the old one stops working at
once and the change is in the audit log. Deriving the new key takes about a
second on purpose, so it runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import access
from ui import vault_worker
from ui.keys import CarefulClose
from ui.messages import error_text
from ui.passphrase_pair import NewPassphraseFields
from ui.text import fmt
from ui.widgets import FieldError, heading, muted


class ResetPassphraseDialog(CarefulClose, QDialog):
    """Emits ``reset(login)`` once the new passphrase is in place."""

    reset = Signal(str)

    def __init__(
        self,
        session,
        logins: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        preferred: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._busy = False
        self.setObjectName("resetPassphraseDialog")
        self.setWindowTitle(self.tr("Reset a passphrase — SKOT Dossier"))
        self.setMinimumWidth(560)
        self.login = QComboBox()
        self.login.setObjectName("resetLogin")
        self.login.addItems(list(logins))
        if preferred in logins:
            self.login.setCurrentText(preferred)
        self.error = FieldError()
        self.status = muted()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set new passphrase"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        login_label = QLabel(self.tr("&Login name:"))
        login_label.setBuddy(self.login)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(login_label, self.login)
        self.fields = NewPassphraseFields(form, self)
        self.fields.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Set a new passphrase"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "Choose whose passphrase is forgotten and type a new one. The old "
                    "passphrase stops working at once; the change is recorded in the audit log."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._changed()
        self.fields.focus()

    def _changed(self) -> None:
        self.error.show_message("")
        self.ok_button.setEnabled(not self._busy and self.fields.is_complete())

    def save(self) -> None:
        if self._busy or not self.fields.is_complete():
            return
        problem = self.fields.problem()
        if problem:
            self.error.show_message(problem)
            return
        login, passphrase = self.login.currentText(), self.fields.text()
        self._set_busy(True)
        vault_worker.run(
            self.session,
            lambda s: access.reset_passphrase(s, login, passphrase),
            lambda _result: self._done(login),
            self._failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.fields.set_busy(busy)
        self.login.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and self.fields.is_complete())
        self.status.setText(
            self.tr("Saving the new passphrase… this takes a moment on purpose.") if busy else ""
        )

    def _done(self, login: str) -> None:
        self._set_busy(False)
        self.fields.clear()
        self.status.setText(fmt(self.tr("The passphrase of %1 has been reset."), login))
        self.reset.emit(login)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(error_text(exc))

    def is_busy(self) -> bool:
        return self._busy  # the new keyslot is being written; wait for it

    def discard(self) -> None:
        self.fields.clear()
        super().discard()
