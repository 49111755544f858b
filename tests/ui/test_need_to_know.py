"""HR's case reason for a pupil, and breaking the glass, as the privacy officer will see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from skot_dossier.domain.drafts import IncidentDraft, PartyDraft, PersonDraft
from skot_dossier.services import access, incidents, people, privacy
from tests.ui import keyboard
from ui.break_glass_dialog import BreakGlassDialog
from ui.dossier.incident_dialog import IncidentDialog
from ui.main_window import MainWindow
from ui.pages.pupil_lookup_dialog import PupilLookupDialog

CASE_REASON = "Getuige in de zaak over het filmpje van meester Łukasz"
GLASS_REASON = "Ouders van Noor belden; de directeur van Het Zonnelied is afwezig."


@dataclass
class CrossSchoolCase:
    pupil_b: str  # a pupil of the other school
    dossier_b: str
    shared_incident: str  # at school A, with a pupil of each school
    incident_b: str  # at school B only


def _cross_school_case(ui_vault) -> CrossSchoolCase:
    """HR (who works for every school) records cases that cross the directors' schools."""
    hr = ui_vault.unlock("hr")
    try:
        noor, dossier = people.create_person(
            hr,
            PersonDraft(
                kind="pupil",
                given_name="Noor",
                family_name="de Bruijn",
                number="L-2002",
                school_ids=(ui_vault.school_b,),
                birth_date=date(2014, 6, 1),
                group="7",
            ),
            case_reason=CASE_REASON,
        )
        privacy.record_case_reason(hr, ui_vault.pupil_id, CASE_REASON)
        now = datetime.now().replace(microsecond=0)

        def record(school: str, title: str, parties) -> str:
            return incidents.record_incident(
                hr,
                IncidentDraft(
                    title=title,
                    occurred_at=now - timedelta(days=2),
                    known_at=now - timedelta(days=1),
                    category="bullying",
                    seriousness="medium",
                    school_id=school,
                    parties=parties,
                    description="Gedeeld in een groepsapp van beide scholen",
                ),
            ).id

        shared = record(
            ui_vault.school_a,
            "Filmpje doorgestuurd",
            (PartyDraft(ui_vault.pupil_id, "subject"), PartyDraft(noor.id, "witness")),
        )
        only_b = record(
            ui_vault.school_b, "Pesterij in de klassenapp", (PartyDraft(noor.id, "subject"),)
        )
    finally:
        access.lock(hr)
    return CrossSchoolCase(noor.id, dossier.id, shared, only_b)


def _window(qtbot, ui_vault, login: str) -> MainWindow:
    window = MainWindow(ui_vault.unlock(login), ui_vault.path, login)
    qtbot.addWidget(window)
    window.show()
    return window


def _actions(window) -> list[str]:
    return [e.action for e in window.session.vault.audit.entries()]


def test_hr_looks_up_a_pupil_records_the_reason_and_gets_the_dossier(qtbot, ui_vault):
    director = _window(qtbot, ui_vault, "directeur")
    assert not director.workspace.list_page.lookup_button.isVisibleTo(director)
    director.close()

    window = _window(qtbot, ui_vault, "hr")
    list_page = window.workspace.list_page
    assert list_page.lookup_button.isVisibleTo(window)
    assert list_page.lookup_button.text() == "Leerling opzoeken voor een zaak…"
    assert "Şeyma Yılmaz" not in [s.name for s in list_page.model.summaries()]
    dialog = list_page.lookup_pupil()
    assert isinstance(dialog, PupilLookupDialog)
    dialog.query.setText("Şe")
    dialog.run_search()
    assert "minstens drie letters" in dialog.errors.labels["text"].text()
    dialog.query.setText("Yılm")
    dialog.search_button.click()
    assert dialog.model.rowCount() == 1
    pupil = dialog.chosen()  # one hit is chosen at once
    assert (pupil.name, pupil.number) == ("Şeyma Yılmaz", "L-1001")
    assert dialog.table.model().index(0, 2).data() == "groep 6"
    assert dialog.found.text() == "1 leerling gevonden."
    assert not dialog.ok_button.isEnabled()  # the reason is required
    dialog.reason.setPlainText(CASE_REASON)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    page = window.workspace.dossier_page
    assert page is not None and page.dossier_id == ui_vault.pupil_dossier
    assert page.name.text() == "Şeyma Yılmaz"
    assert "need-to-know" in _actions(window)
    window.workspace.show_list()
    assert "Şeyma Yılmaz" in [s.name for s in list_page.model.summaries()]
    window.close()


