"""The log (Logboek) as the privacy officer uses it: review, who looked, verify, export."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skot_dossier.audit import Anchor, AuditEntry, ChainProblem, VerifyReport
from skot_dossier.services import audit_review, people, privacy
from skot_dossier.services.audit_review import ReviewRow
from skot_dossier.services.permissions import PermissionDenied
from ui.main_window import MainWindow
from ui.pages.audit_model import SERIOUS, AuditTableModel
from ui.pages.audit_page import AuditLogPage
from ui.pages.info_pages import NotForRolePage

CASE_REASON = "Getuige in de zaak over het filmpje van meester Łukasz"


def _activity(ui_vault) -> None:
    """HR is refused the pupil's dossier, records a case reason, then reads it."""
    hr = ui_vault.unlock("hr")
    try:
        with pytest.raises(PermissionDenied):
            people.open_dossier(hr, ui_vault.pupil_dossier)
        privacy.record_case_reason(hr, ui_vault.pupil_id, CASE_REASON)
        people.open_dossier(hr, ui_vault.pupil_dossier)
    finally:
        hr.close()
    director = ui_vault.unlock("directeur")
    try:
        people.open_dossier(director, ui_vault.pupil_dossier)
    finally:
        director.close()


def _window(qtbot, ui_vault, login: str) -> MainWindow:
    window = MainWindow(ui_vault.unlock(login), ui_vault.path, login)
    qtbot.addWidget(window)
    window.show()
    return window


def _column(page: AuditLogPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _save_as(monkeypatch, path, selected: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), selected))


