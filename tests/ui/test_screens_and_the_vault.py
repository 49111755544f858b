"""How the screens talk to the vault: one worker, change notices, locking while it works.

Most tests here run with the real thread pool, as the app does.
"""

from __future__ import annotations

import os
import threading
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

from skot_dossier.domain import clock
from skot_dossier.domain.drafts import EvidenceDraft, IncidentDraft, PartyDraft
from skot_dossier.services import evidence, incidents
from tests.helpers import PASSPHRASE
from tests.ui import keyboard
from tests.ui.gui_thread import GUI, UNSERIALIZED
from ui import vault_worker, workers
from ui.backup_action import BackupRunner
from ui.dossier.page import DossierPage
from ui.forms.fields import schools_for
from ui.intake.wizard import IntakeWizard
from ui.pages.deadlines_page import DeadlinesPage
from ui.workspace import DEADLINES, DOSSIERS

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton


@pytest.fixture
def real_threads():
    """This test runs the vault worker on its own thread, as the app does."""
    workers.set_pool(None)
    yield
    workers.set_pool(workers.SynchronousPool())


def _count(page, name: str) -> int:
    """The list's incident count for ``name``; -1 while it is not listed (or loading)."""
    return next((s.incident_count for s in page.model.summaries() if s.name == name), -1)


# -- the guard every UI test runs under ------------------------------------------------


def test_the_guard_sees_ui_code_querying_the_vault_outside_the_worker(
    qtbot, ui_vault, gui_thread_guard
):
    """The autouse guard (conftest) fails a test in which this happens; here it is taken."""
    session = ui_vault.unlock("hr")
    try:
        schools_for(session)  # a ui/ function that reads the vault, called on the GUI thread
        seen = gui_thread_guard.take()
        assert seen and {v.kind for v in seen} == {GUI}
        assert seen[0].caller.startswith("ui/forms/fields.py:")
        assert seen[0].call == "services.people.list_schools"

        got: list = []
        vault_worker.run(session, schools_for, got.append)  # the same call, on the worker
        assert len(got[0]) == 2 and gui_thread_guard.take() == []

        # Session work through a plain task would not be serialized with the worker.
        workers.run_task(lambda: schools_for(session), got.append, got.append)
        assert {v.kind for v in gui_thread_guard.take()} == {UNSERIALIZED}
    finally:
        vault_worker.close_all()
        session.close()


def test_the_guard_also_sees_a_query_on_another_thread(qtbot, ui_vault, gui_thread_guard):
    session = ui_vault.unlock("hr")
    try:
        vault_worker.attach(session)
        thread = threading.Thread(target=lambda: schools_for(session))
        thread.start()
        thread.join()
        assert [v.kind for v in gui_thread_guard.take()] == [GUI]  # not the vault worker
    finally:
        vault_worker.close_all()
        session.close()


# -- a backup does not freeze the window -----------------------------------------------------


@pytest.fixture
def big_vault(ui_vault, tmp_path):
    """The small UI vault with a large evidence file: its backup takes a while, honestly."""
    film = tmp_path / "filmpje.mp4"
    film.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(24 * 1024 * 1024))
    hr = ui_vault.unlock("hr")
    try:
        evidence.add_evidence(
            hr, ui_vault.incident_id, film, EvidenceDraft(original_name=film.name)
        )
    finally:
        hr.close()
    film.unlink()
    return ui_vault


def test_clicking_through_the_window_during_a_backup_keeps_it_responsive(
    qtbot, real_threads, big_vault, tmp_path
):
    window = keyboard.main_window(qtbot, big_vault, "hr")
    workspace = window.workspace
    list_page = workspace.list_page
    qtbot.waitUntil(lambda: list_page.model.rowCount() == 1, timeout=10_000)  # HR: the staff
    runner = BackupRunner(window, window.session, big_vault.path)
    window.backup_runner = runner
    order: list[str] = []
    runner.made.connect(lambda _info: order.append("backup"))
    during: list[bool] = []  # per timer tick: was the backup still on its way?
    timer = QTimer()
    timer.timeout.connect(lambda: during.append(runner.busy))
    timer.start(5)

    runner.run(tmp_path / "School")  # the worker now copies the vault
    assert runner.busy and window.worker.is_busy()
    # At once, before anything came back: open a dossier with the keyboard...
    list_page.table.setFocus()
    list_page.table.selectRow(0)
    keyboard.press(window, Qt.Key.Key_Return)
    opening = workspace.opening
    assert opening is not None and workspace.dossier_page is None  # asked for, not read yet
    opening.loaded.connect(lambda: order.append("dossier"))
    # ...and switch to another page, and back.
    workspace.nav.setFocus()
    keyboard.press(window, Qt.Key.Key_Down)
    assert workspace.current_key() == DEADLINES
    deadlines = workspace.pages[DEADLINES]
    assert isinstance(deadlines, DeadlinesPage)
    keyboard.press(window, Qt.Key.Key_Up)
    assert workspace.current_key() == DOSSIERS
    assert order == []  # every one of those only asked the worker; nothing waited

    qtbot.waitUntil(lambda: order == ["backup", "dossier"], timeout=60_000)
    timer.stop()
    assert during.count(True) >= 5  # the event loop kept running while the backup was made
    assert workspace.dossier_page is opening and opening.view is not None
    assert workspace.dossier_area.currentWidget() is opening
    qtbot.waitUntil(lambda: "komende vier weken" in deadlines.count.text(), timeout=10_000)
    assert (tmp_path / "School.skotbackup").is_file()
    window.close()


