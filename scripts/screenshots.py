"""Regenerate docs/screenshots/*.png from a throwaway demo vault.

Run via ``make screenshots`` (a real X server under Xvfb) or offscreen. Nothing
touches the user's own settings or vaults: settings go to a temporary folder
and the vault is created, photographed and thrown away.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from skot_dossier.cli import DEMO_PASSPHRASE  # noqa: E402
from skot_dossier.demo import create_demo_vault  # noqa: E402
from skot_dossier.services import access, evidence, people  # noqa: E402
from skot_dossier.vault import INSECURE_TEST_PROFILE  # noqa: E402
from ui import i18n, workers  # noqa: E402
from ui.app import configure  # noqa: E402
from ui.break_glass_dialog import BreakGlassDialog  # noqa: E402
from ui.dossier.incident_dialog import IncidentDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.approve_dialog import ApproveErasureDialog  # noqa: E402
from ui.pages.erase_dialog import EraseDialog  # noqa: E402
from ui.unlock_dialog import UnlockDialog  # noqa: E402
from ui.welcome_window import WelcomeWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# Windows stay referenced until Qt has deleted them: dropping the last Python
# reference would delete a window at once, under children still waiting for
# their own deleteLater().
KEPT: list[QWidget] = []
WINDOW_SIZE = (1280, 800)
USER = "directeur"  # a school director sees the pupils and staff of two schools


def close_unasked(dialog) -> None:
    """Close a dialog the script filled in without the "discard what you typed?" question."""
    getattr(dialog, "discard", dialog.reject)()


def opened(parent: QWidget, kind: type):
    """The dialog a screen opened once its data came from the vault worker."""
    shown = [w for w in parent.findChildren(kind) if w.isVisible()]
    if not shown:
        raise SystemExit(f"no {kind.__name__} was opened")
    return shown[-1]


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def retire(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    settle()


def grab(widget: QWidget, name: str) -> None:
    if widget not in KEPT:
        KEPT.append(widget)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def pick_dossier(session):
    """A pupil's dossier with an incident that has an image as evidence."""
    for summary in people.list_dossiers(session, kind="pupil", limit=500):
        if not summary.incident_count:
            continue
        view = people.open_dossier(session, summary.dossier_id)
        for incident in view.incidents:
            items = evidence.list_evidence(session, incident.id)
            if view.person.guardians and any(e.media_type.startswith("image/") for e in items):
                return summary, incident
    raise SystemExit("the demo vault has no pupil with image evidence")


def first_run(tmp: Path) -> None:
    welcome = WelcomeWindow(kdf=INSECURE_TEST_PROFILE)
    welcome.resize(900, 520)
    grab(welcome, "welcome")
    wizard = welcome.create_vault()
    place = wizard.place
    place.folder.setText(str(tmp))
    place.vault_name.setText("Stichting")
    place.user_name.setText("Fatima Bakker")
    place.as_hr.setChecked(True)
    grab(wizard, "new-vault-1-where")
    wizard.next()
    page = wizard.passphrase
    page.passphrase.setText("paarse fiets onder de brug")
    page.repeat.setText("paarse fiets onder de brug")
    grab(wizard, "new-vault-2-passphrase")
    wizard.next()
    grab(wizard, "new-vault-3-recovery-key")
    wizard.recovery.confirm.setChecked(True)
    sessions = []
    welcome.session_ready.connect(lambda session, *_: sessions.append(session))
    wizard.accept()
    for session in sessions:
        access.lock(session)
    retire(welcome)


def unlock_dialogs(folder: Path) -> None:
    dialog = UnlockDialog(folder)
    dialog.panel.user.setCurrentText(USER)
    grab(dialog, "unlock")
    dialog.panel.secret.setText("verkeerd wachtwoord")
    dialog.panel.submit()
    grab(dialog, "unlock-wrong-passphrase")
    retire(dialog)


