"""The letter templates as data: complete, consistent with the protocol, legally shaped."""

from __future__ import annotations

import re

import pytest

from skot_dossier.documents import LetterTemplateError, compose, letter_ids, letter_template
from skot_dossier.documents.samples import sample_request
from skot_dossier.documents.templates import placeholders
from skot_dossier.protocol import default_protocol

PROTOCOL = default_protocol()
IDS = letter_ids()

EXPECTED = {
    "invitation_staff",
    "invitation_parents",
    "staff_warning",
    "parents_warning",
    "staff_intention_reprimand",
    "staff_decision_reprimand",
    "staff_intention_suspension",
    "staff_decision_suspension_order",
    "staff_decision_suspension_penalty",
    "staff_summary_dismissal",
    "pupil_suspension",
    "pupil_intention_removal",
    "pupil_decision_removal",
    "victim_parents_police_report",
    "inspectie_suspension_notice",
}
STAFF_DECISIONS = [
    "staff_decision_reprimand",
    "staff_decision_suspension_order",
    "staff_decision_suspension_penalty",
]


def full_text(letter_id: str, **changes: object) -> str:
    letter = compose(sample_request(letter_id, **changes))
    parts = [letter.subject, *letter.paragraphs, letter.clause_heading, *letter.clause]
    return re.sub(r"\s+", " ", " ".join(parts))


def test_every_letter_the_protocol_declares_has_a_template_and_no_more():
    assert set(IDS) == EXPECTED == {letter.id for letter in PROTOCOL.letters}


@pytest.mark.parametrize("letter_id", IDS)
def test_template_matches_the_protocol_declaration(letter_id):
    declared = PROTOCOL.letter(letter_id)
    template = letter_template(letter_id)
    assert template.title == declared.name_nl
    assert template.audience == declared.recipient
    assert template.registered_post == declared.registered_post


def test_intentions_go_by_registered_post_and_nothing_else_is_marked():
    registered = {i for i in IDS if letter_template(i).registered_post}
    assert registered == {"staff_intention_reprimand", "staff_intention_suspension"}


@pytest.mark.parametrize("letter_id", [i for i in IDS if letter_template(i).follows])
def test_decision_letters_share_the_grounds_of_their_intention(letter_id):
    decision = letter_template(letter_id)
    intention = letter_template(decision.follows)
    assert "grounds" in decision.required and "grounds" in intention.required
    grounds = "De vaste gronden, woord voor woord."
    text = full_text(letter_id, grounds=grounds)
    assert f"dezelfde gronden als het voornemen, te weten: {grounds}" in text


def test_the_decisions_that_follow_an_intention_are_the_expected_ones():
    follows = {i: letter_template(i).follows for i in IDS if letter_template(i).follows}
    assert follows == {
        "staff_decision_reprimand": "staff_intention_reprimand",
        "staff_decision_suspension_order": "staff_intention_suspension",
        "staff_decision_suspension_penalty": "staff_intention_suspension",
        "pupil_decision_removal": "pupil_intention_removal",
    }


@pytest.mark.parametrize("letter_id", STAFF_DECISIONS)
def test_staff_decisions_carry_the_appeal_clause_marked_to_verify(letter_id):
    template = letter_template(letter_id)
    assert template.clause is not None and template.clause.id == "appeal_commissie_van_beroep"
    assert template.clause.verify
    assert any("Te verifiëren" in note for note in template.to_verify)
    text = full_text(letter_id)
    assert "Commissie van beroep funderend onderwijs" in text
    assert "binnen zes weken" in text


@pytest.mark.parametrize("letter_id", ["pupil_intention_removal", "pupil_decision_removal"])
def test_removal_letters_name_objection_oral_explanation_dispute_commission_and_file(letter_id):
    text = full_text(letter_id)
    for phrase in (
        "binnen zes weken",
        "bezwaar",
        "mondeling",
        "Geschillencommissie passend onderwijs",
        "in te zien",
        "leerplichtambtenaar",
        "Inspectie van het Onderwijs",
        "groepsleerkracht",
        "reistijd",
    ):
        assert phrase in text, phrase


def test_summary_dismissal_states_the_two_month_court_period():
    text = full_text("staff_summary_dismissal")
    assert "binnen twee maanden" in text and "7:686a" in text and "kantonrechter" in text
    assert "dringende reden" in text


def test_staff_warning_has_no_disciplinary_wording():
    text = full_text("staff_warning").lower()
    template = letter_template("staff_warning")
    assert template.clause is None  # no appeal: a warning is not a decision on a measure
    for word in ("straf", "sanctie", "berisping", "schorsing", "ontslag", "plichtsverzuim"):
        assert word not in text, word
    # The only mention of a disciplinary measure is the notice about repetition.
    assert text.count("disciplina") == 1
    assert "herhaling kan leiden tot een disciplinaire maatregel" in text


@pytest.mark.parametrize("letter_id", IDS)
def test_every_placeholder_is_a_plain_name(letter_id):
    template = letter_template(letter_id)
    texts = [template.subject, *template.enclosures, *(b.text for b in template.body)]
    for text in texts:
        for name in placeholders(text):
            assert re.fullmatch(r"[a-z_]+", name), name


@pytest.mark.parametrize(
    "text",
    ["{0}", "{name.attr}", "{name[0]}", "{name!r}", "{name:>10}", "{unbalanced"],
)
def test_placeholders_refuse_anything_but_plain_names(text):
    with pytest.raises(LetterTemplateError):
        placeholders(text)
