"""What a form hands to a service: raw values, validated by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class AddressDraft:
    street: str = ""
    postcode: str = ""
    town: str = ""


@dataclass(frozen=True)
class GuardianDraft:
    name: str
    salutation: str = "neutral"
    relation: str = "ouder"
    address: AddressDraft = field(default_factory=AddressDraft)


@dataclass(frozen=True)
class PersonDraft:
    kind: str
    given_name: str
    family_name: str
    number: str
    school_ids: tuple[str, ...]
    salutation: str = "neutral"
    birth_date: date | None = None
    position: str = ""
    employment_start: date | None = None
    employment_end: date | None = None
    group: str = ""
    date_left: date | None = None
    address: AddressDraft | None = None
    guardians: tuple[GuardianDraft, ...] = ()


@dataclass(frozen=True)
class PartyDraft:
    person_id: str
    role: str


@dataclass(frozen=True)
class IncidentDraft:
    title: str
    occurred_at: datetime | None
    known_at: datetime | None
    category: str
    seriousness: str
    school_id: str
    parties: tuple[PartyDraft, ...]
    description: str = ""
    consequences: str = ""
    platforms: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    status: str = "reported"
    posted_as: str = ""  # "professional", "private" or "" (not a staff member's post)
    minor_images: bool = False


@dataclass(frozen=True)
class EvidenceDraft:
    description: str = ""
    source_url: str = ""
    captured_at: datetime | None = None
    captured_by: str = ""
    original_name: str = ""
    seen_where: str = ""
    seen_by: str = ""
