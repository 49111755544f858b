"""Everything shown while the vault is unlocked: navigation, pages, dossiers, dialogs.

A workspace lives exactly as long as one session. Locking throws it away
(with every model in it); unlocking builds a new one and returns to the
remembered location.

Nothing here reads the vault on the GUI thread: a dossier or an incident is
read on the vault worker and shown once it has come (the user stays where they
were until then). The screens refresh themselves from the worker's change
notices; nothing here reloads another screen by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import incidents, people
from skot_dossier.services.permissions import allowed
from ui import vault_worker
from ui.break_glass_dialog import DOSSIER, INCIDENT, offer_break_glass
from ui.dossier.add_evidence_dialog import AddEvidenceDialog
from ui.dossier.incident_dialog import IncidentDialog
from ui.dossier.page import DossierPage
from ui.forms.person_form import PersonForm
from ui.intake.wizard import IntakeWizard
from ui.messages import error_text
from ui.pages.audit_page import AuditLogPage
from ui.pages.deadlines_page import DeadlinesPage
from ui.pages.dossier_list_page import DossierListPage
from ui.pages.info_pages import NotForRolePage
from ui.pages.retention_page import RetentionPage
from ui.pages.settings_page import SettingsPage
from ui.resources import icon
from ui.widgets import Banner, show_error

DOSSIERS, DEADLINES, AUDIT, RETENTION, SETTINGS = (
    "dossiers",
    "deadlines",
    "audit",
    "retention",
    "settings",
)
PAGE_KEYS = (DOSSIERS, DEADLINES, AUDIT, RETENTION, SETTINGS)


@dataclass
class Location:
    """Where the user was; kept in memory only (never in settings)."""

    page: str = DOSSIERS
    dossier_id: str = ""
    tab: int = 0
    filters: dict[str, str] = field(default_factory=dict)


class Workspace(QWidget):
    idle_minutes_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, session, parent: QWidget | None = None, *, kdf=None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.kdf = kdf
        self.pages: dict[str, QWidget] = {}
        self.list_page: DossierListPage | None = None
        self.dossier_page: DossierPage | None = None
        self.opening: DossierPage | None = None  # the dossier being read, not shown yet
        self._by_glass: set[str] = set()  # dossiers opened by breaking the glass

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        titles = {
            DOSSIERS: self.tr("Dossiers"),
            DEADLINES: self.tr("Deadlines"),
            AUDIT: self.tr("Audit log"),
            RETENTION: self.tr("Retention"),
            SETTINGS: self.tr("Settings"),
        }
        for key in PAGE_KEYS:
            item = QListWidgetItem(icon(key), titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.dossier_area = QStackedWidget()
        self.banner = Banner()
        right = QVBoxLayout()
        right.setContentsMargins(12, 8, 12, 8)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)

    # -- pages ------------------------------------------------------------------

    def _build(self, key: str) -> QWidget:
        session = self.session
        role = session.actor.role
        if key == DOSSIERS:
            if allowed(session, "dossier.list"):
                self.list_page = DossierListPage(session)
                self.list_page.open_dossier.connect(self.open_dossier)
                self.list_page.open_incident.connect(self.show_incident)
                self.list_page.new_dossier.connect(self.new_dossier)
                self.dossier_area.addWidget(self.list_page)
            else:
                self.dossier_area.addWidget(NotForRolePage(role, self.tr("Dossiers")))
            return self.dossier_area
        if key == DEADLINES:
            if not allowed(session, "deadline.view"):
                return NotForRolePage(role, self.tr("Deadlines"))
            page = DeadlinesPage(session)
            page.open_dossier.connect(self.open_dossier)
            return page
        if key == AUDIT:
            if not (allowed(session, "audit.review") or allowed(session, "audit.verify")):
                return NotForRolePage(role, self.tr("Audit log"))
            return AuditLogPage(session)
        if key == RETENTION:
            if not (allowed(session, "retention.view") or allowed(session, "register.view")):
                return NotForRolePage(role, self.tr("Retention"))
            return RetentionPage(session)
        page = SettingsPage(session, kdf=self.kdf)
        page.idle_minutes_changed.connect(self.idle_minutes_changed.emit)
        return page

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            self.pages[key] = self._build(key)
            self.stack.addWidget(self.pages[key])
        return self.pages[key]

    def show_page(self, key: str) -> None:
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            # Focus arriving in the list makes its first entry current without selecting
            # it (after unlocking again): the page's entry gets its highlight here.
            self.nav.item(row).setSelected(True)
            self._nav_changed(row)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.stack.setCurrentWidget(self.page(PAGE_KEYS[row]))

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return PAGE_KEYS[row] if 0 <= row < len(PAGE_KEYS) else DOSSIERS

    def start_page(self) -> str:
        if allowed(self.session, "dossier.list"):
            return DOSSIERS
        return AUDIT if allowed(self.session, "audit.review") else SETTINGS

    # -- dossiers ---------------------------------------------------------------

    def open_dossier(
        self,
        dossier_id: str,
        tab: int = 0,
        person_id: str = "",
        *,
        retried: bool = False,
        resuming: bool = False,
    ) -> DossierPage:
        """Open a dossier; where the core refuses but allows breaking the glass, offer
        that and open it again once the reason is recorded.

        The dossier is read on the vault worker; the page returned is shown once it
        has loaded (and deleted when the core refuses). Until then the user stays
        where they were (a cancelled break-the-glass changes nothing); asking for
        another dossier meanwhile drops this one. The refusal names the person a
        grant must be for; ``person_id`` is only a fallback for a refusal that does
        not. ``retried``: opened again after breaking the glass. ``resuming``: back
        at one's own place after unlocking, which never offers (or claims) breaking
        the glass.
        """
        if self.opening is not None:
            self._drop(self.opening)
        page = DossierPage(self.session, dossier_id, self.dossier_area, load=False)
        page.hide()
        self.opening = page
        asked_on = self.current_key()
        page.loaded.connect(lambda: self._dossier_loaded(page, tab, retried, asked_on))
        page.load_failed.connect(
            lambda error: self._dossier_refused(page, error, tab, person_id, retried, resuming)
        )
        self.status_message.emit(self.tr("Opening the dossier…"))
        page.reload()
        return page

    def _drop(self, page: DossierPage) -> None:
        if self.opening is page:
            self.opening = None
        page.clear()
        page.deleteLater()

    def _first_load_done(self, page: DossierPage) -> bool:
        """True once for the page being opened: later loads are the page's own."""
        if self.opening is not page:
            return False
        self.opening = None
        self.status_message.emit("")
        return True

    def _dossier_refused(
        self,
        page: DossierPage,
        error: BaseException,
        tab: int,
        person_id: str,
        retried: bool,
        resuming: bool,
    ) -> None:
        if not self._first_load_done(page):
            return
        dossier_id, text = page.dossier_id, page.banner.label.text()
        self._drop(page)
        if not (retried or resuming) and offer_break_glass(
            self,
            self.session,
            error,
            person_id,
            DOSSIER,
            lambda: self.open_dossier(dossier_id, tab, person_id, retried=True),
        ):
            return
        show_error(self, self.tr("This dossier cannot be opened.") + "\n" + text)

    def _dossier_loaded(
        self, page: DossierPage, tab: int, retried: bool, asked_on: str = DOSSIERS
    ) -> None:
        """Show the dossier that has come; a user who went to another page meanwhile
        stays there (the dossier waits under Dossiers)."""
        if not self._first_load_done(page):
            return
        dossier_id = page.dossier_id
        if self.current_key() == asked_on:
            self.show_page(DOSSIERS)
        self._close_dossier()
        if retried:
            self._by_glass.add(dossier_id)
            page.banner.show_message(
                self.tr(
                    "Opened outside your normal access, with the reason you gave. The data "
                    "protection officer sees this; the access ends when you lock the vault."
                ),
                "warning",
            )
        page.back.connect(self.show_list)
        page.open_incident.connect(self.show_incident)
        page.edit_person.connect(self.edit_person)
        page.new_incident.connect(self.new_incident)
        page.add_evidence.connect(self.add_evidence)
        page.tabs.setCurrentIndex(tab)
        self.dossier_page = page
        self.dossier_area.addWidget(page)
        self.dossier_area.setCurrentWidget(page)

    def _close_dossier(self) -> None:
        if self.dossier_page is not None:
            page, self.dossier_page = self.dossier_page, None
            page.clear()
            if self.list_page is not None:
                self.dossier_area.setCurrentWidget(self.list_page)
            page.hide()
            page.deleteLater()  # deleting it takes it out of the stack

    def show_list(self) -> None:
        """Back to the list (which reads itself again if something changed meanwhile)."""
        self._close_dossier()
        self.show_page(DOSSIERS)
        if self.list_page is not None:
            self.dossier_area.setCurrentWidget(self.list_page)

    def focus_search(self) -> None:
        self.show_list()
        if self.list_page is not None:
            self.list_page.focus_search()

    def new_dossier(self) -> PersonForm:
        form = PersonForm(self.session, None, parent=self)
        form.saved.connect(lambda _person, dossier_id: self.open_dossier(dossier_id))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def edit_person(self, person) -> PersonForm:
        form = PersonForm(self.session, None, person, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def new_incident(self, preset=None) -> IntakeWizard:
        if preset is None and self.dossier_page is not None and self.current_key() == DOSSIERS:
            preset = self.dossier_page.view
        wizard = IntakeWizard(self.session, preset, parent=self)
        wizard.recorded.connect(lambda _incident: self._show_new_incident())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def _show_new_incident(self) -> None:
        """The open dossier shows its incidents (it and the list read them again
        themselves, on the change the recording announced)."""
        if self.dossier_page is not None:
            self.dossier_page.tabs.setCurrentIndex(DossierPage.INCIDENTS)

    def add_evidence(self, incident) -> AddEvidenceDialog:
        dialog = AddEvidenceDialog(self.session, incident, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_incident(self, incident_id: str, *, retried: bool = False) -> None:
        """The incident, with the dossiers of its parties to go on to.

        It is read on the vault worker; the dialog opens once it has come, or the
        refusal is shown (or breaking the glass offered).
        """

        def read(s):
            incident = incidents.get_incident(s, incident_id)
            links = incidents.dossiers_of_incident(s, incident_id)
            names = {school.id: school.name for school in people.list_schools(s)}
            return incident, links, names

        vault_worker.run(
            self.session,
            read,
            lambda result: self._show_incident(*result),
            lambda exc: self._incident_refused(exc, incident_id, retried),
            owner=self,
        )

    def _incident_refused(self, exc: BaseException, incident_id: str, retried: bool) -> None:
        if not retried and offer_break_glass(
            self,
            self.session,
            exc,
            incident_id,
            INCIDENT,
            lambda: self.show_incident(incident_id, retried=True),
        ):
            return
        show_error(self, error_text(exc))

    def _show_incident(self, incident, links, names: dict[str, str]) -> IncidentDialog:
        dialog = IncidentDialog(incident, names.get(incident.school_id, ""), self, links)
        dialog.open_dossier.connect(
            lambda dossier_id, person_id: self.open_dossier(dossier_id, person_id=person_id)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- lock and resume ----------------------------------------------------------

    def location(self) -> Location:
        location = Location(self.current_key())
        page = self.dossier_page
        if (
            page is not None
            and self.dossier_area.currentWidget() is page
            and page.dossier_id not in self._by_glass  # that access ends with the session
        ):
            location.dossier_id = self.dossier_page.dossier_id
            location.tab = self.dossier_page.tabs.currentIndex()
        if self.list_page is not None:
            location.filters = self.list_page.filters()
        return location

    def resume(self, location: Location | None) -> None:
        location = location or Location(self.start_page())
        self.show_page(location.page)
        if location.page == DOSSIERS and self.list_page is not None and location.filters:
            self.list_page.set_filters(location.filters)
        if location.dossier_id and allowed(self.session, "dossier.view"):
            # Returning to one's own place never offers to break the glass.
            self.open_dossier(location.dossier_id, location.tab, resuming=True)

    def clear(self) -> None:
        if self.opening is not None:
            self._drop(self.opening)
        for page in [*self.pages.values(), self.list_page, self.dossier_page]:
            clear = getattr(page, "clear", None)
            if callable(clear):
                clear()
