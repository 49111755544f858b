"""The shipped protocol TOML, checked rule by rule (table-driven from the file itself)."""

from __future__ import annotations

import dataclasses
import tomllib
from datetime import date

import pytest

from skot_dossier.protocol.calendar import deadline_for
from skot_dossier.protocol.engine import can_finalize, checklist_for, followups_for, hard_stops
from skot_dossier.protocol.loader import default_protocol, resources_dir
from skot_dossier.protocol.model import (
    KNOWN_ANCHORS,
    CaseFacts,
    ChecklistItem,
    DeadlineRule,
    Followup,
    HardStop,
    Letter,
    Measure,
)

PROTOCOL = default_protocol()
RAW = tomllib.loads((resources_dir() / "skot-social-media-2022.toml").read_text("utf-8"))
MEASURES = [m for ladder in PROTOCOL.ladders for m in ladder.measures]
STOPS = list(PROTOCOL.hard_stops)
ALL_FACTS = CaseFacts(
    possible_criminal_offence=True,
    suspected_sexual_offence_staff_against_pupil=True,
    complaint_offence_for_staff_victim=True,
    possible_minor_sexual_images=True,
    outside_school_parents_refuse=True,
    suspension_days=5,
)
RECIPIENTS_BY_SUBJECT = {
    "staff": {"employee"},
    "pupil": {"parents", "inspectie", "victim_parents"},
}
ANCHORS = {name: date(2026, 3, 2) for name in KNOWN_ANCHORS}


def by_key(measures: list[Measure]) -> list[str]:
    return [m.key for m in measures]


def only(stop: HardStop) -> CaseFacts:
    """Facts that trigger exactly this hard stop's condition."""
    return dataclasses.replace(CaseFacts(), **{stop.when.fact: True})


def test_the_expected_ladders_and_measures_are_there():
    assert [m.key for m in PROTOCOL.ladder("staff").measures] == [
        "staff.bespreekbaar_maken",
        "staff.waarschuwing",
        "staff.schriftelijke_berisping",
        "staff.schorsing_ordemaatregel",
        "staff.schorsing_disciplinair",
        "staff.ontslag",
        "staff.ontslag_op_staande_voet",
    ]
    assert [m.id for m in PROTOCOL.ladder("pupil").measures] == [
        "bespreekbaar_maken",
        "waarschuwing",
        "schorsing",
        "verwijdering",
    ]


def test_nothing_in_the_file_is_dropped_by_the_loader():
    for ladder_id, raw_ladder in RAW["ladders"].items():
        raw_ids = [m["id"] for m in raw_ladder["measures"]]
        assert raw_ids == [m.id for m in PROTOCOL.ladder(ladder_id).measures]
        for raw_measure in raw_ladder["measures"]:
            measure = PROTOCOL.ladder(ladder_id).measure(raw_measure["id"])
            assert len(measure.checklist) == len(raw_measure.get("checklist", []))
            assert len(measure.deadlines) == len(raw_measure.get("deadlines", []))
            assert len(measure.followups) == len(raw_measure.get("followups", []))
    assert [h["id"] for h in RAW["hard_stops"]] == [h.id for h in STOPS]
    assert set(RAW["letters"]) == {letter.id for letter in PROTOCOL.letters}


@pytest.mark.parametrize("measure", MEASURES, ids=by_key(MEASURES))
class TestEveryMeasure:
    def test_decided_by_known_roles(self, measure: Measure):
        role_ids = {r.id for r in PROTOCOL.roles}
        assert measure.decided_by
        assert set(measure.decided_by) <= role_ids

    def test_letters_exist_and_go_to_the_ladders_subject(self, measure: Measure):
        subject = PROTOCOL.ladder(measure.ladder).subject
        for letter_id in measure.letters:
            assert PROTOCOL.letter(letter_id).recipient in RECIPIENTS_BY_SUBJECT[subject]

    def test_checklist_items_are_complete(self, measure: Measure):
        assert any(i.required for i in measure.checklist)
        for item in measure.checklist:
            assert_item_complete(item)

    def test_two_step_has_a_view_period_from_the_intention(self, measure: Measure):
        view = measure.view_period
        if measure.two_step:
            assert view is not None and view.anchor == "intention_received"
        else:
            assert view is None

    def test_every_deadline_has_a_basis_and_a_due_date(self, measure: Measure):
        anchors = dict(ANCHORS)
        for rule in measure.deadlines:
            assert_rule_complete(rule)
            due = deadline_for(rule, anchors)
            assert due is not None and due >= ANCHORS["decision_date"]
            anchors[f"deadline.{rule.id}"] = due

    def test_followups_are_complete(self, measure: Measure):
        for followup in measure.followups:
            assert_followup_complete(followup)

    def test_no_hard_stop_items_without_facts(self, measure: Measure):
        items = checklist_for(PROTOCOL, measure.key, CaseFacts())
        assert not any(i.hard_stop for i in items)
        assert all(i.when is None for i in items)

    def test_every_applicable_hard_stop_adds_its_items(self, measure: Measure):
        items = {i.id: i for i in checklist_for(PROTOCOL, measure.key, ALL_FACTS)}
        for stop in STOPS:
            for item in stop.items:
                if measure.ladder in stop.applies_to:
                    assert items[item.id].hard_stop and items[item.id].required
                else:
                    assert item.id not in items


