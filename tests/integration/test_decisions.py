"""Both ladders end to end through the services, with the protocol as the only rulebook."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest

from skot_dossier.domain.validation import ValidationError
from skot_dossier.protocol.loader import resources_dir
from skot_dossier.services import deadlines, decisions, people
from skot_dossier.services.decisions import DecisionRefused
from skot_dossier.services.permissions import PermissionDenied
from tests.helpers import school_day
from tests.integration.letter_cases import send_all, with_letterhead
from tests.vaults import incident_draft

TODAY = date.today()


@pytest.fixture(autouse=True)
def letterhead(world):
    """Intention letters are sent from the vault: the foundation needs its letterhead."""
    with_letterhead(world)


def _complete_required(session, decision_id):
    for row in decisions.checklist(session, decision_id):
        if row.item.required:
            decisions.set_checklist_item(session, decision_id, row.item.id, True, "gedaan")


def _fill(session, decision_id, **extra):
    values = dict(
        facts_relied_on="TikTok-filmpje van 1 november over de leerkracht",
        grounds="Plichtsverzuim: beledigende uitlatingen over collega's en ouders",
        seriousness_statements="grof",
        seriousness_behaviour="herhaald",
        seriousness_consequences="onrust bij ouders",
        hearing_date=TODAY - timedelta(days=1),
        hearing_summary="Gesprek gevoerd",
        subject_view="Betrokkene erkent de feiten",
    )
    values.update(extra)
    return decisions.update_draft(session, decision_id, **values)


def _staff_dossier(world):
    hr = world.as_role("hr")
    return hr, people.open_dossier(hr, _staff_dossier_id(world)).dossier.id


def _staff_dossier_id(world):
    from skot_dossier.store import people as store

    return store.dossier_of_person(world.admin.db, world.staff_a.id).id


def test_full_staff_case_warning_then_suspension_in_two_steps(world):
    hr, dossier_id = _staff_dossier(world)
    incident_id = world.incident_a.id
    warning = decisions.start_decision(
        hr, dossier_id, "staff.waarschuwing", incident_id=incident_id
    )
    assert warning.stage == "decision"
    _fill(hr, warning.id)
    with pytest.raises(DecisionRefused, match="Required checklist items"):
        decisions.finalize(hr, warning.id)
    _complete_required(hr, warning.id)
    final_warning = decisions.finalize(hr, warning.id, today=TODAY - timedelta(days=40))
    assert final_warning.status == "final"
    with pytest.raises(DecisionRefused, match="cannot be changed"):
        decisions.update_draft(hr, warning.id, grounds="anders")

    position = decisions.ladder_overview(hr, dossier_id).position
    assert [e.measure.id for e in position.earlier] == ["waarschuwing"]
    assert {o.measure.id: o.relation for o in position.open_measures}[
        "schorsing_ordemaatregel"
    ] == "escalation"

    intention = decisions.start_decision(
        hr, dossier_id, "staff.schorsing_ordemaatregel", incident_id=incident_id
    )
    assert intention.stage == "intention"
    _fill(hr, intention.id, duration_days=14)
    final_intention = decisions.finalize(hr, intention.id, today=TODAY - timedelta(days=3))

    def view_deadline():
        return [
            d
            for d in deadlines.dossier_deadlines(hr, dossier_id)
            if d.decision_id == final_intention.id
        ]

    assert [(d.rule_id, d.due) for d in view_deadline()] == [("view_period", None)]
    letter = send_all(hr, final_intention)["staff_intention_suspension"]
    assert view_deadline()[0].due == letter.received_on + timedelta(weeks=3)

    decision = decisions.start_decision(
        hr, dossier_id, "staff.schorsing_ordemaatregel", intention_id=final_intention.id
    )
    assert decision.grounds == final_intention.grounds
    with pytest.raises(ValidationError, match="same as in the intention"):
        decisions.update_draft(hr, decision.id, grounds="Andere gronden")
    _fill(hr, decision.id, duration_days=14, grounds=final_intention.grounds)
    _complete_required(hr, decision.id)
    with pytest.raises(DecisionRefused, match="view has not ended"):
        decisions.finalize(hr, decision.id)
    decisions.update_draft(
        hr, decision.id, view_recorded_on=TODAY, subject_view="Zienswijze ontvangen en gewogen"
    )
    final = decisions.finalize(hr, decision.id)
    assert final.decided_on == TODAY and final.protocol_label.startswith("skot-social-media@")
    started = {
        d.rule_id: d
        for d in deadlines.dossier_deadlines(hr, dossier_id)
        if d.decision_id == final.id
    }
    assert set(started) == {"max_duration", "appeal"}
    assert started["appeal"].due == TODAY + timedelta(weeks=6)
    actions = [
        (e.action, e.object_type)
        for e in world.admin.vault.audit.entries()
        if e.object_id in (warning.id, intention.id, decision.id)
    ]
    assert actions.count(("decide", "decision")) == 3
    timeline = people.open_dossier(hr, dossier_id).timeline
    assert sum(1 for t in timeline if t.kind.value == "measure") == 3


def test_full_pupil_case_suspension_then_removal_with_objection(world):
    hr = world.as_role("hr")
    director = world.as_role("director")
    dossier_id = world.dossier_a.id
    suspension = decisions.start_decision(
        director,
        dossier_id,
        "pupil.schorsing",
        incident_id=world.incident_a.id,
        case_facts={"suspension_days": 3},
    )
    _fill(director, suspension.id, duration_days=8, start_date=school_day(TODAY))
    assert decisions.get_decision(director, suspension.id).case_facts["suspension_days"] == 8
    _complete_required(director, suspension.id)
    with pytest.raises(ValidationError) as too_long:
        decisions.finalize(director, suspension.id)
    assert "duration_days" in too_long.value.problems
    decisions.update_draft(director, suspension.id, duration_days=3)
    final = decisions.finalize(director, suspension.id)
    due = {d.rule_id: d for d in deadlines.dossier_deadlines(director, dossier_id)}
    assert set(due) == {"max_duration", "inspectie_notice", "objection"}
    assert due["objection"].due == final.decided_on + timedelta(weeks=6)
    assert due["inspectie_notice"].due == final.decided_on
    assert due["max_duration"].due > TODAY

    with pytest.raises(DecisionRefused, match="decided by"):
        decisions.start_decision(director, dossier_id, "pupil.verwijdering")
    intention = decisions.start_decision(
        hr, dossier_id, "pupil.verwijdering", incident_id=world.incident_a.id
    )
    assert intention.stage == "intention"
    _fill(hr, intention.id)
    final_intention = decisions.finalize(hr, intention.id, today=TODAY - timedelta(days=30))
    send_all(hr, final_intention)
    removal = decisions.start_decision(
        hr, dossier_id, "pupil.verwijdering", intention_id=final_intention.id
    )
    _fill(hr, removal.id, grounds=final_intention.grounds, view_recorded_on=TODAY)
    with pytest.raises(DecisionRefused, match="Required checklist items"):
        decisions.finalize(hr, removal.id)
    _complete_required(hr, removal.id)
    final_removal = decisions.finalize(hr, removal.id)
    ladder = decisions.ladder_overview(hr, dossier_id).position
    assert ladder.highest_active_rank == max(m.measure.rank for m in ladder.open_measures)
    labels = {
        d.rule_id
        for d in deadlines.dossier_deadlines(hr, dossier_id)
        if d.decision_id == final_removal.id
    }
    assert {"objection", "objection_decision", "dispute_filing"} <= labels
    decided = [
        (e.actor, e.details_dict()["measure"], e.details_dict()["stage"])
        for e in world.admin.vault.audit.entries()
        if e.action == "decide" and e.subject_id == world.pupil_a.id
    ]
    assert decided == [
        ("test-director", "pupil.schorsing", "decision"),
        ("test-hr", "pupil.verwijdering", "intention"),
        ("test-hr", "pupil.verwijdering", "decision"),
    ]
    assert world.admin.vault.audit.verify().ok


def test_override_is_written_and_logged_but_hard_stops_cannot_be_overridden(world):
    hr, dossier_id = _staff_dossier(world)
    draft = decisions.start_decision(
        hr, dossier_id, "staff.waarschuwing", incident_id=world.incident_a.id
    )
    _fill(hr, draft.id)
    final = decisions.finalize(hr, draft.id, override_reason="Gesprek telefonisch gevoerd")
    assert final.override_items and final.override_reason
    entry = world.admin.vault.audit.entries()[-1]
    assert entry.action == "decide" and entry.details_dict()["override"] is True

    stop = decisions.start_decision(
        hr,
        dossier_id,
        "staff.waarschuwing",
        incident_id=world.incident_a.id,
        case_facts={"suspected_sexual_offence_staff_against_pupil": True},
    )
    _fill(hr, stop.id)
    rows = decisions.checklist(hr, stop.id)
    hard = [r for r in rows if r.item.hard_stop]
    assert hard and all(r.item.required for r in hard)
    for row in rows:
        if row.item.required and not row.item.hard_stop:
            decisions.set_checklist_item(hr, stop.id, row.item.id, True)
    with pytest.raises(DecisionRefused, match="cannot be skipped"):
        decisions.finalize(hr, stop.id, override_reason="Wij slaan dit over")


def test_criminal_offence_always_puts_police_report_on_the_checklist(world):
    hr, dossier_id = _staff_dossier(world)
    plain = decisions.start_decision(hr, dossier_id, "staff.bespreekbaar_maken")
    crime = decisions.start_decision(
        hr, dossier_id, "staff.bespreekbaar_maken", case_facts={"possible_criminal_offence": True}
    )
    plain_ids = {r.item.id for r in decisions.checklist(hr, plain.id)}
    crime_rows = decisions.checklist(hr, crime.id)
    extra = [r.item for r in crime_rows if r.item.id not in plain_ids]
    assert extra and all(i.required and i.hard_stop for i in extra)
    assert any("aangifte" in i.text_nl.lower() for i in extra)


def test_correction_supersedes_a_final_decision(world):
    hr, dossier_id = _staff_dossier(world)
    draft = decisions.start_decision(hr, dossier_id, "staff.waarschuwing")
    _fill(hr, draft.id)
    _complete_required(hr, draft.id)
    old = decisions.finalize(hr, draft.id)
    correction = decisions.start_correction(hr, old.id)
    assert correction.supersedes == old.id and correction.status == "draft"
    decisions.update_draft(hr, correction.id, facts_relied_on="Gecorrigeerde feiten")
    new = decisions.finalize(hr, correction.id)
    again = decisions.get_decision(hr, old.id)
    assert again.status == "superseded" and again.superseded_by == new.id
    assert again.facts_relied_on != new.facts_relied_on


def test_precedent_asks_for_justification_when_heavier_than_usual(world):
    hr = world.as_role("hr")
    from skot_dossier.domain.drafts import PartyDraft
    from skot_dossier.services import incidents

    # Three comparable staff cases ended with a warning.
    for n in range(3):
        staff, dossier = people.create_person(hr, _staff(world, f"P-9{n}"))
        inc = incidents.record_incident(
            hr, incident_draft(world.school_a, staff, parties=(PartyDraft(staff.id, "subject"),))
        )
        d = decisions.start_decision(hr, dossier.id, "staff.waarschuwing", incident_id=inc.id)
        _fill(hr, d.id)
        _complete_required(hr, d.id)
        decisions.finalize(hr, d.id)
    staff, dossier = people.create_person(hr, _staff(world, "P-99"))
    inc = incidents.record_incident(
        hr, incident_draft(world.school_a, staff, parties=(PartyDraft(staff.id, "subject"),))
    )
    heavy = decisions.start_decision(
        hr, dossier.id, "staff.ontslag_op_staande_voet", incident_id=inc.id
    )
    report = decisions.precedent_report(hr, heavy.id)
    assert report.comparable == 3 and report.usual_measure == "staff.waarschuwing"
    assert report.comparison == "heavier" and report.needs_justification
    assert all(isinstance(y, int) for y in report.years)  # anonymised: no names, no ids
    _fill(hr, heavy.id)
    _complete_required(hr, heavy.id)
    with pytest.raises(ValidationError, match="heavier than usual"):
        decisions.finalize(hr, heavy.id)
    final = decisions.finalize(hr, heavy.id, justification="Bedreiging met geweld")
    assert final.precedent_comparison == "heavier"
    started = deadlines.dossier_deadlines(hr, dossier.id)
    court = [d for d in started if "court" in d.rule_id]
    assert court and court[0].due == _add_months(final.decided_on, 2)


def _add_months(day, months):
    from skot_dossier.protocol.calendar import add_months

    return add_months(day, months)


def _staff(world, number):
    from tests.vaults import staff_draft

    return staff_draft(
        world.school_a, number, given_name="Anna", family_name=f"Medewerker {number}"
    )


def test_deadlines_overview_lists_overdue_and_upcoming_per_scope(world):
    hr = world.as_role("hr")
    director = world.as_role("director")
    draft = decisions.start_decision(
        hr, world.dossier_b.id, "pupil.schorsing", case_facts={"suspension_days": 2}
    )
    _fill(hr, draft.id, duration_days=2, start_date=school_day(TODAY - timedelta(days=60)))
    _complete_required(hr, draft.id)
    decisions.finalize(hr, draft.id, today=school_day(TODAY - timedelta(days=60)))
    overview = deadlines.deadlines_overview(hr)
    assert overview.overdue and all(d.due < TODAY for d in overview.overdue)
    assert all(d.person_name == "Nguyễn Thị Lan" for d in overview.overdue)
    assert deadlines.deadlines_overview(director).overdue == ()  # school b is not theirs
    first = overview.overdue[0]
    deadlines.complete_deadline(hr, first.id)
    assert first.id not in {d.id for d in deadlines.deadlines_overview(hr).overdue}


def test_changed_protocol_version_changes_behaviour_without_code(world, tmp_path):
    hr, dossier_id = _staff_dossier(world)
    folder = tmp_path / "protocols"
    folder.mkdir()
    source = resources_dir() / "skot-social-media-2022.toml"
    shutil.copy(source, folder / source.name)
    text = source.read_text("utf-8")
    marker = 'id = "view_period"'
    start = text.index(marker, text.index('id = "schorsing_ordemaatregel"'))
    amount_at = text.index("amount = ", start)
    line_end = text.index("\n", amount_at)
    changed = text[:amount_at] + "amount = 5" + text[line_end:]
    changed = changed.replace('version = "2022.1"', 'version = "2026.1"', 1)
    changed = changed.replace('adopted = "2022"', 'adopted = "2026"', 1)
    (folder / "skot-social-media-2026.toml").write_text(changed, "utf-8")
    hr.protocol_dir = folder
    intention = decisions.start_decision(hr, dossier_id, "staff.schorsing_ordemaatregel")
    assert intention.protocol_label == "skot-social-media@2026.1"
    _fill(hr, intention.id, duration_days=10)
    final = decisions.finalize(hr, intention.id, today=TODAY - timedelta(days=1))
    letter = send_all(hr, final)["staff_intention_suspension"]
    (view,) = [d for d in deadlines.dossier_deadlines(hr, dossier_id) if d.decision_id == final.id]
    assert view.due == letter.received_on + timedelta(weeks=5)


def test_roles_outside_the_case_cannot_decide(world):
    po = world.as_role("privacy_officer")
    with pytest.raises(PermissionDenied):
        decisions.start_decision(po, world.dossier_a.id, "pupil.waarschuwing")
    director = world.as_role("director")
    with pytest.raises(PermissionDenied):
        decisions.start_decision(director, world.dossier_b.id, "pupil.waarschuwing")


def test_the_view_period_cannot_be_back_dated(world):
    hr, dossier_id = _staff_dossier(world)
    intention = decisions.start_decision(hr, dossier_id, "staff.schorsing_ordemaatregel")
    with pytest.raises(ValidationError, match="sent_on"):
        decisions.update_draft(hr, intention.id, sent_on=TODAY - timedelta(days=60))
    _fill(hr, intention.id, duration_days=5)
    final = decisions.finalize(hr, intention.id)
    assert final.sent_on == TODAY
    decision = decisions.start_decision(
        hr, dossier_id, "staff.schorsing_ordemaatregel", intention_id=final.id
    )
    _fill(hr, decision.id, duration_days=5, grounds=final.grounds, subject_view="")
    _complete_required(hr, decision.id)
    with pytest.raises(DecisionRefused, match="intention letter"):
        decisions.finalize(hr, decision.id)
    send_all(hr, final)
    with pytest.raises(DecisionRefused, match="view has not ended"):
        decisions.finalize(hr, decision.id)
    with pytest.raises(ValidationError, match="subject_view"):
        decisions.update_draft(hr, decision.id, view_recorded_on=TODAY)


def test_a_superseded_decisions_deadlines_stop_running(world):
    hr = world.as_role("hr")
    draft = decisions.start_decision(
        hr, world.dossier_a.id, "pupil.schorsing", case_facts={"suspension_days": 2}
    )
    _fill(hr, draft.id, duration_days=2, start_date=school_day(TODAY))
    _complete_required(hr, draft.id)
    old = decisions.finalize(hr, draft.id)
    correction = decisions.start_correction(hr, old.id)
    decisions.update_draft(hr, correction.id, facts_relied_on="Gecorrigeerd")
    new = decisions.finalize(hr, correction.id)
    open_ids = {
        d.decision_id
        for d in deadlines.dossier_deadlines(hr, world.dossier_a.id)
        if d.done_on is None
    }
    assert old.id not in open_ids and new.id in open_ids
