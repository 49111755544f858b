"""Schema versions: ``PRAGMA user_version`` and a linear list of steps.

Each step runs in its own transaction together with the version bump. Before
an existing database is migrated, an encrypted copy is taken next to it.
Steps are append-only: never edit a released step, add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from skot_dossier.errors import VaultTooNew
from skot_dossier.vault.database import Database

BACKUP_DIR = "migration-backups"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


def _v1_foundation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE audit_log (
            seq          INTEGER PRIMARY KEY,
            at_utc       TEXT NOT NULL,
            actor        TEXT NOT NULL,
            role         TEXT NOT NULL,
            action       TEXT NOT NULL,
            object_type  TEXT NOT NULL,
            object_id    TEXT NOT NULL,
            subject_id   TEXT NOT NULL,
            purpose      TEXT NOT NULL,
            outcome      TEXT NOT NULL,
            details      TEXT NOT NULL,
            prev_mac     TEXT NOT NULL,
            mac          TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_by_subject ON audit_log(subject_id);

        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "foundation: meta, settings, audit log", _v1_foundation),
)


def latest_version() -> int:
    return MIGRATIONS[-1].version


def pending(db: Database) -> list[Migration]:
    current = db.user_version()
    if current > latest_version():
        raise VaultTooNew()
    return [m for m in MIGRATIONS if m.version > current]


def migrate(db: Database, key: bytes, folder: Path) -> list[int]:
    """Bring the schema up to date; returns the versions applied."""
    steps = pending(db)
    if not steps:
        return []
    current = db.user_version()
    if current > 0:
        backup_dir = folder / BACKUP_DIR
        backup_dir.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        db.backup_to(backup_dir / f"dossier-v{current}-{stamp}.db", key)
    applied = []
    for step in steps:
        with db.transaction():
            step.apply(db)
            # user_version is part of the database header and commits with the step.
            db.execute(f"PRAGMA user_version = {int(step.version)}")
        applied.append(step.version)
    return applied
