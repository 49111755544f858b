"""The protocol as immutable data: ladders, measures, checklists, deadlines.

Everything here is built by :mod:`skot_dossier.protocol.loader` from a TOML
file; nothing in this module reads files. Measures are addressed by their key
``"<ladder>.<measure>"`` (e.g. ``"pupil.schorsing"``) because ids repeat across
ladders (both ladders start with ``bespreekbaar_maken``).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Literal

from skot_dossier.problems import Term
from skot_dossier.protocol.errors import UnknownMeasure

# Closed vocabularies: the rest of the program relies on these names, so a
# protocol file cannot invent new ones.
KNOWN_ROLES = frozenset({"director", "hr", "board"})
KNOWN_RECIPIENTS = frozenset({"employee", "parents", "inspectie", "victim_parents"})
KNOWN_UNITS = frozenset({"days", "school_days", "weeks", "months"})
KNOWN_KINDS = frozenset({"limit", "max_duration", "notification", "promptness"})
KNOWN_ANCHORS = frozenset(
    {
        "decision_date",
        "intention_sent",
        "intention_received",
        "received",
        "facts_known",
        "start_date",
        "dispute_filed",
        "objection_received",
        "signal_recorded",
    }
)
DEADLINE_ANCHOR_PREFIX = "deadline."
KNOWN_FOLLOWUPS = frozenset(
    {
        "police_report",
        "vertrouwensinspecteur",
        "inspectie_notification",
        "leerplichtambtenaar",
        "commissie_van_beroep",
        "geschillencommissie_passend_onderwijs",
        "meldpunt_kinderporno",
        "board_notification",
    }
)
VIEW_PERIOD_ID = "view_period"
# What an incident can say about itself (incidents.posted_as / minor_images).
INCIDENT_FLAGS = frozenset({"minor_images", "posted_professionally", "posted_privately"})
PERSON_KINDS = frozenset({"staff", "pupil"})

Unit = Literal["days", "school_days", "weeks", "months"]


@dataclass(frozen=True)
class CaseFacts:
    """What the case handler answered about the case; drives conditional rules."""

    possible_criminal_offence: bool = False
    suspected_sexual_offence_staff_against_pupil: bool = False
    complaint_offence_for_staff_victim: bool = False
    possible_minor_sexual_images: bool = False
    outside_school_parents_refuse: bool = False
    staff_posted_professionally: bool = False
    """The staff member posted as a teacher, on behalf of the school (Communiceren)."""
    staff_posted_privately: bool = False
    """The staff member posted from a private account (Communiceren)."""
    suspension_days: int = 0


FACT_TYPES: dict[str, type] = {
    f.name: (int if f.type in ("int", int) else bool) for f in fields(CaseFacts)
}

_OPERATORS: dict[str, Callable[[int, int], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
}
_COMPARISON = re.compile(r"^\s*([a-z_]+)\s*(>=|<=|==|>|<)\s*(-?\d+)\s*$")


@dataclass(frozen=True)
class Condition:
    """``fact`` alone (a yes/no fact) or ``fact op value`` (a number fact)."""

    fact: str
    op: str | None = None
    value: int | None = None

    @classmethod
    def parse(cls, text: str) -> Condition:
        """Parse a condition; raises ValueError naming what is wrong."""
        match = _COMPARISON.match(text)
        if match:
            fact, op, value = match.group(1), match.group(2), int(match.group(3))
            if FACT_TYPES.get(fact) is not int:
                raise ValueError(f"{fact!r} is not a number fact")
            return cls(fact, op, value)
        name = text.strip()
        if FACT_TYPES.get(name) is not bool:
            raise ValueError(f"{text!r} is not a yes/no fact nor '<number fact> <op> <integer>'")
        return cls(name)

    def holds(self, facts: CaseFacts) -> bool:
        value = getattr(facts, self.fact)
        if self.op is None or self.value is None:
            return bool(value)
        return _OPERATORS[self.op](int(value), self.value)

    def __str__(self) -> str:
        return self.fact if self.op is None else f"{self.fact} {self.op} {self.value}"


def applies(when: Condition | None, facts: CaseFacts | None) -> bool:
    """A rule without condition always applies; with unknown facts, conditional ones too."""
    return when is None or facts is None or when.holds(facts)


@dataclass(frozen=True)
class IncidentSituation:
    """What the vault knows about an incident, seen from one party's dossier."""

    category: str
    flags: frozenset[str]
    """Of INCIDENT_FLAGS: what the incident declares about itself."""
    person_kind: str
    """The dossier's person: "staff" or "pupil"."""
    person_is_subject: bool
    victim_kinds: frozenset[str]
    party_kinds: frozenset[str]


