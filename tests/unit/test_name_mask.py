"""Names in free text are found however they are written, and masked for a reader who may
not see the person; ordinary words and the names of people the reader may see stay."""

from __future__ import annotations

import pytest

from skot_dossier.domain.spelling import name_key
from skot_dossier.privacy.names import Named, NameIndex, mask, mentions

LABELS = {"pupil": "[leerling]", "staff": "[medewerker]", "guardian": "[ouder]"}
HIDDEN = NameIndex(
    [
        Named.of("p1", "pupil", "Sem", "Bakker"),
        Named.of("p2", "pupil", "Noor", "de Bruijn"),
        Named.of("p3", "pupil", "Nguyễn", "Thị Lan"),
        Named.of("p4", "pupil", "Şeyma", "Yılmaz"),
        Named.of("p5", "pupil", "Lotte", "van der Groot"),
        Named.of("s1", "staff", "Łukasz", "Wójcik"),
        Named.of_full_name("g1", "guardian", "Ayşe Yılmaz"),
    ]
)


def masked(text: str, protected=()) -> str:
    return mask(text, HIDDEN, LABELS, protected)


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Sem Bakker filmde het.", "[leerling] filmde het."),
        ("SEYMA en seyma en Şeyma", "[leerling] en [leerling] en [leerling]"),  # case, accents
        ("Lukasz Wojcik keek toe", "[medewerker] keek toe"),  # typed without Ł, ó
        ("Nguyen Thi Lan stuurde het", "[leerling] stuurde het"),
        ("Noor de Bruijn en De Bruijn", "[leerling] en [leerling]"),  # particle goes along
        ("Lotte van der Groot", "[leerling]"),
        ("Sems moeder en Sem's vader", "[leerling] moeder en [leerling]'s vader"),  # genitive
        ("Moeder Ayşe belde", "Moeder [ouder] belde"),
        ("Familie Yılmaz", "Familie [naam]"),  # a pupil's and her mother's name alike
        ("sem zei sorry", "[leerling] zei sorry"),  # a given name in small letters
        ("een groot probleem bij de bakker", "een groot probleem bij de bakker"),  # words
        ("Sem-Bakker", "[leerling]"),
        ("", ""),
    ],
)
def test_hidden_names_are_masked_however_they_are_written(written, shown):
    assert masked(written) == shown


def test_a_visible_party_keeps_a_name_a_hidden_pupil_shares_unless_his_full_name_is_used():
    visible_sem = {name_key("Sem"), name_key("Jansen")}  # Sem Jansen is a party the reader sees
    assert masked("Sem kreeg het bericht", visible_sem) == "Sem kreeg het bericht"
    assert masked("Sem Bakker stuurde het aan Sem", visible_sem) == "[leerling] stuurde het aan Sem"


def test_mentions_name_every_person_a_word_could_be():
    found = mentions("Yılmaz belde over Noor", HIDDEN)
    assert [m.text for m in found] == ["Yılmaz", "Noor"]
    assert {p.person_id for p in found[0].persons} == {"p4", "g1"}
    assert not found[0].full_name
    assert mentions("Noor de Bruijn", HIDDEN)[0].full_name


def test_an_index_without_names_changes_nothing():
    assert mask("Sem Bakker", NameIndex([]), LABELS) == "Sem Bakker"
    assert Named.of("x", "pupil", "J.", "de Vries").given == ()  # an initial names nobody