def main_window(folder: Path) -> str:
    """The director's screens; returns the name of the pupil shown (for the HR lookup)."""
    session = access.unlock(folder, DEMO_PASSPHRASE, label=USER)
    summary, incident = pick_dossier(session)
    window = MainWindow(session, folder, USER)
    window.resize(*WINDOW_SIZE)
    grab(window, "main-window")  # what a director sees right after unlocking
    list_page = window.workspace.list_page
    list_page.kind.setCurrentIndex(list_page.kind.findData("pupil"))
    list_page.school.setCurrentIndex(1)
    grab(window, "dossier-list")
    list_page.search.setText(summary.name.split()[0][:5])
    list_page._run_search()
    grab(window, "dossier-search")
    list_page.search.clear()
    list_page.set_filters({})

    page = window.workspace.open_dossier(summary.dossier_id)
    grab(window, "dossier-overview")
    page.tabs.setCurrentIndex(page.TIMELINE)
    grab(window, "dossier-timeline")
    page.tabs.setCurrentIndex(page.EVIDENCE)
    tab = page.evidence
    tab.incident.setCurrentIndex(tab.incident.findText(incident.title, flags=_contains()))
    for row in range(tab.model.rowCount()):
        if tab.model.record(row).media_type.startswith("image/"):
            tab.table.selectRow(row)
            tab.view_current()  # the user opens it (logged as a view)
            break
    grab(window, "dossier-evidence")

    window.workspace.show_incident(incident.id)
    dialog = opened(window.workspace, IncidentDialog)
    grab(dialog, "incident-parties")
    close_unasked(dialog)

    wizard = window.workspace.new_incident()
    wizard.resize(900, 720)
    what = wizard.what
    what.title_edit.setText("Nepaccount met foto van de juf")
    what.category.setCurrentIndex(what.category.findData("identity_misuse"))
    what.seriousness.setCurrentIndex(what.seriousness.findData("high"))
    what.description.setPlainText(
        "Op Instagram staat sinds het weekend een account met de naam en schoolfoto van de "
        "juf van groep 7. Het account volgt leerlingen van groep 7 en 8 en plaatst "
        "bespottende berichten. Gemeld door een ouder op maandagochtend."
    )
    what.consequences.setPlainText("De juf voelt zich onveilig; ouders stellen vragen.")
    grab(wizard, "intake-1-what-and-when")
    wizard.next()
    wizard.online.platforms["instagram"].setChecked(True)
    wizard.online.urls.setPlainText("https://instagram.example/juf.groep7.nep")
    wizard.online.handles.setPlainText("@juf.groep7.nep")
    grab(wizard, "intake-2-online")
    wizard.next()
    persons = wizard.persons
    persons.query.setText(summary.name.split()[-1])
    persons.run_search()
    grab(wizard, "intake-3-persons")
    wizard.next()
    grab(wizard, "intake-4-evidence")
    close_unasked(wizard)

    window.lock()
    grab(window, "locked")
    retire(window)
    return summary.name


def recovery_session(tmp: Path) -> None:
    """A small vault opened with its recovery key: the banner and the reset dialog."""
    folder = tmp / "Dossiers.skotvault"
    admin, recovery_key = access.create_vault(
        folder,
        "Beheerder",
        "admin",
        DEMO_PASSPHRASE,
        keyslot_label="beheer",
        kdf=INSECURE_TEST_PROFILE,
    )
    for name, role, login in (
        ("Fatima Bakker", "hr", "hr"),
        ("Priya Ramdin", "privacy_officer", "privacy"),
    ):
        access.add_user_with_passphrase(
            admin, name, role, login, DEMO_PASSPHRASE, kdf=INSECURE_TEST_PROFILE
        )
    access.lock(admin)
    session = access.unlock(folder, recovery_key, use_recovery=True)
    window = MainWindow(session, folder, "")
    window.resize(*WINDOW_SIZE)
    grab(window, "recovery-banner")  # the reset dialog opens by itself, as its own window
    dialog = window.reset_passphrase()
    dialog.login.setCurrentText("hr")
    dialog.fields.passphrase.setText("groene thee in de regen")
    dialog.fields.repeat.setText("groene thee in de regen")
    grab(dialog, "recovery-reset-passphrase")
    close_unasked(dialog)
    retire(window)


