"""Sanction decisions guided by the protocol: ladder, checklist, two steps, deadlines.

The protocol file is the single source of the rules; every decision stores
the protocol version it was taken under and is judged against that version.
The engine advises; the person deciding chooses, and the service refuses
only what the protocol or the law does not allow.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from skot_dossier.documents.letters import letter_ids
from skot_dossier.domain import clock
from skot_dossier.domain.enums import MandateKind, PartyRole, PostedAs, TimelineKind
from skot_dossier.domain.model import Decision, TimelineEntry
from skot_dossier.domain.validation import MAX_TEXT, ValidationError, Validator
from skot_dossier.errors import SkotError
from skot_dossier.problems import Problem, problem
from skot_dossier.protocol import engine
from skot_dossier.protocol.calendar import deadline_for
from skot_dossier.protocol.model import (
    CaseFacts,
    ChecklistItem,
    DeadlineRule,
    IncidentSituation,
    Measure,
    Protocol,
)
from skot_dossier.services import mandates
from skot_dossier.services.correspondence import propose_letters
from skot_dossier.services.deadlines import (
    anchor_dates,
    dossier_context,
    refresh_deadlines,
    start_deadlines,
)
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.permissions import role_of
from skot_dossier.services.restriction import ensure_dossier_open
from skot_dossier.services.rules import (
    DECISION,
    INTENTION,
    PROMPTNESS,
    counts_school_days,
    current_protocol,
    facts_of,
    holidays,
    protocol_of,
)
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import cases, people
from skot_dossier.store import decisions as store

# Which protocol decider roles each app role may record a decision for. HR
# prepares and records the board's decisions under mandate.
DECIDER_ROLES = {"hr": ("hr", "board"), "director": ("director",)}
DRAFT, FINAL, SUPERSEDED = "draft", "final", "superseded"


class DecisionRefused(SkotError):
    """The protocol or the law does not allow this step (yet)."""

    code = "decision_refused"
    exit_status = 18


# -- context -------------------------------------------------------------------


def _load(session: Session, decision_id: str, operation: str) -> tuple[Decision, str, Grant]:
    decision = store.get(session.db, decision_id)
    if decision is None:
        raise NotFound()
    person_id, _, grant = dossier_context(session, decision.dossier_id, operation)
    return decision, person_id, grant


# -- the ladder ----------------------------------------------------------------


@dataclass(frozen=True)
class LadderOverview:
    protocol_label: str
    position: engine.LadderPosition
    decisions: tuple[Decision, ...]


def ladder_overview(session: Session, dossier_id: str, today: date | None = None) -> LadderOverview:
    """Where this person stands: earlier measures and every measure open to consider."""
    person_id, ladder, grant = dossier_context(session, dossier_id, "decision.view")
    protocol = current_protocol(session)
    history = store.of_dossier(session.db, dossier_id)
    past = [
        engine.PastMeasure(d.measure_key.partition(".")[2], d.decided_on)
        for d in history
        if d.status == FINAL
        and d.stage == DECISION
        and d.decided_on
        and d.measure_key.startswith(ladder + ".")
    ]
    position = engine.ladder_position(protocol, ladder, past, today)
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="ladder",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        pass
    return LadderOverview(protocol.label, position, tuple(history))


# -- drafts --------------------------------------------------------------------


def _decider_role(session: Session, measure: Measure) -> str:
    allowed = DECIDER_ROLES.get(role_of(session).value, ())
    chosen = next((r for r in allowed if r in measure.decided_by), None)
    if chosen is None:
        protocol = current_protocol(session)
        deciders = tuple(protocol.role(r).term for r in measure.decided_by)
        raise DecisionRefused("decision_wrong_decider", deciders=deciders)
    return chosen


def start_decision(
    session: Session,
    dossier_id: str,
    measure_key: str,
    *,
    incident_id: str | None = None,
    case_facts: dict[str, int | bool] | None = None,
    intention_id: str | None = None,
    fact_reasons: Mapping[str, str] | None = None,
) -> Decision:
    """Open a draft: an intention for a two-step measure, else the decision itself.

    Case facts that follow from the incident (protocol ``[[derived_facts]]``) are set
    whatever ``case_facts`` says; to switch one off, ``fact_reasons`` gives the
    written reason under the fact's name.
    """
    person_id, ladder, grant = dossier_context(session, dossier_id, "decision.create")
    ensure_dossier_open(session, dossier_id)
    protocol = current_protocol(session)
    measure = protocol.measure(measure_key)
    if measure.ladder != ladder:
        raise ValidationError.of(
            "measure", "measure_not_of_ladder", ladder=protocol.ladder(ladder).term
        )
    decider = _decider_role(session, measure)
    if incident_id is not None:
        found = cases.get_incidents(session.db, [incident_id])
        if not found or all(p.person_id != person_id for p in found[0].parties):
            raise ValidationError.of("incident_id", "not_incident_of_person")
    current: dict[str, int | bool] = _checked_facts({})
    reasons: dict[str, str] = {}
    stage, grounds, facts_text = INTENTION if measure.two_step else DECISION, "", ""
    if intention_id is not None:
        intention = store.get(session.db, intention_id)
        if (
            intention is None
            or intention.stage != INTENTION
            or intention.status != FINAL
            or intention.dossier_id != dossier_id
            or intention.measure_key != measure.key
        ):
            raise DecisionRefused("decision_intention_mismatch")
        stage, grounds, facts_text = DECISION, intention.grounds, intention.facts_relied_on
        incident_id = incident_id or intention.incident_id
        current = dict(intention.case_facts)
        reasons = {k: v for k, v in intention.reasons.items() if k.startswith(FACT_OFF)}
    v = Validator()
    facts, reasons, switched = _with_facts(
        v,
        current,
        case_facts,
        _derived(session, protocol, incident_id, person_id),
        reasons,
        fact_reasons or {},
    )
    v.done()
    decision = Decision(
        id=new_id(),
        dossier_id=dossier_id,
        incident_id=incident_id,
        protocol_label=protocol.label,
        measure_key=measure.key,
        stage=stage,
        intention_id=intention_id,
        status=DRAFT,
        case_facts=facts,
        facts_relied_on=facts_text,
        grounds=grounds,
        seriousness_statements="",
        seriousness_behaviour="",
        seriousness_consequences="",
        hearing_date=None,
        hearing_summary="",
        subject_view="",
        view_recorded_on=None,
        suspension_kind="",
        duration_days=None,
        start_date=None,
        decider_role=decider,
        decider_name=session.actor.name,
        decided_on=None,
        sent_on=None,
        received_on=None,
        override_reason="",
        override_items=(),
        justification="",
        precedent_comparison="",
        supersedes=None,
        superseded_by=None,
        created_by=session.actor.name,
        created_at=datetime.now(UTC),
        finalized_at=None,
        reasons=reasons,
        facts_known_at=_facts_known(session, incident_id),
    )
    details: dict[str, object] = {"measure": measure.key, "stage": stage}
    if switched:
        details["facts_switched_off"] = switched
    with unit_of_work(
        session,
        "create",
        grant=grant,
        object_type="decision",
        object_id=decision.id,
        subject_id=person_id,
        details=details,
    ):
        store.save(session.db, decision)
    return decision


FACT_OFF = "fact_off:"
POSTED_FLAGS = {
    PostedAs.PROFESSIONAL: "posted_professionally",
    PostedAs.PRIVATE: "posted_privately",
}


def _facts_known(session: Session, incident_id: str | None) -> datetime | None:
    found = cases.get_incidents(session.db, [incident_id]) if incident_id else []
    return found[0].known_at if found else None


def _derived(
    session: Session, protocol: Protocol, incident_id: str | None, person_id: str
) -> dict[str, str]:
    """The case facts the incident shows, seen from this person's dossier (fact: basis)."""
    found = cases.get_incidents(session.db, [incident_id]) if incident_id else []
    if not found:
        return {}
    incident = found[0]
    kinds = {p.id: p.kind.value for p in people.get_persons(session.db, [person_id])}
    kinds.update(
        {
            p.id: p.kind.value
            for p in people.get_persons(session.db, [x.person_id for x in incident.parties])
        }
    )
    flags = set()
    if incident.minor_images:
        flags.add("minor_images")
    if incident.posted_as is not None:
        flags.add(POSTED_FLAGS[incident.posted_as])
    situation = IncidentSituation(
        category=incident.category.value,
        flags=frozenset(flags),
        person_kind=kinds.get(person_id, ""),
        person_is_subject=any(
            p.person_id == person_id and p.role is PartyRole.SUBJECT for p in incident.parties
        ),
        victim_kinds=frozenset(
            kinds[p.person_id] for p in incident.parties if p.role is PartyRole.VICTIM
        ),
        party_kinds=frozenset(kinds[p.person_id] for p in incident.parties),
    )
    return engine.derived_facts(protocol, situation)


