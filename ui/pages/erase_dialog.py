"""Destroy one dossier for good, after saying plainly that it cannot be undone.

It names the person and counts what goes (``ui/pages/erasure_facts.py``). Before its
review date the core asks for the reason to destroy it early (for
example a request under AVG art. 17); the dialog asks for it up front. The
destruction (and reclaiming the freed space) runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import privacy
from ui import vault_worker
from ui.keys import destructive
from ui.pages.erasure_facts import erasure_facts, started_text  # noqa: F401 - re-exported
from ui.saving import Saving
from ui.text import date_text, fmt
from ui.widgets import FieldError, FormErrors, heading
from ui.workers import DelayedProgress


class EraseDialog(QDialog):
    """Emits ``erased(receipt)`` (an ``ErasureReceipt``) once the dossier is gone."""

    erased = Signal(object)

    def __init__(self, session, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview = preview
        self.item = item = preview.item
        self.progress: DelayedProgress | None = None
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Destroy a dossier — SKOT Dossier"))
        self.setMinimumWidth(620)
        symbol = QLabel()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        symbol.setPixmap(warning.pixmap(40, 40))
        self.warning = QLabel(
            self.tr(
                "This cannot be undone. Everything about this person is removed: their "
                "details, the timeline, decisions and letters, and incidents nobody else is "
                "part of, with their evidence. Old copies inside the vault go too. The audit "
                "log keeps only a receipt: when, under which rule, approved by whom, and how "
                "many records, without any content."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        facts = erasure_facts(preview)
        self.errors = FormErrors(FieldError())
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("earlyReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr(
                "For example: the former employee asked for their data to be erased "
                "(AVG art. 17) on 3 March; nothing requires us to keep it."
            )
        )
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 16)
        self.reason.textChanged.connect(self._update_button)
        self.reason_label = QLabel(self._early_text())
        self.reason_label.setWordWrap(True)
        self.reason_label.setBuddy(self.reason)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.understood.setObjectName("eraseUnderstood")
        self.understood.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("&Destroy for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.ok_button.setObjectName("eraseConfirm")
        destructive(self.ok_button)  # Enter never destroys; Cancel is the default
        self.ok_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(heading(self.tr("Destroy this dossier for good?"), 2))
        text.addWidget(self.warning)
        top = QHBoxLayout()
        top.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors.add("early_reason"))
        layout.addWidget(self.understood)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.reason_label.setVisible(not item.due)
        self.reason.setVisible(not item.due)
        self.saving = Saving(self, session, errors=self.errors, refresh=self._update_button)
        self._update_button()

    def _early_text(self) -> str:
        if self.item.review_on is None:
            return self.tr(
                "The retention period has not even started. Why must this dossier be "
                "destroyed now? (required)"
            )
        return fmt(
            self.tr(
                "The retention period ends on %1. Why must this dossier be destroyed "
                "before then? (required)"
            ),
            date_text(self.item.review_on),
        )

    def early_reason(self) -> str:
        return "" if self.item.due else self.reason.toPlainText().strip()

    def _update_button(self) -> None:
        ready = self.understood.isChecked() and (self.item.due or bool(self.early_reason()))
        busy = self.saving.busy
        self.ok_button.setEnabled(ready and not busy)

    def confirm(self) -> None:
        if self.saving.busy or not self.ok_button.isEnabled():
            return
        dossier_id, reason = self.item.dossier_id, self.early_reason()
        self.progress = DelayedProgress(self, self.tr("Destroying the dossier…"))
        self.progress.dialog.setCancelButton(None)  # it is one transaction; it cannot stop
        self.saving.run(
            lambda s: privacy.erase_dossier(s, dossier_id, early_reason=reason),
            self._done,
            changes=vault_worker.changes(
                vault_worker.RETENTION,
                vault_worker.DOSSIER,
                vault_worker.PERSON,
                vault_worker.INCIDENT,
                vault_worker.EVIDENCE,
            ),
            failed=self._failed,
        )

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, receipt) -> None:
        self._finish()
        self.reason.clear()
        self.accept()
        self.erased.emit(receipt)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.saving.show_failure(exc)

    def reject(self) -> None:
        if self.saving.busy:
            return  # the destruction is running; it finishes or fails as a whole
        self.reason.clear()
        super().reject()
