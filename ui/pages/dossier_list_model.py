"""The dossier list as a lazily loaded table: pages of ``people.list_dossiers``.

Filters (school, staff/pupil, status) are parameters of the service call, so
paging stays correct; the view's proxy only sorts what is loaded. Pages load
on the vault worker; a result that arrives after the filters changed (or the
app locked) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from skot_dossier.domain.model import DossierSummary
from ui import labels, vault_worker
from ui.privacy import holds_personal_data
from ui.table_model import RECORD_ROLE, SORT_ROLE, Index
from ui.text import date_text

PAGE_SIZE = 200
FetchPage = Callable[[Any, int, int], list[DossierSummary]]  # (session, offset, limit)


class DossierTableModel(QAbstractTableModel):
    NAME, NUMBER, KIND, SCHOOLS, STATUS, INCIDENTS, LAST_ACTIVITY = range(7)

    load_failed = Signal(object)
    page_loaded = Signal(int)  # rows now loaded

    def __init__(self, session, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self._fetch: FetchPage | None = None
        self._rows: list[DossierSummary] = []
        self._exhausted = True
        self._loading = False
        self._replace = False  # the next page replaces the rows shown (a refresh)
        self._generation = 0
        self._headers = [
            QCoreApplication.translate("DossierTableModel", "Name"),
            QCoreApplication.translate("DossierTableModel", "Number"),
            QCoreApplication.translate("DossierTableModel", "Staff/pupil"),
            QCoreApplication.translate("DossierTableModel", "School"),
            QCoreApplication.translate("DossierTableModel", "Status"),
            QCoreApplication.translate("DossierTableModel", "Incidents"),
            QCoreApplication.translate("DossierTableModel", "Last activity"),
        ]
        holds_personal_data(self)

    # -- loading ----------------------------------------------------------------

    def set_source(self, fetch: FetchPage | None, *, keep_rows: bool = False) -> None:
        """Start over with a new query; the first page loads at once.

        ``keep_rows``: the same list read again (after a change); the rows shown
        stay until the new first page replaces them, so nothing flickers.
        """
        self._generation += 1
        self._fetch = fetch
        self._exhausted = fetch is None
        self._loading = False
        self._replace = keep_rows and fetch is not None and bool(self._rows)
        if not self._replace:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.set_source(None)

    def is_loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation, fetch = self._generation, self._fetch
        offset = 0 if self._replace else len(self._rows)  # a refresh starts at the top
        limit = self.page_size
        vault_worker.run(
            self.session,
            lambda s: fetch(s, offset, limit),
            lambda rows: self._append(generation, rows),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _append(self, generation: int, rows: list[DossierSummary]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(rows) < self.page_size:
            self._exhausted = True
        if self._replace:
            self._replace = False
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._replace = False
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(exc)

    # -- reading ----------------------------------------------------------------

    def summary(self, row: int) -> DossierSummary:
        return self._rows[row]

    def summaries(self) -> list[DossierSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, s: DossierSummary, column: int) -> str:
        if column == self.NAME:
            return s.name
        if column == self.NUMBER:
            return s.number
        if column == self.KIND:
            return labels.kind(s.kind)
        if column == self.SCHOOLS:
            return ", ".join(s.school_names)
        if column == self.STATUS:
            return labels.status(s.status)
        if column == self.INCIDENTS:
            return str(s.incident_count)
        return date_text(s.last_activity)

    def _sort_key(self, s: DossierSummary, column: int) -> Any:
        if column == self.NAME:
            family = s.name.split(" ", 1)[-1]
            return f"{family} {s.name}".casefold()
        if column == self.INCIDENTS:
            return s.incident_count
        if column == self.LAST_ACTIVITY:
            return s.last_activity.isoformat() if s.last_activity else ""
        return self._text(s, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == RECORD_ROLE:
            return summary
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.INCIDENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
