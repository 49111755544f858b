"""Vault-wide settings (no personal data): read and change them."""

from __future__ import annotations

from skot_dossier.services.permissions import authorize
from skot_dossier.services.session import Session, unit_of_work


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if value is None else str(value)


def set_setting(session: Session, key: str, value: str) -> None:
    authorize(session, "settings.manage", object_type="setting", object_id=key)
    with unit_of_work(session, "update", object_type="setting", object_id=key) as note:
        old = session.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        session.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        note.details = {"changed": old != value}
