"""Incidents, the persons involved, and dossier timelines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from skot_dossier.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    PartyRole,
    PostedAs,
    Seriousness,
    TimelineKind,
)
from skot_dossier.domain.model import Incident, IncidentParty, TimelineEntry
from skot_dossier.store.codec import d, j, now, pd, pj, pt, t
from skot_dossier.vault.database import Database

_INCIDENT_COLUMNS = (
    "id, title, occurred_at, known_at, platforms, handles, urls, description, consequences, "
    "category, seriousness, status, school_id, created_by, created_at, created_by_user, "
    "posted_as, minor_images"
)
_EDITABLE = (
    "title, occurred_at, known_at, platforms, handles, urls, description, consequences, "
    "category, seriousness, status, school_id, posted_as, minor_images"
)


def _incident_values(i: Incident) -> tuple[Any, ...]:
    return (
        i.id,
        i.title,
        t(i.occurred_at),
        t(i.known_at),
        j(i.platforms),
        j(i.handles),
        j(i.urls),
        i.description,
        i.consequences,
        i.category.value,
        i.seriousness.value,
        i.status.value,
        i.school_id,
        i.created_by,
        t(i.created_at) or now(),
        i.created_by_user,
        i.posted_as.value if i.posted_as else "",
        int(i.minor_images),
    )


def insert_incident(db: Database, incident: Incident) -> None:
    db.execute(
        f"INSERT INTO incidents ({_INCIDENT_COLUMNS}) VALUES ({', '.join('?' * 18)})",
        _incident_values(incident),
    )
    _write_parties(db, incident)


def update_incident(db: Database, incident: Incident) -> None:
    columns = [c.strip() for c in _EDITABLE.split(",")]
    values = dict(
        zip(
            [c.strip() for c in _INCIDENT_COLUMNS.split(",")],
            _incident_values(incident),
            strict=True,
        )
    )
    db.execute(
        f"UPDATE incidents SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        (*(values[c] for c in columns), incident.id),
    )
    db.execute("DELETE FROM incident_parties WHERE incident_id = ?", (incident.id,))
    _write_parties(db, incident)


def _write_parties(db: Database, incident: Incident) -> None:
    db.executemany(
        "INSERT INTO incident_parties (incident_id, person_id, role) VALUES (?, ?, ?)",
        [(incident.id, p.person_id, p.role.value) for p in incident.parties],
    )


def _incident(r: Sequence[Any], parties: tuple[IncidentParty, ...]) -> Incident:
    occurred, known = pt(r[2]), pt(r[3])
    assert occurred is not None and known is not None
    return Incident(
        id=r[0],
        title=r[1],
        occurred_at=occurred,
        known_at=known,
        platforms=pj(r[4]),
        handles=pj(r[5]),
        urls=pj(r[6]),
        description=r[7],
        consequences=r[8],
        category=IncidentCategory(r[9]),
        seriousness=Seriousness(r[10]),
        status=IncidentStatus(r[11]),
        school_id=r[12],
        parties=parties,
        created_by=r[13],
        created_at=pt(r[14]),
        created_by_user=r[15],
        posted_as=PostedAs(r[16]) if r[16] else None,
        minor_images=bool(r[17]),
    )


def _parties(db: Database, incident_ids: Sequence[str]) -> dict[str, list[IncidentParty]]:
    if not incident_ids:
        return {}
    marks = ", ".join("?" * len(incident_ids))
    result: dict[str, list[IncidentParty]] = {}
    for iid, pid, role, given, family in db.all(
        "SELECT ip.incident_id, ip.person_id, ip.role, p.given_name, p.family_name "
        "FROM incident_parties ip JOIN persons p ON p.id = ip.person_id "
        f"WHERE ip.incident_id IN ({marks}) ORDER BY ip.role, p.family_name",
        tuple(incident_ids),
    ):
        result.setdefault(iid, []).append(IncidentParty(pid, PartyRole(role), f"{given} {family}"))
    return result


def get_incidents(db: Database, ids: Sequence[str]) -> list[Incident]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = db.all(f"SELECT {_INCIDENT_COLUMNS} FROM incidents WHERE id IN ({marks})", tuple(ids))
    parties = _parties(db, ids)
    found = {r[0]: _incident(r, tuple(parties.get(r[0], ()))) for r in rows}
    return [found[i] for i in ids if i in found]


def incidents_of_person(db: Database, person_id: str) -> list[Incident]:
    ids = [
        r[0]
        for r in db.all(
            "SELECT DISTINCT i.id FROM incidents i "
            "JOIN incident_parties ip ON ip.incident_id = i.id "
            "WHERE ip.person_id = ? ORDER BY i.occurred_at DESC",
            (person_id,),
        )
    ]
    return get_incidents(db, ids)


def party_ids(db: Database, incident_id: str) -> list[str]:
    return [
        r[0]
        for r in db.all(
            "SELECT DISTINCT person_id FROM incident_parties WHERE incident_id = ?", (incident_id,)
        )
    ]


# -- timeline ------------------------------------------------------------------


def insert_timeline(db: Database, entry: TimelineEntry) -> None:
    db.execute(
        "INSERT INTO timeline (id, dossier_id, kind, happened_on, summary, author, created_at, "
        "incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.id,
            entry.dossier_id,
            entry.kind.value,
            d(entry.happened_on),
            entry.summary,
            entry.author,
            t(entry.created_at),
            entry.incident_id,
        ),
    )


_TIMELINE_COLUMNS = "id, dossier_id, kind, happened_on, summary, author, created_at, incident_id"


def _entry(r: Sequence[Any]) -> TimelineEntry:
    happened, created = pd(r[3]), pt(r[6])
    assert happened is not None and created is not None
    return TimelineEntry(r[0], r[1], TimelineKind(r[2]), happened, r[4], r[5], created, r[7])


def timeline(db: Database, dossier_id: str) -> list[TimelineEntry]:
    rows = db.all(
        f"SELECT {_TIMELINE_COLUMNS} FROM timeline WHERE dossier_id = ? "
        "ORDER BY happened_on DESC, created_at DESC",
        (dossier_id,),
    )
    return [_entry(r) for r in rows]


def timeline_entry(db: Database, entry_id: str) -> TimelineEntry | None:
    r = db.one(f"SELECT {_TIMELINE_COLUMNS} FROM timeline WHERE id = ?", (entry_id,))
    return None if r is None else _entry(r)


def dossiers_with_incident_entries(db: Database, incident_id: str) -> list[str]:
    """Dossiers with timeline entries about the incident.

    Timeline entries are filed per dossier; this is how a police packet gathers
    the incident's history from every dossier that mentions it.
    """
    return [
        r[0]
        for r in db.all(
            "SELECT DISTINCT dossier_id FROM timeline WHERE incident_id = ?", (incident_id,)
        )
    ]


def delete_incident_entries(db: Database, dossier_id: str, incident_id: str) -> None:
    """The "incident" line in a dossier of someone no longer party to it."""
    for (entry_id,) in db.all(
        "SELECT id FROM timeline WHERE dossier_id = ? AND incident_id = ? AND kind = 'incident'",
        (dossier_id, incident_id),
    ):
        db.execute("DELETE FROM timeline WHERE id = ?", (entry_id,))
