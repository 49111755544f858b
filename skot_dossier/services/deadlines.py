"""Deadlines: started by decisions from the protocol, listed, and marked done.

The protocol says which periods a measure starts and what date each counts
from; the holiday calendar in the settings says which days are school days.
Deadlines of a decision are stored when it is finalized; an access request's
one-month period is shown among them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from skot_dossier.domain import clock
from skot_dossier.domain.clock import local_date
from skot_dossier.domain.enums import PartyRole
from skot_dossier.domain.model import Deadline, Decision, Incident
from skot_dossier.errors import SkotError
from skot_dossier.protocol import engine
from skot_dossier.protocol.calendar import deadline_for
from skot_dossier.protocol.model import DeadlineRule, Protocol
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import NotFound, need_to_know_user, new_id
from skot_dossier.services.permissions import Scope, allowed, authorize, authorize_subject, role_of
from skot_dossier.services.restriction import ensure_dossier_open
from skot_dossier.services.rules import (
    INTENTION,
    PROMPTNESS,
    current_protocol,
    facts_of,
    holidays,
    intention_letter_types,
    protocol_of,
)
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import access_requests, cases, people
from skot_dossier.store import decisions as store
from skot_dossier.store import letters as letter_store


def dossier_context(session: Session, dossier_id: str, operation: str) -> tuple[str, str, Grant]:
    """(person_id, ladder id, grant) after the permission check."""
    access = authorize_subject(session, operation, dossier_id=dossier_id)
    assert access.dossier is not None  # loaded by its id
    return access.person.id, access.dossier.kind.value, access.grant


def anchor_dates(session: Session, decision: Decision) -> dict[str, date]:
    """The dates a decision's deadlines count from, as far as they are known."""
    anchors: dict[str, date] = {}
    if decision.decided_on:
        anchors["decision_date"] = decision.decided_on
        anchors["received"] = decision.received_on or decision.decided_on
    if decision.sent_on:
        anchors["intention_sent"] = decision.sent_on
    received = intention_received(session, decision)
    if received is not None:
        anchors["intention_received"] = received
    if decision.start_date:
        anchors["start_date"] = decision.start_date
    if decision.objection_received_on:
        anchors["objection_received"] = decision.objection_received_on
    if decision.facts_known_at:
        anchors["facts_known"] = local_date(decision.facts_known_at)
    elif decision.incident_id:
        incident = cases.get_incidents(session.db, [decision.incident_id])[0]
        anchors["facts_known"] = local_date(incident.known_at)
    return anchors


def intention_received(session: Session, intention: Decision) -> date | None:
    """When the person received the intention letter (None while it is not sent)."""
    if intention.stage != INTENTION:
        return None
    for letter_type in sorted(intention_letter_types(protocol_of(session, intention), intention)):
        sent = letter_store.final_letter_of_type(session.db, intention.id, letter_type)
        if sent is not None and sent.received_on is not None:
            return sent.received_on
    return None


def _computed(
    session: Session, decision: Decision, protocol: Protocol
) -> list[engine.ComputedDeadline]:
    computed = engine.deadlines_for(
        protocol,
        decision.measure_key,
        anchor_dates(session, decision),
        holidays(session),
        facts_of(decision),
    )
    view_rule = protocol.measure(decision.measure_key).view_period
    own = []
    for c in computed:
        is_view = view_rule is not None and c.id == view_rule.id
        if (decision.stage == INTENTION) != is_view:
            continue  # the view period belongs to the intention, the rest to the decision
        if c.kind == PROMPTNESS:
            continue  # a limit the decision itself must meet; checked when finalizing
        own.append(c)
    return own


def _new_deadline(
    rule: DeadlineRule,
    due: date | None,
    dossier_id: str,
    decision_id: str = "",
    incident_id: str = "",
) -> Deadline:
    return Deadline(
        id=new_id(),
        decision_id=decision_id,
        dossier_id=dossier_id,
        rule_id=rule.id,
        label_nl=rule.label_nl,
        label_en=rule.label_en,
        due=due,
        basis=rule.basis,
        kind=rule.kind,
        verify=rule.verify,
        verify_note=rule.verify_note,
        done_on=None,
        done_by="",
        incident_id=incident_id,
    )


def start_deadlines(session: Session, decision: Decision, protocol: Protocol) -> None:
    for c in _computed(session, decision, protocol):
        store.insert_deadline(
            session.db, _new_deadline(c.rule, c.due, decision.dossier_id, decision.id)
        )


def start_signal_deadlines(session: Session, incident: Incident) -> int:
    """A deadline to act for who records a signal the protocol says they must act on
    (directors on signals about staff members' posts); returns how many started.

    Runs inside the unit of work that records the incident.
    """
    role = role_of(session).value
    subjects = people.get_persons(
        session.db, [p.person_id for p in incident.parties if p.role is PartyRole.SUBJECT]
    )
    started = 0
    for signal in current_protocol(session).signals:
        if role not in signal.recorded_by:
            continue
        due = deadline_for(signal.rule, {"signal_recorded": clock.today()}, holidays(session))
        for person in subjects:
            dossier = people.dossier_of_person(session.db, person.id)
            if person.kind.value == signal.about and dossier is not None:
                store.insert_deadline(
                    session.db,
                    _new_deadline(signal.rule, due, dossier.id, incident_id=incident.id),
                )
                started += 1
    return started


