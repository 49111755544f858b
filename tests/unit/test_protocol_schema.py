"""The strict schema check: crafted bad protocol files are rejected with a clear error."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from skot_dossier.errors import SkotError
from skot_dossier.protocol.errors import ProtocolError, UnknownMeasure
from skot_dossier.protocol.loader import (
    default_protocol,
    find_protocol,
    load_all,
    load_protocol,
    loads_protocol,
    resources_dir,
)

MINIMAL = """
format_version = 1

[protocol]
id = "test"
version = "1"
title_nl = "Testprotocol"
title_en = "Test protocol"
adopted = 2024-01-01
source_sections = ["s1"]

[sections.s1]
heading_nl = "Sectie"
heading_en = "Section"

[roles.director]
name_nl = "Directeur"
name_en = "Director"

[roles.board]
name_nl = "Bestuur"
name_en = "Board"

[letters.l_intention]
recipient = "employee"
name_nl = "Voornemen"
name_en = "Intention"

[letters.l_decision]
recipient = "employee"
name_nl = "Besluit"
name_en = "Decision"

[ladders.staff]
name_nl = "Medewerkers"
name_en = "Staff"
subject = "staff"
dossier_nl = "personeelsdossier"
dossier_en = "personnel file"
source_section = "s1"

[[ladders.staff.measures]]
id = "talk"
rank = 1
name_nl = "Gesprek"
name_en = "Talk"
source_section = "s1"
decided_by = ["director"]
disciplinary = false
two_step = false
letters = []

[[ladders.staff.measures.checklist]]
id = "facts"
text_nl = "Feiten vastgelegd."
text_en = "Facts recorded."
legal_basis = "facts basis"
required = true

[[ladders.staff.measures]]
id = "reprimand"
rank = 2
name_nl = "Berisping"
name_en = "Reprimand"
source_section = "s1"
decided_by = ["board"]
disciplinary = true
two_step = true
letters = ["l_intention", "l_decision"]

[[ladders.staff.measures.checklist]]
id = "heard"
text_nl = "Gehoord."
text_en = "Heard."
legal_basis = "heard basis"
required = true

[[ladders.staff.measures.deadlines]]
id = "view_period"
label_nl = "Zienswijze"
label_en = "View"
basis = "view basis"
from = "intention_received"
amount = 3
unit = "weeks"
kind = "limit"

[[ladders.staff.measures.deadlines]]
id = "appeal"
label_nl = "Beroep"
label_en = "Appeal"
basis = "appeal basis"
from = "received"
amount = 6
unit = "weeks"
kind = "limit"

[[ladders.staff.measures.deadlines]]
id = "appeal_decision"
label_nl = "Beslissing op beroep"
label_en = "Decision on appeal"
basis = "appeal decision basis"
from = "deadline.appeal"
amount = 4
unit = "weeks"
kind = "limit"

[[ladders.staff.measures.followups]]
kind = "commissie_van_beroep"
label_nl = "Beroep"
label_en = "Appeal"
required = false
legal_basis = "followup basis"

[[hard_stops]]
id = "crime"
when = "possible_criminal_offence"
applies_to = ["staff"]
title_nl = "Strafbaar feit"
title_en = "Criminal offence"
route_nl = "Aangifte doen."
route_en = "File a report."
legal_basis = "stop basis"

[[hard_stops.items]]
id = "hs_report"
text_nl = "Aangifte gedaan."
text_en = "Report filed."
legal_basis = "item basis"
required = true

