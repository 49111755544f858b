"""Search hits in incidents and evidence lead to the incident, and on to the parties' dossiers."""

from __future__ import annotations

from ui.dossier.incident_dialog import IncidentDialog
from ui.main_window import MainWindow
from ui.table_model import RECORD_ROLE


def _search(qtbot, window, text: str):
    page = window.workspace.list_page
    page.search.setText(text)
    qtbot.waitUntil(lambda: page.results.rowCount() > 0, timeout=2000)
    view = page.result_table.model()
    return page, {
        view.index(r, 0).data(RECORD_ROLE).kind: view.index(r, 0) for r in range(view.rowCount())
    }


def test_incident_and_evidence_hits_open_the_incident_and_lead_to_dossiers(qtbot, ui_vault):
    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur")
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    page, hits = _search(qtbot, window, "filmpje")
    assert {"incident", "evidence"} <= set(hits)

    for kind in ("evidence", "incident"):
        assert hits[kind].data(RECORD_ROLE).incident_id == ui_vault.incident_id
        with qtbot.waitSignal(page.open_incident) as opened:
            page._hit_activated(hits[kind])
        assert opened.args == [ui_vault.incident_id]
        dialog = workspace.findChildren(IncidentDialog)[-1]
        assert "Beledigend filmpje" in dialog.browser.toPlainText()
        dialog.reject()

    dialog = workspace.show_incident(ui_vault.incident_id)
    names = [dialog.dossiers.item(i).text() for i in range(dialog.dossiers.count())]
    assert names == ["Şeyma Yılmaz — Veroorzaker", "Łukasz Wójcik — Slachtoffer"]
    dialog.dossiers.setCurrentRow(1)
    dialog.open_button.click()
    assert workspace.dossier_page is not None
    assert workspace.dossier_page.dossier_id == ui_vault.staff_dossier
    assert not dialog.isVisible()

    # From the dossier's incidents tab the same view, with the way back to the pupil.
    tab = workspace.dossier_page.incidents
    tab._activated(tab.table.model().index(0, 0))
    dialog = workspace.findChildren(IncidentDialog)[-1]
    assert dialog.isVisible()
    dialog.dossiers.itemActivated.emit(dialog.dossiers.item(0))
    assert workspace.dossier_page.dossier_id == ui_vault.pupil_dossier
    window.close()


def test_hr_sees_no_pupil_dossier_link_without_a_case_reason(qtbot, ui_vault):
    window = MainWindow(ui_vault.unlock("hr"), ui_vault.path, "hr")
    qtbot.addWidget(window)
    dialog = window.workspace.show_incident(ui_vault.incident_id)  # a staff member is involved
    names = [dialog.dossiers.item(i).text() for i in range(dialog.dossiers.count())]
    assert names == ["Łukasz Wójcik — Slachtoffer"]
    assert "Şeyma" not in dialog.browser.toPlainText()
    window.close()
