"""Immutable domain records returned by the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from skot_dossier.domain.enums import (
    DossierStatus,
    IncidentCategory,
    IncidentStatus,
    MandateKind,
    PartyRole,
    PersonKind,
    PostedAs,
    Role,
    Salutation,
    Seriousness,
    TimelineKind,
)


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    town: str


@dataclass(frozen=True)
class School:
    id: str
    name: str
    brin: str
    address: Address
    director_name: str


@dataclass(frozen=True)
class User:
    id: str
    name: str
    role: Role
    keyslot_label: str
    school_ids: frozenset[str] = frozenset()
    active: bool = True


@dataclass(frozen=True)
class Guardian:
    id: str
    name: str
    salutation: Salutation
    address: Address
    relation: str = "ouder"


@dataclass(frozen=True)
class Person:
    """A staff member or a pupil. Only fields a letter or a decision needs."""

    id: str
    kind: PersonKind
    given_name: str
    family_name: str
    salutation: Salutation
    number: str  # staff number or pupil number
    school_ids: frozenset[str]
    birth_date: date | None = None
    position: str = ""  # staff
    employment_start: date | None = None
    employment_end: date | None = None
    group: str = ""  # pupil: groep 1..8
    date_left: date | None = None
    address: Address | None = None  # staff: for letters; pupils: via guardians
    guardians: tuple[Guardian, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class Dossier:
    id: str
    person_id: str
    kind: PersonKind
    status: DossierStatus
    opened_at: datetime
    closed_at: datetime | None = None


@dataclass(frozen=True)
class IncidentParty:
    person_id: str
    role: PartyRole
    display_name: str = ""


@dataclass(frozen=True)
class Incident:
    id: str
    title: str
    occurred_at: datetime
    known_at: datetime
    platforms: tuple[str, ...]
    handles: tuple[str, ...]
    urls: tuple[str, ...]
    description: str
    consequences: str
    category: IncidentCategory
    seriousness: Seriousness
    status: IncidentStatus
    school_id: str
    parties: tuple[IncidentParty, ...] = ()
    created_by: str = ""
    created_at: datetime | None = None
    created_by_user: str = ""  # the recorder's user id ("" for incidents from before it was kept)
    posted_as: PostedAs | None = None
    """For a staff member's post: professional capacity or private account."""
    minor_images: bool = False
    """Declared at intake: the material may include sexual images of minors."""


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    dossier_id: str
    kind: TimelineKind
    happened_on: date
    summary: str
    author: str
    created_at: datetime
    incident_id: str | None = None


@dataclass(frozen=True)
class Evidence:
    id: str
    incident_id: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    source_url: str
    captured_at: datetime | None
    captured_by: str
    description: str
    metadata_only: bool
    added_by: str
    added_at: datetime
    seen_where: str = ""  # metadata-only route: where it was seen
    seen_by: str = ""


@dataclass(frozen=True)
class Correction:
    entity: str
    entity_id: str
    field: str
    old_value: str
    new_value: str
    changed_by: str
    changed_at: datetime
    reason: str


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person | incident | timeline | evidence
    ref_id: str
    dossier_id: str | None
    title: str
    snippet: str  # the words around the match in what a person wrote; "" for a name
    incident_id: str | None = None  # incident and evidence hits: the incident to open
    owner: str = ""  # whose it is: the person of a timeline note, the incident of evidence


@dataclass(frozen=True)
class DossierSummary:
    """A row of the dossier list."""

    dossier_id: str
    person_id: str
    kind: PersonKind
    name: str
    number: str
    school_names: tuple[str, ...]
    status: DossierStatus
    incident_count: int
    last_activity: date | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ChecklistState:
    item_id: str
    done: bool
    evidence_note: str
    done_by: str
    done_at: datetime


@dataclass(frozen=True)
class Decision:
    """A sanction decision, draft or final. Final decisions never change."""

    id: str
    dossier_id: str
    incident_id: str | None
    protocol_label: str
    measure_key: str
    stage: str  # "intention" | "decision"
    intention_id: str | None
    status: str  # "draft" | "final" | "superseded"
    case_facts: dict[str, int | bool]
    facts_relied_on: str
    grounds: str
    seriousness_statements: str
    seriousness_behaviour: str
    seriousness_consequences: str
    hearing_date: date | None
    hearing_summary: str
    subject_view: str
    view_recorded_on: date | None
    suspension_kind: str  # "" | "order" | "penalty"
    duration_days: int | None
    start_date: date | None
    decider_role: str
    decider_name: str
    decided_on: date | None
    sent_on: date | None
    received_on: date | None
    override_reason: str
    override_items: tuple[str, ...]
    justification: str
    precedent_comparison: str
    supersedes: str | None
    superseded_by: str | None
    created_by: str
    created_at: datetime
    finalized_at: datetime | None
    checklist: tuple[ChecklistState, ...] = ()
    reasons: dict[str, str] = field(default_factory=dict)
    """Written reasons for going on where the procedure asks for one: a derived case
    fact switched off (``fact_off:<fact>``), a start date in the past
    (``start_in_past``), a summary dismissal not given promptly (``not_prompt``)."""
    facts_known_at: datetime | None = None
    """When the facts became known to the employer (summary dismissal: onverwijld)."""
    objection_received_on: date | None = None
    """When the board received the parents' objection to this decision."""


@dataclass(frozen=True)
class Deadline:
    id: str
    decision_id: str
    dossier_id: str
    rule_id: str
    label_nl: str
    label_en: str
    due: date | None
    basis: str
    kind: str
    verify: bool
    verify_note: str
    done_on: date | None
    done_by: str
    person_name: str = ""
    measure_key: str = ""
    incident_id: str = ""
    """For a deadline not started by a decision (a signal to act on): its incident."""


@dataclass(frozen=True)
class Mandate:
    """A registered mandate: who may file a police report, or sign for the board."""

    id: str
    kind: MandateKind
    holder_name: str
    holder_role: str
    wording: str
    """How the signature names it: "namens het bevoegd gezag", "in mandaat"."""
    school_ids: frozenset[str]
    """Schools it covers; empty: the whole foundation."""
    user_id: str
    """The vault user who holds it, if the holder uses the program."""
    valid_from: date
    valid_until: date | None
    granted_by: str
    granted_at: datetime
    revoked_at: datetime | None = None
    revoked_by: str = ""
    revoke_reason: str = ""

    def valid_on(self, day: date) -> bool:
        return (
            self.revoked_at is None
            and self.valid_from <= day
            and (self.valid_until is None or day <= self.valid_until)
        )

    def covers(self, school_ids: frozenset[str] | set[str]) -> bool:
        return not self.school_ids or bool(self.school_ids & set(school_ids))
