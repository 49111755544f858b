"""A new incident from the toolbar, by keyboard alone, with the real thread pool."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from skot_dossier.domain import clock
from skot_dossier.services import incidents
from tests.ui import keyboard
from ui import workers
from ui.intake.wizard import IntakeWizard

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton


def _incident_count(page, name: str) -> int:
    """The list's count for ``name``; -1 while the list is (re)loading."""
    return next((s.incident_count for s in page.model.summaries() if s.name == name), -1)


def test_new_incident_from_the_toolbar_by_keyboard(qtbot, ui_vault):
    workers.set_pool(None)
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    list_page = window.workspace.list_page
    qtbot.waitUntil(lambda: list_page.model.rowCount() == 2, timeout=5000)
    before = _incident_count(list_page, "Łukasz Wójcik")
    keyboard.press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = keyboard.modal(qtbot)
    assert isinstance(wizard, IntakeWizard)

    day = clock.today() - timedelta(days=3)
    typed = f"{day:%d-%m-%Y} 19:00"
    keyboard.type_text(wizard, "Dreigbericht aan meester Łukasz")
    keyboard.tab_to(wizard, wizard.what.occurred)
    keyboard.type_text(wizard, typed)
    keyboard.tab_to(wizard, wizard.what.description)
    keyboard.type_text(wizard, "Bericht via Snapchat: ik weet waar je woont.")
    keyboard.tab_to(wizard, wizard.what.title_edit)
    keyboard.press(wizard, Qt.Key.Key_Return)  # a line field: on to the next page
    assert wizard.currentPage() is wizard.online
    keyboard.alt(wizard, wizard.buttonText(NEXT))
    assert wizard.currentPage() is wizard.persons

    keyboard.tab_to(wizard, wizard.persons.query)
    keyboard.type_text(wizard, "Wójcik")
    keyboard.press(wizard, Qt.Key.Key_Return)  # searches: stays on this page
    assert wizard.currentPage() is wizard.persons
    qtbot.waitUntil(lambda: wizard.persons.found.count() == 1, timeout=5000)
    keyboard.tab_to(wizard, wizard.persons.found)
    keyboard.press(wizard, Qt.Key.Key_Return)  # adds the hit (part: the one it is about)
    assert wizard.currentPage() is wizard.persons
    assert [n for n, _ in wizard.persons.party_names()] == ["Łukasz Wójcik"]

    keyboard.tab_to(wizard, wizard.persons.query)
    keyboard.select_all_and_type(wizard, "Zzyzx")
    keyboard.press(wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Niemand gevonden" in wizard.persons.status.text(), timeout=5000)

    keyboard.alt(wizard, wizard.buttonText(NEXT))
    assert wizard.currentPage() is wizard.evidence
    keyboard.alt(wizard, wizard.buttonText(NEXT))
    assert wizard.currentPage() is wizard.summary
    assert typed in wizard.summary.browser.toPlainText()
    keyboard.alt(wizard, wizard.summary.buttonText(COMMIT))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=5000)
    incident = wizard.incident
    keyboard.press(wizard, Qt.Key.Key_Return)  # Close
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)

    stored = incidents.get_incident(window.session, incident.id)
    assert clock.local(stored.occurred_at) == datetime(
        day.year, day.month, day.day, 19, 0, tzinfo=clock.LOCAL
    )
    # The list behind the wizard counts the new incident without being asked.
    qtbot.waitUntil(lambda: _incident_count(list_page, "Łukasz Wójcik") == before + 1, timeout=5000)
    window.close()
