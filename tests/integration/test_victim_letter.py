"""The letter to a victim's parents, drafted from the offender's decision.

Protocol (pupils): where the other side's parents refuse to cooperate, the
foundation encourages the victims to report to the police; all correspondence
goes into the pupil file. The letter names the child it happened to, goes to
that child's parents, and is filed in the victim's dossier as well.
"""

from __future__ import annotations

import pytest

from skot_dossier.domain.drafts import AddressDraft, GuardianDraft, PartyDraft
from skot_dossier.services import correspondence, decisions, incidents, people
from tests.integration.letter_cases import with_letterhead
from tests.integration.pdf_text import pdf_flat
from tests.vaults import create_pupil, incident_draft, pupil_draft

FIELDS = {
    "incident_summary": "Er zijn buiten schooltijd dreigende berichten gestuurd.",
    "school_actions": "Gesprekken met beide leerlingen; de ouders zijn uitgenodigd.",
    "sexual_images_involved": "nee",
}


@pytest.fixture
def case(world):
    with_letterhead(world)
    director = world.as_role("director")
    victim, victim_dossier = create_pupil(
        world.as_role("hr"),
        pupil_draft(
            world.school_a,
            "L-77",
            given="Minh Anh",
            family="Nguyễn",
            guardians=(
                GuardianDraft(
                    "Thanh Nguyễn",
                    "mevrouw",
                    "moeder",
                    AddressDraft("Bedachtplein 4", "7671 ZV", "Vriezenveen"),
                ),
            ),
        ),
    )
    incident = incidents.record_incident(
        director,
        incident_draft(
            world.school_a,
            world.pupil_a,
            title="Dreigberichten buiten school",
            parties=(PartyDraft(world.pupil_a.id, "subject"), PartyDraft(victim.id, "victim")),
        ),
    )
    draft = decisions.start_decision(
        director,
        world.dossier_a.id,
        "pupil.waarschuwing",
        incident_id=incident.id,
        case_facts={"outside_school_parents_refuse": True},
    )
    decisions.update_draft(
        director, draft.id, facts_relied_on="Dreigberichten", grounds="Bedreiging"
    )
    for row in decisions.checklist(director, draft.id):
        decisions.set_checklist_item(director, draft.id, row.item.id, True)
    final = decisions.finalize(director, draft.id)
    return world, director, victim, victim_dossier, final


def _proposed(director, world):
    (proposed,) = [
        r
        for r in correspondence.list_letters(director, world.dossier_a.id)
        if r.letter_type == "victim_parents_police_report"
    ]
    return proposed


def test_the_letter_names_the_victim_and_goes_to_the_victims_parents(case):
    world, director, victim, _victim_dossier, final = case
    proposed = _proposed(director, world)
    record, text = correspondence.draft_proposed(director, proposed.id, fields=FIELDS)
    assert record.recipient == "Thanh Nguyễn"
    correspondence.finalize_letter(director, record.id)
    _, pdf = correspondence.letter_pdf(director, record.id)
    flat = pdf_flat(pdf)
    assert "Thanh Nguyễn Bedachtplein 4" in flat
    assert "Geachte mevrouw Nguyễn," in flat
    assert "wat Minh Anh Nguyễn via sociale media is overkomen" in flat
    assert "begeleiding van Minh Anh Nguyễn" in flat
    assert "Şeyma" not in flat and "Yılmaz" not in flat  # the offender is not named
    assert final.dossier_id == world.dossier_a.id


def test_the_letter_is_filed_in_the_victims_dossier_as_well(case):
    world, director, victim, victim_dossier, _final = case
    proposed = _proposed(director, world)
    record, _ = correspondence.draft_proposed(director, proposed.id, fields=FIELDS)
    sent = correspondence.finalize_letter(director, record.id)
    (copy,) = [
        r
        for r in correspondence.list_letters(director, victim_dossier.id)
        if r.letter_type == "victim_parents_police_report"
    ]
    assert (copy.status, copy.reference, copy.sha256) == ("final", sent.reference, sent.sha256)
    _, copy_pdf = correspondence.letter_pdf(director, copy.id)
    _, sent_pdf = correspondence.letter_pdf(director, sent.id)
    assert copy_pdf == sent_pdf
    view = people.open_dossier(director, victim_dossier.id)
    assert any(t.kind.value == "letter" and sent.reference in t.summary for t in view.timeline)
    entry = [e for e in world.admin.vault.audit.entries() if e.action == "finalize"][-1]
    assert entry.details_dict()["filed_in"] == [victim_dossier.id]
