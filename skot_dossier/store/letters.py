"""Letters (proposed, draft, final with PDF and SHA-256) and the reference counter.

Rows are returned as plain tuples: the services turn them into their
``LetterRecord`` and rebuild the composed letter from the stored JSON.
"""

from __future__ import annotations

from typing import Any

from skot_dossier.vault.database import Database, Row

# The column order every row from ``letters_of_dossier`` has; ``get_letter``
# adds ``fields, text`` at the end. The services read rows by these positions.
COLUMNS = (
    "id, dossier_id, decision_id, letter_type, status, recipient, reference, "
    "letter_date, sha256, created_at, finalized_at"
)


def get_letter(db: Database, letter_id: str) -> Row | None:
    """One letter with what is needed to re-render it (``COLUMNS`` + fields, text)."""
    return db.one(f"SELECT {COLUMNS}, fields, text FROM letters WHERE id = ?", (letter_id,))


def letters_of_dossier(db: Database, dossier_id: str) -> list[Row]:
    """Every letter in a dossier, oldest first, without the heavy columns (PDF, text)."""
    return db.all(
        f"SELECT {COLUMNS} FROM letters WHERE dossier_id = ? ORDER BY created_at", (dossier_id,)
    )


def final_letters_of_dossier(db: Database, dossier_id: str) -> list[Row]:
    """(letter_type, status, reference, letter_date, sha256, text) of the final letters.

    Only final letters were sent, so only they belong in an access export;
    ordered as they were finalized.
    """
    return db.all(
        "SELECT letter_type, status, reference, letter_date, sha256, text FROM letters "
        "WHERE dossier_id = ? AND status = 'final' ORDER BY finalized_at",
        (dossier_id,),
    )


def first_final_reference(db: Database, decision_id: str) -> str | None:
    """The reference of the first final letter about a decision (quoted by later letters)."""
    row = db.one(
        "SELECT reference FROM letters WHERE decision_id = ? AND status = 'final' "
        "ORDER BY finalized_at LIMIT 1",
        (decision_id,),
    )
    return row[0] if row else None


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
) -> None:
    """A composed letter. The PDF, hash and audit anchor stay empty: they are only
    fixed at finalizing, so a draft can never be mistaken for what was sent."""
    db.execute(
        "INSERT INTO letters (id, dossier_id, decision_id, letter_type, status, "
        "recipient, fields, text, reference, letter_date, pdf, sha256, audit_anchor, "
        "created_by, created_at, finalized_at, finalized_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', '', ?, ?, NULL, '')",
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
        ),
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
) -> None:
    """File the rendered PDF with its hash and the audit head printed on it."""
    db.execute(
        "UPDATE letters SET status = ?, pdf = ?, sha256 = ?, audit_anchor = ?, "
        "finalized_at = ?, finalized_by = ? WHERE id = ?",
        (status, pdf, sha256, audit_anchor, finalized_at, finalized_by, letter_id),
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
