"""Scale benchmark: a large synthetic vault, our services next to the bare queries.

Builds a vault with (by default) 100,000 persons, 200,000 incidents and
1,000,000 timeline entries, then prints, measured in the same run:

- search p50/p95 over ~200 queries (names and words from descriptions):
  ``services.search.search`` as HR, the store query it runs, and the bare FTS5
  ``MATCH ... ORDER BY rank LIMIT 100`` on the same data, with ratios;
- opening a dossier with 200 timeline entries via ``people.open_dossier`` next
  to a bare SELECT of those rows;
- the first page of ``list_dossiers(limit=200)`` and the page at offset 50,000;
- one service write (a new person, a timeline entry) in the large vault;
- evidence intake of a generated file through ``add_evidence`` next to plain
  ``hashlib.sha256`` over the same file, with peak memory (ru_maxrss and
  tracemalloc) of a fresh process that does only the import.

The build BYPASSES THE SERVICES ON PURPOSE: a million rows through the
services (one transaction, one audit entry and one search-index rewrite per
row) would take hours. Rows are written with ``executemany`` in three big
transactions, exactly as the services would write them: the same columns and
encodings as ``skot_dossier.store``, a dossier per person, an "incident"
timeline entry in every party's dossier, search-index rows for persons,
incidents and timeline entries (with the same folded spellings and school
keys as ``store.search.put``), and HR's recorded case reason for the pupils it
registered where the vault has need-to-know (``case_access``). The audit log
gets one entry per bulk transaction instead of one per row. Schools and users
are created through the services.

Run: ``.venv/bin/python bench/scale.py`` (several minutes) or ``--small``.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import inspect
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skot_dossier.domain.drafts import AddressDraft, EvidenceDraft, PersonDraft  # noqa: E402
from skot_dossier.services import access, evidence, incidents, people  # noqa: E402
from skot_dossier.services import search as search_service  # noqa: E402
from skot_dossier.services.session import Session  # noqa: E402
from skot_dossier.store import search as search_store  # noqa: E402
from skot_dossier.store.codec import d, j, t  # noqa: E402
from skot_dossier.vault import INSECURE_TEST_PROFILE  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"  # noqa: S105 - a throwaway vault
HR_NAME = "Hanna Bench"
SCHOOL_COUNT = 20
TARGET_ENTRIES = 200
BATCH = 20_000
MIB = 1024 * 1024
TOKEN = re.compile(r"\w+", re.UNICODE)
T = TypeVar("T")

MANUAL_KINDS = (
    "conversation",
    "hearing",
    "note",
    "parent_contact",
    "police_contact",
    "measure",
    "letter",
)
SUMMARIES = (
    "Gesprek met {first} over de berichten op {platform}; afspraken over telefoongebruik "
    "vastgelegd.",
    "Hoor en wederhoor: {full} heeft de eigen lezing gegeven; verslag voor gezien getekend.",
    "Telefonisch contact met de ouders van {first} over het incident en de vervolgstappen.",
    "Notitie: schermafbeeldingen ontvangen en als bewijs toegevoegd.",
    "Notitie: afspraak met {first} om over twee weken te evalueren.",
    "Contact met de wijkagent; advies om aangifte te laten doen.",
    "Waarschuwing aan {full} besproken en schriftelijk bevestigd.",
    "Brief aan de ouders van {first} verstuurd over de genomen maatregel.",
    "Steungesprek met {first}; besproken welke hulp nodig is.",
    "Evaluatie: het gaat beter met {first}; dossier blijft nog een maand open.",
)


@dataclass
class Sizes:
    persons: int
    incidents: int
    timeline: int
    evidence_mb: int
    queries: int


@dataclass
class Built:
    """What the measurements need to know about the synthetic data."""

    names: list[tuple[str, str]] = field(default_factory=list)  # (given, family)
    target_dossier: str = ""
    import_incident: str = ""
    timeline_rows: int = 0
    incident_parties: int = 0
    index_rows: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


# -- helpers ------------------------------------------------------------------------


def new_id() -> str:
    return uuid.uuid4().hex


def index_text(title: str, body: str) -> str:
    """The body as ``store.search.put`` stores it: text, title, folded spellings."""
    text = body + " " + title
    extra = {search_store.fold(w) for w in TOKEN.findall(text) if search_store.fold(w) != w}
    return text if not extra else text + " " + " ".join(sorted(extra))


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def has_table(session: Session, name: str) -> bool:
    return (
        session.db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        is not None
    )


def in_batches(rows: Iterable[T], size: int = BATCH) -> Iterable[list[T]]:
    batch: list[T] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- building ------------------------------------------------------------------------


class Builder:
    def __init__(self, session: Session, sizes: Sizes, seed: int) -> None:
        from faker import Faker

        from skot_dossier import demo

        self.demo = demo
        self.s, self.sizes = session, sizes
        self.rng = random.Random(seed)
        fake = Faker("nl_NL")
        fake.seed_instance(seed)
        self.given_f = sorted({fake.first_name_female() for _ in range(1500)})
        self.given_m = sorted({fake.first_name_male() for _ in range(1500)})
        self.family = sorted({fake.last_name() for _ in range(3000)})
        self.streets = sorted({fake.street_name() for _ in range(800)})
        self.today = date.today()
        self.stamp = datetime.now(UTC).isoformat(timespec="seconds")
        self.built = Built()
        # Per person index: id, dossier id, kind, schools, birth date, (given, family).
        self.pid: list[str] = []
        self.did: list[str] = []
        self.kind: list[str] = []
        self.schools: list[tuple[str, ...]] = []
        self.birth: list[date] = []
        self.incidents_of: dict[int, list[str]] = {}
        self.by_school: dict[str, list[int]] = {}

    def name(self, female: bool) -> tuple[str, str]:
        if self.rng.random() < 0.05:
            given = self.rng.choice(
                self.demo.EXTRA_GIVEN_FEMALE if female else self.demo.EXTRA_GIVEN_MALE
            )
            return given, self.rng.choice(self.demo.EXTRA_FAMILY)
        return self.rng.choice(self.given_f if female else self.given_m), self.rng.choice(
            self.family
        )

    def address(self) -> tuple[str, str, str]:
        town, (low, high) = self.rng.choice(self.demo.TOWNS)
        letters = "ABCDEGHJKLMNPRTVWXZ"
        postcode = (
            f"{self.rng.randint(low, high)} {self.rng.choice(letters)}{self.rng.choice(letters)}"
        )
        return f"{self.rng.choice(self.streets)} {self.rng.randint(1, 140)}", postcode, town

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def audit(self, what: str, rows: dict[str, int]) -> None:
        self.s.vault.audit.append(
            actor=self.s.actor.name,
            role=self.s.actor.role,
            action="bulk-import",
            object_type="bench",
            purpose="scale benchmark build",
            details={"what": what, **rows},
        )

    # -- persons and dossiers ----------------------------------------------------

    def persons(self, school_ids: list[str]) -> None:
        db = self.s.db
        case_access = has_table(self.s, "case_access")
        hr_user = self.s.actor.user_id
        counts = {"persons": 0, "guardians": 0, "case_access": 0}
        started = time.perf_counter()
        with db.transaction():
            for first in range(0, self.sizes.persons, BATCH):
                persons: list[tuple[Any, ...]] = []
                links: list[tuple[str, str]] = []
                guardians: list[tuple[Any, ...]] = []
                dossiers: list[tuple[Any, ...]] = []
                index: list[tuple[str, ...]] = []
                grants: list[tuple[str, ...]] = []
                for i in range(first, min(first + BATCH, self.sizes.persons)):
                    # Person 0 is the staff member whose dossier gets 200 entries.
                    staff = i == 0 or self.rng.random() < 0.08
                    female = self.rng.random() < (0.8 if staff else 0.5)
                    given, family = self.name(female)
                    pid, did = new_id(), new_id()
                    schools = [self.rng.choice(school_ids)]
                    if staff and self.rng.random() < 0.05:
                        schools.append(self.rng.choice(school_ids))
                    schools = sorted(set(schools))
                    if staff:
                        birth = self.days_ago(365 * 22, 365 * 64)
                        start = birth + timedelta(days=365 * 21 + self.rng.randint(0, 8000))
                        start = min(start, self.days_ago(30, 60))
                        street, postcode, town = self.address()
                        position = self.rng.choice(self.demo.STAFF_CORE + self.demo.STAFF_EXTRA)
                        persons.append(
                            (
                                pid,
                                "staff",
                                given,
                                family,
                                "mevrouw" if female else "heer",
                                f"S{i:07d}",
                                d(birth),
                                position,
                                d(start),
                                None,
                                "",
                                None,
                                street,
                                postcode,
                                town,
                                self.stamp,
                            )
                        )
                        body = " ".join([f"S{i:07d}", position, ""])
                    else:
                        grade = self.rng.randint(1, 8)
                        birth = self.days_ago(365 * (grade + 3), 365 * (grade + 4) - 1)
                        group = f"groep {grade}"
                        persons.append(
                            (
                                pid,
                                "pupil",
                                given,
                                family,
                                "neutral",
                                f"L{i:07d}",
                                d(birth),
                                "",
                                None,
                                None,
                                group,
                                None,
                                None,
                                None,
                                None,
                                self.stamp,
                            )
                        )
                        street, postcode, town = self.address()
                        names = []
                        for ordinal in range(1 if self.rng.random() < 0.3 else 2):
                            g_female = self.rng.random() < 0.5
                            g_name = f"{self.name(g_female)[0]} {family}"
                            names.append(g_name)
                            guardians.append(
                                (
                                    new_id(),
                                    pid,
                                    g_name,
                                    "mevrouw" if g_female else "heer",
                                    "moeder" if g_female else "vader",
                                    street,
                                    postcode,
                                    town,
                                    ordinal,
                                )
                            )
                        body = " ".join([f"L{i:07d}", "", group, *names])
                        if case_access:
                            grants.append(
                                (pid, hr_user, "Geregistreerd door HR (benchmark)", self.stamp)
                            )
                    links.extend((pid, s) for s in schools)
                    status = self.rng.choices(("open", "monitoring", "closed"), (90, 5, 5))[0]
                    dossiers.append(
                        (
                            did,
                            pid,
                            "staff" if staff else "pupil",
                            status,
                            self.stamp,
                            self.stamp if status == "closed" else None,
                        )
                    )
                    index.append(
                        (
                            f"{given} {family}",
                            index_text(f"{given} {family}", body),
                            "person",
                            pid,
                            did,
                            search_store.schools_key(schools),
                        )
                    )
                    self.pid.append(pid)
                    self.did.append(did)
                    self.kind.append("staff" if staff else "pupil")
                    self.schools.append(tuple(schools))
                    self.birth.append(birth)
                    self.built.names.append((given, family))
                    for s in schools:
                        self.by_school.setdefault(s, []).append(i)
                db.executemany(
                    "INSERT INTO persons (id, kind, given_name, family_name, salutation, number, "
                    "birth_date, position, employment_start, employment_end, pupil_group, "
                    "date_left, street, postcode, town, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    persons,
                )
                db.executemany(
                    "INSERT INTO person_schools (person_id, school_id) VALUES (?, ?)", links
                )
                db.executemany(
                    "INSERT INTO guardians (id, person_id, name, salutation, relation, street, "
                    "postcode, town, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    guardians,
                )
                db.executemany(
                    "INSERT INTO dossiers (id, person_id, kind, status, opened_at, closed_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    dossiers,
                )
                db.executemany(
                    "INSERT INTO search_index (title, body, kind, ref_id, dossier_id, "
                    "school_ids) VALUES (?, ?, ?, ?, ?, ?)",
                    index,
                )
                if grants:
                    db.executemany(
                        "INSERT INTO case_access (person_id, user_id, reason, granted_at) "
                        "VALUES (?, ?, ?, ?)",
                        grants,
                    )
                counts["persons"] += len(persons)
                counts["guardians"] += len(guardians)
                counts["case_access"] += len(grants)
                self.built.index_rows += len(index)
            self.audit("persons", counts)
        self.built.seconds["persons"] = time.perf_counter() - started
        self.built.target_dossier = self.did[0]

    # -- incidents -------------------------------------------------------------------

    def incident_texts(self, parties: list[int], school: str) -> dict[str, Any]:
        scenario = self.rng.choice(self.demo.SCENARIOS)
        subject = self.built.names[parties[0]]
        victim = self.built.names[parties[1]] if len(parties) > 1 else ("de", "leerling")
        handle = f"@{self.demo.ascii_fold(subject[0]).lower() or 'user'}_{self.rng.randint(10, 99)}"
        values = {
            "subject": " ".join(subject),
            "subject_first": subject[0],
            "victim": " ".join(victim),
            "victim_first": victim[0],
            "victim_short": victim[0],
            "victim_word": "juf",
            "witness": "Een klasgenoot",
            "school": f"school {school[:4]}",
            "town": "Vriezenveen",
            "group": "groep 7",
            "day": self.demo.dutch_day(self.today),
            "handle": handle,
            "platform": self.demo.PLATFORM_NAMES[scenario.platform.value],
            "views": str(self.rng.randint(800, 25000)),
        }
        platform = scenario.platform.value
        urls = (
            ()
            if platform == "whatsapp"
            else (f"https://{platform}.example/{handle.lstrip('@')}/{self.rng.randrange(10**12)}",)
        )
        return {
            "title": scenario.title.format_map(values),
            "description": scenario.description.format_map(values),
            "consequences": scenario.consequences.format_map(values),
            "category": scenario.category.value,
            "platforms": (platform,),
            "handles": () if platform == "whatsapp" else (handle,),
            "urls": urls,
            "seriousness": self.rng.choice(scenario.seriousness).value,
        }

    def incidents(self, school_ids: list[str]) -> None:
        db = self.s.db
        statuses = ("reported", "investigating", "hearing", "deciding", "measure_taken", "closed")
        roles = ("victim", "witness", "reporter")
        counts = {"incidents": 0, "parties": 0, "timeline": 0}
        started = time.perf_counter()
        with db.transaction():
            for first in range(0, self.sizes.incidents, BATCH):
                rows: list[tuple[Any, ...]] = []
                parties: list[tuple[str, str, str]] = []
                timeline: list[tuple[Any, ...]] = []
                index: list[tuple[str, ...]] = []
                for n in range(first, min(first + BATCH, self.sizes.incidents)):
                    school = self.rng.choice(school_ids)
                    pool = self.by_school[school]
                    count = self.rng.choices((1, 2, 3, 4), (15, 40, 30, 15))[0]
                    chosen = list(dict.fromkeys(self.rng.choice(pool) for _ in range(count)))
                    if n < 5:  # the target staff member is involved in a few incidents
                        chosen = [0, *(p for p in chosen if p != 0)][:4]
                    texts = self.incident_texts(chosen, school)
                    iid = new_id()
                    occurred = datetime.combine(
                        self.days_ago(2, 1000), datetime.min.time(), UTC
                    ) + timedelta(minutes=self.rng.randint(9 * 60, 21 * 60))
                    known = occurred + timedelta(hours=self.rng.randint(1, 48))
                    known = min(known, datetime.now(UTC) - timedelta(hours=1))
                    rows.append(
                        (
                            iid,
                            texts["title"],
                            t(occurred),
                            t(known),
                            j(texts["platforms"]),
                            j(texts["handles"]),
                            j(texts["urls"]),
                            texts["description"],
                            texts["consequences"],
                            texts["category"],
                            texts["seriousness"],
                            self.rng.choice(statuses),
                            school,
                            HR_NAME,
                            self.stamp,
                        )
                    )
                    involved_schools = {school}
                    for k, person in enumerate(chosen):
                        role = "subject" if k == 0 else self.rng.choice(roles)
                        parties.append((iid, self.pid[person], role))
                        involved_schools.update(self.schools[person])
                        timeline.append(
                            (
                                new_id(),
                                self.did[person],
                                "incident",
                                d(occurred.date()),
                                texts["title"],
                                HR_NAME,
                                self.stamp,
                                iid,
                            )
                        )
                        self.incidents_of.setdefault(person, []).append(iid)
                    body = " ".join(
                        [
                            texts["description"],
                            texts["consequences"],
                            *texts["platforms"],
                            *texts["handles"],
                            *texts["urls"],
                        ]
                    )
                    index.append(
                        (
                            texts["title"],
                            index_text(texts["title"], body),
                            "incident",
                            iid,
                            "",
                            search_store.schools_key(involved_schools),
                        )
                    )
                    risky = texts["category"] in ("sexting", "image_without_consent")
                    if not self.built.import_incident and not risky:
                        self.built.import_incident = iid
                db.executemany(
                    "INSERT INTO incidents (id, title, occurred_at, known_at, platforms, "
                    "handles, urls, description, consequences, category, seriousness, status, "
                    "school_id, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                db.executemany(
                    "INSERT INTO incident_parties (incident_id, person_id, role) VALUES (?, ?, ?)",
                    parties,
                )
                db.executemany(
                    "INSERT INTO timeline (id, dossier_id, kind, happened_on, summary, author, "
                    "created_at, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    timeline,
                )
                db.executemany(
                    "INSERT INTO search_index (title, body, kind, ref_id, dossier_id, "
                    "school_ids) VALUES (?, ?, ?, ?, ?, ?)",
                    index,
                )
                counts["incidents"] += len(rows)
                counts["parties"] += len(parties)
                counts["timeline"] += len(timeline)
                self.built.index_rows += len(index)
            self.audit("incidents", counts)
        self.built.incident_parties = counts["parties"]
        self.built.timeline_rows += counts["timeline"]
        self.built.seconds["incidents"] = time.perf_counter() - started

    # -- timeline ----------------------------------------------------------------------

    def manual_entries(self) -> Iterable[int]:
        """Person index per manual entry: the target first, then spread at random."""
        target_has = len(self.incidents_of.get(0, []))
        target_manual = max(0, TARGET_ENTRIES - target_has)
        total = max(0, self.sizes.timeline - self.built.timeline_rows)
        yield from [0] * min(target_manual, total)
        for _ in range(total - min(target_manual, total)):
            person = self.rng.randrange(1, len(self.pid)) if len(self.pid) > 1 else 0
            yield person

    def timeline(self) -> None:
        db = self.s.db
        started = time.perf_counter()
        count = 0
        platforms = list(self.demo.PLATFORM_NAMES.values())
        with db.transaction():
            for batch in in_batches(self.manual_entries()):
                rows: list[tuple[Any, ...]] = []
                index: list[tuple[str, ...]] = []
                for person in batch:
                    given, family = self.built.names[person]
                    kind = self.rng.choice(MANUAL_KINDS)
                    text = self.rng.choice(SUMMARIES).format(
                        first=given, full=f"{given} {family}", platform=self.rng.choice(platforms)
                    )
                    span = max(0, (self.today - self.birth[person]).days)
                    happened = self.today - timedelta(days=self.rng.randint(0, min(span, 1000)))
                    linked = self.incidents_of.get(person)
                    incident = (
                        self.rng.choice(linked) if linked and self.rng.random() < 0.3 else None
                    )
                    eid = new_id()
                    rows.append(
                        (
                            eid,
                            self.did[person],
                            kind,
                            d(happened),
                            text,
                            HR_NAME,
                            self.stamp,
                            incident,
                        )
                    )
                    index.append(
                        (
                            kind,
                            index_text(kind, text),
                            "timeline",
                            eid,
                            self.did[person],
                            search_store.schools_key(self.schools[person]),
                        )
                    )
                db.executemany(
                    "INSERT INTO timeline (id, dossier_id, kind, happened_on, summary, author, "
                    "created_at, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                db.executemany(
                    "INSERT INTO search_index (title, body, kind, ref_id, dossier_id, "
                    "school_ids) VALUES (?, ?, ?, ?, ?, ?)",
                    index,
                )
                count += len(rows)
                self.built.index_rows += len(index)
            self.audit("timeline", {"timeline": count})
        self.built.timeline_rows += count
        self.built.seconds["timeline"] = time.perf_counter() - started


def build(folder: Path, sizes: Sizes, seed: int) -> Built:
    started = time.perf_counter()
    admin, _recovery = access.create_vault(
        folder,
        "Bram Beheer",
        "admin",
        PASSPHRASE,
        keyslot_label="beheer",
        kdf=INSECURE_TEST_PROFILE,
    )
    try:
        school_ids = []
        for i in range(SCHOOL_COUNT):
            school = people.add_school(
                admin,
                f"Benchschool {i + 1:02d}",
                f"98{chr(65 + i // 10)}{i % 10}",
                AddressDraft(f"Schoolstraat {i + 1}", f"{7670 + i % 20} AB", "Vriezenveen"),
                "Dirk Directeur",
            )
            school_ids.append(school.id)
        access.add_user_with_passphrase(
            admin, HR_NAME, "hr", "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE
        )
    finally:
        access.lock(admin)
    hr = access.unlock(folder, PASSPHRASE, label="hr")
    try:
        # A large page cache for the bulk build only; the measurements reopen the
        # vault with the product's own settings.
        hr.db.execute("PRAGMA cache_size = -262144")
        builder = Builder(hr, sizes, seed)
        builder.persons(school_ids)
        builder.incidents(school_ids)
        builder.timeline()
        # The services keep a key -> index-row map next to the full-text index; the
        # bulk build fills it in one statement, as migration 6 does for old vaults.
        with hr.db.transaction():
            hr.db.execute(
                "INSERT OR REPLACE INTO search_refs (kind, ref_id, fts_rowid) "
                "SELECT kind, ref_id, rowid FROM search_index"
            )
        built = builder.built
    finally:
        access.lock(hr)
    built.seconds["total"] = time.perf_counter() - started
    return built


# -- measuring ---------------------------------------------------------------------


def make_queries(built: Built, count: int, seed: int) -> list[str]:
    from skot_dossier import demo

    rng = random.Random(seed + 1)
    names = built.names
    queries: list[str] = []
    for _ in range(count // 2):
        given, family = rng.choice(names)
        style = rng.randrange(3)
        queries.append(family if style == 0 else given if style == 1 else f"{given} {family}")
    words = sorted(
        {
            w
            for s in demo.SCENARIOS
            for w in TOKEN.findall(re.sub(r"\{\w+\}", " ", s.description + " " + s.title))
            if len(w) >= 5
        }
    )
    while len(queries) < count:
        if rng.random() < 0.8:
            queries.append(rng.choice(words))
        else:
            queries.append(f"{rng.choice(words)} {rng.choice(words)}")
    return queries


def store_query(session: Session, text: str) -> Callable[[], Any]:
    """The store call the search service makes, with the same arguments."""
    kwargs: dict[str, Any] = {"school_ids": None, "limit": 100}
    if "need_to_know_user" in inspect.signature(search_store.query).parameters:
        kwargs["need_to_know_user"] = people.need_to_know_user(session)
    return lambda: search_store.query(session.db, text[:500], **kwargs)


def measure_search(session: Session, queries: list[str]) -> dict[str, list[float]]:
    raw_sql = (
        "SELECT kind, ref_id, dossier_id, title FROM search_index "
        "WHERE search_index MATCH ? ORDER BY rank LIMIT 100"
    )
    results: dict[str, list[float]] = {"service": [], "store": [], "raw": []}
    hits = 0
    for n, text in enumerate(queries):
        expression = search_store.to_match_expression(text)
        runs: dict[str, Callable[[], Any]] = {
            "service": functools.partial(search_service.search, session, text),
            "store": store_query(session, text),
            "raw": functools.partial(session.db.all, raw_sql, (expression,)),
        }
        runs["raw"]()  # warm the pages this query touches, for all three alike
        order = list(runs) if n % 2 == 0 else list(reversed(runs))
        for name in order:
            results[name].append(timed(runs[name]))
        hits += len(session.db.all(raw_sql, (expression,)))
    results["hits"] = [hits / max(1, len(queries))]
    return results


def measure_open(session: Session, dossier_id: str, rounds: int = 30) -> tuple[float, float, int]:
    bare_sql = (
        "SELECT id, dossier_id, kind, happened_on, summary, author, created_at, "
        "incident_id FROM timeline WHERE dossier_id = ? "
        "ORDER BY happened_on DESC, created_at DESC"
    )
    entries = len(people.open_dossier(session, dossier_id).timeline)
    ours = [timed(lambda: people.open_dossier(session, dossier_id)) for _ in range(rounds)]
    bare = [timed(lambda: session.db.all(bare_sql, (dossier_id,))) for _ in range(rounds)]
    return statistics.median(ours), statistics.median(bare), entries


def measure_list(session: Session, offset: int, rounds: int = 5) -> tuple[float, int]:
    rows = len(people.list_dossiers(session, offset=offset, limit=200))
    samples = [
        timed(lambda: people.list_dossiers(session, offset=offset, limit=200))
        for _ in range(rounds)
    ]
    return statistics.median(samples), rows


def measure_writes(session: Session, dossier_id: str) -> dict[str, float]:
    """One service write each in the large vault, and the search-index delete it runs."""
    school = people.list_schools(session)[0].id
    draft = PersonDraft(
        kind="staff",
        given_name="Wendy",
        family_name="Schrijftest",
        number="W0000001",
        school_ids=(school,),
        salutation="mevrouw",
        birth_date=date(1980, 5, 4),
        position="leerkracht groep 5",
        employment_start=date(2010, 8, 1),
        address=AddressDraft("Teststraat 1", "7671 AB", "Vriezenveen"),
    )
    result = {"create_person": timed(lambda: people.create_person(session, draft))}
    result["add_timeline_entry"] = timed(
        lambda: incidents.add_timeline_entry(
            session, dossier_id, "note", date.today(), "Notitie: meting van de schrijftijd."
        )
    )
    result["index_delete_only"] = timed(
        lambda: search_store.remove(session.db, "person", "no-such-id")
    )
    return result


def write_random_file(path: Path, megabytes: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("wb") as out:
        for _ in range(megabytes):
            out.write(rng.randbytes(MIB))


def high_water_kib() -> int | None:
    """Linux VmHWM: this process's own peak RSS (not inherited from a parent)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else None


