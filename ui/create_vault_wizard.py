"""Create a new vault: where, who, a passphrase, then the recovery key (shown once)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from skot_dossier.domain.enums import Role
from skot_dossier.services import access
from ui import recovery_sheet
from ui.i18n import file_dialog_options
from ui.keys import CarefulClose, never_default
from ui.messages import error_text
from ui.passphrase_meter import MIN_CHARS, PassphraseMeter
from ui.resources import icon
from ui.text import fmt
from ui.widgets import FieldError, muted, show_error, show_info
from ui.workers import run_task

SUFFIX = ".skotvault"


class PlacePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where and who"))
        self.setSubTitle(
            self.tr("The vault is one folder. Choose a place that is backed up, not a USB stick.")
        )
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = QLineEdit(documents)
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("&Browse…"))
        never_default(browse)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.vault_name = QLineEdit(self.tr("Dossiers"))
        self.vault_name.setObjectName("vaultName")
        self.outcome = muted()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.user_name = QLineEdit()
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(self.tr("e.g. Fatima Bakker"))
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("e.g. hr"))
        self.as_admin = QRadioButton(self.tr("Administrator: sets up schools and users"))
        self.as_hr = QRadioButton(self.tr("HR officer: keeps dossiers and handles incidents"))
        self.as_admin.setChecked(True)
        self.as_admin.toggled.connect(self._suggest_login)
        self.error = FieldError()
        for edit in (self.folder, self.vault_name):
            edit.textChanged.connect(self._update_result)
        self.user_name.textChanged.connect(self.completeChanged)
        self.login.textChanged.connect(self.completeChanged)

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Name of the vault:"), self.vault_name)
        form.addRow("", self.outcome)
        form.addRow(self.tr("Your &name:"), self.user_name)
        form.addRow(self.tr("&Login name:"), self.login)
        form.addRow(
            "",
            muted(
                self.tr(
                    "The login name is readable without the passphrase (it is shown when "
                    'unlocking), so use a short name like "hr", not your full name.'
                )
            ),
        )
        roles = QVBoxLayout()
        roles.addWidget(self.as_admin)
        roles.addWidget(self.as_hr)
        form.addRow(self.tr("Your role:"), roles)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self._suggest_login()
        self._update_result()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), self.folder.text(), options=file_dialog_options()
        )
        if chosen:
            self.folder.setText(chosen)

    def _suggest_login(self) -> None:
        if self.login.text() in ("", "beheer", "hr"):
            self.login.setText("beheer" if self.as_admin.isChecked() else "hr")

    def role(self) -> str:
        return Role.ADMIN.value if self.as_admin.isChecked() else Role.HR.value

    def vault_path(self) -> Path:
        name = self.vault_name.text().strip() or "Dossiers"
        if not name.endswith(SUFFIX):
            name += SUFFIX
        return Path(self.folder.text().strip()) / name

    def _update_result(self) -> None:
        self.outcome.setText(fmt(self.tr("The vault will be: %1"), str(self.vault_path())))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(
            self.folder.text().strip()
            and self.user_name.text().strip()
            and self.login.text().strip()
        )

    def validatePage(self) -> bool:  # noqa: N802
        path = self.vault_path()
        if not path.parent.is_dir():
            self.error.show_message(self.tr("This folder does not exist. Choose another one."))
            return False
        if path.exists():
            self.error.show_message(
                self.tr("There is already a vault or folder with this name. Choose another name.")
            )
            return False
        self.error.show_message("")
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._busy = False
        self._task = None
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "A passphrase is a short sentence only you know, for example four unrelated "
                "words. At least %1 characters."
            ).replace("%1", str(MIN_CHARS))
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter()
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.toggled.connect(self._show_text)
        self.error = FieldError()
        self.status = muted()
        self.passphrase.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(self._changed)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)

    def _show_text(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        self.error.show_message("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self._busy and self.meter.level > 0 and bool(self.repeat.text())

    def creating(self) -> bool:
        return self._busy

    def validatePage(self) -> bool:  # noqa: N802
        if self._wizard.session is not None:
            return True
        if self.passphrase.text() != self.repeat.text():
            self.error.show_message(self.tr("The two passphrases are not the same."))
            return False
        if not self._busy:
            self._create()
        return self._wizard.session is not None

    def _create(self) -> None:
        place = self._wizard.place
        path, name, role = place.vault_path(), place.user_name.text().strip(), place.role()
        login, passphrase, kdf = (
            place.login.text().strip(),
            self.passphrase.text(),
            self._wizard.kdf,
        )
        self.status.setText(
            self.tr("Creating the vault… the key is being calculated; this takes a few seconds.")
        )
        for widget in (self.passphrase, self.repeat):
            widget.setEnabled(False)
        self._busy = True
        self._task = run_task(
            lambda: access.create_vault(path, name, role, passphrase, keyslot_label=login, kdf=kdf),
            self._created,
            self._failed,
        )
        self.completeChanged.emit()

    def _created(self, result) -> None:
        self._busy = False
        self._wizard.session, self._wizard.recovery_key = result
        self.passphrase.clear()
        self.repeat.clear()
        self.status.setText("")
        if self._wizard.currentPage() is self and not self._wizard.validating:
            self._wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        for widget in (self.passphrase, self.repeat):
            widget.setEnabled(True)
        self.status.setText("")
        self.error.show_message(error_text(exc))
        self.completeChanged.emit()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, only this key opens the vault. It is shown "
                "now and never again."
            )
        )
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet(
            "font-family: 'DejaVu Sans Mono', monospace; font-size: 16pt; padding: 14px;"
            "border: 2px solid #1F3A5F; border-radius: 6px; background: #f4f7fa; color: #1F3A5F;"
        )
        self.save_button = QPushButton(self.tr("Save as &PDF…"))
        self.save_button.clicked.connect(self._save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self._print)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.confirm = QCheckBox(
            self.tr(
                "I have stored the recovery key safely (printed, or saved outside this computer)."
            )
        )
        self.confirm.setObjectName("confirmStored")
        self.registerField("stored*", self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(
            muted(
                self.tr(
                    "Keep it in the foundation's safe, separate from the computer. "
                    "Anyone who has this key can open the vault."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # noqa: N802
        self.key.setText(self._wizard.recovery_key or "")

    def _save_pdf(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(documents) / self.tr("SKOT recovery key.pdf"))
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            suggested,
            self.tr("PDF (*.pdf)"),
            options=file_dialog_options(),
        )
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            recovery_sheet.save_pdf(
                self.key.text(), self._wizard.place.vault_path().name, Path(target)
            )
        except OSError as exc:
            show_error(self, error_text(exc))
            return
        show_info(
            self,
            self.tr(
                "Saved. Print it or move it to a USB stick kept in the safe, then delete it "
                "from this computer."
            ),
        )

    def _print(self) -> None:
        recovery_sheet.print_sheet(self.key.text(), self._wizard.place.vault_path().name, self)


class CreateVaultWizard(CarefulClose, QWizard):
    """Emits ``created(session)`` once the recovery key has been stored."""

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, kdf=None) -> None:
        super().__init__(parent)
        self.kdf = kdf  # None: calibrated for this machine (tests pass a cheap profile)
        self.session = None
        self.recovery_key: str | None = None
        self.validating = False
        self.setWindowTitle(self.tr("New vault — SKOT Dossier"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(700, 540)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        self.place = PlacePage()
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryKeyPage(self)
        for page in (self.place, self.passphrase, self.recovery):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))

    def validateCurrentPage(self) -> bool:  # noqa: N802
        self.validating = True
        try:
            return super().validateCurrentPage()
        finally:
            self.validating = False

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        if self.page(page_id) is self.recovery:
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def accept(self) -> None:
        if self.session is None:
            return
        session, self.session = self.session, None
        self.recovery_key = None
        self.recovery.key.clear()
        super().accept()
        self.created.emit(session)

    def is_busy(self) -> bool:
        # Creating (the key is being derived), or created: the vault exists, and its
        # recovery key must not get lost by a stray Escape.
        return self.passphrase.creating() or self.session is not None

    def typed_work(self) -> bool:
        place = self.place
        return bool(
            place.user_name.text().strip()
            or self.passphrase.passphrase.text()
            or self.passphrase.repeat.text()
        )
