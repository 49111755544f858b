"""Evidence per incident. Images are shown from memory; other files only by export.

Nothing decrypted is written anywhere unless the user exports it to a place
they choose (logged by the core as an export). Filling the tab reads only the
list (logged as a list read); a file's content is read, and logged as viewed,
only when the user opens that item: Enter, a double-click, a click on the row
or "View". Moving through the rows shows what the list already holds. Every
read runs on the vault worker; new evidence (announced as a change) refreshes
the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import evidence
from ui import labels, vault_worker
from ui.clipboard import copy_private
from ui.i18n import file_dialog_options
from ui.messages import error_text
from ui.privacy import holds_personal_data
from ui.table_model import Column, RecordTableModel
from ui.text import datetime_text, fmt, moment_date_text, size_text
from ui.widgets import muted, show_error, show_info, table_view
from ui.workers import DelayedProgress


class PreviewLabel(QLabel):
    """Shows a decoded image scaled to fit; keeps it only in memory."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("evidencePreview")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image: QImage | None = None

    def show_image(self, image: QImage) -> None:
        self.image = image
        self._rescale()

    def show_text(self, text: str) -> None:
        self.image = None
        self.setPixmap(QPixmap())
        self.setText(text)

    def clear(self) -> None:
        self.image = None
        super().clear()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.image is None or self.image.isNull():
            return
        pixmap = QPixmap.fromImage(self.image)
        self.setPixmap(
            pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class EvidenceTab(QWidget):
    add_requested = Signal(object)  # the Incident

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._preview_task = None
        self._export_task = None
        self._preview_for = ""
        self._dossier_id = ""
        self._lists = vault_worker.Latest(self, session)
        self._restoring = False  # a refresh puts the cursor back on the chosen row
        self.incident = QComboBox()
        self.incident.setObjectName("evidenceIncident")
        self.incident.currentIndexChanged.connect(self._incident_changed)
        self.model = RecordTableModel(
            [
                Column(self.tr("File"), self._name),
                Column(
                    self.tr("Type"),
                    lambda e: (
                        labels.media_type(e.media_type)
                        if e.media_type
                        else self.tr("description only")
                    ),
                ),
                Column(
                    self.tr("Size"),
                    lambda e: size_text(e.size) if e.size else "",
                    sort=lambda e: e.size,
                    numeric=True,
                ),
                Column(
                    self.tr("Added"),
                    lambda e: moment_date_text(e.added_at),
                    sort=lambda e: e.added_at.isoformat(),
                ),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("evidenceTable")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        # Opening an item is a deliberate act; a tab filling up or focus arriving is not.
        self.table.activated.connect(lambda _index: self.view_current())
        self.table.clicked.connect(lambda _index: self.view_current())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview = PreviewLabel()
        self.details = muted()
        self.details.setObjectName("evidenceDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view_button = QPushButton(self.tr("&View"))
        self.view_button.setObjectName("viewEvidence")
        self.view_button.setAutoDefault(False)
        self.view_button.clicked.connect(self.view_current)
        self.copy_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_button.clicked.connect(self._copy_hash)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportEvidence")
        self.export_button.clicked.connect(self.export_current)
        self.add_button = QPushButton(self.tr("Add &evidence…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self._add)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Incident:")))
        top.addWidget(self.incident, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        holds_personal_data(self)
        vault_worker.watch(
            self,
            session,
            self._refresh_list,
            vault_worker.EVIDENCE,
            dossier_id=lambda: self._dossier_id,
        )
        self._update_buttons()

    def _name(self, item) -> str:
        if item.metadata_only:
            return fmt(self.tr("%1 (not stored)"), item.original_name)
        return item.original_name

    # -- loading ----------------------------------------------------------------

    def load(self, view) -> None:
        self._dossier_id = view.dossier.id
        current = self.incident.currentData()
        self.incident.blockSignals(True)
        self.incident.clear()
        for incident in view.incidents:
            self.incident.addItem(
                f"{moment_date_text(incident.occurred_at)} — {incident.title}", incident
            )
        ids = [i.id for i in view.incidents]
        if current is not None and current.id in ids:
            self.incident.setCurrentIndex(ids.index(current.id))
        self.incident.blockSignals(False)
        self._incident_changed()

    def current_incident(self):
        return self.incident.currentData()

    def _incident_changed(self) -> None:
        self._preview_for = ""
        self.preview.show_text("")
        self.details.clear()
        self.model.clear()
        self._refresh_list()

    def _refresh_list(self) -> None:
        """Read the current incident's list (logged as a list read) off the GUI thread."""
        incident = self.current_incident()
        if incident is None:
            self._lists.drop()
            self.model.clear()
            self.preview.show_text(self.tr("This dossier has no incidents yet."))
            self._update_buttons()
            return
        if not self.model.rowCount():
            self.preview.show_text(self.tr("Loading…"))
        incident_id = incident.id
        self._lists.run(
            lambda s: evidence.list_evidence(s, incident_id), self._listed, self._list_failed
        )

    def _listed(self, items) -> None:
        current = self.current_evidence()
        # No row is chosen for the user: selecting one here would open it, and log a
        # view of evidence nobody looked at. A refresh keeps the row the user chose
        # (and what it shows) without opening it again.
        self.model.set_rows(items)
        ids = [item.id for item in items]
        if current is not None and current.id in ids:
            proxy = self.table.model().mapFromSource(self.model.index(ids.index(current.id), 0))
            self._restoring = True
            try:
                self.table.setCurrentIndex(proxy)
            finally:
                self._restoring = False
        else:
            self._preview_for = ""
            self.details.clear()
            self.preview.show_text(
                self._choose_hint() if items else self.tr("No evidence for this incident yet.")
            )
        self._update_buttons()

    def _list_failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.preview.show_text(error_text(exc))
        self._update_buttons()

    def _choose_hint(self) -> str:
        return self.tr(
            'Choose a file and press Enter, double-click it or use "View" to see it. '
            "Viewing is logged."
        )

    def current_evidence(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.table.model().mapToSource(index)
        return self.model.record(source.row())

    def _update_buttons(self) -> None:
        item = self.current_evidence()
        has_file = item is not None and not item.metadata_only
        self.view_button.setEnabled(has_file and item.media_type.startswith("image/"))
        self.copy_button.setEnabled(has_file)
        self.export_button.setEnabled(has_file and self._export_task is None)
        self.add_button.setEnabled(self.current_incident() is not None)

    # -- preview ----------------------------------------------------------------

    def _selected(self, *_args) -> None:
        """A row became current: show what the list holds about it, not its content."""
        if self._restoring:
            return
        item = self.current_evidence()
        self._update_buttons()
        self._preview_for = ""
        if item is None:
            self.details.clear()
            return
        self.details.setText(self._describe(item))
        if item.metadata_only:
            self.preview.show_text(
                self.tr("Only a description was recorded; the file was not stored.")
            )
        elif not item.media_type.startswith("image/"):
            self.preview.show_text(
                self.tr(
                    'No preview for this kind of file. Use "Export…" to save it to a place '
                    "you choose; the export is logged."
                )
            )
        else:
            self.preview.show_text(self._choose_hint())

    def view_current(self) -> None:
        """The user opens the current item: its content is read (and logged as viewed)."""
        item = self.current_evidence()
        if item is None or item.metadata_only or not item.media_type.startswith("image/"):
            return
        if self._preview_for == item.id:
            return  # already shown (or on its way)
        self.preview.show_text(self.tr("Loading…"))
        self._preview_for = item.id
        evidence_id = item.id
        self._preview_task = vault_worker.run(
            self.session,
            lambda s: evidence.read_evidence(s, evidence_id),
            self._preview_loaded,
            self._preview_failed,
            owner=self,
        )

    def _describe(self, item) -> str:
        lines = [fmt(self.tr("Added on %1 by %2"), datetime_text(item.added_at), item.added_by)]
        if item.sha256:
            lines.append(fmt(self.tr("SHA-256: %1"), item.sha256))
        if item.captured_at:
            lines.append(fmt(self.tr("Captured or seen on: %1"), datetime_text(item.captured_at)))
        if item.seen_where:
            lines.append(fmt(self.tr("Seen where: %1"), item.seen_where))
        if item.seen_by:
            lines.append(fmt(self.tr("Seen by: %1"), item.seen_by))
        if item.source_url:
            lines.append(fmt(self.tr("Source: %1"), item.source_url))
        if item.description:
            lines.append(item.description)
        return "\n".join(lines)

    def _preview_loaded(self, result) -> None:
        self._preview_task = None
        item, data = result
        if item.id != self._preview_for:
            return
        image = QImage.fromData(data)
        del data
        if image.isNull():
            self.preview.show_text(self.tr("This image cannot be shown. Export it to view it."))
        else:
            self.preview.show_image(image)

    def _preview_failed(self, exc: BaseException) -> None:
        self._preview_task = None
        self._preview_for = ""
        self.preview.show_text(error_text(exc))

    # -- actions ----------------------------------------------------------------

    def _copy_hash(self) -> None:
        item = self.current_evidence()
        if item is not None and item.sha256:
            copy_private(item.sha256)

    def export_current(self, target: str | None = None) -> None:
        item = self.current_evidence()
        if item is None or item.metadata_only:
            return
        if target is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            # A neutral suggested name: original names may carry pupils' names, and the
            # operating system remembers what a save dialog suggested.
            neutral = (
                f"bewijs-{item.added_at:%Y%m%d}-{item.id[:6]}{Path(item.original_name).suffix}"
            )
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export evidence"),
                str(Path(folder) / neutral),
                options=file_dialog_options(),
            )
        if not target:
            return
        progress = DelayedProgress(self, self.tr("Exporting…"))
        progress.dialog.setRange(0, 0)
        evidence_id, path = item.id, Path(target)
        self.export_button.setEnabled(False)

        def done(written) -> None:
            progress.close()
            self._export_task = None
            self._update_buttons()
            show_info(self, fmt(self.tr("Exported to %1."), str(written)))

        def failed(exc: BaseException) -> None:
            progress.close()
            self._export_task = None
            self._update_buttons()
            show_error(self, error_text(exc))

        task = vault_worker.run(
            self.session,
            lambda s: evidence.export_evidence(s, evidence_id, path),
            done,
            failed,
            owner=self,
        )
        progress.attach(task)
        if not progress.closed:  # still running (a synchronous pool has finished already)
            self._export_task = task

    def _add(self) -> None:
        incident = self.current_incident()
        if incident is not None:
            self.add_requested.emit(incident)

    def clear(self) -> None:
        self._preview_for = ""
        self._lists.drop()  # a list still on its way is dropped
        self._dossier_id = ""
        self.preview.clear()
        self.details.clear()
        self.model.clear()
        self.incident.blockSignals(True)
        self.incident.clear()
        self.incident.blockSignals(False)
