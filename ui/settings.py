"""Settings of this workstation, each declared once (key, type, default, label).

They live in QSettings and never hold personal data: no names, no search
text, no dossier ids; only preferences, the vault folder and window geometry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str  # translatable, context "Settings"

    def label_text(self) -> str:
        return QCoreApplication.translate("Settings", self.label)


LANGUAGE = Setting("ui/language", str, "nl", QT_TRANSLATE_NOOP("Settings", "Language"))
IDLE_MINUTES = Setting(
    "security/idle_minutes", int, 5, QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes")
)
CLIPBOARD_SECONDS = Setting(
    "security/clipboard_seconds",
    int,
    30,
    QT_TRANSLATE_NOOP("Settings", "Clear copied personal data after seconds"),
)
LAST_VAULT = Setting("vault/last", str, "", QT_TRANSLATE_NOOP("Settings", "Last vault"))
WINDOW_GEOMETRY = Setting(
    "window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window position")
)
WINDOW_STATE = Setting("window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window layout"))

LANGUAGES = {"nl": "Nederlands", "en": "English"}


def get(setting: Setting) -> Any:
    value = QSettings().value(setting.key, setting.default)
    if setting.type is bytes:
        return bytes(value) if value else b""
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value: Any) -> None:
    settings = QSettings()
    settings.setValue(setting.key, value)
    settings.sync()
