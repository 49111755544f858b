"""Composing letter text: fields, flags, salutations and clear errors."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from skot_dossier.documents import (
    LetterError,
    LetterRequest,
    LetterTemplateError,
    Recipient,
    compose,
    dutch_date,
    letter_ids,
)
from skot_dossier.documents import templates as templates_module
from skot_dossier.documents.samples import PARENTS, SAMPLE_FIELDS, sample_request
from skot_dossier.documents.templates import load_clauses, load_template
from skot_dossier.errors import SkotError


def request_without(letter_id: str, *names: str) -> LetterRequest:
    request = sample_request(letter_id)
    fields = {k: v for k, v in request.fields.items() if k not in names}
    return dataclasses.replace(request, fields=fields)


def with_fields(request: LetterRequest, **fields: object) -> LetterRequest:
    return dataclasses.replace(request, fields={**request.fields, **fields})


@pytest.mark.parametrize("letter_id", letter_ids())
def test_every_sample_composes(letter_id):
    letter = compose(sample_request(letter_id))
    assert letter.title and letter.subject and letter.paragraphs
    assert letter.closing == "Met vriendelijke groet,"
    assert all("{" not in p and "}" not in p for p in letter.paragraphs)


def test_missing_fields_raise_a_letter_error_naming_all_of_them():
    request = request_without("staff_decision_reprimand", "grounds", "view_given")
    with pytest.raises(LetterError) as caught:
        compose(request)
    error = caught.value
    assert isinstance(error, SkotError)
    assert error.exit_status == 17
    assert error.missing == ("grounds", "view_given")
    assert "grounds" in str(error) and "view_given" in str(error)


def test_blank_text_counts_as_missing():
    request = with_fields(sample_request("staff_warning"), facts="   \n ")
    with pytest.raises(LetterError) as caught:
        compose(request)
    assert caught.value.missing == ("facts",)


def test_fields_behind_a_flag_are_required_only_when_the_flag_is_on():
    request = request_without(
        "staff_decision_reprimand", "view_date", "view_summary", "view_weighing"
    )
    with pytest.raises(LetterError) as caught:
        compose(with_fields(request, view_given="ja"))
    assert caught.value.missing == ("view_date", "view_summary", "view_weighing")
    letter = compose(with_fields(request, view_given="nee"))
    assert any("geen gebruik gemaakt" in p for p in letter.paragraphs)


@pytest.mark.parametrize("value", ["misschien", "2"])
def test_a_flag_must_be_yes_or_no(value):
    with pytest.raises(LetterError, match="view_given"):
        compose(with_fields(sample_request("staff_decision_reprimand"), view_given=value))


def test_flags_accept_bools_and_dutch_words():
    base = sample_request("pupil_suspension")
    on = compose(with_fields(base, inspectie_informed=True))
    off = compose(with_fields(base, inspectie_informed="Nee"))
    sentence = "stelt het bevoegd gezag de Inspectie van het Onderwijs"
    assert any(sentence in p for p in on.paragraphs)
    assert not any(sentence in p for p in off.paragraphs)


def test_leerplicht_sentence_is_off_unless_asked_for():
    request = request_without("pupil_suspension", "leerplicht_informed")
    letter = compose(request)
    assert not any("leerplichtambtenaar" in p for p in letter.paragraphs)


def test_suspension_intention_states_the_kind_of_suspension():
    base = sample_request("staff_intention_suspension")
    order = " ".join(compose(base).paragraphs)
    assert "ordemaatregel" in order and "volledig doorbetaald" in order
    with pytest.raises(LetterError) as caught:
        compose(with_fields(base, order_measure="nee"))
    assert caught.value.missing == ("salary_consequence",)
    penalty = compose(
        with_fields(base, order_measure="nee", salary_consequence="geen salaris over de periode.")
    )
    assert "disciplinaire maatregel" in " ".join(penalty.paragraphs)


def test_text_fields_must_be_text():
    with pytest.raises(LetterError, match="facts"):
        compose(with_fields(sample_request("staff_warning"), facts=42))


def test_unknown_letter_type_and_path_tricks_are_refused():
    for letter_id in ("no_such_letter", "../protocol/skot-social-media-2022", "_clauses"):
        with pytest.raises(LetterError):
            compose(dataclasses.replace(sample_request("staff_warning"), letter_id=letter_id))


def test_builtin_fields_come_from_the_request_not_the_caller():
    request = with_fields(sample_request("pupil_intention_removal"), school_name="Iets anders")
    text = " ".join(compose(request).paragraphs)
    assert "Basisschool De Fictieve Linde" in text and "Iets anders" not in text


def test_request_enclosures_follow_the_template_enclosures():
    request = dataclasses.replace(
        sample_request("staff_intention_reprimand"), enclosures=("Schermafbeelding bericht",)
    )
    assert compose(request).enclosures == (
        "Verslag van het gesprek van 10 november 2026",
        "Schermafbeelding bericht",
    )


@pytest.mark.parametrize(
    ("recipient", "letter_id", "expected"),
    [
        (Recipient("Łukasz Wójcik", "heer", (), "Wójcik"), "staff_warning", "Geachte heer Wójcik,"),
        (
            Recipient("Şeyma Yılmaz", "mevrouw", (), "Yılmaz"),
            "staff_warning",
            "Geachte mevrouw Yılmaz,",
        ),
        (
            Recipient("Anouk van den Berg", "mevrouw", (), "van den Berg"),
            "staff_warning",
            "Geachte mevrouw Van den Berg,",
        ),
        (Recipient("Sam Yılmaz", "neutral", (), "Yılmaz"), "staff_warning", "Geachte Sam Yılmaz,"),
        (PARENTS, "parents_warning", "Geachte ouder(s)/verzorger(s) van Şeyma Yılmaz,"),
        (
            Recipient("Mevrouw Nguyễn Thị Lan", "mevrouw", (), "Nguyễn"),
            "parents_warning",
            "Geachte mevrouw Nguyễn,",
        ),
        (
            Recipient("Inspectie van het Onderwijs", "neutral", ()),
            "inspectie_suspension_notice",
            "Geachte heer/mevrouw,",
        ),
    ],
)
def test_salutations(recipient, letter_id, expected):
    request = dataclasses.replace(sample_request(letter_id), recipient=recipient)
    assert compose(request).salutation == expected


def test_an_unknown_salutation_is_refused():
    with pytest.raises(LetterError):
        Recipient("X", "dokter", (), "X")  # type: ignore[arg-type]


def test_dutch_dates_are_written_out():
    from datetime import date

    assert dutch_date(date(2026, 11, 25)) == "25 november 2026"
    assert dutch_date(date(2027, 3, 1), weekday=True) == "maandag 1 maart 2027"


def test_edited_paragraphs_replace_the_body_only():
    letter = compose(sample_request("staff_warning"))
    edited = letter.with_paragraphs(["Eén nieuwe alinea."])
    assert edited.paragraphs == ("Eén nieuwe alinea.",)
    assert edited.clause == letter.clause and edited.subject == letter.subject


@pytest.mark.parametrize(
    "letter_id",
    [i for i in letter_ids() if load_template(i).follows],
)
def test_a_decision_letter_keeps_the_paragraph_with_the_intentions_grounds(letter_id):
    from skot_dossier.documents.model import LockedParagraph

    letter = compose(sample_request(letter_id))
    grounds = SAMPLE_FIELDS[letter_id]["grounds"]
    (locked,) = letter.locked
    assert grounds in locked and locked in letter.paragraphs
    with pytest.raises(LockedParagraph):
        letter.with_paragraphs([p.replace(grounds, "Andere gronden") for p in letter.paragraphs])
    with pytest.raises(LockedParagraph):
        letter.with_paragraphs([p for p in letter.paragraphs if p != locked])
    assert letter.with_paragraphs([*letter.paragraphs, "Extra."]).paragraphs[-1] == "Extra."


def test_request_fields_cannot_be_changed_afterwards():
    fields = dict(SAMPLE_FIELDS["staff_warning"])
    request = dataclasses.replace(sample_request("staff_warning"), fields=fields)
    fields["facts"] = "later gewijzigd"
    assert request.fields["facts"] != "later gewijzigd"
    with pytest.raises(TypeError):
        request.fields["facts"] = "x"  # type: ignore[index]


@pytest.fixture
def scratch_letters(tmp_path, monkeypatch):
    """A private copy of resources/letters to break on purpose."""
    source = templates_module.resource_path("letters")
    shutil.copytree(source, tmp_path / "letters")
    monkeypatch.setattr(templates_module, "resource_path", lambda *p: tmp_path.joinpath(*p))
    load_template.cache_clear()
    load_clauses.cache_clear()
    yield tmp_path / "letters"
    load_template.cache_clear()
    load_clauses.cache_clear()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"contact_person"]', '"contact_person"]\ncolour = "red"', "unknown keys"),
        ("{facts}", "{fact}", "not a declared field"),
        ('"expected_conduct", ', "", "not a declared field"),
        ('"contact_person"]', '"contact_person", "spare"]', "never used"),
        ("format_version = 1", "format_version = 2", "format_version"),
        ("{facts}", "{facts.__class__}", "plain name"),
    ],
)
def test_a_broken_template_fails_when_loaded(scratch_letters, old, new, message):
    path = scratch_letters / "staff_warning.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LetterTemplateError, match=message):
        load_template("staff_warning")
