"""School days: one calendar for deadlines and letters alike.

A pupil's suspension counts school days: weekends and the school's holidays
(from the settings) are not school days, in the deadline and in the letters
to the parents and the Inspectie. A start date in the past is not accepted
without a written reason.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from skot_dossier.documents import dutch_date
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import correspondence, deadlines, decisions
from skot_dossier.services.settings import set_setting
from tests.integration.letter_cases import with_letterhead
from tests.integration.pdf_text import pdf_flat

TODAY = date.today()
# A Monday at least a week ahead, with a two-day school holiday on its Tuesday and
# Wednesday: three school days from that Monday are Monday, Thursday and Friday.
MONDAY = TODAY + timedelta(days=7 + (7 - TODAY.weekday()) % 7)
HOLIDAY = (MONDAY + timedelta(days=1), MONDAY + timedelta(days=2))
FRIDAY = MONDAY + timedelta(days=4)


@pytest.fixture
def school(world):
    with_letterhead(world)
    set_setting(
        world.admin,
        "calendar.holidays",
        json.dumps([[HOLIDAY[0].isoformat(), HOLIDAY[1].isoformat(), "Studiedagen (fictief)"]]),
    )
    return world


def _suspension(director, world, start, days=3):
    draft = decisions.start_decision(
        director, world.dossier_a.id, "pupil.schorsing", incident_id=world.incident_a.id
    )
    return decisions.update_draft(
        director,
        draft.id,
        facts_relied_on="Dreigberichten via Snapchat",
        grounds="Bedreiging van een klasgenoot",
        hearing_date=TODAY - timedelta(days=1),
        hearing_summary="Leerling en ouders gehoord op school",
        duration_days=days,
        start_date=start,
    )


def _tick_all(director, decision_id):
    for row in decisions.checklist(director, decision_id):
        decisions.set_checklist_item(director, decision_id, row.item.id, True, "gedaan")


LETTER_FIELDS = {
    "pupil_suspension": {
        "decision_mandate": "in mandaat van het bevoegd gezag",
        "schoolwork": "Dagelijks werk via de leerkracht",
        "return_meeting": "maandag na de schorsing om 8.30 uur",
        "inspectie_informed": "ja",
    },
    "inspectie_suspension_notice": {
        "school_code": "99A1",
        "schoolwork": "Dagelijks werk via de leerkracht",
        "parents_informed_date": dutch_date(TODAY),
    },
}


def test_suspension_letters_and_deadline_skip_the_school_holiday(school):
    world = school
    director = world.as_role("director")
    draft = _suspension(director, world, MONDAY)
    _tick_all(director, draft.id)
    final = decisions.finalize(director, draft.id)
    (limit,) = [
        d
        for d in deadlines.dossier_deadlines(director, world.dossier_a.id)
        if d.decision_id == final.id and d.rule_id == "max_duration"
    ]
    # Five school days after Monday, holiday skipped: the Wednesday after.
    assert limit.due == MONDAY + timedelta(days=9)
    proposed = {r.letter_type: r for r in correspondence.list_letters(director, world.dossier_a.id)}
    for letter_type in ("pupil_suspension", "inspectie_suspension_notice"):
        extra = {
            k: v
            for k, v in LETTER_FIELDS[letter_type].items()
            if k
            in correspondence.missing_fields(
                director, world.dossier_a.id, letter_type, decision_id=final.id
            )
        }
        record, _ = correspondence.draft_proposed(director, proposed[letter_type].id, fields=extra)
        correspondence.finalize_letter(director, record.id)
        _, pdf = correspondence.letter_pdf(director, record.id)
        text = pdf_flat(pdf)
        first, last = dutch_date(MONDAY, weekday=True), dutch_date(FRIDAY, weekday=True)
        assert f"{first} tot en met {last}" in text, letter_type
        assert "3 schooldagen" in text


def test_a_weekend_day_is_not_a_school_day(school):
    world = school
    director = world.as_role("director")
    saturday = MONDAY - timedelta(days=2)
    with pytest.raises(ValidationError) as caught:
        _suspension(director, world, saturday)
    assert "start_date" in caught.value.problems
    assert caught.value.problems["start_date"].code == "start_not_school_day"
    with pytest.raises(ValidationError):
        _suspension(director, world, HOLIDAY[0])


def test_a_start_date_in_the_past_needs_a_reason(school):
    world = school
    director = world.as_role("director")
    last_monday = TODAY - timedelta(days=TODAY.weekday() or 7)
    draft = _suspension(director, world, last_monday, days=1)
    _tick_all(director, draft.id)
    with pytest.raises(ValidationError) as caught:
        decisions.finalize(director, draft.id)
    assert "reasons.start_in_past" in caught.value.problems
    assert decisions.get_decision(director, draft.id).status == "draft"
    why = "Schorsing is mondeling per direct ingegaan; besluit nu schriftelijk vastgelegd"
    final = decisions.finalize(director, draft.id, reasons={"start_in_past": why})
    assert final.reasons["start_in_past"] == why
    entry = [e for e in world.admin.vault.audit.entries() if e.action == "decide"][-1]
    assert entry.details_dict()["reasons"] == ["start_in_past"]