def hr_lookup(folder: Path, pupil_name: str) -> None:
    session = access.unlock(folder, DEMO_PASSPHRASE, label="hr")
    window = MainWindow(session, folder, "hr")
    window.resize(*WINDOW_SIZE)
    grab(window, "hr-dossier-list")
    dialog = window.workspace.list_page.lookup_pupil()
    dialog.query.setText(pupil_name.split()[-1])
    dialog.run_search()
    dialog.table.selectRow(0)
    dialog.reason.setPlainText(
        "Getuige in de zaak over het nepaccount van de juf van groep 7 (melding van maandag)."
    )
    grab(dialog, "hr-pupil-lookup")
    close_unasked(dialog)
    window.workspace.show_page("settings")
    grab(window, "settings")
    dialog = window.workspace.page("settings").change_passphrase()
    grab(dialog, "change-passphrase")
    close_unasked(dialog)
    retire(window)


def break_glass(folder: Path) -> str:
    """A director opens a pupil's dossier at a school that is not theirs; returns the name."""
    other = access.unlock(folder, DEMO_PASSPHRASE, label="directeur2")
    try:
        summary = people.list_dossiers(other, kind="pupil", limit=1)[0]
    finally:
        access.lock(other)
    session = access.unlock(folder, DEMO_PASSPHRASE, label=USER)
    window = MainWindow(session, folder, USER)
    window.resize(*WINDOW_SIZE)
    window.workspace.open_dossier(summary.dossier_id, person_id=summary.person_id)
    dialog = window.workspace.findChild(BreakGlassDialog)
    if dialog is None:
        raise SystemExit("no break-the-glass dialog: did the director get access anyway?")
    dialog.reason.setPlainText(
        "De moeder belde over een filmpje dat ook op onze school rondgaat; de directeur van "
        "deze school is deze week afwezig."
    )
    grab(dialog, "break-glass")
    dialog.confirm()
    grab(window, "break-glass-dossier")
    retire(window)
    return summary.name


def legal_hold(folder: Path) -> None:
    """A director places a legal hold on a dossier (the dialog, with one hold in it)."""
    session = access.unlock(folder, DEMO_PASSPHRASE, label=USER)
    summary = people.list_dossiers(session, kind="staff", limit=1)[0]
    window = MainWindow(session, folder, USER)
    window.resize(*WINDOW_SIZE)
    page = window.workspace.open_dossier(summary.dossier_id)
    dialog = page.legal_hold()
    dialog.resize(820, 560)
    dialog.kind.setCurrentIndex(dialog.kind.findData("objection"))
    dialog.note.setText("Bezwaar tegen de berisping, ontvangen op 4 maart")
    dialog.place()
    grab(dialog, "dossier-legal-hold")
    close_unasked(dialog)
    retire(window)


def select_glass(page) -> None:
    """Select (and show) the log's first entry of a director breaking the glass."""
    records = [row.entry.action for row in page.model.records()]
    row = records.index("break-glass")
    page.table.selectRow(row)
    page.table.scrollTo(page.table.model().index(row, 0), page.table.ScrollHint.PositionAtCenter)


def privacy_officer(folder: Path, pupil_name: str) -> None:
    """The data protection officer: the log, who looked at a pupil's dossier, the check."""
    session = access.unlock(folder, DEMO_PASSPHRASE, label="privacy")
    window = MainWindow(session, folder, "privacy")
    window.resize(*WINDOW_SIZE)
    page = window.workspace.page("audit")  # this role starts on the log
    select_glass(page)
    grab(window, "audit-log")
    page.verify_panel.verify()
    grab(window, "audit-verify")
    dialog = page.look_up_person()
    dialog.query.setText(pupil_name.split()[-1])
    dialog.run_search()
    grab(dialog, "audit-who-looked-lookup")
    for row in range(dialog.model.rowCount()):
        if dialog.model.record(row).name == pupil_name:
            dialog.table.selectRow(row)
    dialog.confirm()
    select_glass(page)
    grab(window, "audit-who-looked")
    page.show_whole_log()
    retire(window)


