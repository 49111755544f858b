"""Schools, users, persons and their dossiers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from skot_dossier.domain.drafts import AddressDraft, PersonDraft
from skot_dossier.domain.enums import DossierStatus, PersonKind, Role, Salutation, TimelineKind
from skot_dossier.domain.model import (
    Address,
    Correction,
    Dossier,
    DossierSummary,
    Guardian,
    Incident,
    Person,
    School,
    TimelineEntry,
    User,
)
from skot_dossier.domain.validation import ValidationError, Validator
from skot_dossier.errors import NotFound as NotFound  # re-exported for the services
from skot_dossier.services import masking
from skot_dossier.services.case_scope import index_schools, may_view_incident
from skot_dossier.services.permissions import Scope, authorize, authorize_subject, role_of
from skot_dossier.services.restriction import ensure_dossier_open, ensure_person_open
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import cases, history, people, search
from skot_dossier.store import evidence as evidence_store
from skot_dossier.store import privacy as privacy_store

MAX_GUARDIANS = 4


def new_id() -> str:
    return uuid.uuid4().hex


# -- schools and users ----------------------------------------------------------


def add_school(
    session: Session, name: str, brin: str, address: AddressDraft, director_name: str
) -> School:
    grant = authorize(session, "school.manage", object_type="school")
    v = Validator()
    school = School(
        id=new_id(),
        name=v.text("name", name),
        brin=v.number("brin", brin).upper(),
        address=_address(v, "address", address),
        director_name=v.name("director_name", director_name),
    )
    if school.brin and people.school_brin_taken(session.db, school.brin):
        v.fail("brin", "brin_taken")
    v.done()
    with unit_of_work(session, "create", grant=grant, object_type="school", object_id=school.id):
        people.insert_school(session.db, school)
    return school


def list_schools(session: Session) -> list[School]:
    authorize(session, "school.list")
    return people.schools(session.db)


def add_user(
    session: Session, name: str, role: str, keyslot_label: str, school_ids: tuple[str, ...] = ()
) -> User:
    grant = authorize(session, "user.manage", object_type="user")
    v = Validator()
    chosen = v.choice("role", role, Role)
    user = User(
        new_id(),
        v.name("name", name),
        chosen or Role.NONE,
        v.text("keyslot_label", keyslot_label, max_len=80),
        frozenset(school_ids),
    )
    if chosen is Role.DIRECTOR and not school_ids:
        v.fail("school_ids", "director_needs_school")
    known = {s.id for s in people.schools(session.db)}
    if set(school_ids) - known:
        v.fail("school_ids", "unknown_school")
    if any(u.keyslot_label == user.keyslot_label for u in people.users(session.db)):
        v.fail("keyslot_label", "login_taken")
    v.done()
    with unit_of_work(
        session,
        "create",
        grant=grant,
        object_type="user",
        object_id=user.id,
        details={"role": user.role.value},
    ):
        people.insert_user(session.db, user)
    return user


def list_users(session: Session) -> list[User]:
    authorize(session, "user.list")
    return people.users(session.db)


# -- persons -------------------------------------------------------------------


def _address(v: Validator, field: str, draft: AddressDraft | None) -> Address:
    draft = draft or AddressDraft()
    return Address(
        v.text(f"{field}.street", draft.street),
        v.postcode(f"{field}.postcode", draft.postcode),
        v.text(f"{field}.town", draft.town, max_len=100),
    )


def _build_person(session: Session, draft: PersonDraft, person_id: str) -> Person:
    v = Validator()
    kind = v.choice("kind", draft.kind, PersonKind)
    salutation = v.choice("salutation", draft.salutation, Salutation) or Salutation.NEUTRAL
    birth = v.past_date("birth_date", draft.birth_date)
    person = Person(
        id=person_id,
        kind=kind or PersonKind.PUPIL,
        given_name=v.name("given_name", draft.given_name),
        family_name=v.name("family_name", draft.family_name),
        salutation=salutation,
        number=v.number("number", draft.number),
        school_ids=frozenset(draft.school_ids),
        birth_date=birth,
        position=v.text("position", draft.position, required=False, max_len=100),
        group=v.text("group", draft.group, required=False, max_len=20),
    )
    if not draft.school_ids:
        v.fail("school_ids", "choose_school")
    elif set(draft.school_ids) - {s.id for s in people.schools(session.db)}:
        v.fail("school_ids", "unknown_school")
    if person.kind is PersonKind.STAFF:
        start = v.past_date(
            "employment_start",
            draft.employment_start,
            not_before=birth,
            not_before_code="before_birth",
        )
        end = draft.employment_end
        if end is not None and start is not None and end < start:
            v.fail("employment_end", "before_employment_start")
        address = _address(v, "address", draft.address) if draft.address else None
        person = replace(person, employment_start=start, employment_end=end, address=address)
        if draft.guardians:
            v.fail("guardians", "guardians_only_pupils")
    else:
        left = v.past_date(
            "date_left", draft.date_left, not_before=birth, not_before_code="before_birth"
        )
        guardians = tuple(
            Guardian(
                new_id(),
                v.name(f"guardians.{i}.name", g.name),
                v.choice(f"guardians.{i}.salutation", g.salutation, Salutation)
                or Salutation.NEUTRAL,
                _address(v, f"guardians.{i}.address", g.address),
                v.text(f"guardians.{i}.relation", g.relation, max_len=40),
            )
            for i, g in enumerate(draft.guardians)
        )
        if len(guardians) > MAX_GUARDIANS:
            v.fail("guardians", "too_many_guardians", limit=MAX_GUARDIANS)
        person = replace(person, date_left=left, guardians=guardians)
    if person.number and people.number_taken(session.db, person.kind, person.number, person_id):
        v.fail("number", "number_taken")
    v.done()
    return person


def _index_person(session: Session, person: Person, dossier_id: str) -> None:
    body = " ".join(
        [person.number, person.position, person.group, *(g.name for g in person.guardians)]
    )
    search.put(
        session.db, "person", person.id, person.full_name, body, dossier_id, person.school_ids
    )


def _rescope_index(session: Session, person: Person, dossier_id: str) -> None:
    """After a move to another school, search follows: timeline notes, and the
    incidents (and their evidence) the person is party to."""
    for entry in cases.timeline(session.db, dossier_id) if dossier_id else []:
        search.set_schools(session.db, "timeline", entry.id, person.school_ids)
    for incident in cases.incidents_of_person(session.db, person.id):
        schools = index_schools(session.db, incident)
        search.set_schools(session.db, "incident", incident.id, schools)
        for item in evidence_store.evidence_of_incident(session.db, incident.id):
            search.set_schools(session.db, "evidence", item.id, schools)


def create_person(
    session: Session, draft: PersonDraft, case_reason: str = ""
) -> tuple[Person, Dossier]:
    """Register a staff member or pupil and open their dossier.

    HR sees pupil dossiers only where a case needs it: when HR registers a
    pupil, the reason is required and recorded as HR's need to know.
    """
    grant = authorize(session, "person.create", draft.school_ids, object_type="person")
    needs_reason = role_of(session) is Role.HR and draft.kind == PersonKind.PUPIL.value
    v = Validator()
    reason = v.text("case_reason", case_reason, required=needs_reason, max_len=500)
    v.done()
    person = _build_person(session, draft, new_id())
    dossier = Dossier(new_id(), person.id, person.kind, DossierStatus.OPEN, datetime.now(UTC))
    with unit_of_work(
        session,
        "create",
        grant=grant,
        object_type="dossier",
        object_id=dossier.id,
        subject_id=person.id,
        details={"kind": person.kind.value},
    ):
        people.insert_person(session.db, person)
        people.insert_dossier(session.db, dossier)
        _index_person(session, person, dossier.id)
        if needs_reason:
            privacy_store.grant_case_access(session.db, person.id, session.actor.user_id, reason)
            session.vault.audit.append(
                actor=session.actor.name,
                role=session.actor.role,
                action="need-to-know",
                object_type="person",
                object_id=person.id,
                subject_id=person.id,
                purpose=reason,
                details={"flag": "need-to-know"},
            )
    return person, dossier


def get_person(session: Session, person_id: str) -> Person:
    access = authorize_subject(session, "person.view", person_id=person_id)
    with unit_of_work(
        session,
        "view",
        grant=access.grant,
        object_type="person",
        object_id=person_id,
        subject_id=person_id,
    ):
        pass
    return access.person


def _flat(person: Person) -> dict[str, str]:
    a = person.address
    values = {
        "given_name": person.given_name,
        "family_name": person.family_name,
        "salutation": person.salutation.value,
        "number": person.number,
        "birth_date": str(person.birth_date or ""),
        "position": person.position,
        "employment_start": str(person.employment_start or ""),
        "employment_end": str(person.employment_end or ""),
        "group": person.group,
        "date_left": str(person.date_left or ""),
        "school_ids": ",".join(sorted(person.school_ids)),
        "address": f"{a.street}, {a.postcode} {a.town}" if a else "",
        "guardians": "; ".join(
            f"{g.name} ({g.address.street}, {g.address.postcode} {g.address.town})"
            for g in person.guardians
        ),
    }
    return values


def update_person(session: Session, person_id: str, draft: PersonDraft, reason: str) -> Person:
    """Correct a person's details; the old values stay readable in the history."""
    current = authorize_subject(session, "person.update", person_id=person_id)
    old = current.person
    ensure_person_open(session, person_id)
    moved = authorize_subject(
        session, "person.update", person_id=person_id, school_ids=draft.school_ids
    )
    v = Validator()
    why = v.text("reason", reason, max_len=500)
    v.done()
    if draft.kind != old.kind.value:
        raise ValidationError.of("kind", "kind_change")
    new = _build_person(session, draft, person_id)
    before, after = _flat(old), _flat(new)
    changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    if not changes:
        return old
    dossier = current.dossier
    with unit_of_work(
        session,
        "update",
        grant=(current.grant, moved.grant),
        object_type="person",
        object_id=person_id,
        subject_id=person_id,
        details={"fields": sorted(changes)},
    ):
        people.update_person(session.db, new)
        history.record(session.db, "person", person_id, changes, session.actor.name, why)
        _index_person(session, new, dossier.id if dossier else "")
        if new.school_ids != old.school_ids:
            _rescope_index(session, new, dossier.id if dossier else "")
    return new