def _with_facts(
    v: Validator,
    current: Mapping[str, int | bool],
    requested: Mapping[str, int | bool] | None,
    derived: Mapping[str, str],
    reasons: Mapping[str, str],
    fact_reasons: Mapping[str, str],
) -> tuple[dict[str, int | bool], dict[str, str], dict[str, str]]:
    """Case facts with every derived fact set, unless switched off with a reason.

    Returns the facts, the decision's reasons, and the facts switched off just now
    (with their reasons, for the audit entry).
    """
    facts = _checked_facts(dict(requested)) if requested is not None else dict(current)
    kept = dict(reasons)
    switched: dict[str, str] = {}
    for fact, basis in derived.items():
        key = FACT_OFF + fact
        if requested is None or fact not in requested:
            facts[fact] = key not in kept  # off only if switched off earlier, with a reason
            continue
        if requested[fact]:
            facts[fact] = True
            kept.pop(key, None)  # switched back on
            continue
        if key in kept:
            facts[fact] = False  # switched off earlier, with its reason
            continue
        why = v.text(
            f"fact_reasons.{fact}",
            fact_reasons.get(fact, ""),
            required=False,
            max_len=2000,
            multiline=True,
        )
        if not why:
            v.fail(f"fact_reasons.{fact}", "fact_derived", basis=basis)
            continue
        facts[fact] = False
        kept[key] = switched[fact] = why
    return facts, kept, switched


