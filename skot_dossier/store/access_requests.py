"""Access requests (AVG art. 15): when received, when due, whether answered.

Rows are returned as plain tuples; the services build their ``AccessRequest``
and check who may see them.
"""

from __future__ import annotations

from datetime import date

from skot_dossier.store.scopes import PUPIL_NEED_TO_KNOW
from skot_dossier.vault.database import Database, Row


def insert_request(
    db: Database, request_id: str, person_id: str, received_on: str, due_on: str, created_by: str
) -> None:
    """A new request always starts unextended and unanswered."""
    db.execute(
        "INSERT INTO access_requests (id, person_id, received_on, due_on, extended, "
        "answered_on, created_by) VALUES (?, ?, ?, ?, 0, NULL, ?)",
        (request_id, person_id, received_on, due_on, created_by),
    )


def extend_request(db: Database, request_id: str, due_on: str) -> None:
    """The one extension the law allows; the flag keeps it from being granted twice."""
    db.execute(
        "UPDATE access_requests SET extended = 1, due_on = ? WHERE id = ?",
        (due_on, request_id),
    )


def get_request(db: Database, request_id: str) -> Row | None:
    """(id, person_id, received_on, due_on, extended, answered_on), or None."""
    return db.one(
        "SELECT id, person_id, received_on, due_on, extended, answered_on FROM access_requests "
        "WHERE id = ?",
        (request_id,),
    )


def request_ids(db: Database) -> list[str]:
    """Every request: the open ones first, each group by deadline (most urgent first)."""
    rows = db.all("SELECT id FROM access_requests ORDER BY answered_on IS NOT NULL, due_on, id")
    return [r[0] for r in rows]


def mark_answered(db: Database, request_id: str, person_id: str, answered_on: str) -> None:
    """Close a request once; the person and "still open" conditions keep an export
    from closing another person's request or re-dating an answered one."""
    db.execute(
        "UPDATE access_requests SET answered_on = ? WHERE id = ? AND person_id = ? "
        "AND answered_on IS NULL",
        (answered_on, request_id, person_id),
    )


def open_requests_due(
    db: Database,
    *,
    until: date,
    school_ids: frozenset[str] | None,
    need_to_know_user: str | None = None,
) -> list[tuple[str, str, date, str]]:
    """(request id, dossier id, due date, person's name) of open requests due by ``until``.

    They are shown among the decision deadlines, so they are filtered by the
    same rules: ``school_ids`` None means every school, and with
    ``need_to_know_user`` pupils appear only where that user has a case reason.
    """
    where, params = ["ar.answered_on IS NULL", "ar.due_on <= ?"], [until.isoformat()]
    if school_ids is not None:
        marks = ", ".join("?" * len(school_ids)) or "NULL"
        where.append(
            "EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id "
            f"AND ps.school_id IN ({marks}))"
        )
        params.extend(sorted(school_ids))
    if need_to_know_user is not None:
        where.append(PUPIL_NEED_TO_KNOW)
        params.append(need_to_know_user)
    rows = db.all(
        "SELECT ar.id, d.id, ar.due_on, p.given_name || ' ' || p.family_name "
        "FROM access_requests ar JOIN persons p ON p.id = ar.person_id "
        "JOIN dossiers d ON d.person_id = p.id "
        f"WHERE {' AND '.join(where)}",
        tuple(params),
    )
    return [(r[0], r[1], date.fromisoformat(r[2]), r[3]) for r in rows]
