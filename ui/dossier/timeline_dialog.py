"""Add a dated entry to a dossier's timeline: a conversation, note, contact or hearing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.enums import PersonKind, TimelineKind
from skot_dossier.problems import Problem
from skot_dossier.services import incidents
from ui import labels
from ui.date_fields import DayEdit
from ui.keys import CarefulClose
from ui.messages import problem_text
from ui.saving import Saving
from ui.text import moment_date_text
from ui.vault_worker import TIMELINE, changes
from ui.widgets import FieldError, FormErrors

KINDS = (
    TimelineKind.CONVERSATION,
    TimelineKind.NOTE,
    TimelineKind.PARENT_CONTACT,
    TimelineKind.HEARING,
    TimelineKind.POLICE_CONTACT,
)


class TimelineEntryDialog(CarefulClose, QDialog):
    saved = Signal(object)  # the TimelineEntry

    def __init__(self, session, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier_id = view.dossier.id
        self.setWindowTitle(self.tr("Add to the timeline"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        self.kind.setObjectName("entryKind")
        for kind in KINDS:
            if kind is TimelineKind.PARENT_CONTACT and view.person.kind is not PersonKind.PUPIL:
                continue
            self.kind.addItem(labels.timeline_kind(kind), kind.value)
        self.happened_on = DayEdit()  # today; checked once typed, not per keystroke
        self.happened_on.setObjectName("entryDate")
        self.incident = QComboBox()
        self.incident.setObjectName("entryIncident")
        self.incident.addItem(self.tr("(not about one incident)"), "")
        for incident in view.incidents:
            self.incident.addItem(
                f"{moment_date_text(incident.occurred_at)} — {incident.title}", incident.id
            )
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("entrySummary")
        self.summary.setTabChangesFocus(True)  # Tab goes on to the buttons
        self.summary.setPlaceholderText(
            self.tr("Who took part, what was said or agreed, what happens next.")
        )
        self.errors = FormErrors(FieldError())
        self.happened_on.checked.connect(self._date_checked)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.happened_on)
        form.addRow("", self.errors.add("happened_on"))
        form.addRow(self.tr("&Incident:"), self.incident)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow("", self.errors.add("summary"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.saving = Saving(self, session, self.buttons, errors=self.errors)

    def is_busy(self) -> bool:
        return self.saving.busy

    def typed_work(self) -> bool:
        return bool(self.summary.toPlainText().strip())

    def _date_checked(self, problem: Problem | None) -> None:
        self.errors.labels["happened_on"].show_message(problem_text(problem) if problem else "")

    def save(self) -> None:
        problem = self.happened_on.problem()
        if problem:
            self._date_checked(problem)
            return
        dossier_id, kind, day = self.dossier_id, self.kind.currentData(), self.happened_on.value()
        summary, incident_id = self.summary.toPlainText(), self.incident.currentData() or None
        self.saving.run(
            lambda s: incidents.add_timeline_entry(s, dossier_id, kind, day, summary, incident_id),
            self._saved,
            changes=changes(TIMELINE, dossiers=[dossier_id]),
        )

    def _saved(self, entry) -> None:
        self.saved.emit(entry)
        self.accept()
