"""Dutch is complete and the default; placeholders survive translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from tests.helpers import PASSPHRASE
from ui import i18n
from ui.resources import i18n_dir
from ui.unlock_dialog import UnlockPanel

PLACEHOLDER = re.compile(r"%(?:\d|n)")
LANGUAGES = ("nl", "en")


def _messages(language: str):
    root = ET.parse(i18n_dir() / f"skot_dossier_{language}.ts").getroot()  # noqa: S314 (our file)
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield context.findtext("name"), message, translation, forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language):
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m, t, forms in _messages(language)
        if t.get("type") == "unfinished" or not all(f.strip() for f in forms)
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_source(language):
    wrong = []
    for ctx, message, _translation, forms in _messages(language):
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source"))))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong.append((ctx, message.findtext("source"), form))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_load(language):
    assert QTranslator().load(str(i18n_dir() / f"skot_dossier_{language}.qm"))


def test_dutch_is_the_default(qapp, qtbot, created, vault_dir):
    created[0].close()
    assert i18n.install(qapp) == "nl"
    panel = UnlockPanel(vault_dir)
    qtbot.addWidget(panel)
    assert panel.ok_button.text() == "&Ontgrendelen"
    assert panel.use_recovery.text() == "Gebruik in plaats daarvan de herstelsleutel"
    panel.secret.setText(PASSPHRASE + "x")
    panel.submit()
    assert "niet juist" in panel.message.text()


def test_english_is_a_setting(qapp, qtbot, created, vault_dir):
    created[0].close()
    try:
        assert i18n.install(qapp, "en") == "en"
        panel = UnlockPanel(vault_dir)
        qtbot.addWidget(panel)
        assert panel.ok_button.text() == "&Unlock"
    finally:
        i18n.install(qapp, "nl")
