"""The signed-in user chooses a new passphrase for their own login.

The current passphrase is asked first, so someone at an unlocked screen left
unattended cannot lock its owner out. Only the keyslot the vault was unlocked
with changes; other users keep theirs. Deriving the keys runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.errors import WrongPassphrase
from skot_dossier.services import access
from ui import vault_worker
from ui.keys import CarefulClose
from ui.messages import error_text
from ui.passphrase_pair import NewPassphraseFields
from ui.text import fmt
from ui.widgets import FieldError, heading, muted


class ChangePassphraseDialog(CarefulClose, QDialog):
    """Emits ``changed()`` once the new passphrase is in place."""

    changed = Signal()

    def __init__(self, session, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._busy = False
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change my passphrase — SKOT Dossier"))
        self.setMinimumWidth(540)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.textChanged.connect(self._edited)
        current_label = QLabel(self.tr("C&urrent passphrase:"), self)
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        self.fields = NewPassphraseFields(form, self)
        self.fields.changed.connect(self._edited)
        self.error = FieldError()
        self.status = muted()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Change my passphrase"), 2))
        self.intro = muted(
            fmt(
                self.tr(
                    "A new passphrase for %1. From now on only the new one opens the vault "
                    "for you; other users keep their own."
                ),
                user_name,
            )
        )
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._edited()
        self.current.setFocus()

    def _edited(self) -> None:
        self.error.show_message("")
        self.ok_button.setEnabled(not self._busy and self._complete())

    def _complete(self) -> bool:
        return bool(self.current.text()) and self.fields.is_complete()

    def save(self) -> None:
        if self._busy or not self._complete():
            return
        problem = self.fields.problem()
        if problem:
            self.error.show_message(problem)
            return
        passphrase, current = self.fields.text(), self.current.text()
        self._set_busy(True)
        vault_worker.run(
            self.session,
            lambda s: access.change_own_passphrase(s, passphrase, current_passphrase=current),
            self._done,
            self._failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.fields.set_busy(busy)
        self.current.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and self._complete())
        self.status.setText(
            self.tr("Saving the new passphrase… this takes a moment on purpose.") if busy else ""
        )

    def _done(self, _result) -> None:
        self._set_busy(False)
        self._wipe()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.current.clear()
            self.current.setFocus()
            self.error.show_message(
                self.tr(
                    "Your current passphrase is not correct, so nothing was changed. Check "
                    "Caps Lock and type it again."
                )
            )
            return
        self.error.show_message(error_text(exc))

    def _wipe(self) -> None:
        self.current.clear()
        self.fields.clear()

    def is_busy(self) -> bool:
        return self._busy  # the new keyslot is being written; wait for it

    def discard(self) -> None:
        self._wipe()
        super().discard()
