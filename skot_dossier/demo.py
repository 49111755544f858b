"""A demo vault of fictitious people, for trying the product and for screenshots.

Everything is invented: the schools (whimsical names, BRIN-like codes that
start with 99), the staff, pupils and parents (Faker nl_NL names plus a few
invented names with letters outside Latin-1), the incidents, handles and
``*.example`` web addresses. The generation is split in two steps:

* :func:`plan_demo` decides, from the seed alone, who and what is in the vault.
  Names and numbers depend only on the seed; dates are counted back from
  "today", so every date lies in the past whenever the demo is built.
* :func:`create_demo_vault` writes the plan through the services, acting as
  the user who would do it in real life (the administrator sets up schools
  and users, HR keeps the staff dossiers and staff cases, each director the
  pupils of their own schools and pupils' cases), so permissions are checked
  and every change is in the audit log.
"""

from __future__ import annotations

import contextlib
import io
import random
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from faker import Faker

from skot_dossier.demo_images import Message, Screenshot, render_png
from skot_dossier.domain import clock
from skot_dossier.domain.drafts import (
    AddressDraft,
    EvidenceDraft,
    GuardianDraft,
    IncidentDraft,
    PartyDraft,
    PersonDraft,
)
from skot_dossier.domain.enums import (
    MINOR_IMAGE_RISK,
    IncidentCategory,
    IncidentStatus,
    Platform,
    Seriousness,
)
from skot_dossier.resources import resource_path
from skot_dossier.services import access, evidence, incidents, mandates, people, privacy
from skot_dossier.services.session import Session
from skot_dossier.services.settings import set_setting
from skot_dossier.vault import KdfProfile, calibrate

FOUNDATION_NAME = "Stichting Voorbeeldonderwijs (demo)"

# keyslot label, role, schools (indexes into SCHOOLS) — the admin comes first.
DEMO_USERS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("beheer", "admin", ()),
    ("hr", "hr", ()),
    ("directeur", "director", (0, 1)),
    ("directeur2", "director", (2, 3)),
    ("privacy", "privacy_officer", ()),
)

# town, postcode range (numeric part) used for invented addresses in that town
TOWNS: tuple[tuple[str, tuple[int, int]], ...] = (
    ("Vriezenveen", (7670, 7673)),
    ("Westerhaar-Vriezenveensewijk", (7675, 7677)),
    ("Vroomshoop", (7680, 7682)),
    ("Den Ham", (7683, 7689)),
)

# Invented names, on purpose not those of any real school; BRIN-like codes
# starting with 99 are not handed out to real schools in this region.
SCHOOLS: tuple[tuple[str, str, int, int, int], ...] = (
    # name, code, town index, pupils, staff
    ("Basisschool De Vliegeraar", "99A1", 0, 140, 17),
    ("Kindcentrum Het Zonnelied", "99B2", 1, 110, 13),
    ("Basisschool De Wolkenfietser", "99C3", 2, 135, 16),
    ("Kindcentrum De Pluizenbol", "99D4", 3, 115, 14),
)

# Invented given and family names with letters outside Latin-1. They are
# combined at random, so no real person is meant.
EXTRA_GIVEN_FEMALE = ("Şeyma", "Ayşegül", "Zoë", "Thị Lan", "Małgorzata", "Dželila", "Ăn Nhiên")
EXTRA_GIVEN_MALE = ("Łukasz", "Bartłomiej", "Đorđe", "Søren", "Çağan", "Jiří", "Văn Minh")
EXTRA_FAMILY = (
    "Yılmaz",
    "Wójcik",
    "Nguyễn",
    "Dvořák",
    "Kowalczyk",
    "Demir",
    "Petrović",
    "Ødegård",
    "Şahin",
    "Ćosić",
    "Trần",
    "Gülşen",
)
EXTRA_NAME_SHARE = 0.05

STAFF_CORE = (
    "leerkracht groep 1/2",
    "leerkracht groep 1/2",
    "leerkracht groep 3",
    "leerkracht groep 4",
    "leerkracht groep 5",
    "leerkracht groep 6",
    "leerkracht groep 7",
    "leerkracht groep 8",
    "intern begeleider",
    "conciërge",
    "onderwijsassistent",
)
STAFF_EXTRA = (
    "vakleerkracht bewegingsonderwijs",
    "administratief medewerker",
    "onderwijsassistent",
    "leerkracht groep 6 (duo)",
    "leerkracht groep 4 (duo)",
    "leerkracht groep 8 (duo)",
)

PLATFORM_NAMES = {
    "whatsapp": "WhatsApp",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "snapchat": "Snapchat",
    "facebook": "Facebook",
    "x": "X",
    "youtube": "YouTube",
    "discord": "Discord",
    "other": "een ander platform",
}
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
HANDLE_ADJ = ("snelle", "stille", "gekke", "blauwe", "echte", "kleine", "wilde", "slimme")
HANDLE_NOUN = ("vos", "kip", "panda", "gamer", "ster", "draak", "wolk", "fiets", "pizza", "uil")
ANON_HANDLES = (
    "roddelhoek_{town}",
    "geheimen.groep8",
    "{school}.confessions",
    "anoniem_{town}",
    "de_echte_waarheid_{n}",
    "{school}_memes",
)

# -- incident scenarios ---------------------------------------------------------
#
# The texts live in resources/demo/scenarios.toml (placeholders and chat-line
# conventions are described there); this module only reads them.


@dataclass(frozen=True)
class Scenario:
    category: IncidentCategory
    shape: str  # "pupil>pupil", "pupil>staff", "staff>staff", "staff>pupil", "pupil"
    platform: Platform
    title: str
    description: str
    consequences: str
    seriousness: tuple[Seriousness, ...]
    lines: tuple[tuple[str, str], ...] = ()
    layout: str = "chat"
    anonymous: bool = False  # the subject acts through an account without their name
    media_label: str = "[ video ]"
    posted_as: str = ""  # staff subjects: "professional" or "private"