[[offences]]
article = "285"
code = "Sr"
name_nl = "Bedreiging"
name_en = "Threat"
complaint_required = false
hard_stop = "crime"
"""


# The unit line of the view_period deadline (followed by the next deadline).
VIEW_UNIT = (
    'unit = "weeks"\nkind = "limit"\n\n[[ladders.staff.measures.deadlines]]\nid = "appeal"\n'
)


def mutate(old: str, new: str) -> str:
    assert MINIMAL.count(old) == 1, f"ambiguous or missing anchor: {old!r}"
    return MINIMAL.replace(old, new)


def rejected(text: str, *fragments: str) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        loads_protocol(text, source="crafted.toml")
    message = str(info.value)
    assert "crafted.toml" in message
    for fragment in fragments:
        assert fragment in message, message
    return info.value


def test_the_minimal_protocol_loads():
    protocol = loads_protocol(MINIMAL)
    assert protocol.label == "test@1"
    assert protocol.adopted == "2024-01-01"
    assert [m.key for m in protocol.ladder("staff").measures] == ["staff.talk", "staff.reprimand"]
    assert protocol.measure("reprimand").view_period is not None


def test_protocol_error_is_a_skot_error_with_a_code():
    assert issubclass(ProtocolError, SkotError)
    assert issubclass(UnknownMeasure, ProtocolError)
    assert ProtocolError.code == "protocol_invalid"
    assert str(ProtocolError())


# --- unknown keys anywhere ---------------------------------------------------------

UNKNOWN_KEY_PLACES = [
    ("format_version = 1", "format_version = 1\nextra = 1", "extra"),
    ('id = "test"', 'id = "test"\nowner = "x"', "protocol.owner"),
    ('heading_en = "Section"', 'heading_en = "Section"\ncolour = "red"', "sections.s1.colour"),
    ('name_en = "Director"', 'name_en = "Director"\nlevel = 1', "roles.director.level"),
    ('name_en = "Intention"', 'name_en = "Intention"\nsigned = true', "letters.l_intention.signed"),
    ('dossier_en = "personnel file"', 'dossier_en = "personnel file"\nx = 1', "ladders.staff.x"),
    ('id = "talk"', 'id = "talk"\nseverity = 2', "measures[0].severity"),
    (
        "required = true\n\n[[ladders.staff.measures]]",
        "reqiured = true\nrequired = true\n\n[[ladders.staff.measures]]",
        "checklist[0].reqiured",
    ),
    ('basis = "view basis"', 'basis = "view basis"\ngrace = 1', "deadlines[0].grace"),
    ('legal_basis = "followup basis"', 'legal_basis = "followup basis"\nx = 1', "followups[0].x"),
    ('legal_basis = "stop basis"', 'legal_basis = "stop basis"\nx = 1', "hard_stops[0].x"),
    ('legal_basis = "item basis"', 'legal_basis = "item basis"\nx = 1', "items[0].x"),
    ("complaint_required = false", "complaint_required = false\nx = 1", "offences[0].x"),
]


@pytest.mark.parametrize(("old", "new", "where"), UNKNOWN_KEY_PLACES)
def test_unknown_keys_are_rejected_everywhere(old: str, new: str, where: str):
    rejected(mutate(old, new), "Unknown key", where)


# --- missing keys --------------------------------------------------------------------

MISSING_KEYS = [
    ("rank = 1\n", "", "rank is missing"),
    ('legal_basis = "facts basis"\n', "", "legal_basis is missing"),
    ('basis = "view basis"\n', "", "basis is missing"),  # a deadline without a basis
    ('decided_by = ["director"]\n', "", "decided_by is missing"),
    ('title_en = "Test protocol"\n', "", "title_en is missing"),
    (
        VIEW_UNIT,
        'kind = "limit"\n\n[[ladders.staff.measures.deadlines]]\nid = "appeal"\n',
        "unit is missing",
    ),
]


@pytest.mark.parametrize(("old", "new", "fragment"), MISSING_KEYS)
def test_missing_keys_are_rejected(old: str, new: str, fragment: str):
    rejected(mutate(old, new), fragment)


def test_deadline_with_empty_basis_is_rejected():
    rejected(mutate('basis = "view basis"', 'basis = ""'), "basis must be a non-empty text")


# --- references ------------------------------------------------------------------------


def test_unknown_letter_is_rejected():
    rejected(
        mutate('letters = ["l_intention", "l_decision"]', 'letters = ["l_intention", "l_other"]'),
        "unknown letter 'l_other'",
    )


def test_unknown_letter_on_a_ladder_is_rejected():
    text = mutate(
        'source_section = "s1"\n\n[[ladders', 'source_section = "s1"\nletters = ["x"]\n\n[[ladders'
    )
    rejected(text, "unknown letter 'x'")


def test_unknown_role_is_rejected():
    rejected(mutate('decided_by = ["board"]', 'decided_by = ["janitor"]'), "unknown role 'janitor'")


def test_role_table_outside_the_known_set_is_rejected():
    rejected(mutate("[roles.board]", "[roles.caretaker]"), "roles.caretaker is not a known role")


def test_measure_without_decider_is_rejected():
    rejected(mutate('decided_by = ["board"]', "decided_by = []"), "at least one role")


def test_unknown_followup_kind_is_rejected():
    rejected(mutate('kind = "commissie_van_beroep"', 'kind = "newspaper"'), "kind must be one of")


def test_unknown_section_is_rejected():
    rejected(mutate('source_sections = ["s1"]', 'source_sections = ["s9"]'), "unknown section 's9'")


def test_unknown_recipient_is_rejected():
    text = mutate(
        'recipient = "employee"\nname_nl = "Besluit"', 'recipient = "press"\nname_nl = "Besluit"'
    )
    rejected(text, "recipient must be one of")


def test_hard_stop_for_unknown_ladder_is_rejected():
    rejected(mutate('applies_to = ["staff"]', 'applies_to = ["pupil"]'), "unknown ladder 'pupil'")


def test_offence_with_unknown_hard_stop_is_rejected():
    rejected(mutate('hard_stop = "crime"', 'hard_stop = "arson"'), "unknown hard stop 'arson'")


# --- duplicates -----------------------------------------------------------------------------


def test_duplicate_measure_id_is_rejected():
    rejected(mutate('id = "reprimand"', 'id = "talk"'), "Duplicate measure id", "'talk'")


def test_duplicate_checklist_id_is_rejected():
    extra = (
        '\n[[ladders.staff.measures.checklist]]\nid = "heard"\ntext_nl = "Nogmaals."\n'
        'text_en = "Again."\nlegal_basis = "b"\nrequired = false\n'
    )
    text = mutate(
        'legal_basis = "heard basis"\nrequired = true\n',
        f'legal_basis = "heard basis"\nrequired = true\n{extra}',
    )
    rejected(text, "Duplicate checklist id", "'heard'")


def test_duplicate_deadline_id_is_rejected():
    rejected(mutate('id = "appeal_decision"', 'id = "appeal"'), "Duplicate deadline id")


def test_duplicate_letter_table_is_rejected_as_invalid_toml():
    rejected(mutate("[letters.l_decision]", "[letters.l_intention]"), "not valid TOML")


def test_duplicate_hard_stop_id_is_rejected():
    stop = MINIMAL[MINIMAL.index("[[hard_stops]]") : MINIMAL.index("[[offences]]")]
    second = stop.replace('id = "hs_report"', 'id = "hs_report_2"')
    rejected(mutate("[[offences]]", second + "[[offences]]"), "Duplicate hard stop id")


def test_hard_stop_item_id_clashing_with_a_measure_item_is_rejected():
    rejected(mutate('id = "hs_report"', 'id = "facts"'), "also used by a measure", "facts")


def test_duplicate_offence_is_rejected():
    offence = MINIMAL[MINIMAL.index("[[offences]]") :]
    rejected(MINIMAL + offence, "Duplicate offence article", "285 Sr")


def test_duplicate_followup_kind_is_rejected():
    block = MINIMAL[
        MINIMAL.index("[[ladders.staff.measures.followups]]") : MINIMAL.index("[[hard_stops]]")
    ]
    rejected(mutate("[[hard_stops]]", block + "[[hard_stops]]"), "Duplicate follow-up kind")


# --- ranks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [(1, 3), (2, 1), (0, 1), (1, 1), (2, 3)],
    ids=["gap", "reversed", "from-zero", "repeated", "not-from-one"],
)
def test_rank_must_be_a_strict_sequence_from_one(first: int, second: int):
    text = mutate("rank = 1", f"rank = {first}").replace("rank = 2", f"rank = {second}")
    rejected(text, "ranks must run 1, 2, 3")


# --- deadlines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        (
            VIEW_UNIT,
            VIEW_UNIT.replace("weeks", "fortnights"),
            "unit must be one of",
        ),
        ('from = "received"', 'from = "yesterday"', "from must be one of"),
        (
            'from = "received"\namount = 6\nunit = "weeks"\nkind = "limit"',
            'from = "received"\namount = 6\nunit = "weeks"\nkind = "soon"',
            "kind must be one of",
        ),
        ("amount = 6", "amount = -6", "amount must not be negative"),
        ("amount = 6", 'amount = "6"', "amount must be a whole number"),
        ("amount = 6", "amount = true", "amount must be a whole number"),
    ],
)
def test_bad_deadline_fields_are_rejected(old: str, new: str, fragment: str):
    rejected(mutate(old, new), fragment)


def test_deadline_chain_to_unknown_deadline_is_rejected():
    text = mutate('from = "deadline.appeal"', 'from = "deadline.nope"')
    rejected(text, "unknown deadline 'nope'")


def test_deadline_chain_cycle_is_rejected():
    text = mutate('from = "received"', 'from = "deadline.appeal_decision"')
    rejected(text, "cycle", "appeal -> appeal_decision -> appeal")


def test_deadline_counting_from_itself_is_rejected():
    rejected(mutate('from = "deadline.appeal"', 'from = "deadline.appeal_decision"'), "cycle")


def test_max_duration_in_months_is_rejected():
    text = mutate(
        'from = "received"\namount = 6\nunit = "weeks"\nkind = "limit"',
        'from = "received"\namount = 6\nunit = "months"\nkind = "max_duration"',
    )
    rejected(text, "max_duration must be days, school_days or weeks")


def test_two_step_without_view_period_is_rejected():
    rejected(mutate('id = "view_period"', 'id = "reply_period"'), "needs a 'view_period'")


def test_view_period_not_from_the_intention_is_rejected():
    rejected(
        mutate('from = "intention_received"', 'from = "decision_date"'), "needs a 'view_period'"
    )
    # Counting from sending would cut the period short by however long the post takes.
    rejected(
        mutate('from = "intention_received"', 'from = "intention_sent"'), "needs a 'view_period'"
    )


def test_view_period_on_a_one_step_measure_is_rejected():
    rejected(mutate("two_step = true", "two_step = false"), "is not two-step")


# --- verify flags, conditions, types ---------------------------------------------------------


def test_verify_without_note_is_rejected():
    rejected(
        mutate('basis = "view basis"', 'basis = "view basis"\nverify = true'),
        "verify_note is required",
    )


def test_verify_note_without_verify_is_rejected():
    rejected(
        mutate('basis = "view basis"', 'basis = "view basis"\nverify_note = "check"'),
        "only allowed with verify = true",
    )


@pytest.mark.parametrize(
    "condition",
    ["possible_crime", "suspension_days", "possible_criminal_offence > 1", "suspension_days >> 1"],
)
def test_bad_conditions_are_rejected(condition: str):
    rejected(
        mutate('when = "possible_criminal_offence"', f'when = "{condition}"'),
        "not a valid condition",
    )


def test_hard_stop_without_condition_is_rejected():
    rejected(mutate('when = "possible_criminal_offence"\n', ""), "when is missing")


def test_optional_hard_stop_item_is_rejected():
    text = mutate(
        'legal_basis = "item basis"\nrequired = true',
        'legal_basis = "item basis"\nrequired = false',
    )
    rejected(text, "hard-stop items are always required")


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("rank = 1", 'rank = "1"', "rank must be a whole number"),
        ("disciplinary = false", 'disciplinary = "no"', "disciplinary must be true or false"),
        ('decided_by = ["director"]', 'decided_by = "director"', "list of non-empty texts"),
        ("adopted = 2024-01-01", 'adopted = "last year"', "adopted must be a date"),
        ("format_version = 1", "format_version = 2", "format_version must be 1"),
        ("[sections.s1]", "[sectionz.s1]", "sections is missing"),
    ],
)
def test_wrong_types_are_rejected(old: str, new: str, fragment: str):
    rejected(mutate(old, new), fragment)


def test_invalid_toml_is_a_protocol_error():
    rejected(MINIMAL + "\n[[[broken", "not valid TOML")


# --- files and directories -------------------------------------------------------------------


def test_missing_file_is_a_protocol_error(tmp_path: Path):
    with pytest.raises(ProtocolError, match="Cannot read"):
        load_protocol(tmp_path / "nope.toml")


def test_load_all_sorts_and_rejects_duplicate_versions(tmp_path: Path):
    (tmp_path / "a.toml").write_text(MINIMAL, "utf-8")
    newer = MINIMAL.replace("adopted = 2024-01-01", "adopted = 2025-08-01").replace(
        'version = "1"', 'version = "2"'
    )
    (tmp_path / "b.toml").write_text(newer, "utf-8")
    (tmp_path / "notes.txt").write_text("not a protocol", "utf-8")
    assert [p.version for p in load_all(tmp_path)] == ["1", "2"]
    assert default_protocol(tmp_path).version == "2"
    assert find_protocol("test", "1", tmp_path).adopted == "2024-01-01"
    with pytest.raises(ProtocolError, match="not available"):
        find_protocol("test", "3", tmp_path)
    (tmp_path / "c.toml").write_text(MINIMAL, "utf-8")
    with pytest.raises(ProtocolError, match="Duplicate protocol"):
        load_all(tmp_path)


def test_empty_directory_has_no_default(tmp_path: Path):
    with pytest.raises(ProtocolError, match="No protocol file"):
        default_protocol(tmp_path)


def test_resources_are_found_in_a_checkout():
    assert (resources_dir() / "skot-social-media-2022.toml").is_file()
    assert resources_dir().parts[-2:] == ("resources", "protocol")


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch):
    shutil.copytree(resources_dir(), tmp_path / "resources" / "protocol")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources" / "protocol"
    assert default_protocol().label == "skot-social-media@2022.1"


# --- derived facts and signals ----------------------------------------------------------

DERIVED = """
[[derived_facts]]
fact = "possible_minor_sexual_images"
categories = ["sexting"]
party = "pupil"
basis = "basis"
"""


def test_a_derived_fact_loads_and_holds_only_when_all_its_conditions_do():
    from skot_dossier.protocol.engine import derived_facts
    from skot_dossier.protocol.model import IncidentSituation

    protocol = loads_protocol(MINIMAL + DERIVED)
    (rule,) = protocol.derived_facts
    assert rule.fact == "possible_minor_sexual_images" and rule.party == "pupil"

    def situation(category, kinds):
        return IncidentSituation(category, frozenset(), "staff", True, frozenset(), kinds)

    assert derived_facts(protocol, situation("sexting", frozenset({"pupil"})))
    assert not derived_facts(protocol, situation("sexting", frozenset({"staff"})))
    assert not derived_facts(protocol, situation("insult", frozenset({"pupil"})))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (('fact = "possible_minor_sexual_images"', 'fact = "suspension_days"'), "yes/no case fact"),
        (('fact = "possible_minor_sexual_images"', 'fact = "made_up"'), "yes/no case fact"),
        (('categories = ["sexting"]', 'categories = ["gossip"]'), "unknown incident categories"),
        (('categories = ["sexting"]', 'incident_facts = ["rumour"]'), "must be of"),
        (('categories = ["sexting"]\n', ""), "needs categories or incident_facts"),
        (('party = "pupil"', 'party = "parent"'), "must be one of"),
        (('basis = "basis"', 'basis = "basis"\nextra = 1'), "extra"),
    ],
)
def test_a_broken_derived_fact_is_rejected(change, fragment):
    rejected(MINIMAL + DERIVED.replace(*change), fragment)


SIGNAL = """
[[signals]]
id = "signal"
about = "staff"
recorded_by = ["director"]
source_section = "SECTION"
label_nl = "Signaal"
label_en = "Signal"
basis = "basis"
amount = 5
unit = "school_days"
"""


def _signal(text: str) -> str:
    section = next(line for line in MINIMAL.splitlines() if line.startswith("[sections."))
    return MINIMAL + text.replace("SECTION", section.removeprefix("[sections.").rstrip("]"))


def test_a_signal_loads_as_a_deadline_from_its_recording():
    (signal,) = loads_protocol(_signal(SIGNAL)).signals
    assert signal.rule.anchor == "signal_recorded" and signal.rule.amount == 5
    assert signal.recorded_by == ("director",)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (('about = "staff"', 'about = "parents"'), "must be one of"),
        (('recorded_by = ["director"]', 'recorded_by = ["janitor"]'), "unknown role"),
        (('unit = "school_days"', 'unit = "fortnights"'), "must be one of"),
    ],
)
def test_a_broken_signal_is_rejected(change, fragment):
    rejected(_signal(SIGNAL.replace(*change)), fragment)