def person_history(session: Session, person_id: str) -> list[Correction]:
    access = authorize_subject(session, "history.view", person_id=person_id)
    with unit_of_work(
        session,
        "view",
        grant=access.grant,
        object_type="history",
        object_id=person_id,
        subject_id=person_id,
    ):
        return history.history(session.db, "person", person_id)


# -- dossiers ------------------------------------------------------------------


def need_to_know_user(session: Session) -> str | None:
    """For HR: the user whose recorded case reasons open pupil dossiers in lists."""
    return session.actor.user_id if role_of(session) is Role.HR else None


def _own_schools(session: Session, scope: Scope) -> frozenset[str] | None:
    return None if scope is Scope.ALL else session.actor.school_ids


def list_dossiers(
    session: Session,
    *,
    kind: str | None = None,
    status: str | None = None,
    school_id: str | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[DossierSummary]:
    grant = authorize(session, "dossier.list", object_type="dossier")
    rows = people.list_dossiers(
        session.db,
        school_ids=_own_schools(session, grant.scope),
        kind=PersonKind(kind) if kind else None,
        status=DossierStatus(status) if status else None,
        school_filter=school_id,
        offset=offset,
        limit=limit,
        need_to_know_user=need_to_know_user(session),
    )
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="dossier",
        details={"rows": len(rows), "offset": offset},
    ):
        pass
    return rows


