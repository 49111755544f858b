"""HR looks up a pupil for a case and records why the case needs the pupil's dossier.

HR sees a pupil's dossier only with a recorded case reason. The lookup shows
identity only (name, number, group, school), never dossier content, and runs
when asked (Enter or the button), not on every keystroke: each lookup is
logged and flagged for the privacy officer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.validation import ValidationError
from skot_dossier.errors import SkotError
from skot_dossier.services import people, privacy
from ui.dossier.overview_tab import group_text
from ui.messages import error_text
from ui.resources import icon
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.widgets import FieldError, FormErrors, heading, muted, table_view
from ui.workers import run_task


class PupilLookupDialog(QDialog):
    """Emits ``recorded(pupil)`` (a ``PupilRef``) once the case reason is stored."""

    recorded = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task = None
        self._generation = 0
        self.setObjectName("pupilLookupDialog")
        self.setWindowTitle(self.tr("Look up a pupil for a case — SKOT Dossier"))
        self.setMinimumSize(720, 560)
        self.query = QLineEdit()
        self.query.setObjectName("pupilQuery")
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.setPlaceholderText(
            self.tr("Pupil number, or at least three letters of the name")
        )
        self.query.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("&Look up"))
        self.search_button.setObjectName("pupilLookup")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.run_search)
        self.model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("Group"), lambda p: group_text(p.group) if p.group else ""),
                Column(self.tr("School"), lambda p: ", ".join(p.schools)),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("pupilResults")
        for column, width in ((0, 220), (1, 100), (2, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.found = muted()
        self.errors = FormErrors(FieldError())
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
        reason_label = QLabel(self.tr("&Why does your case need this pupil's dossier?"))
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record reason and open dossier"))
        self.ok_button.setObjectName("recordCaseReason")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Look up a pupil for a case"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "As HR you see a pupil's dossier only when one of your cases needs it. "
                    "Look the pupil up, choose the right one and write down why. The lookup "
                    "and the reason are logged, and the data protection officer sees them."
                )
            )
        )
        layout.addLayout(search_row)
        layout.addWidget(self.errors.add("text"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.found)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors.add("reason"))
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self._update_button()
        self.query.setFocus()

    # -- lookup -----------------------------------------------------------------

    def run_search(self) -> None:
        self._generation += 1
        generation, session, text = self._generation, self.session, self.query.text()
        self.errors.clear()
        self._task = run_task(
            lambda: privacy.find_pupil_for_case(session, text),
            lambda pupils: self._show(generation, pupils),
            lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, pupils) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(pupils)
        if len(pupils) == 1:
            self.table.selectRow(0)
        self.found.setText(
            QCoreApplication.translate("PupilLookupDialog", "%n pupil(s) found.", None, len(pupils))
            if pupils
            else self.tr("No pupil found. Check the number or the spelling of the name.")
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

    # -- choosing ---------------------------------------------------------------

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _update_button(self) -> None:
        self.ok_button.setEnabled(
            self.chosen() is not None and bool(self.reason.toPlainText().strip())
        )

    def confirm(self) -> None:
        pupil = self.chosen()
        if pupil is None:
            return
        try:
            privacy.record_case_reason(self.session, pupil.person_id, self.reason.toPlainText())
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        except SkotError as exc:
            self.errors.general.show_message(error_text(exc))
            return
        self.accept()
        self.recorded.emit(pupil)

    def clear(self) -> None:
        self.model.clear()
        self.query.clear()
        self.reason.clear()


def dossier_of_pupil(session, pupil, page_size: int = 200) -> str | None:
    """The dossier id of a pupil HR has just recorded a case reason for.

    HR's list of pupils holds only those with a case reason, so it stays short;
    it is read page by page, narrowed to one of the pupil's schools.
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