def test_the_privacy_officer_reviews_the_log_and_filters_to_flagged(qtbot, ui_vault):
    _activity(ui_vault)
    window = _window(qtbot, ui_vault, "privacy")
    workspace = window.workspace
    assert workspace.current_key() == "audit"  # no dossiers for this role: the log comes first
    page = workspace.page("audit")
    assert isinstance(page, AuditLogPage)
    horizontal = Qt.Orientation.Horizontal
    headers = [page.model.headerData(c, horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Nr.", "Tijd", "Gebruiker (rol)", "Actie", "Betrokkene", "Doel", "Signalen"]
    users = _column(page, AuditTableModel.USER)
    assert "Fatima Bakker (HR-medewerker)" in users
    assert "Jan Klaassen (Schooldirecteur)" in users
    assert "Bekeken (dossier)" in _column(page, AuditTableModel.ACTION)
    assert "Şeyma Yılmaz" in _column(page, AuditTableModel.SUBJECT)
    assert CASE_REASON in _column(page, AuditTableModel.PURPOSE)
    assert re.fullmatch(r"\d+ regels", page.count.text())
    before = {row.entry.seq for row in page.model.records()}

    page.filters.flagged.setChecked(True)
    # Each review is logged too (and flagged when it happens at an unusual hour).
    flagged = {row.entry.seq for row in page.model.records() if row.entry.seq <= max(before)}
    assert flagged and flagged <= before
    signals = _column(page, AuditTableModel.FLAGS)
    assert all(signals)  # every row shown carries a signal
    assert any("Zaakreden" in s for s in signals) and any("Geweigerd" in s for s in signals)

    page.filters.user.setCurrentIndex(page.filters.user.findData("Fatima Bakker"))
    assert set(_column(page, AuditTableModel.USER)) == {"Fatima Bakker (HR-medewerker)"}
    page.filters.action.setCurrentIndex(page.filters.action.findData("need-to-know"))
    assert _column(page, AuditTableModel.ACTION) == ["Zaakreden vastgelegd (persoon)"]
    page.table.selectRow(0)
    assert "Regel" in page.details.text() and "uitkomst: gelukt" in page.details.text()
    window.close()


def test_who_looked_at_a_pupils_dossier(qtbot, ui_vault):
    _activity(ui_vault)
    window = _window(qtbot, ui_vault, "privacy")
    page = window.workspace.page("audit")
    dialog = page.look_up_person()
    assert dialog.windowTitle() == "Wie heeft dit dossier ingezien? — SKOT Dossier"
    dialog.query.setText("Yılm")  # non-ASCII: set directly, never typed with keyClicks
    dialog.search_button.click()
    assert dialog.found.text() == "1 persoon gevonden."
    assert dialog.ok_button.isEnabled()  # the one hit is chosen at once
    dialog.ok_button.click()

    assert page.person_bar.isVisibleTo(page)
    assert "Şeyma Yılmaz (L-1001)" in page.person_label.text()
    assert not page.filters.user.isEnabled() and page.exports.isEnabled()
    assert set(_column(page, AuditTableModel.SUBJECT)) == {"Şeyma Yılmaz"}
    users = set(_column(page, AuditTableModel.USER))
    assert users == {"Fatima Bakker (HR-medewerker)", "Jan Klaassen (Schooldirecteur)"}
    actions = _column(page, AuditTableModel.ACTION)
    assert "Geweigerd (dossier)" in actions and "Zaakreden vastgelegd (persoon)" in actions
    assert CASE_REASON in _column(page, AuditTableModel.PURPOSE)
    assert "keer toegang tot de gegevens van deze persoon" in page.count.text()

    page.back_button.click()
    assert not page.person_bar.isVisibleTo(page) and page.filters.user.isEnabled()
    assert page.model.rowCount() > len(actions)
    window.close()


def test_verifying_shows_an_intact_log_and_its_check_number(qtbot, ui_vault):
    window = _window(qtbot, ui_vault, "privacy")
    panel = window.workspace.page("audit").verify_panel
    assert panel.button.text() == "&Logboek controleren"
    assert not panel.frame.isVisibleTo(panel)
    panel.button.click()
    assert panel.frame.isVisibleTo(panel) and panel.is_ok()
    assert panel.result.text().startswith("Het logboek is intact: alle ")
    assert panel.anchor.text() == f"Controlegetal: {panel.report.head}"
    assert re.fullmatch(r"Controlegetal: \d+-[0-9a-f]{16}-[0-9A-Y]", panel.anchor.text())
    window.close()


def test_a_filed_check_number_that_no_longer_fits_is_red(qtbot, ui_vault):
    window = _window(qtbot, ui_vault, "privacy")
    panel = window.workspace.page("audit").verify_panel
    panel.filed.setText("999999-0123456789abcdef")
    panel.button.click()
    assert panel.is_ok() is False
    panel.filed.setText(str(panel.report.head))
    panel.button.click()
    assert panel.is_ok(), (panel.result.text(), panel.report)
    window.close()


def test_a_mistyped_check_number_is_amber_and_says_it_was_mistyped(qtbot, ui_vault):
    window = _window(qtbot, ui_vault, "privacy")
    panel = window.workspace.page("audit").verify_panel
    panel.button.click()
    head = str(panel.report.head)
    typo = head[:-1] + ("2" if head[-1] != "2" else "3")
    panel.filed.clear()
    QTest.keyClicks(panel.filed, typo)  # typed as the privacy officer types it
    panel.button.click()
    text = panel.result.text()
    assert panel.symbol.text() == "?" and panel.is_ok() is False
    assert text.startswith("Het logboek zelf is intact: alle ")
    assert "verkeerd overgetypt" in text and typo in text
    assert "NIET intact" not in text and "bestuur" not in text
    # An old check number without the check character is still accepted.
    legacy = head.rsplit("-", 1)[0]
    panel.filed.setText(legacy)
    panel.button.click()
    assert panel.is_ok() and panel.symbol.text() == "✓"
    window.close()


def test_a_broken_chain_is_red_with_its_first_problem_in_words(qtbot, ui_vault, monkeypatch):
    report = VerifyReport(
        12,
        Anchor(12, "0a1b2c3d4e5f"),
        (ChainProblem(7, "edited", "entry 7 was changed"), ChainProblem(9, "gap", "missing")),
    )
    monkeypatch.setattr(audit_review, "verify_log", lambda session, anchors=(): report)
    window = _window(qtbot, ui_vault, "hr")
    panel = window.workspace.page("audit").verify_panel
    panel.verify()
    text = panel.result.text()
    assert panel.is_ok() is False and panel.symbol.text() == "✗"
    assert text.startswith("Het logboek is NIET intact. Regel 7 is gewijzigd nadat hij was")
    assert "Er is nog 1 probleem." in text
    assert panel.anchor.text() == f"Controlegetal: {report.head}"
    window.close()


def test_exports_are_written_off_the_gui_thread_and_say_where(
    qtbot, ui_vault, tmp_path, monkeypatch
):
    _activity(ui_vault)
    window = _window(qtbot, ui_vault, "privacy")
    page = window.workspace.page("audit")
    exports = page.exports
    assert exports.isVisibleTo(page)

    _save_as(monkeypatch, tmp_path / "logboek", "CSV-bestanden (*.csv)")
    exports.csv_button.click()
    text = (tmp_path / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "Keten intact" in text and "Zaakreden vastgelegd" in text
    box = page.findChild(QMessageBox, "infoBox")
    assert box is not None and str(tmp_path / "logboek.csv") in box.text()
    box.close()
    assert "Geëxporteerd (logboek)" in _column(page, AuditTableModel.ACTION)  # reloaded

    _save_as(monkeypatch, tmp_path / "logboek.pdf")
    exports.pdf_button.click()
    assert (tmp_path / "logboek.pdf").read_bytes().startswith(b"%PDF")
    _save_as(monkeypatch, tmp_path / "controlepunt")
    exports.checkpoint_button.click()
    assert (tmp_path / "controlepunt.pdf").read_bytes().startswith(b"%PDF")
    assert "Controlepunt vastgelegd (logboek)" in _column(page, AuditTableModel.ACTION)
    window.close()


def _csv_body(path) -> list[list[str]]:
    import csv

    lines = [x for x in path.read_text(encoding="utf-8-sig").splitlines() if x[:1] != "#"]
    return list(csv.reader(lines))


def test_an_export_writes_what_the_list_shows(qtbot, ui_vault, tmp_path, monkeypatch):
    _activity(ui_vault)
    window = _window(qtbot, ui_vault, "privacy")
    page = window.workspace.page("audit")
    page.filters.user.setCurrentIndex(page.filters.user.findData("Jan Klaassen"))
    shown = {row.entry.seq for row in page.model.records()}
    # His unlocks and locks are logged under his login "directeur"; the filter finds them.
    assert "Ontgrendeld" in _column(page, AuditTableModel.ACTION)
    assert set(_column(page, AuditTableModel.USER)) >= {"Jan Klaassen (Sleutelhouder)"}
    _save_as(monkeypatch, tmp_path / "jan.csv")
    page.exports.csv_button.click()
    header, *rows = _csv_body(tmp_path / "jan.csv")
    assert {int(r[0]) for r in rows} == shown
    user = header.index("Gebruiker")
    assert {r[user] for r in rows} == {"Jan Klaassen"}
    page.findChild(QMessageBox, "infoBox").close()

    dialog = page.look_up_person()
    dialog.query.setText("Yılm")
    dialog.search_button.click()
    dialog.ok_button.click()
    assert page.exports.isEnabled()  # who looked can be exported too
    shown = {row.entry.seq for row in page.model.records()}
    _save_as(monkeypatch, tmp_path / "wie.csv")
    page.exports.csv_button.click()
    header, *rows = _csv_body(tmp_path / "wie.csv")
    exported = {int(r[0]) for r in rows}
    # The same view, asked again at export time: only what was logged since is added
    # (here: that the privacy officer looked at who looked at her).
    assert shown <= exported and all(seq > max(shown) for seq in exported - shown)
    assert {r[header.index("Betrokkene")] for r in rows} == {"Şeyma Yılmaz"}
    assert "wie heeft de gegevens van deze persoon ingezien" in (
        (tmp_path / "wie.csv").read_text(encoding="utf-8-sig").lower()
    )
    window.close()


@pytest.mark.parametrize("login", ["hr", "beheer"])
def test_hr_and_the_administrator_may_only_check_the_log(qtbot, ui_vault, login):
    window = _window(qtbot, ui_vault, login)
    page = window.workspace.page("audit")
    assert isinstance(page, AuditLogPage) and not page.may_review
    for name in ("who_button", "filters", "table", "exports"):
        assert not hasattr(page, name), name
    assert page.verify_panel.button.isVisibleTo(page)
    assert re.fullmatch(r"\d+-[0-9a-f]{16}-[0-9A-Y]", page.head.text())
    page.verify_panel.button.click()
    assert page.verify_panel.is_ok()
    window.close()


def test_the_director_has_no_log_page(qtbot, ui_vault):
    window = _window(qtbot, ui_vault, "directeur")
    window.workspace.show_page("audit")
    assert isinstance(window.workspace.pages["audit"], NotForRolePage)
    window.close()


def test_a_refused_review_is_a_sentence(qtbot, ui_vault, monkeypatch):
    window = _window(qtbot, ui_vault, "privacy")
    page = window.workspace.page("audit")

    def refuse(*_args, **_kwargs):
        raise PermissionDenied()

    monkeypatch.setattr(audit_review, "review", refuse)
    page.reload()
    assert page.model.rowCount() == 0
    assert page.count.text() == "Uw rol mag het logboek niet inzien."
    window.close()


def _row(seq: int, action: str, flags: tuple[str, ...], name: str = "") -> ReviewRow:
    entry = AuditEntry(
        seq,
        "2026-03-02T13:04:05+00:00",
        "Jan Klaassen",
        "director",
        action,
        "dossier",
        "d" * 32,
        "p" * 32,
        "Ouders belden",
        "ok",
        "{}",
        "",
        "",
    )
    return ReviewRow(entry, name, flags)


def test_the_table_model_shows_dutch_words_and_tints_what_needs_a_look(qapp):
    model = AuditTableModel()
    model.set_rows(
        [
            _row(3, "break-glass", ("break-glass", "unusual-hours"), "Noor de Bruijn"),
            _row(2, "export", ("export",)),
            _row(1, "view", ()),
        ]
    )
    assert model.rowCount() == 3 and model.columnCount() == 7
    text = [model.index(0, c).data() for c in range(7)]
    assert text[0] == "3" and re.fullmatch(r"02-03-2026 \d\d:04:05", text[1])
    assert text[2:] == [
        "Jan Klaassen (Schooldirecteur)",
        "Buiten normale toegang geopend (dossier)",
        "Noor de Bruijn",
        "Ouders belden",
        "Buiten normale toegang, Ongebruikelijk tijdstip",
    ]
    assert model.index(1, AuditTableModel.SUBJECT).data() == "#pppppppp"  # no name any more
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, 0).data(background).color() == SERIOUS
    assert model.index(1, 0).data(background).color() == QColor("#fff4ce")
    assert model.index(2, 0).data(background) is None
    model.clear()
    assert model.rowCount() == 0


def test_the_log_speaks_the_users_language_with_the_cores_words(qapp):
    from skot_dossier.audit import labels as core_words
    from ui import audit_labels, i18n

    assert audit_labels.action_text("view", "dossier") == "Bekeken (dossier)"
    assert audit_labels.role("keyholder") == core_words.role("keyholder") == "Sleutelhouder"
    try:
        i18n.install(qapp, "en")
        assert audit_labels.action_text("view", "dossier") == "Viewed (dossier)"
        assert audit_labels.actor_text("beheer", "keyholder") == "beheer (Key holder)"
    finally:
        i18n.install(qapp, "nl")
