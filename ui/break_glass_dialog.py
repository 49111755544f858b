"""Break the glass: open a dossier or incident outside one's normal access.

The core refuses the access and says whether this role may break the glass.
This dialog explains what that means, asks for a written reason and records
the access for this session only; the privacy officer sees it in the review.
The caller then simply tries again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.enums import Role
from skot_dossier.services import privacy
from skot_dossier.services.permissions import PermissionDenied
from ui.keys import CarefulClose
from ui.saving import Saving
from ui.widgets import FieldError, FormErrors, heading, muted

MIN_REASON_CHARS = 10  # the core's minimum for a break-the-glass reason
DOSSIER, INCIDENT = "dossier", "incident"


class BreakGlassDialog(CarefulClose, QDialog):
    """Emits ``granted(target_id)`` once the access is recorded."""

    granted = Signal(str)

    def __init__(
        self, session, target_id: str, what: str = DOSSIER, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.target_id = target_id
        self.setObjectName("breakGlassDialog")
        self.setWindowTitle(self.tr("Outside your normal access — SKOT Dossier"))
        self.setMinimumWidth(600)
        symbol = QLabel()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        symbol.setPixmap(warning.pixmap(40, 40))
        self.title = heading(
            self.tr("This dossier is outside your normal access")
            if what == DOSSIER
            else self.tr("This incident is outside your normal access"),
            2,
        )
        self.explanation = QLabel(
            f"{self._why(session.actor.role, what)}\n\n"
            + self.tr(
                "You can still open it, for this session only, if you write down why you need "
                "it now. The data protection officer sees this access, your name and your "
                "reason. The access ends when you lock or close the vault."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("breakGlassReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr(
                "For example: the pupil's parents phoned about this incident and the "
                "school's own director is away until Monday."
            )
        )
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 16)
        self.reason.textChanged.connect(self._changed)
        reason_label = QLabel(self.tr("&Why do you need this access now?"))
        reason_label.setBuddy(self.reason)
        self.hint = muted()
        self.errors = FormErrors(FieldError())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open with this reason"))
        self.ok_button.setObjectName("breakGlassConfirm")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.explanation)
        header = QHBoxLayout()
        header.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(8)
        header.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors.add("reason"))
        layout.addWidget(self.hint)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.saving = Saving(
            self, session, self.ok_button, errors=self.errors, refresh=self._changed
        )
        self._changed()
        self.reason.setFocus()

    def is_busy(self) -> bool:
        return self.saving.busy

    def _why(self, role: str, what: str) -> str:
        """Why the core refused, in the terms of this role."""
        if role != Role.HR:
            return self.tr(
                "It belongs to a school that is not one of yours, so your role does not give "
                "you access to it."
            )
        if what == INCIDENT:
            return self.tr(
                "Everyone involved in it is a pupil for whom you have recorded no case reason, "
                "so as HR you do not see it in the normal way."
            )
        return self.tr(
            "No case reason has been recorded for this pupil, so as HR you do not see the "
            "dossier in the normal way. If the pupil is part of one of your cases, record the "
            'reason instead with "Look up a pupil for a case" on the Dossiers page.'
        )

    def typed_work(self) -> bool:
        return bool(self.reason_text())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _changed(self) -> None:
        missing = MIN_REASON_CHARS - len(self.reason_text())
        self.ok_button.setEnabled(missing <= 0 and not self.saving.busy)
        self.hint.setText(
            QCoreApplication.translate(
                "BreakGlassDialog", "Type at least %n more character(s).", None, missing
            )
            if missing > 0
            else ""
        )

    def confirm(self) -> None:
        if len(self.reason_text()) < MIN_REASON_CHARS:
            return
        target, reason = self.target_id, self.reason_text()
        self.saving.run(lambda s: privacy.break_glass(s, target, reason), self._granted)

    def _granted(self, _result) -> None:
        self.reason.clear()
        self.accept()
        self.granted.emit(self.target_id)


def offer_break_glass(
    parent: QWidget,
    session,
    exc: BaseException,
    target_id: str,
    what: str,
    retry: Callable[[], object],
) -> BreakGlassDialog | None:
    """After a refused open: offer to break the glass where the core allows it.

    The grant is for the person or incident the refusal names; ``target_id``
    is only used when it names none. Returns the dialog when one is offered
    (``retry`` runs once the access is recorded); None when the refusal stands
    and the caller should say so.
    """
    if not (isinstance(exc, PermissionDenied) and exc.can_break_glass):
        return None
    target_id = exc.target_id or target_id
    if not target_id:
        return None
    dialog = BreakGlassDialog(session, target_id, what, parent)
    dialog.granted.connect(lambda _target: retry())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
