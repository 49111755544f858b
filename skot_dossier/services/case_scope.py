"""Whose case an incident is, and which persons in it a reader may see.

A director sees an incident where a person of his own school is its subject
or victim, or which he recorded himself. A witness or reporter of his school
does not open another school's case: that would show him the accused, the
story and the evidence. Persons the reader may not see (another school's
pupils and staff for a director; pupils without a case reason for HR) appear
masked. These are the rules; ``authorize_case`` still logs every refusal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from skot_dossier.domain.enums import PartyRole, PersonKind, Role
from skot_dossier.domain.model import Incident
from skot_dossier.errors import NotFound
from skot_dossier.services.grants import Grant
from skot_dossier.services.permissions import allowed, authorize_case, hidden_pupils, role_of
from skot_dossier.services.session import Session
from skot_dossier.store import cases, people
from skot_dossier.vault.database import Database

# The parts that make an incident a school's case.
CASE_ROLES = frozenset({PartyRole.SUBJECT, PartyRole.VICTIM})
# What a reader sees instead of a person they may not see.
MASKED = {PersonKind.PUPIL.value: "[leerling]", PersonKind.STAFF.value: "[medewerker]"}
MASKED_NAME = "[naam]"


def case_schools(db: Database, incident: Incident) -> set[str]:
    """The schools of the incident's subjects and victims: whose case it is."""
    ids = [p.person_id for p in incident.parties if p.role in CASE_ROLES]
    return people.person_schools(db, ids)


def index_schools(db: Database, incident: Incident) -> set[str]:
    """The schools search files an incident (and its evidence) under.

    A first filter only: the incident's own school is included so that its
    recorder finds it; each hit is checked with :func:`may_view_incident`.
    """
    return {incident.school_id} | case_schools(db, incident)


def recorded_by(session: Session, incident: Incident) -> bool:
    return bool(session.actor.user_id) and incident.created_by_user == session.actor.user_id


def scope_schools(session: Session, incident: Incident) -> set[str]:
    """The schools a reader's scope is checked against for this incident."""
    schools = case_schools(session.db, incident)
    if recorded_by(session, incident):
        schools |= session.actor.school_ids
    return schools


@dataclass(frozen=True)
class CaseAccess:
    """An incident (as stored), with the grant that allows ``operation`` on it."""

    incident: Incident
    grant: Grant

    @property
    def party_ids(self) -> list[str]:
        return [p.person_id for p in self.incident.parties]


def authorize_loaded_incident(session: Session, incident: Incident, operation: str) -> Grant:
    """Log and refuse unless the reader may do ``operation`` on this incident."""
    party_ids = [p.person_id for p in incident.parties]
    return authorize_case(
        session, operation, scope_schools(session, incident), party_ids, incident.id
    )


def authorize_incident(session: Session, operation: str, incident_id: str) -> CaseAccess:
    """Load an incident, then authorize ``operation`` on it (whose case it is, and
    need-to-know). The incident is returned as stored: mask it before showing it."""
    found = cases.get_incidents(session.db, [incident_id])
    if not found:
        raise NotFound()
    return CaseAccess(found[0], authorize_loaded_incident(session, found[0], operation))


def may_view_incident(session: Session, incident: Incident) -> bool:
    """The same rule as :func:`authorize_incident` for reading, without an audit entry
    (for lists and search hits, which leave out what the reader may not open)."""
    schools = scope_schools(session, incident)
    if not allowed(session, "incident.view", schools, object_id=incident.id):
        return False
    parties = {p.person_id for p in incident.parties}
    if not parties or incident.id in session.grants:
        return True
    return hidden_pupils(session, parties) != parties


def hides(
    session: Session, person_id: str, kind: str, schools: frozenset[str], case_reason: bool
) -> bool:
    """Whether this reader may not see the person's name.

    HR: pupils without a case reason. A director: persons of no school of his.
    A break-the-glass grant for the person shows them. Other roles read no
    dossier content, so for them every name is hidden.
    """
    if person_id in session.grants:
        return False
    role = role_of(session)
    if role is Role.HR:
        return kind == PersonKind.PUPIL.value and not case_reason
    if role is Role.DIRECTOR:
        return not schools & session.actor.school_ids
    return True


def hidden_persons(session: Session, person_ids: Iterable[str]) -> set[str]:
    """Those among ``person_ids`` whose name this reader may not see (see :func:`hides`)."""
    ids = {pid for pid in person_ids if pid}
    if role_of(session) is Role.HR:
        return hidden_pupils(session, ids)  # the same rule, answered by the store
    found = people.get_persons(session.db, sorted(ids))
    return {p.id for p in found if hides(session, p.id, p.kind.value, p.school_ids, False)}


def masked_label(kind: str) -> str:
    return MASKED.get(kind, MASKED_NAME)


def with_masked_parties(session: Session, incident: Incident) -> Incident:
    """The incident as this reader sees it: parties they may not see, masked."""
    hidden = hidden_persons(session, [p.person_id for p in incident.parties])
    if not hidden:
        return incident
    kinds = {p.id: p.kind.value for p in people.get_persons(session.db, sorted(hidden))}
    parties = tuple(
        replace(p, display_name=masked_label(kinds.get(p.person_id, "")))
        if p.person_id in hidden
        else p
        for p in incident.parties
    )
    return replace(incident, parties=parties)
