"""The main window. For now: who is working, the audit head, and Lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from skot_dossier.services import access


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("SKOT Dossier"))
        self.resize(1000, 680)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        menu.addAction(self.lock_action)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        status = access.vault_status(self.session)
        lines = [
            self.tr("Vault %1 is unlocked.").replace("%1", status.path.name),
            self.tr("Audit log: %1 entries; check number (controlegetal) %2")
            .replace("%1", str(status.audit_entries))
            .replace("%2", status.audit_head),
        ]
        if status.failed_attempts_before_unlock:
            lines.append(
                self.tr("Warning: %1 failed unlock attempt(s) since the last unlock.").replace(
                    "%1", str(status.failed_attempts_before_unlock)
                )
            )
        self.summary.setText("\n".join(lines))
        self.statusBar().showMessage(
            self.tr("User: %1 (%2)").replace("%1", status.user).replace("%2", status.role)
        )

    def forget_session(self) -> None:
        """Drop everything that came from the vault (called on lock)."""
        self.session = None
        self.summary.clear()
        self.statusBar().clearMessage()
