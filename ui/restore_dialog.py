"""Restore a vault from a backup file, from the welcome screen.

The core checks the whole backup (member hashes, unlock, page checks, the
audit chain against the backup's anchor) in a staging folder before it puts
the vault in place, and replaces an existing vault only when asked, keeping
the old one under a dated name. That work takes a while, so it runs off the
GUI thread; the dialog then shows the verified result and offers to open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import access
from ui.i18n import file_dialog_options
from ui.keys import CarefulClose, never_default
from ui.messages import restore_error_text
from ui.restore_result import RestoreResult
from ui.text import fmt
from ui.widgets import FieldError, heading, muted
from ui.workers import run_task

BACKUP_SUFFIX = ".skotbackup"
VAULT_SUFFIX = ".skotvault"


def occupied(folder: Path) -> bool:
    """True when restoring there would replace something (the core refuses that unasked)."""
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class RestoreDialog(CarefulClose, QDialog):
    """Emits ``open_vault(folder)`` when the user wants to open the restored vault."""

    open_vault = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup — SKOT Dossier"))
        self.setMinimumWidth(640)
        self.report = None
        self._busy = False
        self._task = None
        self.result_panel = RestoreResult()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self.result_panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("startRestore")
        self.restore_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            self.tr("&Open the vault"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("openRestored")
        self.open_button.hide()
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_restored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self._update()

    def _form_page(self) -> QWidget:
        page = QWidget()
        self.backup_file = QLineEdit()
        self.backup_file.setObjectName("backupFile")
        self.backup_file.setPlaceholderText(self.tr("A file ending in .skotbackup"))
        self.target = QLineEdit()
        self.target.setObjectName("restoreTarget")
        self.by_passphrase = QRadioButton(self.tr("a &passphrase"))
        self.by_passphrase.setChecked(True)
        self.by_recovery = QRadioButton(self.tr("the recovery &key"))
        self.by_recovery.setObjectName("restoreWithRecoveryKey")
        self.by_recovery.toggled.connect(self._recovery_toggled)
        self.secret = QLineEdit()
        self.secret.setObjectName("restoreSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel(self.tr("Pass&phrase:"))
        self.secret_label.setBuddy(self.secret)
        self.replace = QCheckBox(self.tr("Replace the existing vault"))
        self.replace.setObjectName("replaceExisting")
        self.replace_note = muted(
            self.tr(
                "If the folder already holds a vault, it is replaced by the backup. The "
                "current vault is not deleted: it is kept next to it under a name with "
                "today's date."
            )
        )
        self.replace.toggled.connect(self.replace_note.setVisible)
        self.replace_note.hide()
        self.error = FieldError()
        self.error.setObjectName("restoreError")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.hide()
        self.status = muted()
        for edit in (self.backup_file, self.target, self.secret):
            edit.textChanged.connect(self._update)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label(self.tr("&Backup file:"), self.backup_file),
            self._with_browse(self.backup_file, self._browse_file),
        )
        form.addRow(
            self._label(self.tr("Restore &into:"), self.target),
            self._with_browse(self.target, self._browse_target),
        )
        form.addRow(
            "", muted(self.tr("A new or empty folder; a vault folder's name ends in .skotvault."))
        )
        methods = QHBoxLayout()
        methods.addWidget(self.by_passphrase)
        methods.addWidget(self.by_recovery)
        methods.addStretch(1)
        form.addRow(self.tr("Unlock with:"), methods)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.replace)
        form.addRow("", self.replace_note)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Restore a backup"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "The backup is checked completely first (files, encrypted database and "
                    "audit log) in a temporary folder. Only then is the vault put in place. "
                    "Use a passphrase that was valid when the backup was made, or the "
                    "recovery key."
                )
            )
        )
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        return page

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _with_browse(self, edit: QLineEdit, slot) -> QHBoxLayout:
        button = QPushButton(self.tr("Browse…"))
        never_default(button)
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    # -- choosing ---------------------------------------------------------------

    def _browse_file(self) -> None:
        start = self.backup_file.text() or str(documents())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup file"),
            start,
            self.tr("SKOT Dossier backups (*.skotbackup);;All files (*)"),
            options=file_dialog_options(),
        )
        if chosen:
            self.set_backup_file(Path(chosen))

    def set_backup_file(self, path: Path) -> None:
        self.backup_file.setText(str(path))
        if not self.target.text().strip():
            self.target.setText(str(documents() / self._vault_name()))

    def _vault_name(self) -> str:
        stem = Path(self.backup_file.text().strip()).stem or "Dossiers"
        return stem if stem.endswith(VAULT_SUFFIX) else stem + VAULT_SUFFIX

    def _browse_target(self) -> None:
        start = self.target.text() or str(documents())
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose where to restore the vault"),
            str(Path(start).parent),
            options=file_dialog_options(),
        )
        if not chosen:
            return
        folder = Path(chosen)
        # An empty folder or a vault (to replace) is meant as is; any other folder is
        # the place to create the vault folder in.
        if occupied(folder) and not (folder / "vault.json").is_file():
            folder = folder / self._vault_name()
        self.target.setText(str(folder))

    def _recovery_toggled(self, on: bool) -> None:
        self.secret_label.setText(self.tr("Recovery &key:") if on else self.tr("Pass&phrase:"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("ABCD-EFGH-JKMN-…" if on else "")
        self.secret.clear()

    def _update(self) -> None:
        ready = all(e.text().strip() for e in (self.backup_file, self.target, self.secret))
        self.restore_button.setEnabled(ready and not self._busy)
        if not self._busy:
            self.error.show_message("")

    # -- restoring --------------------------------------------------------------

    def start(self) -> QMessageBox | None:
        """Ask before replacing anything; otherwise restore at once."""
        if self._busy or not self.restore_button.isEnabled():
            return None
        target = Path(self.target.text().strip())
        if self.replace.isChecked() and occupied(target):
            return self._confirm_replace(target)
        self._run()
        return None

    def _confirm_replace(self, target: Path) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("confirmReplace")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Replace the existing vault?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            fmt(
                self.tr(
                    "The vault in %1 will be replaced by the backup.\n\nEverything added to "
                    "it after the backup was made will no longer be in the restored vault. "
                    "The current vault is kept, unchanged, as %2.replaced-<date and time>; "
                    "do not delete it before you have checked the restored vault."
                ),
                str(target),
                target.name,
            )
        )
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("confirmReplaceButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole and self._run()
            )
        )
        box.open()
        return box

    def _run(self) -> None:
        backup, target = Path(self.backup_file.text().strip()), Path(self.target.text().strip())
        secret, recovery, replace = (
            self.secret.text(),
            self.by_recovery.isChecked(),
            self.replace.isChecked(),
        )
        self.secret.clear()  # the typed secret does not linger in the field
        self._set_busy(True)
        self._task = run_task(
            lambda: access.restore(
                backup, target, secret, label=None, use_recovery=recovery, replace=replace
            ),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.pages.widget(0).setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setText(
            self.tr("Checking the backup and restoring the vault… this can take a while.")
            if busy
            else ""
        )
        self._update()

    def _done(self, report) -> None:
        self._set_busy(False)
        self.report = report
        self.result_panel.show_report(report)
        self.pages.setCurrentWidget(self.result_panel)
        self.restore_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()  # the form that had the focus is gone: Enter opens
        self.cancel_button.setText(self.tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(restore_error_text(exc))
        self.secret.setFocus()

    def _open_restored(self) -> None:
        if self.report is not None:
            folder = Path(self.report.folder)
            self.accept()
            self.open_vault.emit(folder)

    def is_busy(self) -> bool:
        return self._busy  # the core finishes or rolls back by itself; closing would hide that

    def discard(self) -> None:
        self.secret.clear()
        super().discard()
