"""Screens that are honest about what is not for this role."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui import labels
from ui.text import fmt
from ui.widgets import EmptyState


class NotForRolePage(EmptyState):
    def __init__(self, role: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(
            fmt(self.tr("Not available for your role: %1"), what),
            fmt(
                self.tr(
                    "You are signed in as %1. Ask the HR officer or the administrator if you "
                    "need access."
                ),
                labels.role(role),
            ),
            parent,
        )