def test_in_a_shared_incident_the_other_schools_pupil_is_masked_for_the_director(qtbot, ui_vault):
    """His pupil is the subject, so the case is his; the witness of the other school is
    not his to see: masked in the incident and not offered as a dossier to open."""
    case = _cross_school_case(ui_vault)
    window = _window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    workspace.show_incident(case.shared_incident)
    dialog = keyboard.opened(qtbot, workspace, IncidentDialog)
    items = [dialog.dossiers.item(i).text() for i in range(dialog.dossiers.count())]
    assert items == ["Şeyma Yılmaz — Veroorzaker"]
    details = dialog.browser.toPlainText()
    assert "[leerling] — Getuige" in details and "Noor" not in details
    dialog.reject()
    # Where he has a reason (her parents call him), he breaks the glass for her dossier.
    workspace.open_dossier(case.dossier_b)
    glass = workspace.findChild(BreakGlassDialog)
    assert glass is not None and glass.isVisible()
    assert workspace.dossier_page is None  # nothing is shown before the reason is recorded
    assert glass.title.text() == "Dit dossier valt buiten uw normale toegang"
    assert "functionaris gegevensbescherming" in glass.explanation.text()
    glass.reason.setPlainText("nodig")
    assert not glass.ok_button.isEnabled() and "nog minstens 5 tekens" in glass.hint.text()
    glass.reason.setPlainText(GLASS_REASON)
    glass.ok_button.click()
    page = workspace.dossier_page
    assert page is not None and page.dossier_id == case.dossier_b
    assert page.name.text() == "Noor de Bruijn"
    assert "buiten uw normale toegang" in page.banner.label.text()
    assert "break-glass" in _actions(window)
    assert workspace.location().dossier_id == ""  # not reopened after the next unlock
    # With the glass broken for her, the shared incident names her again.
    workspace.show_incident(case.shared_incident)
    dialog = keyboard.opened(qtbot, workspace, IncidentDialog)
    assert "Noor de Bruijn — Getuige" in dialog.browser.toPlainText()
    dialog.reject()
    window.close()


def test_a_cancelled_break_glass_opens_nothing(qtbot, ui_vault):
    case = _cross_school_case(ui_vault)
    window = _window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    workspace.open_dossier(case.dossier_b, person_id=case.pupil_b)
    assert workspace.dossier_page is None
    glass = workspace.findChild(BreakGlassDialog)
    glass.reason.setPlainText(GLASS_REASON)
    glass.reject()
    assert workspace.dossier_page is None
    assert "break-glass" not in _actions(window)
    window.close()


def test_director_breaks_the_glass_for_an_incident_of_another_school(qtbot, ui_vault):
    case = _cross_school_case(ui_vault)
    window = _window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    workspace.show_incident(case.incident_b)
    assert keyboard.none_opened(workspace, IncidentDialog)
    glass = workspace.findChild(BreakGlassDialog)
    assert glass.title.text() == "Dit incident valt buiten uw normale toegang"
    glass.reason.setPlainText(GLASS_REASON)
    glass.ok_button.click()
    shown = workspace.findChild(IncidentDialog)
    assert shown is not None and "Pesterij in de klassenapp" in shown.browser.toPlainText()
    window.close()


def test_hr_is_pointed_to_the_case_reason_before_breaking_the_glass(qtbot, ui_vault):
    window = _window(qtbot, ui_vault, "hr")
    workspace = window.workspace
    workspace.open_dossier(ui_vault.pupil_dossier, person_id=ui_vault.pupil_id)
    glass = workspace.findChild(BreakGlassDialog)
    assert glass is not None and workspace.dossier_page is None
    assert "Leerling opzoeken voor een zaak" in glass.explanation.text()
    glass.reason.setPlainText("Dringend: de ouders staan aan de balie.")
    glass.ok_button.click()
    assert workspace.dossier_page.dossier_id == ui_vault.pupil_dossier
    window.close()


def test_breaking_the_glass_works_where_only_the_dossier_is_known(qtbot, ui_vault):
    """A search hit or a deadline knows only the dossier; the refusal names the person."""
    case = _cross_school_case(ui_vault)
    window = _window(qtbot, ui_vault, "directeur")
    workspace = window.workspace
    workspace.open_dossier(case.dossier_b)  # no person id given
    assert workspace.dossier_page is None
    glass = workspace.findChild(BreakGlassDialog)
    assert glass is not None and glass.target_id == case.pupil_b
    glass.reason.setPlainText(GLASS_REASON)
    glass.ok_button.click()
    assert workspace.dossier_page is not None
    assert workspace.dossier_page.dossier_id == case.dossier_b
    window.close()


def test_hr_reads_a_staff_case_with_the_pupils_name_masked_in_the_text(qtbot, ui_vault):
    """The parties list says "[leerling]"; the description must not give her name away."""
    director = ui_vault.unlock("directeur")
    try:
        now = datetime.now().replace(microsecond=0)
        case = incidents.record_incident(
            director,
            IncidentDraft(
                title="Filmpje over meester Łukasz",
                occurred_at=now - timedelta(days=2),
                known_at=now - timedelta(days=1),
                category="insult",
                seriousness="medium",
                school_id=ui_vault.school_a,
                parties=(
                    PartyDraft(ui_vault.staff_id, "victim"),
                    PartyDraft(ui_vault.pupil_id, "subject"),
                ),
                description="Şeyma Yılmaz filmde meester Łukasz; SEYMA zette het op TikTok.",
            ),
        )
    finally:
        director.close()
    window = _window(qtbot, ui_vault, "hr")
    window.workspace.show_incident(case.id)
    dialog = keyboard.opened(qtbot, window.workspace, IncidentDialog)
    text = dialog.browser.toPlainText()
    assert "[leerling] — Veroorzaker" in text
    assert "[leerling] filmde meester Łukasz; [leerling] zette het op TikTok." in text
    assert "Şeyma" not in text and "SEYMA" not in text and "Yılmaz" not in text
    dialog.reject()
    window.close()