def _effective(session: Session, decision: Decision) -> Decision:
    """The decision with the facts its incident shows now (it may have been corrected)."""
    if decision.status != DRAFT:
        return decision
    person_id = people.get_dossier(session.db, decision.dossier_id)
    derived = _derived(
        session,
        protocol_of(session, decision),
        decision.incident_id,
        person_id.person_id if person_id else "",
    )
    facts, reasons, _ = _with_facts(
        Validator(), decision.case_facts, None, derived, decision.reasons, {}
    )
    return replace(decision, case_facts=facts, reasons=reasons)


def _checked_facts(values: dict[str, int | bool]) -> dict[str, int | bool]:
    try:
        facts = CaseFacts(**values)  # type: ignore[arg-type]
    except TypeError:
        raise ValidationError.of("case_facts", "unknown_case_fact") from None
    return {k: v for k, v in facts.__dict__.items()}


EDITABLE = (
    "facts_relied_on",
    "grounds",
    "seriousness_statements",
    "seriousness_behaviour",
    "seriousness_consequences",
    "hearing_date",
    "hearing_summary",
    "subject_view",
    "view_recorded_on",
    "suspension_kind",
    "duration_days",
    "start_date",
    "decider_name",
    "received_on",
    "case_facts",
    "facts_known_at",
)