@pytest.mark.parametrize("stop", STOPS, ids=[s.id for s in STOPS])
class TestEveryHardStop:
    def test_triggered_by_its_own_fact_only(self, stop: HardStop):
        assert stop in hard_stops(PROTOCOL, only(stop))
        assert stop not in hard_stops(PROTOCOL, CaseFacts())
        others = [s for s in STOPS if s.when.fact != stop.when.fact]
        assert not set(hard_stops(PROTOCOL, only(stop))) & set(others)

    def test_items_and_followups_are_complete(self, stop: HardStop):
        assert stop.items and stop.legal_basis and stop.route_nl and stop.route_en
        for item in stop.items:
            assert item.required and item.hard_stop
            assert_item_complete(item)
        for followup in stop.followups:
            assert_followup_complete(followup)
        for rule in stop.deadlines:
            assert_rule_complete(rule)

    def test_its_items_cannot_be_overridden(self, stop: HardStop):
        for ladder_id in stop.applies_to:
            measure = PROTOCOL.ladder(ladder_id).measures[0]
            items = checklist_for(PROTOCOL, measure.key, only(stop))
            done = {i.id: True for i in items if not i.hard_stop}
            ok, missing = can_finalize(done, items, override_reason="Spoed, besproken met HR.")
            assert not ok
            assert {i.id for i in missing} == {i.id for i in stop.items}

    def test_its_followups_are_required(self, stop: HardStop):
        for ladder_id in stop.applies_to:
            measure = PROTOCOL.ladder(ladder_id).measures[-1]
            kinds = {f.kind: f for f in followups_for(PROTOCOL, measure.key, only(stop))}
            for followup in stop.followups:
                assert kinds[followup.kind].required


@pytest.mark.parametrize("letter", PROTOCOL.letters, ids=[lt.id for lt in PROTOCOL.letters])
def test_every_letter_is_used_and_named(letter: Letter):
    used = {i for m in MEASURES for i in m.letters} | {
        i for ladder in PROTOCOL.ladders for i in ladder.letters
    }
    assert letter.id in used
    assert letter.name_nl != letter.name_en
    assert not letter.verify or letter.verify_note


def test_sexual_offence_hard_stop_is_staff_only_and_forces_the_full_route():
    stop = PROTOCOL.hard_stop("sexual_offence_staff_pupil")
    assert stop.applies_to == ("staff",)
    assert {f.kind for f in stop.followups} == {
        "board_notification",
        "vertrouwensinspecteur",
        "police_report",
    }


def test_minor_images_hard_stop_forbids_storing_files():
    stop = PROTOCOL.hard_stop("minor_sexual_images")
    assert stop.evidence_metadata_only
    assert "240b" in stop.legal_basis
    assert {f.kind for f in stop.followups} >= {"meldpunt_kinderporno", "police_report"}
    assert not any(s.evidence_metadata_only for s in STOPS if s is not stop)


def test_complaint_offence_needs_a_power_of_attorney():
    stop = PROTOCOL.hard_stop("complaint_offence_staff_victim")
    assert "hs_power_of_attorney" in {i.id for i in stop.items}


@pytest.mark.parametrize(
    ("article", "complaint_required", "hard_stop"),
    [
        ("261", True, "complaint_offence_staff_victim"),
        ("262", True, "complaint_offence_staff_victim"),
        ("266", True, "complaint_offence_staff_victim"),
        ("285", False, None),
        ("285d", False, None),
        ("231b", False, None),
        ("139h", False, None),
        ("240b", False, "minor_sexual_images"),
    ],
)
def test_offences(article: str, complaint_required: bool, hard_stop: str | None):
    offence = next(o for o in PROTOCOL.offences if o.article == article)
    assert offence.code == "Sr"
    assert offence.reference == f"art. {article} Sr"
    assert offence.complaint_required is complaint_required
    assert offence.hard_stop == hard_stop


