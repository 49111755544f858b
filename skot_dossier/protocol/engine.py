"""The sanction-decision engine: pure functions over the protocol and plain inputs.

The engine never decides a measure. It shows where a person stands on a ladder,
which steps a measure requires, which hard stops force a route, which letters,
follow-ups and deadlines follow, and whether a decision may be finalised.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from skot_dossier.domain import clock
from skot_dossier.protocol.model import (
    CaseFacts,
    ChecklistItem,
    Followup,
    HardStop,
    IncidentSituation,
    Letter,
    Measure,
    Protocol,
    applies,
)
from skot_dossier.protocol.timing import (
    ComputedDeadline,
    deadlines_for,
    validate_duration,
    view_period_over,
)

__all__ = [
    "ComputedDeadline",
    "LadderPosition",
    "OpenMeasure",
    "PastEntry",
    "PastMeasure",
    "can_finalize",
    "checklist_for",
    "deadlines_for",
    "derived_facts",
    "followups_for",
    "hard_stops",
    "ladder_position",
    "letters_for",
    "needs_justification",
    "precedent_comparison",
    "validate_duration",
    "view_period_over",
]

Relation = Literal["escalation", "same_or_lighter"]
Comparison = Literal["same", "heavier", "lighter"]


@dataclass(frozen=True)
class PastMeasure:
    """A measure taken earlier on the same ladder."""

    measure_id: str
    decided_on: date
    expires_on: date | None = None
    """From this day on the measure no longer counts; None: it does not expire."""


@dataclass(frozen=True)
class PastEntry:
    past: PastMeasure
    measure: Measure
    expired: bool


@dataclass(frozen=True)
class OpenMeasure:
    measure: Measure
    relation: Relation


@dataclass(frozen=True)
class LadderPosition:
    ladder_id: str
    earlier: tuple[PastEntry, ...]
    """All earlier measures, oldest first."""
    highest_active_rank: int
    """0 when no earlier measure is still active."""
    open_measures: tuple[OpenMeasure, ...]
    """Every measure of the ladder: the choice stays with the person deciding."""

    @property
    def expired(self) -> tuple[PastEntry, ...]:
        return tuple(e for e in self.earlier if e.expired)

    @property
    def active(self) -> tuple[PastEntry, ...]:
        return tuple(e for e in self.earlier if not e.expired)


def ladder_position(
    protocol: Protocol,
    ladder_id: str,
    history: Iterable[PastMeasure],
    today: date | None = None,
) -> LadderPosition:
    """Where a person stands on ``ladder_id`` given earlier measures (as of ``today``)."""
    today = today or clock.today()
    ladder = protocol.ladder(ladder_id)
    earlier = tuple(
        PastEntry(p, ladder.measure(p.measure_id), _expired(p, today))
        for p in sorted(history, key=lambda p: p.decided_on)
    )
    highest = max((e.measure.rank for e in earlier if not e.expired), default=0)
    options = tuple(
        OpenMeasure(m, "escalation" if m.rank > highest else "same_or_lighter")
        for m in ladder.measures
    )
    return LadderPosition(ladder.id, earlier, highest, options)


def _expired(past: PastMeasure, today: date) -> bool:
    return past.expires_on is not None and today >= past.expires_on


def derived_facts(protocol: Protocol, situation: IncidentSituation) -> dict[str, str]:
    """The yes/no case facts the incident shows (fact: legal basis of the first rule)."""
    found: dict[str, str] = {}
    for rule in protocol.derived_facts:
        if rule.fact not in found and rule.holds(situation):
            found[rule.fact] = rule.basis
    return found


def hard_stops(
    protocol: Protocol, facts: CaseFacts, ladder_id: str | None = None
) -> list[HardStop]:
    """Hard stops triggered by ``facts`` (only those for ``ladder_id`` when given)."""
    return [
        stop
        for stop in protocol.hard_stops
        if stop.when.holds(facts) and (ladder_id is None or ladder_id in stop.applies_to)
    ]


def checklist_for(protocol: Protocol, measure_ref: str, facts: CaseFacts) -> list[ChecklistItem]:
    """Hard-stop items first (required, ``hard_stop=True``), then the measure's own items."""
    measure = protocol.measure(measure_ref)
    ladder = protocol.ladder(measure.ladder)
    forced = [
        dataclasses.replace(item, required=True, hard_stop=True)
        for stop in hard_stops(protocol, facts, measure.ladder)
        for item in stop.items
    ]
    own = [i for i in (*measure.checklist, *ladder.checklist) if applies(i.when, facts)]
    return forced + own


def letters_for(protocol: Protocol, measure_ref: str, facts: CaseFacts) -> list[Letter]:
    """Letters the measure produces in this case (conditional letters filtered)."""
    measure = protocol.measure(measure_ref)
    ids = (*measure.letters, *protocol.ladder(measure.ladder).letters)
    letters = (protocol.letter(i) for i in dict.fromkeys(ids))
    return [letter for letter in letters if applies(letter.when, facts)]


def followups_for(protocol: Protocol, measure_ref: str, facts: CaseFacts) -> list[Followup]:
    """Follow-ups of the measure and of triggered hard stops; a hard stop's version wins."""
    measure = protocol.measure(measure_ref)
    chosen: dict[str, Followup] = {}
    for stop in hard_stops(protocol, facts, measure.ladder):
        for followup in stop.followups:
            chosen.setdefault(followup.kind, dataclasses.replace(followup, required=True))
    for followup in measure.followups:
        if applies(followup.when, facts):
            chosen.setdefault(followup.kind, followup)
    return list(chosen.values())


def can_finalize(
    checklist_state: Mapping[str, bool],
    items: Iterable[ChecklistItem],
    override_reason: str | None = None,
) -> tuple[bool, list[ChecklistItem]]:
    """Whether a decision may be finalised, and which required items are still open.

    A written override reason lets an ordinary required item stay open (the
    caller records the reason); a hard-stop item can never be overridden.
    """
    missing = [i for i in items if i.required and not checklist_state.get(i.id, False)]
    if not missing:
        return True, []
    overridable = bool(override_reason and override_reason.strip())
    return overridable and not any(i.hard_stop for i in missing), missing


def precedent_comparison(usual_rank: int, chosen_rank: int) -> Comparison:
    """Chosen measure against what is usual for comparable cases."""
    if chosen_rank == usual_rank:
        return "same"
    return "heavier" if chosen_rank > usual_rank else "lighter"


def needs_justification(comparison: Comparison) -> bool:
    """A measure heavier or lighter than the precedent needs a written justification."""
    return comparison != "same"
