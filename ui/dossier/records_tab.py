"""Decisions and correspondence of a dossier: what exists, or an honest empty state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from skot_dossier.domain import clock
from skot_dossier.errors import SkotError
from skot_dossier.services import correspondence, decisions
from ui import labels, vault_worker
from ui.table_model import Column, RecordTableModel
from ui.text import date_text, moment_date_text
from ui.widgets import EmptyState, table_view

STAGES = {
    "intention": QT_TRANSLATE_NOOP("DecisionsTab", "Intention"),
    "decision": QT_TRANSLATE_NOOP("DecisionsTab", "Decision"),
}
STATES = {
    "draft": QT_TRANSLATE_NOOP("DecisionsTab", "Draft"),
    "final": QT_TRANSLATE_NOOP("DecisionsTab", "Final"),
    "superseded": QT_TRANSLATE_NOOP("DecisionsTab", "Superseded"),
}


def measure_name(session, decision) -> str:
    """The measure's name in the user's language, from the protocol it was taken under."""
    try:
        measure = decisions.protocol_of(session, decision).measure(decision.measure_key)
    except (SkotError, LookupError, OSError, ValueError, AttributeError):
        return decision.measure_key
    dutch = QLocale().language() == QLocale.Language.Dutch
    return measure.name_nl if dutch else measure.name_en


class _ListOrEmpty(QWidget):
    def __init__(self, model: RecordTableModel, empty: EmptyState) -> None:
        super().__init__()
        self.names: dict[str, str] = {}
        self._reads: vault_worker.Latest | None = None
        self.model = model
        self.table = table_view(model)
        self.empty = empty
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def clear(self) -> None:
        self.model.clear()

    def fetch(self, session, read, names=None) -> None:
        """Read the rows (and, with ``names``, a name per row) on the vault worker."""
        if self._reads is None:
            self._reads = vault_worker.Latest(self, session)

        def work(s):
            rows = read(s)
            return rows, (names(s, rows) if names is not None else {})

        def show(result) -> None:
            self.names = result[1]
            self.show_rows(result[0])

        self._reads.run(work, show, lambda _exc: self.show_rows([]))


class DecisionsTab(_ListOrEmpty):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        self.session = session
        model = RecordTableModel(
            [
                Column(
                    QCoreApplication.translate("DecisionsTab", "Measure"),
                    lambda d: self.names.get(d.id, d.measure_key),
                ),
                Column(
                    QCoreApplication.translate("DecisionsTab", "Step"),
                    lambda d: QCoreApplication.translate(
                        "DecisionsTab", STAGES.get(d.stage, d.stage)
                    ),
                ),
                Column(
                    QCoreApplication.translate("DecisionsTab", "State"),
                    lambda d: QCoreApplication.translate(
                        "DecisionsTab", STATES.get(d.status, d.status)
                    ),
                ),
                Column(
                    QCoreApplication.translate("DecisionsTab", "Decided on"),
                    lambda d: date_text(d.decided_on),
                    sort=lambda d: d.decided_on.isoformat() if d.decided_on else "",
                ),
                Column(
                    QCoreApplication.translate("DecisionsTab", "By"),
                    lambda d: (
                        f"{d.decider_name} ({labels.role(d.decider_role)})"
                        if d.decider_name
                        else ""
                    ),
                ),
            ]
        )
        empty = EmptyState(
            QCoreApplication.translate("DecisionsTab", "No decisions in this dossier"),
            QCoreApplication.translate(
                "DecisionsTab",
                "Measures such as a warning or a suspension are recorded as decisions. "
                "Taking a decision step by step comes in a later version of SKOT Dossier.",
            ),
        )
        super().__init__(model, empty)
        self.setParent(parent)
        self.table.setColumnWidth(0, 240)

    def load(self, view) -> None:
        dossier_id = view.dossier.id
        self.fetch(
            self.session,
            lambda s: decisions.list_decisions(s, dossier_id),
            lambda s, rows: {d.id: measure_name(s, d) for d in rows},
        )


LETTER_STATES = {
    "proposed": QT_TRANSLATE_NOOP("CorrespondenceTab", "Proposed"),
    "draft": QT_TRANSLATE_NOOP("CorrespondenceTab", "Draft"),
    "final": QT_TRANSLATE_NOOP("CorrespondenceTab", "Final"),
}


def _letter_date(letter) -> str:
    return date_text(letter.letter_date) or moment_date_text(letter.created_at)


class CorrespondenceTab(_ListOrEmpty):
    """The dossier's letters, as the correspondence service lists them."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        self.session = session

        def tr(text: str) -> str:
            return QCoreApplication.translate("CorrespondenceTab", text)

        model = RecordTableModel(
            [
                Column(
                    QCoreApplication.translate("CorrespondenceTab", "Date"),
                    _letter_date,
                    sort=lambda r: (r.letter_date or clock.local_date(r.created_at)).isoformat(),
                ),
                Column(
                    QCoreApplication.translate("CorrespondenceTab", "Letter"), lambda r: r.title
                ),
                Column(
                    QCoreApplication.translate("CorrespondenceTab", "To"), lambda r: r.recipient
                ),
                Column(
                    QCoreApplication.translate("CorrespondenceTab", "Reference"),
                    lambda r: r.reference,
                ),
                Column(
                    QCoreApplication.translate("CorrespondenceTab", "State"),
                    lambda r: tr(LETTER_STATES.get(r.status, r.status)),
                ),
            ]
        )
        empty = EmptyState(
            QCoreApplication.translate("CorrespondenceTab", "No letters in this dossier yet"),
            QCoreApplication.translate(
                "CorrespondenceTab",
                "Letters to the staff member or the parents will appear here once they are "
                "drafted. Writing letters from this screen comes in a later version.",
            ),
        )
        super().__init__(model, empty)
        self.setParent(parent)
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 320)

    def load(self, view) -> None:
        dossier_id = view.dossier.id
        self.fetch(self.session, lambda s: correspondence.list_letters(s, dossier_id))
