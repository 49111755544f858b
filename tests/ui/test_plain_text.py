"""User text is shown as typed: markup in a name, note or purpose is never rich text.

Qt shows a label or tooltip whose text merely looks like HTML as rich text:
``<b>x</b> & <i>`` would appear as a bold "x &". Every field below holds that
marker; each screen is walked widget by widget, and wherever the marker
reaches a label, a tooltip (of a widget or of a table cell) or a button, it
must show literally.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QTabBar,
    QTextEdit,
    QWidget,
)

from skot_dossier.services import access, incidents, people, privacy
from tests.helpers import PASSPHRASE
from tests.ui import keyboard
from tests.vaults import PNG, SCHOOL_A, VaultBuilder, incident_draft, pupil_draft, staff_draft
from ui.dossier.incident_dialog import IncidentDialog
from ui.main_window import MainWindow
from ui.pages.approve_dialog import ApproveErasureDialog
from ui.pages.erase_dialog import EraseDialog

MARK = "<b>x</b> & <i>"
FILE_MARK = "<b>x & <i>"  # a file name cannot hold the "/" of "</b>"


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt draws for ``text``: rich text when asked, or when it looks like it."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _carries(text: str, mark: str = MARK) -> bool:
    return bool(text) and (mark in text or html.escape(mark) in text or "x &" in shown(text))


@dataclass
class Found:
    where: str
    shows: str
    mark: str = MARK

    @property
    def literal(self) -> bool:
        return self.mark in self.shows


def _model_tooltips(view: QAbstractItemView, mark: str) -> list[Found]:
    model: QAbstractItemModel | None = view.model()
    found = []
    if model is None:
        return found
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(model.rowCount(root)):
        for column in range(columns):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and _carries(tip, mark):
                where = f"{view.objectName()} tooltip {row},{column}"
                found.append(Found(where, shown(tip), mark))
    return found


def walk(top: QWidget, mark: str = MARK) -> list[Found]:
    """Every place in ``top`` where the marker reaches the screen, as it is drawn."""
    found = []

    def add(where: str, shows: str) -> None:
        found.append(Found(where, shows, mark))

    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if _carries(widget.toolTip(), mark):
            add(f"{name} tooltip", shown(widget.toolTip()))
        if isinstance(widget, QLabel) and _carries(widget.text(), mark):
            add(f"{name} text", shown(widget.text(), widget.textFormat()))
        if isinstance(widget, QAbstractButton) and _carries(widget.text(), mark):
            add(f"{name} text", widget.text().replace("&&", "&"))
            if "&&" not in widget.text():
                add(f"{name} text (mnemonic)", "")
        if isinstance(widget, QGroupBox) and _carries(widget.title(), mark):
            add(f"{name} title", widget.title().replace("&&", "&"))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if _carries(widget.tabText(i), mark):
                    add(f"{name} tab", widget.tabText(i).replace("&&", "&"))
        if isinstance(widget, QTextEdit) and _carries(widget.toHtml(), mark):
            add(f"{name} document", widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            found += _model_tooltips(widget, mark)
    return found


def assert_literal(top: QWidget, *expected: str, mark: str = MARK) -> list[Found]:
    found = walk(top, mark)
    bad = [f for f in found if not f.literal]
    assert not bad, bad
    for where in expected:  # the walk did reach the places this test is about
        assert any(where in f.where for f in found), (where, [f.where for f in found])
    return found


@dataclass
class MarkedVault:
    path: Path
    staff_dossier: str
    incident_id: str
    staff_id: str


def build_marked_vault(path: Path) -> MarkedVault:
    built = VaultBuilder(path)
    try:
        school = built.school(SCHOOL_A, "Jan Klaassen", name=f"Basisschool {MARK}")
        built.users((school.id,), names={"hr": f"Fatima {MARK}", "directeur": f"Jan {MARK}"})
    finally:
        built.lock()
    hr = built.unlock("hr")
    try:
        staff, staff_dossier = people.create_person(
            hr,
            staff_draft(
                school,
                "P-2001",
                family_name=f"Wójcik {MARK}",
                position=f"Leerkracht {MARK}",
                address=None,
            ),
        )
        pupil, _ = people.create_person(
            hr,
            pupil_draft(school, "L-1001", guardian=f"Ayşe {MARK}"),
            case_reason=f"Zaakreden {MARK}",
        )
        incident = incidents.record_incident(
            hr,
            incident_draft(
                school,
                pupil,
                staff,
                title=f"Filmpje {MARK}",
                description=f"Wat er gebeurde {MARK}",
                consequences=f"Gevolgen {MARK}",
                handles=(f"@account {MARK}",),
            ),
        )
        incidents.add_timeline_entry(
            hr, staff_dossier.id, "note", date.today(), f"Notitie {MARK}\nTweede regel"
        )
        built.screenshot(
            hr,
            incident,
            f"scherm {MARK}.png",
            description=f"Schermafdruk {MARK}",
            captured_by=f"Juf {MARK}",
        )
        privacy.place_legal_hold(hr, staff_dossier.id, "appeal", f"Beroep {MARK}")
    finally:
        hr.close()
    return MarkedVault(path, staff_dossier.id, incident.id, staff.id)


@pytest.fixture
def marked(tmp_path) -> MarkedVault:
    return build_marked_vault(tmp_path / "Markup.skotvault")


def _window(qtbot, vault: MarkedVault, login: str) -> MainWindow:
    session = access.unlock(vault.path, PASSPHRASE, label=login)
    window = MainWindow(session, vault.path, login)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_shared_checker_sees_rich_text_where_qt_would_draw_it():
    label = QLabel(f"Notitie {MARK}")
    assert not walk(label)[0].literal  # AutoText: Qt would draw a bold x
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert walk(label)[0].literal


def test_hr_sees_every_typed_value_literally(qtbot, marked):
    window = _window(qtbot, marked, "hr")
    assert_literal(window, "userLabel")  # the status bar names the user
    page = window.workspace.open_dossier(marked.staff_dossier)
    assert page is not None
    page.evidence.table.selectRow(0)
    assert_literal(
        window,
        "dossierName",
        "timelineTable tooltip",  # the note in full, as a tooltip
        "evidenceDetails",
    )
    dialog = page.legal_hold()
    assert_literal(dialog, "holdTable tooltip")
    dialog.reject()
    window.workspace.show_incident(marked.incident_id)
    incident = keyboard.opened(qtbot, window.workspace, IncidentDialog)
    assert_literal(incident, "incidentDetails")
    incident.reject()
    window.close()


def test_the_privacy_officer_sees_purposes_and_names_in_the_log_literally(qtbot, marked):
    window = _window(qtbot, marked, "privacy")
    audit = window.workspace.page("audit")
    assert audit.model.rowCount() > 0
    found = assert_literal(audit, "auditTable tooltip")
    assert any("Zaakreden" in f.shows for f in found)  # the purpose column's tooltip
    assert any("Fatima" in f.shows for f in found)  # the user column's tooltip
    audit.table.selectRow(0)
    assert_literal(audit)
    window.close()


def test_a_file_name_with_markup_shows_literally_in_intake_and_welcome(qtbot, marked, tmp_path):
    from ui import settings
    from ui.intake.evidence_picker import EvidencePicker
    from ui.welcome_window import WelcomeWindow

    picked = tmp_path / f"scherm {FILE_MARK}.png"
    picked.write_bytes(PNG)
    picker = EvidencePicker()
    qtbot.addWidget(picker)
    picker.add_files([picked])
    assert_literal(picker, "tooltip 0,0", mark=FILE_MARK)

    folder = tmp_path / f"Kluis {FILE_MARK}"
    marked.path.rename(folder)
    settings.put(settings.LAST_VAULT, str(folder))
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    assert welcome.last_button.isVisibleTo(welcome)
    assert_literal(welcome, "openLast", mark=FILE_MARK)


def test_the_destruction_dialogs_name_the_person_literally(qtbot, marked):
    hr = access.unlock(marked.path, PASSPHRASE, label="hr")
    try:
        school = people.list_schools(hr)[0]
        people.create_person(
            hr,
            staff_draft(
                school,
                "P-0999",
                given_name=f"Gerrit {MARK}",
                family_name="Oudeman",
                position="",
                address=None,
                employment_start=date(2010, 8, 1),
                employment_end=date(2021, 7, 31),
            ),
        )
    finally:
        hr.close()
    window = _window(qtbot, marked, "privacy")
    window.workspace.show_page("retention")
    page = window.workspace.pages["retention"]
    page.due_only.setChecked(True)
    page.table.selectRow(0)
    page.approve()
    dialog = keyboard.opened(qtbot, page, ApproveErasureDialog)
    assert_literal(dialog, "erasurePerson")
    dialog.reject()
    page.erase()
    dialog = keyboard.opened(qtbot, page, EraseDialog)
    assert_literal(dialog, "erasurePerson")
    dialog.reject()
    window.close()
