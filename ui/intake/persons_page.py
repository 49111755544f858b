"""Intake wizard page 3: pick the persons involved from the vault, each with their part.

Enter in the search field searches now (and does not go to the next page);
Enter on a hit adds it. A search that finds nobody says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from skot_dossier.domain.drafts import PartyDraft
from skot_dossier.domain.enums import PartyRole
from skot_dossier.services import search
from ui import labels, vault_worker
from ui.keys import destructive, enter_runs, never_default
from ui.messages import error_text
from ui.pages.dossier_list_page import MIN_SEARCH_CHARS, SEARCH_DELAY_MS
from ui.resources import icon
from ui.text import fmt
from ui.widgets import FieldError, muted


def role_combo(selected: str = PartyRole.SUBJECT.value) -> QComboBox:
    combo = QComboBox()
    for role in PartyRole:
        combo.addItem(labels.party_role(role), role.value)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class PersonsPage(QWizardPage):
    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self._generation = 0
        self.setTitle(self.tr("Who is involved"))
        self.setSubTitle(
            self.tr(
                "Search the vault and add each person with their part. At least one person "
                "must be the one whose behaviour this is about."
            )
        )
        self.query = QLineEdit()
        self.query.setObjectName("personSearch")
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.setPlaceholderText(self.tr("Search by name or number…"))
        self.query.textChanged.connect(self._query_changed)
        enter_runs(self.query, self.search_now)
        self.found = QListWidget()
        self.found.setObjectName("personHits")
        self.found.itemDoubleClicked.connect(lambda _item: self.add_selected())
        enter_runs(self.found, self.add_selected)
        self.status = muted()
        self.status.setObjectName("personSearchStatus")
        self.role = role_combo()
        self.role.setObjectName("newPartyRole")
        add = QPushButton(self.tr("&Add"))
        add.setObjectName("addParty")
        never_default(add)
        add.clicked.connect(self.add_selected)
        self.parties = QTableWidget(0, 3)
        self.parties.setObjectName("parties")
        self.parties.setTabKeyNavigation(False)  # Tab goes on to the part and Remove
        self.parties.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Part"), ""])
        self.parties.verticalHeader().hide()
        self.parties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parties.setColumnWidth(1, 300)
        self.parties.setColumnWidth(2, 120)
        self.error = FieldError()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)

        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Part:")))
        add_row.addWidget(self.role, 1)
        add_row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.status)
        layout.addLayout(add_row)
        layout.addWidget(QLabel(self.tr("Involved:")))
        layout.addWidget(self.parties, 1)
        layout.addWidget(self.error)

    # -- search -----------------------------------------------------------------

    def _query_changed(self, text: str) -> None:
        self._generation += 1
        self.found.clear()
        self.status.clear()
        if len(text.strip()) < MIN_SEARCH_CHARS:
            self._debounce.stop()
            return
        self._debounce.start()

    def search_now(self) -> None:
        """Enter: search at once instead of after the typing pause."""
        self._debounce.stop()
        text = self.query.text().strip()
        if len(text) < MIN_SEARCH_CHARS:
            self.status.setText(
                fmt(self.tr("Type at least %1 letters or digits to search."), MIN_SEARCH_CHARS)
            )
            return
        self.run_search()

    def run_search(self) -> None:
        text = self.query.text().strip()
        if len(text) < MIN_SEARCH_CHARS:
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Searching…"))
        vault_worker.run(
            self.session,
            lambda s: search.search(s, text, limit=60),
            lambda hits: self._show(generation, text, hits),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _show(self, generation: int, text: str, hits) -> None:
        if generation != self._generation:
            return
        self.found.clear()
        for hit in hits:
            if hit.kind != "person":
                continue
            shown = f"{hit.title}  —  {hit.snippet}" if hit.snippet else hit.title
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, (hit.ref_id, hit.title))
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)
            self.status.setText(
                self.tr("%n person(s) found. Choose the part and add them.", "", self.found.count())
            )
        else:
            self.status.setText(
                fmt(
                    self.tr(
                        'Nobody found for "%1". Check the spelling, or search for part of the '
                        "name or the number. A person who is not in the vault yet gets a "
                        'dossier first ("New dossier").'
                    ),
                    text,
                )
            )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.clear()
            self.error.show_message(error_text(exc))

    # -- parties ----------------------------------------------------------------

    def add_selected(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            person_id, name = item.data(Qt.ItemDataRole.UserRole)
            self.add_party(person_id, name, self.role.currentData())

    def add_party(self, person_id: str, name: str, role: str) -> None:
        for row in range(self.parties.rowCount()):
            if self._person(row) == person_id and self._role(row) == role:
                return
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        cell = QTableWidgetItem(name)
        cell.setData(Qt.ItemDataRole.UserRole, person_id)
        self.parties.setItem(row, 0, cell)
        self.parties.setCellWidget(row, 1, role_combo(role))
        remove = QPushButton(self.tr("Remove"))
        destructive(remove)  # Enter elsewhere never takes a person off the list
        remove.clicked.connect(lambda: self._remove(cell))
        self.parties.setCellWidget(row, 2, remove)
        self.error.show_message("")
        self.completeChanged.emit()

    def _remove(self, cell: QTableWidgetItem) -> None:
        self.parties.removeRow(cell.row())
        self.completeChanged.emit()

    def _person(self, row: int) -> str:
        return self.parties.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _role(self, row: int) -> str:
        return self.parties.cellWidget(row, 1).currentData()

    def party_drafts(self) -> tuple[PartyDraft, ...]:
        return tuple(
            PartyDraft(self._person(r), self._role(r)) for r in range(self.parties.rowCount())
        )

    def party_names(self) -> list[tuple[str, str]]:
        return [
            (self.parties.item(r, 0).text(), labels.party_role(self._role(r)))
            for r in range(self.parties.rowCount())
        ]

    def isComplete(self) -> bool:  # noqa: N802
        return self.parties.rowCount() > 0

    def validatePage(self) -> bool:  # noqa: N802
        if not any(p.role == PartyRole.SUBJECT.value for p in self.party_drafts()):
            self.error.show_message(
                self.tr(
                    'Add at least one person whose behaviour this is about (part: "%1").'
                ).replace("%1", labels.party_role(PartyRole.SUBJECT))
            )
            return False
        self.error.show_message("")
        return True
