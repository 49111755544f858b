"""Administrator's dialogs: add a school, add a user with their own passphrase."""

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
from skot_dossier.domain.validation import ValidationError
from skot_dossier.errors import SkotError
from skot_dossier.services import access, people
from ui import labels
from ui.forms.fields import AddressFields, SchoolChoice
from ui.keys import CarefulClose
from ui.messages import error_text
from ui.passphrase_meter import PassphraseMeter
from ui.widgets import FieldError, FormErrors, muted
from ui.workers import run_task


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

    def typed_work(self) -> bool:
        return not self.address.is_empty() or any(
            e.text().strip() for e in (self.name, self.brin, self.director)
        )

    def save(self) -> None:
        try:
            school = people.add_school(
                self.session,
                self.name.text(),
                self.brin.text(),
                self.address.draft(),
                self.director.text(),
            )
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        except SkotError as exc:
            self.errors.general.show_message(error_text(exc))
            return
        self.saved.emit(school)
        self.accept()


class UserDialog(CarefulClose, QDialog):
    """A new user gets their own keyslot; deriving its key runs off the GUI thread."""

    saved = Signal(str)  # the login name

    ROLES = (Role.HR, Role.DIRECTOR, Role.PRIVACY_OFFICER, Role.ADMIN)

    def __init__(self, session, schools, parent: QWidget | None = None, *, kdf=None) -> None:
        super().__init__(parent)
        self.session = session
        self.kdf = kdf
        self._busy = False
        self._task = None
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
        self.schools = SchoolChoice(schools)
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

    def is_busy(self) -> bool:
        return self._busy  # the new login's key is being derived

    def typed_work(self) -> bool:
        return any(e.text().strip() for e in (self.name, self.login, self.passphrase))

    def save(self) -> None:
        if self._busy:
            return
        session, kdf = self.session, self.kdf
        name, login, role = self.name.text(), self.login.text().strip(), self.role.currentData()
        schools, passphrase = self.schools.chosen(), self.passphrase.text()
        self.buttons.setEnabled(False)
        self.errors.clear()
        self._busy = True
        self._task = run_task(
            lambda: access.add_user_with_passphrase(
                session, name, role, login, passphrase, schools, kdf=kdf
            ),
            lambda _result: self._done(login),
            self._failed,
            owner=self,
        )

    def _done(self, login: str) -> None:
        self._busy = False
        self.passphrase.clear()
        self.saved.emit(login)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            self.errors.general.show_message(error_text(exc))
