"""No two Alt-letters (mnemonics, the "&x" in a label) of one window collide, in Dutch and in
English: with a clash, Alt+letter only cycles between the two and never does what it says."""

from __future__ import annotations

import pytest

from skot_dossier.services import people, privacy
from tests.helpers import PASSPHRASE
from tests.ui import keyboard
from ui import i18n
from ui.break_glass_dialog import BreakGlassDialog
from ui.change_passphrase_dialog import ChangePassphraseDialog
from ui.create_vault_wizard import CreateVaultWizard
from ui.dossier.add_evidence_dialog import AddEvidenceDialog
from ui.dossier.incident_dialog import IncidentDialog
from ui.dossier.legal_hold_dialog import LegalHoldDialog
from ui.dossier.timeline_dialog import TimelineEntryDialog
from ui.forms.admin_dialogs import SchoolDialog, UserDialog
from ui.forms.person_form import PersonForm
from ui.intake.wizard import IntakeWizard
from ui.main_window import MainWindow
from ui.pages.approve_dialog import ApproveErasureDialog
from ui.pages.erase_dialog import EraseDialog
from ui.pages.person_lookup_dialog import PersonLookupDialog
from ui.pages.pupil_lookup_dialog import PupilLookupDialog
from ui.reset_passphrase_dialog import ResetPassphraseDialog
from ui.restore_dialog import RestoreDialog
from ui.unlock_dialog import UnlockDialog
from ui.welcome_window import WelcomeWindow


class Opened:
    """The one session a test opens (a vault is open in one place at a time)."""

    def __init__(self, ui_vault) -> None:
        self.ui_vault = ui_vault
        self.open = None

    def session(self, login: str):
        if self.open is None:
            self.open = self.ui_vault.unlock(login)
        assert self.open.vault.slot.label == login
        return self.open

    def close(self) -> None:
        if self.open is not None:
            self.open.close()


def _main(o: Opened, login: str, page: str = ""):
    window = MainWindow(o.ui_vault.unlock(login), o.ui_vault.path, login)
    if page:
        window.workspace.show_page(page)
    return window


def _dossier(o: Opened, login: str = "directeur"):
    window = _main(o, login)
    window.workspace.open_dossier(o.ui_vault.pupil_dossier)
    return window


def _locked(o: Opened):
    window = _main(o, "directeur")
    window.lock()
    return window


def _view(o: Opened, login: str = "directeur"):
    return people.open_dossier(o.session(login), o.ui_vault.pupil_dossier)


def _incident(o: Opened):
    session = o.session("directeur")
    view = people.open_dossier(session, o.ui_vault.pupil_dossier)
    return view.incidents[0]


def _restore_by_recovery():
    dialog = RestoreDialog()
    dialog.by_recovery.setChecked(True)
    return dialog


def _unlock_by_recovery(o: Opened):
    dialog = UnlockDialog(o.ui_vault.path)
    dialog.panel.use_recovery.setChecked(True)
    return dialog


def _ready(dialog):
    dialog.reason.setPlainText("Verzoek tot verwijdering, AVG art. 17")
    dialog.understood.setChecked(True)
    return dialog


def _with_reason(dialog):
    dialog.reason.setPlainText("De ouders belden; de directeur is afwezig.")
    return dialog


def _preview(o: Opened):
    session = o.session("hr")
    item = privacy.retention_overview(session)[0]
    return session, privacy.erasure_preview(session, item.dossier_id)


def _erase(o: Opened):
    return EraseDialog(*_preview(o))


def _approve(o: Opened):
    return ApproveErasureDialog(*_preview(o))


