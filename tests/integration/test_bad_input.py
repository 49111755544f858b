"""Bad input gets a clear message per field and changes nothing."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import evidence, incidents, people, search, settings
from tests.vaults import PNG, create_pupil, incident_draft, pupil_draft, staff_draft


def _state(world):
    db = world.admin.vault.db
    return (
        world.admin.vault.audit.head(),
        db.scalar("SELECT count(*) FROM persons"),
        db.scalar("SELECT count(*) FROM incidents"),
        db.scalar("SELECT count(*) FROM evidence"),
        db.scalar("SELECT count(*) FROM evidence_chunks"),
        db.scalar("SELECT count(*) FROM timeline"),
    )


def _refused(world, call, field, code):
    before = _state(world)
    with pytest.raises(ValidationError) as caught:
        call()
    assert field in caught.value.problems, caught.value.problems
    assert caught.value.problems[field].code == code, caught.value.problems[field]
    assert _state(world) == before
    return caught.value.problems[field]


NAMES = [
    "Şeyma Yılmaz",
    "Łukasz Wójcik",
    "Nguyễn Thị Lan",
    "Zoë Dvořák",
    "Ἀλέξανδρος",
    "Алексей Иванов",
    "محمد العلي",
    "山田 太郎",
    "Ngozi 😀 Okafor",
    "<b>Bold</b> & Co",
    "<script>alert(1)</script>x",
    "Tom &amp; Jerry",
]


@pytest.mark.parametrize("name", NAMES)
def test_names_in_any_script_and_markup_are_kept_literally(world, name):
    hr = world.as_role("hr")
    given, _, family = name.partition(" ")
    person, dossier = create_pupil(
        hr,
        pupil_draft(
            world.school_a,
            f"X-{abs(hash(name)) % 10**8}",
            given=given,
            family=family or "Achternaam",
        ),
    )
    again = people.get_person(hr, person.id)
    assert again.given_name == given
    assert people.open_dossier(hr, dossier.id).person.family_name == (family or "Achternaam")
    assert any(h.ref_id == person.id for h in search.search(hr, given))


def test_empty_and_overlong_fields(world):
    hr = world.as_role("hr")
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "E-1", given="   ")),
        "given_name",
        "required",
    )
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "E-2", family="x" * 101)),
        "family_name",
        "too_long",
    )
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "E-3", given="1234")),
        "given_name",
        "no_letters",
    )
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "E-4", given="Ann\x00a")),
        "given_name",
        "control_characters",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr, incident_draft(world.school_a, world.pupil_a, description="x" * 20_001)
        ),
        "description",
        "too_long",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr, incident_draft(world.school_a, world.pupil_a, title="")
        ),
        "title",
        "required",
    )


def test_dates_in_the_future_or_before_birth(world):
    hr = world.as_role("hr")
    tomorrow = date.today() + timedelta(days=1)
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "D-1", birth_date=tomorrow)),
        "birth_date",
        "in_future",
    )
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "D-2", date_left=date(2010, 1, 1))),
        "date_left",
        "before_birth",
    )
    _refused(
        world,
        lambda: people.create_person(
            hr,
            staff_draft(
                world.school_a,
                "D-3",
                employment_start=date(2019, 1, 1),
                employment_end=date(2018, 1, 1),
            ),
        ),
        "employment_end",
        "before_employment_start",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr,
            incident_draft(
                world.school_a,
                world.pupil_a,
                occurred_at=datetime.now() + timedelta(days=2),
                known_at=datetime.now() + timedelta(days=3),
            ),
        ),
        "occurred_at",
        "in_future",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr,
            incident_draft(
                world.school_a,
                world.pupil_a,
                occurred_at=datetime.now() - timedelta(days=2),
                known_at=datetime.now() - timedelta(days=5),
            ),
        ),
        "known_at",
        "before_occurred",
    )
    _refused(
        world,
        lambda: incidents.add_timeline_entry(
            hr, world.dossier_a.id, "note", date(2014, 1, 1), "te vroeg"
        ),
        "happened_on",
        "before_birth",
    )


def test_duplicate_numbers_and_bad_codes(world):
    hr = world.as_role("hr")
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, world.pupil_a.number.lower())),
        "number",
        "number_taken",
    )
    _refused(
        world,
        lambda: create_pupil(hr, pupil_draft(world.school_a, "L1;DROP--")),
        "number",
        "bad_number",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr, incident_draft(world.school_a, world.pupil_a, urls=("javascript:alert(1)",))
        ),
        "urls",
        "bad_url",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr, incident_draft(world.school_a, world.pupil_a, category="gossip")
        ),
        "category",
        "not_a_choice",
    )


def test_incident_needs_a_subject_and_real_persons(world):
    hr = world.as_role("hr")
    draft = incident_draft(world.school_a, world.pupil_a)
    from dataclasses import replace

    from skot_dossier.domain.drafts import PartyDraft

    _refused(
        world,
        lambda: incidents.record_incident(
            hr, replace(draft, parties=(PartyDraft(world.pupil_a.id, "witness"),))
        ),
        "parties",
        "no_subject",
    )
    _refused(
        world,
        lambda: incidents.record_incident(
            hr, replace(draft, parties=(PartyDraft("no-such-person", "subject"),))
        ),
        "parties",
        "unknown_person",
    )


def test_evidence_empty_huge_or_lying(world, tmp_path):
    hr = world.as_role("hr")
    iid = world.incident_a.id
    _refused(
        world,
        lambda: evidence.add_evidence(
            hr, iid, io.BytesIO(b""), EvidenceDraft(original_name="leeg.png")
        ),
        "file",
        "file_empty",
    )
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a photo" * 10)
    lying = _refused(
        world,
        lambda: evidence.add_evidence(hr, iid, fake, EvidenceDraft()),
        "file",
        "file_type_mismatch",
    )
    assert lying.params["claimed"] == "image/jpeg"
    settings.set_setting(world.admin, "evidence.max_bytes", str(len(PNG) - 1))
    huge = _refused(
        world,
        lambda: evidence.add_evidence(
            hr, iid, io.BytesIO(PNG), EvidenceDraft(original_name="groot.png")
        ),
        "file",
        "file_too_large",
    )
    assert huge.params == {"size": len(PNG), "limit": len(PNG) - 1}


def test_search_input_cannot_change_the_query(world):
    hr = world.as_role("hr")
    for text in ['"', "AND OR NOT", "title:x", "*", "a' OR 1=1 --", "NEAR(", "()", "😀", ""]:
        assert isinstance(search.search(hr, text), list)
