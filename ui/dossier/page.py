"""One dossier: a header with who it is about, and tabs for everything in it.

The page loads through the vault worker and refreshes itself when an operation
announces a change to this dossier (its person, incidents, timeline, holds); the
tabs with lists of their own (evidence, decisions, letters) refresh themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import people
from skot_dossier.services.permissions import allowed
from ui import labels, vault_worker
from ui.clipboard import copy_private
from ui.dossier.evidence_tab import EvidenceTab
from ui.dossier.incidents_tab import IncidentsTab
from ui.dossier.legal_hold_dialog import LegalHoldDialog
from ui.dossier.overview_tab import OverviewTab, group_text
from ui.dossier.records_tab import CorrespondenceTab, DecisionsTab
from ui.dossier.timeline_dialog import TimelineEntryDialog
from ui.dossier.timeline_tab import TimelineTab
from ui.messages import error_text
from ui.privacy import holds_personal_data
from ui.resources import icon
from ui.widgets import Banner, heading, muted


class DossierPage(QWidget):
    back = Signal()
    edit_person = Signal(object)  # the Person
    new_incident = Signal(object)  # the DossierView
    add_evidence = Signal(object)  # the Incident
    open_incident = Signal(str)  # the incident id
    loaded = Signal()  # the dossier is shown (after every load that succeeded)
    load_failed = Signal(object)  # why a load failed (the core's error)

    OVERVIEW, TIMELINE, INCIDENTS, EVIDENCE, DECISIONS, CORRESPONDENCE = range(6)

    def __init__(
        self, session, dossier_id: str, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """``load=False``: the caller connects ``loaded``/``load_failed`` and calls
        :meth:`reload` itself."""
        super().__init__(parent)
        self.setObjectName("dossierPage")
        self.session = session
        self.dossier_id = dossier_id
        self.view = None
        self.load_error: BaseException | None = None  # why the last load failed
        self._reads = vault_worker.Latest(self, session)
        self._schools: dict[str, str] = {}

        self.back_button = QPushButton(icon("back"), self.tr("All dossiers"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back.emit)
        self.name = heading("")
        self.name.setObjectName("dossierName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_name = QToolButton()
        self.copy_name.setIcon(icon("copy"))
        self.copy_name.setToolTip(
            self.tr("Copy the name (cleared from the clipboard after a while)")
        )
        self.copy_name.clicked.connect(self._copy_name)
        self.facts = muted()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit details…"))
        self.edit_button.setObjectName("editPerson")
        self.edit_button.clicked.connect(
            lambda: self.view and self.edit_person.emit(self.view.person)
        )
        self.incident_button = QPushButton(icon("new-incident"), self.tr("New incident…"))
        self.incident_button.clicked.connect(
            lambda: self.view and self.new_incident.emit(self.view)
        )
        self.hold_button = QPushButton(icon("retention"), self.tr("Legal hold…"))
        self.hold_button.setObjectName("legalHold")
        self.hold_button.setToolTip(
            self.tr(
                "Keep this dossier from being destroyed while an objection, appeal or case "
                "is running"
            )
        )
        self.hold_button.clicked.connect(self.legal_hold)
        self.hold_button.setVisible(allowed(session, "privacy.hold"))
        self.banner = Banner()

        self.overview = OverviewTab()
        self.timeline = TimelineTab()
        self.timeline.add_requested.connect(self.add_timeline_entry)
        self.incidents = IncidentsTab()
        self.incidents.open_incident.connect(lambda i: self.open_incident.emit(i.id))
        self.incidents.new_incident.connect(lambda: self.view and self.new_incident.emit(self.view))
        self.evidence = EvidenceTab(session)
        self.evidence.add_requested.connect(self.add_evidence.emit)
        self.decisions = DecisionsTab(session)
        self.correspondence = CorrespondenceTab(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossierTabs")
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.incidents, self.tr("Incidents"))
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        self.tabs.addTab(self.correspondence, self.tr("Correspondence"))

        title = QHBoxLayout()
        title.addWidget(self.name)
        title.addWidget(self.copy_name)
        title.addStretch(1)
        title.addWidget(self.hold_button)
        title.addWidget(self.edit_button)
        title.addWidget(self.incident_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(title)
        layout.addWidget(self.facts)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        holds_personal_data(self)
        vault_worker.watch(
            self,
            session,
            self.reload,
            vault_worker.PERSON,
            vault_worker.DOSSIER,
            vault_worker.INCIDENT,
            vault_worker.TIMELINE,
            vault_worker.HOLD,
            vault_worker.SCHOOL,
            dossier_id=lambda: self.dossier_id,
        )
        for tab, kind in (
            (self.decisions, vault_worker.DECISION),
            (self.correspondence, vault_worker.LETTER),
        ):
            vault_worker.watch(
                tab,
                session,
                lambda tab=tab: self.view is not None and tab.load(self.view),
                kind,
                dossier_id=lambda: self.dossier_id,
            )
        if load:
            self.reload()

    @property
    def loading(self) -> bool:
        return self._reads.loading

    def reload(self) -> None:
        """Load the dossier off the GUI thread; what is shown stays until it arrives."""
        dossier_id = self.dossier_id
        self._reads.run(
            lambda s: (
                people.open_dossier(s, dossier_id),
                {school.id: school.name for school in people.list_schools(s)},
            ),
            lambda result: self._show(*result),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.clear()
        self.load_error = exc
        self.banner.show_message(error_text(exc), "error")
        self.load_failed.emit(exc)

    def _show(self, view, schools: dict[str, str]) -> None:
        self.load_error = None
        self._schools = schools
        self.view = view
        person = view.person
        self.name.setText(person.full_name)
        schools = ", ".join(self._schools.get(s, "") for s in sorted(person.school_ids))
        facts = [
            labels.kind(person.kind),
            person.number,
            schools,
            labels.status(view.dossier.status),
        ]
        if person.group:
            facts.insert(2, group_text(person.group))
        elif person.position:
            facts.insert(2, person.position)
        self.facts.setText("  ·  ".join(f for f in facts if f))
        self.overview.load(view, self._schools)
        self.timeline.load(view)
        self.incidents.load(view)
        self.evidence.load(view)
        self.decisions.load(view)
        self.correspondence.load(view)
        self.loaded.emit()

    def _copy_name(self) -> None:
        if self.view is not None:
            copy_private(self.view.person.full_name)

    def add_timeline_entry(self) -> TimelineEntryDialog | None:
        if self.view is None:
            return None
        dialog = TimelineEntryDialog(self.session, self.view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def legal_hold(self) -> LegalHoldDialog | None:
        if self.view is None:
            return None
        dialog = LegalHoldDialog(self.session, self.dossier_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clear(self) -> None:
        self._reads.drop()  # a load still on its way is dropped
        self.view = None
        self.name.clear()
        self.facts.clear()
        for tab in (
            self.overview,
            self.timeline,
            self.incidents,
            self.evidence,
            self.decisions,
            self.correspondence,
        ):
            tab.clear()
