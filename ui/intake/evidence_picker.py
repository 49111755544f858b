"""Choose evidence files (picker or drag-and-drop), or record only what was seen.

For categories where sexual images of minors can occur, files need an explicit
confirmation; the metadata-only route stores where, when and by whom
something was seen, and never the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.domain.enums import MINOR_IMAGE_RISK
from skot_dossier.problems import Problem, problem
from ui.date_fields import MomentEdit
from ui.i18n import file_dialog_options
from ui.messages import problem_text
from ui.text import size_text, tooltip_text
from ui.widgets import FieldError, FormErrors

WARNING_STYLE = (
    "background: #fde7e9; border: 1px solid #e3a0a6; border-radius: 4px; padding: 8px;"
    "color: #1b1b1b;"
)


@dataclass
class EvidencePlan:
    files: list[tuple[Path, EvidenceDraft]] = field(default_factory=list)
    metadata: list[EvidenceDraft] = field(default_factory=list)
    confirm_no_minor_images: bool = False

    def is_empty(self) -> bool:
        return not self.files and not self.metadata


class DropList(QListWidget):
    """A file list that accepts files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceFiles")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setMinimumHeight(120)

    @staticmethod
    def _paths(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr('Drag files here, or choose "Add files…"'),
            )


class EvidencePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors(FieldError())
        self._risky = False
        self.files_mode = QRadioButton(self.tr("Add files (screenshots, photos, videos, PDFs)"))
        self.files_mode.setObjectName("filesMode")
        self.metadata_mode = QRadioButton(
            self.tr("Record only what was seen; do not store the file")
        )
        self.metadata_mode.setObjectName("metadataMode")
        self.files_mode.setChecked(True)
        self.files_mode.toggled.connect(self._mode_changed)

        self.file_list = DropList()
        self.file_list.files_dropped.connect(self.add_files)
        choose = QPushButton(self.tr("Add &files…"))
        choose.clicked.connect(self._choose)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self._remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(choose)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        self.description = QLineEdit()
        self.description.setObjectName("evidenceDescription")
        self.description.setPlaceholderText(self.tr("Optional: what the files show"))
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("https://…")
        self.guard = QLabel(
            self.tr(
                "In this kind of incident a file may show a sexual image of a minor. Such images "
                'may never be stored or passed on, not even as evidence: choose "Record only '
                'what was seen" and report it to the police.'
            )
        )
        self.guard.setWordWrap(True)
        self.guard.setStyleSheet(WARNING_STYLE)
        self.confirm = QCheckBox(
            self.tr("I have checked: these files contain no sexual image of a minor.")
        )
        self.confirm.setObjectName("confirmNoMinorImages")
        self.confirm.toggled.connect(self.changed.emit)
        self.files_panel = QWidget()
        files = QFormLayout(self.files_panel)
        files.setContentsMargins(0, 0, 0, 0)
        files.addRow(self.file_list)
        files.addRow(file_buttons)
        files.addRow(self.tr("Description:"), self.description)
        files.addRow(self.tr("Source (web address):"), self.source_url)
        files.addRow("", self.errors.add("source_url"))
        files.addRow(self.confirm)
        files.addRow(self.errors.add("file"))

        self.seen_where = QLineEdit()
        self.seen_where.setObjectName("seenWhere")
        self.seen_where.setPlaceholderText(self.tr("e.g. in the class group chat on WhatsApp"))
        self.seen_by = QLineEdit()
        self.seen_by.setObjectName("seenBy")
        self.seen_by.setPlaceholderText(self.tr("e.g. the director and the group teacher"))
        self.seen_at = MomentEdit()
        self.seen_at.setObjectName("seenAt")
        self.seen_at.checked.connect(
            lambda problem: self.errors.labels["captured_at"].show_message(
                problem_text(problem) if problem else ""
            )
        )
        self.seen_what = QPlainTextEdit()
        self.seen_what.setTabChangesFocus(True)
        self.seen_what.setPlaceholderText(self.tr("Describe what was seen, without copying it."))
        self.metadata_panel = QWidget()
        seen = QFormLayout(self.metadata_panel)
        seen.setContentsMargins(0, 0, 0, 0)
        seen.addRow(self.tr("Seen &where:"), self.seen_where)
        seen.addRow("", self.errors.add("seen_where"))
        seen.addRow(self.tr("Seen &by:"), self.seen_by)
        seen.addRow("", self.errors.add("seen_by"))
        seen.addRow(self.tr("Seen &on:"), self.seen_at)
        seen.addRow("", self.errors.add("captured_at"))
        seen.addRow(self.tr("What was seen:"), self.seen_what)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.guard)
        layout.addWidget(self.files_mode)
        layout.addWidget(self.metadata_mode)
        layout.addWidget(line)
        layout.addWidget(self.files_panel)
        layout.addWidget(self.metadata_panel)
        layout.addWidget(self.errors.general)
        self.set_category("")
        self._mode_changed()

    # -- state ------------------------------------------------------------------

    def set_category(self, category: str) -> None:
        self.set_risky(category in MINOR_IMAGE_RISK)

    def set_risky(self, risky: bool) -> None:
        """Files may show sexual images of minors: ask for the explicit confirmation."""
        self._risky = risky
        self.guard.setVisible(self._risky)
        self.confirm.setVisible(self._risky)
        if not self._risky:
            self.confirm.setChecked(False)

    def _mode_changed(self) -> None:
        files = self.files_mode.isChecked()
        self.files_panel.setVisible(files)
        self.metadata_panel.setVisible(not files)
        self.changed.emit()

    def add_files(self, paths) -> None:
        known = set(self.files())
        for path in map(Path, paths):
            if not path.is_file() or path in known:
                continue
            known.add(path)
            item = QListWidgetItem(f"{path.name}  ({size_text(path.stat().st_size)})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(tooltip_text(str(path)))
            self.file_list.addItem(item)
        self.changed.emit()

    def _choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose evidence files"), folder, options=file_dialog_options()
        )
        self.add_files(chosen)

    def _remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self.changed.emit()

    def files(self) -> list[Path]:
        return [
            Path(self.file_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.file_list.count())
        ]

    def metadata_chosen(self) -> bool:
        return self.metadata_mode.isChecked()

    # -- result -----------------------------------------------------------------

    def check(self) -> bool:
        """Problems a person can fix before anything is stored."""
        problems: dict[str, Problem] = {}
        if self.metadata_chosen():
            if not self.seen_where.text().strip():
                problems["seen_where"] = problem("seen_where_required")
            if not self.seen_by.text().strip():
                problems["seen_by"] = problem("seen_by_required")
            seen_at = self.seen_at.problem()
            if seen_at is not None:
                problems["captured_at"] = seen_at
        elif self.files() and self._risky and not self.confirm.isChecked():
            self.errors.show({})
            self.errors.labels["file"].show_message(
                self.tr("Confirm the check above, or record only what was seen.")
            )
            return False
        self.errors.show(problems)
        return not problems

    def plan(self) -> EvidencePlan:
        if self.metadata_chosen():
            draft = EvidenceDraft(
                description=self.seen_what.toPlainText(),
                captured_at=self.seen_at.value(),
                seen_where=self.seen_where.text(),
                seen_by=self.seen_by.text(),
            )
            return EvidencePlan(metadata=[draft])
        files = [
            (
                path,
                EvidenceDraft(
                    description=self.description.text(),
                    source_url=self.source_url.text(),
                    original_name=path.name,
                ),
            )
            for path in self.files()
        ]
        return EvidencePlan(files=files, confirm_no_minor_images=self.confirm.isChecked())