# -- one change, every screen that shows it ------------------------------------------------


def test_an_incident_recorded_in_the_wizard_appears_in_the_open_dossier_and_the_list(
    qtbot, real_threads, ui_vault
):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    list_page = workspace.list_page
    qtbot.waitUntil(lambda: _count(list_page, "Łukasz Wójcik") >= 0, timeout=10_000)
    before = _count(list_page, "Łukasz Wójcik")
    workspace.open_dossier(ui_vault.staff_dossier)
    qtbot.waitUntil(lambda: workspace.dossier_page is not None, timeout=10_000)
    page = workspace.dossier_page
    assert page.incidents.model.rowCount() == before and not list_page.isVisible()
    keyboard.show(qtbot, window)  # (the offscreen platform lets the window go inactive)

    keyboard.press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = keyboard.modal(qtbot)
    assert isinstance(wizard, IntakeWizard)
    qtbot.waitUntil(lambda: wizard.what.school.count() == 1, timeout=10_000)
    keyboard.type_text(wizard, "Nepaccount met de naam van meester Łukasz")
    keyboard.tab_to(wizard, wizard.what.occurred)
    keyboard.type_text(wizard, f"{clock.today() - timedelta(days=2):%d-%m-%Y} 20:00")
    keyboard.tab_to(wizard, wizard.what.description)
    keyboard.type_text(wizard, "Een account op Instagram gebruikt zijn naam en foto.")
    for page_of_wizard in (wizard.online, wizard.persons, wizard.evidence, wizard.summary):
        keyboard.alt(wizard, wizard.buttonText(NEXT))
        assert wizard.currentPage() is page_of_wizard
    keyboard.alt(wizard, wizard.summary.buttonText(COMMIT))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)

    # The wizard is still open: the dossier behind it has read the new incident itself.
    qtbot.waitUntil(lambda: page.incidents.model.rowCount() == before + 1, timeout=10_000)
    titles = {page.incidents.model.record(r).title for r in range(before + 1)}
    assert "Nepaccount met de naam van meester Łukasz" in titles
    assert page.tabs.currentIndex() == DossierPage.INCIDENTS
    keyboard.press(wizard, Qt.Key.Key_Return)  # Close
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    # The list was out of sight; it reads the change once it is shown again.
    page.back_button.click()
    qtbot.waitUntil(lambda: _count(list_page, "Łukasz Wójcik") == before + 1, timeout=10_000)
    window.close()


def test_a_change_announced_anywhere_refreshes_the_screens_that_show_it(qtbot, ui_vault):
    """No screen is told to reload: the notice alone does it (synchronous pool)."""
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    page = workspace.open_dossier(ui_vault.pupil_dossier)
    before = page.incidents.model.rowCount()
    timeline_before = page.timeline.model.rowCount()
    reads: list[str] = []
    page.loaded.connect(lambda: reads.append("dossier"))
    now = clock.now().replace(microsecond=0)
    draft = IncidentDraft(
        title="Groepsapp met scheldwoorden",
        occurred_at=now - timedelta(days=1),
        known_at=now,
        category="insult",
        seriousness="low",
        school_id=ui_vault.school_a,
        parties=(PartyDraft(ui_vault.pupil_id, "subject"),),
        description="Scheldwoorden in de groepsapp van groep 7.",
    )
    failed: list[BaseException] = []
    vault_worker.run(
        window.session,
        lambda s: incidents.record_incident(s, draft),
        None,
        failed.append,
        changes=vault_worker.changes(vault_worker.INCIDENT),
    )
    assert failed == [] and reads == ["dossier"]
    assert page.incidents.model.rowCount() == before + 1
    # A change of another dossier, or of a kind the page does not show, reads nothing.
    vault_worker.run(
        window.session,
        lambda s: None,
        changes=vault_worker.changes(vault_worker.TIMELINE, dossiers=[ui_vault.staff_dossier]),
    )
    vault_worker.run(
        window.session, lambda s: None, changes=vault_worker.changes(vault_worker.LETTER)
    )
    assert reads == ["dossier"] and page.timeline.model.rowCount() >= timeline_before
    window.close()


