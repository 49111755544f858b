"""Retention: what is due, destroying with two people, receipts, legal holds, the register."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from skot_dossier.domain.drafts import PersonDraft
from skot_dossier.services import people, settings
from skot_dossier.services.people import NotFound
from ui.dossier.legal_hold_dialog import LegalHoldDialog
from ui.main_window import MainWindow
from ui.pages.approve_dialog import ApproveErasureDialog
from ui.pages.erase_dialog import EraseDialog
from ui.pages.info_pages import NotForRolePage
from ui.pages.retention_page import RetentionPage

STATE = 5  # the column with the state of a dossier's retention


def _former_teacher(ui_vault) -> tuple[str, str]:
    """A teacher who left in 2021: two years later the dossier is due for review."""
    director = ui_vault.unlock("directeur")
    try:
        person, dossier = people.create_person(
            director,
            PersonDraft(
                kind="staff",
                given_name="Gerrit",
                family_name="Oudeman",
                number="P-0999",
                school_ids=(ui_vault.school_a,),
                salutation="heer",
                position="Leerkracht groep 8",
                employment_start=date(2010, 8, 1),
                employment_end=date(2021, 7, 31),
            ),
        )
    finally:
        director.close()
    return person.id, dossier.id


def _window(qtbot, ui_vault, login: str) -> MainWindow:
    window = MainWindow(ui_vault.unlock(login), ui_vault.path, login)
    qtbot.addWidget(window)
    window.show()
    return window


def _page(window) -> RetentionPage:
    window.workspace.show_page("retention")
    page = window.workspace.pages["retention"]
    assert isinstance(page, RetentionPage)
    return page


def _due(page: RetentionPage) -> None:
    page.due_only.setChecked(True)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)


def _cell(page: RetentionPage, column: int, row: int = 0) -> str:
    return page.table.model().index(row, column).data()


def _approve(page: RetentionPage):
    page.approve_button.click()
    shown = [d for d in page.findChildren(ApproveErasureDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _erase(page: RetentionPage) -> EraseDialog:
    """Destroy the chosen dossier: the dialog opens once its facts have been read."""
    page.erase()
    shown = [d for d in page.findChildren(EraseDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_one_agrees_another_destroys_and_the_receipt_is_listed(qtbot, ui_vault):
    person_id, dossier_id = _former_teacher(ui_vault)
    window = _window(qtbot, ui_vault, "privacy")
    page = _page(window)
    assert page.model.rowCount() == 3  # every dossier, names left out
    _due(page)
    assert _cell(page, 0) == f"#{person_id[:8]}"
    assert _cell(page, 1) == "Medewerker" and _cell(page, STATE) == "Aan de beurt"
    assert "Oudeman" not in " ".join(_cell(page, c) for c in range(7))
    assert page.approve_button.text() == "&Akkoord voor vernietiging…"
    dialog = _approve(page)
    dialog.ok_button.click()
    assert "akkoord is vastgelegd" in page.notice.label.text()
    page.table.selectRow(0)
    assert _cell(page, 6) == "Priya Ramdin"
    assert not page.approve_button.isEnabled()  # agreeing twice counts once
    assert "Iemand anders" in page.hint.text()

    dialog = _erase(page)  # the same person cannot also destroy it
    assert not dialog.reason.isVisibleTo(dialog)  # due: no reason asked
    assert not dialog.ok_button.isEnabled()
    dialog.understood.setChecked(True)
    dialog.ok_button.click()
    assert "Eerst moet iemand anders akkoord geven" in dialog.errors.general.text()
    dialog.reject()
    window.close()

    window = _window(qtbot, ui_vault, "hr")
    page = _page(window)
    _due(page)
    dialog = _erase(page)
    assert isinstance(dialog, EraseDialog)
    assert "niet ongedaan" in dialog.warning.text()
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.erased):
        dialog.ok_button.click()
    assert "Het dossier is vernietigd" in page.notice.label.text()
    assert "akkoord van Priya Ramdin, vernietigd door Fatima Bakker" in page.notice.label.text()
    assert page.tabs.currentIndex() == page.DESTROYED
    receipts = page.receipt_table.model()
    assert receipts.rowCount() == 1
    receipt = [receipts.index(0, c).data() for c in range(8)]
    assert receipt[2:7] == [
        "Medewerker",
        "Personeelsdossier (sociale media)",
        "Priya Ramdin",
        "Fatima Bakker",
        "Nee",
    ]
    assert page.receipt_count.text() == "1 dossier vernietigd"
    assert page.model.rowCount() == 0  # nothing due any more
    with pytest.raises(NotFound):
        people.open_dossier(window.session, dossier_id)
    window.close()


def test_destroying_early_needs_a_reason(qtbot, ui_vault):
    admin = ui_vault.unlock("beheer")
    settings.set_setting(admin, "retention.two_person_approval", "false")
    admin.close()
    window = _window(qtbot, ui_vault, "privacy")
    page = _page(window)
    rows = [page.model.record(r) for r in range(page.model.rowCount())]
    row = next(r for r, item in enumerate(rows) if item.kind == "pupil")
    page.table.selectRow(page.table.model().mapFromSource(page.model.index(row, 0)).row())
    assert _cell(page, STATE, page.table.currentIndex().row()) == "Nog niet begonnen"
    assert "vraagt een reden" in page.hint.text()
    dialog = _erase(page)
    assert dialog.reason.isVisibleTo(dialog)
    assert "nog niet eens begonnen" in dialog.reason_label.text()
    dialog.understood.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # the reason comes first
    dialog.reason.setPlainText("Verzoek van de ouders om verwijdering (AVG art. 17), 2 maart.")
    with qtbot.waitSignal(dialog.erased):
        dialog.ok_button.click()
    receipts = page.receipt_table.model()
    assert receipts.index(0, 2).data() == "Leerling"
    assert receipts.index(0, 6).data() == "Ja, met reden"
    with pytest.raises(NotFound):
        people.open_dossier(window.session, ui_vault.pupil_dossier)
    window.close()


def test_a_legal_hold_from_the_dossier_blocks_destruction(qtbot, ui_vault):
    _person_id, dossier_id = _former_teacher(ui_vault)
    window = _window(qtbot, ui_vault, "directeur")
    dossier = window.workspace.open_dossier(dossier_id)
    assert dossier.hold_button.isVisibleTo(dossier)
    assert dossier.hold_button.text() == "Bewaarplicht…"
    dialog = dossier.legal_hold()
    assert isinstance(dialog, LegalHoldDialog)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds == ["Beroep", "Bezwaar", "Rechtszaak", "Aangifte bij de politie", "Inzageverzoek"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("objection"))
    dialog.note.setText("Bezwaar tegen de berisping, ontvangen op 4 maart")
    dialog.place_button.click()
    assert dialog.model.rowCount() == 1
    assert dialog.table.model().index(0, 0).data() == "Bezwaar"
    assert dialog.table.model().index(0, 3).data() == "actief"
    assert "voorkomt" in dialog.status.text()
    dialog.reject()
    window.close()

    window = _window(qtbot, ui_vault, "privacy")
    page = _page(window)
    page.due_only.setChecked(True)
    assert page.model.rowCount() == 0  # on hold: not due
    page.due_only.setChecked(False)
    row = next(
        r for r in range(page.model.rowCount()) if page.model.record(r).dossier_id == dossier_id
    )
    page.table.selectRow(page.table.model().mapFromSource(page.model.index(row, 0)).row())
    assert page.selected().on_hold
    assert _cell(page, STATE, page.table.currentIndex().row()) == "Bewaarplicht"
    assert not page.approve_button.isEnabled() and not page.erase_button.isEnabled()
    assert "bewaarplicht" in page.hint.text()
    window.close()

    window = _window(qtbot, ui_vault, "hr")
    dialog = window.workspace.open_dossier(dossier_id).legal_hold()
    dialog.table.selectRow(0)
    dialog.lift_button.click()
    assert dialog.table.model().index(0, 3).data() == "actief"  # it asks first
    dialog.findChild(QMessageBox, "confirmLift").findChild(QPushButton, "confirmLiftYes").click()
    assert dialog.table.model().index(0, 3).data() != "actief"
    assert "gewone bewaartermijn" in dialog.status.text()
    dialog.reject()
    page = _page(window)
    _due(page)
    assert _cell(page, STATE) == "Aan de beurt"
    window.close()


def test_each_role_sees_only_what_it_may_do(qtbot, ui_vault, tmp_path, monkeypatch):
    window = _window(qtbot, ui_vault, "directeur")
    window.workspace.show_page("retention")
    assert isinstance(window.workspace.pages["retention"], NotForRolePage)
    window.close()

    window = _window(qtbot, ui_vault, "hr")
    page = _page(window)
    assert page.approve_button.isVisibleTo(page) and page.erase_button.isVisibleTo(page)
    assert page.register_button.isVisibleTo(page)
    window.close()

    window = _window(qtbot, ui_vault, "beheer")
    page = _page(window)
    assert not page.may_view and not hasattr(page, "tabs")  # the register only
    assert page.register_button.text() == "Verwerkingsregister (AVG art. 30)…"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "register"), "Markdown-tekst (*.md)"),
    )
    page.register_button.click()
    assert "Register van verwerkingsactiviteiten" in (tmp_path / "register.md").read_text(
        encoding="utf-8"
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "register.pdf"), "")
    )
    page.register_button.click()
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")
    window.close()

    window = _window(qtbot, ui_vault, "privacy")
    assert window.workspace.dossier_page is None  # the privacy officer opens no dossiers
    page = _page(window)
    assert page.approve_button.isVisibleTo(page) and page.register_button.isVisibleTo(page)
    window.close()


def _own_and_shared_incident(ui_vault, person_id: str) -> None:
    """One incident only about the former teacher (with a file), one shared with a pupil."""
    import io
    from datetime import datetime, timedelta

    from skot_dossier.domain.drafts import EvidenceDraft, IncidentDraft, PartyDraft
    from skot_dossier.services import evidence, incidents
    from tests.vaults import PNG

    director = ui_vault.unlock("directeur")
    try:
        when = datetime(2021, 3, 1, 10, 0)
        for parties in (
            (PartyDraft(person_id, "subject"),),
            (
                PartyDraft(person_id, "subject"),
                PartyDraft(ui_vault.pupil_id, "victim"),
            ),
        ):
            incident = incidents.record_incident(
                director,
                IncidentDraft(
                    title="Bericht in de ouderapp",
                    occurred_at=when,
                    known_at=when + timedelta(hours=2),
                    category="insult",
                    seriousness="low",
                    school_id=ui_vault.school_a,
                    parties=parties,
                    description="Een bericht over een collega",
                ),
            )
        evidence.add_evidence(
            director, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name="a.png")
        )
    finally:
        director.close()


def test_agreeing_names_the_person_and_what_goes_and_can_be_withdrawn(qtbot, ui_vault):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    person_id, dossier_id = _former_teacher(ui_vault)
    _own_and_shared_incident(ui_vault, person_id)
    window = _window(qtbot, ui_vault, "privacy")
    page = _page(window)
    _due(page)
    audit = window.session.vault.audit
    before = audit.head().seq
    dialog = _approve(page)
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QLabel, "erasurePerson").text() == "Gerrit Oudeman (P-0999), medewerker"
    counts = dialog.findChild(QLabel, "erasureCounts").text()
    assert "incidenten: 1" in counts and "tijdlijnregels: 2" in counts
    assert "1 incident waar ook anderen" in dialog.findChild(QLabel, "erasureStays").text()
    preview_counts = dialog.preview.counts
    # Showing the name is logged as a view of his dossier's retention.
    shown = audit.entries(after_seq=before)
    assert [(e.action, e.object_type, e.subject_id) for e in shown] == [
        ("view", "retention", person_id)
    ]
    # Enter does not agree: Cancel is the default button.
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert page.model.record(0).approvals == ()
    assert all(e.action != "approve-erasure" for e in audit.entries(after_seq=before))

    dialog = _approve(page)
    dialog.ok_button.click()
    page.table.selectRow(0)
    assert page.selected().approvals == ("Priya Ramdin",)
    assert page.withdraw_button.isEnabled() and "intrekken" in page.hint.text()
    page.withdraw_button.click()
    assert "ingetrokken" in page.notice.label.text()
    page.table.selectRow(0)
    assert page.selected().approvals == () and not page.withdraw_button.isEnabled()
    withdrawn = [e for e in audit.entries(after_seq=before) if e.action.startswith("withdraw")]
    assert [(e.action, e.object_id, e.subject_id) for e in withdrawn] == [
        ("withdraw-erasure-approval", dossier_id, person_id)
    ]
    dialog = _approve(page)
    dialog.ok_button.click()
    window.close()

    # The second person destroys exactly what the first was told would go.
    window = _window(qtbot, ui_vault, "hr")
    page = _page(window)
    _due(page)
    dialog = _erase(page)
    assert dialog.findChild(QLabel, "erasurePerson").text().startswith("Gerrit Oudeman")
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.erased) as erased:
        dialog.ok_button.click()
    destroyed = dict(erased.args[0].counts)
    assert destroyed.pop("approvals") == 1  # the agreement given after the preview
    assert destroyed == preview_counts
    window.close()
