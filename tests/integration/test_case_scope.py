"""A director sees an incident where a person of his school is its subject or victim, or that
he recorded; a witness of his school does not open another school's case. Persons of other
schools appear masked."""

from __future__ import annotations

import io

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.drafts import EvidenceDraft, PartyDraft
from skot_dossier.services import evidence, incidents, packets, people, privacy, search
from skot_dossier.services.permissions import PermissionDenied
from skot_dossier.services.session import Session
from tests.vaults import PNG, incident_draft, pupil_draft, staff_draft

ACCUSED_STORY = "Meester Pieterszoon deelde een filmpje van de klas"


@pytest.fixture
def witnessed(world):
    """School b's case against its own teacher; a pupil of school a saw it (witness)."""
    hr = world.as_role("hr")
    teacher_b, _ = people.create_person(
        hr, staff_draft(world.school_b, "P-9", given_name="Karel", family_name="Pieterszoon")
    )
    draft = incident_draft(
        world.school_b,
        teacher_b,
        title="Filmpje gedeeld door leerkracht",
        description=ACCUSED_STORY,
        parties=(PartyDraft(teacher_b.id, "subject"), PartyDraft(world.pupil_a.id, "witness")),
    )
    incident = incidents.record_incident(hr, draft)
    item = evidence.add_evidence(
        hr,
        incident.id,
        io.BytesIO(PNG),
        EvidenceDraft(original_name="klas.png", description="Schermafdruk Pieterszoon"),
    )
    return incident, item.id, teacher_b


def _director(world, user_id: str = "u-dir-a") -> Session:
    return Session(
        world.admin.vault,
        Actor("Jan Klaassen", "director", user_id, frozenset({world.school_a.id})),
        "test",
    )


def test_a_witness_of_his_school_does_not_open_another_schools_case(world, witnessed, tmp_path):
    incident, evidence_id, _teacher = witnessed
    director = _director(world)
    audit = world.admin.vault.audit
    refused = [
        lambda: incidents.get_incident(director, incident.id),
        lambda: incidents.dossiers_of_incident(director, incident.id),
        lambda: incidents.incident_history(director, incident.id),
        lambda: evidence.list_evidence(director, incident.id),
        lambda: evidence.read_evidence(director, evidence_id),
        lambda: evidence.export_evidence(director, evidence_id, tmp_path / "x.png"),
        lambda: evidence.add_evidence(
            director, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name="y.png")
        ),
        lambda: packets.build_police_packet(
            director,
            incident.id,
            packets.PacketRequest(
                "Jan Klaassen", "directeur", "namens de school", ("art. 285 Sr",)
            ),
            tmp_path / "p.zip",
        ),
    ]
    for call in refused:
        before = audit.head().seq
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert caught.value.can_break_glass  # with a reason he may still look, flagged
        assert [e.action for e in audit.entries(after_seq=before)] == ["denied"]
    assert not list((tmp_path).glob("*.png")) and not (tmp_path / "p.zip").exists()

    # His pupil's dossier still opens, without the other school's case in it.
    view = people.open_dossier(director, world.dossier_a.id)
    assert incident.id not in {i.id for i in view.incidents}
    assert world.incident_a.id in {i.id for i in view.incidents}
    line = next(e for e in view.timeline if e.kind.value == "incident" and e.incident_id is None)
    assert line.summary == "[afgeschermd incident]"  # the date stays, the title does not
    assert all("Filmpje gedeeld" not in e.summary for e in view.timeline)
    # Search finds neither the story nor the evidence.
    assert search.search(director, "Pieterszoon") == []
    assert search.search(director, "klas filmpje") == []
    # HR, who handles every staff case, still sees it all.
    hr = world.as_role("hr")
    assert incidents.get_incident(hr, incident.id).description == ACCUSED_STORY
    assert {h.kind for h in search.search(hr, "Pieterszoon")} >= {"incident", "evidence"}


def test_a_victim_of_his_school_opens_the_case_with_the_other_school_masked(world):
    hr = world.as_role("hr")
    incident = incidents.record_incident(
        hr,
        incident_draft(
            world.school_b,
            world.pupil_b,
            world.pupil_a,
            title="Pesten via de klassenapp",
            description="Berichten aan een leerling van De Vliegeraar",
        ),
    )
    director = _director(world)
    seen = incidents.get_incident(director, incident.id)
    names = {p.role.value: p.display_name for p in seen.parties}
    assert names == {"subject": "[leerling]", "victim": "Şeyma Yılmaz"}
    links = incidents.dossiers_of_incident(director, incident.id)
    assert [(d, n) for d, n, _ in links] == [(world.dossier_a.id, "Şeyma Yılmaz")]
    hits = search.search(director, "klassenapp")
    assert [h.incident_id for h in hits] == [incident.id]


def test_the_director_who_recorded_an_incident_keeps_seeing_it(world):
    recorder = _director(world, "u-recorder")
    pupil, _ = people.create_person(recorder, pupil_draft(world.school_a, "L-77", given="Daan"))
    incident = incidents.record_incident(
        recorder, incident_draft(world.school_a, pupil, title="Nepaccount van de school")
    )
    assert incident.created_by_user == "u-recorder"
    # The pupil moves to the other school; the case is no longer one of school a …
    hr = world.as_role("hr")
    privacy.record_case_reason(hr, pupil.id, "Verhuizing naar de andere school verwerken")
    people.update_person(
        hr,
        pupil.id,
        pupil_draft(world.school_b, "L-77", given="Daan", guardians=()),
        "verhuisd",
    )
    assert people.get_person(hr, pupil.id).school_ids == {world.school_b.id}
    # … but the director who recorded it still sees it, and finds it.
    assert incidents.get_incident(recorder, incident.id).title == "Nepaccount van de school"
    assert [h.incident_id for h in search.search(recorder, "Nepaccount")] == [incident.id]
    # A colleague director of the same school, who did not record it, does not.
    colleague = _director(world, "u-colleague")
    with pytest.raises(PermissionDenied):
        incidents.get_incident(colleague, incident.id)
    assert search.search(colleague, "Nepaccount") == []
