"""The engine's pure functions on the shipped protocol."""

from __future__ import annotations

from datetime import date

import pytest

from skot_dossier.problems import Term
from skot_dossier.protocol.engine import (
    PastMeasure,
    can_finalize,
    checklist_for,
    followups_for,
    hard_stops,
    ladder_position,
    letters_for,
    needs_justification,
    precedent_comparison,
    validate_duration,
)
from skot_dossier.protocol.errors import UnknownMeasure
from skot_dossier.protocol.loader import default_protocol
from skot_dossier.protocol.model import CaseFacts, ChecklistItem, Condition

PROTOCOL = default_protocol()
TODAY = date(2026, 11, 25)


def ids(items: list[ChecklistItem]) -> list[str]:
    return [i.id for i in items]


# --- ladder position --------------------------------------------------------------


def test_ladder_position_without_history_offers_every_measure_as_escalation():
    position = ladder_position(PROTOCOL, "staff", [], today=TODAY)
    assert position.earlier == () and position.highest_active_rank == 0
    assert [o.measure.id for o in position.open_measures] == [
        m.id for m in PROTOCOL.ladder("staff").measures
    ]
    assert {o.relation for o in position.open_measures} == {"escalation"}


def test_ladder_position_reports_expired_and_active_measures():
    history = [
        PastMeasure("schriftelijke_berisping", date(2026, 6, 1)),
        PastMeasure("schorsing_disciplinair", date(2025, 1, 10), expires_on=date(2026, 1, 10)),
        PastMeasure("waarschuwing", date(2024, 3, 1), expires_on=TODAY),  # expires today
    ]
    position = ladder_position(PROTOCOL, "staff", history, today=TODAY)
    assert [e.measure.id for e in position.earlier] == [
        "waarschuwing",
        "schorsing_disciplinair",
        "schriftelijke_berisping",
    ]
    assert [e.measure.id for e in position.expired] == ["waarschuwing", "schorsing_disciplinair"]
    assert [e.measure.id for e in position.active] == ["schriftelijke_berisping"]
    assert position.highest_active_rank == 3
    relations = {o.measure.id: o.relation for o in position.open_measures}
    assert relations["bespreekbaar_maken"] == "same_or_lighter"
    assert relations["schriftelijke_berisping"] == "same_or_lighter"
    assert relations["schorsing_ordemaatregel"] == "escalation"
    assert relations["ontslag_op_staande_voet"] == "escalation"


def test_measure_not_yet_expired_the_day_before():
    history = [PastMeasure("schorsing", date(2026, 1, 5), expires_on=date(2026, 11, 26))]
    position = ladder_position(PROTOCOL, "pupil", history, today=TODAY)
    assert position.highest_active_rank == 3
    assert not position.expired


def test_ladder_position_rejects_unknown_measures_and_ladders():
    with pytest.raises(UnknownMeasure):
        ladder_position(PROTOCOL, "pupil", [PastMeasure("ontslag", TODAY)], today=TODAY)
    with pytest.raises(UnknownMeasure):
        ladder_position(PROTOCOL, "parents", [], today=TODAY)


def test_measure_references():
    assert PROTOCOL.measure("schorsing_ordemaatregel").key == "staff.schorsing_ordemaatregel"
    assert PROTOCOL.measure("pupil.bespreekbaar_maken").ladder == "pupil"
    with pytest.raises(UnknownMeasure, match="ambiguous"):
        PROTOCOL.measure("bespreekbaar_maken")
    with pytest.raises(UnknownMeasure):
        PROTOCOL.measure("staff.verwijdering")


# --- checklists, letters, follow-ups ------------------------------------------------------


def test_pupil_suspension_longer_than_one_day_adds_the_inspectie_notice():
    one_day = CaseFacts(suspension_days=1)
    three_days = CaseFacts(suspension_days=3)
    assert "inspectie_notified" not in ids(checklist_for(PROTOCOL, "pupil.schorsing", one_day))
    item = next(
        i
        for i in checklist_for(PROTOCOL, "pupil.schorsing", three_days)
        if i.id == "inspectie_notified"
    )
    assert item.required and item.verify
    letter_ids = [lt.id for lt in letters_for(PROTOCOL, "pupil.schorsing", three_days)]
    assert letter_ids == ["pupil_suspension", "inspectie_suspension_notice"]
    assert [lt.id for lt in letters_for(PROTOCOL, "pupil.schorsing", one_day)] == [
        "pupil_suspension"
    ]
    kinds = [f.kind for f in followups_for(PROTOCOL, "pupil.schorsing", three_days)]
    assert "inspectie_notification" in kinds
    kinds = [f.kind for f in followups_for(PROTOCOL, "pupil.schorsing", one_day)]
    assert "inspectie_notification" not in kinds


def test_staff_suspension_checklist_has_registered_intention_and_view_period():
    for key in ("staff.schorsing_ordemaatregel", "staff.schorsing_disciplinair"):
        items = {i.id: i for i in checklist_for(PROTOCOL, key, CaseFacts())}
        assert "registered post" in items["intention_registered_post"].text_en
        assert "aangetekend" in items["intention_registered_post"].text_nl
        assert "drie weken" in items["view_period_observed"].text_nl
        view = PROTOCOL.measure(key).view_period
        assert view is not None and (view.amount, view.unit) == (3, "weeks")
        assert not view.verify