@dataclass(frozen=True)
class DerivedFact:
    """A case fact that follows from the incident when every given condition holds.

    Several rules may derive the same fact (any one suffices). A derived fact is
    set on the decision; switching it off needs a written reason.
    """

    fact: str
    basis: str
    categories: tuple[str, ...] = ()
    incident_facts: tuple[str, ...] = ()
    subject: str = ""
    """The dossier's person is a subject of the incident, of this kind."""
    victim: str = ""
    """A victim of the incident is of this kind."""
    party: str = ""
    """Some party of the incident is of this kind."""

    def holds(self, situation: IncidentSituation) -> bool:
        return (
            (not self.categories or situation.category in self.categories)
            and all(flag in situation.flags for flag in self.incident_facts)
            and (
                not self.subject
                or (situation.person_is_subject and situation.person_kind == self.subject)
            )
            and (not self.victim or self.victim in situation.victim_kinds)
            and (not self.party or self.party in situation.party_kinds)
        )


@dataclass(frozen=True)
class Signal:
    """A signal someone must act on: who records it, about whom, and by when."""

    id: str
    about: str
    """The kind of person the signal is about ("staff")."""
    recorded_by: tuple[str, ...]
    """Roles whose recording of an incident starts the deadline."""
    rule: DeadlineRule
    source_section: str = ""


@dataclass(frozen=True)
class Section:
    id: str
    heading_nl: str
    heading_en: str


@dataclass(frozen=True)
class Role:
    id: str
    name_nl: str
    name_en: str

    @property
    def term(self) -> Term:
        return Term(self.id, self.name_nl, self.name_en)


@dataclass(frozen=True)
class Letter:
    id: str
    recipient: str
    name_nl: str
    name_en: str
    registered_post: bool = False
    when: Condition | None = None
    verify: bool = False
    verify_note: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text_nl: str
    text_en: str
    legal_basis: str
    required: bool
    evidence_needed_nl: str = ""
    evidence_needed_en: str = ""
    when: Condition | None = None
    verify: bool = False
    verify_note: str = ""
    hard_stop: bool = False
    """True for items added by a hard stop: required and never overridable."""
    source: str = ""
    """Where the item comes from: a measure key, a ladder id or a hard-stop id."""

    @property
    def term(self) -> Term:
        return Term(self.id, self.text_nl, self.text_en)


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    label_nl: str
    label_en: str
    basis: str
    anchor: str
    """The date it counts from: a KNOWN_ANCHORS name or ``"deadline.<id>"``."""
    amount: int
    unit: Unit
    kind: str
    when: Condition | None = None
    verify: bool = False
    verify_note: str = ""
    requires_done: tuple[str, ...] = ()
    """Deadlines of the same measure that must be done before this one can be
    (the parents are heard before the objection is decided)."""

    @property
    def term(self) -> Term:
        return Term(self.id, self.label_nl, self.label_en)

    @property
    def after_deadline(self) -> str | None:
        """The id of the deadline this one counts from, if chained."""
        if self.anchor.startswith(DEADLINE_ANCHOR_PREFIX):
            return self.anchor[len(DEADLINE_ANCHOR_PREFIX) :]
        return None


@dataclass(frozen=True)
class Followup:
    kind: str
    label_nl: str
    label_en: str
    required: bool
    legal_basis: str
    when: Condition | None = None
    verify: bool = False
    verify_note: str = ""


@dataclass(frozen=True)
class Measure:
    id: str
    ladder: str
    rank: int
    name_nl: str
    name_en: str
    source_section: str
    decided_by: tuple[str, ...]
    disciplinary: bool
    two_step: bool
    checklist: tuple[ChecklistItem, ...] = field(repr=False)
    letters: tuple[str, ...] = field(repr=False)
    deadlines: tuple[DeadlineRule, ...] = field(repr=False)
    followups: tuple[Followup, ...] = field(repr=False)
    court_route: bool = False
    duration_required: bool = False
    note_nl: str = ""
    note_en: str = ""

    @property
    def key(self) -> str:
        return f"{self.ladder}.{self.id}"

    @property
    def term(self) -> Term:
        return Term(self.key, self.name_nl, self.name_en)

    def deadline(self, deadline_id: str) -> DeadlineRule | None:
        return next((d for d in self.deadlines if d.id == deadline_id), None)

    @property
    def view_period(self) -> DeadlineRule | None:
        """The period for the subject's view between intention and decision."""
        return self.deadline(VIEW_PERIOD_ID)


