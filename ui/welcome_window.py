"""First screen when no vault is open: create one, open one, or restore a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.errors import SkotError
from ui import settings
from ui.create_vault_wizard import CreateVaultWizard
from ui.i18n import file_dialog_options
from ui.messages import error_text
from ui.resources import icon
from ui.restore_dialog import RestoreDialog
from ui.text import fmt, mnemonic_safe
from ui.unlock_dialog import UnlockDialog
from ui.widgets import heading, muted, show_error


class WelcomeWindow(QWidget):
    """Emits ``session_ready(session, vault_path, login)``."""

    session_ready = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None, *, kdf=None) -> None:
        super().__init__(parent)
        self.kdf = kdf
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(self.tr("Welcome — SKOT Dossier"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(760, 480)
        self.resize(900, 540)  # room for the subtitle on two lines

        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(80, 80))
        title = heading(self.tr("SKOT Dossier"), 10)
        subtitle = QLabel(
            self.tr(
                "Dossiers about social-media misuse by staff and pupils: encrypted, only on "
                "this computer, and every view and change logged."
            )
        )
        subtitle.setWordWrap(True)
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(subtitle)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addLayout(header_text, 1)

        self.last_button = QCommandLinkButton()
        self.last_button.setObjectName("openLast")
        self.last_button.clicked.connect(self._open_last)
        self.create_button = QCommandLinkButton(
            self.tr("Create a new vault"),
            self.tr("For a first start: choose a place, your role and a passphrase."),
        )
        self.create_button.setObjectName("createVault")
        self.create_button.setIcon(icon("new-dossier"))
        self.create_button.clicked.connect(self.create_vault)
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing vault"),
            self.tr("A vault folder (ending in .skotvault) on this computer or a network drive."),
        )
        self.open_button.setObjectName("openVault")
        self.open_button.setIcon(icon("lock"))
        self.open_button.clicked.connect(self.choose_vault)
        self.restore_button = QCommandLinkButton(
            self.tr("Restore a backup"),
            self.tr("Put back a vault from a backup file, for example after a lost laptop."),
        )
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setIcon(icon("restore"))
        self.restore_button.clicked.connect(self.restore_backup)
        card = QFrame()
        card.setObjectName("welcomeCard")
        actions = QVBoxLayout(card)
        actions.setContentsMargins(16, 16, 16, 16)
        actions.setSpacing(8)
        for button in (self.last_button, self.create_button, self.open_button, self.restore_button):
            button.setIconSize(QSize(32, 32))
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addLayout(header)
        layout.addSpacing(20)
        layout.addWidget(card)
        layout.addStretch(1)
        layout.addWidget(muted(self.tr("Works without internet. Nothing is sent anywhere.")))
        self._show_last()

    def _show_last(self) -> None:
        last = settings.get(settings.LAST_VAULT)
        exists = bool(last) and (Path(last) / "vault.json").is_file()
        self.last_button.setVisible(exists)
        if exists:
            self.last_button.setText(fmt(self.tr("Open %1"), mnemonic_safe(Path(last).name)))
            self.last_button.setDescription(fmt(self.tr("Last used: %1"), last))
            self.last_button.setIcon(icon("lock"))

    def _open_last(self) -> None:
        self.open_vault(Path(settings.get(settings.LAST_VAULT)))

    def create_vault(self) -> CreateVaultWizard:
        wizard = CreateVaultWizard(self, kdf=self.kdf)
        wizard.created.connect(
            lambda session: self._ready(
                session, wizard.place.vault_path(), wizard.place.login.text()
            )
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def choose_vault(self) -> None:
        start = settings.get(settings.LAST_VAULT) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the vault folder"), start, options=file_dialog_options()
        )
        if chosen:
            self.open_vault(Path(chosen))

    def open_vault(self, path: Path) -> UnlockDialog | None:
        try:
            dialog = UnlockDialog(path, self)
        except (SkotError, OSError) as exc:
            show_error(
                self,
                error_text(exc)
                if isinstance(exc, SkotError)
                else fmt(self.tr("This folder cannot be opened as a vault: %1"), str(path)),
            )
            return None
        dialog.unlocked.connect(
            lambda session: self._ready(session, path, dialog.panel.user.currentText())
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore_backup(self) -> RestoreDialog:
        dialog = RestoreDialog(self)
        dialog.open_vault.connect(self.open_vault)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ready(self, session, path: Path, login: str) -> None:
        settings.put(settings.LAST_VAULT, str(Path(path).resolve()))
        self.session_ready.emit(session, Path(path), login)
