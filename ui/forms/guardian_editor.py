"""Up to four parents or guardians of a pupil, each with name and address."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.drafts import GuardianDraft
from skot_dossier.problems import Problem
from ui.forms.fields import AddressFields, salutation_combo
from ui.keys import destructive, never_default
from ui.messages import problem_text
from ui.text import fmt
from ui.widgets import FieldError, FormErrors

MAX_GUARDIANS = 4
# Stored in Dutch: the value goes into Dutch letters as written.
RELATIONS = ("ouder", "moeder", "vader", "verzorger", "voogd", "pleegouder")


class GuardianBox(QGroupBox):
    remove_requested = Signal(QObject)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardian")
        self.errors = FormErrors()
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("guardianName")
        self.salutation = salutation_combo()
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(RELATIONS)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.errors.add("name"))
        form.addRow(self.tr("Form of address:"), self.salutation)
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow("", self.errors.add("relation"))
        self.address = AddressFields(form, self.errors, "address")
        remove = QPushButton(self.tr("Remove this parent or guardian"))
        destructive(remove)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove)
        form.addRow(row)

    def draft(self) -> GuardianDraft:
        return GuardianDraft(
            self.name.text(),
            self.salutation.currentData(),
            self.relation.currentText(),
            self.address.draft(),
        )

    def set_guardian(self, guardian) -> None:
        self.name.setText(guardian.name)
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(guardian.salutation.value)))
        self.relation.setCurrentText(guardian.relation)
        self.address.set_address(guardian.address)


class GuardianEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[GuardianBox] = []
        self.error = FieldError()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a parent or guardian"))
        self.add_button.setObjectName("addGuardian")
        never_default(self.add_button)
        self.add_button.clicked.connect(self.add)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.add_button)

    def add(self) -> GuardianBox:
        box = GuardianBox()
        box.remove_requested.connect(self._remove)
        self.boxes.append(box)
        self._layout.insertWidget(self._layout.count() - 2, box)
        self._renumber()
        return box

    def _remove(self, box: GuardianBox) -> None:
        self.boxes.remove(box)
        box.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for number, box in enumerate(self.boxes, start=1):
            box.setTitle(fmt(self.tr("Parent or guardian %1"), number))
        self.add_button.setEnabled(len(self.boxes) < MAX_GUARDIANS)

    def drafts(self) -> tuple[GuardianDraft, ...]:
        return tuple(box.draft() for box in self.boxes)

    def set_guardians(self, guardians) -> None:
        for box in list(self.boxes):
            self._remove(box)
        for guardian in guardians:
            self.add().set_guardian(guardian)

    def clear_errors(self) -> None:
        self.error.show_message("")
        for box in self.boxes:
            box.errors.clear()

    def show_errors(self, problems: dict[str, Problem]) -> None:
        """Problems keyed ``guardians`` or ``guardians.<i>.<field>``."""
        self.clear_errors()
        per_box: dict[int, dict[str, Problem]] = {}
        general = []
        for field, message in problems.items():
            parts = field.split(".", 2)
            if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(self.boxes):
                per_box.setdefault(int(parts[1]), {})[parts[2]] = message
            else:
                general.append(problem_text(message))
        for index, box_problems in per_box.items():
            self.boxes[index].errors.show(box_problems)
        self.error.show_message("\n".join(general))
