"""Need-to-know grants, legal holds, erasure approvals and the erasure itself."""

from __future__ import annotations

from typing import Any

from skot_dossier.store import search
from skot_dossier.store.codec import now
from skot_dossier.store.scopes import PUPIL_NEED_TO_KNOW  # noqa: F401 - re-exported
from skot_dossier.vault.database import Database


def person_kind(db: Database, person_id: str) -> str | None:
    value = db.scalar("SELECT kind FROM persons WHERE id = ?", (person_id,))
    return None if value is None else str(value)


def person_of_dossier(db: Database, dossier_id: str) -> str | None:
    value = db.scalar("SELECT person_id FROM dossiers WHERE id = ?", (dossier_id,))
    return None if value is None else str(value)


def has_case_access(db: Database, person_id: str, user_id: str) -> bool:
    return (
        db.scalar(
            "SELECT 1 FROM case_access WHERE person_id = ? AND user_id = ?", (person_id, user_id)
        )
        is not None
    )


def grant_case_access(db: Database, person_id: str, user_id: str, reason: str) -> None:
    db.execute(
        "INSERT INTO case_access (person_id, user_id, reason, granted_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(person_id, user_id) DO UPDATE SET reason = excluded.reason, "
        "granted_at = excluded.granted_at",
        (person_id, user_id, reason, now()),
    )


# -- legal holds ---------------------------------------------------------------


def place_hold(db: Database, hold_id: str, dossier_id: str, kind: str, note: str, by: str) -> None:
    db.execute(
        "INSERT INTO legal_holds (id, dossier_id, kind, note, placed_at, placed_by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (hold_id, dossier_id, kind, note, now(), by),
    )


def lift_hold(db: Database, hold_id: str, by: str) -> None:
    db.execute(
        "UPDATE legal_holds SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL",
        (now(), by, hold_id),
    )


def holds(
    db: Database, dossier_id: str | None = None, active_only: bool = False
) -> list[tuple[Any, ...]]:
    where, params = ["1 = 1"], []
    if dossier_id is not None:
        where.append("dossier_id = ?")
        params.append(dossier_id)
    if active_only:
        where.append("lifted_at IS NULL")
    return db.all(
        "SELECT id, dossier_id, kind, note, placed_at, placed_by, lifted_at, lifted_by "
        f"FROM legal_holds WHERE {' AND '.join(where)} ORDER BY placed_at",
        tuple(params),
    )


def set_restriction(db: Database, dossier_id: str, reason: str) -> None:
    db.execute("UPDATE dossiers SET restricted_reason = ? WHERE id = ?", (reason, dossier_id))


def restriction(db: Database, dossier_id: str) -> str:
    return str(
        db.scalar("SELECT restricted_reason FROM dossiers WHERE id = ?", (dossier_id,)) or ""
    )


# -- retention -----------------------------------------------------------------


def retention_rows(db: Database, dossier_id: str | None = None) -> list[tuple[Any, ...]]:
    """(dossier_id, person_id, kind, employment_end, date_left, status, active holds,
    schools) for every dossier, or one; names are left out on purpose."""
    where, params = ("WHERE d.id = ? ", (dossier_id,)) if dossier_id else ("", ())
    return db.all(
        "SELECT d.id, p.id, p.kind, p.employment_end, p.date_left, d.status, "
        "(SELECT count(*) FROM legal_holds h WHERE h.dossier_id = d.id "
        " AND h.lifted_at IS NULL), "
        "(SELECT group_concat(school_id, '|') FROM person_schools ps "
        " WHERE ps.person_id = p.id) "
        f"FROM dossiers d JOIN persons p ON p.id = d.person_id {where}ORDER BY d.id",
        params,
    )


def approvals(db: Database, dossier_id: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in db.all(
            "SELECT user_id, user_name FROM erasure_approvals WHERE dossier_id = ?", (dossier_id,)
        )
    ]


def approve(db: Database, dossier_id: str, user_id: str, user_name: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO erasure_approvals (dossier_id, user_id, user_name, approved_at) "
        "VALUES (?, ?, ?, ?)",
        (dossier_id, user_id, user_name, now()),
    )


def withdraw_approval(db: Database, dossier_id: str, user_id: str) -> int:
    return int(
        db.execute(
            "DELETE FROM erasure_approvals WHERE dossier_id = ? AND user_id = ?",
            (dossier_id, user_id),
        ).rowcount
        or 0
    )


def erasure_counts(db: Database, dossier_id: str) -> dict[str, int]:
    """What :func:`erase_dossier` would remove, counted by running it and rolling back.

    The same code counts as erases, so a confirmation never promises less (or
    more) than the erasure does.
    """
    with db.transaction():
        db.execute("SAVEPOINT erasure_preview")
        try:
            return erase_dossier(db, dossier_id)
        finally:
            db.execute("ROLLBACK TO erasure_preview")
            db.execute("RELEASE erasure_preview")


def shared_incident_count(db: Database, person_id: str) -> int:
    """Incidents of this person that others are party to too (they stay, without them)."""
    return int(
        db.scalar(
            "SELECT count(DISTINCT ip.incident_id) FROM incident_parties ip "
            "WHERE ip.person_id = ? AND EXISTS (SELECT 1 FROM incident_parties x "
            "WHERE x.incident_id = ip.incident_id AND x.person_id != ip.person_id)",
            (person_id,),
        )
        or 0
    )


