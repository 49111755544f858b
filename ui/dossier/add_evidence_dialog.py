"""Add evidence to an existing incident (the same picker as the intake wizard)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStackedWidget, QVBoxLayout, QWidget

from ui.intake.evidence_import import EvidenceImport
from ui.intake.evidence_picker import EvidencePicker
from ui.intake.summary_pages import ResultPage, outcomes_text
from ui.keys import CarefulClose
from ui.text import fmt
from ui.widgets import muted


class AddEvidenceDialog(CarefulClose, QDialog):
    added = Signal(list)  # ImportOutcome list

    def __init__(self, session, incident, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident = incident
        self._import = None
        self.setWindowTitle(self.tr("Add evidence"))
        self.resize(640, 560)
        self.picker = EvidencePicker()
        self.picker.set_category(incident.category.value)
        self.result_page = ResultPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.result_page)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(fmt(self.tr("Incident: %1"), incident.title)))
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.stack.currentWidget() is self.result_page:
            self.accept()
            return
        if not self.picker.check():
            return
        plan = self.picker.plan()
        if plan.is_empty():
            self.reject()
            return
        self.buttons.setEnabled(False)
        self._import = EvidenceImport(self.session, self.incident.id, plan, self)
        self._import.finished.connect(self._done)
        self._import.start()

    def _done(self, outcomes) -> None:
        self._import = None
        self.buttons.setEnabled(True)
        self.result_page.show_outcomes(self.incident, outcomes)
        self.result_page.message.setText(outcomes_text(outcomes))
        self.stack.setCurrentWidget(self.result_page)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.accept)
        self.added.emit(outcomes)

    def is_busy(self) -> bool:
        return self._import is not None

    def cancel_busy(self) -> bool:
        """The file being stored is rolled back; the files before it stay stored."""
        if self._import is not None:
            self._import.cancel()
        return True

    def typed_work(self) -> bool:
        return self.stack.currentWidget() is self.picker and not self.picker.plan().is_empty()
