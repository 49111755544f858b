"""Each dialog and wizard driven by real key presses sent to the widget that has the focus.

Enter does what the focused field promises and nothing else; Escape closes a dialog
without typed work at once and asks first when something typed would be lost.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from skot_dossier.services import access, privacy
from tests.ui import keyboard
from ui import workers


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _hold_dialog(qtbot, ui_vault, window):
    page = window.workspace.open_dossier(ui_vault.staff_dossier)
    return keyboard.show(qtbot, page.legal_hold())


def test_legal_hold_enter_places_a_new_hold_and_never_lifts_one(qtbot, ui_vault):
    hr = ui_vault.unlock("hr")
    privacy.place_legal_hold(hr, ui_vault.staff_dossier, "objection", "Bezwaar van 4 maart")
    hr.close()
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    dialog = _hold_dialog(qtbot, ui_vault, window)
    dialog.table.selectRow(0)  # the existing, active hold is selected
    keyboard.tab_to(dialog, dialog.note)
    keyboard.type_text(dialog, "Beroep ingesteld bij de rechtbank")
    keyboard.press(dialog, Qt.Key.Key_Return)
    holds = privacy.legal_holds(window.session, ui_vault.staff_dossier)
    assert len(holds) == 2 and not any(h.lifted_at for h in holds)
    assert dialog.isVisible() and dialog.note.text() == ""

    # Lifting asks first; Enter on the question keeps the hold.
    dialog.table.selectRow(0)
    keyboard.tab_to(dialog, dialog.lift_button)
    keyboard.press(dialog, Qt.Key.Key_Return)  # Enter never lifts
    assert keyboard.modal_or_none() is dialog  # no question: nothing happened
    keyboard.press(dialog, Qt.Key.Key_Space)
    box = keyboard.modal(qtbot, "confirmLift")
    keyboard.press(box, Qt.Key.Key_Return)  # the default is Cancel
    assert not any(h.lifted_at for h in privacy.legal_holds(window.session, ui_vault.staff_dossier))
    keyboard.press(dialog, Qt.Key.Key_Space)
    box = keyboard.modal(qtbot, "confirmLift")
    keyboard.tab_to(box, box.findChild(type(dialog.lift_button), "confirmLiftYes"))
    keyboard.press(box, Qt.Key.Key_Space)
    holds = privacy.legal_holds(window.session, ui_vault.staff_dossier)
    assert sum(1 for h in holds if h.lifted_at) == 1

    # Escape with a typed note asks; keeping it keeps the dialog.
    keyboard.tab_to(dialog, dialog.note)
    keyboard.type_text(dialog, "Inzageverzoek")
    keyboard.press(dialog, Qt.Key.Key_Escape)
    question = keyboard.modal(qtbot, "discardQuestion")
    keyboard.press(question, Qt.Key.Key_Escape)  # Escape on the question: keep editing
    assert dialog.isVisible() and dialog.note.text() == "Inzageverzoek"
    keyboard.press(dialog, Qt.Key.Key_Escape)
    question = keyboard.modal(qtbot, "discardQuestion")
    keyboard.discard(question)
    qtbot.waitUntil(lambda: _gone(dialog))
    window.close()


def test_logboek_check_number_enter_checks_and_a_new_number_drops_the_old_verdict(qtbot, ui_vault):
    workers.set_pool(None)
    window = keyboard.main_window(qtbot, ui_vault, "privacy")
    panel = window.workspace.page("audit").verify_panel
    head = access.vault_status(window.session).audit_head
    keyboard.tab_to(window, panel.filed)
    keyboard.type_text(window, head)
    keyboard.press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.frame.isVisibleTo(panel), timeout=5000)
    assert panel.is_ok() and "intact" in panel.result.text()
    keyboard.type_text(window, "7")  # now a different number: the verdict was not about it
    assert not panel.frame.isVisibleTo(panel) and panel.is_ok() is None
    keyboard.press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.frame.isVisibleTo(panel), timeout=5000)
    assert "intact:" not in panel.result.text()  # this number is not on the chain
    window.close()
