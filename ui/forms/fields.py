"""Field groups shared by forms: an address, a salutation choice, a school choice."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from skot_dossier.domain.drafts import AddressDraft
from skot_dossier.domain.enums import Role, Salutation
from skot_dossier.services import people
from ui import labels
from ui.widgets import FormErrors


def schools_for(session) -> list:
    """The schools this user may choose (a director: their own). Runs on the vault worker."""
    schools = people.list_schools(session)
    if session.actor.role == Role.DIRECTOR:
        schools = [s for s in schools if s.id in session.actor.school_ids]
    return schools


class AddressFields(QObject):
    """Street, postcode and town, each with its own error line."""

    def __init__(self, form: QFormLayout, errors: FormErrors, prefix: str) -> None:
        super().__init__()
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("Street and house number"))
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("7671 AB")
        self.postcode.setMaximumWidth(120)
        self.town = QLineEdit()
        self.prefix = prefix
        for title, edit, key in (
            (self.tr("Street:"), self.street, "street"),
            (self.tr("Postcode:"), self.postcode, "postcode"),
            (self.tr("Town:"), self.town, "town"),
        ):
            form.addRow(title, edit)
            form.addRow("", errors.add(f"{prefix}.{key}"))

    def draft(self) -> AddressDraft:
        return AddressDraft(self.street.text(), self.postcode.text(), self.town.text())

    def is_empty(self) -> bool:
        return not any(e.text().strip() for e in (self.street, self.postcode, self.town))

    def set_address(self, address) -> None:
        if address is not None:
            self.street.setText(address.street)
            self.postcode.setText(address.postcode)
            self.town.setText(address.town)


def salutation_combo() -> QComboBox:
    combo = QComboBox()
    for value in (Salutation.NEUTRAL, Salutation.MADAM, Salutation.SIR):
        combo.addItem(labels.salutation(value), value.value)
    return combo


class SchoolChoice(QListWidget):
    """Tick one or more schools."""

    def __init__(self, schools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schools")
        self.set_schools(schools)

    def set_schools(self, schools) -> None:
        """The schools to choose from (they may arrive after the form opened)."""
        chosen = self.chosen()
        self.clear()
        for school in schools:
            item = QListWidgetItem(school.name)
            item.setData(Qt.ItemDataRole.UserRole, school.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = max(1, min(self.count(), 4))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        if self.count() == 1:
            self.item(0).setCheckState(Qt.CheckState.Checked)
        elif chosen:
            self.set_chosen(chosen)

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_chosen(self, ids) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
