"""Small shared widgets: field errors, optional dates, empty states, banners."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.problems import Problem
from ui.messages import problem_text
from ui.table_model import SORT_ROLE

ERROR_COLOUR = "#a4262c"


class FieldError(QLabel):
    """The message shown right under a field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormErrors:
    """Map the core's ``ValidationError.problems`` onto the labels of a form."""

    def __init__(self, general: FieldError | None = None) -> None:
        self.labels: dict[str, FieldError] = {}
        self.general = general

    def add(self, field: str) -> FieldError:
        label = FieldError()
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.show_message("")
        if self.general is not None:
            self.general.show_message("")

    def show(self, problems: dict[str, Problem]) -> list[str]:
        """Show each problem next to its field; returns the fields with no label."""
        self.clear()
        unplaced = []
        for field, problem in problems.items():
            label = self._label_for(field)
            if label is None:
                unplaced.append(field)
                continue
            text = problem_text(problem)
            label.show_message(f"{label.text()}\n{text}" if label.text() else text)
        if unplaced and self.general is not None:
            self.general.show_message("\n".join(problem_text(problems[f]) for f in unplaced))
        return unplaced

    def _label_for(self, field: str) -> FieldError | None:
        while field:
            if field in self.labels:
                return self.labels[field]
            field = field.rpartition(".")[0]
        return None


def heading(text: str, size_delta: int = 4) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + size_delta)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def plain(text: str = "") -> QLabel:
    """A label for a value that may hold user text: shown literally, selectable."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class EmptyState(QWidget):
    """An honest "nothing here (yet)" with a short explanation."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = heading(title, 2)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = muted(text)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # No alignment flags on the labels themselves: a word-wrapped label placed
        # with one loses its height-for-width and gets cut off.
        column = QWidget()
        column.setMaximumWidth(600)
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class Banner(QFrame):
    """A notice across the top of a screen, with a close button."""

    STYLES = {
        "warning": "background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px;",
        "info": "background: #e8f1fb; border: 1px solid #9cc0e8; border-radius: 4px;",
        "error": "background: #fde7e9; border: 1px solid #e3a0a6; border-radius: 4px;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("border: none; background: transparent; color: #1b1b1b;")
        self.action = QPushButton()
        self.action.setObjectName("bannerAction")
        self.action.hide()
        self._action_slot = None
        self.action.clicked.connect(self._run_action)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setStyleSheet("border: none; color: #1b1b1b;")
        close.setToolTip(self.tr("Close this notice"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(
        self, text: str, kind: str = "info", action_text: str = "", action=None
    ) -> None:
        """Show ``text``; with ``action_text`` and ``action`` a button runs the next step."""
        self.setStyleSheet(f"#banner {{ {self.STYLES.get(kind, self.STYLES['info'])} }}")
        self.label.setText(text)
        self._action_slot = action if action_text else None
        self.action.setText(action_text)
        self.action.setVisible(bool(action_text and action))
        self.show()

    def _run_action(self) -> None:
        if self._action_slot is not None:
            self._action_slot()


# Room for the title bar and borders the window manager adds around a window.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_on_screen(window: QWidget, preferred: QSize, available: QRect | None = None) -> QSize:
    """Open at ``preferred``, but never larger than the free part of the screen
    (a 1280×720 laptop has less than 720 pixels below its title bars), and inside it."""
    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
    size = preferred.boundedTo(available.size() - FRAME_ALLOWANCE)
    size = size.expandedTo(window.minimumSize())
    window.resize(size)
    if window.isWindow() and window.parentWidget() is None:
        left = available.left() + max(0, (available.width() - size.width()) // 2)
        top = available.top() + max(0, (available.height() - size.height() - 32) // 2)
        window.move(left, top)
    return size


def show_error(parent: QWidget | None, text: str, title: str = "") -> QMessageBox:
    """A non-blocking error box (tests and the auto-lock can close it)."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "SKOT Dossier")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, title: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("infoBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or "SKOT Dossier")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def table_view(model) -> QTableView:
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab goes on to the next field, not the next cell
    return view
