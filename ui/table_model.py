"""A read-only table of domain records: columns declared once, rows replaced at once.

Every instance registers as holding personal data, so locking empties it. An
optional ``tint`` gives a row a background colour (with dark text on it, so
it stays readable in any theme). Tooltips show their text literally, markup and all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.privacy import holds_personal_data
from ui.text import tooltip_text

RECORD_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None


Tint = Callable[[Any], QColor | None]
TINTED_TEXT = QColor("#1b1b1b")


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self, columns: Sequence[Column], parent: QObject | None = None, *, tint: Tint | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.tint = tint
        self._rows: list[Any] = []
        holds_personal_data(self)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            key = column.sort(record) if column.sort else column.value(record)
            return key.casefold() if isinstance(key, str) else key
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            # Tooltips hold user text (notes, purposes, names): never rich text.
            return tooltip_text(column.tooltip(record))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colour = self.tint(record) if self.tint is not None else None
            if colour is None:
                return None
            return QBrush(colour if role == Qt.ItemDataRole.BackgroundRole else TINTED_TEXT)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None
