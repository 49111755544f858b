"""Make a backup of the open vault: choose a file, then copy on the vault worker.

The backup stays encrypted (nothing in it is readable without a passphrase or
the recovery key) and carries the audit log's check number, which restoring
verifies; the user is shown that number to note down. While it is written the
window stays usable: what the user asks for meanwhile waits in the worker's
queue and comes once the backup is done (the progress is therefore not modal).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from skot_dossier.domain import clock
from skot_dossier.services import access
from ui import vault_worker
from ui.i18n import file_dialog_options
from ui.messages import error_text
from ui.text import fmt
from ui.widgets import show_error, show_info
from ui.workers import DelayedProgress

BACKUP_SUFFIX = ".skotbackup"


def suggested_path(vault_path: Path, today: date | None = None) -> Path:
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    stem = Path(vault_path).name.removesuffix(".skotvault") or "Dossiers"
    return folder / f"{stem}-{(today or clock.today()).isoformat()}{BACKUP_SUFFIX}"


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


class BackupRunner(QObject):
    """One backup at a time for a window; emits ``made(info)`` with the ``BackupInfo``."""

    made = Signal(object)

    def __init__(self, window: QWidget, session, vault_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.vault_path = Path(vault_path)
        self.busy = False
        self._task = None
        self.progress: DelayedProgress | None = None

    def choose_and_run(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a backup of the vault"),
            str(suggested_path(self.vault_path)),
            self.tr("SKOT Dossier backups (*.skotbackup)"),
            options=file_dialog_options(),
        )
        if chosen:
            self.run(Path(chosen))

    def run(self, target: Path) -> None:
        if self.busy:
            return
        if not target.name.endswith(BACKUP_SUFFIX):
            target = target.with_name(target.name + BACKUP_SUFFIX)
        if inside(target, self.vault_path):
            show_error(
                self.window,
                self.tr(
                    "Do not save the backup inside the vault folder itself. Choose another "
                    "place, preferably another disk."
                ),
            )
            return
        self.progress = DelayedProgress(self.window, self.tr("Making a backup…"))
        self.progress.dialog.setRange(0, 0)  # no steps to count: a moving bar
        self.progress.dialog.setCancelButton(None)  # a backup is quick and cannot stop half-way
        self.progress.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.busy = True
        self._task = vault_worker.run(
            self.session,
            lambda s: access.backup(s, target),
            self._done,
            self._failed,
            owner=self,
        )

    def _finish(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, info) -> None:
        self._finish()
        show_info(
            self.window,
            fmt(
                self.tr(
                    "The backup has been saved:\n%1\n\nCheck number (controlegetal): %2\n\n"
                    "Note the check number; restoring the backup verifies it. Keep the "
                    "backup somewhere other than this computer. Without a passphrase or the "
                    "recovery key nobody can read it."
                ),
                str(info.path),
                str(info.anchor),
            ),
            self.tr("Backup made"),
        )
        self.made.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        show_error(
            self.window,
            fmt(self.tr("No backup was made. %1"), error_text(exc)),
        )
