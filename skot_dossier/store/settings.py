"""Vault-wide settings: plain key/value text, no personal data.

Parsing and validating a value is the services' business; here a setting is
only ever a string or absent.
"""

from __future__ import annotations

from collections.abc import Sequence

from skot_dossier.vault.database import Database


def get_value(db: Database, key: str) -> str | None:
    """The stored text, or None when the key was never set.

    None rather than a default, so that callers can tell "unset" from an empty
    string and choose their own default.
    """
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return None if value is None else str(value)


def get_values(db: Database, keys: Sequence[str]) -> list[tuple[str, str]]:
    """(key, value) for those of ``keys`` that are set, in one query (for reports)."""
    marks = ", ".join("?" * len(keys))
    rows = db.all(f"SELECT key, value FROM settings WHERE key IN ({marks})", tuple(keys))
    return [(r[0], r[1]) for r in rows]


def put_value(db: Database, key: str, value: str) -> None:
    """Insert or replace, so a setting never exists twice."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
