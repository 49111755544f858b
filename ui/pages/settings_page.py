"""Settings of this workstation, and for administrators the schools and users.

The vault's part is read on the vault worker, and the lists again after a school
or user is added (announced as a change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import access, people
from skot_dossier.services.permissions import allowed
from ui import labels, settings, vault_worker
from ui.change_passphrase_dialog import ChangePassphraseDialog
from ui.forms.admin_dialogs import SchoolDialog, UserDialog
from ui.messages import error_text
from ui.table_model import Column, RecordTableModel
from ui.widgets import heading, muted, show_error, show_info, table_view


class SettingsPage(QScrollArea):
    idle_minutes_changed = Signal(int)

    def __init__(self, session, parent: QWidget | None = None, *, kdf=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.session = session
        self.kdf = kdf
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addWidget(self._workstation())
        layout.addWidget(self._passphrase())
        self.schools_model = None
        self.users_model = None
        if allowed(session, "school.manage"):
            layout.addWidget(self._schools())
        if allowed(session, "user.list"):
            layout.addWidget(self._users())
        layout.addStretch(1)
        self.setWidget(content)
        vault_worker.watch(self, session, self.reload, vault_worker.SCHOOL, vault_worker.USER)
        self.reload()

    def _workstation(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in settings.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.get(settings.LANGUAGE)))
        )
        self.language.currentIndexChanged.connect(
            lambda: settings.put(settings.LANGUAGE, self.language.currentData())
        )
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(settings.IDLE_MINUTES))
        self.idle.valueChanged.connect(self._idle_changed)
        self.clipboard = QSpinBox()
        self.clipboard.setRange(5, 300)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setValue(settings.get(settings.CLIPBOARD_SECONDS))
        self.clipboard.valueChanged.connect(lambda v: settings.put(settings.CLIPBOARD_SECONDS, v))
        form.addRow(settings.LANGUAGE.label_text() + ":", self.language)
        form.addRow("", muted(self.tr("A new language is used after restarting SKOT Dossier.")))
        form.addRow(settings.IDLE_MINUTES.label_text() + ":", self.idle)
        form.addRow(settings.CLIPBOARD_SECONDS.label_text() + ":", self.clipboard)
        return box

    def _passphrase(self) -> QGroupBox:
        box = QGroupBox(self.tr("My passphrase"))
        self._user_name = self.session.actor.name
        self.change_passphrase_button = QPushButton(self.tr("Change my passphrase…"))
        self.change_passphrase_button.setObjectName("changeOwnPassphrase")
        self.change_passphrase_button.setEnabled(False)  # once the vault says how one signed in
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.passphrase_text = muted()
        row = QHBoxLayout()
        row.addWidget(self.passphrase_text, 1)
        row.addWidget(self.change_passphrase_button)
        QVBoxLayout(box).addLayout(row)
        vault_worker.run(self.session, access.vault_status, self._signed_in, owner=self)
        return box

    def _signed_in(self, status) -> None:
        self._user_name = status.user
        by_recovery = status.slot_kind == "recovery"
        self.change_passphrase_button.setEnabled(not by_recovery)
        self.passphrase_text.setText(
            self.tr(
                "You are signed in with the recovery key, which has no passphrase of its own. "
                'Use "Reset a passphrase" in the Vault menu instead.'
            )
            if by_recovery
            else self.tr(
                "Choose a new passphrase for yourself, for example when you think someone else "
                "may know it."
            )
        )

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.session, self._user_name, self)
        dialog.changed.connect(
            lambda: show_info(
                self,
                self.tr(
                    "Your passphrase has been changed. Use the new one from now on; the old one "
                    "no longer opens the vault."
                ),
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _idle_changed(self, minutes: int) -> None:
        settings.put(settings.IDLE_MINUTES, minutes)
        self.idle_minutes_changed.emit(minutes)

    def _schools(self) -> QGroupBox:
        box = QGroupBox(self.tr("Schools"))
        self.schools_model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda s: s.name),
                Column(self.tr("BRIN"), lambda s: s.brin),
                Column(self.tr("Town"), lambda s: s.address.town),
                Column(self.tr("Director"), lambda s: s.director_name),
            ],
            self,
        )
        table = table_view(self.schools_model)
        table.setMinimumHeight(150)
        table.setColumnWidth(0, 260)
        add = QPushButton(self.tr("Add a school…"))
        add.setObjectName("addSchool")
        add.clicked.connect(self.add_school)
        return self._with_button(box, table, add)

    def _users(self) -> QGroupBox:
        box = QGroupBox(self.tr("Users"))
        self.users_model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda u: u.name),
                Column(self.tr("Login name"), lambda u: u.keyslot_label),
                Column(self.tr("Role"), lambda u: labels.role(u.role)),
            ],
            self,
        )
        table = table_view(self.users_model)
        table.setMinimumHeight(150)
        table.setColumnWidth(0, 260)
        add = QPushButton(self.tr("Add a user…"))
        add.setObjectName("addUser")
        add.clicked.connect(self.add_user)
        add.setVisible(allowed(self.session, "user.manage"))
        return self._with_button(box, table, add)

    def _with_button(self, box: QGroupBox, table, button: QPushButton) -> QGroupBox:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.addLayout(row)
        return box

    def reload(self) -> None:
        schools, users = self.schools_model is not None, self.users_model is not None
        if not (schools or users):
            return
        vault_worker.run(
            self.session,
            lambda s: (
                people.list_schools(s) if schools else None,
                people.list_users(s) if users else None,
            ),
            lambda result: self._show(*result),
            self._failed,
            owner=self,
        )

    def _show(self, schools, users) -> None:
        if self.schools_model is not None and schools is not None:
            self.schools_model.set_rows(schools)
        if self.users_model is not None and users is not None:
            self.users_model.set_rows(users)

    def _failed(self, exc: BaseException) -> None:
        for model in (self.schools_model, self.users_model):
            if model is not None:
                model.clear()
        show_error(self, error_text(exc))

    def add_school(self) -> SchoolDialog:
        dialog = SchoolDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self.session, None, self, kdf=self.kdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clear(self) -> None:
        for model in (self.schools_model, self.users_model):
            if model is not None:
                model.clear()