def bare_store(source: Path, scratch: Path) -> None:
    """The same 1 MiB chunks into a fresh SQLCipher database with the vault's own
    connection settings, in one transaction: no hashing, checks or audit entry."""
    from skot_dossier.vault.database import Database

    db = Database(scratch, os.urandom(32))
    try:
        db.execute(
            "CREATE TABLE chunks (id TEXT, ordinal INTEGER, data BLOB, UNIQUE (id, ordinal))"
        )
        with db.transaction(), source.open("rb") as handle:
            ordinal = 0
            while chunk := handle.read(MIB):
                db.execute("INSERT INTO chunks VALUES (?, ?, ?)", ("x", ordinal, chunk))
                ordinal += 1
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)


def import_child() -> None:
    """Runs in its own process: waits for the job on stdin, then does only the import.

    The process is started before the vault is built, while the benchmark is
    still small: on Linux a child inherits its parent's ru_maxrss at fork, so
    starting it later would report the build's peak instead of the import's.
    """
    job = json.loads(sys.stdin.readline())
    source = Path(job["file"])
    session = access.unlock(Path(job["vault"]), PASSPHRASE, label="hr")
    try:
        digest = hashlib.sha256()

        def plain_hash() -> None:
            with source.open("rb") as handle:
                while chunk := handle.read(MIB):
                    digest.update(chunk)

        hash_s = timed(plain_hash)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        hwm_before = high_water_kib()
        tracemalloc.start()
        draft = EvidenceDraft(
            description="Benchmark: gegenereerd bestand.", original_name="benchmark.bin"
        )
        started = time.perf_counter()
        item = evidence.add_evidence(session, job["incident"], source, draft)
        import_s = time.perf_counter() - started
        _current, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        hwm_after = high_water_kib()
        assert item.sha256 == digest.hexdigest()
    finally:
        access.lock(session)
    store_s = timed(lambda: bare_store(source, Path(job["scratch"])))
    print(
        json.dumps(
            {
                "bytes": source.stat().st_size,
                "hash_s": hash_s,
                "import_s": import_s,
                "store_s": store_s,
                "rss_before_kib": rss_before,
                "rss_after_kib": rss_after,
                "hwm_before_kib": hwm_before,
                "hwm_after_kib": hwm_after,
                "traced_peak": traced_peak,
            }
        ),
        flush=True,
    )


