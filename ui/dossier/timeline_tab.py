"""The dossier's timeline, newest first, with "Add…" for conversations and notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ui import labels
from ui.table_model import Column, RecordTableModel
from ui.text import date_text
from ui.widgets import table_view


class TimelineTab(QWidget):
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda e: date_text(e.happened_on),
                    sort=lambda e: e.happened_on.isoformat(),
                ),
                Column(self.tr("Kind"), lambda e: labels.timeline_kind(e.kind)),
                Column(
                    self.tr("Summary"),
                    lambda e: e.summary.replace("\n", " "),
                    tooltip=lambda e: e.summary,
                ),
                Column(self.tr("By"), lambda e: e.author),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("timelineTable")
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(3, 140)
        self.add_button = QPushButton(self.tr("&Add conversation, note or contact…"))
        self.add_button.setObjectName("addTimelineEntry")
        self.add_button.clicked.connect(self.add_requested.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, view) -> None:
        self.model.set_rows(view.timeline)

    def clear(self) -> None:
        self.model.clear()
