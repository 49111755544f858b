"""Screens that are honest about what is not there (yet), or not for this role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from skot_dossier.services import access
from ui import labels
from ui.text import fmt
from ui.widgets import EmptyState, heading, muted


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


class AuditPage(QWidget):
    """The audit log's state (no personal data); browsing it comes in a later version."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        status = access.vault_status(session)
        self.entries = QLabel(str(status.audit_entries))
        self.head = QLabel(status.audit_head or "—")
        self.head.setObjectName("auditHead")
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        box = QGroupBox(self.tr("Audit log of this vault"))
        form = QFormLayout(box)
        form.addRow(self.tr("Entries:"), self.entries)
        form.addRow(self.tr("Check number (controlegetal):"), self.head)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit log")))
        layout.addWidget(
            muted(
                self.tr(
                    "Every view, search, change and export is logged with who did it and when. "
                    "The check number changes with every entry; it is printed on letters and "
                    "backups, so a rewritten log is noticed."
                )
            )
        )
        layout.addWidget(box)
        layout.addWidget(
            muted(
                self.tr(
                    "Browsing and verifying the log on screen comes in a later version. Until "
                    "then the administrator checks it with:\n"
                    "skot-dossier-admin verify-audit <vault folder>"
                )
            )
        )
        layout.addStretch(1)

    def clear(self) -> None:
        self.entries.clear()
        self.head.clear()


class RetentionPage(EmptyState):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Retention is not available yet"),
            self.tr(
                "Retention periods, legal holds and the destruction of closed dossiers come in "
                "a later version of SKOT Dossier. Nothing is deleted automatically until then."
            ),
            parent,
        )