def update_draft(
    session: Session,
    decision_id: str,
    *,
    fact_reasons: Mapping[str, str] | None = None,
    **changes: object,
) -> Decision:
    """Change fields of a draft; a final decision never changes.

    A case fact that follows from the incident stays set unless ``fact_reasons``
    gives a written reason for switching it off (logged in the audit entry).
    """
    decision, person_id, grant = _load(session, decision_id, "decision.update")
    ensure_dossier_open(session, decision.dossier_id)
    if decision.status != DRAFT:
        raise DecisionRefused("decision_final")
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        v = Validator()
        for name in sorted(unknown):
            v.fail(name, "not_editable")
        v.done()
    updated = _validated(replace(decision, **changes))  # type: ignore[arg-type]
    if "start_date" in changes:
        v = Validator()
        _check_start_day(session, protocol_of(session, decision), updated, v)
        v.done()
    switched: dict[str, str] = {}
    if "case_facts" in changes:
        v = Validator()
        derived = _derived(session, protocol_of(session, decision), decision.incident_id, person_id)
        requested = changes["case_facts"]
        if not isinstance(requested, Mapping):
            raise ValidationError.of("case_facts", "case_facts_shape")
        facts, reasons, switched = _with_facts(
            v,
            decision.case_facts,
            requested,
            derived,
            decision.reasons,
            fact_reasons or {},
        )
        v.done()
        updated = replace(updated, case_facts=facts, reasons=reasons)
    if "duration_days" in changes and "schorsing" in decision.measure_key:
        # The case fact the protocol's conditions read follows the stated duration.
        facts = dict(updated.case_facts, suspension_days=updated.duration_days or 0)
        updated = replace(updated, case_facts=facts)
    if decision.stage == DECISION and decision.intention_id and updated.grounds != decision.grounds:
        raise ValidationError.of("grounds", "grounds_fixed")
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="decision",
        object_id=decision_id,
        subject_id=person_id,
        details={"fields": sorted(changes)}
        | ({"facts_switched_off": switched} if switched else {}),
    ):
        store.save(session.db, updated)
    return updated


def _validated(d: Decision) -> Decision:
    v = Validator()
    texts = {}
    for name in (
        "facts_relied_on",
        "grounds",
        "seriousness_statements",
        "seriousness_behaviour",
        "seriousness_consequences",
        "hearing_summary",
        "subject_view",
    ):
        texts[name] = v.text(
            name, getattr(d, name), required=False, max_len=MAX_TEXT, multiline=True
        )
    texts["decider_name"] = v.name("decider_name", d.decider_name)
    if d.suspension_kind not in ("", "order", "penalty"):
        v.fail("suspension_kind", "not_a_choice")
    if d.duration_days is not None and not 0 < int(d.duration_days) < 1000:
        v.fail("duration_days", "not_days")
    for name in ("hearing_date", "view_recorded_on", "received_on"):
        v.past_date(name, getattr(d, name))
    if d.facts_known_at is not None:
        if not isinstance(d.facts_known_at, datetime):
            v.fail("facts_known_at", "not_moment")
        else:
            v.past_moment("facts_known_at", d.facts_known_at)
    if d.view_recorded_on is not None and not texts["subject_view"]:
        v.fail("subject_view", "view_missing")
    v.done()
    return replace(d, case_facts=_checked_facts(dict(d.case_facts)), **texts)  # type: ignore[arg-type]


# -- checklist -----------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistRow:
    item: ChecklistItem
    done: bool
    evidence_note: str
    derived: bool = False
    """Done because the vault knows it (the mandate register), not ticked by hand."""


# Checklist items the vault can answer itself. "Signed by someone authorised": the
# decider holds a valid mandate to sign for the board, for this person's school, on the
# day. Then the item is done without a tick; without a registered mandate the user can
# still tick it with a note (a mandate on paper), as before.
SIGNATURE_ITEM = "authorised_signature"


