"""Save a report to a file: ask where, write it off the GUI thread, say where it went.

Used for the audit log exports, the checkpoint and the processing register.
The writing function is one of the core's service calls; it gets the session
and the chosen path (with the right suffix) and runs on the vault worker. The
export is itself logged, so it is announced as a change to the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from skot_dossier.domain import clock
from ui import vault_worker
from ui.i18n import file_dialog_options
from ui.messages import error_text
from ui.text import fmt
from ui.widgets import show_error, show_info
from ui.workers import DelayedProgress


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def dated_name(stem: str, suffix: str, today: date | None = None) -> str:
    return f"{stem}-{(today or clock.today()).isoformat()}{suffix}"


class FileExport(QObject):
    """One export at a time; emits ``saved(path)`` once the file is written.

    ``formats`` pairs a file-dialog filter with its suffix, e.g.
    ``("PDF (*.pdf)", ".pdf")``; a name typed without a known suffix gets the
    one of the chosen filter.
    """

    saved = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        session,
        *,
        title: str,
        stem: str,
        formats: Sequence[tuple[str, str]],
        write: Callable[[Any, Path], Any],
        busy_text: str,
        done_text: Callable[[Path], str],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.title = title
        self.stem = stem
        self.formats = list(formats)
        self.write = write
        self.busy_text = busy_text
        self.done_text = done_text
        self.busy = False
        self.progress: DelayedProgress | None = None

    def choose_and_run(self) -> None:
        if self.busy:
            return
        suggested = documents_folder() / dated_name(self.stem, self.formats[0][1])
        chosen, selected = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.title,
            str(suggested),
            ";;".join(f for f, _ in self.formats),
            options=file_dialog_options(),
        )
        if chosen:
            self.run(self.with_suffix(Path(chosen), selected))

    def with_suffix(self, target: Path, selected_filter: str = "") -> Path:
        if any(target.name.lower().endswith(s) for _, s in self.formats):
            return target
        suffix = next((s for f, s in self.formats if f == selected_filter), self.formats[0][1])
        return target.with_name(target.name + suffix)

    def run(self, target: Path) -> None:
        if self.busy:
            return
        self.busy = True
        self.progress = DelayedProgress(self.parent_widget, self.busy_text)
        self.progress.dialog.setRange(0, 0)  # no steps to count: a moving bar
        self.progress.dialog.setCancelButton(None)  # the core writes the file in one go
        write = self.write
        vault_worker.run(
            self.session,
            lambda s: write(s, target),
            lambda _result: self._done(target),
            self._failed,
            owner=self,
            changes=vault_worker.changes(vault_worker.AUDIT),
        )

    def _finish(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, target: Path) -> None:
        self._finish()
        show_info(self.parent_widget, self.done_text(target), self.title)
        self.saved.emit(target)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        show_error(
            self.parent_widget,
            fmt(self.tr("The file was not saved. %1"), error_text(exc)),
            self.title,
        )
