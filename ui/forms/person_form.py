"""New dossier / edit details: a pupil (with parents or guardians) or a staff member.

Without a list of schools the form asks the vault worker for the ones this user
may choose; saving runs there too (announced as a change to the person and the
dossier, which the list and the open dossier show).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.drafts import PersonDraft
from skot_dossier.domain.enums import PersonKind
from skot_dossier.domain.validation import ValidationError
from skot_dossier.problems import Problem
from skot_dossier.services import people
from ui import vault_worker
from ui.date_fields import OptionalDateEdit
from ui.forms.fields import AddressFields, SchoolChoice, salutation_combo, schools_for
from ui.forms.guardian_editor import GuardianEditor
from ui.keys import CarefulClose
from ui.messages import error_text, problem_text
from ui.saving import Saving
from ui.vault_worker import DOSSIER, PERSON, changes
from ui.widgets import FieldError, FormErrors, fit_on_screen, muted

GROUPS = ("1", "2", "3", "4", "5", "6", "7", "8")


class PersonForm(CarefulClose, QDialog):
    """Emits ``saved(person, dossier_id)``; the dossier id is "" when editing."""

    saved = Signal(object, str)

    def __init__(self, session, schools=None, person=None, parent: QWidget | None = None) -> None:
        """``schools=None``: the form loads the schools this user may choose."""
        super().__init__(parent)
        self.session = session
        self.person = person
        self.setWindowTitle(self.tr("Edit details") if person else self.tr("New dossier"))
        fit_on_screen(self, QSize(640, 720))  # the fields scroll when the screen is low
        self.errors = FormErrors(FieldError())

        self.as_pupil = QRadioButton(self.tr("&Pupil"))
        self.as_staff = QRadioButton(self.tr("&Staff member"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.as_pupil)
        kinds.addButton(self.as_staff)
        self.as_pupil.setChecked(True)
        self.as_pupil.toggled.connect(self._kind_changed)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.as_pupil)
        kind_row.addWidget(self.as_staff)
        kind_row.addStretch(1)

        self.salutation = salutation_combo()
        self.given_name = QLineEdit()
        self.given_name.setObjectName("givenName")
        self.family_name = QLineEdit()
        self.family_name.setObjectName("familyName")
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.birth_date = OptionalDateEdit()
        self.schools = SchoolChoice(schools or [])
        common = QGroupBox(self.tr("Person"))
        form = QFormLayout(common)
        form.addRow(self.tr("Kind:"), kind_row)
        form.addRow(self.tr("&Given name:"), self.given_name)
        form.addRow("", self.errors.add("given_name"))
        form.addRow(self.tr("&Family name:"), self.family_name)
        form.addRow("", self.errors.add("family_name"))
        form.addRow(self.tr("Form of address:"), self.salutation)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow("", self.errors.add("number"))
        form.addRow(self.tr("Date of birth:"), self.birth_date)
        form.addRow("", self.errors.add("birth_date"))
        form.addRow(self.tr("School:"), self.schools)
        form.addRow("", self.errors.add("school_ids"))
        self.no_schools = muted(
            self.tr(
                "This vault has no schools yet. An administrator adds them under "
                "Settings; until then no dossier can be saved."
            )
        )
        self.no_schools.setVisible(schools is not None and not schools)
        form.addRow("", self.no_schools)

        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(GROUPS)
        self.date_left = OptionalDateEdit()
        self.guardians = GuardianEditor()
        self.pupil_box = QGroupBox(self.tr("Pupil"))
        pupil = QFormLayout(self.pupil_box)
        pupil.addRow(self.tr("Group:"), self.group)
        pupil.addRow("", self.errors.add("group"))
        pupil.addRow(self.tr("Left school on:"), self.date_left)
        pupil.addRow("", self.errors.add("date_left"))
        pupil.addRow(self.guardians)

        self.position = QLineEdit()
        self.employment_start = OptionalDateEdit()
        self.employment_end = OptionalDateEdit()
        self.staff_box = QGroupBox(self.tr("Staff member"))
        staff = QFormLayout(self.staff_box)
        staff.addRow(self.tr("Position:"), self.position)
        staff.addRow("", self.errors.add("position"))
        staff.addRow(self.tr("Employed since:"), self.employment_start)
        staff.addRow("", self.errors.add("employment_start"))
        staff.addRow(self.tr("Employed until:"), self.employment_end)
        staff.addRow("", self.errors.add("employment_end"))
        staff.addRow(muted(self.tr("Home address (for letters):")))
        self.address = AddressFields(staff, self.errors, "address")

        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason_box = QGroupBox(self.tr("Why are you changing this?"))
        reason = QFormLayout(self.reason_box)
        reason.addRow(self.tr("&Reason:"), self.reason)
        reason.addRow("", self.errors.add("reason"))
        reason.addRow(muted(self.tr("The old values stay readable in the history.")))
        self.reason_box.setVisible(person is not None)

        content = QWidget()
        body = QVBoxLayout(content)
        for widget in (common, self.pupil_box, self.staff_box, self.reason_box):
            body.addWidget(widget)
        body.addStretch(1)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        if person is not None:
            self._load(person)
        self._kind_changed()
        self.birth_date.allow_future = False
        for field, edit in (
            ("birth_date", self.birth_date),
            ("date_left", self.date_left),
            ("employment_start", self.employment_start),
            ("employment_end", self.employment_end),
        ):
            edit.checked.connect(lambda problem, f=field: self._date_checked(f, problem))
        self._loaded = (self.draft(), self.reason.text())
        self.saving = Saving(self, session, self.buttons)
        if schools is None:
            vault_worker.run(
                session, schools_for, self._schools_arrived, self._no_schools, owner=self
            )

    def _schools_arrived(self, schools) -> None:
        untouched = not self.typed_work()
        self.schools.set_schools(schools)
        if self.person is not None:
            self.schools.set_chosen(self.person.school_ids)
        self.no_schools.setVisible(not schools)
        if untouched:  # the schools are what the form opened with, not something typed
            self._loaded = (self.draft(), self.reason.text())

    def _no_schools(self, exc: BaseException) -> None:
        self.errors.general.show_message(error_text(exc))

    def is_busy(self) -> bool:
        return self.saving.busy

    def _date_checked(self, field: str, problem: Problem | None) -> None:
        self.errors.labels[field].show_message(problem_text(problem) if problem else "")

    def typed_work(self) -> bool:
        """Anything typed or changed since the form opened."""
        return (self.draft(), self.reason.text()) != self._loaded

    def _kind_changed(self) -> None:
        pupil = self.as_pupil.isChecked()
        self.pupil_box.setVisible(pupil)
        self.staff_box.setVisible(not pupil)
        self.number.setPlaceholderText(
            self.tr("Pupil number, e.g. L-1234") if pupil else self.tr("Staff number, e.g. P-0042")
        )

    def kind(self) -> str:
        return PersonKind.PUPIL.value if self.as_pupil.isChecked() else PersonKind.STAFF.value

    def _load(self, person) -> None:
        self.as_staff.setChecked(person.kind is PersonKind.STAFF)
        self.as_pupil.setEnabled(False)
        self.as_staff.setEnabled(False)
        self.given_name.setText(person.given_name)
        self.family_name.setText(person.family_name)
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(person.salutation.value)))
        self.number.setText(person.number)
        self.birth_date.set_value(person.birth_date)
        self.schools.set_chosen(person.school_ids)
        self.group.setCurrentText(person.group)
        self.date_left.set_value(person.date_left)
        self.guardians.set_guardians(person.guardians)
        self.position.setText(person.position)
        self.employment_start.set_value(person.employment_start)
        self.employment_end.set_value(person.employment_end)
        self.address.set_address(person.address)

    def draft(self) -> PersonDraft:
        pupil = self.as_pupil.isChecked()
        return PersonDraft(
            kind=self.kind(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            number=self.number.text(),
            school_ids=self.schools.chosen(),
            salutation=self.salutation.currentData(),
            birth_date=self.birth_date.value(),
            position="" if pupil else self.position.text(),
            employment_start=None if pupil else self.employment_start.value(),
            employment_end=None if pupil else self.employment_end.value(),
            group=self.group.currentText() if pupil else "",
            date_left=self.date_left.value() if pupil else None,
            address=None if pupil or self.address.is_empty() else self.address.draft(),
            guardians=self.guardians.drafts() if pupil else (),
        )

    def save(self) -> None:
        draft = self.draft()
        if self.person is None:
            self.saving.run(
                lambda s: people.create_person(s, draft),
                lambda result: self._saved(result[0], result[1].id),
                changes=lambda result: changes(PERSON, DOSSIER, dossiers=[result[1].id]),
                failed=self._failed,
            )
        else:
            person_id, reason = self.person.id, self.reason.text()
            self.saving.run(
                lambda s: people.update_person(s, person_id, draft, reason),
                lambda person: self._saved(person, ""),
                changes=changes(PERSON, DOSSIER),
                failed=self._failed,
            )

    def _saved(self, person, dossier_id: str) -> None:
        self.saved.emit(person, dossier_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
            return
        self.errors.clear()
        self.errors.general.show_message(error_text(exc))

    def show_problems(self, problems: dict[str, Problem]) -> None:
        own = {k: v for k, v in problems.items() if not k.startswith("guardians")}
        unplaced = self.errors.show(own)
        self.guardians.show_errors({k: v for k, v in problems.items() if k.startswith("guardians")})
        lines = [self.tr("Not saved yet: check the fields marked in red.")]
        lines += [problem_text(own[field]) for field in unplaced]
        self.errors.general.show_message("\n".join(lines))
        shown = [label for label in self.findChildren(FieldError) if label.text()]
        shown = [label for label in shown if label is not self.errors.general]
        if shown:
            first = min(shown, key=lambda label: label.mapTo(self, label.rect().topLeft()).y())
            self.scroll_area.ensureWidgetVisible(first, 0, 60)