def _derived_items(
    session: Session, decision: Decision, person_id: str, on: date
) -> dict[str, tuple[bool, str]]:
    """item id -> (done, note) for the items the vault answers itself."""
    person = people.get_person(session.db, person_id)
    schools = person.school_ids if person is not None else frozenset()
    own_user = session.actor.user_id if decision.decider_name == session.actor.name else ""
    mandate = mandates.held_by(
        session, decision.decider_name, MandateKind.SIGN_LETTERS, schools, on, own_user
    )
    if mandate is None:
        return {SIGNATURE_ITEM: (False, "")}
    words = mandate.wording or "mandaat"
    return {SIGNATURE_ITEM: (True, f"{mandate.holder_name}, {mandate.holder_role} ({words})")}


def _state(session: Session, decision: Decision, person_id: str, on: date) -> dict[str, bool]:
    """Which checklist items are done: ticked by hand, or answered by the vault."""
    state = {c.item_id: c.done for c in decision.checklist}
    for item_id, (done, _) in _derived_items(session, decision, person_id, on).items():
        state[item_id] = state.get(item_id, False) or done
    return state


def checklist_items(session: Session, decision: Decision) -> list[ChecklistItem]:
    """The checklist under the decision's protocol, with the facts its incident shows now."""
    effective = _effective(session, decision)
    return engine.checklist_for(
        protocol_of(session, decision), effective.measure_key, facts_of(effective)
    )


def checklist(session: Session, decision_id: str) -> list[ChecklistRow]:
    decision, person_id, grant = _load(session, decision_id, "decision.view")
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="checklist",
        object_id=decision_id,
        subject_id=person_id,
    ):
        pass
    state = {c.item_id: c for c in decision.checklist}
    derived = _derived_items(session, decision, person_id, decision.decided_on or clock.today())
    rows = []
    for item in checklist_items(session, decision):
        ticked = state.get(item.id)
        known, note = derived.get(item.id, (False, ""))
        if known:
            rows.append(ChecklistRow(item, True, note, derived=True))
        else:
            rows.append(
                ChecklistRow(
                    item, ticked.done if ticked else False, ticked.evidence_note if ticked else ""
                )
            )
    return rows


def set_checklist_item(
    session: Session, decision_id: str, item_id: str, done: bool, evidence_note: str = ""
) -> None:
    decision, person_id, grant = _load(session, decision_id, "decision.update")
    ensure_dossier_open(session, decision.dossier_id)
    if decision.status != DRAFT:
        raise DecisionRefused("decision_final")
    item = next((i for i in checklist_items(session, decision) if i.id == item_id), None)
    v = Validator()
    note = v.text("evidence_note", evidence_note, required=False, max_len=2000, multiline=True)
    if item is None:
        v.fail("item_id", "not_on_checklist")
    v.done()
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="decision",
        object_id=decision_id,
        subject_id=person_id,
        details={"checklist_item": item_id, "done": done},
    ):
        store.set_item(session.db, decision_id, item_id, done, note, session.actor.name)


# -- precedent -----------------------------------------------------------------


@dataclass(frozen=True)
class PrecedentReport:
    """Comparable earlier decisions, anonymised: measures and years only."""

    comparable: int
    by_measure: tuple[tuple[str, int], ...]
    years: tuple[int, ...]
    usual_measure: str | None
    comparison: str  # "same" | "heavier" | "lighter" | "" (no precedent)

    @property
    def needs_justification(self) -> bool:
        return self.comparison in ("heavier", "lighter")


def precedent_report(session: Session, decision_id: str) -> PrecedentReport:
    decision, person_id, grant = _load(session, decision_id, "decision.view")
    report = _precedents(session, decision)
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="precedent",
        object_id=decision_id,
        subject_id=person_id,
        details={"comparable": report.comparable},
    ):
        pass
    return report


