"""Auto-lock, Ctrl+L, the clipboard, and returning to the same screen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.helpers import PASSPHRASE
from ui import privacy
from ui.clipboard import copy_private
from ui.main_window import MainWindow


def _window(qtbot, ui_vault, idle_ms=None):
    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur", idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def _empty(holder) -> bool:
    rows = getattr(holder, "rowCount", None)
    return rows() == 0 if callable(rows) else True


def _inside(obj, window) -> bool:
    while obj is not None:
        if obj is window:
            return True
        obj = obj.parent()
    return False


def test_idle_auto_lock_clears_every_model_and_shows_only_the_unlock_panel(qtbot, ui_vault):
    window = _window(qtbot, ui_vault, idle_ms=300)
    workspace = window.workspace
    list_model = workspace.list_page.model
    page = workspace.open_dossier(ui_vault.pupil_dossier, tab=3)
    models = [list_model, page.timeline.model, page.incidents.model, page.evidence.model]
    assert all(m.rowCount() > 0 for m in models)
    dialog = page.add_timeline_entry()
    dialog.summary.setPlainText("Gesprek met Ayşe")  # typed, not saved
    closed = []
    dialog.destroyed.connect(lambda *_: closed.append(True))
    session = window.session
    holders = [h for h in privacy.holders() if _inside(h, window)]
    assert len(holders) > len(models)

    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert all(m.rowCount() == 0 for m in models)
    # Every holder of personal data in the window is emptied, or already deleted.
    assert all(not shiboken6.isValid(h) or _empty(h) for h in holders)
    qtbot.waitUntil(lambda: closed == [True], timeout=2000)  # the open dialog is gone too
    assert window.workspace is None
    assert window.central.currentWidget() is window.lock_screen
    assert not window.toolbar.isVisible()
    assert not window.new_incident_action.isEnabled()
    assert session._closed  # the vault itself is closed

    panel = window.lock_screen.panel
    assert panel.user.currentText() == "directeur"
    panel.secret.setText(PASSPHRASE)
    panel.submit()
    assert not window.is_locked()
    page = window.workspace.dossier_page
    assert page is not None and page.dossier_id == ui_vault.pupil_dossier
    assert page.tabs.currentIndex() == 3  # back where the user was
    window.close()


def test_ctrl_l_locks_and_list_filters_come_back(qtbot, ui_vault):
    window = _window(qtbot, ui_vault)
    assert window.idle.interval_ms() == 5 * 60_000  # the default: five minutes
    list_page = window.workspace.list_page
    list_page.kind.setCurrentIndex(list_page.kind.findData("staff"))
    list_page.search.setText("Wójcik")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(list_page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    panel = window.lock_screen.panel
    panel.secret.setText(PASSPHRASE)
    panel.submit()
    list_page = window.workspace.list_page
    assert list_page.filters()["kind"] == "staff"
    assert list_page.search.text() == ""  # search text may be a name: not kept
    window.close()


def test_copied_personal_data_is_cleared_after_the_delay_and_on_lock(qtbot, ui_vault):
    clipboard = QGuiApplication.clipboard()
    copy_private("Şeyma Yılmaz", seconds=1)
    assert clipboard.text() == "Şeyma Yılmaz"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    copy_private("Şeyma Yılmaz", seconds=1)
    clipboard.setText("iets anders")  # the user copied something else meanwhile
    qtbot.wait(1300)
    assert clipboard.text() == "iets anders"

    window = _window(qtbot, ui_vault)
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    page.copy_name.click()
    assert clipboard.text() == "Şeyma Yılmaz"
    window.lock()
    assert clipboard.text() == ""
    window.close()


def test_someone_else_unlocking_does_not_land_in_the_previous_users_dossier(qtbot, ui_vault):
    from ui.break_glass_dialog import BreakGlassDialog

    window = _window(qtbot, ui_vault)
    window.workspace.open_dossier(ui_vault.pupil_dossier, tab=1)
    window.lock()
    qtbot.waitUntil(window.is_locked, timeout=5000)
    panel = window.lock_screen.panel
    panel.user.setCurrentText("hr")
    panel.secret.setText(PASSPHRASE)
    panel.submit()
    assert not window.is_locked()
    assert window.workspace.dossier_page is None or (
        window.workspace.dossier_page.dossier_id != ui_vault.pupil_dossier
    )
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, BreakGlassDialog) and w.isVisible()
    ]
    hr = window.session
    views = [
        e
        for e in hr.vault.audit.entries()
        if e.actor == hr.actor.name
        and e.action in ("view", "denied")
        and e.object_type in ("dossier", "person")
    ]
    assert views == []
    window.close()
