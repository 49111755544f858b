"""A view is logged when a person opens an item, not when a screen fills up.

The who-looked report is built from these entries: a "view" of evidence that
nobody opened would make it untrue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.dossier.page import DossierPage


def _entries_since(session, seq: int):
    return session.vault.audit.entries(after_seq=seq)


def _evidence_views(entries):
    return [e for e in entries if e.action == "view" and e.object_type == "evidence"]


def test_opening_a_dossier_logs_no_evidence_view(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    before = session.vault.audit.head().seq
    page = DossierPage(session, ui_vault.pupil_dossier)
    qtbot.addWidget(page)
    page.show()
    tab = page.evidence
    assert tab.model.rowCount() == 1  # the list is there …
    entries = _entries_since(session, before)
    assert _evidence_views(entries) == []  # … but nobody opened the file
    # Every tab that filled itself logged a list read or the dossier view, nothing more.
    assert {(e.action, e.object_type) for e in entries} <= {
        ("view", "dossier"),
        ("list", "evidence"),
        ("list", "decision"),
        ("list", "letter"),
        ("list", "legal_hold"),
    }, [(e.action, e.object_type) for e in entries]
    assert tab.preview.image is None
    session.close()


def test_tabbing_through_the_evidence_is_no_view_but_enter_opens_it(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    page = DossierPage(session, ui_vault.pupil_dossier)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(DossierPage.EVIDENCE)
    tab = page.evidence
    before = session.vault.audit.head().seq
    tab.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: page.window().focusWidget() is tab.table)
    QTest.keyClick(page.window().focusWidget(), Qt.Key.Key_Down)
    assert tab.current_evidence() is not None and tab.current_evidence().id == ui_vault.evidence_id
    assert "SHA-256" in tab.details.text()  # the list's facts are shown …
    assert _evidence_views(_entries_since(session, before)) == []  # … the file is not read
    assert tab.preview.image is None

    QTest.keyClick(page.window().focusWidget(), Qt.Key.Key_Return)
    views = _evidence_views(_entries_since(session, before))
    assert [e.object_id for e in views] == [ui_vault.evidence_id]
    assert ui_vault.pupil_id in views[0].details  # named for "who looked at this pupil"
    assert tab.preview.image is not None and not tab.preview.image.isNull()
    QTest.keyClick(page.window().focusWidget(), Qt.Key.Key_Return)  # already shown
    assert len(_evidence_views(_entries_since(session, before))) == 1
    session.close()


def test_the_view_button_opens_the_chosen_file_with_the_real_thread_pool(qtbot, ui_vault):
    from ui import workers

    workers.set_pool(None)
    session = ui_vault.unlock("directeur")
    page = DossierPage(session, ui_vault.pupil_dossier)
    qtbot.addWidget(page)
    page.show()
    tab = page.evidence
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)  # the list has come
    assert not tab.view_button.isEnabled()  # nothing chosen yet
    before = session.vault.audit.head().seq
    tab.table.selectRow(0)
    assert tab.view_button.isEnabled()
    assert _evidence_views(_entries_since(session, before)) == []
    tab.view_button.click()
    qtbot.waitUntil(lambda: tab.preview.image is not None, timeout=5000)
    assert len(_evidence_views(_entries_since(session, before))) == 1
    session.close()
