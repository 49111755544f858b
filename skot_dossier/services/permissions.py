"""Who may do what: the permission matrix, in one place, as data.

A cell is a scope: ``ALL`` (every record), ``OWN_SCHOOLS`` (records of the
schools the user is attached to) or absent (denied). Services call
:func:`authorize`; a denial is written to the audit log in its own
transaction before :class:`PermissionDenied` is raised, so refused attempts
are visible to the privacy officer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from skot_dossier.domain.enums import Role
from skot_dossier.domain.model import Dossier, Person
from skot_dossier.errors import NotFound, SkotError
from skot_dossier.services.grants import BreakGlass, Grant
from skot_dossier.services.grants import Scope as Scope  # re-exported: the matrix cells
from skot_dossier.services.session import Session
from skot_dossier.store import people
from skot_dossier.store import privacy as privacy_store


class PermissionDenied(SkotError):
    code = "denied"
    exit_status = 16

    def __init__(self, *, can_break_glass: bool = False, target_id: str = "") -> None:
        super().__init__()
        self.can_break_glass = can_break_glass
        # The person (or incident) a break-the-glass grant would have to name.
        self.target_id = target_id


ALL, OWN = Scope.ALL, Scope.OWN_SCHOOLS
HR, DIR, PO, ADMIN = Role.HR, Role.DIRECTOR, Role.PRIVACY_OFFICER, Role.ADMIN

# operation -> {role: scope}. Roles not named are denied.
MATRIX: dict[str, dict[Role, Scope]] = {
    "school.list": {HR: ALL, DIR: ALL, PO: ALL, ADMIN: ALL},
    "school.manage": {ADMIN: ALL, HR: ALL},
    "user.list": {HR: ALL, PO: ALL, ADMIN: ALL},
    "user.manage": {ADMIN: ALL},
    "person.create": {HR: ALL, DIR: OWN},
    "person.view": {HR: ALL, DIR: OWN},
    "person.update": {HR: ALL, DIR: OWN},
    "dossier.list": {HR: ALL, DIR: OWN},
    "dossier.view": {HR: ALL, DIR: OWN},
    "dossier.update": {HR: ALL, DIR: OWN},
    "incident.create": {HR: ALL, DIR: OWN},
    "incident.view": {HR: ALL, DIR: OWN},
    "incident.update": {HR: ALL, DIR: OWN},
    "timeline.add": {HR: ALL, DIR: OWN},
    "evidence.add": {HR: ALL, DIR: OWN},
    "evidence.view": {HR: ALL, DIR: OWN},
    "evidence.export": {HR: ALL, DIR: OWN},
    "history.view": {HR: ALL, DIR: OWN},
    "search": {HR: ALL, DIR: OWN},
    "settings.manage": {ADMIN: ALL},
    "decision.create": {HR: ALL, DIR: OWN},
    "decision.view": {HR: ALL, DIR: OWN},
    "decision.update": {HR: ALL, DIR: OWN},
    "decision.finalize": {HR: ALL, DIR: OWN},
    "deadline.view": {HR: ALL, DIR: OWN},
    "deadline.update": {HR: ALL, DIR: OWN},
    "person.lookup": {HR: ALL, DIR: OWN, PO: ALL},
    "privacy.case_access": {HR: ALL},
    "privacy.hold": {HR: ALL, DIR: OWN},
    "privacy.restrict": {HR: ALL, PO: ALL},
    "retention.view": {HR: ALL, PO: ALL},
    "retention.approve": {HR: ALL, PO: ALL},
    "retention.erase": {HR: ALL, PO: ALL},
    "audit.review": {PO: ALL},
    "audit.export": {PO: ALL},
    "audit.verify": {PO: ALL, ADMIN: ALL, HR: ALL},
    "register.view": {PO: ALL, ADMIN: ALL, HR: ALL},
    "vault.backup": {ADMIN: ALL, HR: ALL},
    "letter.create": {HR: ALL, DIR: OWN},
    "letter.view": {HR: ALL, DIR: OWN},
    "letter.update": {HR: ALL, DIR: OWN},
    "letter.finalize": {HR: ALL, DIR: OWN},
    "letter.export": {HR: ALL, DIR: OWN},
    "packet.create": {HR: ALL, DIR: OWN},
    "privacy.break_glass": {HR: ALL, DIR: ALL},
    # The privacy officer registers requests and follows their deadline and answer; the
    # answer itself (everything about the person) is made by HR or the administrator.
    "access_request.view": {HR: ALL, PO: ALL, ADMIN: ALL},
    # The mandate register names officials (no dossier content): readable by every role
    # that works with letters, packets or the log; kept by the administrator.
    "mandate.manage": {ADMIN: ALL},
    "mandate.view": {HR: ALL, DIR: ALL, PO: ALL, ADMIN: ALL},
    "access_request.manage": {HR: ALL, PO: ALL},
    "access_request.export": {HR: ALL, ADMIN: ALL},
}


def role_of(session: Session) -> Role:
    try:
        return Role(session.actor.role)
    except ValueError:
        return Role.NONE


def scope_for(session: Session, operation: str) -> Scope | None:
    if operation not in MATRIX:
        raise KeyError(f"unknown operation {operation!r}")
    return MATRIX[operation].get(role_of(session))


# Operations on a pupil's own dossier for which HR needs a recorded case reason:
# HR sees every staff dossier, but pupil dossiers only where a case needs it.
PUPIL_NEED_TO_KNOW = frozenset(
    {
        "person.view",
        "person.update",
        "dossier.view",
        "dossier.update",
        "history.view",
        "timeline.add",
        "decision.create",
        "decision.view",
        "decision.update",
        "decision.finalize",
        "deadline.view",
        "deadline.update",
        "letter.create",
        "letter.view",
        "letter.update",
        "letter.finalize",
        "letter.export",
        "incident.create",
        "privacy.hold",
        "access_request.manage",
        "access_request.export",
    }
)
# Roles that may break the glass (access outside their scope, with a reason).
BREAK_GLASS_ROLES = frozenset(MATRIX["privacy.break_glass"])


def _glass(session: Session, subject_id: str, object_id: str) -> BreakGlass | None:
    """The session's break-the-glass grant naming this subject or object, if any."""
    for target in (subject_id, object_id):
        reason = session.grants.get(target) if target else None
        if reason is not None:
            return BreakGlass(target, reason)
    return None