def _precedents(session: Session, decision: Decision) -> PrecedentReport:
    if decision.incident_id is None:
        return PrecedentReport(0, (), (), None, "")
    incident = cases.get_incidents(session.db, [decision.incident_id])[0]
    ladder = decision.measure_key.partition(".")[0]
    rows = store.precedents(
        session.db, ladder, incident.category.value, incident.seriousness.value, decision.dossier_id
    )
    if not rows:
        return PrecedentReport(0, (), (), None, "")
    counts = Counter(key for key, _ in rows)
    usual = counts.most_common(1)[0][0]
    protocol = protocol_of(session, decision)
    comparison = engine.precedent_comparison(
        protocol.measure(usual).rank, protocol.measure(decision.measure_key).rank
    )
    years = tuple(sorted({int(d[:4]) for _, d in rows if d}))
    return PrecedentReport(len(rows), tuple(sorted(counts.items())), years, usual, comparison)


# -- finalizing ----------------------------------------------------------------


def finalize(
    session: Session,
    decision_id: str,
    *,
    override_reason: str = "",
    justification: str = "",
    today: date | None = None,
    reasons: Mapping[str, str] | None = None,
) -> Decision:
    """Make the draft final and immutable, start its deadlines, note it in the dossier.

    Where the procedure lets the decider go on only with a written reason (see
    :func:`reasons_needed`), ``reasons`` gives it under the same key; it is kept
    with the decision and named in the audit entry.
    """
    decision, person_id, grant = _load(session, decision_id, "decision.finalize")
    ensure_dossier_open(session, decision.dossier_id)
    if decision.status != DRAFT:
        raise DecisionRefused("decision_already_final")
    decision = _effective(session, decision)
    today = today or clock.today()
    protocol = protocol_of(session, decision)
    measure = protocol.measure(decision.measure_key)
    _decider_role(session, measure)
    v = Validator()
    override = v.text(
        "override_reason", override_reason, required=False, max_len=2000, multiline=True
    )
    why = v.text("justification", justification, required=False, max_len=2000, multiline=True)
    if not decision.facts_relied_on:
        v.fail("facts_relied_on", "facts_required")
    if not decision.grounds:
        v.fail("grounds", "required")
    problems = engine.validate_duration(protocol, measure.key, decision.duration_days)
    if problems:
        v.add("duration_days", problems[0])
    _check_start_day(session, protocol, decision, v)
    if _promptness_rules(session, decision) and decision.facts_known_at is None:
        v.fail("facts_known_at", "facts_known_required")
    given = _reasons(v, reasons or {}, _needed_reasons(session, decision, today))
    v.done()
    missing: list[ChecklistItem] = []
    report = PrecedentReport(0, (), (), None, "")
    if decision.stage == INTENTION:
        _check_hard_stops(session, decision)  # a forced route comes before any step
    if decision.stage == DECISION:
        missing = _check_decision_stage(session, decision, measure, override, today, person_id)
        report = _precedents(session, decision)
        if report.needs_justification and not why:
            raise ValidationError.of(
                "justification",
                "justification_needed",
                comparison=report.comparison,
                usual=protocol.measure(report.usual_measure or decision.measure_key).term,
            )
    final = replace(
        decision,
        status=FINAL,
        decided_on=today,
        finalized_at=datetime.now(UTC),
        # The view period runs from the day the intention is finalized and sent.
        sent_on=today if decision.stage == INTENTION else None,
        override_reason=override if missing else "",
        override_items=tuple(i.id for i in missing),
        justification=why,
        precedent_comparison=report.comparison,
        reasons={**decision.reasons, **given},
    )
    details: dict[str, object] = {
        "measure": measure.key,
        "stage": decision.stage,
        "protocol": decision.protocol_label,
    }
    if given:
        details["reasons"] = sorted(given)
    if missing:
        details.update(override=True, missing_items=[i.id for i in missing])
    if report.needs_justification:
        details["precedent"] = report.comparison
    with unit_of_work(
        session,
        "decide",
        grant=grant,
        object_type="decision",
        object_id=decision_id,
        subject_id=person_id,
        details=details,
    ):
        store.save(session.db, final)
        start_deadlines(session, final, protocol)
        if final.supersedes:
            store.mark_superseded(session.db, final.supersedes, final.id)
            store.close_deadlines(session.db, final.supersedes, today, "superseded")
        label = measure.name_nl + (" (voornemen)" if final.stage == INTENTION else "")
        cases.insert_timeline(session.db, _timeline_entry(session, final, label, today))
        propose_letters(session, final, letters_for_stage(protocol, final))
    return final


