"""Settings of this workstation, each declared once (key, type, default, label).

They live in QSettings and never hold personal data: no names, no search
text, no dossier ids; only preferences, the vault folder and window geometry.
"""

from __future__ import annotations

import json
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
# Per vault id, the login name last unlocked with here. Login names are shown before
# unlocking anyway (they are no personal data of a pupil or staff member).
LAST_USERS = Setting(
    "vault/last_users", str, "{}", QT_TRANSLATE_NOOP("Settings", "Last user per vault")
)
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


def _last_users() -> dict[str, str]:
    try:
        value = json.loads(get(LAST_USERS))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def last_user(vault_id: str) -> str:
    """The login name this workstation last unlocked the vault with ("" if none)."""
    return _last_users().get(vault_id, "") if vault_id else ""


def remember_user(vault_id: str, login: str) -> None:
    if not vault_id or not login:
        return
    users = _last_users()
    users[vault_id] = login
    put(LAST_USERS, json.dumps(users, ensure_ascii=False, sort_keys=True))
