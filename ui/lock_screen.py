"""What the main window shows while locked: the unlock panel and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.resources import icon
from ui.unlock_dialog import UnlockPanel


class LockScreen(QWidget):
    def __init__(self, vault_path: Path, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        self.panel = UnlockPanel(
            vault_path,
            card,
            title=self.tr("SKOT Dossier is locked"),
            cancel_text=self.tr("Close the vault"),
            preferred_user=login,
        )
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(logo)
        layout.addSpacing(12)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