# -- locking while the vault is busy ----------------------------------------------------------


def test_locking_during_a_running_call_shows_the_lock_panel_at_once(qtbot, real_threads, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.list_page.model.rowCount() == 2, timeout=10_000)
    session = window.session
    started, release = threading.Event(), threading.Event()
    vault_worker.run(session, lambda s: (started.set(), release.wait(20)))
    assert started.wait(10)
    # Queued behind it: a screen's read and a dossier being opened.
    workspace.show_page(DEADLINES)
    deadlines = workspace.pages[DEADLINES]
    workspace.open_dossier(ui_vault.pupil_dossier)
    opening = workspace.opening
    assert opening is not None

    keyboard.press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # At once: the lock panel, no workspace, no session in the window; the vault still open.
    assert window.is_locked() and window.workspace is None
    assert window.lock_screen is not None and window.lock_screen.isVisible()
    assert session.vault.db.is_open  # the running call still holds it
    assert vault_worker.closing()
    # Typing the passphrase now waits for the vault to close; nothing fails meanwhile.
    panel = window.lock_screen.panel
    panel.secret.setText(PASSPHRASE)
    panel.submit()
    assert panel.is_busy() and not panel.message.text().startswith("Deze kluis")

    release.set()
    qtbot.waitUntil(lambda: not session.vault.db.is_open, timeout=10_000)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)  # unlocked again
    # The queued calls were skipped: their screens were deleted, no callback reached them.
    qtbot.waitUntil(lambda: not shiboken6.isValid(deadlines), timeout=5000)
    assert not shiboken6.isValid(opening)
    assert window.session is not session and window.session.vault.db.is_open
    window.close()


def test_quitting_waits_for_the_running_call_and_leaves_the_vault_closed(
    qtbot, real_threads, ui_vault
):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    session = window.session
    started = threading.Event()

    def slow(s):
        started.set()
        threading.Event().wait(0.3)
        return s.actor.name

    vault_worker.run(session, slow)
    assert started.wait(10)
    window.close()  # the window's close button: the app quits
    assert not session.vault.db.is_open  # closed (and logged) before the window went
    other = ui_vault.unlock("privacy")
    try:
        actions = [e.action for e in other.vault.audit.entries()]
    finally:
        other.close()
    assert actions[-2:] == ["lock", "unlock"]  # the director's lock, then this unlock


def test_a_late_result_for_a_closed_dialog_touches_nothing(qtbot, real_threads, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    release = threading.Event()
    vault_worker.run(window.session, lambda s: release.wait(20))
    form = keyboard.show(qtbot, window.workspace.new_dossier())  # its schools are queued
    assert form.schools.count() == 0
    form.discard()
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=10_000)
    window.close()


def test_the_idle_lock_lets_the_running_call_finish_and_locks_right_after(
    qtbot, real_threads, ui_vault
):
    from ui.main_window import MainWindow

    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur", idle_ms=200)
    qtbot.addWidget(window)
    window.show()
    session = window.session
    started, release = threading.Event(), threading.Event()
    results: list[str] = []
    vault_worker.run(
        session, lambda s: (started.set(), release.wait(20), "opgeslagen")[-1], results.append
    )
    assert started.wait(10)
    qtbot.waitUntil(lambda: window._lock_when_idle, timeout=10_000)  # the auto-lock came
    assert not window.is_locked()  # an import the user waits for is not thrown away
    release.set()
    qtbot.waitUntil(window.is_locked, timeout=10_000)
    assert results == ["opgeslagen"]  # its result was delivered before the lock
    qtbot.waitUntil(lambda: not session.vault.db.is_open, timeout=10_000)
    window.close()


def test_a_dossier_that_comes_after_the_user_went_elsewhere_does_not_pull_them_back(
    qtbot, real_threads, ui_vault
):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    release = threading.Event()
    vault_worker.run(window.session, lambda s: release.wait(20))
    workspace.open_dossier(ui_vault.pupil_dossier)  # waits behind the running call
    workspace.show_page(DEADLINES)  # meanwhile the user goes on
    release.set()
    qtbot.waitUntil(lambda: workspace.dossier_page is not None, timeout=10_000)
    assert workspace.current_key() == DEADLINES  # still where the user went
    workspace.show_page(DOSSIERS)
    assert workspace.dossier_area.currentWidget() is workspace.dossier_page  # it waited there
    window.close()


def test_after_unlocking_again_the_page_is_highlighted_in_the_navigation(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "hr")
    nav = window.workspace.nav
    assert [i.row() for i in nav.selectedIndexes()] == [0]
    keyboard.press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    keyboard.type_text(window, PASSPHRASE)
    keyboard.press(window, Qt.Key.Key_Return)
    assert not window.is_locked()
    nav = window.workspace.nav
    assert nav.currentRow() == 0 and [i.row() for i in nav.selectedIndexes()] == [0]
    window.close()
