"""Intake wizard pages 1 and 2: what and when; platforms, web addresses and accounts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWizardPage,
)

from skot_dossier.domain.enums import MINOR_IMAGE_RISK, IncidentCategory, Platform, Seriousness
from skot_dossier.problems import Problem, problem
from ui import labels
from ui.date_fields import MomentEdit
from ui.intake.evidence_picker import WARNING_STYLE
from ui.messages import problem_text
from ui.widgets import FormErrors

BEFORE_HAPPENED = problem("before_occurred")


def text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class WhatPage(QWizardPage):
    category_changed = Signal(str)
    risk_changed = Signal(bool)
    """Whether files of this incident may show sexual images of minors (kind or declared)."""

    def __init__(self, schools, default_school: str = "") -> None:
        super().__init__()
        self.setTitle(self.tr("What happened, and when"))
        self.setSubTitle(
            self.tr("Describe the facts as you know them now; you can add to them later.")
        )
        self.errors = FormErrors()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("incidentTitle")
        self.title_edit.setPlaceholderText(
            self.tr('Short title, e.g. "Offensive video about a teacher"')
        )
        self.school = QComboBox()
        self.school.setObjectName("incidentSchool")
        self.set_schools(schools, default_school)
        # Checked once typed (not per keystroke), and the problem is shown at the field.
        self.occurred = MomentEdit()
        self.occurred.setObjectName("occurredAt")
        self.known = MomentEdit()
        self.known.setObjectName("knownAt")
        for edit in (self.occurred, self.known):
            edit.editingFinished.connect(self.check_moments)
            edit.dateTimeChanged.connect(self._recheck_moments)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in IncidentCategory:
            self.category.addItem(labels.category(category), category.value)
        self.seriousness = QComboBox()
        self.seriousness.setObjectName("seriousness")
        for level in Seriousness:
            self.seriousness.addItem(labels.seriousness(level), level.value)
        self.seriousness.setCurrentIndex(1)
        self.description = text_box(5)
        self.description.setObjectName("description")
        self.description.setPlaceholderText(
            self.tr("What was posted or sent, by whom, to whom; what you saw yourself.")
        )
        self.consequences = text_box(2)
        self.consequences.setObjectName("consequences")
        self.consequences.setPlaceholderText(
            self.tr("Optional: consequences for the people involved or for the school.")
        )
        self.posted_as = QComboBox()
        self.posted_as.setObjectName("postedAs")
        self.posted_as.addItem(self.tr("Not a staff member's post"), "")
        self.posted_as.addItem(self.tr("As a teacher, on behalf of the school"), "professional")
        self.posted_as.addItem(self.tr("From the staff member's private account"), "private")
        self.posted_as.setToolTip(
            self.tr(
                "Social Media Protocol: staff say when they speak as a teacher on behalf of "
                "the school, and stay careful about school matters in private accounts."
            )
        )
        self.minor_images = QCheckBox(self.tr("The material may include sexual images of minors"))
        self.minor_images.setObjectName("minorImages")
        self.warning = QLabel(
            self.tr(
                "Sexual images of minors may never be stored or passed on. On the evidence page "
                "you record only where, when and by whom they were seen; report it to the police."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.category.currentIndexChanged.connect(self._category_changed)
        self.minor_images.toggled.connect(self._risk_changed)
        self.title_edit.textChanged.connect(self.completeChanged)
        self.description.textChanged.connect(self.completeChanged)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.errors.add("title"))
        form.addRow(self.tr("S&chool:"), self.school)
        form.addRow("", self.errors.add("school_id"))
        form.addRow(self.tr("&Happened on:"), self.occurred)
        form.addRow("", self.errors.add("occurred_at"))
        form.addRow(self.tr("&Known since:"), self.known)
        form.addRow("", self.errors.add("known_at"))
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow("", self.minor_images)
        form.addRow("", self.warning)
        form.addRow(self.tr("&Seriousness:"), self.seriousness)
        form.addRow(self.tr("Staff member &posted:"), self.posted_as)
        form.addRow("", self.errors.add("posted_as"))
        form.addRow(self.tr("&What happened:"), self.description)
        form.addRow("", self.errors.add("description"))
        form.addRow(self.tr("C&onsequences:"), self.consequences)
        form.addRow("", self.errors.add("consequences"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    def risky(self) -> bool:
        return self.category.currentData() in MINOR_IMAGE_RISK or self.minor_images.isChecked()

    def _category_changed(self) -> None:
        self.category_changed.emit(self.category.currentData())
        self._risk_changed()

    def set_schools(self, schools, default_school: str = "") -> None:
        """The schools to choose from (they may arrive after the wizard opened)."""
        chosen = self.school.currentData() or default_school
        self.school.clear()
        for school in schools:
            self.school.addItem(school.name, school.id)
        if chosen:
            self.school.setCurrentIndex(max(0, self.school.findData(chosen)))

    def _risk_changed(self) -> None:
        self.warning.setVisible(self.risky())
        self.risk_changed.emit(self.risky())

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.title_edit.text().strip() and self.description.toPlainText().strip())

    def moment_problems(self) -> dict[str, Problem]:
        problems = {
            field: found
            for field, edit in (("occurred_at", self.occurred), ("known_at", self.known))
            if (found := edit.problem()) is not None
        }
        if not problems and self.known.value() < self.occurred.value():
            problems["known_at"] = BEFORE_HAPPENED
        return problems

    def check_moments(self) -> bool:
        """Show what is wrong with the two moments beside them; True when nothing is."""
        problems = self.moment_problems()
        for field in ("occurred_at", "known_at"):
            found = problems.get(field)
            self.errors.labels[field].show_message(problem_text(found) if found else "")
        return not problems

    def _recheck_moments(self) -> None:
        # Only to clear a shown problem once mended: no messages while someone types.
        if any(self.errors.labels[f].text() for f in ("occurred_at", "known_at")):
            self.check_moments()

    def validatePage(self) -> bool:  # noqa: N802
        return self.check_moments()


class OnlinePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where online"))
        self.setSubTitle(
            self.tr("The police ask for platforms, exact web addresses and account names.")
        )
        self.errors = FormErrors()
        self.platforms: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for number, platform in enumerate(Platform):
            box = QCheckBox(labels.platform(platform))
            box.setObjectName(f"platform_{platform.value}")
            self.platforms[platform.value] = box
            grid.addWidget(box, number // 3, number % 3)
        self.urls = text_box(4)
        self.urls.setObjectName("urls")
        self.urls.setPlaceholderText(self.tr("One web address per line, starting with https://"))
        self.handles = text_box(3)
        self.handles.setObjectName("handles")
        self.handles.setPlaceholderText(self.tr("One account or user name per line, e.g. @name"))
        form = QFormLayout()
        form.addRow(self.tr("Platforms:"), grid)
        form.addRow("", self.errors.add("platforms"))
        form.addRow(self.tr("&Web addresses:"), self.urls)
        form.addRow("", self.errors.add("urls"))
        form.addRow(self.tr("&Accounts:"), self.handles)
        form.addRow("", self.errors.add("handles"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    def chosen_platforms(self) -> tuple[str, ...]:
        return tuple(value for value, box in self.platforms.items() if box.isChecked())

    def url_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.urls.toPlainText().splitlines() if line.strip())

    def handle_lines(self) -> tuple[str, ...]:
        lines = self.handles.toPlainText().splitlines()
        return tuple(line.strip() for line in lines if line.strip())

    def validatePage(self) -> bool:  # noqa: N802
        problems = {}
        if any(not u.lower().startswith(("http://", "https://")) for u in self.url_lines()):
            problems["urls"] = problem("bad_url")
        self.errors.show(problems)
        return not problems
