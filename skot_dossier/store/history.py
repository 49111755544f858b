"""Corrections: every changed field keeps its old value, who changed it and why."""

from __future__ import annotations

from skot_dossier.domain.model import Correction
from skot_dossier.store.codec import now, pt
from skot_dossier.vault.database import Database


def record(
    db: Database,
    entity: str,
    entity_id: str,
    changes: dict[str, tuple[str, str]],
    changed_by: str,
    reason: str,
) -> None:
    stamp = now()
    db.executemany(
        "INSERT INTO corrections (entity, entity_id, field, old_value, new_value, changed_by, "
        "changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (entity, entity_id, f, old, new, changed_by, stamp, reason)
            for f, (old, new) in sorted(changes.items())
        ],
    )


def history(db: Database, entity: str, entity_id: str) -> list[Correction]:
    rows = db.all(
        "SELECT entity, entity_id, field, old_value, new_value, changed_by, changed_at, reason "
        "FROM corrections WHERE entity = ? AND entity_id = ? ORDER BY id",
        (entity, entity_id),
    )
    result = []
    for r in rows:
        changed = pt(r[6])
        assert changed is not None
        result.append(Correction(r[0], r[1], r[2], r[3], r[4], r[5], changed, r[7]))
    return result
