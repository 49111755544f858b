"""Time rules of a measure: computed deadlines, duration limits, the view period.

Re-exported by :mod:`skot_dossier.protocol.engine`; import from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from skot_dossier.problems import Problem, problem
from skot_dossier.protocol.calendar import NO_HOLIDAYS, HolidayCalendar, deadline_for
from skot_dossier.protocol.model import (
    DEADLINE_ANCHOR_PREFIX,
    CaseFacts,
    DeadlineRule,
    Protocol,
    applies,
)


@dataclass(frozen=True)
class ComputedDeadline:
    id: str
    label_nl: str
    label_en: str
    due: date | None
    """None while the date it counts from is not known yet.

    For a ``max_duration`` rule this is the day the subject is back at the
    latest: the measure may run up to and including the day before.
    """
    basis: str
    kind: str
    verify: bool
    verify_note: str
    source: str
    """The measure key or hard-stop id the rule belongs to."""
    rule: DeadlineRule


def _ordered(rules: tuple[DeadlineRule, ...]) -> list[DeadlineRule]:
    """Rules with every chained rule after the rule it counts from (chains are acyclic)."""
    done: list[DeadlineRule] = []
    pending = list(rules)
    while pending:
        ids = {r.id for r in done}
        ready = [r for r in pending if r.after_deadline is None or r.after_deadline in ids]
        if not ready:  # the loader rejects cycles and dangling chains; never loop forever
            done.extend(pending)
            break
        done.extend(ready)
        pending = [r for r in pending if r not in ready]
    return done


def _compute(
    rules: tuple[DeadlineRule, ...],
    source: str,
    anchor_dates: Mapping[str, date],
    holidays: HolidayCalendar,
    facts: CaseFacts | None,
) -> list[ComputedDeadline]:
    anchors = dict(anchor_dates)
    computed: dict[str, ComputedDeadline] = {}
    for rule in _ordered(tuple(r for r in rules if applies(r.when, facts))):
        due = deadline_for(rule, anchors, holidays)
        if due is not None:
            anchors[DEADLINE_ANCHOR_PREFIX + rule.id] = due
        computed[rule.id] = ComputedDeadline(
            id=rule.id,
            label_nl=rule.label_nl,
            label_en=rule.label_en,
            due=due,
            basis=rule.basis,
            kind=rule.kind,
            verify=rule.verify,
            verify_note=rule.verify_note,
            source=source,
            rule=rule,
        )
    return [computed[r.id] for r in rules if r.id in computed]


def deadlines_for(
    protocol: Protocol,
    measure_ref: str,
    anchor_dates: Mapping[str, date],
    holidays: HolidayCalendar = NO_HOLIDAYS,
    facts: CaseFacts | None = None,
) -> list[ComputedDeadline]:
    """The measure's deadlines (and those of applicable hard stops) with due dates.

    With ``facts`` None, conditional deadlines are all included (showing one too
    many is safer than hiding one) and hard-stop deadlines are left out.
    """
    measure = protocol.measure(measure_ref)
    result = _compute(measure.deadlines, measure.key, anchor_dates, holidays, facts)
    if facts is not None:
        for stop in protocol.hard_stops:
            if measure.ladder in stop.applies_to and stop.when.holds(facts):
                result += _compute(stop.deadlines, stop.id, anchor_dates, holidays, facts)
    return result


def validate_duration(protocol: Protocol, measure_ref: str, days: int | None) -> list[Problem]:
    """Problems with a proposed duration of ``days`` (empty list: acceptable).

    ``days`` is counted in the unit family of the limit: school days for a
    ``school_days`` limit, calendar days for a ``days`` or ``weeks`` limit.
    """
    measure = protocol.measure(measure_ref)
    limits = [r for r in measure.deadlines if r.kind == "max_duration"]
    if days is None:
        # The appeal committee's rulings: a measure without a duration is void (DOMAIN §2.4).
        return [problem("duration_missing")] if measure.duration_required or limits else []
    if days < 1:
        return [problem("duration_not_positive")]
    problems = []
    for rule in limits:
        limit = rule.amount * 7 if rule.unit == "weeks" else rule.amount
        if days > limit:
            unit = "school_days" if rule.unit == "school_days" else "days"
            problems.append(
                problem(
                    "duration_too_long",
                    rule=rule.term,
                    limit=limit,
                    unit=unit,
                    proposed=days,
                    basis=rule.basis,
                )
            )
    return problems


def view_period_over(
    anchor_dates: Mapping[str, date],
    today: date,
    view_recorded: bool,
    rule: DeadlineRule,
    holidays: HolidayCalendar = NO_HOLIDAYS,
) -> bool:
    """May the decision step follow the intention?

    Yes once the subject's view has been recorded, or once the last day of the
    view period has passed without a view. While the date the period counts from
    (receipt of the intention letter) is not known, the period has not run.
    """
    if view_recorded:
        return True
    due = deadline_for(rule, anchor_dates, holidays)
    return due is not None and today > due
