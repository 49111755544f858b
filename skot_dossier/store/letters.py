"""Letters (proposed, draft, final with PDF and SHA-256) and the reference counter.

Rows come back as :class:`StoredLetter` records with their JSON columns parsed;
the services turn them into their ``LetterRecord`` and rebuild the composed
letter from them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from skot_dossier.store.codec import pd, pt
from skot_dossier.vault.database import Database

COLUMNS = (
    "id, dossier_id, decision_id, letter_type, status, recipient, reference, "
    "letter_date, sha256, created_at, finalized_at, received_on, copy_of, signer_mandate_id"
)


@dataclass(frozen=True)
class StoredLetter:
    id: str
    dossier_id: str
    decision_id: str | None
    letter_type: str
    status: str
    recipient: dict[str, Any]
    """The recipient as composed (empty while the letter is only proposed)."""
    reference: str
    letter_date: date | None
    sha256: str
    created_at: datetime
    finalized_at: datetime | None
    received_on: date | None = None
    """When the recipient received it (recorded, or the next working day by default)."""
    copy_of: str = ""
    """For a copy filed in another dossier (the victim's): the letter it copies."""
    signer_mandate_id: str = ""
    request: dict[str, Any] = field(default_factory=dict)
    """Letterhead, signer and fields as composed; only :func:`get_letter` reads it."""
    text: dict[str, Any] = field(default_factory=dict)
    """The composed (and possibly edited) text; only :func:`get_letter` reads it."""


def _json(value: object) -> dict[str, Any]:
    parsed = json.loads(str(value)) if value else {}
    return parsed if isinstance(parsed, dict) else {}


def _record(row: Sequence[Any], full: bool = False) -> StoredLetter:
    created = pt(row[9])
    assert created is not None
    return StoredLetter(
        id=row[0],
        dossier_id=row[1],
        decision_id=row[2],
        letter_type=row[3],
        status=row[4],
        recipient=_json(row[5]),
        reference=row[6],
        letter_date=pd(row[7]),
        sha256=row[8],
        created_at=created,
        finalized_at=pt(row[10]),
        received_on=pd(row[11]),
        copy_of=row[12],
        signer_mandate_id=row[13],
        request=_json(row[14]) if full else {},
        text=_json(row[15]) if full else {},
    )


def get_letter(db: Database, letter_id: str) -> StoredLetter | None:
    """One letter with what is needed to re-render it (request and text)."""
    row = db.one(f"SELECT {COLUMNS}, fields, text FROM letters WHERE id = ?", (letter_id,))
    return None if row is None else _record(row, full=True)


def letters_of_dossier(db: Database, dossier_id: str) -> list[StoredLetter]:
    """Every letter in a dossier, oldest first, without the heavy columns (PDF, text)."""
    rows = db.all(
        f"SELECT {COLUMNS} FROM letters WHERE dossier_id = ? ORDER BY created_at", (dossier_id,)
    )
    return [_record(r) for r in rows]


def final_letters_of_dossier(db: Database, dossier_id: str) -> list[StoredLetter]:
    """The final letters of a dossier with their text, as they were finalized.

    Only final letters were sent, so only they belong in an access export.
    """
    rows = db.all(
        f"SELECT {COLUMNS}, fields, text FROM letters "
        "WHERE dossier_id = ? AND status = 'final' ORDER BY finalized_at",
        (dossier_id,),
    )
    return [_record(r, full=True) for r in rows]


def final_letter_of_type(db: Database, decision_id: str, letter_type: str) -> StoredLetter | None:
    """The first final letter of ``letter_type`` about a decision (later letters quote it)."""
    row = db.one(
        f"SELECT {COLUMNS} FROM letters WHERE decision_id = ? AND letter_type = ? "
        "AND status = 'final' ORDER BY finalized_at LIMIT 1",
        (decision_id, letter_type),
    )
    return None if row is None else _record(row)


def stored_pdf(db: Database, letter_id: str) -> Any:
    """The final PDF as stored (a BLOB); fetched on its own so lists and loads of a
    letter never carry it."""
    return db.scalar("SELECT pdf FROM letters WHERE id = ?", (letter_id,))


def insert_proposed(
    db: Database,
    letter_id: str,
    dossier_id: str,
    decision_id: str,
    letter_type: str,
    status: str,
    created_by: str,
    created_at: str,
) -> None:
    """A letter the protocol requires for a decision, with no recipient or text yet.

    It is stored when the decision is taken, so the dossier shows which letters
    are still owed before anyone drafts them.
    """
    db.execute(
        "INSERT INTO letters (id, dossier_id, decision_id, letter_type, status, recipient, "
        "fields, text, reference, letter_date, pdf, sha256, audit_anchor, created_by, "
        "created_at, finalized_at, finalized_by) "
        "VALUES (?, ?, ?, ?, ?, '', '{}', '{}', '', NULL, NULL, '', '', ?, ?, NULL, '')",
        (letter_id, dossier_id, decision_id, letter_type, status, created_by, created_at),
    )


def insert_draft(
    db: Database,
    *,
    letter_id: str,
    dossier_id: str,
    decision_id: str | None,
    letter_type: str,
    status: str,
    recipient: str,
    fields: str,
    text: str,
    reference: str,
    letter_date: str,
    created_by: str,
    created_at: str,
    signer_mandate_id: str = "",
) -> None:
    """A composed letter. The PDF, hash and audit anchor stay empty: they are only
    fixed at finalizing, so a draft can never be mistaken for what was sent."""
    db.execute(
        "INSERT INTO letters (id, dossier_id, decision_id, letter_type, status, "
        "recipient, fields, text, reference, letter_date, pdf, sha256, audit_anchor, "
        "created_by, created_at, finalized_at, finalized_by, signer_mandate_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', '', ?, ?, NULL, '', ?)",
        (
            letter_id,
            dossier_id,
            decision_id,
            letter_type,
            status,
            recipient,
            fields,
            text,
            reference,
            letter_date,
            created_by,
            created_at,
            signer_mandate_id,
        ),
    )


def insert_copy(db: Database, letter_id: str, copy_id: str, dossier_id: str) -> None:
    """File a final letter in another dossier as well: the same PDF, hash and kenmerk.

    The copy belongs to that dossier alone (no decision link), so erasing either
    dossier never removes the other's record of what was sent.
    """
    db.execute(
        "INSERT INTO letters (id, dossier_id, decision_id, letter_type, status, recipient, "
        "fields, text, reference, letter_date, pdf, sha256, audit_anchor, created_by, "
        "created_at, finalized_at, finalized_by, received_on, copy_of, signer_mandate_id) "
        "SELECT ?, ?, NULL, letter_type, status, recipient, fields, text, reference, "
        "letter_date, pdf, sha256, audit_anchor, created_by, created_at, finalized_at, "
        "finalized_by, received_on, id, signer_mandate_id FROM letters WHERE id = ?",
        (copy_id, dossier_id, letter_id),
    )


def set_received(db: Database, letter_ids: Sequence[str], received_on: str, by: str) -> None:
    """When the recipient received the letter (and its copies)."""
    for letter_id in letter_ids:
        db.execute(
            "UPDATE letters SET received_on = ?, received_recorded_by = ? "
            "WHERE id = ? OR copy_of = ?",
            (received_on, by, letter_id, letter_id),
        )


def delete_with_status(db: Database, letter_id: str, dossier_id: str, status: str) -> None:
    """Remove a letter only if it is still in ``status`` in that dossier.

    The conditions keep a caller from removing another dossier's letter or a
    letter that has moved on (a final letter is never deleted this way).
    """
    db.execute(
        "DELETE FROM letters WHERE id = ? AND dossier_id = ? AND status = ?",
        (letter_id, dossier_id, status),
    )


def set_text(db: Database, letter_id: str, text: str) -> None:
    """Only the body changes on an edit; recipient, letterhead and reference stay as
    composed, so an edit cannot redirect a letter or change its kenmerk."""
    db.execute("UPDATE letters SET text = ? WHERE id = ?", (text, letter_id))


def set_final(
    db: Database,
    letter_id: str,
    *,
    status: str,
    pdf: bytes,
    sha256: str,
    audit_anchor: str,
    finalized_at: str,
    finalized_by: str,
    received_on: str | None = None,
) -> None:
    """File the rendered PDF with its hash and the audit head printed on it."""
    db.execute(
        "UPDATE letters SET status = ?, pdf = ?, sha256 = ?, audit_anchor = ?, "
        "finalized_at = ?, finalized_by = ?, received_on = ? WHERE id = ?",
        (status, pdf, sha256, audit_anchor, finalized_at, finalized_by, received_on, letter_id),
    )


# -- reference counter -----------------------------------------------------------


def counter(db: Database, key: str) -> str | None:
    """The last number handed out under ``key`` in ``meta``, or None before the first.

    The counter lives in ``meta`` rather than being derived from the letters,
    because letters can be erased and a reference must never be reused.
    """
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_counter(db: Database, key: str, value: str) -> None:
    """Record the number just handed out (insert or replace)."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
