"""One incident, read-only: what, when, where online, who, and its status."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui import labels
from ui.text import datetime_text


def _block(text: str) -> str:
    return html.escape(text).replace("\n", "<br>") if text else "—"


class IncidentDialog(QDialog):
    def __init__(self, incident, school_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Incident"))
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setObjectName("incidentDetails")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.details_html(incident, school_name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def details_html(self, incident, school_name: str) -> str:
        parties = "\n".join(
            f"{p.display_name} — {labels.party_role(p.role)}" for p in incident.parties
        )
        rows = [
            (self.tr("Happened:"), datetime_text(incident.occurred_at)),
            (self.tr("Known since:"), datetime_text(incident.known_at)),
            (self.tr("School:"), school_name),
            (self.tr("Category:"), labels.category(incident.category)),
            (self.tr("Seriousness:"), labels.seriousness(incident.seriousness)),
            (self.tr("Status:"), labels.incident_status(incident.status)),
            (self.tr("Platforms:"), ", ".join(labels.platform(p) for p in incident.platforms)),
            (self.tr("Accounts:"), "\n".join(incident.handles)),
            (self.tr("Web addresses:"), "\n".join(incident.urls)),
            (self.tr("Persons:"), parties),
        ]
        table = "".join(
            f"<tr><td style='padding:3px 12px 3px 0; color:#555'>{html.escape(name)}</td>"
            f"<td>{_block(value)}</td></tr>"
            for name, value in rows
        )
        what = html.escape(self.tr("What happened"))
        consequences = html.escape(self.tr("Consequences"))
        return (
            f"<h2>{html.escape(incident.title)}</h2><table>{table}</table>"
            f"<h3>{what}</h3><p>{_block(incident.description)}</p>"
            f"<h3>{consequences}</h3><p>{_block(incident.consequences)}</p>"
        )
