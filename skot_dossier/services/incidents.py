"""Incidents and dossier timelines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime

from skot_dossier.domain.clock import local_date
from skot_dossier.domain.drafts import IncidentDraft
from skot_dossier.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    PartyRole,
    PersonKind,
    PostedAs,
    Seriousness,
    TimelineKind,
)
from skot_dossier.domain.model import Correction, Incident, IncidentParty, TimelineEntry
from skot_dossier.domain.validation import MAX_TEXT, Validator
from skot_dossier.services import deadlines, masking
from skot_dossier.services.case_scope import (
    authorize_incident,
    hidden_persons,
    index_schools,
    scope_schools,
)
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import new_id
from skot_dossier.services.permissions import authorize, authorize_subject
from skot_dossier.services.restriction import ensure_dossier_open, ensure_person_open
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import cases, history, people, search


def _build(session: Session, draft: IncidentDraft, incident_id: str) -> Incident:
    v = Validator()
    occurred = v.past_moment("occurred_at", draft.occurred_at)
    known = v.past_moment(
        "known_at", draft.known_at, not_before=occurred, not_before_code="before_occurred"
    )
    parties: list[IncidentParty] = []
    for i, p in enumerate(draft.parties):
        role = v.choice(f"parties.{i}.role", p.role, PartyRole)
        if role is not None:
            parties.append(IncidentParty(p.person_id, role))
    kinds = {x.id: x.kind for x in people.get_persons(session.db, [p.person_id for p in parties])}
    if any(p.person_id not in kinds for p in parties):
        v.fail("parties", "unknown_person")
    if not any(p.role is PartyRole.SUBJECT for p in parties):
        v.fail("parties", "no_subject")
    posted_as = v.choice("posted_as", draft.posted_as, PostedAs) if draft.posted_as else None
    staff_subject = any(
        p.role is PartyRole.SUBJECT and kinds.get(p.person_id) is PersonKind.STAFF for p in parties
    )
    if posted_as is not None and not staff_subject:
        v.fail("posted_as", "posted_as_without_staff")
    if draft.school_id not in {s.id for s in people.schools(session.db)}:
        v.fail("school_id", "choose_incident_school")
    incident = Incident(
        id=incident_id,
        title=v.text("title", draft.title),
        occurred_at=occurred or datetime.now(UTC),
        known_at=known or datetime.now(UTC),
        platforms=v.lines("platforms", draft.platforms),
        handles=v.lines("handles", draft.handles),
        urls=v.lines("urls", draft.urls, urls=True),
        description=v.text("description", draft.description, max_len=MAX_TEXT, multiline=True),
        consequences=v.text(
            "consequences", draft.consequences, required=False, max_len=MAX_TEXT, multiline=True
        ),
        category=v.choice("category", draft.category, IncidentCategory) or IncidentCategory.OTHER,
        seriousness=v.choice("seriousness", draft.seriousness, Seriousness) or Seriousness.LOW,
        status=v.choice("status", draft.status, IncidentStatus) or IncidentStatus.REPORTED,
        school_id=draft.school_id,
        parties=tuple(dict.fromkeys(parties)),
        created_by=session.actor.name,
        created_at=datetime.now(UTC),
        created_by_user=session.actor.user_id,
        posted_as=posted_as,
        minor_images=bool(draft.minor_images),
    )
    v.done()
    return incident


def _index(session: Session, incident: Incident) -> None:
    body = " ".join(
        [
            incident.description,
            incident.consequences,
            *incident.platforms,
            *incident.handles,
            *incident.urls,
        ]
    )
    search.put(
        session.db,
        "incident",
        incident.id,
        incident.title,
        body,
        None,
        index_schools(session.db, incident),
    )


def _party_grants(session: Session, person_ids: Iterable[str], incident_id: str) -> list[Grant]:
    """Recording an incident about someone (or adding them to one) is per person:
    each must be in the user's scope, and their dossier open to changes."""
    grants = []
    for person in people.get_persons(session.db, sorted(person_ids)):
        grants.append(
            authorize(
                session,
                "incident.create",
                person.school_ids,
                object_type="incident",
                object_id=incident_id,
                subject_id=person.id,
            )
        )
        ensure_person_open(session, person.id)
    return grants