def test_outside_school_refusal_encourages_the_victims_parents():
    facts = CaseFacts(outside_school_parents_refuse=True)
    for measure in PROTOCOL.ladder("pupil").measures:
        assert "victim_parents_encouraged" in ids(checklist_for(PROTOCOL, measure.key, facts))
        assert "victim_parents_police_report" in [
            lt.id for lt in letters_for(PROTOCOL, measure.key, facts)
        ]
        assert "victim_parents_encouraged" not in ids(
            checklist_for(PROTOCOL, measure.key, CaseFacts())
        )
    staff_letters = letters_for(PROTOCOL, "staff.waarschuwing", facts)
    assert "victim_parents_police_report" not in [lt.id for lt in staff_letters]


def test_criminal_offence_always_adds_the_police_report_item_first():
    facts = CaseFacts(possible_criminal_offence=True)
    for ladder in PROTOCOL.ladders:
        for measure in ladder.measures:
            items = checklist_for(PROTOCOL, measure.key, facts)
            assert items[0].id == "hs_police_report"
            assert items[0].hard_stop and items[0].required
            assert "police_report" in [f.kind for f in followups_for(PROTOCOL, measure.key, facts)]


def test_sexual_offence_hard_stop_does_not_apply_on_the_pupil_ladder():
    facts = CaseFacts(suspected_sexual_offence_staff_against_pupil=True)
    assert [s.id for s in hard_stops(PROTOCOL, facts)] == ["sexual_offence_staff_pupil"]
    assert hard_stops(PROTOCOL, facts, "pupil") == []
    assert "hs_vertrouwensinspecteur_consulted" in ids(
        checklist_for(PROTOCOL, "staff.bespreekbaar_maken", facts)
    )


def test_conditions():
    assert Condition.parse("suspension_days > 1").holds(CaseFacts(suspension_days=2))
    assert not Condition.parse("suspension_days > 1").holds(CaseFacts(suspension_days=1))
    assert Condition.parse("suspension_days>=1").holds(CaseFacts(suspension_days=1))
    assert Condition.parse("possible_criminal_offence").holds(
        CaseFacts(possible_criminal_offence=True)
    )
    assert str(Condition.parse(" suspension_days  >  1 ")) == "suspension_days > 1"


# --- finalising ---------------------------------------------------------------------------


def _items() -> list[ChecklistItem]:
    facts = CaseFacts(possible_criminal_offence=True)
    return checklist_for(PROTOCOL, "staff.schriftelijke_berisping", facts)


def test_can_finalize_when_every_required_item_is_done():
    items = _items()
    state = {i.id: True for i in items if i.required}
    assert can_finalize(state, items) == (True, [])


def test_open_required_item_blocks_unless_overridden_with_a_reason():
    items = _items()
    state = {i.id: True for i in items if i.required}
    state["cao_article_named"] = False
    ok, missing = can_finalize(state, items)
    assert not ok and ids(missing) == ["cao_article_named"]
    assert can_finalize(state, items, "   ")[0] is False
    ok, missing = can_finalize(state, items, "Artikel volgt uit eerder besluit.")
    assert ok and ids(missing) == ["cao_article_named"]


def test_open_optional_items_never_block():
    items = checklist_for(PROTOCOL, "staff.bespreekbaar_maken", CaseFacts())
    state = {i.id: True for i in items if i.required}
    assert "agreements_recorded" not in state
    assert can_finalize(state, items) == (True, [])


def test_hard_stop_item_cannot_be_overridden():
    items = _items()
    state = {i.id: True for i in items if i.required and not i.hard_stop}
    ok, missing = can_finalize(state, items, "Geen tijd.")
    assert not ok
    assert ids(missing) == ["hs_police_report", "hs_police_packet"]


# --- duration --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure", "days", "codes"),
    [
        ("pupil.schorsing", 1, []),
        ("pupil.schorsing", 5, []),
        ("pupil.schorsing", 6, ["duration_too_long"]),
        ("pupil.schorsing", None, ["duration_missing"]),
        ("pupil.schorsing", 0, ["duration_not_positive"]),
        ("staff.schorsing_ordemaatregel", 28, []),
        ("staff.schorsing_ordemaatregel", 29, ["duration_too_long"]),
        ("staff.schorsing_ordemaatregel", None, ["duration_missing"]),
        ("staff.schorsing_disciplinair", None, ["duration_missing"]),
        ("staff.schorsing_disciplinair", 60, []),
        ("staff.waarschuwing", None, []),
    ],
)
def test_validate_duration(measure: str, days: int | None, codes: list[str]):
    assert [p.code for p in validate_duration(PROTOCOL, measure, days)] == codes


def test_duration_problems_name_the_limit_its_unit_and_basis():
    (pupil,) = validate_duration(PROTOCOL, "pupil.schorsing", 8)
    assert (pupil.params["limit"], pupil.params["unit"], pupil.params["proposed"]) == (
        5,
        "school_days",
        8,
    )
    assert "40c" in str(pupil.params["basis"])
    assert "at most 5 school days; proposed: 8" in pupil.english()
    (order,) = validate_duration(PROTOCOL, "staff.schorsing_ordemaatregel", 35)
    assert (order.params["limit"], order.params["unit"]) == (28, "days")
    rule = order.params["rule"]
    assert isinstance(rule, Term) and rule.nl and rule.en  # the protocol's names of the limit


# --- precedent -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("usual", "chosen", "expected"),
    [(3, 3, "same"), (2, 4, "heavier"), (4, 1, "lighter")],
)
def test_precedent_comparison(usual: int, chosen: int, expected: str):
    result = precedent_comparison(usual, chosen)
    assert result == expected
    assert needs_justification(result) is (expected != "same")
