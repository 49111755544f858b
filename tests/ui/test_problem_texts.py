"""Every problem the core can report has a Dutch and an English sentence in the UI's one
table, with the placeholders its parameters need; parameters that are codes are said in
the reader's language too."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from skot_dossier.problems import (
    CATALOGUE,
    CODE_VALUES,
    DATE,
    DETAIL,
    MEDIA_TYPE,
    SIZE,
    TERM,
    TEXT,
    Problem,
    Term,
)
from ui import i18n, messages
from ui.resources import i18n_dir

PLACEHOLDER = re.compile(r"%(?:\d|n)")
SCREEN_CODES = sorted(code for code, spec in CATALOGUE.items() if not spec.cli)
DETAIL_SAMPLE = "technical detail for the log"


def _translations(language: str) -> dict[str, list[str]]:
    root = ET.parse(i18n_dir() / f"skot_dossier_{language}.ts").getroot()  # noqa: S314 (our file)
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != messages.CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found[message.findtext("source")] = forms
    return found


TRANSLATIONS = {language: _translations(language) for language in ("nl", "en")}


def _source(code: str) -> str:
    if code in messages.PLURALS:
        return "Too many wrong attempts. You can try again in %n second(s)."
    return messages.TEXTS[code]


def _wanted(code: str) -> set[str]:
    if code in messages.PLURALS:
        return {"%n"}
    shown = [kind for kind in CATALOGUE[code].kinds.values() if kind != DETAIL]
    return {f"%{i}" for i in range(1, len(shown) + 1)}


def test_the_table_has_every_code_a_screen_can_show_and_no_other():
    table = set(messages.TEXTS) | set(messages.PLURALS)
    assert sorted(set(SCREEN_CODES) - table) == []
    assert sorted(table - set(CATALOGUE)) == []
    assert set(messages.RESTORE_TEXTS) <= set(CATALOGUE)


@pytest.mark.parametrize("code", SCREEN_CODES)
def test_each_code_has_dutch_and_english_with_its_placeholders(code):
    source = _source(code)
    assert set(PLACEHOLDER.findall(source)) == _wanted(code), source
    for language, found in TRANSLATIONS.items():
        assert source in found, (language, source)
        for form in found[source]:
            assert form.strip(), (language, source)
            assert set(PLACEHOLDER.findall(form)) == _wanted(code), (language, form)


def test_restore_texts_keep_the_placeholders_of_their_code():
    for code, source in messages.RESTORE_TEXTS.items():
        assert set(PLACEHOLDER.findall(source)) == _wanted(code)
        for found in TRANSLATIONS.values():
            assert source in found


def test_every_code_parameter_can_be_named():
    for kind, values in CODE_VALUES.items():
        assert set(values) == set(messages.CODE_TEXTS[kind]), kind
        for source in messages.CODE_TEXTS[kind].values():
            for found in TRANSLATIONS.values():
                assert source in found
    renderable = {TEXT, DATE, SIZE, TERM, DETAIL, MEDIA_TYPE, *messages.CODE_TEXTS}
    used = {kind for spec in CATALOGUE.values() for kind in spec.kinds.values()}
    assert used <= renderable


SAMPLES = {
    TEXT: 7,
    DATE: date(2026, 3, 2),
    SIZE: 5 * 1024**2,
    TERM: Term("hear", "Ouders horen", "Hear the parents"),
    MEDIA_TYPE: "image/png",
    DETAIL: DETAIL_SAMPLE,
}


def _sample(code: str) -> Problem:
    kinds = CATALOGUE[code].kinds
    return Problem(
        code, {n: CODE_VALUES[k][0] if k in CODE_VALUES else SAMPLES[k] for n, k in kinds.items()}
    )


@pytest.mark.parametrize("code", SCREEN_CODES)
def test_each_problem_reads_as_dutch_with_its_values(code):
    sample = _sample(code)
    text = messages.problem_text(sample)
    english = sample.english()
    assert text and "%" not in text and "{" not in text
    assert text != english, "the Dutch screen shows the English of the command line"
    assert DETAIL_SAMPLE not in text
    kinds = set(CATALOGUE[code].kinds.values())
    if TERM in kinds:
        assert "Ouders horen" in text and "Hear the parents" not in text
    if DATE in kinds:
        assert "2-3-2026" in text or "02-03-2026" in text or "02-03-26" in text, text
    if CODE_VALUES.keys() & kinds:
        english_words = {"police report", "sign letters", "heavier", "school days"}
        assert not any(word in text for word in english_words), text


def test_the_same_problem_in_english_when_the_user_chose_english(qapp):
    sample = Problem("decision_hard_stop_open", {"items": SAMPLES[TERM]})
    try:
        i18n.install(qapp, "en")
        text = messages.problem_text(sample)
    finally:
        i18n.install(qapp, "nl")
    assert text == (
        "Steps the law requires in this case are still open and cannot be skipped: Hear the parents"
    )
