"""The privacy officer's exports of the log: what the list shows as CSV or PDF, and a
checkpoint.

An export covers exactly the rows on screen: the filtered log, or who looked at one
person. Each file states whether the chain verified and carries the check number;
the checkpoint is the document to file outside the app, so a later rewrite of the
log is noticed. Every export is itself logged by the core.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from skot_dossier.services import audit_review
from ui.file_export import FileExport
from ui.text import fmt

Query = Callable[[], audit_review.LogQuery]


class AuditExports(QWidget):
    """Three buttons; emits ``saved(path)`` after each file written."""

    saved = Signal(object)

    def __init__(self, parent: QWidget, session, query: Query) -> None:
        super().__init__(parent)
        self.session = session
        self.query = query
        self.running: FileExport | None = None
        self.csv_button = QPushButton(self.tr("Export as &CSV…"))
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.setToolTip(self.tr("The entries the list shows, for a spreadsheet."))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Export as &PDF…"))
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.setToolTip(self.tr("The entries the list shows, to print or to file."))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.checkpoint_button = QPushButton(self.tr("Record a checkpoint (PDF)…"))
        self.checkpoint_button.setObjectName("checkpointPdf")
        self.checkpoint_button.setToolTip(
            self.tr(
                "One page with today's check number. File it outside SKOT Dossier: a log "
                "rewritten later no longer matches it."
            )
        )
        self.checkpoint_button.clicked.connect(self.checkpoint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.checkpoint_button)

    def _start(self, export: FileExport) -> FileExport | None:
        if self.running is not None and self.running.busy:
            return None
        if self.running is not None:
            self.running.deleteLater()
        self.running = export
        export.saved.connect(self.saved.emit)
        export.choose_and_run()
        return export

    def _period_export(self, kind: str, suffix: str, file_filter: str, write) -> FileExport | None:
        query = self.query()
        return self._start(
            FileExport(
                self,
                self.session,
                title=self.tr("Save the audit log"),
                stem=self.tr("Audit-log"),
                formats=[(file_filter, suffix)],
                write=lambda session, target: write(session, target, query),
                busy_text=self.tr("Saving the audit log…"),
                done_text=lambda path: fmt(
                    self.tr(
                        "The audit log has been saved (%1):\n%2\n\nThe file says at the top "
                        "whether the chain is intact, with the check number (controlegetal)."
                    ),
                    kind,
                    str(path),
                ),
            )
        )

    def export_csv(self) -> FileExport | None:
        return self._period_export(
            "CSV", ".csv", self.tr("CSV files (*.csv)"), audit_review.export_csv
        )

    def export_pdf(self) -> FileExport | None:
        return self._period_export(
            "PDF", ".pdf", self.tr("PDF documents (*.pdf)"), audit_review.export_pdf
        )

    def checkpoint(self) -> FileExport | None:
        return self._start(
            FileExport(
                self,
                self.session,
                title=self.tr("Record a checkpoint"),
                stem=self.tr("Checkpoint-audit-log"),
                formats=[(self.tr("PDF documents (*.pdf)"), ".pdf")],
                write=lambda session, target: audit_review.checkpoint_pdf(session, Path(target)),
                busy_text=self.tr("Recording the checkpoint…"),
                done_text=lambda path: fmt(
                    self.tr(
                        "The checkpoint has been saved:\n%1\n\nPrint it or keep it outside "
                        "SKOT Dossier, for example in the data protection officer's archive. "
                        "A log rewritten later no longer matches its check number."
                    ),
                    str(path),
                ),
            )
        )