@dataclass(frozen=True)
class SummaryTexts:
    """Timeline texts for entries of one kind, for some party roles and person kinds."""

    kind: str
    texts: tuple[str, ...]
    roles: tuple[str, ...] = ()  # empty: any role
    person: str = ""  # "pupil", "staff" or "" (either)

    def matches(self, kind: str, role: str, person: str) -> bool:
        return (
            self.kind == kind
            and (not self.roles or role in self.roles)
            and self.person in ("", person)
        )


def _chat(raw: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(who), str(text)) for who, text in raw)


def _load_texts() -> tuple[
    tuple[Scenario, ...], tuple[tuple[tuple[str, str], ...], ...], tuple[SummaryTexts, ...]
]:
    data = tomllib.loads(resource_path("demo", SCENARIO_FILE).read_text("utf-8"))
    if data.get("format_version") != 1:
        raise ValueError(f"{SCENARIO_FILE}: format_version must be 1")
    scenarios = tuple(
        Scenario(
            category=IncidentCategory(t["category"]),
            shape=t["shape"],
            platform=Platform(t["platform"]),
            title=t["title"],
            description=t["description"],
            consequences=t["consequences"],
            seriousness=tuple(Seriousness(v) for v in t["seriousness"]),
            lines=_chat(t.get("lines", [])),
            layout=t.get("layout", "chat"),
            anonymous=bool(t.get("anonymous", False)),
            media_label=t.get("media_label", "[ video ]"),
            posted_as=t.get("posted_as", ""),
        )
        for t in data["scenarios"]
    )
    follow_ups = tuple(_chat(t["lines"]) for t in data["follow_ups"])
    summaries = tuple(
        SummaryTexts(t["kind"], tuple(t["texts"]), tuple(t.get("roles", ())), t.get("person", ""))
        for t in data["summaries"]
    )
    return scenarios, follow_ups, summaries


SCENARIO_FILE = "scenarios.toml"
SCENARIOS, FOLLOW_UPS, SUMMARIES = _load_texts()

INCIDENT_COUNT = 40
# How old an incident of each status typically is (days before today).
STATUS_AGE = {
    IncidentStatus.REPORTED: (2, 21),
    IncidentStatus.INVESTIGATING: (5, 45),
    IncidentStatus.HEARING: (10, 70),
    IncidentStatus.DECIDING: (15, 100),
    IncidentStatus.MEASURE_TAKEN: (30, 220),
    IncidentStatus.CLOSED: (60, 420),
}
# How far along the dossier work is, per status: entries for the subject.
STATUS_STEPS = {
    IncidentStatus.REPORTED: 1,
    IncidentStatus.INVESTIGATING: 2,
    IncidentStatus.HEARING: 3,
    IncidentStatus.DECIDING: 3,
    IncidentStatus.MEASURE_TAKEN: 4,
    IncidentStatus.CLOSED: 4,
}

# -- the plan --------------------------------------------------------------------


@dataclass
class PlannedPerson:
    key: str
    draft: PersonDraft  # school_ids hold school keys ("school-0"), mapped when built
    female: bool
    school: int
    grade: int = 0  # pupils: groep 1..8


@dataclass
class PlannedEntry:
    person_key: str
    kind: str
    happened_on: date
    summary: str
    author: str  # keyslot label of the user who writes it


@dataclass
class PlannedEvidence:
    draft: EvidenceDraft
    screenshot: Screenshot | None = None  # None: metadata only


@dataclass
class PlannedIncident:
    key: str
    draft: IncidentDraft  # school_id and party person ids hold keys
    owner: str = "hr"  # keyslot label of the user who records it
    evidence: list[PlannedEvidence] = field(default_factory=list)
    entries: list[PlannedEntry] = field(default_factory=list)


@dataclass
class DemoPlan:
    seed: int
    today: date
    users: list[tuple[str, str, str, tuple[int, ...]]]  # label, full name, role, schools
    schools: list[tuple[str, str, AddressDraft, str]]  # name, brin, address, director
    staff: list[PlannedPerson]
    pupils: list[PlannedPerson]
    incidents: list[PlannedIncident]
    corrections: list[tuple[str, PersonDraft, str]]  # person key, corrected draft, reason
    statuses: list[tuple[str, str, str]]  # person key, dossier status, reason

    def final_drafts(self) -> dict[str, PersonDraft]:
        """Every person as the vault ends up holding them, after the corrections."""
        drafts = {p.key: p.draft for p in self.staff + self.pupils}
        drafts.update({key: draft for key, draft, _reason in self.corrections})
        return drafts

    def person_names(self) -> list[str]:
        """Full names in the vault, in creation order (staff first)."""
        return [f"{d.given_name} {d.family_name}" for d in self.final_drafts().values()]


def director_label(school: int) -> str:
    """The keyslot label of the director of school number ``school``."""
    return next(label for label, _role, schools in DEMO_USERS if school in schools)


def _zone() -> tzinfo | None:
    try:
        return ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # no time-zone data installed: naive local time
        return None


def dutch_day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def ascii_fold(text: str) -> str:
    """Letters a handle can have: ``Łukasz`` → ``Lukasz``, ``Ødegård`` → ``Odegard``."""
    text = text.replace("ß", "ss").translate(str.maketrans("ıłŁøØđĐ", "ilLoOdD"))
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "._"))


