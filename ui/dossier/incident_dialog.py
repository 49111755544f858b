"""One incident, read-only: what, when, where online, who, and its status.

Below the details, the dossiers of the persons involved (those the user may
open) lead on; choosing one emits ``open_dossier`` and closes the dialog.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.privacy import holds_personal_data
from ui.text import datetime_text

LINK_ROLE = Qt.ItemDataRole.UserRole


def _block(text: str) -> str:
    return html.escape(text).replace("\n", "<br>") if text else "—"


def party_links(incident, links) -> list[tuple[str, str, str, str]]:
    """(dossier id, person id, name, part) for each (dossier id, name, part) link.

    The core lists the dossiers in the order of the incident's parties; the
    person id (needed to break the glass) comes from the matching party.
    """
    unused = list(incident.parties)
    result = []
    for dossier_id, name, part in links:
        match = next(
            (p for p in unused if p.display_name == name and p.role.value == part),
            None,
        )
        if match is not None:
            unused.remove(match)
        result.append((dossier_id, match.person_id if match else "", name, part))
    return result


class IncidentDialog(QDialog):
    open_dossier = Signal(str, str)  # dossier id, person id

    def __init__(
        self, incident, school_name: str = "", parent: QWidget | None = None, links=()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("Incident"))
        self.resize(660, 620)
        self.browser = QTextBrowser()
        self.browser.setObjectName("incidentDetails")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.details_html(incident, school_name))
        self.dossiers = QListWidget()
        self.dossiers.setObjectName("partyDossiers")
        for dossier_id, person_id, name, part in party_links(incident, links):
            item = QListWidgetItem(f"{name} — {labels.party_role(part)}")
            item.setData(LINK_ROLE, (dossier_id, person_id))
            self.dossiers.addItem(item)
        self.dossiers.setCurrentRow(0)
        rows = max(1, min(self.dossiers.count(), 4))
        self.dossiers.setFixedHeight(self.dossiers.sizeHintForRow(0) * rows + 8)
        self.dossiers.itemActivated.connect(self._open)
        self.open_button = QPushButton(self.tr("&Open dossier"))
        self.open_button.setObjectName("openPartyDossier")
        self.open_button.clicked.connect(lambda: self._open(self.dossiers.currentItem()))
        box = QGroupBox(self.tr("Dossiers of the persons involved"))
        row = QHBoxLayout(box)
        row.addWidget(self.dossiers, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box.setVisible(self.dossiers.count() > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        holds_personal_data(self)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        dossier_id, person_id = item.data(LINK_ROLE)
        self.accept()
        self.open_dossier.emit(dossier_id, person_id)

    def clear(self) -> None:
        self.browser.clear()
        self.dossiers.clear()

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
