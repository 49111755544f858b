"""Who may do what: the permission matrix, in one place, as data.

A cell is a scope: ``ALL`` (every record), ``OWN_SCHOOLS`` (records of the
schools the user is attached to) or absent (denied). Services call
:func:`authorize`; a denial is written to the audit log in its own
transaction before :class:`PermissionDenied` is raised, so refused attempts
are visible to the privacy officer.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from skot_dossier.domain.enums import Role
from skot_dossier.errors import SkotError
from skot_dossier.services.session import Session
from skot_dossier.store import privacy as privacy_store


class Scope(StrEnum):
    ALL = "all"
    OWN_SCHOOLS = "own_schools"


class PermissionDenied(SkotError):
    code = "denied"
    exit_status = 16

    def __init__(
        self, message: str | None = None, *, can_break_glass: bool = False, target_id: str = ""
    ) -> None:
        super().__init__(message)
        self.can_break_glass = can_break_glass
        # The person (or incident) a break-the-glass grant would have to name.
        self.target_id = target_id

    @classmethod
    def default_message(cls) -> str:
        return "Your role does not allow this."


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
    # The mandate register names officials (no dossier content): readable by every role
    # that works with letters, packets or the log; kept by the administrator.
    "mandate.manage": {ADMIN: ALL},
    "mandate.view": {HR: ALL, DIR: ALL, PO: ALL, ADMIN: ALL},
    "access_request.manage": {HR: ALL, PO: ALL},
    "access_request.export": {HR: ALL, PO: ALL},
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
        "access_request.manage",
        "access_request.export",
    }
)
# Roles that may break the glass (access outside their scope, with a reason).
BREAK_GLASS_ROLES = frozenset({Role.HR, Role.DIRECTOR})


def _granted(session: Session, subject_id: str, object_id: str) -> bool:
    return bool(
        subject_id and subject_id in session.grants or object_id and object_id in session.grants
    )


def _needs_case_reason(session: Session, operation: str, subject_id: str) -> bool:
    if role_of(session) is not Role.HR or operation not in PUPIL_NEED_TO_KNOW:
        return False
    if not subject_id or privacy_store.person_kind(session.db, subject_id) != "pupil":
        return False
    return not privacy_store.has_case_access(session.db, subject_id, session.actor.user_id)


def allowed(
    session: Session,
    operation: str,
    school_ids: Iterable[str] | None = None,
    subject_id: str = "",
    object_id: str = "",
) -> bool:
    scope = scope_for(session, operation)
    if scope is None:
        return False  # a break-the-glass grant never adds an operation to a role
    if _granted(session, subject_id, object_id):
        return True  # it widens the school scope and the need-to-know, for this session
    if _needs_case_reason(session, operation, subject_id):
        return False
    if scope is Scope.ALL or school_ids is None:
        return True
    return bool(set(school_ids) & session.actor.school_ids)


def _without_grants(session: Session) -> Session:
    return Session(session.vault, session.actor, session.purpose, session.protocol_dir)


def authorize(
    session: Session,
    operation: str,
    school_ids: Iterable[str] | None = None,
    *,
    object_type: str = "",
    object_id: str = "",
    subject_id: str = "",
) -> Scope:
    """Return the caller's scope, or log the refusal and raise PermissionDenied.

    ``school_ids`` are the schools of the record concerned; ``None`` asks only
    whether the role may do this at all (lists are then filtered by scope).
    A break-the-glass grant for the subject or object (this session only)
    opens it for a role that may break the glass; the grant is then named in
    the audit entry of the access.
    """
    schools = None if school_ids is None else tuple(school_ids)
    if allowed(session, operation, schools, subject_id, object_id):
        scope = scope_for(session, operation)
        assert scope is not None
        if _granted(session, subject_id, object_id) and not allowed(
            _without_grants(session), operation, schools, subject_id, object_id
        ):
            # The access happens only because the glass was broken: flag its entry.
            session.glass_used = session.grants.get(subject_id) or session.grants.get(object_id)
        return scope
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
            details={"operation": operation},
        )
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
) -> Scope:
    """Authorize an incident-level operation, then HR's need-to-know for its parties.

    HR handles cases; a case whose parties are all pupils HR has no case
    reason for is none of HR's business (the directors handle it).
    """
    scope = authorize(session, operation, school_ids, object_type="incident", object_id=incident_id)
    parties = set(party_ids)
    if parties and incident_id not in session.grants and hidden_pupils(session, parties) == parties:
        with session.db.transaction():
            session.vault.audit.append(
                actor=session.actor.name,
                role=session.actor.role,
                action="denied",
                object_type="incident",
                object_id=incident_id,
                purpose=session.purpose,
                outcome="denied",
                details={"operation": operation, "need_to_know": True},
            )
        raise PermissionDenied(can_break_glass=True, target_id=incident_id)
    return scope
