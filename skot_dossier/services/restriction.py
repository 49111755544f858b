"""Restriction of processing (AVG art. 18): a restricted dossier is read-only."""

from __future__ import annotations

from skot_dossier.errors import SkotError
from skot_dossier.services.session import Session
from skot_dossier.store import people
from skot_dossier.store import privacy as store


class Restricted(SkotError):
    code = "restricted"


def ensure_dossier_open(session: Session, dossier_id: str) -> None:
    if store.restriction(session.db, dossier_id):
        raise Restricted()


def ensure_person_open(session: Session, person_id: str) -> None:
    dossier = people.dossier_of_person(session.db, person_id)
    if dossier is not None:
        ensure_dossier_open(session, dossier.id)
