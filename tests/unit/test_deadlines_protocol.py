"""Deadlines computed from the protocol data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skot_dossier.protocol.calendar import HolidayCalendar, deadline_for
from skot_dossier.protocol.engine import deadlines_for, view_period_over
from skot_dossier.protocol.loader import default_protocol, load_all, load_protocol, resources_dir
from skot_dossier.protocol.model import CaseFacts

PROTOCOL = default_protocol()
SOURCE = resources_dir() / "skot-social-media-2022.toml"


def due(measure: str, deadline_id: str, anchors: dict[str, date], **kwargs) -> date | None:
    found = {d.id: d for d in deadlines_for(PROTOCOL, measure, anchors, **kwargs)}
    return found[deadline_id].due


def test_staff_suspension_view_period_is_three_weeks_from_receipt_of_the_intention():
    anchors = {"intention_sent": date(2026, 2, 27), "intention_received": date(2026, 3, 2)}
    assert due("staff.schorsing_ordemaatregel", "view_period", anchors) == date(2026, 3, 23)
    assert due("staff.schorsing_disciplinair", "view_period", anchors) == date(2026, 3, 23)
    sent_only = {"intention_sent": date(2026, 2, 27)}
    assert due("staff.schorsing_ordemaatregel", "view_period", sent_only) is None


@pytest.mark.parametrize(
    ("measure", "deadline_id"),
    [
        ("staff.schriftelijke_berisping", "appeal"),
        ("staff.schorsing_ordemaatregel", "appeal"),
        ("staff.schorsing_disciplinair", "appeal"),
        ("pupil.schorsing", "objection"),
        ("pupil.verwijdering", "objection"),
        ("pupil.verwijdering", "dispute_filing"),
    ],
)
def test_objection_and_appeal_are_six_weeks_from_receipt(measure: str, deadline_id: str):
    assert due(measure, deadline_id, {"received": date(2026, 5, 4)}) == date(2026, 6, 15)
    assert due(measure, deadline_id, {"decision_date": date(2026, 5, 4)}) is None


@pytest.mark.parametrize(
    ("dismissed", "court_deadline"),
    [
        (date(2026, 1, 31), date(2026, 3, 31)),
        (date(2025, 12, 31), date(2026, 2, 28)),
        (date(2027, 12, 31), date(2028, 2, 29)),
        (date(2026, 6, 15), date(2026, 8, 15)),
    ],
)
def test_summary_dismissal_court_period_is_two_months_from_the_dismissal(
    dismissed: date, court_deadline: date
):
    anchors = {"decision_date": dismissed, "facts_known": dismissed}
    assert due("staff.ontslag_op_staande_voet", "court_annulment", anchors) == court_deadline


def test_the_objection_is_decided_within_four_weeks_of_its_receipt():
    """WPO art. 63 lid 3: from receipt of the objection, not from the end of the period."""
    anchors = {"received": date(2026, 3, 2), "objection_received": date(2026, 3, 20)}
    assert due("pupil.verwijdering", "objection", anchors) == date(2026, 4, 13)
    assert due("pupil.verwijdering", "objection_decision", anchors) == date(2026, 4, 17)
    assert due("pupil.verwijdering", "objection_hearing", anchors) == date(2026, 4, 17)
    assert due("pupil.verwijdering", "objection_decision", {"received": date(2026, 3, 2)}) is None
    rule = PROTOCOL.measure("pupil.verwijdering").deadline("objection_decision")
    assert rule is not None and rule.requires_done == ("objection_hearing",)


def test_chained_deadline_counts_from_the_earlier_due_date():
    from skot_dossier.protocol.loader import loads_protocol
    from tests.unit.test_protocol_schema import MINIMAL

    protocol = loads_protocol(MINIMAL)
    (measure,) = [m for lad in protocol.ladders for m in lad.measures if m.deadline("appeal")]
    found = {
        d.id: d.due for d in deadlines_for(protocol, measure.key, {"received": date(2026, 3, 2)})
    }
    assert found["appeal"] == date(2026, 4, 13)
    assert found["appeal_decision"] == date(2026, 5, 11)


def test_pupil_suspension_ends_within_five_school_days_skipping_holidays():
    holidays = HolidayCalendar.from_ranges([(date(2026, 10, 19), date(2026, 10, 23), "Herfst")])
    anchors = {"start_date": date(2026, 10, 15)}  # Thursday before the holiday week
    # Suspended on 15, 16, 26, 27 and 28 October; back at school on the 29th at the latest.
    assert due("pupil.schorsing", "max_duration", anchors, holidays=holidays) == date(2026, 10, 29)


def test_inspectie_deadline_only_when_the_suspension_is_longer_than_one_day():
    anchors = {"decision_date": date(2026, 3, 2)}
    short = deadlines_for(PROTOCOL, "pupil.schorsing", anchors, facts=CaseFacts(suspension_days=1))
    long = deadlines_for(PROTOCOL, "pupil.schorsing", anchors, facts=CaseFacts(suspension_days=2))
    assert "inspectie_notice" not in [d.id for d in short]
    notice = next(d for d in long if d.id == "inspectie_notice")
    assert notice.due == date(2026, 3, 2) and notice.kind == "notification" and notice.verify
    # Without facts, conditional deadlines are shown rather than hidden.
    assert "inspectie_notice" in [d.id for d in deadlines_for(PROTOCOL, "pupil.schorsing", anchors)]


def test_hard_stop_deadlines_join_when_triggered():
    anchors = {"facts_known": date(2026, 1, 31)}
    facts = CaseFacts(complaint_offence_for_staff_victim=True)
    computed = deadlines_for(PROTOCOL, "staff.waarschuwing", anchors, facts=facts)
    term = next(d for d in computed if d.id == "complaint_term")
    assert term.due == date(2026, 4, 30)
    assert term.source == "complaint_offence_staff_victim" and term.verify
    assert deadlines_for(PROTOCOL, "staff.waarschuwing", anchors, facts=CaseFacts()) == []


def test_computed_deadlines_carry_basis_and_verify_flag():
    anchors = {"start_date": date(2026, 3, 2)}
    limit = next(
        d
        for d in deadlines_for(PROTOCOL, "staff.schorsing_ordemaatregel", anchors)
        if d.id == "max_duration"
    )
    assert limit.due == date(2026, 3, 30)
    assert limit.verify and limit.verify_note and "DOMAIN §2.5" in limit.basis
    assert limit.source == "staff.schorsing_ordemaatregel"


def test_view_period_over():
    rule = PROTOCOL.measure("staff.schorsing_disciplinair").view_period
    assert rule is not None
    received = {"intention_received": date(2026, 3, 2)}
    assert not view_period_over(received, date(2026, 3, 23), False, rule)  # last day
    assert view_period_over(received, date(2026, 3, 24), False, rule)
    assert view_period_over(received, date(2026, 3, 5), True, rule)  # view given: may proceed
    assert not view_period_over({}, date(2027, 1, 1), False, rule)  # not received: no period


def test_a_changed_copy_of_the_protocol_changes_the_deadline(tmp_path: Path):
    text = SOURCE.read_text("utf-8")
    old = (
        'basis = "Zienswijze bij schorsing in het po: drie weken (DOMAIN §2.3)"\n'
        'from = "intention_received"\namount = 3\nunit = "weeks"'
    )
    assert text.count(old) == 2
    changed = text.replace(old, old.replace("amount = 3", "amount = 4")).replace(
        'version = "2022.1"', 'version = "2022.2"'
    )
    copy = tmp_path / "skot-social-media-2022-2.toml"
    copy.write_text(changed, "utf-8")
    new = load_protocol(copy)
    rule = new.measure("staff.schorsing_ordemaatregel").view_period
    assert rule is not None
    received = {"intention_received": date(2026, 3, 2)}
    assert deadline_for(rule, received) == date(2026, 3, 30)
    assert due("staff.schorsing_ordemaatregel", "view_period", received) == date(2026, 3, 23)
    # Both versions side by side: the newer one becomes the default.
    (tmp_path / SOURCE.name).write_text(text, "utf-8")
    assert [p.version for p in load_all(tmp_path)] == ["2022.1", "2022.2"]
    assert default_protocol(tmp_path).version == "2022.2"
