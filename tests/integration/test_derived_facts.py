"""Case facts that follow from the incident are derived, not asked, and enforced.

A suspected sexual offence by a staff member against a pupil is a hard stop
(DOMAIN §2.9): the fact follows from the incident (category, a staff subject, a
pupil victim); switching it off needs a written reason that is logged; both the
intention and the decision enforce the stop. The same holds for the staff
member's capacity when posting (protocol, Communiceren) and for possible
sexual images of minors.
"""

from __future__ import annotations

import io

import pytest

from skot_dossier.domain.drafts import EvidenceDraft, PartyDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import decisions, evidence, incidents
from skot_dossier.services.decisions import DecisionRefused
from skot_dossier.services.evidence import MinorImagesGuard
from tests.integration.letter_cases import START, staff_dossier_id
from tests.vaults import PNG, incident_draft

STOP = "suspected_sexual_offence_staff_against_pupil"


def _staff_incident(world, **changes):
    hr = world.as_role("hr")
    draft = incident_draft(
        world.school_a,
        world.staff_a,
        world.pupil_a,  # the pupil is the victim
        **changes,
    )
    return hr, incidents.record_incident(hr, draft)


def _hard_items(session, decision_id):
    return {r.item.id for r in decisions.checklist(session, decision_id) if r.item.hard_stop}


def test_the_sexual_offence_fact_follows_from_the_incident(world):
    hr, incident = _staff_incident(world, category="sexting")
    draft = decisions.start_decision(
        hr, staff_dossier_id(world), "staff.waarschuwing", incident_id=incident.id
    )
    assert draft.case_facts[STOP] is True
    assert "hs_vertrouwensinspecteur_consulted" in _hard_items(hr, draft.id)
    # Not for an insult by the same staff member, nor for sexting between pupils.
    _, insult = _staff_incident(world, category="insult")
    plain = decisions.start_decision(
        hr, staff_dossier_id(world), "staff.waarschuwing", incident_id=insult.id
    )
    assert plain.case_facts[STOP] is False


def test_switching_a_derived_fact_off_needs_a_reason_and_is_logged(world):
    hr, incident = _staff_incident(world, category="sexting")
    dossier_id = staff_dossier_id(world)
    with pytest.raises(ValidationError) as caught:
        decisions.start_decision(
            hr,
            dossier_id,
            "staff.waarschuwing",
            incident_id=incident.id,
            case_facts={STOP: False},
        )
    assert f"fact_reasons.{STOP}" in caught.value.problems
    draft = decisions.start_decision(hr, dossier_id, "staff.waarschuwing", incident_id=incident.id)
    with pytest.raises(ValidationError) as caught:
        decisions.update_draft(hr, draft.id, case_facts={**draft.case_facts, STOP: False})
    assert f"fact_reasons.{STOP}" in caught.value.problems
    assert decisions.get_decision(hr, draft.id).case_facts[STOP] is True
    why = "Na overleg met de vertrouwensinspecteur: geen redelijk vermoeden (verslag in dossier)"
    off = decisions.update_draft(
        hr, draft.id, case_facts={**draft.case_facts, STOP: False}, fact_reasons={STOP: why}
    )
    assert off.case_facts[STOP] is False and off.reasons[f"fact_off:{STOP}"] == why
    entry = [e for e in world.admin.vault.audit.entries() if e.action == "update"][-1]
    assert entry.details_dict()["facts_switched_off"] == {STOP: why}
    assert not _hard_items(hr, draft.id) & {"hs_vertrouwensinspecteur_consulted"}


def test_the_intention_enforces_the_hard_stop_too(world):
    hr, incident = _staff_incident(world, category="sexting")
    intention = decisions.start_decision(
        hr, staff_dossier_id(world), "staff.schorsing_ordemaatregel", incident_id=incident.id
    )
    decisions.update_draft(
        hr,
        intention.id,
        facts_relied_on="Berichten aan een leerling",
        grounds="Onderzoek naar berichten aan een leerling",
        duration_days=10,
        start_date=START,
    )
    with pytest.raises(DecisionRefused, match="cannot be skipped"):
        decisions.finalize(hr, intention.id, override_reason="Haast")
    for item_id in _hard_items(hr, intention.id):
        decisions.set_checklist_item(hr, intention.id, item_id, True, "gedaan")
    assert decisions.finalize(hr, intention.id).status == "final"


def test_a_fact_the_incident_gains_later_is_enforced_at_finalizing(world):
    hr, incident = _staff_incident(world, category="insult")
    draft = decisions.start_decision(
        hr, staff_dossier_id(world), "staff.waarschuwing", incident_id=incident.id
    )
    decisions.update_draft(hr, draft.id, facts_relied_on="Feiten", grounds="Gronden")
    for row in decisions.checklist(hr, draft.id):
        if row.item.required:
            decisions.set_checklist_item(hr, draft.id, row.item.id, True)
    corrected = incident_draft(world.school_a, world.staff_a, world.pupil_a, category="sexting")
    incidents.update_incident(hr, incident.id, corrected, "Categorie na gesprek gecorrigeerd")
    with pytest.raises(DecisionRefused, match="cannot be skipped"):
        decisions.finalize(hr, draft.id)


@pytest.mark.parametrize(
    ("posted_as", "item"),
    [
        ("private", "private_account_effect_weighed"),
        ("professional", "professional_capacity_weighed"),
    ],
)
def test_the_capacity_of_a_staff_post_puts_its_question_on_the_checklist(world, posted_as, item):
    hr, incident = _staff_incident(world, posted_as=posted_as)
    assert incidents.get_incident(hr, incident.id).posted_as.value == posted_as
    draft = decisions.start_decision(
        hr, staff_dossier_id(world), "staff.waarschuwing", incident_id=incident.id
    )
    rows = {r.item.id: r.item for r in decisions.checklist(hr, draft.id)}
    assert item in rows and rows[item].required
    other = {"private_account_effect_weighed", "professional_capacity_weighed"} - {item}
    assert not other & set(rows)


def test_a_capacity_needs_a_staff_members_post(world):
    hr = world.as_role("hr")
    with pytest.raises(ValidationError) as caught:
        incidents.record_incident(
            hr,
            incident_draft(
                world.school_a,
                world.pupil_a,
                parties=(PartyDraft(world.pupil_a.id, "subject"),),
                posted_as="private",
            ),
        )
    assert "posted_as" in caught.value.problems


# -- the minors' images guard --------------------------------------------------------


def test_the_guard_holds_when_the_incident_declares_possible_minor_images(world):
    hr, incident = _staff_incident(world, category="insult", minor_images=True)
    with pytest.raises(MinorImagesGuard):
        evidence.add_evidence(
            hr, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name="x.png")
        )
    stored = evidence.add_evidence(
        hr,
        incident.id,
        io.BytesIO(PNG),
        EvidenceDraft(original_name="chat.png"),
        confirm_no_minor_sexual_content=True,
    )
    entry = [e for e in world.admin.vault.audit.entries() if e.object_id == stored.id][-1]
    assert entry.action == "attach" and entry.details_dict()["confirmed_no_minor_images"] is True


def test_the_guard_holds_when_a_decision_declares_possible_minor_images(world):
    hr, incident = _staff_incident(world, category="insult")
    evidence.add_evidence(hr, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name="a.png"))
    decisions.start_decision(
        hr,
        staff_dossier_id(world),
        "staff.waarschuwing",
        incident_id=incident.id,
        case_facts={"possible_minor_sexual_images": True},
    )
    with pytest.raises(MinorImagesGuard):
        evidence.add_evidence(
            hr, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name="b.png")
        )
