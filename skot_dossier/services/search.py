"""Full-text search over names, incidents, notes and evidence descriptions."""

from __future__ import annotations

from skot_dossier.domain.model import SearchHit
from skot_dossier.services.people import need_to_know_user
from skot_dossier.services.permissions import Scope, authorize
from skot_dossier.services.session import Session, unit_of_work
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
    )
    with unit_of_work(
        session,
        "search",
        object_type="search",
        details={"results": len(hits), "terms": len(text.split())},
    ):
        pass
    return hits
