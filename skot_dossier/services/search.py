"""Full-text search over names, incidents, notes and evidence descriptions."""

from __future__ import annotations

from dataclasses import replace

from skot_dossier.domain.model import SearchHit
from skot_dossier.services.case_scope import may_view_incident
from skot_dossier.services.people import need_to_know_user
from skot_dossier.services.permissions import Scope, authorize
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import cases
from skot_dossier.store import evidence as evidence_store
from skot_dossier.store import search as store


def search(session: Session, text: str, limit: int = 100) -> list[SearchHit]:
    """Hits the user may see; a director's are limited to their own schools."""
    scope = authorize(session, "search", object_type="search")
    schools = None if scope is Scope.ALL else session.actor.school_ids
    hits = store.query(
        session.db,
        text[:500],
        school_ids=schools,
        limit=limit,
        need_to_know_user=need_to_know_user(session),
        case_user=session.actor.user_id,
    )
    with unit_of_work(
        session,
        "search",
        object_type="search",
        details={"results": len(hits), "terms": len(text.split())},
    ):
        pass
    return [h for h in (_with_incident(session, hit) for hit in hits) if _visible(session, h)]


def _visible(session: Session, hit: SearchHit) -> bool:
    """An incident (or its evidence) is a hit only for a reader who may open it: HR not
    where every party is a pupil it has no case reason for, a director only where it
    is a case of his school (the query already left most others out)."""
    if hit.incident_id is None:
        return True
    found = cases.get_incidents(session.db, [hit.incident_id])
    return bool(found) and may_view_incident(session, found[0])


def _with_incident(session: Session, hit: SearchHit) -> SearchHit:
    if hit.kind == "incident":
        return replace(hit, incident_id=hit.ref_id)
    if hit.kind == "evidence":
        record = evidence_store.get_evidence(session.db, hit.ref_id)
        return replace(hit, incident_id=record.incident_id if record else None)
    return hit
