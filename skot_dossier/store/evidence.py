"""Evidence records and their content, stored as encrypted chunks in the vault."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from skot_dossier.domain.model import Evidence
from skot_dossier.store.codec import pt, t
from skot_dossier.vault.database import Database

CHUNK_BYTES = 1024 * 1024

_COLUMNS = (
    "id, incident_id, original_name, media_type, size, sha256, source_url, captured_at, "
    "captured_by, description, metadata_only, seen_where, seen_by, added_by, added_at"
)


def insert_evidence(db: Database, e: Evidence) -> None:
    db.execute(
        f"INSERT INTO evidence ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",
        (
            e.id,
            e.incident_id,
            e.original_name,
            e.media_type,
            e.size,
            e.sha256,
            e.source_url,
            t(e.captured_at),
            e.captured_by,
            e.description,
            int(e.metadata_only),
            e.seen_where,
            e.seen_by,
            e.added_by,
            t(e.added_at),
        ),
    )


def defer_chunk_reference(db: Database) -> None:
    """Check foreign keys at commit instead of per statement, for this transaction only.

    Chunks are streamed in before the evidence record exists (its hash and size
    are known only at the end); the reference is still checked, at commit.
    """
    db.execute("PRAGMA defer_foreign_keys = ON")


def insert_chunk(db: Database, evidence_id: str, ordinal: int, data: bytes) -> None:
    db.execute(
        "INSERT INTO evidence_chunks (evidence_id, ordinal, data) VALUES (?, ?, ?)",
        (evidence_id, ordinal, data),
    )


def _evidence(r: Sequence[Any]) -> Evidence:
    added = pt(r[14])
    assert added is not None
    return Evidence(
        id=r[0],
        incident_id=r[1],
        original_name=r[2],
        media_type=r[3],
        size=int(r[4]),
        sha256=r[5],
        source_url=r[6],
        captured_at=pt(r[7]),
        captured_by=r[8],
        description=r[9],
        metadata_only=bool(r[10]),
        seen_where=r[11],
        seen_by=r[12],
        added_by=r[13],
        added_at=added,
    )


def get_evidence(db: Database, evidence_id: str) -> Evidence | None:
    r = db.one(f"SELECT {_COLUMNS} FROM evidence WHERE id = ?", (evidence_id,))
    return None if r is None else _evidence(r)


def evidence_of_incident(db: Database, incident_id: str) -> list[Evidence]:
    rows = db.all(
        f"SELECT {_COLUMNS} FROM evidence WHERE incident_id = ? ORDER BY added_at, id",
        (incident_id,),
    )
    return [_evidence(r) for r in rows]


def iter_chunks(db: Database, evidence_id: str) -> Iterator[bytes]:
    """The content, one chunk at a time (one row in memory at a time)."""
    count = int(
        db.scalar("SELECT count(*) FROM evidence_chunks WHERE evidence_id = ?", (evidence_id,))
    )
    for ordinal in range(count):
        data = db.scalar(
            "SELECT data FROM evidence_chunks WHERE evidence_id = ? AND ordinal = ?",
            (evidence_id, ordinal),
        )
        yield bytes(data)
