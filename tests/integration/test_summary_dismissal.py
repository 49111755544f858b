"""Summary dismissal (BW 7:677): the moment the facts became known is required, and a
dismissal not given without delay (onverwijld) needs a written reason to go on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from skot_dossier.domain.clock import local_date
from skot_dossier.domain.drafts import PartyDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import decisions, incidents
from tests.integration.letter_cases import draft_from_decision, staff_dossier_id, with_letterhead
from tests.vaults import incident_draft

MEASURE = "staff.ontslag_op_staande_voet"


def _draft(world, incident_id=None):
    hr = world.as_role("hr")
    draft = decisions.start_decision(hr, staff_dossier_id(world), MEASURE, incident_id=incident_id)
    decisions.update_draft(
        hr, draft.id, facts_relied_on="Bedreiging", grounds="Dringende reden: bedreiging"
    )
    for row in decisions.checklist(hr, draft.id):
        if row.item.required:
            decisions.set_checklist_item(hr, draft.id, row.item.id, True)
    return hr, draft


def _staff_incident(world):
    return incidents.record_incident(
        world.as_role("hr"),
        incident_draft(
            world.school_a, world.staff_a, parties=(PartyDraft(world.staff_a.id, "subject"),)
        ),
    )


def test_the_moment_the_facts_became_known_is_required(world):
    hr, draft = _draft(world)
    with pytest.raises(ValidationError) as caught:
        decisions.finalize(hr, draft.id, justification="Bedreiging met geweld")
    assert "facts_known_at" in caught.value.problems
    known = datetime.now(UTC) - timedelta(hours=5)
    decisions.update_draft(hr, draft.id, facts_known_at=known)
    final = decisions.finalize(hr, draft.id, justification="Bedreiging met geweld")
    assert final.facts_known_at == known.replace(microsecond=0)  # stored to the second


def test_it_comes_from_the_incident_and_a_late_dismissal_needs_a_reason(world):
    incident = _staff_incident(world)
    hr, draft = _draft(world, incident.id)
    assert decisions.get_decision(hr, draft.id).facts_known_at == incident.known_at
    late = local_date(incident.known_at) + timedelta(days=10)
    assert "not_prompt" in decisions.reasons_needed(hr, draft.id, today=late)
    with pytest.raises(ValidationError) as caught:
        decisions.finalize(hr, draft.id, today=late)
    assert "reasons.not_prompt" in caught.value.problems
    why = "Eerst feitenonderzoek door een extern bureau; rapport ontvangen op de dag van ontslag"
    final = decisions.finalize(hr, draft.id, today=late, reasons={"not_prompt": why})
    assert final.reasons["not_prompt"] == why
    entry = [e for e in world.admin.vault.audit.entries() if e.action == "decide"][-1]
    assert "not_prompt" in entry.details_dict()["reasons"]


def test_a_prompt_dismissal_needs_no_reason_and_its_letter_states_the_moment(world):
    with_letterhead(world)
    incident = _staff_incident(world)
    hr, draft = _draft(world, incident.id)
    assert decisions.reasons_needed(hr, draft.id, today=date.today()) == {}
    final = decisions.finalize(hr, draft.id)
    _, text = draft_from_decision(hr, final, "staff_summary_dismissal")
    from skot_dossier.documents import dutch_date

    body = " ".join(text.paragraphs)
    assert f"Deze feiten zijn op {dutch_date(local_date(incident.known_at))}" in body
    assert f"op {dutch_date(final.decided_on)} om" in body
