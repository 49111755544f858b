"""Full-text search over names, incidents, notes and evidence descriptions."""

from __future__ import annotations

from dataclasses import replace

from skot_dossier.domain.model import SearchHit
from skot_dossier.services.people import need_to_know_user
from skot_dossier.services.permissions import Scope, authorize, hidden_pupils
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import cases
from skot_dossier.store import evidence as evidence_store
from skot_dossier.store import search as store


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
    )
    with unit_of_work(
        session,
        "search",
        grant=grant,
        object_type="search",
        details={"results": len(hits), "terms": len(text.split())},
    ):
        pass
    return [h for h in (_with_incident(session, hit) for hit in hits) if _visible(session, h)]


def _visible(session: Session, hit: SearchHit) -> bool:
    """HR does not see cases whose parties are all pupils it has no case reason for."""
    if hit.incident_id is None or need_to_know_user(session) is None:
        return True
    parties = set(cases.party_ids(session.db, hit.incident_id))
    return not parties or hidden_pupils(session, parties) != parties


def _with_incident(session: Session, hit: SearchHit) -> SearchHit:
    if hit.kind == "incident":
        return replace(hit, incident_id=hit.ref_id)
    if hit.kind == "evidence":
        record = evidence_store.get_evidence(session.db, hit.ref_id)
        return replace(hit, incident_id=record.incident_id if record else None)
    return hit
