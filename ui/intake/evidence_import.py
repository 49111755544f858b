"""Store the chosen evidence on the vault worker, with a cancellable progress dialog.

Each file is its own transaction in the core: a cancelled or refused file
leaves nothing behind, and the files before it stay stored. What was stored is
announced as new evidence (the dossier's evidence tab shows it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from skot_dossier.domain.model import Evidence
from skot_dossier.errors import SkotError
from skot_dossier.services import evidence
from skot_dossier.services.evidence import Cancelled
from ui import vault_worker
from ui.intake.evidence_picker import EvidencePlan
from ui.workers import DelayedProgress, Task


@dataclass(frozen=True)
class ImportOutcome:
    name: str
    evidence: Evidence | None = None
    error: BaseException | None = None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def store_plan(session, incident_id: str, plan: EvidencePlan, task: Task) -> list[ImportOutcome]:
    """Runs on a worker thread; reports bytes done over all files."""
    outcomes: list[ImportOutcome] = []
    total = sum(_size(path) for path, _draft in plan.files) or 1
    done_before = 0
    cancelled = False
    for path, draft in plan.files:
        if cancelled or task.cancelled:
            cancelled = True
            outcomes.append(ImportOutcome(path.name, error=Cancelled()))
            continue
        base = done_before

        def progress(done: int, _total: int, base: int = base) -> bool:
            return task.report(base + done, total)

        try:
            stored = evidence.add_evidence(
                session,
                incident_id,
                path,
                draft,
                confirm_no_minor_sexual_content=plan.confirm_no_minor_images,
                progress=progress,
            )
            outcomes.append(ImportOutcome(path.name, stored))
        except Cancelled as exc:
            cancelled = True
            outcomes.append(ImportOutcome(path.name, error=exc))
        except (SkotError, OSError) as exc:
            outcomes.append(ImportOutcome(path.name, error=exc))
        done_before += _size(path)
    for draft in plan.metadata:
        try:
            stored = evidence.add_evidence_metadata_only(session, incident_id, draft)
            outcomes.append(ImportOutcome(stored.original_name, stored))
        except SkotError as exc:
            outcomes.append(ImportOutcome(draft.original_name or "—", error=exc))
    return outcomes


def _stored(outcomes: list[ImportOutcome]) -> vault_worker.Changes | None:
    if any(o.evidence is not None for o in outcomes):
        return vault_worker.changes(vault_worker.EVIDENCE)
    return None


class EvidenceImport(QObject):
    """Emits ``finished(list[ImportOutcome])``; never raises into the GUI."""

    finished = Signal(list)

    def __init__(self, session, incident_id: str, plan: EvidencePlan, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.incident_id = incident_id
        self.plan = plan
        self._parent = parent
        self.task: Task | None = None
        self.progress: DelayedProgress | None = None

    def start(self) -> None:
        if self.plan.is_empty():
            self.finished.emit([])
            return
        self.progress = DelayedProgress(
            self._parent,
            QCoreApplication.translate("EvidenceImport", "Storing the evidence in the vault…"),
        )
        self.progress.dialog.setCancelButtonText(
            QCoreApplication.translate("EvidenceImport", "Cancel")
        )
        incident_id, plan = self.incident_id, self.plan
        task = vault_worker.run(
            self.session,
            lambda session, task: store_plan(session, incident_id, plan, task),
            self._done,
            self._failed,
            owner=self,
            changes=_stored,
            on_progress=self.progress.update,
            with_control=True,
        )
        if self.progress is not None:  # still running (a synchronous pool has finished)
            self.task = task
            self.progress.attach(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, outcomes: list[ImportOutcome]) -> None:
        self._close_progress()
        self.task = None
        self.finished.emit(outcomes)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.task = None
        self.finished.emit([ImportOutcome("—", error=exc)])
