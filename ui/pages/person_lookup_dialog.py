"""The privacy officer looks a person up to see who looked at their dossier.

The lookup shows identity only (name, number, staff or pupil), never dossier
content. It runs when asked (Enter or the button), not on every keystroke:
each lookup is itself logged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from skot_dossier.services import audit_review
from ui import labels
from ui.keys import enter_runs
from ui.pages.lookup_dialog import LookupDialog
from ui.table_model import Column


class PersonLookupDialog(LookupDialog):
    """Emits ``chosen(person)`` (a ``PersonRef``) when the user picks one."""

    chosen = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("Staff/pupil"), lambda p: labels.kind(p.kind)),
            ],
            self.tr("Who looked at this dossier?"),
            self.tr(
                "Look the person up by name or number and choose them. You then see "
                "every view, search hit, export and refused attempt concerning their "
                "data, with who did it and the purpose they gave. You do not see the "
                "dossier itself."
            ),
            self.tr("Name or staff/pupil number"),
            self.tr("&Show who looked"),
            parent,
        )
        self.setObjectName("personLookupDialog")
        self.setWindowTitle(self.tr("Who looked at this dossier? — SKOT Dossier"))
        self.setMinimumSize(640, 480)
        self.query.setObjectName("personQuery")
        self.search_button.setObjectName("personLookup")
        self.table.setObjectName("personResults")
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 120)
        # Enter or a double click on a hit chooses it, once.
        enter_runs(self.table, lambda: (self.choose_current(), self.confirm()))
        self.table.doubleClicked.connect(lambda _index: self.confirm())
        self.ok_button.setObjectName("showWhoLooked")
        self.finish_layout()

    def search(self, session, text: str):
        return audit_review.find_person(session, text)

    def found_text(self, count: int) -> str:
        if not count:
            return self.tr("Nobody found. Check the number or the spelling of the name.")
        return QCoreApplication.translate("PersonLookupDialog", "%n person(s) found.", None, count)

    def person(self):
        return self.choice()

    def confirm(self) -> None:
        person = self.choice()
        if person is None or not self.ok_button.isEnabled() or not self.isVisible():
            return
        self.accept()
        self.chosen.emit(person)
