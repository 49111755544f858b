"""Search hits in incidents and evidence lead to the incident, and on to the parties' dossiers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import keyboard
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

    workspace.show_incident(ui_vault.incident_id)
    dialog = keyboard.opened(qtbot, workspace, IncidentDialog)
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
    window.workspace.show_incident(ui_vault.incident_id)  # a staff member is involved
    dialog = keyboard.opened(qtbot, window.workspace, IncidentDialog)
    names = [dialog.dossiers.item(i).text() for i in range(dialog.dossiers.count())]
    assert names == ["Łukasz Wójcik — Slachtoffer"]
    assert "Şeyma" not in dialog.browser.toPlainText()
    window.close()


def _rows(page) -> list[list[str]]:
    view = page.result_table.model()
    return [
        [view.index(r, c).data() for c in range(view.columnCount())] for r in range(view.rowCount())
    ]


def test_hits_say_whose_they_are_in_words_and_show_only_what_was_written(qtbot, ui_vault):
    from datetime import timedelta

    from skot_dossier.domain import clock
    from skot_dossier.services import incidents

    director = ui_vault.unlock("directeur")
    incidents.add_timeline_entry(
        director,
        ui_vault.pupil_dossier,
        "note",
        clock.today() - timedelta(days=1),
        "Gesprek over het filmpje met de intern begeleider",
    )
    director.close()
    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur")
    qtbot.addWidget(window)
    page, _hits = _search(qtbot, window, "filmpje")
    headers = [page.results.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Gevonden", "In", "Van", "Tekst"]
    rows = {row[1]: row for row in _rows(page)}
    note = rows["Tijdlijn"]
    assert note[0] == "Notitie" and note[2] == "Şeyma Yılmaz"
    assert note[3] == "Gesprek over het filmpje met de intern begeleider"  # no "note" at the end
    evidence = rows["Bewijs"]
    assert evidence[0] == "filmpje.png" and evidence[2] == "Beledigend filmpje"
    assert all("[" not in row[3] and not row[3].endswith("note") for row in rows.values())

    page.search.setText("Wójcik")
    qtbot.waitUntil(lambda: any(row[1] == "Dossier" for row in _rows(page)), timeout=2000)
    person = next(row for row in _rows(page) if row[1] == "Dossier")
    assert person[0] == "Łukasz Wójcik"
    assert "Wójcik" not in person[3] and "P-2001" in person[3]  # the number, not the name again
    window.close()