def erase_dossier(db: Database, dossier_id: str) -> dict[str, int]:
    """Remove everything about the dossier's person; returns counts (no content).

    Incidents in which nobody else is involved go too, with their evidence;
    incidents shared with other dossiers keep their text but lose this person.
    """
    person_id = person_of_dossier(db, dossier_id)
    assert person_id is not None
    counts: dict[str, int] = {}

    def run(label: str, sql: str, params: tuple[Any, ...]) -> None:
        counts[label] = counts.get(label, 0) + int(db.execute(sql, params).rowcount or 0)

    own_incidents = [
        r[0]
        for r in db.all(
            "SELECT incident_id FROM incident_parties WHERE person_id = ? GROUP BY incident_id "
            "HAVING (SELECT count(DISTINCT person_id) FROM incident_parties x "
            "        WHERE x.incident_id = incident_parties.incident_id) = 1",
            (person_id,),
        )
    ]
    all_incidents = [
        r[0]
        for r in db.all(
            "SELECT DISTINCT incident_id FROM incident_parties WHERE person_id = ?", (person_id,)
        )
    ]
    # Correspondence and access requests of this person go with the dossier; a police
    # packet of a shared incident keeps its manifest, but its cover (which names this
    # person) is removed.
    run("letters", "DELETE FROM letters WHERE dossier_id = ?", (dossier_id,))
    run("access_requests", "DELETE FROM access_requests WHERE person_id = ?", (person_id,))
    for iid in all_incidents:
        if iid in own_incidents:
            run("packets", "DELETE FROM packets WHERE incident_id = ?", (iid,))
        else:
            run("packet_covers", "UPDATE packets SET cover_pdf = x'' WHERE incident_id = ?", (iid,))
        # Notes in other dossiers may point at an incident that is going away.
        if iid in own_incidents:
            run(
                "timeline_links",
                "UPDATE timeline SET incident_id = NULL WHERE incident_id = ? AND dossier_id != ?",
                (iid, dossier_id),
            )
    decision_ids = [
        r[0] for r in db.all("SELECT id FROM decisions WHERE dossier_id = ?", (dossier_id,))
    ]
    for did in decision_ids:
        run("checklist", "DELETE FROM decision_checklist WHERE decision_id = ?", (did,))
        run("deadlines", "DELETE FROM deadlines WHERE decision_id = ?", (did,))
    # Deadlines not started by a decision (a signal to act on) belong to the dossier.
    run("deadlines", "DELETE FROM deadlines WHERE dossier_id = ?", (dossier_id,))
    run(
        "decisions",
        "UPDATE decisions SET supersedes = NULL, superseded_by = NULL, "
        "intention_id = NULL WHERE dossier_id = ?",
        (dossier_id,),
    )
    run("decisions", "DELETE FROM decisions WHERE dossier_id = ?", (dossier_id,))
    for (tid,) in db.all("SELECT id FROM timeline WHERE dossier_id = ?", (dossier_id,)):
        counts["index"] = counts.get("index", 0) + search.remove(db, "timeline", tid)
    run("timeline", "DELETE FROM timeline WHERE dossier_id = ?", (dossier_id,))
    run("parties", "DELETE FROM incident_parties WHERE person_id = ?", (person_id,))
    for iid in own_incidents:
        for (eid,) in db.all("SELECT id FROM evidence WHERE incident_id = ?", (iid,)):
            run("evidence_chunks", "DELETE FROM evidence_chunks WHERE evidence_id = ?", (eid,))
            counts["index"] = counts.get("index", 0) + search.remove(db, "evidence", eid)
        run("evidence", "DELETE FROM evidence WHERE incident_id = ?", (iid,))
        run(
            "timeline",
            "DELETE FROM timeline WHERE incident_id = ? AND dossier_id = ?",
            (iid, dossier_id),
        )
        run("decisions", "UPDATE decisions SET incident_id = NULL WHERE incident_id = ?", (iid,))
        run(
            "deadline_links",
            "UPDATE deadlines SET incident_id = NULL WHERE incident_id = ?",
            (iid,),
        )
        run(
            "corrections",
            "DELETE FROM corrections WHERE entity = 'incident' AND entity_id = ?",
            (iid,),
        )
        counts["index"] = counts.get("index", 0) + search.remove(db, "incident", iid)
        run("incidents", "DELETE FROM incidents WHERE id = ?", (iid,))
    run("corrections", "DELETE FROM corrections WHERE entity_id IN (?, ?)", (person_id, dossier_id))
    run("holds", "DELETE FROM legal_holds WHERE dossier_id = ?", (dossier_id,))
    run("approvals", "DELETE FROM erasure_approvals WHERE dossier_id = ?", (dossier_id,))
    run("case_access", "DELETE FROM case_access WHERE person_id = ?", (person_id,))
    counts["index"] = counts.get("index", 0) + search.remove(db, "person", person_id)
    run("dossiers", "DELETE FROM dossiers WHERE id = ?", (dossier_id,))
    run("guardians", "DELETE FROM guardians WHERE person_id = ?", (person_id,))
    run("persons", "DELETE FROM person_schools WHERE person_id = ?", (person_id,))
    run("persons", "DELETE FROM persons WHERE id = ?", (person_id,))
    return {k: v for k, v in counts.items() if v}


def reclaim(db: Database) -> None:
    """Make deleted content unrecoverable from the files: merge the full-text
    index (its segments still hold deleted text), then rebuild the database so
    no free page keeps old bytes, and empty the write-ahead log."""
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
