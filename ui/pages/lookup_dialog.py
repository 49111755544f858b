"""The shared part of the lookup dialogs: a search field, the hits, a choice.

A lookup runs when asked (Enter in the field or the button), never on every
keystroke, because each one is logged. Enter in the field searches and does
nothing else; changing the text drops the old hits and the old choice, so a
later Enter or OK can never act on a person the screen no longer shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.validation import ValidationError
from ui import vault_worker
from ui.keys import CarefulClose, enter_runs, never_default
from ui.messages import error_text
from ui.resources import icon
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.widgets import FieldError, FormErrors, heading, muted, table_view


class LookupDialog(CarefulClose, QDialog):
    """Subclasses give the columns, the search and the words; they add their own rows."""

    def __init__(
        self,
        session,
        columns: list[Column],
        title: str,
        intro: str,
        placeholder: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self.searching = False
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.setPlaceholderText(placeholder)
        self.query.textChanged.connect(self._query_changed)
        enter_runs(self.query, self.run_search)
        self.search_button = QPushButton(self.tr("&Look up"))
        never_default(self.search_button)
        self.search_button.clicked.connect(self.run_search)
        self.model = RecordTableModel(columns, self)
        self.table = table_view(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.found = muted()
        self.errors = FormErrors(FieldError())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(heading(title, 2))
        self.body.addWidget(muted(intro))
        self.body.addLayout(search_row)
        self.body.addWidget(self.errors.add("text"))
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.found)

    def finish_layout(self) -> None:
        """After the subclass added its rows: the general error, the buttons, the focus."""
        self.body.addWidget(self.errors.general)
        self.body.addWidget(self.buttons)
        self._update_button()
        self.query.setFocus()

    # -- what subclasses give ---------------------------------------------------------

    def search(self, session, text: str) -> list[Any]:
        raise NotImplementedError

    def found_text(self, count: int) -> str:
        raise NotImplementedError

    def can_confirm(self) -> bool:
        return self.choice() is not None

    def confirm(self) -> None:
        raise NotImplementedError

    # -- looking up -------------------------------------------------------------------

    def run_search(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.query.text()
        search: Callable[[Any, str], list[Any]] = self.search
        self.errors.clear()
        self.searching = True
        self._update_button()
        vault_worker.run(
            self.session,
            lambda s: search(s, text),
            lambda hits: self._show(generation, hits),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _query_changed(self) -> None:
        # The hits belong to the old text: drop them (and any answer still on its way).
        self._generation += 1
        self.searching = False
        self.model.clear()
        self.found.clear()
        self._update_button()

    def _show(self, generation: int, hits: list[Any]) -> None:
        if generation != self._generation:
            return
        self.searching = False
        self.model.set_rows(hits)
        if len(hits) == 1:
            self.table.selectRow(0)
        self.found.setText(self.found_text(len(hits)))
        self._update_button()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.searching = False
        self.model.clear()
        self.found.clear()
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            self.errors.general.show_message(error_text(exc))
        self._update_button()

    # -- choosing ---------------------------------------------------------------------

    def choose_current(self) -> None:
        """Enter on the hits: the row the cursor is on is the choice (Tab into the
        table puts the cursor on a row without selecting it)."""
        index = self.table.currentIndex()
        if index.isValid() and self.choice() is None:
            self.table.selectRow(index.row())

    def choice(self):
        """The record of the selected hit, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _update_button(self) -> None:
        self.ok_button.setEnabled(not self.searching and self.can_confirm())

    def clear(self) -> None:
        self.model.clear()
        self.query.clear()