def reasons_needed(
    session: Session, decision_id: str, today: date | None = None
) -> dict[str, Problem]:
    """What finalizing this draft today would need a written reason for (key: why).

    Nothing is refused yet: the front end shows these as warnings and asks for the
    reason before it calls :func:`finalize`.
    """
    decision, _, _grant = _load(session, decision_id, "decision.view")
    return _needed_reasons(session, decision, today or clock.today())


def _needed_reasons(session: Session, decision: Decision, today: date) -> dict[str, Problem]:
    needed: dict[str, Problem] = {}
    for rule in _promptness_rules(session, decision):
        due = deadline_for(rule, anchor_dates(session, decision), holidays(session))
        if due is not None and today > due:
            needed["not_prompt"] = problem(
                "reason_not_prompt", rule=rule.term, due=due, basis=rule.basis
            )
    if decision.start_date is not None and decision.start_date < today:
        needed["start_in_past"] = problem("reason_start_in_past", start=decision.start_date)
    return needed


def _reasons(
    v: Validator, given: Mapping[str, str], needed: Mapping[str, Problem]
) -> dict[str, str]:
    """The reasons given for what needs one; a missing one is a problem on its key."""
    chosen: dict[str, str] = {}
    for key, why in needed.items():
        text = v.text(
            f"reasons.{key}", given.get(key, ""), required=False, max_len=2000, multiline=True
        )
        if text:
            chosen[key] = text
        else:
            v.add(f"reasons.{key}", why)
    return chosen


def _promptness_rules(session: Session, decision: Decision) -> list[DeadlineRule]:
    """Limits the decision itself must meet (a summary dismissal: without delay)."""
    measure = protocol_of(session, decision).measure(decision.measure_key)
    return [r for r in measure.deadlines if r.kind == PROMPTNESS]


def _check_start_day(
    session: Session, protocol: Protocol, decision: Decision, v: Validator
) -> None:
    """A measure counted in school days starts on a school day."""
    if decision.start_date is None or not counts_school_days(protocol, decision.measure_key):
        return
    if not holidays(session).is_school_day(decision.start_date):
        v.fail("start_date", "start_not_school_day")


def letters_for_stage(protocol: Protocol, decision: Decision) -> list[str]:
    """The letters the protocol requires at this step: the intention's or the decision's."""
    letters = engine.letters_for(protocol, decision.measure_key, facts_of(decision))
    two_step = protocol.measure(decision.measure_key).two_step

    def first_step(letter_id: str) -> bool:
        return "intention" in letter_id or (two_step and "invitation" in letter_id)

    templates = set(letter_ids())
    return [
        letter.id
        for letter in letters
        if letter.id in templates and first_step(letter.id) == (decision.stage == INTENTION)
    ]


def _check_hard_stops(session: Session, decision: Decision) -> None:
    state = {c.item_id: c.done for c in decision.checklist}
    open_items = tuple(
        i.term for i in checklist_items(session, decision) if i.hard_stop and not state.get(i.id)
    )
    if open_items:
        raise DecisionRefused("decision_hard_stop_open", items=open_items)


