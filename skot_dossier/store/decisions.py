"""Decisions, their checklist state, and the deadlines they started."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from skot_dossier.domain.model import ChecklistState, Deadline, Decision
from skot_dossier.store.codec import d, now, pd, pt, t
from skot_dossier.store.scopes import PUPIL_NEED_TO_KNOW
from skot_dossier.vault.database import Database

COLUMNS = tuple(f.name for f in fields(Decision) if f.name != "checklist")
_DATES = {
    "hearing_date",
    "view_recorded_on",
    "start_date",
    "decided_on",
    "sent_on",
    "received_on",
    "objection_received_on",
}
_TIMES = {"created_at", "finalized_at", "facts_known_at"}
_JSON = {"case_facts", "reasons"}


def _to_row(decision: Decision) -> tuple[Any, ...]:
    values = []
    for name in COLUMNS:
        value = getattr(decision, name)
        if name in _DATES:
            value = d(value)
        elif name in _TIMES:
            value = t(value)
        elif name in _JSON:
            value = json.dumps(value, sort_keys=True, ensure_ascii=False)
        elif name == "override_items":
            value = json.dumps(list(value))
        values.append(value)
    return tuple(values)


def _from_row(row: Sequence[Any], checklist: tuple[ChecklistState, ...]) -> Decision:
    values: dict[str, Any] = {}
    for name, value in zip(COLUMNS, row, strict=True):
        if name in _DATES:
            value = pd(value)
        elif name in _TIMES:
            value = pt(value)
        elif name in _JSON:
            value = json.loads(value)
        elif name == "override_items":
            value = tuple(json.loads(value))
        values[name] = value
    return Decision(**values, checklist=checklist)


def save(db: Database, decision: Decision) -> None:
    """Insert or replace a draft (finalized rows are only ever changed by ``mark_*``)."""
    marks = ", ".join("?" * len(COLUMNS))
    db.execute(
        f"INSERT OR REPLACE INTO decisions ({', '.join(COLUMNS)}) VALUES ({marks})",
        _to_row(decision),
    )


def set_objection_received(db: Database, decision_id: str, received_on: date) -> None:
    """A fact after the decision (the parents objected); the decision itself stays."""
    db.execute(
        "UPDATE decisions SET objection_received_on = ? WHERE id = ?",
        (d(received_on), decision_id),
    )


def mark_superseded(db: Database, decision_id: str, by: str) -> None:
    db.execute(
        "UPDATE decisions SET status = 'superseded', superseded_by = ? WHERE id = ?",
        (by, decision_id),
    )


def _checklists(db: Database, ids: Sequence[str]) -> dict[str, list[ChecklistState]]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    result: dict[str, list[ChecklistState]] = {}
    for r in db.all(
        "SELECT decision_id, item_id, done, evidence_note, done_by, done_at "
        f"FROM decision_checklist WHERE decision_id IN ({marks}) ORDER BY item_id",
        tuple(ids),
    ):
        done_at = pt(r[5])
        assert done_at is not None
        result.setdefault(r[0], []).append(ChecklistState(r[1], bool(r[2]), r[3], r[4], done_at))
    return result


def get(db: Database, decision_id: str) -> Decision | None:
    found = query(db, "WHERE id = ?", (decision_id,))
    return found[0] if found else None


def query(db: Database, where: str, params: tuple[Any, ...]) -> list[Decision]:
    rows = db.all(f"SELECT {', '.join(COLUMNS)} FROM decisions {where}", params)
    lists = _checklists(db, [r[0] for r in rows])
    return [_from_row(r, tuple(lists.get(r[0], ()))) for r in rows]


def of_incident(db: Database, incident_id: str) -> list[Decision]:
    return query(db, "WHERE incident_id = ? ORDER BY created_at", (incident_id,))


def of_dossier(db: Database, dossier_id: str) -> list[Decision]:
    return query(db, "WHERE dossier_id = ? ORDER BY created_at", (dossier_id,))


def set_item(db: Database, decision_id: str, item_id: str, done: bool, note: str, by: str) -> None:
    db.execute(
        "INSERT INTO decision_checklist (decision_id, item_id, done, evidence_note, done_by, "
        "done_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(decision_id, item_id) DO UPDATE SET "
        "done = excluded.done, evidence_note = excluded.evidence_note, "
        "done_by = excluded.done_by, done_at = excluded.done_at",
        (decision_id, item_id, int(done), note, by, now()),
    )


def precedents(
    db: Database, ladder: str, category: str, seriousness: str, exclude_dossier: str
) -> list[tuple[str, str | None]]:
    """(measure_key, decided_on) of final decisions in comparable incidents."""
    rows = db.all(
        "SELECT dc.measure_key, dc.decided_on FROM decisions dc "
        "JOIN incidents i ON i.id = dc.incident_id "
        "WHERE dc.status = 'final' AND dc.stage = 'decision' AND dc.measure_key LIKE ? "
        "AND i.category = ? AND i.seriousness = ? AND dc.dossier_id != ? "
        "ORDER BY dc.decided_on",
        (f"{ladder}.%", category, seriousness, exclude_dossier),
    )
    return [(r[0], r[1]) for r in rows]


# -- deadlines -----------------------------------------------------------------


def insert_deadline(db: Database, deadline: Deadline) -> None:
    db.execute(
        "INSERT INTO deadlines (id, decision_id, incident_id, dossier_id, rule_id, label_nl, "
        "label_en, due, basis, kind, verify, verify_note, done_on, done_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            deadline.id,
            deadline.decision_id or None,
            deadline.incident_id or None,
            deadline.dossier_id,
            deadline.rule_id,
            deadline.label_nl,
            deadline.label_en,
            d(deadline.due),
            deadline.basis,
            deadline.kind,
            int(deadline.verify),
            deadline.verify_note,
            d(deadline.done_on),
            deadline.done_by,
        ),
    )


def deadlines(
    db: Database,
    *,
    school_ids: frozenset[str] | None,
    until: date | None,
    include_done: bool = False,
    dossier_id: str | None = None,
    need_to_know_user: str | None = None,
) -> list[Deadline]:
    where, params = ["1 = 1"], []
    if need_to_know_user is not None:
        where.append(PUPIL_NEED_TO_KNOW)
        params.append(need_to_know_user)
    if not include_done:
        where.append("dl.done_on IS NULL")
    if until is not None:
        where.append("dl.due IS NOT NULL AND dl.due <= ?")
        params.append(until.isoformat())
    if dossier_id is not None:
        where.append("dl.dossier_id = ?")
        params.append(dossier_id)
    if school_ids is not None:
        marks = ", ".join("?" * len(school_ids)) or "NULL"
        where.append(
            "EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id "
            f"AND ps.school_id IN ({marks}))"
        )
        params.extend(sorted(school_ids))
    rows = db.all(
        "SELECT dl.id, dl.decision_id, dl.dossier_id, dl.rule_id, dl.label_nl, dl.label_en, "
        "dl.due, dl.basis, dl.kind, dl.verify, dl.verify_note, dl.done_on, dl.done_by, "
        "p.given_name || ' ' || p.family_name, dc.measure_key, dl.incident_id "
        "FROM deadlines dl JOIN dossiers ds ON ds.id = dl.dossier_id "
        "JOIN persons p ON p.id = ds.person_id LEFT JOIN decisions dc ON dc.id = dl.decision_id "
        f"WHERE {' AND '.join(where)} ORDER BY dl.due IS NULL, dl.due, dl.id",
        tuple(params),
    )
    return [
        Deadline(
            id=r[0],
            decision_id=r[1] or "",
            dossier_id=r[2],
            rule_id=r[3],
            label_nl=r[4],
            label_en=r[5],
            due=pd(r[6]),
            basis=r[7],
            kind=r[8],
            verify=bool(r[9]),
            verify_note=r[10],
            done_on=pd(r[11]),
            done_by=r[12],
            person_name=r[13],
            measure_key=r[14] or "",
            incident_id=r[15] or "",
        )
        for r in rows
    ]


def complete_deadline(db: Database, deadline_id: str, on: date, by: str) -> None:
    db.execute(
        "UPDATE deadlines SET done_on = ?, done_by = ? WHERE id = ?", (d(on), by, deadline_id)
    )


def get_deadline(db: Database, deadline_id: str) -> tuple[str, str | None] | None:
    row = db.one("SELECT dossier_id, done_on FROM deadlines WHERE id = ?", (deadline_id,))
    return None if row is None else (row[0], row[1])


def deadline_rule(db: Database, deadline_id: str) -> tuple[str, str] | None:
    """(decision id or '', rule id) of a deadline."""
    row = db.one("SELECT decision_id, rule_id FROM deadlines WHERE id = ?", (deadline_id,))
    return None if row is None else (row[0] or "", row[1])


def decision_deadlines(db: Database, decision_id: str) -> list[tuple[str, str, date | None, bool]]:
    """(id, rule id, due, done) of every deadline a decision started."""
    rows = db.all(
        "SELECT id, rule_id, due, done_on IS NOT NULL FROM deadlines WHERE decision_id = ?",
        (decision_id,),
    )
    return [(r[0], r[1], pd(r[2]), bool(r[3])) for r in rows]


def set_due(db: Database, deadline_id: str, due: date | None) -> None:
    """A deadline's date once the date it counts from became known (or changed)."""
    db.execute("UPDATE deadlines SET due = ? WHERE id = ?", (d(due), deadline_id))


def close_deadlines(db: Database, decision_id: str, on: date, by: str) -> None:
    """A superseded decision's open deadlines no longer run."""
    db.execute(
        "UPDATE deadlines SET done_on = ?, done_by = ? WHERE decision_id = ? AND done_on IS NULL",
        (on.isoformat(), by, decision_id),
    )