def _needs_case_reason(session: Session, operation: str, subject_id: str) -> bool:
    if role_of(session) is not Role.HR or operation not in PUPIL_NEED_TO_KNOW:
        return False
    if not subject_id or privacy_store.person_kind(session.db, subject_id) != "pupil":
        return False
    return not privacy_store.has_case_access(session.db, subject_id, session.actor.user_id)


def _decide(
    session: Session,
    operation: str,
    school_ids: Iterable[str] | None,
    subject_id: str,
    object_id: str,
) -> tuple[Scope, BreakGlass | None] | None:
    """The scope granted and the glass it relies on; ``None`` when refused."""
    scope = scope_for(session, operation)
    if scope is None:
        return None  # a break-the-glass grant never adds an operation to a role
    in_scope = scope is Scope.ALL or school_ids is None
    if not in_scope:
        in_scope = bool(set(school_ids or ()) & session.actor.school_ids)
    if in_scope and not _needs_case_reason(session, operation, subject_id):
        return scope, None
    # Outside the school scope or the need-to-know: only a grant for this session opens it.
    glass = _glass(session, subject_id, object_id)
    return None if glass is None else (scope, glass)


def allowed(
    session: Session,
    operation: str,
    school_ids: Iterable[str] | None = None,
    subject_id: str = "",
    object_id: str = "",
) -> bool:
    schools = None if school_ids is None else tuple(school_ids)
    return _decide(session, operation, schools, subject_id, object_id) is not None


def _log_denied(
    session: Session,
    operation: str,
    object_type: str,
    object_id: str,
    subject_id: str,
    **extra: object,
) -> None:
    with session.db.transaction():
        session.vault.audit.append(
            actor=session.actor.name,
            role=session.actor.role,
            action="denied",
            object_type=object_type,
            object_id=object_id,
            subject_id=subject_id,
            purpose=session.purpose,
            outcome="denied",
            details={"operation": operation, **extra},
        )