# Facts that DOMAIN.md marks "(verify)" must stay visibly unconfirmed.
VERIFY_FACTS = [
    ("staff.schorsing_ordemaatregel", "deadline", "max_duration"),
    ("staff.schriftelijke_berisping", "followup", "commissie_van_beroep"),
    ("staff.schorsing_ordemaatregel", "followup", "commissie_van_beroep"),
    ("staff.schorsing_disciplinair", "followup", "commissie_van_beroep"),
    ("pupil.schorsing", "item", "inspectie_notified"),
    ("pupil.schorsing", "followup", "inspectie_notification"),
    ("pupil.schorsing", "item", "leerplicht_informed"),
    ("pupil.schorsing", "followup", "leerplichtambtenaar"),
    ("pupil.verwijdering", "item", "search_effort_recorded"),
    ("pupil.verwijdering", "deadline", "search_other_school"),
]


@pytest.mark.parametrize(("measure_key", "what", "ident"), VERIFY_FACTS)
def test_verify_flags_on_unconfirmed_facts(measure_key: str, what: str, ident: str):
    measure = PROTOCOL.measure(measure_key)
    pools: dict[str, list[ChecklistItem] | list[DeadlineRule] | list[Followup]] = {
        "item": list(measure.checklist),
        "deadline": list(measure.deadlines),
        "followup": list(measure.followups),
    }
    key = "kind" if what == "followup" else "id"
    entry = next(e for e in pools[what] if getattr(e, key) == ident)
    assert entry.verify
    assert entry.verify_note


def test_inspectie_letter_is_flagged_for_its_channel():
    assert PROTOCOL.letter("inspectie_suspension_notice").verify


def test_warning_is_not_disciplinary_but_reprimand_and_penalty_suspension_are():
    assert not PROTOCOL.measure("staff.waarschuwing").disciplinary
    assert not PROTOCOL.measure("pupil.waarschuwing").disciplinary
    assert PROTOCOL.measure("staff.schriftelijke_berisping").disciplinary
    assert PROTOCOL.measure("staff.schorsing_disciplinair").disciplinary
    assert not PROTOCOL.measure("staff.schorsing_ordemaatregel").disciplinary
    warning_items = {i.id for i in PROTOCOL.measure("staff.waarschuwing").checklist}
    assert "no_disciplinary_wording" in warning_items


def test_dismissal_goes_through_the_court():
    assert PROTOCOL.measure("staff.ontslag").court_route
    assert not PROTOCOL.measure("staff.ontslag_op_staande_voet").court_route


def test_decision_makers():
    assert PROTOCOL.measure("pupil.schorsing").decided_by == ("director", "board")
    assert PROTOCOL.measure("pupil.verwijdering").decided_by == ("board",)
    for key in ("schriftelijke_berisping", "schorsing_disciplinair", "ontslag_op_staande_voet"):
        assert "director" not in PROTOCOL.measure(f"staff.{key}").decided_by


def test_two_step_measures():
    two_step = {m.key for m in MEASURES if m.two_step}
    assert two_step == {
        "staff.schriftelijke_berisping",
        "staff.schorsing_ordemaatregel",
        "staff.schorsing_disciplinair",
        "pupil.verwijdering",
    }


def test_protocol_header_and_sections():
    assert PROTOCOL.label == "skot-social-media@2022.1"
    assert PROTOCOL.title_nl == "Protocol Social Media 2022"
    section_ids = {s.id for s in PROTOCOL.sections}
    assert set(PROTOCOL.source_sections) <= section_ids
    assert {m.source_section for m in MEASURES} <= section_ids


def assert_item_complete(item: ChecklistItem) -> None:
    assert item.id and item.text_nl and item.text_en and item.legal_basis
    assert item.text_nl != item.text_en
    assert item.evidence_needed_nl and item.evidence_needed_en
    assert bool(item.verify) == bool(item.verify_note)


def assert_rule_complete(rule: DeadlineRule) -> None:
    assert rule.basis and rule.label_nl and rule.label_en
    assert rule.label_nl != rule.label_en
    assert bool(rule.verify) == bool(rule.verify_note)


def assert_followup_complete(followup: Followup) -> None:
    assert followup.label_nl and followup.label_en and followup.legal_basis
    assert bool(followup.verify) == bool(followup.verify_note)
