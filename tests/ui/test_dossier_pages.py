"""The dossier list (search, filters) and a dossier's tabs, on a real vault."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMessageBox

from tests.vaults import PNG
from ui.dossier.page import DossierPage
from ui.main_window import MainWindow
from ui.pages.dossier_list_page import DossierListPage


def test_live_search_finds_an_accented_name_typed_without_accents(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    page = DossierListPage(session)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.search.setText("seyma")
    assert page.results.rowCount() == 0  # debounced: nothing yet
    qtbot.waitUntil(lambda: page.results.rowCount() > 0, timeout=2000)
    hit = page.results.record(0)
    assert hit.dossier_id == ui_vault.pupil_dossier
    assert page.stack.currentWidget() is page.result_table
    with qtbot.waitSignal(page.open_dossier) as opened:
        page._hit_activated(page.result_table.model().index(0, 0))
    assert opened.args == [ui_vault.pupil_dossier]
    page.search.clear()
    assert page.stack.currentWidget() is page.table
    session.close()


def test_filters_reload_the_list(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    page = DossierListPage(session)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("pupil"))
    assert [s.name for s in page.model.summaries()] == ["Şeyma Yılmaz"]
    page.status.setCurrentIndex(page.status.findData("closed"))
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    session.close()


def test_dossier_tabs_show_what_exists(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    page = DossierPage(session, ui_vault.pupil_dossier)
    qtbot.addWidget(page)
    page.show()
    assert page.name.text() == "Şeyma Yılmaz"
    assert "Leerling" in page.facts.text() and "groep 6" in page.facts.text()
    assert page.timeline.model.rowCount() == 1  # the incident's entry
    assert page.incidents.model.rowCount() == 1
    assert page.evidence.model.rowCount() == 1
    assert page.decisions.stack.currentWidget() is page.decisions.empty
    assert page.correspondence.stack.currentWidget() is page.correspondence.empty
    session.close()


def test_image_evidence_is_previewed_from_memory_and_exported_on_request(qtbot, ui_vault, tmp_path):
    session = ui_vault.unlock("directeur")
    page = DossierPage(session, ui_vault.pupil_dossier)
    qtbot.addWidget(page)
    page.show()
    tab = page.evidence
    assert tab.current_evidence() is None  # nothing is opened for the user
    tab.table.selectRow(0)
    tab.view_current()
    assert tab.current_evidence().id == ui_vault.evidence_id
    assert tab.preview.image is not None and not tab.preview.image.isNull()
    assert hashlib.sha256(PNG).hexdigest() in tab.details.text()
    target = tmp_path / "export" / "filmpje.png"
    target.parent.mkdir()
    tab.export_current(str(target))
    assert target.read_bytes() == PNG
    box = tab.findChild(QMessageBox, "infoBox")
    assert box is not None and "Geëxporteerd" in box.text()
    page.clear()
    assert tab.preview.image is None and tab.model.rowCount() == 0
    session.close()


def test_timeline_entry_is_added_through_its_dialog(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    page = DossierPage(session, ui_vault.pupil_dossier)
    qtbot.addWidget(page)
    dialog = page.add_timeline_entry()
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert "parent_contact" in kinds  # a pupil's dossier: contact with parents
    dialog.save()
    assert "verplicht" in dialog.errors.labels["summary"].text()  # next to the field
    dialog.kind.setCurrentIndex(kinds.index("parent_contact"))
    dialog.summary.setPlainText("Gesprek met moeder Ayşe over het filmpje; excuses afgesproken.")
    dialog.save()
    assert page.timeline.model.rowCount() == 2
    assert any("Ayşe" in e.summary for e in page.timeline.model.records())
    session.close()


def test_main_window_has_navigation_shortcuts_and_status(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    window = MainWindow(session, ui_vault.path, "directeur")
    qtbot.addWidget(window)
    window.show()
    shortcuts = {
        a.shortcut().toString()
        for a in (
            window.lock_action,
            window.search_action,
            window.new_incident_action,
            window.new_dossier_action,
        )
    }
    assert shortcuts == {"Ctrl+L", "Ctrl+F", "Ctrl+N", "Ctrl+Shift+N"}
    nav = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
    assert nav == ["Dossiers", "Termijnen", "Logboek", "Bewaartermijnen", "Instellingen"]
    assert "Schooldirecteur" in window.user_label.text()
    for key, title in (("retention", "Bewaartermijnen"), ("audit", "Logboek")):
        window.workspace.show_page(key)
        page = window.workspace.pages[key]
        assert page.title.text() == f"Niet beschikbaar voor uw rol: {title}"
    window.workspace.show_page("deadlines")
    assert window.workspace.pages["deadlines"].model.rowCount() == 0
    window.activateWindow()
    window.search_action.trigger()
    qtbot.waitUntil(window.workspace.list_page.search.hasFocus, timeout=2000)
    window.close()


def test_decisions_tab_lists_a_decision_by_its_dutch_measure_name(qtbot, ui_vault):
    from skot_dossier.services import decisions

    session = ui_vault.unlock("directeur")
    decisions.start_decision(
        session,
        ui_vault.staff_dossier,
        "staff.bespreekbaar_maken",
        incident_id=ui_vault.incident_id,
    )
    page = DossierPage(session, ui_vault.staff_dossier)
    qtbot.addWidget(page)
    tab = page.decisions
    assert tab.stack.currentWidget() is tab.table
    assert tab.model.index(0, 0).data() == "Bespreekbaar maken"
    assert tab.model.index(0, 2).data() == "Concept"
    session.close()
