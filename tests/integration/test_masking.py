"""Free text shows a reader only the names they may see: in the incident, its history, the
dossier's timeline, the evidence and search. Stored text is unchanged."""

from __future__ import annotations

import io
from datetime import date

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.drafts import EvidenceDraft, PartyDraft
from skot_dossier.services import evidence, incidents, people, search
from skot_dossier.services.session import Session
from skot_dossier.store import cases
from tests.vaults import PNG, incident_draft

STORY = (
    "Meester Łukasz Wójcik zag hoe SEYMA een filmpje maakte; Nguyễn Thị Lan stuurde "
    "het door. Seyma's moeder Ayşe belde later."
)


def _hr_without_case_reasons(world) -> Session:
    """An HR officer who has recorded no case reason: every pupil is hidden from her."""
    return Session(world.admin.vault, Actor("Hanna HR", "hr", "u-hanna", frozenset()), "test")


@pytest.fixture
def staff_case(world):
    """A staff member's case; the pupil who is the victim, and one who is no party, named."""
    hr = world.as_role("hr")
    draft = incident_draft(
        world.school_a,
        world.staff_a,
        world.pupil_a,
        title="Filmpje van Şeyma verspreid",
        description=STORY,
    )
    incident = incidents.record_incident(hr, draft)
    item = evidence.add_evidence(
        hr,
        incident.id,
        io.BytesIO(PNG),
        EvidenceDraft(
            original_name="seyma-tiktok.png",
            description="Schermafdruk van het account van Nguyễn",
            captured_by="Ayşe Yılmaz",
        ),
    )
    return incident, item


def test_hr_reads_a_staff_case_with_the_pupils_names_masked(world, staff_case):
    incident, item = staff_case
    hanna = _hr_without_case_reasons(world)
    seen = incidents.get_incident(hanna, incident.id)
    assert {p.display_name for p in seen.parties} == {"Łukasz Wójcik", "[leerling]"}
    assert seen.title == "Filmpje van [leerling] verspreid"
    assert seen.description == (
        "Meester Łukasz Wójcik zag hoe [leerling] een filmpje maakte; [leerling] stuurde "
        "het door. [leerling]'s moeder [ouder] belde later."
    )
    # What is stored is unchanged, and the HR officer who has the case reason reads it all.
    assert cases.get_incidents(world.admin.db, [incident.id])[0].description == STORY
    assert incidents.get_incident(world.as_role("hr"), incident.id).description == STORY

    listed = evidence.list_evidence(hanna, incident.id)[0]
    assert listed.description == "Schermafdruk van het account van [leerling]"
    assert listed.original_name == "[leerling]-tiktok.png"
    assert listed.captured_by == "[ouder]"  # her mother's full name
    shown, data = evidence.read_evidence(hanna, item.id)
    assert shown.description == listed.description and data == PNG


def test_the_timeline_and_history_of_the_staff_dossier_are_masked(world, staff_case):
    incident, _item = staff_case
    hr = world.as_role("hr")
    staff_dossier = people.open_dossier(hr, _dossier_of(world, world.staff_a.id)).dossier
    incidents.add_timeline_entry(
        hr, staff_dossier.id, "conversation", date.today(), "Gesprek over Şeyma en Nguyễn"
    )
    draft = incident_draft(
        world.school_a,
        world.staff_a,
        world.pupil_a,
        title="Filmpje van Şeyma verspreid",
        description=STORY + " Nguyễn Thị Lan bood excuses aan.",
    )
    incidents.update_incident(hr, incident.id, draft, "aangevuld na gesprek")
    hanna = _hr_without_case_reasons(world)
    view = people.open_dossier(hanna, staff_dossier.id)
    summaries = [e.summary for e in view.timeline]
    assert "Gesprek over [leerling] en [leerling]" in summaries
    assert "Filmpje van [leerling] verspreid" in summaries  # the incident's own line
    assert "Filmpje van [leerling] verspreid" in [i.title for i in view.incidents]
    history = incidents.incident_history(hanna, incident.id)
    described = next(c for c in history if c.field == "description")
    assert "[leerling] bood excuses aan" in described.new_value
    assert "Nguyễn" not in described.old_value + described.new_value


def test_search_masks_snippets_and_finds_nothing_by_a_hidden_name(world, staff_case):
    incident, _item = staff_case
    hanna = _hr_without_case_reasons(world)
    hits = search.search(hanna, "filmpje maakte")
    assert [h.incident_id for h in hits if h.kind == "incident"] == [incident.id]
    shown = " ".join(h.title + " " + h.snippet for h in hits)
    assert "Şeyma" not in shown and "SEYMA" not in shown and "[leerling]" in shown
    # The record names the pupils, but a search by their names must not say so.
    assert search.search(hanna, "Nguyen") == []
    assert search.search(hanna, "seyma") == []
    assert {h.incident_id for h in search.search(world.as_role("hr"), "Nguyen")} >= {incident.id}


def test_a_director_sees_another_schools_pupil_masked_in_his_own_case(world):
    hr = world.as_role("hr")
    incident = incidents.record_incident(
        hr,
        incident_draft(
            world.school_a,
            world.pupil_a,
            description="Şeyma stuurde het filmpje naar Nguyễn Thị Lan van Het Zonnelied.",
        ),
    )
    director = world.as_role("director")
    seen = incidents.get_incident(director, incident.id)
    assert seen.description == "Şeyma stuurde het filmpje naar [leerling] van Het Zonnelied."


def test_at_intake_names_of_pupils_who_are_no_party_are_found(world):
    hr = world.as_role("hr")
    draft = incident_draft(
        world.school_a,
        world.staff_a,
        description="Filmpje gemaakt door nguyen thi lan en gedeeld met Şeyma; de juf zag het.",
        parties=(PartyDraft(world.staff_a.id, "subject"),),
    )
    assert incidents.unlisted_pupils(hr, draft) == ["nguyen thi lan", "Şeyma"]
    with_both = incident_draft(
        world.school_a,
        world.staff_a,
        description=draft.description,
        parties=(
            PartyDraft(world.staff_a.id, "subject"),
            PartyDraft(world.pupil_a.id, "victim"),
            PartyDraft(world.pupil_b.id, "witness"),
        ),
    )
    assert incidents.unlisted_pupils(hr, with_both) == []
    entry = world.admin.vault.audit.entries()[-1]
    assert (entry.action, entry.object_type) == ("search", "pupil-lookup")


def _dossier_of(world, person_id: str) -> str:
    from skot_dossier.store import people as people_store

    dossier = people_store.dossier_of_person(world.admin.db, person_id)
    assert dossier is not None
    return dossier.id