@dataclass(frozen=True)
class DossierView:
    dossier: Dossier
    person: Person
    timeline: tuple[TimelineEntry, ...]
    incidents: tuple[Incident, ...]


def open_dossier(session: Session, dossier_id: str) -> DossierView:
    access = authorize_subject(session, "dossier.view", dossier_id=dossier_id)
    person, dossier = access.person, access.dossier
    assert dossier is not None  # loaded by its id
    incidents = cases.incidents_of_person(session.db, person.id)
    readable = [i for i in incidents if may_view_incident(session, i)]
    shielded = {i.id for i in incidents} - {i.id for i in readable}
    reader = masking.reader(session)
    view = DossierView(
        dossier,
        person,
        tuple(
            masking.timeline_for(
                reader, _shielded_entry(e) if e.incident_id in shielded else e, [person.id]
            )
            for e in cases.timeline(session.db, dossier_id)
        ),
        tuple(masking.incident_for(session, i, reader) for i in readable),
    )
    with unit_of_work(
        session,
        "view",
        grant=access.grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person.id,
    ):
        pass
    return view


SHIELDED_INCIDENT = "[afgeschermd incident]"


def _shielded_entry(entry: TimelineEntry) -> TimelineEntry:
    """A timeline line about an incident this reader may not open (another school's case
    in which the person is, say, a witness). The incident's own line keeps its date but
    not the incident's title; a note written in this dossier stays, unlinked."""
    if entry.kind is TimelineKind.INCIDENT:
        return replace(entry, summary=SHIELDED_INCIDENT, incident_id=None)
    return replace(entry, incident_id=None)


def set_dossier_status(session: Session, dossier_id: str, status: str, reason: str) -> None:
    access = authorize_subject(session, "dossier.update", dossier_id=dossier_id)
    dossier = access.dossier
    assert dossier is not None  # loaded by its id
    ensure_dossier_open(session, dossier_id)
    v = Validator()
    new = v.choice("status", status, DossierStatus)
    why = v.text("reason", reason, max_len=500)
    v.done()
    assert new is not None
    with unit_of_work(
        session,
        "update",
        grant=access.grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=dossier.person_id,
        details={"status": new.value},
    ):
        people.set_dossier_status(session.db, dossier_id, new)
        history.record(
            session.db,
            "dossier",
            dossier_id,
            {"status": (dossier.status.value, new.value)},
            session.actor.name,
            why,
        )
