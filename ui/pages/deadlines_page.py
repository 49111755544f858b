"""Deadlines across the dossiers this user may see: overdue first, then the coming weeks.

Read on the vault worker, and again after an operation that may start, move or
end a deadline (a decision, a letter, an access request, a signal, a person's
dates, a destruction).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain import clock
from skot_dossier.services import deadlines
from ui import vault_worker
from ui.messages import error_text
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.text import date_text, fmt
from ui.widgets import EmptyState, heading, muted, table_view


class DeadlinesPage(QWidget):
    open_dossier = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("deadlinesPage")
        self.model = RecordTableModel(
            [
                Column(
                    self.tr("Due"), lambda d: date_text(d.due), sort=lambda d: d.due.isoformat()
                ),
                Column(self.tr("State"), self._state),
                Column(self.tr("What"), self._label, tooltip=lambda d: d.basis),
                Column(self.tr("Person"), lambda d: d.person_name),
                Column(self.tr("Check"), lambda d: self.tr("to be verified") if d.verify else ""),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("deadlinesTable")
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column, width in ((0, 100), (1, 110), (3, 200), (4, 130)):
            self.table.setColumnWidth(column, width)
        self.empty = EmptyState(
            self.tr("No deadlines in the coming four weeks"),
            self.tr(
                "Deadlines start when a decision is taken (for example the period for the "
                "employee's view, or the appeal period). They appear here automatically."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count = muted()
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Deadlines")), 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        self._reads = vault_worker.Latest(self, session)
        vault_worker.watch(
            self,
            session,
            self.reload,
            vault_worker.DEADLINE,
            vault_worker.DECISION,
            vault_worker.LETTER,
            vault_worker.ACCESS_REQUEST,
            vault_worker.INCIDENT,
            vault_worker.PERSON,
            vault_worker.DOSSIER,
            vault_worker.RETENTION,
            vault_worker.SETTINGS,
        )
        self.reload()

    def _state(self, deadline) -> str:
        if deadline.due is not None and deadline.due < clock.today():
            return self.tr("Overdue")
        return self.tr("Coming up")

    def _label(self, deadline) -> str:
        dutch = QLocale().language() == QLocale.Language.Dutch
        return deadline.label_nl if dutch else deadline.label_en

    def reload(self) -> None:
        if not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))
        self._reads.run(deadlines.deadlines_overview, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.count.setText(error_text(exc))

    def _show(self, overview) -> None:
        rows = [*overview.overdue, *overview.upcoming]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.count.setText(
            fmt(
                self.tr("%1 overdue, %2 in the coming four weeks"),
                len(overview.overdue),
                len(overview.upcoming),
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        deadline = index.data(RECORD_ROLE)
        if deadline is not None:
            self.open_dossier.emit(deadline.dossier_id)

    def clear(self) -> None:
        self._reads.drop()
        self.model.clear()
        self.count.clear()