def authorize(
    session: Session,
    operation: str,
    school_ids: Iterable[str] | None = None,
    *,
    object_type: str = "",
    object_id: str = "",
    subject_id: str = "",
) -> Grant:
    """Return what is granted, or log the refusal and raise PermissionDenied.

    ``school_ids`` are the schools of the record concerned; ``None`` asks only
    whether the role may do this at all (lists are then filtered by the
    grant's scope). A break-the-glass grant for the subject or object (this
    session only) opens it for a role that may break the glass; the returned
    grant then names it, and the unit of work that takes the grant flags its
    audit entry. Nothing is left on the session.
    """
    schools = None if school_ids is None else tuple(school_ids)
    decided = _decide(session, operation, schools, subject_id, object_id)
    if decided is not None:
        scope, glass = decided
        return Grant(operation, scope, object_type, object_id, subject_id, glass)
    _log_denied(session, operation, object_type, object_id, subject_id)
    may_break = role_of(session) in BREAK_GLASS_ROLES and scope_for(session, operation) is not None
    raise PermissionDenied(can_break_glass=may_break, target_id=subject_id or object_id)


def hidden_pupils(session: Session, person_ids: Iterable[str]) -> set[str]:
    """Pupils among ``person_ids`` whose dossier this HR user has no case reason for."""
    if role_of(session) is not Role.HR:
        return set()
    return {
        pid
        for pid in person_ids
        if pid not in session.grants
        and privacy_store.person_kind(session.db, pid) == "pupil"
        and not privacy_store.has_case_access(session.db, pid, session.actor.user_id)
    }


def authorize_case(
    session: Session,
    operation: str,
    school_ids: Iterable[str],
    party_ids: Iterable[str],
    incident_id: str,
) -> Grant:
    """Authorize an incident-level operation, then HR's need-to-know for its parties.

    HR handles cases; a case whose parties are all pupils HR has no case
    reason for is none of HR's business (the directors handle it), unless HR
    broke the glass for the incident: the grant then says so.
    """
    grant = authorize(session, operation, school_ids, object_type="incident", object_id=incident_id)
    parties = set(party_ids)
    if not parties or hidden_pupils(session, parties) != parties:
        return grant
    glass = grant.break_glass or _glass(session, "", incident_id)
    if glass is not None:
        return Grant(operation, grant.scope, "incident", incident_id, "", glass)
    _log_denied(session, operation, "incident", incident_id, "", need_to_know=True)
    raise PermissionDenied(can_break_glass=True, target_id=incident_id)


# -- the record, loaded and authorized in one step ------------------------------------


@dataclass(frozen=True)
class SubjectAccess:
    """A person (and their dossier), with the grant that allows ``operation`` on them."""

    person: Person
    dossier: Dossier | None
    grant: Grant

    @property
    def dossier_id(self) -> str:
        return self.dossier.id if self.dossier is not None else ""


def authorize_subject(
    session: Session,
    operation: str,
    *,
    dossier_id: str = "",
    person_id: str = "",
    school_ids: Iterable[str] | None = None,
) -> SubjectAccess:
    """Load a dossier (or a person), then authorize ``operation`` by the person's schools.

    By dossier, the audit names the dossier as the object; by person, the
    person. ``school_ids`` overrides the schools checked (a move to another
    school is checked against the new ones). Unknown ids raise NotFound.
    """
    if bool(dossier_id) == bool(person_id):
        raise ValueError("name either a dossier or a person")
    dossier = people.get_dossier(session.db, dossier_id) if dossier_id else None
    if dossier_id and dossier is None:
        raise NotFound()
    person = people.get_person(session.db, dossier.person_id if dossier else person_id)
    if person is None:
        raise NotFound()
    grant = authorize(
        session,
        operation,
        person.school_ids if school_ids is None else school_ids,
        object_type="dossier" if dossier else "person",
        object_id=dossier_id or person.id,
        subject_id=person.id,
    )
    if dossier is None:
        dossier = people.dossier_of_person(session.db, person.id)
    return SubjectAccess(person, dossier, grant)