def start_import_child() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--import-child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def measure_import(
    child: subprocess.Popen[str],
    folder: Path,
    incident_id: str,
    megabytes: int,
    seed: int,
    workdir: Path,
) -> dict[str, Any]:
    file = workdir / "evidence.bin"
    write_random_file(file, megabytes, seed)
    job = {
        "vault": str(folder),
        "file": str(file),
        "incident": incident_id,
        "scratch": str(workdir / "scratch.db"),
    }
    try:
        out, _err = child.communicate(json.dumps(job) + "\n", timeout=3600)
    finally:
        file.unlink()
    if child.returncode != 0:
        raise RuntimeError(f"the import process failed (exit status {child.returncode})")
    return dict(json.loads(out.strip().splitlines()[-1]))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# -- main ------------------------------------------------------------------------------


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--incidents", type=int, default=200_000)
    parser.add_argument("--timeline", type=int, default=1_000_000)
    parser.add_argument("--evidence-mb", type=int, default=200)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--small",
        action="store_true",
        help="a quick run: 5,000 persons, 10,000 incidents, 50,000 timeline "
        "entries, 20 MB evidence",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where the throwaway vault is built (default: system temp)",
    )
    parser.add_argument("--import-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.small:
        args.persons, args.incidents, args.timeline, args.evidence_mb = 5_000, 10_000, 50_000, 20
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    if args.import_child:
        import_child()
        return
    sizes = Sizes(args.persons, args.incidents, args.timeline, args.evidence_mb, args.queries)
    child = start_import_child()  # now, while this process is still small
    try:
        run(args, sizes, child)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def run(args: argparse.Namespace, sizes: Sizes, child: subprocess.Popen[str]) -> None:
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="skot-scale-") as tmp:
        folder = Path(tmp) / "Scale.skotvault"
        built = build(folder, sizes, args.seed)
        secs = built.seconds
        print(
            f"Synthetic vault: {sizes.persons:,} persons, {sizes.incidents:,} incidents "
            f"({built.incident_parties:,} parties), {built.timeline_rows:,} timeline entries, "
            f"{built.index_rows:,} search-index rows"
        )
        print(
            f"built in {secs['total']:.0f} s bypassing the services (persons "
            f"{secs['persons']:.0f} s, incidents {secs['incidents']:.0f} s, timeline "
            f"{secs['timeline']:.0f} s); {folder_size(folder) / MIB:,.0f} MiB on disk"
        )
        build_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        session = access.unlock(folder, PASSPHRASE, label="hr")
        try:
            queries = make_queries(built, sizes.queries, args.seed)
            found = measure_search(session, queries)
            print(
                f"\nsearch, {len(queries)} queries (half names, half words from "
                f"descriptions; {found['hits'][0]:.0f} raw hits per query on average)"
            )
            for q, label in ((0.5, "p50"), (0.95, "p95")):
                service, store, raw = (percentile(found[k], q) for k in ("service", "store", "raw"))
                print(
                    f"  {label}: service {ms(service)} | store query {ms(store)} | "
                    f"raw FTS5 {ms(raw)} | service/raw {service / raw:6.1f}x"
                )

            ours, bare, entries = measure_open(session, built.target_dossier)
            print(f"\nopen a dossier with {entries} timeline entries (median of 30)")
            print(
                f"  people.open_dossier {ms(ours)} | bare SELECT {ms(bare)} | "
                f"ratio {ours / bare:6.1f}x"
            )

            far = 50_000 if sizes.persons > 50_000 else sizes.persons // 2
            first_s, first_rows = measure_list(session, 0)
            far_s, far_rows = measure_list(session, far)
            print("\nlist_dossiers(limit=200), median of 5")
            print(f"  first page        {ms(first_s)} ({first_rows} rows)")
            print(f"  offset {far:<10,} {ms(far_s)} ({far_rows} rows)")

            writes = measure_writes(session, built.target_dossier)
            print("\none service write in this vault")
            print(f"  people.create_person           {ms(writes['create_person'])}")
            print(f"  incidents.add_timeline_entry   {ms(writes['add_timeline_entry'])}")
            print(f"  of which search-index removal  {ms(writes['index_delete_only'])}")
        finally:
            access.lock(session)

        result = measure_import(
            child, folder, built.import_incident, sizes.evidence_mb, args.seed, Path(tmp)
        )
        size_mb = result["bytes"] / 1e6
        import_rate = size_mb / result["import_s"]
        hash_rate = size_mb / result["hash_s"]
        print(
            f"\nevidence import of a {result['bytes'] / MIB:.0f} MiB file "
            f"(fresh process: unlock, hash baseline, add_evidence)"
        )
        print(
            f"  add_evidence {import_rate:8.1f} MB/s ({result['import_s']:.2f} s) | "
            f"plain sha256 {hash_rate:8.1f} MB/s ({result['hash_s']:.2f} s) | "
            f"ratio {result['import_s'] / result['hash_s']:6.1f}x"
        )
        store_rate = size_mb / result["store_s"]
        print(
            f"  bare SQLCipher write of the same chunks {store_rate:8.1f} MB/s "
            f"({result['store_s']:.2f} s) | add_evidence / bare write "
            f"{result['import_s'] / result['store_s']:6.2f}x"
        )
        print(
            f"  peak RSS (ru_maxrss) before import {result['rss_before_kib'] / 1024:7.1f} MiB,"
            f" after {result['rss_after_kib'] / 1024:7.1f} MiB; tracemalloc peak during "
            f"import {result['traced_peak'] / MIB:6.1f} MiB"
        )
        if result["hwm_after_kib"] is not None:
            print(
                f"  VmHWM (own peak RSS) before import {result['hwm_before_kib'] / 1024:7.1f} "
                f"MiB, after {result['hwm_after_kib'] / 1024:7.1f} MiB"
            )
        print(f"  (the building process peaked at {build_rss / 1024:,.0f} MiB RSS)")


if __name__ == "__main__":
    main()
