"""Objection to a pupil's removal, WPO art. 63 (bijzonder onderwijs, DOMAIN §3.5).

The board decides within four weeks after *receipt* of the parents' objection,
and hears the parents before deciding; the letter says so, the deadline counts
from the recorded receipt, and the decision on the objection cannot be marked
done before the hearing is.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import correspondence, deadlines, decisions
from skot_dossier.services.deadlines import DeadlineRefused
from skot_dossier.services.decisions import DecisionRefused
from tests.integration.letter_cases import decide, draft_from_decision, send_all, with_letterhead
from tests.integration.pdf_text import pdf_flat

TODAY = date.today()


@pytest.fixture
def removal(world):
    with_letterhead(world)
    session, intention = decide(world, "pupil.verwijdering")
    send_all(session, intention)
    session, decision = decide(world, "pupil.verwijdering", intention_id=intention.id)
    return world, session, decision


def _due(session, decision):
    return {
        d.rule_id: d
        for d in deadlines.dossier_deadlines(session, decision.dossier_id)
        if d.decision_id == decision.id
    }


def test_the_letter_states_receipt_and_the_hearing(removal):
    world, session, decision = removal
    record, _ = draft_from_decision(session, decision, "pupil_decision_removal")
    correspondence.finalize_letter(session, record.id)
    _, pdf = correspondence.letter_pdf(session, record.id)
    text = pdf_flat(pdf)
    assert "binnen vier weken na ontvangst van uw bezwaarschrift" in text
    assert "hoort u voordat het op uw bezwaar beslist" in text
    assert "na afloop van de bezwaartermijn" not in text


def test_the_decision_on_the_objection_counts_from_its_receipt(removal):
    world, session, decision = removal
    due = _due(session, decision)
    assert due["objection_decision"].due is None  # no objection received (yet)
    assert due["objection_hearing"].due is None
    received = TODAY  # the parents handed it in at once
    decisions.record_objection(session, decision.id, received)
    due = _due(session, decision)
    assert due["objection_decision"].due == received + timedelta(weeks=4)
    assert due["objection_hearing"].due == received + timedelta(weeks=4)
    entry = [e for e in world.admin.vault.audit.entries() if e.object_id == decision.id][-1]
    assert entry.details_dict()["objection_received_on"] == str(received)


def test_the_parents_are_heard_before_the_objection_is_decided(removal):
    world, session, decision = removal
    decisions.record_objection(session, decision.id, TODAY)
    due = _due(session, decision)
    with pytest.raises(DeadlineRefused) as caught:
        deadlines.complete_deadline(session, due["objection_decision"].id)
    assert caught.value.code == "deadline_order"
    assert [step.code for step in caught.value.params["steps"]] == ["objection_hearing"]
    deadlines.complete_deadline(session, due["objection_hearing"].id)
    deadlines.complete_deadline(session, due["objection_decision"].id)
    assert _due(session, decision)["objection_decision"].done_on == TODAY


def test_an_objection_is_recorded_only_where_one_is_possible(removal):
    world, session, decision = removal
    for wrong in (TODAY + timedelta(days=1), decision.decided_on - timedelta(days=1)):
        with pytest.raises(ValidationError) as caught:
            decisions.record_objection(session, decision.id, wrong)
        assert "received_on" in caught.value.problems
    hr, warning = decide(world, "staff.waarschuwing")
    with pytest.raises(DecisionRefused):
        decisions.record_objection(hr, warning.id, TODAY)
