"""The demo vault holds what its summary promises, as its users would see it.

HR keeps the staff dossiers and each director the pupil dossiers of their own
schools, so staff are counted through HR and pupils through the directors.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from PIL import Image

from skot_dossier.demo import DEMO_USERS, SCHOOLS, create_demo_vault, plan_demo
from skot_dossier.domain.enums import (
    MINOR_IMAGE_RISK,
    IncidentCategory,
    IncidentStatus,
    PartyRole,
    PersonKind,
    Seriousness,
    TimelineKind,
)
from skot_dossier.domain.model import DossierSummary
from skot_dossier.services import access, evidence, incidents, people, search
from skot_dossier.services.permissions import PermissionDenied
from skot_dossier.services.session import Session
from skot_dossier.vault import INSECURE_TEST_PROFILE

PASSPHRASE = "demo-wachtwoord-2026"
SEED = 2026
DIRECTORS = ("directeur", "directeur2")
KEEPERS = (("hr", "staff"), ("directeur", "pupil"), ("directeur2", "pupil"))
SUMMARY_RE = re.compile(
    r"(\d+) schools, (\d+) staff, (\d+) pupils, (\d+) incidents, (\d+) evidence items; "
    r"users: ([^;]+); mandates registered"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("demo") / "Demo.skotvault"
    summary = create_demo_vault(folder, PASSPHRASE, seed=SEED, kdf=INSECURE_TEST_PROFILE)
    return folder, summary


@contextlib.contextmanager
def acting_as(folder: Path, label: str) -> Iterator[Session]:
    session = access.unlock(folder, PASSPHRASE, label=label)
    try:
        yield session
    finally:
        access.lock(session)


def all_dossiers(session: Session, **filters: str) -> list[DossierSummary]:
    """Every dossier the user may list, page by page."""
    rows: list[DossierSummary] = []
    while True:
        page = people.list_dossiers(session, offset=len(rows), limit=150, **filters)
        rows.extend(page)
        if len(page) < 150:
            return rows


def incident_ids(session: Session, rows: list[DossierSummary]) -> set[str]:
    ids: set[str] = set()
    for row in rows:
        if row.incident_count:
            ids.update(i.id for i in people.open_dossier(session, row.dossier_id).incidents)
    return ids


@pytest.fixture(scope="module")
def seen(demo: tuple[Path, str]) -> dict[str, Any]:
    """What the users see through the services, gathered once for the module."""
    folder, _summary = demo
    pupils: dict[str, DossierSummary] = {}
    records: dict[str, Any] = {}
    found_evidence: dict[str, Any] = {}
    images: dict[str, Any] = {}

    def gather(session: Session, rows: list[DossierSummary]) -> None:
        # Each incident is read by a user whose case it is: HR for staff cases, the
        # director for their pupils (HR has no need to know pupils-only cases).
        for incident_id in incident_ids(session, rows) - set(records):
            records[incident_id] = incidents.get_incident(session, incident_id)
            found_evidence[incident_id] = evidence.list_evidence(session, incident_id)
            for item in found_evidence[incident_id]:
                if not item.metadata_only:
                    images[item.id] = evidence.read_evidence(session, item.id)

    for label in DIRECTORS:
        with acting_as(folder, label) as director:
            rows = all_dossiers(director, kind="pupil")
            pupils.update((d.dossier_id, d) for d in rows)
            gather(director, all_dossiers(director))
    with acting_as(folder, "hr") as hr:
        staff = all_dossiers(hr, kind="staff")
        gather(hr, staff)
        return {
            "schools": people.list_schools(hr),
            "users": people.list_users(hr),
            "staff": staff,
            "pupils": list(pupils.values()),
            "incidents": [records[i] for i in sorted(records)],
            "evidence": found_evidence,
            "images": images,
        }


def test_the_summary_tells_the_truth(demo, seen):
    folder, summary = demo
    match = SUMMARY_RE.search(summary)
    assert match, summary
    schools, staff, pupils, incident_count, evidence_count = map(int, match.groups()[:5])
    assert len(seen["schools"]) == schools == 4
    assert len(seen["staff"]) == staff == 60
    assert len(seen["pupils"]) == pupils == 500
    assert len(seen["incidents"]) == incident_count == 40
    assert sum(len(v) for v in seen["evidence"].values()) == evidence_count
    assert evidence_count >= incident_count
    labels = match.group(6).split(", ")
    assert labels == [label for label, _role, _schools in DEMO_USERS]
    assert set(access.describe_vault(folder).user_labels) == set(labels)
    roles = {u.keyslot_label: u.role.value for u in seen["users"]}
    assert roles == {
        "beheer": "admin",
        "hr": "hr",
        "directeur": "director",
        "directeur2": "director",
        "privacy": "privacy_officer",
    }


def test_schools_are_invented_and_in_twenterand(seen):
    schools = seen["schools"]
    assert {s.name for s in schools} == {name for name, *_rest in SCHOOLS}
    assert {s.address.town for s in schools} == {
        "Vriezenveen",
        "Vroomshoop",
        "Westerhaar-Vriezenveensewijk",
        "Den Ham",
    }
    for school in schools:
        assert school.brin.startswith("99")
        assert 7670 <= int(school.address.postcode[:4]) <= 7689
        assert school.director_name


def test_some_names_are_outside_latin1(seen):
    names = [d.name for d in seen["staff"] + seen["pupils"]]
    wide = [n for n in names if any(ord(c) > 0xFF for c in n)]
    assert 5 <= len(wide) <= len(names) // 10, wide


def test_every_category_status_and_seriousness_occurs(seen):
    found = seen["incidents"]
    assert {i.category for i in found} == set(IncidentCategory)
    assert {i.status for i in found} == set(IncidentStatus)
    assert {i.seriousness for i in found} == set(Seriousness)
    for incident in found:
        assert 1 <= len(incident.parties) <= 4
        assert any(p.role is PartyRole.SUBJECT for p in incident.parties)


def test_incidents_lie_in_the_past_and_use_example_hosts(seen):
    now = datetime.now(UTC)
    for incident in seen["incidents"]:
        assert incident.occurred_at <= incident.known_at <= now
        assert "Lorem" not in incident.description
        assert all(h.startswith("@") for h in incident.handles)
        for url in incident.urls:
            host = urlparse(url).hostname or ""
            assert host.endswith(".example"), url


def test_risky_categories_keep_only_metadata(seen):
    for incident in seen["incidents"]:
        items = seen["evidence"][incident.id]
        if incident.category in MINOR_IMAGE_RISK:
            assert items, incident.title
            for item in items:
                assert item.metadata_only and item.size == 0 and not item.sha256
                assert item.seen_where and item.seen_by and item.captured_at
        else:
            assert not any(item.metadata_only for item in items)


def test_evidence_images_are_valid_pngs(seen):
    files = [e for items in seen["evidence"].values() for e in items if not e.metadata_only]
    assert len(files) >= 30
    for item in files:
        record, data = seen["images"][item.id]
        assert record.media_type == "image/png"
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "PNG"
            assert image.width >= 300 and image.height >= 600


def test_party_dossiers_have_a_timeline_and_some_are_followed_up(demo):
    folder, _summary = demo
    today = date.today()
    kinds: set[TimelineKind] = set()
    authors: set[str] = set()
    statuses: set[str] = set()
    involved = 0
    for label, kind in KEEPERS:
        with acting_as(folder, label) as user:
            for row in all_dossiers(user, kind=kind):
                statuses.add(row.status.value)
                if not row.incident_count:
                    continue
                involved += 1
                view = people.open_dossier(user, row.dossier_id)
                work = [e for e in view.timeline if e.kind is not TimelineKind.INCIDENT]
                assert work, row.name
                assert all(e.happened_on <= today for e in view.timeline)
                kinds.update(e.kind for e in work)
                authors.update(e.author for e in work)
    assert involved >= 40
    assert {
        TimelineKind.CONVERSATION,
        TimelineKind.HEARING,
        TimelineKind.PARENT_CONTACT,
        TimelineKind.NOTE,
        TimelineKind.POLICE_CONTACT,
    } <= kinds
    assert len(authors) == 3  # HR and both directors
    assert {"open", "monitoring", "closed"} <= statuses


def test_some_persons_were_corrected(demo, seen):
    folder, _summary = demo
    plan = plan_demo(SEED)
    drafts = plan.final_drafts()
    by_number = {d.number: d for d in seen["staff"] + seen["pupils"]}
    wanted = {
        by_number[drafts[key].number].person_id: reason for key, _d, reason in plan.corrections
    }
    checked = set()
    for label, _kind in KEEPERS:
        with acting_as(folder, label) as user:
            for person_id, reason in wanted.items():
                if person_id in checked:
                    continue
                try:
                    history = people.person_history(user, person_id)
                except PermissionDenied:
                    continue  # kept by another user
                assert history and all(c.reason == reason for c in history)
                checked.add(person_id)
    assert len(checked) == len(wanted) >= 4


def test_director_sees_only_their_own_schools(demo, seen):
    folder, _summary = demo
    with acting_as(folder, "directeur") as director:
        own = director.actor.school_ids
        assert len(own) == 2
        names = {s.name for s in people.list_schools(director) if s.id in own}
        visible = all_dossiers(director)
        assert all(set(d.school_names) & names for d in visible)
        everyone = seen["staff"] + seen["pupils"]
        expected = {d.dossier_id for d in everyone if set(d.school_names) & names}
        assert {d.dossier_id for d in visible} == expected
        assert 0 < len(expected) < len(everyone)
        outside = next(d for d in everyone if not set(d.school_names) & names)
        with pytest.raises(PermissionDenied):
            people.open_dossier(director, outside.dossier_id)
        hits = search.search(director, "groepsapp")
        assert hits
        for hit in hits:
            if hit.kind == "incident":
                incidents.get_incident(director, hit.ref_id)  # raises if outside their schools


def test_audit_chain_verifies(demo):
    folder, _summary = demo
    with acting_as(folder, "hr") as hr:
        report = hr.vault.audit.verify()
        assert report.ok, report.first_problem
        actors = {e.actor for e in hr.vault.audit.entries()}
    plan = plan_demo(SEED)
    for _label, name, _role, _schools in plan.users[:4]:
        assert name in actors  # admin, HR and both directors did their own part


def test_same_seed_gives_the_same_people(seen):
    first = plan_demo(SEED, today=date(2026, 3, 1))
    again = plan_demo(SEED, today=date(2031, 10, 15))
    assert first.person_names() == again.person_names()
    assert [u[1] for u in first.users] == [u[1] for u in again.users]
    assert plan_demo(SEED + 1).person_names() != first.person_names()
    in_vault = sorted(d.name for d in seen["staff"] + seen["pupils"])
    assert in_vault == sorted(first.person_names())


def test_pupils_have_guardians_and_staff_a_position(demo):
    folder, _summary = demo
    with acting_as(folder, "directeur") as director:
        for row in all_dossiers(director, kind="pupil")[:60]:
            person = people.open_dossier(director, row.dossier_id).person
            assert person.kind is PersonKind.PUPIL
            assert 1 <= len(person.guardians) <= 2
            assert re.fullmatch(r"groep [1-8]", person.group)
            assert all(g.salutation.value in ("heer", "mevrouw") for g in person.guardians)
    with acting_as(folder, "hr") as hr:
        for row in all_dossiers(hr, kind="staff")[:20]:
            person = people.open_dossier(hr, row.dossier_id).person
            assert person.position and person.employment_start
            assert person.employment_start < date.today()


def test_mandates_are_registered_for_filing_and_signing(demo):
    """Who may file a police report and who signs is in the register, not typed in."""
    from skot_dossier.domain.enums import MandateKind
    from skot_dossier.services import mandates

    folder, _summary = demo
    with acting_as(folder, "hr") as hr:
        register = mandates.list_mandates(hr)
        users = {u.keyslot_label: u for u in people.list_users(hr)}
        own_schools = {label: users[label].school_ids for label in DIRECTORS}
    filers = [m for m in register if m.kind is MandateKind.POLICE_REPORT]
    assert [m.user_id for m in filers] == [users["hr"].id]
    signers = [m for m in register if m.kind is MandateKind.SIGN_LETTERS]
    assert any(not m.user_id and not m.school_ids for m in signers)  # the board's chair
    for label in DIRECTORS:
        (theirs,) = [m for m in signers if m.user_id == users[label].id]
        assert theirs.school_ids == own_schools[label]
    assert all(m.valid_on(date.today()) for m in register)


def test_staff_posts_record_the_capacity_they_were_posted_in(seen):
    """Protocol, Communiceren: as a teacher for the school, or from a private account."""
    staff_ids = {row.person_id for row in seen["staff"]}
    staff_posts = [
        i
        for i in seen["incidents"]
        if any(p.role.value == "subject" and p.person_id in staff_ids for p in i.parties)
    ]
    assert staff_posts and all(i.posted_as is not None for i in staff_posts)
    assert {i.posted_as.value for i in staff_posts} <= {"professional", "private"}
    pupil_posts = [i for i in seen["incidents"] if i not in staff_posts]
    assert all(i.posted_as is None for i in pupil_posts)
