"""The privacy officer looks a person up to see who looked at their dossier.

The lookup shows identity only (name, number, staff or pupil), never dossier
content. It runs when asked (Enter or the button), not on every keystroke:
each lookup is itself logged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
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
from skot_dossier.services import audit_review
from ui import labels
from ui.messages import error_text
from ui.resources import icon
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.widgets import FieldError, FormErrors, heading, muted, table_view
from ui.workers import run_task


class PersonLookupDialog(QDialog):
    """Emits ``chosen(person)`` (a ``PersonRef``) when the user picks one."""

    chosen = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task = None
        self._generation = 0
        self.setObjectName("personLookupDialog")
        self.setWindowTitle(self.tr("Who looked at this dossier? — SKOT Dossier"))
        self.setMinimumSize(640, 480)
        self.query = QLineEdit()
        self.query.setObjectName("personQuery")
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.setPlaceholderText(self.tr("Name or staff/pupil number"))
        self.query.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("&Look up"))
        self.search_button.setObjectName("personLookup")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.run_search)
        self.model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("Staff/pupil"), lambda p: labels.kind(p.kind)),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("personResults")
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 120)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.table.activated.connect(lambda _index: self.confirm())
        self.found = muted()
        self.errors = FormErrors(FieldError())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Show who looked"))
        self.ok_button.setObjectName("showWhoLooked")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Who looked at this dossier?"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "Look the person up by name or number and choose them. You then see "
                    "every view, search hit, export and refused attempt concerning their "
                    "data, with who did it and the purpose they gave. You do not see the "
                    "dossier itself."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.errors.add("text"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.found)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self._update_button()
        self.query.setFocus()

    def run_search(self) -> None:
        self._generation += 1
        generation, session, text = self._generation, self.session, self.query.text()
        self.errors.clear()
        self._task = run_task(
            lambda: audit_review.find_person(session, text),
            lambda people: self._show(generation, people),
            lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, found) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(found)
        if len(found) == 1:
            self.table.selectRow(0)
        self.found.setText(
            QCoreApplication.translate(
                "PersonLookupDialog", "%n person(s) found.", None, len(found)
            )
            if found
            else self.tr("Nobody found. Check the number or the spelling of the name.")
        )
        self._update_button()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self.found.clear()
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            self.errors.general.show_message(error_text(exc))
        self._update_button()

    def person(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.person() is not None)

    def confirm(self) -> None:
        person = self.person()
        if person is None:
            return
        self.accept()
        self.chosen.emit(person)

    def clear(self) -> None:
        self.model.clear()
        self.query.clear()