class _Names:
    """Faker nl_NL names, with a small share of invented non-Latin-1 names."""

    def __init__(self, fake: Faker, rng: random.Random) -> None:
        self.fake, self.rng = fake, rng

    def given(self, female: bool, extra: bool = False) -> str:
        if extra:
            return self.rng.choice(EXTRA_GIVEN_FEMALE if female else EXTRA_GIVEN_MALE)
        return str(self.fake.first_name_female() if female else self.fake.first_name_male())

    def family(self, extra: bool = False) -> str:
        return self.rng.choice(EXTRA_FAMILY) if extra else str(self.fake.last_name())

    def person(self, female: bool) -> tuple[str, str]:
        extra = self.rng.random() < EXTRA_NAME_SHARE
        return self.given(female, extra), self.family(extra)


class _Planner:
    def __init__(self, seed: int, today: date) -> None:
        self.seed, self.today = seed, today
        self.rng = random.Random(seed)  # noqa: S311 - demo data, not security
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(seed)
        self.names = _Names(self.fake, self.rng)
        self.zone = _zone()
        self.latest = datetime.now(self.zone) - timedelta(hours=1)
        if self.zone is None:
            self.latest = self.latest.astimezone()

    # -- small helpers -----------------------------------------------------

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def past(self, moment: datetime) -> datetime:
        """Never later than an hour ago, whatever the machine's time zone."""
        return min(moment, self.latest)

    def below(self, n: int) -> int:
        """0..n-1 with exactly one draw, so ranges that depend on today's date never
        change how many random numbers are used (and so never change the names)."""
        return int(self.rng.random() * max(1, n))

    def address(self, town_index: int) -> AddressDraft:
        town, (low, high) = TOWNS[town_index]
        letters = "ABCDEGHJKLMNPRTVWXZ"
        postcode = (
            f"{self.rng.randint(low, high)} {self.rng.choice(letters)}{self.rng.choice(letters)}"
        )
        street = f"{self.fake.street_name()} {self.rng.randint(1, 140)}"
        return AddressDraft(street, postcode, town)

    def moment(self, day: date, hour_low: int = 8, hour_high: int = 21) -> datetime:
        clock = time(self.rng.randint(hour_low, hour_high), self.rng.randint(0, 59))
        if self.zone is None:
            return datetime.combine(day, clock).astimezone()
        return datetime.combine(day, clock, tzinfo=self.zone)

    def handle(self, first: str) -> str:
        base = ascii_fold(first).lower() or "user"
        style = self.rng.randrange(3)
        if style == 0:
            return f"@{base}_{self.rng.randint(10, 99)}"
        if style == 1:
            return f"@{base}.{self.rng.choice(HANDLE_NOUN)}"
        return f"@{self.rng.choice(HANDLE_ADJ)}_{base}"

    def random_handle(self) -> str:
        sep = self.rng.choice("._")
        return (
            f"@{self.rng.choice(HANDLE_ADJ)}{sep}{self.rng.choice(HANDLE_NOUN)}"
            f"{self.rng.randint(1, 99)}"
        )

    def anon_handle(self, school: int) -> str:
        town = ascii_fold(TOWNS[SCHOOLS[school][2]][0].split("-")[0]).lower()
        school_word = ascii_fold(SCHOOLS[school][0].split()[-1]).lower()
        pattern = self.rng.choice(ANON_HANDLES)
        return "@" + pattern.format(town=town, school=school_word, n=self.rng.randint(1, 99))

    def url(self, platform: Platform, handle: str, town: str) -> str:
        h = handle.lstrip("@")
        digits = "".join(str(self.rng.randrange(10)) for _ in range(18))
        code = "".join(
            self.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(11)
        )
        return {
            Platform.TIKTOK: f"https://tiktok.example/@{h}/video/{digits}",
            Platform.INSTAGRAM: f"https://instagram.example/{h}/p/{code}/",
            Platform.X: f"https://x.example/{h}/status/{digits}",
            Platform.FACEBOOK: f"https://facebook.example/groups/{ascii_fold(town).lower()}"
            f"/posts/{digits}",
            Platform.DISCORD: f"https://discord.example/channels/{digits[:9]}/{digits[9:]}",
            Platform.YOUTUBE: f"https://youtube.example/watch?v={code}",
            Platform.SNAPCHAT: f"https://snapchat.example/add/{h}",
        }.get(platform, "")

    # -- users, schools, persons --------------------------------------------

    def users(self) -> list[tuple[str, str, str, tuple[int, ...]]]:
        result = []
        for label, role, schools in DEMO_USERS:
            female = self.rng.random() < 0.6
            given, family = self.names.given(female), self.names.family()
            result.append((label, f"{given} {family}", role, schools))
        return result

    def schools(
        self, users: list[tuple[str, str, str, tuple[int, ...]]]
    ) -> list[tuple[str, str, AddressDraft, str]]:
        director_of = {s: name for _l, name, _r, schools in users for s in schools}
        return [
            (name, code, self.address(town), director_of[i])
            for i, (name, code, town, _p, _s) in enumerate(SCHOOLS)
        ]

    def staff(self) -> list[PlannedPerson]:
        result: list[PlannedPerson] = []
        number = 10000 + self.rng.randint(0, 500)
        for school, (_name, _code, _town, _pupils, count) in enumerate(SCHOOLS):
            extras = list(STAFF_EXTRA)
            self.rng.shuffle(extras)
            positions = list(STAFF_CORE) + extras[: count - len(STAFF_CORE)]
            if school == 0 and "vakleerkracht bewegingsonderwijs" not in positions:
                positions[-1] = "vakleerkracht bewegingsonderwijs"
            for position in positions:
                female = self.rng.random() < (0.45 if position == "conciërge" else 0.8)
                given, family = self.names.person(female)
                birth = date(
                    self.rng.randint(1962, 2000), self.rng.randint(1, 12), self.rng.randint(1, 28)
                )
                start = max(
                    date(birth.year + 21, birth.month, birth.day),
                    self.today - timedelta(days=365 * 30),
                )
                start += timedelta(days=self.below((self.today - start).days - 90))
                end = None
                if self.rng.random() < 0.08:
                    end = min(
                        self.today - timedelta(days=self.rng.randint(20, 300)),
                        start + timedelta(days=self.rng.randint(200, 4000)),
                    )
                    end = max(end, start + timedelta(days=30))
                schools = [f"school-{school}"]
                # The gym teacher of the first school also teaches at the last one.
                if school == 0 and position == "vakleerkracht bewegingsonderwijs":
                    schools.append(f"school-{len(SCHOOLS) - 1}")
                number += self.rng.randint(1, 37)
                draft = PersonDraft(
                    kind="staff",
                    given_name=given,
                    family_name=family,
                    number=f"P{number}",
                    school_ids=tuple(schools),
                    salutation="mevrouw" if female else "heer",
                    birth_date=birth,
                    position=position,
                    employment_start=start,
                    employment_end=end,
                    address=self.address(self.rng.randrange(len(TOWNS))),
                )
                result.append(PlannedPerson(f"staff-{len(result)}", draft, female, school))
        return result

    def pupils(self) -> list[PlannedPerson]:
        result: list[PlannedPerson] = []
        # The school year starts in August; groep 1 pupils turn 4 or 5 in it.
        year_start = self.today.year if self.today.month >= 8 else self.today.year - 1
        for school, (_name, code, town, count, _staff) in enumerate(SCHOOLS):
            for i in range(count):
                grade = 1 + i * 8 // count
                female = self.rng.random() < 0.5
                given, family = self.names.person(female)
                born_in = year_start - grade - 3
                birth = date(born_in, 10, 1) - timedelta(days=self.rng.randint(0, 364))
                left = None
                if self.rng.random() < 0.03:
                    left = self.days_ago(30, 500)
                    birth = min(birth, left - timedelta(days=4 * 365))
                guardians = self.guardians(family, town)
                draft = PersonDraft(
                    kind="pupil",
                    given_name=given,
                    family_name=family,
                    # Unique within the school: each pupil draws from their own range.
                    number=f"{code}-{1000 + 7 * i + self.rng.randrange(7)}",
                    school_ids=(f"school-{school}",),
                    salutation="neutral",
                    birth_date=birth,
                    group=f"groep {grade}",
                    date_left=left,
                    guardians=guardians,
                )
                result.append(PlannedPerson(f"pupil-{len(result)}", draft, female, school, grade))
        return result

    def guardians(self, family: str, town: int) -> tuple[GuardianDraft, ...]:
        home = self.address(town)
        first_female = self.rng.random() < 0.55
        result = [
            GuardianDraft(
                f"{self.names.given(first_female)} {family}",
                "mevrouw" if first_female else "heer",
                "moeder" if first_female else "vader",
                home,
            )
        ]
        if self.rng.random() < 0.75:
            female = self.rng.random() < (0.15 if first_female else 0.85)
            other_family = family if self.rng.random() < 0.6 else self.names.family()
            apart = self.rng.random() < 0.2
            result.append(
                GuardianDraft(
                    f"{self.names.given(female)} {other_family}",
                    "mevrouw" if female else "heer",
                    "moeder" if female else "vader",
                    self.address(self.rng.randrange(len(TOWNS))) if apart else home,
                )
            )
        elif self.rng.random() < 0.1:
            result[0] = replace(result[0], relation="voogd")
        return tuple(result)

    # -- incidents -----------------------------------------------------------

    def incidents(
        self,
        users: list[tuple[str, str, str, tuple[int, ...]]],
        staff: list[PlannedPerson],
        pupils: list[PlannedPerson],
    ) -> list[PlannedIncident]:
        order = list(range(len(SCENARIOS)))
        order += self.rng.sample(range(len(SCENARIOS)), INCIDENT_COUNT - len(SCENARIOS))
        self.rng.shuffle(order)
        statuses = [s for s in IncidentStatus for _ in range(INCIDENT_COUNT // len(IncidentStatus))]
        statuses += [
            self.rng.choice(list(IncidentStatus)) for _ in range(INCIDENT_COUNT - len(statuses))
        ]
        self.rng.shuffle(statuses)
        user_names = {label: name for label, name, _r, _s in users}
        active_pupils = [p for p in pupils if p.draft.date_left is None and p.grade >= 5]
        active_staff = [p for p in staff if p.draft.employment_end is None]
        previous_subjects: list[PlannedPerson] = []
        result = []
        for n, (index, status) in enumerate(zip(order, statuses, strict=True)):
            scenario = SCENARIOS[index]
            school = self.rng.randrange(len(SCHOOLS))
            kids = [p for p in active_pupils if p.school == school]
            adults = [p for p in active_staff if p.school == school]
            teachers = [p for p in adults if p.draft.position.startswith("leerkracht")]
            subject_kind, _, victim_kind = scenario.shape.partition(">")
            pool = kids if subject_kind == "pupil" else adults
            repeat = [p for p in previous_subjects if p in pool]
            subject = (
                self.rng.choice(repeat)
                if repeat and self.rng.random() < 0.2
                else self.rng.choice(pool)
            )
            previous_subjects.append(subject)
            taken = {subject.key}
            parties: list[tuple[PlannedPerson, str]] = [(subject, "subject")]

            near = [p for p in kids if abs(p.grade - subject.grade) <= 1] or kids
            victim = None
            if victim_kind:
                victims = near if victim_kind == "pupil" else adults
                if victim_kind == "staff" and subject_kind == "pupil":
                    victims = teachers
                victim = self.pick(victims, taken)
                if victim is not None:
                    parties.append((victim, "victim"))
            if scenario.category is IncidentCategory.BULLYING and self.rng.random() < 0.4:
                second = self.pick(near, taken)
                if second is not None:
                    parties.append((second, "subject"))
            witness = (
                self.pick(near, taken) if len(parties) < 4 and self.rng.random() < 0.5 else None
            )
            if witness is not None:
                parties.append((witness, "witness"))
            reporter = (
                self.pick(adults, taken) if len(parties) < 4 and self.rng.random() < 0.6 else None
            )
            if reporter is not None:
                parties.append((reporter, "reporter"))

            low, high = STATUS_AGE[status]
            occurred_day = self.days_ago(low, high)
            occurred = self.past(self.moment(occurred_day, 15, 21))
            # School hears of it on one of the next mornings or afternoons.
            known_day = min(
                occurred_day + timedelta(days=self.rng.randint(1, 3)),
                self.today - timedelta(days=1),
            )
            known = self.past(self.moment(known_day, 8, 16))
            seriousness = self.rng.choice(scenario.seriousness)

            if scenario.anonymous:
                handle = self.anon_handle(school)
            elif subject.draft.kind == "staff":
                handle = (
                    f"@{'juf' if subject.female else 'meester'}."
                    f"{ascii_fold(subject.draft.given_name).lower()}"
                )
            else:
                handle = self.handle(subject.draft.given_name)
            town = TOWNS[SCHOOLS[school][2]][0]
            url = self.url(scenario.platform, handle, town)
            values = self.values(scenario, subject, victim, witness, school, occurred_day, handle)
            draft = IncidentDraft(
                title=scenario.title.format_map(values),
                occurred_at=occurred,
                known_at=known,
                category=scenario.category.value,
                seriousness=seriousness.value,
                school_id=f"school-{school}",
                parties=tuple(PartyDraft(p.key, role) for p, role in parties),
                description=scenario.description.format_map(values),
                consequences=scenario.consequences.format_map(values)
                if status is not IncidentStatus.REPORTED
                else "",
                platforms=(scenario.platform.value,),
                handles=(handle,) if scenario.platform is not Platform.WHATSAPP else (),
                urls=(url,) if url else (),
                status=status.value,
                posted_as=scenario.posted_as if subject.draft.kind == "staff" else "",
            )
            # HR handles staff misconduct; the school's director handles pupils'.
            owner = "hr" if subject.draft.kind == "staff" else director_label(school)
            planned = PlannedIncident(f"incident-{n}", draft, owner)
            planned.evidence = self.evidence(
                scenario, values, occurred, known, url, reporter, user_names[owner], subject
            )
            planned.entries = self.entries(
                scenario, status, seriousness, parties, known, owner, values
            )
            result.append(planned)
        self.cover_all_seriousness(result)
        return result

    def pick(self, candidates: list[PlannedPerson], taken: set[str]) -> PlannedPerson | None:
        """One of ``candidates`` not yet involved in this incident."""
        free = [p for p in candidates if p.key not in taken]
        if not free:
            return None
        chosen = self.rng.choice(free)
        taken.add(chosen.key)
        return chosen

    def cover_all_seriousness(self, planned: list[PlannedIncident]) -> None:
        for level in Seriousness:
            if any(p.draft.seriousness == level.value for p in planned):
                continue
            counts: dict[str, int] = {}
            for p in planned:
                counts[p.draft.seriousness] = counts.get(p.draft.seriousness, 0) + 1
            donor = next(p for p in planned if counts[p.draft.seriousness] > 1)
            donor.draft = replace(donor.draft, seriousness=level.value)

    def values(
        self,
        scenario: Scenario,
        subject: PlannedPerson,
        victim: PlannedPerson | None,
        witness: PlannedPerson | None,
        school: int,
        day: date,
        handle: str,
    ) -> dict[str, str]:
        def full(p: PlannedPerson) -> str:
            return f"{p.draft.given_name} {p.draft.family_name}"

        def short(p: PlannedPerson) -> str:
            if p.draft.kind == "staff":
                return f"{'juf' if p.female else 'meester'} {p.draft.given_name}"
            return p.draft.given_name

        group_of = subject if subject.draft.kind == "pupil" else victim
        return {
            "subject": full(subject),
            "subject_first": subject.draft.given_name,
            "victim": full(victim) if victim else "een leerling",
            "victim_first": victim.draft.given_name if victim else "de leerling",
            "victim_short": short(victim) if victim else "de leerkracht",
            "victim_word": ("juf" if victim.female else "meester") if victim else "juf",
            "witness": full(witness) if witness else "Een klasgenoot",
            "school": SCHOOLS[school][0],
            "town": TOWNS[SCHOOLS[school][2]][0],
            "group": group_of.draft.group if group_of and group_of.draft.group else "de klas",
            "day": dutch_day(day),
            "handle": handle,
            "platform": PLATFORM_NAMES[scenario.platform.value],
            "views": f"{self.rng.randint(800, 25000):,}".replace(",", "."),
        }

    def evidence(
        self,
        scenario: Scenario,
        values: dict[str, str],
        occurred: datetime,
        known: datetime,
        url: str,
        reporter: PlannedPerson | None,
        owner_name: str,
        subject: PlannedPerson,
    ) -> list[PlannedEvidence]:
        captured = self.past(known + timedelta(minutes=self.rng.randint(5, 240)))
        by = (
            f"{reporter.draft.given_name} {reporter.draft.family_name}"
            if reporter
            else self.rng.choice([owner_name, f"ouder van {values['victim_first']}"])
        )
        platform = PLATFORM_NAMES[scenario.platform.value]
        if scenario.category in MINOR_IMAGE_RISK:
            where = (
                f"{platform}, account {values['handle']}"
                if scenario.platform is not Platform.WHATSAPP
                else f"{platform}, groepsapp van {values['group']}"
            )
            sexting = scenario.category is IncidentCategory.SEXTING
            description = (
                "Beeld niet bekeken, niet opgeslagen en niet doorgestuurd (art. 240b Sr). "
                "Route: melding bij de politie; Meldpunt Kinderporno besproken met de ouders."
                if sexting
                else "Foto niet opgeslagen; vastgelegd is alleen waar, wanneer en door wie hij is "
                "gezien."
            )
            seen_by = f"{by} (melding), bevestigd door {owner_name}" if sexting else by
            return [
                PlannedEvidence(
                    EvidenceDraft(
                        description=description,
                        captured_at=captured,
                        captured_by=by,
                        seen_where=f"{where}; getoond op de telefoon van een medeleerling",
                        seen_by=seen_by,
                    )
                )
            ]
        if self.rng.random() < 0.08:
            return []
        shots = 2 if self.rng.random() < 0.6 else 1
        result = []
        others = [self.names.given(self.rng.random() < 0.5) for _ in range(3)]
        for i in range(shots):
            at = captured + timedelta(minutes=3 * i)
            shot = self.screenshot(scenario, values, occurred, at, subject, others, part=i)
            name = (
                f"Screenshot_{at.strftime('%Y%m%d_%H%M%S')}.png"
                if self.rng.random() < 0.7
                else f"IMG_{self.rng.randint(1000, 9999)}.PNG"
            )
            what = "het gesprek" if scenario.layout == "chat" else "het bericht met reacties"
            if i:
                what += ", vervolg"
            result.append(
                PlannedEvidence(
                    EvidenceDraft(
                        description=(
                            f"Schermafbeelding van {what} op {platform}, aangeleverd door {by}."
                        ),
                        source_url=url,
                        captured_at=at,
                        captured_by=by,
                        original_name=name,
                    ),
                    shot,
                )
            )
        return result

    def screenshot(
        self,
        scenario: Scenario,
        values: dict[str, str],
        occurred: datetime,
        captured: datetime,
        subject: PlannedPerson,
        others: list[str],
        part: int,
    ) -> Screenshot:
        clock = occurred + timedelta(minutes=12 * part)
        post = scenario.layout == "post"
        subject_label = (
            values["handle"]
            if scenario.anonymous or post or scenario.platform is not Platform.WHATSAPP
            else subject.draft.given_name
        )
        messages = []
        lines = scenario.lines
        if part:  # a later screenshot: the rest of the thread and how others reacted
            keep = lines[:1] if post else ()
            lines = (*keep, *lines[max(1, len(lines) // 2) :], *FOLLOW_UPS[self.rng.randrange(3)])
        for who, text in lines:
            clock += timedelta(minutes=self.rng.randint(0, 4))
            shown = text.format_map(values)
            stamp = clock.strftime("%H:%M")
            if post:
                ago = (captured.date() - occurred.date()).days
                stamp = f"{ago} d" if ago else "nu"
            if who == "subject":
                messages.append(Message(subject_label, shown, stamp))
            elif who == "own":
                messages.append(Message("jij", shown, stamp, own=True))
            else:
                sender = self.random_handle() if post else self.rng.choice(others)
                messages.append(Message(sender, shown, stamp))
        if post:
            title, subtitle = PLATFORM_NAMES[scenario.platform.value], values["handle"]
        elif scenario.platform is Platform.WHATSAPP:
            title = values["group"].capitalize() if values["group"] != "de klas" else "Klas"
            subtitle = ", ".join([subject.draft.given_name, *others[:2], "jij"])
        elif scenario.platform is Platform.DISCORD:
            title, subtitle = "#algemeen", "Gamehoek Twente"
        else:
            title, subtitle = values["handle"], PLATFORM_NAMES[scenario.platform.value]
        views = int(values["views"].replace(".", "")) + 137 * part
        stats = f"{views:,} weergaven · {views // 23:,} vind-ik-leuks"
        return Screenshot(
            platform=scenario.platform.value,
            title=title,
            clock=captured.strftime("%H:%M"),
            messages=tuple(messages),
            layout=scenario.layout,
            subtitle=subtitle,
            footer=f"Schermafbeelding {captured.strftime('%d-%m-%Y %H:%M')}",
            extra={"media_label": scenario.media_label, "stats": stats.replace(",", ".")},
        )

    def entries(
        self,
        scenario: Scenario,
        status: IncidentStatus,
        seriousness: Seriousness,
        parties: list[tuple[PlannedPerson, str]],
        known: datetime,
        owner: str,
        values: dict[str, str],
    ) -> list[PlannedEntry]:
        steps = STATUS_STEPS[status]
        police = seriousness in (Seriousness.HIGH, Seriousness.SEVERE)
        start = known.date()
        result = []
        for person, role in parties:
            if role == "subject":
                kinds = [
                    "conversation",
                    "parent_contact" if person.draft.kind == "pupil" else "note",
                    "hearing",
                    "police_contact" if police and status is IncidentStatus.CLOSED else "measure",
                ][:steps]
            elif role == "victim":
                kinds = [
                    "conversation",
                    "parent_contact" if person.draft.kind == "pupil" else "note",
                    "police_contact" if police else "note",
                ][: max(1, steps - 1)]
            else:
                kinds = ["conversation" if role == "witness" else "note"]
            span = (self.today - start).days
            days = sorted(min(self.today, start + timedelta(days=self.below(span))) for _ in kinds)
            for kind, day in zip(kinds, days, strict=True):
                pupil = person.draft.kind == "pupil"
                # A pupil's dossier is kept by their school's director.
                author = director_label(person.school) if pupil else owner
                result.append(
                    PlannedEntry(
                        person.key, kind, day, self.summary(kind, role, person, values), author
                    )
                )
        return result

    def summary(self, kind: str, role: str, person: PlannedPerson, values: dict[str, str]) -> str:
        first = person.draft.given_name
        texts = next(t for t in SUMMARIES if t.matches(kind, role, person.draft.kind)).texts
        return self.rng.choice(texts).format(
            first=first, full=f"{first} {person.draft.family_name}", platform=values["platform"]
        )

    # -- after the incidents -------------------------------------------------

    def statuses(
        self, incidents_: list[PlannedIncident], pupils: list[PlannedPerson]
    ) -> list[tuple[str, str, str]]:
        """A few dossiers whose work is done: closed, or kept under watch after a measure."""
        states: dict[str, set[str]] = {}
        roles: dict[str, set[str]] = {}
        for planned in incidents_:
            for party in planned.draft.parties:
                states.setdefault(party.person_id, set()).add(planned.draft.status)
                roles.setdefault(party.person_id, set()).add(party.role)
        result: list[tuple[str, str, str]] = []
        for key in sorted(states, key=lambda k: (k.split("-")[0], int(k.split("-")[1]))):
            seen = states[key]
            if seen == {"closed"} and sum(s == "closed" for _k, s, _r in result) < 5:
                result.append((key, "closed", "Incident afgerond; geen verdere acties nodig."))
            elif (
                seen <= {"closed", "measure_taken"}
                and "measure_taken" in seen
                and "subject" in roles[key]
                and sum(s == "monitoring" for _k, s, _r in result) < 5
            ):
                result.append(
                    (key, "monitoring", "Maatregel genomen; de komende periode vinger aan de pols.")
                )
        left = [p for p in pupils if p.draft.date_left is not None and p.key not in states]
        for p in left[:3]:
            result.append((p.key, "closed", "Leerling heeft de school verlaten."))
        return result

    def corrections(
        self,
        staff: list[PlannedPerson],
        pupils: list[PlannedPerson],
        incidents_: list[PlannedIncident],
    ) -> list[tuple[str, PersonDraft, str]]:
        involved = {p.person_id for i in incidents_ for p in i.draft.parties}
        staff_pool = [p for p in staff if p.key in involved and p.draft.employment_end is None]
        pupil_pool = [p for p in pupils if p.key in involved and p.draft.date_left is None]
        result: list[tuple[str, PersonDraft, str]] = []
        # A misspelt family name at intake, corrected later.
        p = self.rng.choice(staff_pool)
        right = p.draft
        wrong = _misspell(right.family_name)
        p.draft = replace(right, family_name=wrong)
        result.append((p.key, right, "Achternaam bij invoer verkeerd gespeld."))
        # A position that changed with the new school year.
        p = self.rng.choice(
            [s for s in staff_pool if s.key != p.key] or [s for s in staff if s.key != p.key]
        )
        new_position = (
            "intern begeleider" if p.draft.position != "intern begeleider" else "leerkracht groep 6"
        )
        result.append(
            (
                p.key,
                replace(p.draft, position=new_position),
                "Functie gewijzigd per het nieuwe schooljaar.",
            )
        )
        # A pupil registered in the wrong group.
        p = self.rng.choice(pupil_pool)
        right = p.draft
        p.draft = replace(right, group=f"groep {max(1, p.grade - 1)}")
        result.append((p.key, right, "Verkeerde groep ingevoerd bij inschrijving."))
        # Parents who moved.
        p = self.rng.choice(
            [q for q in pupil_pool if q.key != p.key] or [q for q in pupils if q.key != p.key]
        )
        moved = tuple(
            replace(g, address=self.address(SCHOOLS[p.school][2])) for g in p.draft.guardians
        )
        result.append(
            (p.key, replace(p.draft, guardians=moved), "Verhuizing doorgegeven door de ouders.")
        )
        # Day and month swapped in a birth date.
        candidates = [
            q
            for q in pupil_pool
            if q.key not in {k for k, _d, _r in result}
            and q.draft.birth_date
            and q.draft.birth_date.day <= 12
            and q.draft.birth_date.day != q.draft.birth_date.month
        ]
        if candidates:
            p = self.rng.choice(candidates)
            right = p.draft
            assert right.birth_date is not None
            b = right.birth_date
            p.draft = replace(right, birth_date=date(b.year, b.day, b.month))
            result.append((p.key, right, "Dag en maand van de geboortedatum verwisseld."))
        return result


def _misspell(name: str) -> str:
    words = name.split(" ")
    last = words[-1]
    i = len(last) // 2
    swapped = last[: i - 1] + last[i] + last[i - 1] + last[i + 1 :] if len(last) >= 4 else last
    last = swapped if swapped != last else last + last[-1]
    return " ".join([*words[:-1], last])


def plan_demo(seed: int = 2026, today: date | None = None) -> DemoPlan:
    """Decide the demo's contents; the same seed gives the same people and incidents."""
    planner = _Planner(seed, today or clock.today())
    users = planner.users()
    schools = planner.schools(users)
    staff = planner.staff()
    pupils = planner.pupils()
    planned = planner.incidents(users, staff, pupils)
    corrections = planner.corrections(staff, pupils, planned)
    statuses = planner.statuses(planned, pupils)
    return DemoPlan(
        seed, planner.today, users, schools, staff, pupils, planned, corrections, statuses
    )


# -- writing the plan through the services -----------------------------------------


@contextlib.contextmanager
def _acting_as(folder: Path, passphrase: str, label: str, purpose: str) -> Iterator[Session]:
    session = access.unlock(folder, passphrase, label=label)
    session.purpose = purpose
    try:
        yield session
    finally:
        access.lock(session)


def _with_ids(draft: PersonDraft, school_ids: dict[str, str]) -> PersonDraft:
    return replace(draft, school_ids=tuple(school_ids[k] for k in draft.school_ids))


def _person_owner(person: PlannedPerson) -> str:
    """Who keeps this person's dossier: HR for staff, the school's director for pupils."""
    return "hr" if person.draft.kind == "staff" else director_label(person.school)


BOARD_CHAIR = ("Voorzitter college van bestuur (demo)", "drs. Marijke Veldhuis-ter Braak")


def _register_mandates(session: Session, plan: DemoPlan, school_ids: dict[str, str]) -> None:
    """Who files police reports and who signs, as the administrator registers it."""
    users = {u.keyslot_label: u for u in people.list_users(session)}
    role, chair = BOARD_CHAIR
    mandates.register_mandate(session, "sign_letters", chair, role, "namens het bevoegd gezag")
    for label, name, user_role, schools in plan.users:
        user_id = users[label].id if label in users else ""
        if user_role == "hr":
            for kind in ("police_report", "sign_letters"):
                mandates.register_mandate(
                    session,
                    kind,
                    name,
                    "HR-adviseur",
                    "namens het bevoegd gezag",
                    user_id=user_id,
                )
        elif user_role == "director":
            mandates.register_mandate(
                session,
                "sign_letters",
                name,
                "Directeur",
                "in mandaat van het bevoegd gezag",
                school_ids=[school_ids[f"school-{s}"] for s in schools],
                user_id=user_id,
            )


def create_demo_vault(
    folder: Path, passphrase: str, *, seed: int = 2026, kdf: KdfProfile | None = None
) -> str:
    """Create the demo vault and return a short summary of what is in it.

    Each step is done by the user who would do it: the administrator sets up
    schools and users; HR registers staff and handles staff misconduct; each
    director registers the pupils of their schools and handles pupils' cases
    (and adds the pupils' side of cases HR handles).
    """
    plan = plan_demo(seed)
    profile = kdf or calibrate()
    folder = Path(folder)
    (admin_label, admin_name, admin_role, _), *others = plan.users
    school_ids: dict[str, str] = {}
    session, _recovery = access.create_vault(
        folder, admin_name, admin_role, passphrase, keyslot_label=admin_label, kdf=profile
    )
    try:
        session.purpose = "demo set-up"
        set_setting(session, "foundation.name", FOUNDATION_NAME)
        set_setting(session, "demo.seed", str(seed))
        for i, (name, brin, address, director) in enumerate(plan.schools):
            school = people.add_school(session, name, brin, address, director)
            school_ids[f"school-{i}"] = school.id
        for label, name, role, schools in others:
            access.add_user_with_passphrase(
                session,
                name,
                role,
                label,
                passphrase,
                tuple(school_ids[f"school-{s}"] for s in schools),
                kdf=profile,
            )
        _register_mandates(session, plan, school_ids)
    finally:
        access.lock(session)

    everyone = {p.key: p for p in plan.staff + plan.pupils}
    person_ids: dict[str, str] = {}
    dossier_ids: dict[str, str] = {}
    incident_ids: dict[str, str] = {}
    evidence_count = 0
    workers = ["hr", *(label for label, role, _s in DEMO_USERS if role == "director")]

    # Registering: HR the staff, each director the pupils of their own schools.
    for label in workers:
        with _acting_as(folder, passphrase, label, "demo: registering persons") as user:
            for planned in plan.staff + plan.pupils:
                if _person_owner(planned) == label:
                    person, dossier = people.create_person(
                        user, _with_ids(planned.draft, school_ids)
                    )
                    person_ids[planned.key], dossier_ids[planned.key] = person.id, dossier.id

    pupil_ids = {person_ids[p.key] for p in plan.pupils}
    # Case work: HR's incidents first, so the directors can add their pupils' side.
    for label in workers:
        with _acting_as(folder, passphrase, label, "demo: case work") as user:
            for planned_incident in plan.incidents:
                if planned_incident.owner == label:
                    draft = planned_incident.draft
                    draft = replace(
                        draft,
                        school_id=school_ids[draft.school_id],
                        parties=tuple(
                            replace(p, person_id=person_ids[p.person_id]) for p in draft.parties
                        ),
                    )
                    if user.actor.role == "hr":
                        # HR states why this staff case needs the pupils involved in it.
                        for party in draft.parties:
                            if party.person_id in pupil_ids:
                                privacy.record_case_reason(
                                    user, party.person_id, "Betrokken bij zaak over medewerker"
                                )
                    incident = incidents.record_incident(user, draft)
                    incident_ids[planned_incident.key] = incident.id
                    for item in planned_incident.evidence:
                        if item.screenshot is None:
                            evidence.add_evidence_metadata_only(user, incident.id, item.draft)
                        else:
                            png = io.BytesIO(render_png(item.screenshot))
                            evidence.add_evidence(user, incident.id, png, item.draft)
                        evidence_count += 1
                for entry in planned_incident.entries:
                    if entry.author == label:
                        incidents.add_timeline_entry(
                            user,
                            dossier_ids[entry.person_key],
                            entry.kind,
                            entry.happened_on,
                            entry.summary,
                            incident_ids[planned_incident.key],
                        )
            for key, corrected, reason in plan.corrections:
                if _person_owner(everyone[key]) == label:
                    people.update_person(
                        user, person_ids[key], _with_ids(corrected, school_ids), reason
                    )
            for key, status, reason in plan.statuses:
                if _person_owner(everyone[key]) == label:
                    people.set_dossier_status(user, dossier_ids[key], status, reason)

    labels = ", ".join(label for label, *_rest in plan.users)
    return (
        f"{len(plan.schools)} schools, {len(plan.staff)} staff, {len(plan.pupils)} pupils, "
        f"{len(plan.incidents)} incidents, {evidence_count} evidence items; users: {labels}; "
        "mandates registered for police reports and signatures"
    )
