"""A light, calm look on top of the platform style: navy and teal from the app icon."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

NAVY = "#1F3A5F"
TEAL = "#2A9D8F"
BORDER = "#d0d7de"

STYLE = f"""
QListWidget#navigation {{
    background: #f4f7fa;
    border: none;
    border-right: 1px solid {BORDER};
    padding-top: 8px;
    font-size: 11pt;
    outline: 0;
}}
QListWidget#navigation::item {{ padding: 4px 10px; color: #1b1b1b; }}
QListWidget#navigation::item:selected {{
    background: #dce7f3;
    color: {NAVY};
    border-left: 3px solid {NAVY};
}}
QFrame#welcomeCard, QFrame#lockCard {{
    background: #ffffff;
    border: 1px solid {BORDER};
    border-radius: 8px;
}}
QCommandLinkButton {{ font-size: 11pt; }}
QLabel#dossierName {{ color: {NAVY}; }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel {{ font-weight: normal; }}
"""


def apply(app: QApplication) -> None:
    app.setStyleSheet(STYLE)