def record_incident(session: Session, draft: IncidentDraft) -> Incident:
    """Record what happened; every party's dossier gets a timeline entry."""
    grants = [authorize(session, "incident.create", [draft.school_id], object_type="incident")]
    incident = _build(session, draft, new_id())
    grants += _party_grants(session, {p.person_id for p in incident.parties}, "")
    with unit_of_work(
        session,
        "create",
        grant=grants,
        object_type="incident",
        object_id=incident.id,
        details={"parties": len(incident.parties), "category": incident.category.value},
    ) as note:
        cases.insert_incident(session.db, incident)
        for party in incident.parties:
            dossier = people.dossier_of_person(session.db, party.person_id)
            if dossier is not None:
                _timeline(
                    session,
                    dossier.id,
                    TimelineKind.INCIDENT,
                    local_date(incident.occurred_at),
                    incident.title,
                    incident.id,
                )
        _index(session, incident)
        subjects = [p.person_id for p in incident.parties if p.role is PartyRole.SUBJECT]
        note.subject_id = subjects[0] if len(subjects) == 1 else ""
        started = deadlines.start_signal_deadlines(session, incident)
        if started:
            note.details["signal_deadlines"] = started
    return incident


def unlisted_pupils(session: Session, draft: IncidentDraft) -> list[str]:
    """Names (as typed) in the draft's title, description or consequences that belong to
    a pupil who is not among its parties: at intake the user is warned, for a pupil named
    in a case they are no party to is a pupil whose data nobody finds under their name."""
    grant = authorize(session, "incident.create", object_type="incident")
    found = masking.pupils_named_outside(
        session,
        [draft.title, draft.description, draft.consequences],
        [p.person_id for p in draft.parties],
    )
    with unit_of_work(
        session,
        "search",
        grant=grant,
        object_type="pupil-lookup",
        details={"results": len(found), "check": "names-in-description"},
    ):
        pass
    return found


def _load(session: Session, incident_id: str, operation: str) -> tuple[Incident, Grant]:
    """The stored incident, once the reader may do ``operation`` on it (as stored:
    callers that return it to the reader show it through :func:`_for_reader`)."""
    access = authorize_incident(session, operation, incident_id)
    return access.incident, access.grant


def _for_reader(session: Session, incident: Incident) -> Incident:
    """The case as this reader may see it: persons they may not see are masked, in the
    parties list and wherever the text names them."""
    return masking.incident_for(session, incident)


def subjects_detail(incident: Incident) -> dict[str, list[str]]:
    """Audit detail naming every party, so "who looked at this person" finds the entry."""
    return {"subjects": sorted({p.person_id for p in incident.parties})}


def get_incident(session: Session, incident_id: str) -> Incident:
    incident, grant = _load(session, incident_id, "incident.view")
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="incident",
        object_id=incident_id,
        details={"parties": len(incident.parties), **subjects_detail(incident)},
    ):
        pass
    return _for_reader(session, incident)


def _flat(i: Incident) -> dict[str, str]:
    return {
        "title": i.title,
        "occurred_at": i.occurred_at.isoformat(),
        "known_at": i.known_at.isoformat(),
        "platforms": ", ".join(i.platforms),
        "handles": ", ".join(i.handles),
        "urls": " ".join(i.urls),
        "description": i.description,
        "consequences": i.consequences,
        "category": i.category.value,
        "seriousness": i.seriousness.value,
        "status": i.status.value,
        "school_id": i.school_id,
        "parties": "; ".join(f"{p.person_id}:{p.role.value}" for p in i.parties),
        "posted_as": i.posted_as.value if i.posted_as else "",
        "minor_images": "ja" if i.minor_images else "nee",
    }


