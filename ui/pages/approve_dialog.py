"""Agree to destroying a dossier: first say whose it is and what will go.

Agreeing is the first of two steps (another person destroys); it can be
withdrawn until that second person acts. The dialog names the person and
counts what the destruction removes before anything is recorded; the safe
choice (Cancel) is the default button.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from skot_dossier.services import privacy
from ui.keys import destructive
from ui.pages.erasure_facts import erasure_facts
from ui.saving import Saving
from ui.vault_worker import RETENTION, changes
from ui.widgets import FieldError, FormErrors, heading, muted


class ApproveErasureDialog(QDialog):
    """Emits ``approved()`` once the agreement is recorded."""

    approved = Signal()

    def __init__(self, session, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview = preview
        self.setObjectName("approveErasureDialog")
        self.setWindowTitle(self.tr("Agree to destruction — SKOT Dossier"))
        self.setMinimumWidth(560)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # The destructive role: a button box makes its first accept button the default,
        # and a default Cancel after it would hide it from Tab (see ui/keys.py).
        self.ok_button = self.buttons.addButton(
            self.tr("&Agree"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.ok_button.setObjectName("approveConfirm")
        destructive(self.ok_button)  # Enter never agrees; Cancel is the default
        self.ok_button.clicked.connect(self.confirm)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Agree to destroying this dossier?"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "Your agreement lets someone else (HR or the data protection officer) "
                    "destroy the dossier for good. Until they do, you can withdraw it."
                )
            )
        )
        layout.addLayout(erasure_facts(preview))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.saving = Saving(self, session, self.ok_button, errors=FormErrors(self.error))
        cancel.setFocus()

    def confirm(self) -> None:
        dossier_id = self.preview.item.dossier_id
        self.saving.run(
            lambda s: privacy.approve_erasure(s, dossier_id),
            self._approved,
            changes=changes(RETENTION, dossiers=[dossier_id]),
        )

    def _approved(self, _result) -> None:
        self.accept()
        self.approved.emit()

    def reject(self) -> None:
        if not self.saving.busy:  # the agreement is being recorded; it finishes first
            super().reject()
