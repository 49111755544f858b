"""UI test fixtures: synchronous tasks, private settings, Dutch, and a small real vault."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.gui_thread import GuiThreadGuard, report, summary
from tests.vaults import UiVault, build_ui_vault
from ui import clipboard, i18n, vault_worker, workers
from ui.app import configure


@pytest.fixture(autouse=True)
def synchronous_tasks():
    """Background tasks run at once on the test thread; no vault worker outlives a test."""
    workers.set_pool(workers.SynchronousPool())
    yield
    vault_worker.close_all()
    workers.set_pool(None)


@pytest.fixture(autouse=True)
def gui_thread_guard(request):
    """Fails a test in which ui/ code queried the vault outside the vault worker
    (on the GUI thread, or through a plain run_task on an open session).

    With SKOT_GUI_THREAD_REPORT=<file> it records instead of failing (for counting)."""
    guard = GuiThreadGuard()
    guard.install()
    try:
        yield guard
    finally:
        guard.uninstall()
    seen = guard.take()
    target = os.environ.get("SKOT_GUI_THREAD_REPORT")
    if target:
        report(request.node.nodeid, seen, target)
    elif seen:
        pytest.fail("vault work outside the vault worker:\n" + summary(seen), pytrace=False)


@pytest.fixture(autouse=True)
def keep_widgets_alive(monkeypatch):
    """qtbot.addWidget keeps only a weak reference. A Python-owned window whose last
    reference goes away when the test returns is deleted at once, even while its
    children wait for their deleteLater(); PySide then deletes a child twice. Keep
    the windows alive until pytest-qt has closed them and run deleteLater()."""
    kept = []
    original = QtBot.addWidget

    def add_widget(self, widget, *args, **kwargs):
        kept.append(widget)
        return original(self, widget, *args, **kwargs)

    monkeypatch.setattr(QtBot, "addWidget", add_widget)
    yield kept


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """Each test gets empty settings, never the user's own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The app as a user starts it: Dutch, with its names set."""
    configure(qapp)
    i18n.install(qapp, "nl")
    yield
    clipboard.clear_private()


@pytest.fixture
def ui_vault(tmp_path) -> UiVault:
    return build_ui_vault(tmp_path / "School.skotvault")
