"""Each dialog and wizard driven by real key presses sent to the widget that has the focus.

Enter does what the focused field promises and nothing else; Escape closes a dialog
without typed work at once and asks first when something typed would be lost.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from skot_dossier.services import access, privacy
from tests.helpers import PASSPHRASE
from tests.ui import keyboard
from ui import workers
from ui.dossier.incident_dialog import IncidentDialog
from ui.pages.approve_dialog import ApproveErasureDialog
from ui.pages.erase_dialog import EraseDialog


def _actions(window) -> list[str]:
    return [e.action for e in window.session.vault.audit.entries()]


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


# -- one test per dialog and wizard: Enter does what the focused field promises ---------


def test_new_dossier_form_enter_saves_and_escape_asks_first(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    form = keyboard.show(qtbot, window.workspace.new_dossier())
    assert form.focusWidget() is not None
    keyboard.tab_to(form, form.given_name)
    keyboard.type_text(form, "Zoë")
    keyboard.press(form, Qt.Key.Key_Escape)
    question = keyboard.modal(qtbot, "discardQuestion")
    keyboard.press(question, Qt.Key.Key_Return)  # the default: keep editing
    assert form.isVisible() and form.given_name.text() == "Zoë"
    keyboard.tab_to(form, form.family_name)
    keyboard.type_text(form, "de Wit")
    keyboard.tab_to(form, form.number)
    keyboard.type_text(form, "L-3003")
    saved = []
    form.saved.connect(lambda person, dossier_id: saved.append(dossier_id))
    keyboard.press(form, Qt.Key.Key_Return)  # Save is the default button
    assert saved and window.workspace.dossier_page.dossier_id == saved[0]
    window.close()


def test_an_untouched_form_closes_on_escape_without_asking(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    form = keyboard.show(qtbot, window.workspace.edit_person(page.view.person))
    keyboard.press(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(form))
    assert keyboard.modal_or_none() is None
    window.close()


def test_timeline_entry_enter_in_the_date_saves(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    dialog = keyboard.show(qtbot, page.add_timeline_entry())
    keyboard.tab_to(dialog, dialog.summary)
    keyboard.type_text(dialog, "Gesprek met de ouders.")
    keyboard.press(dialog, Qt.Key.Key_Return)  # in the summary: a new line, not Save
    assert dialog.isVisible() and dialog.summary.toPlainText() == "Gesprek met de ouders.\n"
    keyboard.type_text(dialog, "Afspraak: over twee weken opnieuw.")
    keyboard.tab_to(dialog, dialog.happened_on)
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog))
    summaries = [e.summary for e in page.view.timeline]
    assert "Gesprek met de ouders.\nAfspraak: over twee weken opnieuw." in summaries
    window.close()


def test_incident_dialog_enter_on_a_party_opens_that_dossier_once(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    window.workspace.show_incident(ui_vault.incident_id)
    dialog = keyboard.show(qtbot, keyboard.opened(qtbot, window.workspace, IncidentDialog))
    opened = []
    dialog.open_dossier.connect(lambda dossier_id, _person: opened.append(dossier_id))
    keyboard.tab_to(dialog, dialog.dossiers)
    keyboard.press(dialog, Qt.Key.Key_Down)
    keyboard.press(dialog, Qt.Key.Key_Return)
    assert opened == [ui_vault.staff_dossier]
    assert window.workspace.dossier_page.dossier_id == ui_vault.staff_dossier
    window.workspace.show_incident(ui_vault.incident_id)
    again = keyboard.show(qtbot, keyboard.opened(qtbot, window.workspace, IncidentDialog))
    keyboard.press(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(again))
    window.close()


def test_add_evidence_escape_with_a_chosen_file_asks(qtbot, ui_vault, tmp_path):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    dialog = keyboard.show(qtbot, window.workspace.add_evidence(page.view.incidents[0]))
    shot = tmp_path / "schermafbeelding.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    dialog.picker.add_files([shot])  # chosen in the file dialog
    keyboard.press(dialog, Qt.Key.Key_Escape)
    question = keyboard.modal(qtbot, "discardQuestion")
    keyboard.discard(question)
    qtbot.waitUntil(lambda: _gone(dialog))
    window.close()


def test_break_the_glass_cancel_is_the_default_and_leaves_the_user_where_they_were(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    workspace = window.workspace
    workspace.open_dossier(ui_vault.staff_dossier)  # HR's own: a staff member
    workspace.open_dossier(ui_vault.pupil_dossier)  # a pupil without a case reason: refused
    glass = keyboard.modal(qtbot, "breakGlassDialog")
    keyboard.type_text(glass, "De ouders belden")
    keyboard.press(glass, Qt.Key.Key_Return)  # a new line in the reason; nothing is opened
    assert glass.isVisible()
    keyboard.press(glass, Qt.Key.Key_Escape)
    question = keyboard.modal(qtbot, "discardQuestion")
    keyboard.discard(question)
    qtbot.waitUntil(lambda: _gone(glass))
    # Still on the staff member's dossier, not thrown back to the list.
    assert workspace.dossier_page is not None
    assert workspace.dossier_page.dossier_id == ui_vault.staff_dossier
    assert workspace.dossier_area.currentWidget() is workspace.dossier_page
    window.close()


def test_change_passphrase_enter_saves_and_the_busy_dialog_waits(qtbot, ui_vault):
    workers.set_pool(None)
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    page = window.workspace.page("settings")
    dialog = keyboard.show(qtbot, page.change_passphrase())
    keyboard.type_text(dialog, PASSPHRASE)
    keyboard.tab_to(dialog, dialog.fields.passphrase)
    keyboard.type_text(dialog, "vier losse woorden op een rij")
    keyboard.tab_to(dialog, dialog.fields.repeat)
    keyboard.type_text(dialog, "vier losse woorden op een rij")
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    keyboard.press(dialog, Qt.Key.Key_Return)
    if dialog.is_busy():  # the key is being derived: Escape does not close it
        keyboard.press(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: bool(changed), timeout=10000)
    qtbot.waitUntil(lambda: _gone(dialog))
    window.close()
    access.unlock(ui_vault.path, "vier losse woorden op een rij", label="hr").close()


def test_reset_passphrase_enter_sets_it(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "beheer")
    dialog = keyboard.show(qtbot, window.reset_passphrase())
    keyboard.tab_to(dialog, dialog.login)
    keyboard.type_text(dialog, "privacy")  # a combo box: typing picks the login
    keyboard.tab_to(dialog, dialog.fields.passphrase)
    keyboard.type_text(dialog, "een nieuw wachtwoord voor Priya")
    keyboard.tab_to(dialog, dialog.fields.repeat)
    keyboard.type_text(dialog, "een nieuw wachtwoord voor Priya")
    keyboard.press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog))
    window.close()
    access.unlock(ui_vault.path, "een nieuw wachtwoord voor Priya", label="privacy").close()


def test_add_school_enter_saves_and_add_user_waits_while_busy(qtbot, ui_vault):
    workers.set_pool(None)
    window = keyboard.main_window(qtbot, ui_vault, "beheer")
    page = window.workspace.page("settings")
    school = keyboard.show(qtbot, page.add_school())
    keyboard.type_text(school, "Obs De Regenboog")
    keyboard.tab_to(school, school.brin)
    keyboard.type_text(school, "99C3")
    keyboard.press(school, Qt.Key.Key_Escape)  # typed work: asks
    keyboard.press(keyboard.modal(qtbot, "discardQuestion"), Qt.Key.Key_Escape)
    assert school.isVisible()
    for field, text in (
        (school.address.street, "Molenweg 3"),
        (school.address.postcode, "7672 EF"),
        (school.address.town, "Vriezenveen"),
        (school.director, "Anouk Meijer"),
    ):
        keyboard.tab_to(school, field)
        keyboard.type_text(school, text)
    keyboard.press(school, Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: _gone(school))

    user = keyboard.show(qtbot, page.add_user())
    keyboard.type_text(user, "Sanne Visser")
    keyboard.tab_to(user, user.login)
    keyboard.type_text(user, "sanne")
    keyboard.tab_to(user, user.passphrase)
    keyboard.type_text(user, "lange zin met veel woorden")
    saved = []
    user.saved.connect(saved.append)
    keyboard.press(user, Qt.Key.Key_Return)
    if user.is_busy():
        keyboard.press(user, Qt.Key.Key_Escape)  # not while the login is being made
        assert user.isVisible()
    qtbot.waitUntil(lambda: saved == ["sanne"], timeout=10000)
    window.close()


def test_destroy_dialog_enter_never_destroys(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    page = window.workspace.page("retention")
    window.workspace.show_page("retention")
    page.table.selectRow(0)
    page.erase()
    dialog = keyboard.show(qtbot, keyboard.opened(qtbot, page, EraseDialog))
    keyboard.tab_to(dialog, dialog.understood)
    keyboard.press(dialog, Qt.Key.Key_Space)
    if dialog.reason.isVisible():
        keyboard.tab_to(dialog, dialog.reason)
        keyboard.type_text(dialog, "Verzoek tot verwijdering van de ouders")
        keyboard.tab_to(dialog, dialog.understood)
    assert dialog.ok_button.isEnabled()
    keyboard.tab_to(dialog, dialog.ok_button)
    keyboard.press(dialog, Qt.Key.Key_Return)  # Enter, even on the button: nothing destroyed
    assert not dialog.saving.busy
    assert privacy.retention_overview(window.session)  # the dossier is still there
    window.close()


def test_new_vault_wizard_by_keyboard_with_the_real_pool(qtbot, tmp_path):
    from skot_dossier.vault import INSECURE_TEST_PROFILE
    from ui.welcome_window import WelcomeWindow

    workers.set_pool(None)
    welcome = keyboard.show(qtbot, WelcomeWindow(kdf=INSECURE_TEST_PROFILE))
    wizard = welcome.create_vault()
    wizard = keyboard.modal(qtbot)
    place = wizard.place
    keyboard.tab_to(wizard, place.folder)
    keyboard.select_all_and_type(wizard, str(tmp_path))
    keyboard.tab_to(wizard, place.vault_name)
    keyboard.select_all_and_type(wizard, "Stichting")
    keyboard.tab_to(wizard, place.user_name)
    keyboard.type_text(wizard, "Fatima Bakker")
    keyboard.press(wizard, Qt.Key.Key_Escape)  # typed: asks, and keeping it keeps it
    keyboard.press(keyboard.modal(qtbot, "discardQuestion"), Qt.Key.Key_Return)
    assert wizard.isVisible() and place.user_name.text() == "Fatima Bakker"
    keyboard.press(wizard, Qt.Key.Key_Return)  # Next
    assert wizard.currentPage() is wizard.passphrase
    keyboard.tab_to(wizard, wizard.passphrase.passphrase)
    keyboard.type_text(wizard, PASSPHRASE)
    keyboard.tab_to(wizard, wizard.passphrase.repeat)
    keyboard.type_text(wizard, PASSPHRASE)
    keyboard.press(wizard, Qt.Key.Key_Return)  # Create the vault (off the GUI thread)
    if wizard.currentPage() is wizard.passphrase:
        keyboard.press(wizard, Qt.Key.Key_Escape)  # while the key is derived: no closing
        assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10000)
    keyboard.press(wizard, Qt.Key.Key_Escape)  # the recovery key must not get lost
    assert wizard.isVisible()
    ready = []
    welcome.session_ready.connect(lambda session, path, login: ready.append(session))
    keyboard.tab_to(wizard, wizard.recovery.confirm)
    keyboard.press(wizard, Qt.Key.Key_Space)
    keyboard.press(wizard, Qt.Key.Key_Return)  # Start
    qtbot.waitUntil(lambda: bool(ready), timeout=5000)
    ready[0].close()
    assert (tmp_path / "Stichting.skotvault" / "vault.json").is_file()


def test_restore_by_keyboard_enter_restores_and_enter_opens(qtbot, ui_vault, tmp_path):
    from ui.welcome_window import WelcomeWindow

    hr = ui_vault.unlock("hr")
    backup = tmp_path / "School.skotbackup"
    access.backup(hr, backup)
    hr.close()
    welcome = keyboard.show(qtbot, WelcomeWindow())
    dialog = welcome.restore_backup()
    dialog = keyboard.modal(qtbot, "restoreDialog")
    keyboard.type_text(dialog, str(backup))
    keyboard.tab_to(dialog, dialog.target)
    keyboard.select_all_and_type(dialog, str(tmp_path / "Terug.skotvault"))
    keyboard.tab_to(dialog, dialog.secret)
    keyboard.type_text(dialog, PASSPHRASE)
    keyboard.press(dialog, Qt.Key.Key_Return)  # Restore
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    opened = []
    dialog.open_vault.connect(opened.append)
    keyboard.press(dialog, Qt.Key.Key_Return)  # "Open the vault" is the default now
    assert opened == [tmp_path / "Terug.skotvault"]
    unlock = keyboard.modal(qtbot, "unlockDialog")
    keyboard.press(unlock, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(unlock))


def test_back_at_ones_dossier_after_a_lock_is_not_called_breaking_the_glass(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    window.workspace.open_dossier(ui_vault.staff_dossier)
    keyboard.press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert window.focusWidget() is window.lock_screen.panel.secret
    keyboard.type_text(window, PASSPHRASE)
    keyboard.press(window, Qt.Key.Key_Return)
    page = window.workspace.dossier_page
    assert page is not None and page.dossier_id == ui_vault.staff_dossier
    assert not page.banner.isVisibleTo(page)  # no "opened outside your normal access"
    keyboard.press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    keyboard.type_text(window, PASSPHRASE)
    keyboard.press(window, Qt.Key.Key_Return)
    assert window.workspace.dossier_page.dossier_id == ui_vault.staff_dossier  # again
    window.close()


def test_agree_to_destruction_enter_never_agrees_and_tab_reaches_agree(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    window.workspace.show_page("retention")
    page = window.workspace.page("retention")
    page.table.selectRow(0)
    page.approve()
    dialog = keyboard.show(qtbot, keyboard.opened(qtbot, page, ApproveErasureDialog))
    keyboard.press(dialog, Qt.Key.Key_Return)  # the default is Cancel
    qtbot.waitUntil(lambda: _gone(dialog))
    assert "approve-erasure" not in _actions(window)
    page.approve()
    dialog = keyboard.show(qtbot, keyboard.opened(qtbot, page, ApproveErasureDialog))
    keyboard.tab_to(dialog, dialog.ok_button)  # reachable by Tab
    keyboard.press(dialog, Qt.Key.Key_Return)  # Enter, even there, does not agree
    assert dialog.isVisible()
    keyboard.press(dialog, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _gone(dialog))
    assert "approve-erasure" in _actions(window)
    window.close()


def test_the_window_close_button_asks_too_when_something_was_typed(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    dialog = keyboard.show(qtbot, page.add_timeline_entry())
    keyboard.tab_to(dialog, dialog.summary)
    keyboard.type_text(dialog, "Gesprek met de intern begeleider")
    dialog.close()  # what the title bar's close button does
    question = keyboard.modal(qtbot, "discardQuestion")
    assert dialog.isVisible()
    keyboard.press(question, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.summary.toPlainText() == "Gesprek met de intern begeleider"
    window.lock()  # locking closes it without asking, and keeps nothing
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())
    assert keyboard.modal_or_none() is None
    window.close()
