"""The decider's mandate comes from the register, not from what someone types.

Checklist: "the decision is signed by someone authorised" is done by itself when
the decider holds a valid mandate to sign for the board for the pupil's school;
the parents' suspension letter names that mandate ("Het besluit is genomen door
…, <wording>") and cannot be made to say another.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from skot_dossier.domain import clock
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import correspondence, decisions, mandates
from tests.integration.letter_cases import (
    _fill,
    decide,
    send_all,
    staff_dossier_id,
    with_letterhead,
)
from tests.integration.pdf_text import pdf_flat
from tests.integration.test_school_days import MONDAY

WORDING = "in mandaat van het college van bestuur (besluit 2026-04)"


@pytest.fixture
def school(world):
    with_letterhead(world)
    return world


def _draft(director, world):
    draft = decisions.start_decision(
        director, world.dossier_a.id, "pupil.schorsing", incident_id=world.incident_a.id
    )
    return decisions.update_draft(
        director,
        draft.id,
        facts_relied_on="Dreigberichten via Snapchat",
        grounds="Bedreiging van een klasgenoot",
        hearing_date=clock.today() - timedelta(days=1),
        hearing_summary="Leerling en ouders gehoord op school",
        duration_days=2,
        start_date=MONDAY,
    )


STAFF_MEASURE = "staff.schriftelijke_berisping"


def _staff_decision(world):
    """HR's draft of a reprimand decision, after the intention was sent and answered."""
    session, intention = decide(world, STAFF_MEASURE)
    send_all(session, intention)
    draft = decisions.start_decision(
        session,
        staff_dossier_id(world),
        STAFF_MEASURE,
        incident_id=world.incident_a.id,
        intention_id=intention.id,
    )
    _fill(
        session,
        draft.id,
        STAFF_MEASURE,
        subject_view="Betrokkene vindt de maatregel te zwaar",
        view_recorded_on=clock.today(),
    )
    return session, draft


def _signature_row(session, decision_id):
    (row,) = [
        r for r in decisions.checklist(session, decision_id) if r.item.id == "authorised_signature"
    ]
    return row


def _register(world, holder, **kw):
    return mandates.register_mandate(
        world.admin, "sign_letters", holder, "Directeur", WORDING, **kw
    )


def test_a_registered_mandate_answers_the_signature_item(school):
    world = school
    hr, draft = _staff_decision(world)  # HR acts as "test-hr"
    assert not _signature_row(hr, draft.id).done  # the register names someone else
    _register(world, "test-hr", school_ids=[world.school_b.id])
    assert not _signature_row(hr, draft.id).done  # a mandate for another school only
    _register(world, "Test-HR", school_ids=[world.school_a.id])
    row = _signature_row(hr, draft.id)
    assert row.done and row.derived
    assert "Test-HR" in row.evidence_note and WORDING in row.evidence_note


def test_without_a_mandate_the_item_stays_open_and_blocks_the_decision(school):
    world = school
    hr, draft = _staff_decision(world)
    for row in decisions.checklist(hr, draft.id):
        if row.item.required and row.item.id != "authorised_signature":
            decisions.set_checklist_item(hr, draft.id, row.item.id, True, "gedaan")
    with pytest.raises(decisions.DecisionRefused) as refused:
        decisions.finalize(hr, draft.id)
    assert refused.value.code == "decision_checklist_open"
    _register(world, "test-hr")
    assert decisions.finalize(hr, draft.id).status == "final"


def test_the_letter_names_the_registered_mandate_and_cannot_say_another(school):
    world = school
    director = world.as_role("director")  # acts as "test-director"
    own = _register(world, "test-director", school_ids=[world.school_a.id])
    draft = _draft(director, world)
    for row in decisions.checklist(director, draft.id):
        decisions.set_checklist_item(director, draft.id, row.item.id, True, "gedaan")
    final = decisions.finalize(director, draft.id)
    (proposed,) = [
        r
        for r in correspondence.list_letters(director, world.dossier_a.id)
        if r.letter_type == "pupil_suspension" and r.decision_id == final.id
    ]
    missing = correspondence.missing_fields(
        director, world.dossier_a.id, "pupil_suspension", decision_id=final.id
    )
    assert "decision_mandate" not in missing
    with pytest.raises(ValidationError) as refused:
        correspondence.draft_proposed(
            director,
            proposed.id,
            fields={"decision_mandate": "op eigen gezag", "schoolwork": "x", "return_meeting": "y"},
            signer_mandate_id=own.id,
        )
    assert refused.value.problems["decision_mandate"].code == "letter_field_derived"
    fields = {
        "schoolwork": "Dagelijks werk via de leerkracht",
        "return_meeting": "maandag om 8.30 uur",
    }
    record, _ = correspondence.draft_proposed(
        director, proposed.id, fields=fields, signer_mandate_id=own.id
    )
    correspondence.finalize_letter(director, record.id)
    _, pdf = correspondence.letter_pdf(director, record.id)
    assert f"Het besluit is genomen door test-director, {WORDING}." in pdf_flat(pdf)