def _check_decision_stage(
    session: Session,
    decision: Decision,
    measure: Measure,
    override: str,
    today: date,
    person_id: str,
) -> list[ChecklistItem]:
    state = _state(session, decision, person_id, today)
    items = checklist_items(session, decision)
    ok, missing = engine.can_finalize(state, items, override or None)
    if not ok:
        hard = tuple(i.term for i in missing if i.hard_stop)
        if hard:
            raise DecisionRefused("decision_hard_stop_open", items=hard)
        raise DecisionRefused("decision_checklist_open", items=tuple(i.term for i in missing))
    if measure.two_step:
        intention = store.get(session.db, decision.intention_id or "")
        if intention is None or intention.status != FINAL or intention.sent_on is None:
            raise DecisionRefused("decision_needs_intention")
        if intention.grounds != decision.grounds:
            raise DecisionRefused("decision_grounds_changed")
        anchors = anchor_dates(session, intention)
        if "intention_received" not in anchors:
            raise DecisionRefused("decision_intention_not_sent")
        rule = measure.view_period
        if rule is not None and not engine.view_period_over(
            anchors, today, decision.view_recorded_on is not None, rule, holidays(session)
        ):
            raise DecisionRefused("decision_view_period_running")
    return missing


def _timeline_entry(session: Session, decision: Decision, label: str, today: date) -> TimelineEntry:
    return TimelineEntry(
        new_id(),
        decision.dossier_id,
        TimelineKind.MEASURE,
        today,
        label,
        session.actor.name,
        datetime.now(UTC),
        decision.incident_id,
    )


def record_objection(session: Session, decision_id: str, received_on: date) -> Decision:
    """Record the day the board received the parents' objection to a final decision.

    The deadlines that count from it (hearing the parents, deciding on the
    objection: WPO art. 63) get their dates; the decision itself does not change.
    """
    decision, person_id, grant = _load(session, decision_id, "decision.update")
    ensure_dossier_open(session, decision.dossier_id)
    measure = protocol_of(session, decision).measure(decision.measure_key)
    if decision.status != FINAL or not any(
        r.anchor == "objection_received" for r in measure.deadlines
    ):
        raise DecisionRefused("decision_no_objection")
    v = Validator()
    day = v.past_date(
        "received_on",
        received_on,
        required=True,
        not_before=decision.decided_on,
        not_before_code="before_decision",
    )
    v.done()
    assert day is not None
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="decision",
        object_id=decision_id,
        subject_id=person_id,
        details={"objection_received_on": day.isoformat()},
    ) as note:
        store.set_objection_received(session.db, decision_id, day)
        updated = replace(decision, objection_received_on=day)
        note.details["deadlines_moved"] = refresh_deadlines(session, updated)
    return updated


def start_correction(session: Session, decision_id: str) -> Decision:
    """A new draft that will supersede a final decision once it is finalized."""
    old, person_id, grant = _load(session, decision_id, "decision.create")
    ensure_dossier_open(session, old.dossier_id)
    if old.status != FINAL:
        raise DecisionRefused("decision_correct_final_only")
    _decider_role(session, current_protocol(session).measure(old.measure_key))
    draft = replace(
        old,
        id=new_id(),
        status=DRAFT,
        supersedes=old.id,
        superseded_by=None,
        decided_on=None,
        finalized_at=None,
        override_reason="",
        override_items=(),
        justification="",
        precedent_comparison="",
        created_by=session.actor.name,
        created_at=datetime.now(UTC),
        checklist=(),
    )
    with unit_of_work(
        session,
        "create",
        grant=grant,
        object_type="decision",
        object_id=draft.id,
        subject_id=person_id,
        details={"corrects": old.id},
    ):
        store.save(session.db, draft)
        for state in old.checklist:
            store.set_item(
                session.db,
                draft.id,
                state.item_id,
                state.done,
                state.evidence_note,
                session.actor.name,
            )
    return store.get(session.db, draft.id) or draft


# -- reading -------------------------------------------------------------------


def get_decision(session: Session, decision_id: str) -> Decision:
    decision, person_id, grant = _load(session, decision_id, "decision.view")
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="decision",
        object_id=decision_id,
        subject_id=person_id,
    ):
        pass
    return decision


def list_decisions(session: Session, dossier_id: str) -> list[Decision]:
    person_id, _, grant = dossier_context(session, dossier_id, "decision.view")
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="decision",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        return store.of_dossier(session.db, dossier_id)
