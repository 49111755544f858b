"""Administrator's dialogs: add a school, add a user with their own passphrase.

Both save on the vault worker and announce the change (SCHOOL, USER), which the
settings page and every list of schools show.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.enums import Role
from skot_dossier.services import access, people
from ui import labels, vault_worker
from ui.forms.fields import AddressFields, SchoolChoice
from ui.keys import CarefulClose
from ui.messages import error_text
from ui.passphrase_meter import PassphraseMeter
from ui.saving import Saving
from ui.vault_worker import SCHOOL, USER, changes
from ui.widgets import FieldError, FormErrors, muted


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class SchoolDialog(CarefulClose, QDialog):
    saved = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a school"))
        self.setMinimumWidth(520)
        self.errors = FormErrors(FieldError())
        self.name = QLineEdit()
        self.name.setObjectName("schoolName")
        self.brin = QLineEdit()
        self.brin.setObjectName("brin")
        self.brin.setMaximumWidth(120)
        self.director = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.errors.add("name"))
        form.addRow(self.tr("&BRIN code:"), self.brin)
        form.addRow("", self.errors.add("brin"))
        self.address = AddressFields(form, self.errors, "address")
        form.addRow(self.tr("&Director:"), self.director)
        form.addRow("", self.errors.add("director_name"))
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.saving = Saving(self, session, self.buttons, errors=self.errors)

    def is_busy(self) -> bool:
        return self.saving.busy

    def typed_work(self) -> bool:
        return not self.address.is_empty() or any(
            e.text().strip() for e in (self.name, self.brin, self.director)
        )

    def save(self) -> None:
        name, brin, address = self.name.text(), self.brin.text(), self.address.draft()
        director = self.director.text()
        self.saving.run(
            lambda s: people.add_school(s, name, brin, address, director),
            self._saved,
            changes=changes(SCHOOL),
        )

    def _saved(self, school) -> None:
        self.saved.emit(school)
        self.accept()


class UserDialog(CarefulClose, QDialog):
    """A new user gets their own keyslot; deriving its key runs on the vault worker."""

    saved = Signal(str)  # the login name

    ROLES = (Role.HR, Role.DIRECTOR, Role.PRIVACY_OFFICER, Role.ADMIN)

    def __init__(self, session, schools=None, parent: QWidget | None = None, *, kdf=None) -> None:
        """``schools=None``: the dialog loads the vault's schools itself."""
        super().__init__(parent)
        self.session = session
        self.kdf = kdf
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(540)
        self.errors = FormErrors(FieldError())
        self.name = QLineEdit()
        self.name.setObjectName("newUserName")
        self.login = QLineEdit()
        self.login.setObjectName("newUserLogin")
        self.role = QComboBox()
        for role in self.ROLES:
            self.role.addItem(labels.role(role), role.value)
        self.schools = SchoolChoice(schools or [])
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.errors.add("name"))
        form.addRow(self.tr("&Login name:"), self.login)
        form.addRow("", self.errors.add("keyslot_label"))
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Schools (directors):"), self.schools)
        form.addRow("", self.errors.add("school_ids"))
        form.addRow(self.tr("First &passphrase:"), self.passphrase)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(
            "",
            muted(self.tr("Give the passphrase to the user in person; they can change it later.")),
        )
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.saving = Saving(self, session, self.buttons, errors=self.errors)
        if schools is None:
            vault_worker.run(
                session,
                people.list_schools,
                self.schools.set_schools,
                lambda exc: self.errors.general.show_message(error_text(exc)),
                owner=self,
            )

    def is_busy(self) -> bool:
        return self.saving.busy  # the new login's key is being derived

    def typed_work(self) -> bool:
        return any(e.text().strip() for e in (self.name, self.login, self.passphrase))

    def save(self) -> None:
        kdf = self.kdf
        name, login, role = self.name.text(), self.login.text().strip(), self.role.currentData()
        schools, passphrase = self.schools.chosen(), self.passphrase.text()
        self.saving.run(
            lambda s: access.add_user_with_passphrase(
                s, name, role, login, passphrase, schools, kdf=kdf
            ),
            lambda _result: self._done(login),
            changes=changes(USER),
        )

    def _done(self, login: str) -> None:
        self.passphrase.clear()
        self.saved.emit(login)
        self.accept()
