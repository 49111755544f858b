"""The incidents this person is part of, with their part in each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ui import labels
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.text import datetime_text
from ui.widgets import table_view


class IncidentsTab(QWidget):
    open_incident = Signal(object)
    new_incident = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id = ""
        self.model = RecordTableModel(
            [
                Column(
                    self.tr("Happened"),
                    lambda i: datetime_text(i.occurred_at),
                    sort=lambda i: i.occurred_at.isoformat(),
                ),
                Column(self.tr("Title"), lambda i: i.title),
                Column(self.tr("Part"), self._part),
                Column(self.tr("Category"), lambda i: labels.category(i.category)),
                Column(self.tr("Seriousness"), lambda i: labels.seriousness(i.seriousness)),
                Column(self.tr("Status"), lambda i: labels.incident_status(i.status)),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("incidentsTable")
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column, width in ((0, 130), (2, 170), (3, 150), (4, 110), (5, 130)):
            self.table.setColumnWidth(column, width)
        self.view_button = QPushButton(self.tr("&View…"))
        self.view_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        self.new_button = QPushButton(self.tr("&New incident…"))
        self.new_button.setObjectName("newIncidentFromDossier")
        self.new_button.clicked.connect(self.new_incident.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _part(self, incident) -> str:
        parts = [
            labels.party_role(p.role) for p in incident.parties if p.person_id == self._person_id
        ]
        return ", ".join(parts)

    def _activated(self, index: QModelIndex) -> None:
        incident = index.data(RECORD_ROLE) if index.isValid() else None
        if incident is not None:
            self.open_incident.emit(incident)

    def load(self, view) -> None:
        self._person_id = view.person.id
        self.model.set_rows(view.incidents)

    def clear(self) -> None:
        self._person_id = ""
        self.model.clear()
