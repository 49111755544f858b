"""Incident intake: what and when, where online, who, evidence, check, record.

Recording happens once, on the summary page: the incident first, then the
evidence (both on the vault worker, with a progress dialog for big files). The
last page shows each file's SHA-256. The new incident is announced as a change:
the dossier list and every open dossier it concerns read it themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from skot_dossier.domain.drafts import IncidentDraft
from skot_dossier.domain.enums import PartyRole
from skot_dossier.domain.validation import ValidationError
from skot_dossier.problems import Problem
from skot_dossier.services import incidents
from ui import vault_worker
from ui.forms.fields import schools_for
from ui.intake.details_pages import OnlinePage, WhatPage
from ui.intake.evidence_import import EvidenceImport
from ui.intake.persons_page import PersonsPage
from ui.intake.summary_pages import EvidencePage, ResultPage, SummaryPage, summary_html
from ui.keys import CarefulClose
from ui.messages import error_text, problem_text
from ui.privacy import holds_personal_data
from ui.resources import icon

WHAT_FIELDS = (
    "title",
    "school_id",
    "occurred_at",
    "known_at",
    "category",
    "seriousness",
    "description",
    "consequences",
    "status",
    "posted_as",
    "minor_images",
)
ONLINE_FIELDS = ("platforms", "urls", "handles")


class IntakeWizard(CarefulClose, QWizard):
    recorded = Signal(object)  # the Incident, as soon as it is stored

    def __init__(self, session, preset=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident = None
        self.outcomes = None
        self.busy = False
        self.validating = False
        self._import = None
        self.setWindowTitle(self.tr("New incident — SKOT Dossier"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(760, 640)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("new-incident").pixmap(40, 40))
        self._school_names: dict[str, str] = {}
        self._preset = preset
        self.what = WhatPage([])
        self.online = OnlinePage()
        self.persons = PersonsPage(session)
        self.evidence = EvidencePage()
        self.summary = SummaryPage(self)
        self.result_page = ResultPage()
        for page in (
            self.what,
            self.online,
            self.persons,
            self.evidence,
            self.summary,
            self.result_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Record"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.what.risk_changed.connect(self.evidence.picker.set_risky)
        self.evidence.picker.set_risky(self.what.risky())
        if preset is not None:
            person = preset.person
            self.persons.add_party(person.id, person.full_name, PartyRole.SUBJECT.value)
        self._preset_parties = self.persons.parties.rowCount()
        holds_personal_data(self)
        vault_worker.run(session, schools_for, self._schools_arrived, self._no_schools, owner=self)

    def _schools_arrived(self, schools) -> None:
        self._school_names = {s.id: s.name for s in schools}
        default_school = ""
        if self._preset is not None:
            own = [s for s in sorted(self._preset.person.school_ids) if s in self._school_names]
            default_school = own[0] if own else ""
        self.what.set_schools(schools, default_school)

    def _no_schools(self, exc: BaseException) -> None:
        self.what.errors.labels["school_id"].show_message(error_text(exc))

    # -- the record -------------------------------------------------------------

    def draft(self) -> IncidentDraft:
        return IncidentDraft(
            title=self.what.title_edit.text(),
            occurred_at=self.what.occurred.value(),
            known_at=self.what.known.value(),
            category=self.what.category.currentData(),
            seriousness=self.what.seriousness.currentData(),
            school_id=self.what.school.currentData() or "",
            parties=self.persons.party_drafts(),
            description=self.what.description.toPlainText(),
            consequences=self.what.consequences.toPlainText(),
            platforms=self.online.chosen_platforms(),
            handles=self.online.handle_lines(),
            urls=self.online.url_lines(),
            posted_as=self.what.posted_as.currentData() or "",
            minor_images=self.what.minor_images.isChecked(),
        )

    def summary_html(self) -> str:
        labels = {
            "title": self.tr("Title"),
            "school": self.tr("School"),
            "happened": self.tr("Happened on"),
            "known": self.tr("Known since"),
            "category": self.tr("Category"),
            "seriousness": self.tr("Seriousness"),
            "platforms": self.tr("Platforms"),
            "urls": self.tr("Web addresses"),
            "handles": self.tr("Accounts"),
            "persons": self.tr("Persons"),
            "evidence": self.tr("Evidence"),
            "description": self.tr("What happened"),
            "consequences": self.tr("Consequences"),
            "seen": self.tr("Not stored; seen in %1 by %2 on %3"),
            "posted_as": self.tr("Staff member posted"),
            "minor_images": self.tr("Possibly sexual images of minors"),
            "yes": self.tr("yes"),
        }
        school = self._school_names.get(self.what.school.currentData() or "", "")
        plan = self.evidence.picker.plan()
        return summary_html(self.what, self.online, self.persons, plan, school, labels)

    def check_unlisted_pupils(self) -> None:
        """Warn about pupils' names in the texts typed, of pupils who are not among the
        persons (a warning only: without it the summary still records)."""
        draft = self.draft()
        vault_worker.run(
            self.session,
            lambda s: incidents.unlisted_pupils(s, draft),
            self.summary.show_unlisted,
            lambda _exc: self.summary.show_unlisted([]),
            owner=self.summary,
        )

    def validateCurrentPage(self) -> bool:  # noqa: N802
        self.validating = True
        try:
            return super().validateCurrentPage()
        finally:
            self.validating = False

    def commit(self) -> bool:
        """Store the incident, then its evidence; True once everything is done.

        Both run on the vault worker: "Record" starts them and the wizard moves on
        to the result by itself once they are done.
        """
        if self.outcomes is not None:
            return True
        if self.busy:
            return False
        self.busy = True
        self.summary.completeChanged.emit()
        if self.incident is None:
            self.summary.error.show_message("")
            draft = self.draft()
            vault_worker.run(
                self.session,
                lambda s: incidents.record_incident(s, draft),
                self._recorded,
                self._not_recorded,
                owner=self,
                changes=vault_worker.changes(
                    vault_worker.INCIDENT, vault_worker.TIMELINE, vault_worker.DEADLINE
                ),
            )
        else:
            self._store_evidence()
        return self.outcomes is not None

    def _recorded(self, incident) -> None:
        self.incident = incident
        self.recorded.emit(incident)
        self._store_evidence()

    def _not_recorded(self, exc: BaseException) -> None:
        self.busy = False
        self.summary.completeChanged.emit()
        if isinstance(exc, ValidationError):
            self._show_problems(exc.problems)
        else:
            self.summary.error.show_message(error_text(exc))

    def _store_evidence(self) -> None:
        self._import = EvidenceImport(
            self.session, self.incident.id, self.evidence.picker.plan(), self
        )
        self._import.finished.connect(self._imported)
        self._import.start()

    def _imported(self, outcomes) -> None:
        self.busy = False
        self.outcomes = outcomes
        self._import = None
        self.result_page.show_outcomes(self.incident, outcomes)
        self.summary.completeChanged.emit()
        if self.currentPage() is self.summary and not self.validating:
            self.next()

    def _show_problems(self, problems: dict[str, Problem]) -> None:
        self.what.errors.show({k: v for k, v in problems.items() if k in WHAT_FIELDS})
        self.online.errors.show({k: v for k, v in problems.items() if k in ONLINE_FIELDS})
        party = [v for k, v in problems.items() if k.startswith("parties")]
        self.persons.error.show_message("\n".join(problem_text(v) for v in party))
        pages = {
            **dict.fromkeys(WHAT_FIELDS, self.what),
            **dict.fromkeys(ONLINE_FIELDS, self.online),
        }
        lines = [self.tr("Not recorded yet. Go back and check:")]
        for field, message in problems.items():
            page = pages.get(field.split(".")[0], self.persons)
            lines.append(f"• {page.title()}: {problem_text(message)}")
        self.summary.error.show_message("\n".join(lines))

    # -- closing ----------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        if self.page(page_id) is self.result_page:
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def is_busy(self) -> bool:
        return self.busy

    def cancel_busy(self) -> bool:
        """Cancel the evidence import: the file in progress is rolled back, the
        incident and the files before it stay stored. While the incident itself is
        being recorded the wizard waits for it."""
        if self._import is not None:
            self._import.cancel()
            return True
        return False

    def typed_work(self) -> bool:
        if self.incident is not None:
            return False  # recorded: closing loses nothing
        what = self.what
        typed = (
            what.title_edit.text(),
            what.description.toPlainText(),
            what.consequences.toPlainText(),
            self.online.urls.toPlainText(),
            self.online.handles.toPlainText(),
        )
        return (
            any(t.strip() for t in typed)
            or bool(self.online.chosen_platforms())
            or self.persons.parties.rowCount() > self._preset_parties
            or not self.evidence.picker.plan().is_empty()
        )

    def clear(self) -> None:
        """Called when the app locks: forget everything typed or found."""
        self.result_page.clear()
        self.persons.found.clear()
        self.persons.parties.setRowCount(0)
        self.what.description.clear()
        self.what.title_edit.clear()
        if self._import is not None:
            self._import.cancel()
        self.discard()
