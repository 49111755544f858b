"""Dossiers: filter, search (full text, debounced) and open; pages load as you scroll.

Everything is read on the vault worker. The list reads itself again when an
operation announces a change it shows (a new person or incident, an edit, a
destruction, a case reason), or, when it is out of sight, once it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.enums import DossierStatus, PersonKind, Role
from skot_dossier.domain.model import SearchHit
from skot_dossier.services import people, search
from skot_dossier.services.permissions import allowed
from ui import labels, vault_worker
from ui.clipboard import copy_private
from ui.messages import error_text
from ui.pages.dossier_list_model import DossierTableModel
from ui.pages.pupil_lookup_dialog import PupilLookupDialog, dossier_of_pupil
from ui.resources import icon
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.text import fmt
from ui.widgets import EmptyState, heading, muted, table_view

SEARCH_DELAY_MS = 250
MIN_SEARCH_CHARS = 2


def clean_snippet(text: str) -> str:
    """A snippet on one line. (Brackets stay: the text may hold them, and a masked name
    reads "[leerling]".)"""
    return " ".join(text.split())


class DossierListPage(QWidget):
    open_dossier = Signal(str)
    open_incident = Signal(str)
    new_dossier = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dossierListPage")
        self._wanted_school = ""  # a school filter asked for before the schools arrived
        self.model = DossierTableModel(session, self)
        self.model.load_failed.connect(self._load_failed)
        self.model.page_loaded.connect(self._update_count)
        self.results = RecordTableModel(
            [
                Column(self.tr("Found"), self._hit_title),
                Column(self.tr("In"), lambda h: labels.search_kind(h.kind)),
                Column(self.tr("Of"), lambda h: h.owner),
                Column(self.tr("Text"), lambda h: clean_snippet(h.snippet)),
            ],
            self,
        )
        self._search_generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search names, numbers, incidents, notes…"))
        self.search.textChanged.connect(self._search_changed)
        self.school = QComboBox()
        self.school.setObjectName("schoolFilter")
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self._fill_filters()
        self.new_button = QPushButton(icon("new-dossier"), self.tr("New dossier"))
        self.new_button.clicked.connect(self.new_dossier.emit)
        self.lookup_button = QPushButton(icon("search"), self.tr("Look up a pupil for a case…"))
        self.lookup_button.setObjectName("lookupPupilForCase")
        self.lookup_button.setToolTip(
            self.tr("HR sees a pupil's dossier once a case reason is recorded for it.")
        )
        self.lookup_button.clicked.connect(self.lookup_pupil)
        self.count = muted()

        self.table = table_view(self.model)
        self.table.setObjectName("dossierTable")
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DossierTableModel.SCHOOLS, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((230, 100, 160, 240, 110, 90, 140)):
            self.table.setColumnWidth(column, width)
        self.result_table = table_view(self.results)
        self.result_table.setObjectName("searchResults")
        self.result_table.activated.connect(self._hit_activated)
        self.result_table.setColumnWidth(0, 240)
        self.result_table.setColumnWidth(1, 110)
        self.result_table.setColumnWidth(2, 220)
        self.empty = EmptyState(
            self.tr("No dossiers yet"),
            self.tr('Choose "New dossier" to register a pupil or staff member.'),
        )
        self.no_hits = EmptyState(
            self.tr("Nothing found"),
            self.tr("Check the spelling, or search for part of a name or a pupil number."),
        )
        self.stack = QStackedWidget()
        for widget in (self.table, self.result_table, self.empty, self.no_hits):
            self.stack.addWidget(widget)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.school, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.status, 1)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Dossiers")), 1)
        top.addWidget(self.lookup_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        can_create = allowed(session, "person.create")
        self.new_button.setVisible(can_create)
        self.lookup_button.setVisible(session.actor.role == Role.HR)
        for combo in (self.school, self.kind, self.status):
            combo.currentIndexChanged.connect(self.reload)
        vault_worker.watch(
            self,
            session,
            self.refresh,
            vault_worker.PERSON,
            vault_worker.DOSSIER,
            vault_worker.INCIDENT,
            vault_worker.RETENTION,
        )
        vault_worker.watch(self, session, self._load_schools, vault_worker.SCHOOL)
        self._load_schools()
        self.reload()

    def _load_schools(self) -> None:
        vault_worker.run(self.session, people.list_schools, self._fill_schools, owner=self)

    def _fill_schools(self, schools) -> None:
        wanted = self._wanted_school or self.school.currentData() or ""
        own = self.session.actor.school_ids
        self.school.blockSignals(True)
        while self.school.count() > 1:
            self.school.removeItem(1)
        for school in schools:
            if self.session.actor.role != Role.DIRECTOR or school.id in own:
                self.school.addItem(school.name, school.id)
        self.school.setCurrentIndex(max(0, self.school.findData(wanted)))
        self.school.blockSignals(False)
        if self._wanted_school:
            self._wanted_school = ""
            if self.school.currentData():
                self.reload()

    def _fill_filters(self) -> None:
        self.school.addItem(self.tr("All schools"), "")
        self.kind.addItem(self.tr("Staff and pupils"), "")
        self.kind.addItem(self.tr("Pupils"), PersonKind.PUPIL.value)
        self.kind.addItem(self.tr("Staff"), PersonKind.STAFF.value)
        self.status.addItem(self.tr("Every status"), "")
        for status in DossierStatus:
            self.status.addItem(labels.status(status), status.value)

    def _hit_title(self, hit: SearchHit) -> str:
        # A timeline entry is indexed under its kind; show that in words.
        return labels.timeline_kind(hit.title) if hit.kind == "timeline" else hit.title

    # -- the list ---------------------------------------------------------------

    def filters(self) -> dict[str, str]:
        return {
            "school": self.school.currentData() or "",
            "kind": self.kind.currentData() or "",
            "status": self.status.currentData() or "",
        }

    def set_filters(self, values: dict[str, str]) -> None:
        for combo, key in ((self.school, "school"), (self.kind, "kind"), (self.status, "status")):
            index = combo.findData(values.get(key, ""))
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if values.get("school") and self.school.currentData() != values["school"]:
            self._wanted_school = values["school"]  # set once the schools have come
        self.reload()

    def reload(self, *, keep_rows: bool = False) -> None:
        chosen = self.filters()

        def fetch(session, offset: int, limit: int):
            return people.list_dossiers(
                session,
                kind=chosen["kind"] or None,
                status=chosen["status"] or None,
                school_id=chosen["school"] or None,
                offset=offset,
                limit=limit,
            )

        self.model.set_source(fetch, keep_rows=keep_rows)
        if self.search.text().strip():
            self._run_search()
        else:
            self._show_list()

    def refresh(self) -> None:
        """The same list read again after a change: what is shown stays until it arrives."""
        self.reload(keep_rows=True)

    def _show_list(self) -> None:
        loading = self.model.is_loading()
        self.stack.setCurrentWidget(self.table if self.model.rowCount() or loading else self.empty)
        self._update_count(self.model.rowCount())

    def _update_count(self, rows: int) -> None:
        if self.search.text().strip():
            return
        if self.stack.currentWidget() is self.empty and rows:
            self.stack.setCurrentWidget(self.table)
        elif not rows and not self.model.is_loading():
            self.stack.setCurrentWidget(self.empty)
        if not rows and self.model.is_loading():
            self.count.setText(self.tr("Loading…"))
            return
        text = self.tr("%n dossier(s)", "", rows)
        if self.model.canFetchMore():
            text = fmt(self.tr("%1 shown; scroll down for more"), text)
        self.count.setText(text)

    def _load_failed(self, exc: BaseException) -> None:
        self.count.setText(error_text(exc))

    def _activated(self, index: QModelIndex) -> None:
        summary = index.data(RECORD_ROLE)
        if summary is not None:
            self.open_dossier.emit(summary.dossier_id)

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        summary = index.data(RECORD_ROLE) if index.isValid() else None
        if summary is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open dossier"), lambda: self.open_dossier.emit(summary.dossier_id))
        menu.addAction(self.tr("Copy name"), lambda: copy_private(summary.name))
        menu.addAction(self.tr("Copy number"), lambda: copy_private(summary.number))
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- HR: a pupil for a case ----------------------------------------------------

    def lookup_pupil(self) -> PupilLookupDialog:
        dialog = PupilLookupDialog(self.session, self)
        dialog.recorded.connect(self._case_reason_recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _case_reason_recorded(self, pupil) -> None:
        # The list itself reads again on the change the case reason announced.
        vault_worker.run(
            self.session,
            lambda s: dossier_of_pupil(s, pupil),
            lambda dossier_id: dossier_id and self.open_dossier.emit(dossier_id),
            lambda exc: self.count.setText(error_text(exc)),
            owner=self,
        )

    # -- search -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        # The filters narrow the list, not the search: say so by switching them off.
        for combo in (self.school, self.kind, self.status):
            combo.setEnabled(not text.strip())
        if len(text.strip()) < MIN_SEARCH_CHARS:
            self._debounce.stop()
            self._search_generation += 1
            self.results.clear()
            self._show_list()
            return
        self._debounce.start()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < MIN_SEARCH_CHARS:
            return
        self._search_generation += 1
        generation = self._search_generation
        self.count.setText(self.tr("Searching…"))
        vault_worker.run(
            self.session,
            lambda s: search.search(s, text, limit=200),
            lambda hits: self._show_hits(generation, hits),
            lambda exc: self._search_failed(generation, exc),
            owner=self,
        )

    def _show_hits(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._search_generation:
            return
        self.results.set_rows(hits)
        self.stack.setCurrentWidget(self.result_table if hits else self.no_hits)
        self.count.setText(self.tr("%n result(s)", "", len(hits)))

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation:
            self.count.setText(error_text(exc))

    def _hit_activated(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(RECORD_ROLE)
        if hit is None:
            return
        if hit.incident_id:  # an incident, or evidence in one
            self.open_incident.emit(hit.incident_id)
        elif hit.dossier_id:
            self.open_dossier.emit(hit.dossier_id)

    def clear(self) -> None:
        self._debounce.stop()
        self._search_generation += 1
        self.search.clear()
        self.model.clear()
        self.results.clear()
        self.count.clear()