def retention(folder: Path) -> None:
    """Retention: the data protection officer agrees, HR destroys what was agreed."""
    session = access.unlock(folder, DEMO_PASSPHRASE, label="privacy")
    window = MainWindow(session, folder, "privacy")
    window.resize(*WINDOW_SIZE)
    page = window.workspace.page("retention")
    window.workspace.show_page("retention")
    page.due_only.setChecked(True)
    if page.model.rowCount() == 0:
        raise SystemExit("the demo vault has no dossier due for review")
    page.table.selectRow(0)
    page.approve()  # names the person and what will go, before agreeing
    agree = opened(page, ApproveErasureDialog)
    grab(agree, "retention-agree")
    agree.confirm()
    page.due_only.setChecked(False)
    page.table.selectRow(0)
    grab(window, "retention")
    retire(window)
    session = access.unlock(folder, DEMO_PASSPHRASE, label="hr")
    hr = MainWindow(session, folder, "hr")
    hr.resize(*WINDOW_SIZE)
    hr.workspace.show_page("retention")
    hr_page = hr.workspace.page("retention")
    hr_page.due_only.setChecked(True)
    for row in range(hr_page.model.rowCount()):
        if hr_page.model.record(row).approvals:
            hr_page.table.selectRow(row)
    hr_page.erase()
    dialog = opened(hr_page, EraseDialog)
    dialog.understood.setChecked(True)
    grab(dialog, "retention-destroy")
    dialog.confirm()
    grab(hr, "retention-destroyed")
    retire(hr)


def restore(tmp: Path, folder: Path) -> None:
    session = access.unlock(folder, DEMO_PASSPHRASE, label="hr")  # backups: HR or administrator
    backup = tmp / "Demo-2026-03-02.skotbackup"
    try:
        access.backup(session, backup)
    finally:
        access.lock(session)
    welcome = WelcomeWindow(kdf=INSECURE_TEST_PROFILE)
    welcome.resize(900, 520)
    dialog = welcome.restore_backup()
    dialog.set_backup_file(backup)
    dialog.target.setText(str(tmp / "Hersteld" / "Demo.skotvault"))
    dialog.secret.setText(DEMO_PASSPHRASE)
    grab(dialog, "restore-1-choose")
    dialog.replace.setChecked(True)
    dialog.target.setText(str(folder))
    box = dialog.start()
    grab(box, "restore-2-confirm-replace")
    box.reject()
    dialog.replace.setChecked(False)
    dialog.target.setText(str(tmp / "Hersteld" / "Demo.skotvault"))
    dialog.secret.setText(DEMO_PASSPHRASE)
    dialog.start()
    grab(dialog, "restore-3-result")
    retire(welcome)


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication(sys.argv)
        configure(app)
        i18n.install(app, "nl")
        workers.set_pool(workers.SynchronousPool())
        OUT.mkdir(parents=True, exist_ok=True)
        folder = Path(tmp) / "Demo.skotvault"
        # A throwaway vault for pictures only, so the cheap test KDF is fine here.
        create_demo_vault(folder, DEMO_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
        first_run(Path(tmp))
        pupil_name = main_window(folder)
        recovery_session(Path(tmp))
        hr_lookup(folder, pupil_name)
        glass_pupil = break_glass(folder)
        legal_hold(folder)
        privacy_officer(folder, glass_pupil)
        retention(folder)
        restore(Path(tmp), folder)
        unlock_dialogs(folder)  # last: its wrong passphrase would warn in the main window
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
