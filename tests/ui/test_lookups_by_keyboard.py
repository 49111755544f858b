"""The two lookups, by keyboard and with the real thread pool: Enter searches, and a changed
search never lets Enter or OK act on the person chosen before."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from tests.ui import keyboard
from ui import workers

CASE_REASON = "Getuige in de zaak over het filmpje van meester Łukasz"


def _actions(window) -> list[str]:
    return [e.action for e in window.session.vault.audit.entries()]


def test_pupil_lookup_enter_searches_and_never_records_for_the_previous_pupil(qtbot, ui_vault):
    workers.set_pool(None)
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    dialog = keyboard.show(qtbot, window.workspace.list_page.lookup_pupil())
    recorded = []
    dialog.recorded.connect(recorded.append)
    assert dialog.focusWidget() is dialog.query
    keyboard.type_text(dialog, "Yılm")
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.chosen().name == "Şeyma Yılmaz"
    keyboard.tab_to(dialog, dialog.reason)
    keyboard.type_text(dialog, CASE_REASON)
    assert dialog.ok_button.isEnabled()

    keyboard.tab_to(dialog, dialog.query)  # change the search and press Enter
    keyboard.select_all_and_type(dialog, "Bakker")
    assert dialog.chosen() is None and not dialog.ok_button.isEnabled()  # old hits gone
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Geen leerling gevonden" in dialog.found.text(), timeout=5000)
    assert dialog.isVisible() and recorded == []
    assert "need-to-know" not in _actions(window)

    # Enter on a hit chooses it and goes on to the reason; the reason then records it.
    keyboard.tab_to(dialog, dialog.query)
    keyboard.select_all_and_type(dialog, "L-1001")
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    keyboard.tab_to(dialog, dialog.table)
    keyboard.press(dialog, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.reason and dialog.isVisible()
    keyboard.tab_to(dialog, dialog.ok_button)
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(recorded), timeout=5000)
    assert [p.name for p in recorded] == ["Şeyma Yılmaz"]
    qtbot.waitUntil(lambda: window.workspace.dossier_page is not None, timeout=5000)
    assert window.workspace.dossier_page.dossier_id == ui_vault.pupil_dossier
    window.close()


def test_who_looked_enter_searches_and_a_late_result_finds_no_deleted_table(qtbot, ui_vault):
    workers.set_pool(None)
    window = keyboard.main_window(qtbot, ui_vault, "privacy")
    page = window.workspace.page("audit")
    dialog = keyboard.show(qtbot, page.look_up_person())
    chosen = []
    dialog.chosen.connect(chosen.append)
    keyboard.type_text(dialog, "Yılm")
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    keyboard.select_all_and_type(dialog, "Wójcik")
    keyboard.press(dialog, Qt.Key.Key_Return)  # searches; does not open Şeyma
    assert chosen == [] and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.choice().name == "Łukasz Wójcik"
    keyboard.tab_to(dialog, dialog.table)
    keyboard.press(dialog, Qt.Key.Key_Return)  # Enter on the hit opens it, once
    assert [p.name for p in chosen] == ["Łukasz Wójcik"]
    assert "Łukasz Wójcik" in page.person_label.text()

    # A lookup still running when the dialog closes: its answer finds nobody, no traceback.
    again = keyboard.show(qtbot, page.look_up_person())
    keyboard.type_text(again, "Yılm")
    keyboard.press(again, Qt.Key.Key_Return)
    keyboard.press(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(again), timeout=5000)
    qtbot.waitUntil(lambda: not workers.running_tasks(), timeout=5000)
    window.close()


def test_enter_on_the_hits_chooses_the_row_under_the_cursor(qtbot, ui_vault):
    from datetime import date

    from skot_dossier.domain.drafts import PersonDraft
    from skot_dossier.services import people

    director = ui_vault.unlock("directeur")
    people.create_person(
        director,
        PersonDraft(
            kind="pupil",
            given_name="Emre",
            family_name="Yılmazer",
            number="L-1002",
            school_ids=(ui_vault.school_a,),
            birth_date=date(2016, 1, 9),
            group="5",
        ),
    )
    director.close()
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    dialog = keyboard.show(qtbot, window.workspace.list_page.lookup_pupil())
    keyboard.type_text(dialog, "Yılm")
    keyboard.press(dialog, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 2 and dialog.chosen() is None  # two: none chosen
    keyboard.tab_to(dialog, dialog.table)
    keyboard.press(dialog, Qt.Key.Key_Return)
    assert dialog.chosen() is not None and dialog.focusWidget() is dialog.reason
    window.close()