def update_incident(
    session: Session, incident_id: str, draft: IncidentDraft, reason: str
) -> Incident:
    """Correct an incident; the old values stay readable in its history."""
    old, grant = _load(session, incident_id, "incident.update")
    for party in old.parties:
        ensure_person_open(session, party.person_id)
    v = Validator()
    why = v.text("reason", reason, max_len=500)
    v.done()
    new = replace(
        _build(session, draft, incident_id),
        created_by=old.created_by,
        created_at=old.created_at,
        created_by_user=old.created_by_user,
    )
    grants = [
        grant,
        authorize(
            session,
            "incident.update",
            scope_schools(session, new),
            object_type="incident",
            object_id=incident_id,
        ),
    ]
    old_ids = {p.person_id for p in old.parties}
    new_ids = {p.person_id for p in new.parties}
    grants += _party_grants(session, new_ids - old_ids, incident_id)
    before, after = _flat(old), _flat(new)
    changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    if not changes:
        return _for_reader(session, old)
    with unit_of_work(
        session,
        "update",
        grant=grants,
        object_type="incident",
        object_id=incident_id,
        details={"fields": sorted(changes)},
    ):
        cases.update_incident(session.db, new)
        history.record(session.db, "incident", incident_id, changes, session.actor.name, why)
        _index(session, new)
        for person_id in old_ids - new_ids:
            dossier = people.dossier_of_person(session.db, person_id)
            if dossier is not None:
                cases.delete_incident_entries(session.db, dossier.id, incident_id)
        for person_id in new_ids - old_ids:
            dossier = people.dossier_of_person(session.db, person_id)
            if dossier is not None:
                _timeline(
                    session,
                    dossier.id,
                    TimelineKind.INCIDENT,
                    local_date(new.occurred_at),
                    new.title,
                    incident_id,
                )
    return _for_reader(session, new)


def incident_history(session: Session, incident_id: str) -> list[Correction]:
    incident, grant = _load(session, incident_id, "history.view")
    with unit_of_work(session, "view", grant=grant, object_type="history", object_id=incident_id):
        corrections = history.history(session.db, "incident", incident_id)
    reader = masking.reader(session)
    context = masking.parties(incident)
    return [masking.correction_for(reader, c, context) for c in corrections]


def _timeline(
    session: Session,
    dossier_id: str,
    kind: TimelineKind,
    happened_on: date,
    summary: str,
    incident_id: str | None,
) -> TimelineEntry:
    entry = TimelineEntry(
        new_id(),
        dossier_id,
        kind,
        happened_on,
        summary,
        session.actor.name,
        datetime.now(UTC),
        incident_id,
    )
    cases.insert_timeline(session.db, entry)
    return entry


def add_timeline_entry(
    session: Session,
    dossier_id: str,
    kind: str,
    happened_on: date | None,
    summary: str,
    incident_id: str | None = None,
) -> TimelineEntry:
    """A conversation, hearing, note, parent contact or police contact, dated."""
    access = authorize_subject(session, "timeline.add", dossier_id=dossier_id)
    person = access.person
    ensure_dossier_open(session, dossier_id)
    v = Validator()
    chosen = v.choice("kind", kind, TimelineKind)
    when = v.past_date(
        "happened_on",
        happened_on,
        required=True,
        not_before=person.birth_date,
        not_before_code="before_birth",
    )
    text = v.text("summary", summary, max_len=MAX_TEXT, multiline=True)
    if incident_id and person.id not in cases.party_ids(session.db, incident_id):
        v.fail("incident_id", "not_involved")
    v.done()
    assert chosen is not None and when is not None
    with unit_of_work(
        session,
        "create",
        grant=access.grant,
        object_type="timeline",
        subject_id=person.id,
        details={"kind": chosen.value},
    ) as note:
        entry = _timeline(session, dossier_id, chosen, when, text, incident_id)
        search.put(
            session.db, "timeline", entry.id, chosen.value, text, dossier_id, person.school_ids
        )
        note.object_id = entry.id
    return entry


def dossiers_of_incident(session: Session, incident_id: str) -> list[tuple[str, str, str]]:
    """(dossier id, name, part) of every party the user may open, for navigation."""
    incident, _ = _load(session, incident_id, "incident.view")
    hidden = hidden_persons(session, [p.person_id for p in incident.parties])
    result = []
    for party in incident.parties:
        dossier = people.dossier_of_person(session.db, party.person_id)
        if dossier is not None and party.person_id not in hidden:
            result.append((dossier.id, party.display_name, party.role.value))
    return result
