"""The employee's view period runs from receipt of the registered intention letter.

Receipt is a date the user records; until then it is taken to be the next
working day after the letter was sent. The period cannot start before the
letter is sent, so the employee always gets the whole period.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from skot_dossier.domain.validation import ValidationError
from skot_dossier.protocol.calendar import next_working_day
from skot_dossier.services import correspondence, deadlines, decisions
from skot_dossier.services.decisions import DecisionRefused
from tests.integration.letter_cases import (
    decide,
    draft_from_decision,
    staff_dossier_id,
    with_letterhead,
)

TODAY = date.today()


@pytest.fixture
def vault(world):
    with_letterhead(world)
    return world


def _view_deadline(session, world, decision_id):
    (view,) = [
        d
        for d in deadlines.dossier_deadlines(session, staff_dossier_id(world))
        if d.decision_id == decision_id and d.rule_id == "view_period"
    ]
    return view


def test_the_period_starts_when_the_letter_is_received(vault):
    session, intention = decide(vault, "staff.schorsing_ordemaatregel")
    assert _view_deadline(session, vault, intention.id).due is None  # not sent yet
    draft, text = draft_from_decision(session, intention, "staff_intention_suspension")
    sent = correspondence.finalize_letter(session, draft.id)
    received = next_working_day(sent.letter_date)
    assert sent.received_on == received
    due = _view_deadline(session, vault, intention.id).due
    assert due == received + timedelta(weeks=3)
    from skot_dossier.documents import dutch_date

    assert any(dutch_date(due) in p for p in text.paragraphs)  # what the letter promised

    # The letter was handed over in person the same day: the user records that receipt.
    updated = correspondence.record_letter_receipt(session, sent.id, TODAY)
    assert updated.received_on == TODAY
    assert _view_deadline(session, vault, intention.id).due == TODAY + timedelta(weeks=3)
    (entry,) = [
        e
        for e in vault.admin.vault.audit.entries()
        if e.action == "update" and e.object_id == sent.id
    ]
    assert entry.details_dict()["received_on"] == str(TODAY)
    assert entry.details_dict()["deadlines_moved"] == ["view_period"]


def test_receipt_cannot_be_before_sending_or_in_the_future(vault):
    session, intention = decide(vault, "staff.schorsing_ordemaatregel")
    draft, _ = draft_from_decision(session, intention, "staff_intention_suspension")
    sent = correspondence.finalize_letter(session, draft.id)
    for wrong in (sent.letter_date - timedelta(days=1), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError) as caught:
            correspondence.record_letter_receipt(session, sent.id, wrong)
        assert "received_on" in caught.value.problems


def test_the_decision_waits_for_the_whole_period_after_receipt(vault):
    session, intention = decide(vault, "staff.schorsing_ordemaatregel")
    decision = decisions.start_decision(
        session, intention.dossier_id, intention.measure_key, intention_id=intention.id
    )
    decisions.update_draft(session, decision.id, duration_days=10, grounds=intention.grounds)
    for row in decisions.checklist(session, decision.id):
        if row.item.required:
            decisions.set_checklist_item(session, decision.id, row.item.id, True)
    far = TODAY + timedelta(weeks=8)
    with pytest.raises(DecisionRefused, match="intention letter"):
        decisions.finalize(session, decision.id, today=far)  # never sent: no period ran
    draft, _ = draft_from_decision(session, intention, "staff_intention_suspension")
    sent = correspondence.finalize_letter(session, draft.id)
    last_day = sent.received_on + timedelta(weeks=3)
    with pytest.raises(DecisionRefused, match="view has not ended"):
        decisions.finalize(session, decision.id, today=last_day)
    assert decisions.finalize(session, decision.id, today=last_day + timedelta(days=1))
