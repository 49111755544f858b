"""Full-text search over names, incidents, notes and evidence descriptions."""

from __future__ import annotations

import re
from dataclasses import replace

from skot_dossier.domain.model import SearchHit
from skot_dossier.domain.spelling import name_key
from skot_dossier.services import masking
from skot_dossier.services.case_scope import may_view_incident
from skot_dossier.services.people import need_to_know_user
from skot_dossier.services.permissions import Scope, authorize
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import cases
from skot_dossier.store import evidence as evidence_store
from skot_dossier.store import people as people_store
from skot_dossier.store import search as store

_WORD = re.compile(r"\w+")


def search(session: Session, text: str, limit: int = 100) -> list[SearchHit]:
    """Hits the user may see; a director's are limited to their own schools."""
    grant = authorize(session, "search", object_type="search")
    schools = None if grant.scope is Scope.ALL else session.actor.school_ids
    hits = store.query(
        session.db,
        text[:500],
        school_ids=schools,
        limit=limit,
        need_to_know_user=need_to_know_user(session),
        case_user=session.actor.user_id,
    )
    readable = [h for h in (_with_incident(session, hit) for hit in hits) if _visible(session, h)]
    shown = _masked(session, readable, text[:500])
    with unit_of_work(
        session,
        "search",
        grant=grant,
        object_type="search",
        details={"results": len(shown), "terms": len(text.split())},
    ):
        pass
    return shown


def _masked(session: Session, hits: list[SearchHit], text: str) -> list[SearchHit]:
    """Hits with the names of persons the reader may not see masked in their title and
    snippet; a hit the query found only through such a name is left out (it would tell
    that this record names that person)."""
    reader = masking.reader(session)
    if not reader.hidden:
        return hits
    wanted = [name_key(w) for w in _WORD.findall(text)][:12]
    shown = []
    for hit in hits:
        context, body = _record(session, hit)
        if body is not None and not _still_found(reader.text(body, context), wanted):
            continue
        shown.append(
            replace(
                hit,
                title=reader.text(hit.title, context),
                snippet=reader.text(hit.snippet, context),
                owner=reader.text(hit.owner, context),
            )
        )
    return shown


def _still_found(text: str, wanted: list[str]) -> bool:
    words = {name_key(w) for w in _WORD.findall(text)}
    return all(any(w.startswith(key) for w in words) for key in wanted)


def _record(session: Session, hit: SearchHit) -> tuple[list[str], str | None]:
    """The persons a hit's text is about, and the text the index holds for it (None
    where masking cannot hide what was found: a person hit is that person)."""
    if hit.kind in ("incident", "evidence") and hit.incident_id:
        found = cases.get_incidents(session.db, [hit.incident_id])
        if not found:
            return [], None
        incident = found[0]
        context = masking.parties(incident)
        if hit.kind == "incident":
            return context, " ".join(
                [
                    incident.title,
                    incident.description,
                    incident.consequences,
                    *incident.platforms,
                    *incident.handles,
                    *incident.urls,
                ]
            )
        item = evidence_store.get_evidence(session.db, hit.ref_id)
        if item is None:
            return context, None
        return context, " ".join(
            [
                item.original_name,
                item.description,
                item.source_url,
                item.captured_by,
                item.seen_where,
                item.seen_by,
                item.sha256,
            ]
        )
    if hit.kind == "timeline" and hit.dossier_id:
        dossier = people_store.get_dossier(session.db, hit.dossier_id)
        entry = cases.timeline_entry(session.db, hit.ref_id)
        return ([dossier.person_id] if dossier else []), (
            f"{entry.kind.value} {entry.summary}" if entry is not None else None
        )
    return [], None


def _visible(session: Session, hit: SearchHit) -> bool:
    """An incident (or its evidence) is a hit only for a reader who may open it: HR not
    where every party is a pupil it has no case reason for, a director only where it
    is a case of his school (the query already left most others out)."""
    if hit.incident_id is None:
        return True
    found = cases.get_incidents(session.db, [hit.incident_id])
    return bool(found) and may_view_incident(session, found[0])


def _with_incident(session: Session, hit: SearchHit) -> SearchHit:
    """The incident a hit leads to, and whose it is (a note's person, evidence's incident)."""
    if hit.kind == "incident":
        return replace(hit, incident_id=hit.ref_id)
    if hit.kind == "evidence":
        record = evidence_store.get_evidence(session.db, hit.ref_id)
        incident_id = record.incident_id if record else None
        found = cases.get_incidents(session.db, [incident_id]) if incident_id else []
        return replace(hit, incident_id=incident_id, owner=found[0].title if found else "")
    if hit.kind == "timeline" and hit.dossier_id:
        dossier = people_store.get_dossier(session.db, hit.dossier_id)
        person = people_store.get_person(session.db, dossier.person_id) if dossier else None
        return replace(hit, owner=person.full_name if person else "")
    return hit