def refresh_deadlines(session: Session, decision: Decision) -> list[str]:
    """Recompute the due dates of a decision's open deadlines after a date they count
    from became known or changed (a receipt, an objection); returns the rule ids moved.

    Runs inside the caller's unit of work.
    """
    due = {c.id: c.due for c in _computed(session, decision, protocol_of(session, decision))}
    moved = []
    for deadline_id, rule_id, current, done in store.decision_deadlines(session.db, decision.id):
        if not done and rule_id in due and due[rule_id] != current:
            store.set_due(session.db, deadline_id, due[rule_id])
            moved.append(rule_id)
    return moved


class DeadlineRefused(SkotError):
    """A step cannot be marked done before the steps the law puts first."""

    code = "deadline_refused"
    exit_status = 20


def _check_order(session: Session, deadline_id: str) -> None:
    found = store.deadline_rule(session.db, deadline_id)
    decision = store.get(session.db, found[0]) if found and found[0] else None
    if found is None or decision is None:
        return
    measure = protocol_of(session, decision).measure(decision.measure_key)
    rule = measure.deadline(found[1])
    if rule is None or not rule.requires_done:
        return
    done = {
        r for _i, r, _d, finished in store.decision_deadlines(session.db, decision.id) if finished
    }
    waiting = [r for r in rule.requires_done if r not in done]
    if waiting:
        steps = tuple(d.term for r in waiting if (d := measure.deadline(r)) is not None)
        raise DeadlineRefused("deadline_order", steps=steps)


@dataclass(frozen=True)
class DeadlinesOverview:
    overdue: tuple[Deadline, ...]
    upcoming: tuple[Deadline, ...]


def deadlines_overview(
    session: Session, *, today: date | None = None, horizon_days: int = 28
) -> DeadlinesOverview:
    """Open deadlines across the vault: overdue, and due within the horizon."""
    grant = authorize(session, "deadline.view", object_type="deadline")
    scope = grant.scope
    today = today or clock.today()
    rows = store.deadlines(
        session.db,
        school_ids=None if scope is Scope.ALL else session.actor.school_ids,
        until=today + timedelta(days=horizon_days),
        need_to_know_user=need_to_know_user(session),
    )
    with unit_of_work(
        session, "list", grant=grant, object_type="deadline", details={"rows": len(rows)}
    ):
        pass
    rows = sorted(
        [*rows, *_access_request_deadlines(session, scope, today, horizon_days)],
        key=lambda r: (r.due or date.max, r.id),
    )
    overdue = tuple(r for r in rows if r.due is not None and r.due < today)
    upcoming = tuple(r for r in rows if r.due is not None and r.due >= today)
    return DeadlinesOverview(overdue, upcoming)


def _access_request_deadlines(
    session: Session, scope: Scope, today: date, horizon_days: int
) -> list[Deadline]:
    """Open access requests (one month to answer) as deadlines of the person's dossier.

    Only for roles that handle access requests; HR sees pupils only with a case reason.
    """
    if not allowed(session, "access_request.manage"):
        return []
    rows = access_requests.open_requests_due(
        session.db,
        until=today + timedelta(days=horizon_days),
        school_ids=None if scope is Scope.ALL else session.actor.school_ids,
        need_to_know_user=need_to_know_user(session),
    )
    return [
        Deadline(
            request_id,
            "",
            dossier_id,
            "access_request",
            "Inzageverzoek beantwoorden",
            "Answer the access request",
            due_on,
            "AVG art. 12 lid 3 (één maand, eenmaal te verlengen met twee maanden)",
            "limit",
            False,
            "",
            None,
            "",
            person_name,
            "",
        )
        for request_id, dossier_id, due_on, person_name in rows
    ]


def dossier_deadlines(session: Session, dossier_id: str) -> list[Deadline]:
    person_id, _, grant = dossier_context(session, dossier_id, "deadline.view")
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="deadline",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        pass
    return store.deadlines(
        session.db, school_ids=None, until=None, include_done=True, dossier_id=dossier_id
    )


def complete_deadline(session: Session, deadline_id: str, on: date | None = None) -> None:
    """Mark a deadline done; one the protocol orders after others waits for them."""
    found = store.get_deadline(session.db, deadline_id)
    if found is None:
        raise NotFound()
    dossier_id, done_on = found
    person_id, _, grant = dossier_context(session, dossier_id, "deadline.update")
    ensure_dossier_open(session, dossier_id)
    if done_on is not None:
        return
    _check_order(session, deadline_id)
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="deadline",
        object_id=deadline_id,
        subject_id=person_id,
    ):
        store.complete_deadline(session.db, deadline_id, on or clock.today(), session.actor.name)