WINDOWS = {
    "welcome": lambda o: WelcomeWindow(),
    "unlock": lambda o: UnlockDialog(o.ui_vault.path),
    "restore": lambda o: RestoreDialog(),
    "restore (recovery key)": lambda o: _restore_by_recovery(),
    "unlock (recovery key)": lambda o: _unlock_by_recovery(o),
    "main window (director)": lambda o: _main(o, "directeur"),
    "main window (HR)": lambda o: _main(o, "hr"),
    "main window (privacy officer)": lambda o: _main(o, "privacy"),
    "main window (administrator)": lambda o: _main(o, "beheer"),
    "deadlines": lambda o: _main(o, "directeur", "deadlines"),
    "retention": lambda o: _main(o, "hr", "retention"),
    "settings (administrator)": lambda o: _main(o, "beheer", "settings"),
    "dossier": lambda o: _dossier(o),
    "lock screen": lambda o: _locked(o),
    "new dossier": lambda o: PersonForm(o.session("directeur"), []),
    "edit details": lambda o: PersonForm(o.session("directeur"), [], _view(o).person),
    "timeline entry": lambda o: TimelineEntryDialog(o.session("directeur"), _view(o)),
    "legal hold": lambda o: LegalHoldDialog(o.session("hr"), o.ui_vault.staff_dossier),
    "incident": lambda o: IncidentDialog(_incident(o), "Basisschool De Vliegeraar"),
    "add evidence": lambda o: AddEvidenceDialog(o.session("directeur"), _incident(o)),
    "break the glass": lambda o: BreakGlassDialog(o.session("hr"), o.ui_vault.pupil_id),
    "pupil lookup": lambda o: PupilLookupDialog(o.session("hr")),
    "who looked": lambda o: PersonLookupDialog(o.session("privacy")),
    "change passphrase": lambda o: ChangePassphraseDialog(o.session("hr"), "Fatima Bakker"),
    "reset passphrase": lambda o: ResetPassphraseDialog(o.session("beheer"), ("hr", "beheer")),
    "add school": lambda o: SchoolDialog(o.session("beheer")),
    "add user": lambda o: UserDialog(o.session("beheer"), []),
    "destroy dossier": _erase,
    "agree to destruction": _approve,
    "destroy dossier (understood)": lambda o: _ready(_erase(o)),
    "break the glass (reason typed)": lambda o: _with_reason(
        BreakGlassDialog(o.session("hr"), o.ui_vault.pupil_id)
    ),
}
WIZARDS = {
    "new incident": lambda o: IntakeWizard(o.session("directeur"), _view(o)),
    "new vault": lambda o: CreateVaultWizard(),
}


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "nl")


@pytest.fixture
def opened(ui_vault):
    o = Opened(ui_vault)
    yield o
    o.close()


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_no_two_mnemonics_of_a_window_collide(qtbot, opened, language, name):
    window = keyboard.show(qtbot, WINDOWS[name](opened))
    assert keyboard.window_clashes(window) == {}
    getattr(window, "discard", window.close)()


@pytest.mark.parametrize("name", sorted(WIZARDS))
def test_no_two_mnemonics_of_a_wizard_page_collide(qtbot, opened, language, name):
    wizard = keyboard.show(qtbot, WIZARDS[name](opened))
    found = {
        wizard.page(page_id).title(): keyboard.wizard_page_clashes(wizard, page_id)
        for page_id in wizard.pageIds()
    }
    assert {title: clash for title, clash in found.items() if clash} == {}
    wizard.discard()


def test_the_checker_finds_a_clash(qtbot, ui_vault):
    """The reported clash of the English unlock dialog (&User / &Unlock), rebuilt."""
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    label = QLabel("&User:")
    field = QLineEdit()
    label.setBuddy(field)
    for widget in (label, field, QPushButton("&Unlock")):
        layout.addWidget(widget)
    keyboard.show(qtbot, dialog)
    assert keyboard.window_clashes(dialog) == {"u": ["&User:", "&Unlock"]}
    assert PASSPHRASE  # the vault fixture stays unused here


def _tab_stops(window) -> set:
    """Every shown, enabled button and field Tab should reach."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QComboBox,
        QLineEdit,
        QRadioButton,
        QWidget,
    )

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractScrollArea)
    return {
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QComboBox | QLineEdit)
        # Tab enters a group of radio buttons once; the arrow keys move within it.
        and not (isinstance(w, QRadioButton) and w.autoExclusive())
        and w.objectName() not in ("qt_spinbox_lineedit", "qt_calendar_calendarview")
    }


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_tab_reaches_every_button_and_field(qtbot, opened, name):
    from PySide6.QtCore import Qt

    window = keyboard.show(qtbot, WINDOWS[name](opened))
    stops = _tab_stops(window)
    reached = set()
    for _ in range(3 * len(stops) + 5):
        reached.add(window.focusWidget())
        keyboard.press(window, Qt.Key.Key_Tab)
    missed = sorted(
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
        for w in stops - reached
    )
    from PySide6.QtWidgets import QRadioButton

    groups = {
        r.parentWidget()
        for r in window.findChildren(QRadioButton)
        if r.isVisibleTo(window) and r.isEnabled()
    }
    missed += [
        f"radio buttons in {g.objectName() or type(g).__name__}"
        for g in groups
        if not any(isinstance(w, QRadioButton) and w.parentWidget() is g for w in reached)
    ]
    assert missed == [], "\n".join(missed)
    getattr(window, "discard", window.close)()


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_destructive_buttons_are_never_default(qtbot, opened, name):
    """Shown, a dialog's destructive buttons are neither default nor auto-default, so
    Enter never triggers them (a button box would make its first accept button default)."""
    from PySide6.QtWidgets import QPushButton

    from ui.keys import DESTRUCTIVE

    window = keyboard.show(qtbot, WINDOWS[name](opened))
    for button in window.findChildren(QPushButton):
        if button.property(DESTRUCTIVE):
            assert not button.isDefault() and not button.autoDefault(), button.text()
    getattr(window, "discard", window.close)()