@dataclass(frozen=True)
class Ladder:
    id: str
    name_nl: str
    name_en: str
    subject: str
    dossier_nl: str
    dossier_en: str
    source_section: str
    measures: tuple[Measure, ...] = field(repr=False)
    checklist: tuple[ChecklistItem, ...] = ()
    """Items added to every measure of this ladder (subject to their condition)."""
    letters: tuple[str, ...] = ()
    """Letters possible with every measure of this ladder (subject to their condition)."""

    @property
    def term(self) -> Term:
        return Term(self.id, self.name_nl, self.name_en)

    def measure(self, measure_id: str) -> Measure:
        for m in self.measures:
            if m.id == measure_id:
                return m
        raise UnknownMeasure("protocol_unknown_ladder_measure", ref=measure_id, ladder=self.id)


@dataclass(frozen=True)
class HardStop:
    id: str
    when: Condition
    applies_to: tuple[str, ...]
    title_nl: str
    title_en: str
    route_nl: str
    route_en: str
    legal_basis: str
    items: tuple[ChecklistItem, ...]
    followups: tuple[Followup, ...] = ()
    deadlines: tuple[DeadlineRule, ...] = ()
    evidence_metadata_only: bool = False
    """Evidence intake must refuse files and record metadata only."""
    source_sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Offence:
    article: str
    code: str
    name_nl: str
    name_en: str
    complaint_required: bool
    hard_stop: str | None = None
    note_nl: str = ""
    note_en: str = ""

    @property
    def reference(self) -> str:
        return f"art. {self.article} {self.code}"


@dataclass(frozen=True)
class Protocol:
    id: str
    version: str
    title_nl: str
    title_en: str
    adopted: str
    """ISO year or date of adoption, as text (sorts chronologically)."""
    part_of_nl: str
    part_of_en: str
    source_sections: tuple[str, ...]
    sections: tuple[Section, ...] = field(repr=False)
    roles: tuple[Role, ...] = field(repr=False)
    letters: tuple[Letter, ...] = field(repr=False)
    ladders: tuple[Ladder, ...] = field(repr=False)
    hard_stops: tuple[HardStop, ...] = field(repr=False)
    offences: tuple[Offence, ...] = field(repr=False)
    derived_facts: tuple[DerivedFact, ...] = field(default=(), repr=False)
    signals: tuple[Signal, ...] = field(default=(), repr=False)

    @property
    def label(self) -> str:
        """What a decision stores to name the protocol it was taken under."""
        return f"{self.id}@{self.version}"

    def ladder(self, ladder_id: str) -> Ladder:
        for ladder in self.ladders:
            if ladder.id == ladder_id:
                return ladder
        raise UnknownMeasure("protocol_unknown_ladder", ref=ladder_id, protocol=self.label)

    def measure(self, ref: str) -> Measure:
        """Resolve ``"<ladder>.<measure>"``, or a bare measure id used on one ladder only."""
        if "." in ref:
            ladder_id, _, measure_id = ref.partition(".")
            return self.ladder(ladder_id).measure(measure_id)
        found = [m for ladder in self.ladders for m in ladder.measures if m.id == ref]
        if len(found) == 1:
            return found[0]
        if not found:
            raise UnknownMeasure("protocol_unknown_measure", ref=ref, protocol=self.label)
        keys = tuple(m.key for m in found)
        raise UnknownMeasure("protocol_ambiguous_measure", ref=ref, choices=keys)

    def letter(self, letter_id: str) -> Letter:
        for letter in self.letters:
            if letter.id == letter_id:
                return letter
        raise UnknownMeasure("protocol_unknown_letter", ref=letter_id, protocol=self.label)

    def hard_stop(self, hard_stop_id: str) -> HardStop:
        for stop in self.hard_stops:
            if stop.id == hard_stop_id:
                return stop
        raise UnknownMeasure("protocol_unknown_hard_stop", ref=hard_stop_id, protocol=self.label)

    def role(self, role_id: str) -> Role:
        for role in self.roles:
            if role.id == role_id:
                return role
        raise UnknownMeasure("protocol_unknown_role", ref=role_id, protocol=self.label)
