"""HR looks up a pupil for a case and records why the case needs the pupil's dossier.

HR sees a pupil's dossier only with a recorded case reason. The lookup shows
identity only (name, number, group, school), never dossier content, and runs
when asked (Enter or the button), not on every keystroke: each lookup is
logged and flagged for the privacy officer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from skot_dossier.services import people, privacy
from ui.dossier.overview_tab import group_text
from ui.keys import enter_runs
from ui.pages.lookup_dialog import LookupDialog
from ui.saving import Saving
from ui.table_model import Column
from ui.vault_worker import DOSSIER, changes


class PupilLookupDialog(LookupDialog):
    """Emits ``recorded(pupil)`` (a ``PupilRef``) once the case reason is stored."""

    recorded = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("Group"), lambda p: group_text(p.group) if p.group else ""),
                Column(self.tr("School"), lambda p: ", ".join(p.schools)),
            ],
            self.tr("Look up a pupil for a case"),
            self.tr(
                "As HR you see a pupil's dossier only when one of your cases needs it. "
                "Look the pupil up, choose the right one and write down why. The lookup "
                "and the reason are logged, and the data protection officer sees them."
            ),
            self.tr("Pupil number, or at least three letters of the name"),
            self.tr("&Record reason and open dossier"),
            parent,
        )
        self.saving = Saving(
            self, session, self.ok_button, errors=self.errors, refresh=self._update_button
        )
        self.setObjectName("pupilLookupDialog")
        self.setWindowTitle(self.tr("Look up a pupil for a case — SKOT Dossier"))
        self.setMinimumSize(720, 560)
        self.query.setObjectName("pupilQuery")
        self.search_button.setObjectName("pupilLookup")
        self.table.setObjectName("pupilResults")
        for column, width in ((0, 220), (1, 100), (2, 90)):
            self.table.setColumnWidth(column, width)
        self.ok_button.setObjectName("recordCaseReason")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("caseReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr(
                "For example: witness in the case about a video of a teacher (reported on "
                "12 March)."
            )
        )
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 16)
        self.reason.textChanged.connect(self._update_button)
        # Enter on a hit chooses it: on to the reason, not to "Record".
        enter_runs(self.table, self._hit_chosen)
        reason_label = QLabel(self.tr("&Why does your case need this pupil's dossier?"))
        reason_label.setBuddy(self.reason)
        self.body.addWidget(reason_label)
        self.body.addWidget(self.reason)
        self.body.addWidget(self.errors.add("reason"))
        self.finish_layout()

    def is_busy(self) -> bool:
        return self.saving.busy

    def _hit_chosen(self) -> None:
        self.choose_current()
        if self.choice() is not None:
            self.reason.setFocus()

    def search(self, session, text: str):
        return privacy.find_pupil_for_case(session, text)

    def found_text(self, count: int) -> str:
        if not count:
            return self.tr("No pupil found. Check the number or the spelling of the name.")
        return QCoreApplication.translate("PupilLookupDialog", "%n pupil(s) found.", None, count)

    def can_confirm(self) -> bool:
        return (
            not self.saving.busy
            and self.choice() is not None
            and bool(self.reason.toPlainText().strip())
        )

    def chosen(self):
        return self.choice()

    def typed_work(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def confirm(self) -> None:
        pupil = self.choice()
        if pupil is None or not self.ok_button.isEnabled():
            return
        person_id, reason = pupil.person_id, self.reason.toPlainText()
        self.saving.run(
            lambda s: privacy.record_case_reason(s, person_id, reason),
            lambda _result: self._recorded(pupil),
            changes=changes(DOSSIER),
        )

    def _recorded(self, pupil) -> None:
        self.accept()
        self.recorded.emit(pupil)

    def clear(self) -> None:
        super().clear()
        self.reason.clear()


def dossier_of_pupil(session, pupil, page_size: int = 200) -> str | None:
    """The dossier id of a pupil HR has just recorded a case reason for.

    HR's list of pupils holds only those with a case reason, so it stays short;
    it is read page by page, narrowed to one of the pupil's schools. Runs on the
    vault worker.
    """
    school_ids = {s.name: s.id for s in people.list_schools(session)}
    school_id = next((school_ids[n] for n in pupil.schools if n in school_ids), None)
    offset = 0
    while True:
        rows = people.list_dossiers(
            session, kind="pupil", school_id=school_id, offset=offset, limit=page_size
        )
        for row in rows:
            if row.person_id == pupil.person_id:
                return row.dossier_id
        if len(rows) < page_size:
            return None
        offset += page_size
