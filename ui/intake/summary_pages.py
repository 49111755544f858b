"""Intake wizard: the evidence page, the summary (which records) and the result."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from ui import labels
from ui.clipboard import copy_private
from ui.intake.evidence_picker import WARNING_STYLE, EvidencePicker
from ui.messages import error_text
from ui.text import datetime_text, fmt, size_text, tooltip_text
from ui.widgets import FieldError, muted


class EvidencePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Evidence"))
        self.setSubTitle(
            self.tr(
                "Screenshots and files are stored encrypted in the vault with a fingerprint "
                "(SHA-256). You can also add evidence later."
            )
        )
        self.picker = EvidencePicker()
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)

    def validatePage(self) -> bool:  # noqa: N802
        return self.picker.check()


class SummaryPage(QWizardPage):
    """The commit page: "Record" stores the incident and then the evidence."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check and record"))
        self.setSubTitle(self.tr('Nothing is stored until you choose "Record".'))
        self.setCommitPage(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("intakeSummary")
        self.names_warning = QLabel()
        self.names_warning.setObjectName("unlistedPupils")
        self.names_warning.setWordWrap(True)
        self.names_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.names_warning.setStyleSheet(WARNING_STYLE)
        self.names_warning.hide()
        self.error = FieldError()
        self.error.setObjectName("summaryError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.names_warning)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        self.error.show_message("")
        self.browser.setHtml(self._wizard.summary_html())
        self.show_unlisted([])
        self._wizard.check_unlisted_pupils()

    def show_unlisted(self, names: list[str]) -> None:
        """Warn (not block) when the text names a pupil who is not among the persons."""
        self.names_warning.setVisible(bool(names))
        if names:
            self.names_warning.setText(
                fmt(
                    self.tr(
                        "The description names %1, which is the name of a pupil who is not "
                        'among the persons involved. Add the pupil on the page "Who is '
                        'involved", or leave the name out: a pupil named in a case they are '
                        "not part of cannot find it under their name (for example in an "
                        "access request)."
                    ),
                    ", ".join(f"“{n}”" for n in names),
                )
            )

    def validatePage(self) -> bool:  # noqa: N802
        return self._wizard.commit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self._wizard.busy


class ResultPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Recorded"))
        self.message = QLabel()
        self.message.setObjectName("resultMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("evidenceResults")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("SHA-256")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 200)
        self.copy = QPushButton(self.tr("Copy SHA-256 of the selected file"))
        self.copy.clicked.connect(self._copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(
            muted(
                self.tr(
                    "The SHA-256 fingerprint proves later that a file has not changed since "
                    "intake. It is also printed in the police-report packet."
                )
            )
        )

    def show_outcomes(self, incident, outcomes) -> None:
        self.message.setText(
            fmt(self.tr('The incident "%1" has been recorded.'), incident.title)
            + " "
            + outcomes_text(outcomes)
        )
        self.table.setRowCount(0)
        for outcome in outcomes:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(outcome.name))
            if outcome.evidence is not None:
                item = outcome.evidence
                result = (
                    self.tr("Description recorded")
                    if item.metadata_only
                    else fmt(self.tr("Stored (%1)"), size_text(item.size))
                )
                digest = QTableWidgetItem(item.sha256)
                digest.setFont(self._mono())
                self.table.setItem(row, 2, digest)
            else:
                result = error_text(outcome.error)
            cell = QTableWidgetItem(result)
            cell.setToolTip(tooltip_text(result))
            self.table.setItem(row, 1, cell)
        self.copy.setEnabled(any(o.evidence is not None and o.evidence.sha256 for o in outcomes))

    def _mono(self):
        font = self.table.font()
        font.setFamily("DejaVu Sans Mono")
        return font

    def _copy(self) -> None:
        row = self.table.currentRow()
        cell = self.table.item(row, 2) if row >= 0 else None
        if cell is not None and cell.text():
            copy_private(cell.text())

    def clear(self) -> None:
        self.message.clear()
        self.table.setRowCount(0)


def outcomes_text(outcomes) -> str:
    """What became of the evidence, in words: files stored, descriptions, refusals."""
    stored = sum(1 for o in outcomes if o.evidence is not None and not o.evidence.metadata_only)
    described = sum(1 for o in outcomes if o.evidence is not None and o.evidence.metadata_only)
    refused = sum(1 for o in outcomes if o.error is not None)
    translate = QCoreApplication.translate
    parts = [
        translate("ResultPage", "%n file(s) stored", None, stored) if stored else "",
        translate("ResultPage", "%n description(s) recorded, without a file", None, described)
        if described
        else "",
        translate("ResultPage", "%n file(s) not stored", None, refused) if refused else "",
    ]
    shown = [p for p in parts if p]
    if not shown:
        return translate("ResultPage", "No evidence was added.")
    return fmt(translate("ResultPage", "Evidence: %1."), ", ".join(shown))


def summary_html(what, online, persons, plan, school_name: str, tr) -> str:
    """The summary as HTML; every user-typed value is escaped."""
    e = html.escape

    def block(value: str) -> str:
        return e(value).replace("\n", "<br>") if value else "—"

    def row(name: str, value: str) -> str:
        cell = "<td style='padding:2px 14px 2px 0; color:#555'>"
        return f"<tr>{cell}{e(name)}</td><td>{block(value)}</td></tr>"

    files = [
        f"{path.name} ({size_text(path.stat().st_size)})" for path, _ in plan.files if path.exists()
    ]
    seen = [
        fmt(tr["seen"], d.seen_where, d.seen_by, datetime_text(d.captured_at))
        for d in plan.metadata
    ]
    rows = [
        row(tr["title"], what.title_edit.text()),
        row(tr["school"], school_name),
        row(tr["happened"], datetime_text(what.occurred.value())),
        row(tr["known"], datetime_text(what.known.value())),
        row(tr["category"], what.category.currentText()),
        row(tr["seriousness"], what.seriousness.currentText()),
        *(
            [row(tr["posted_as"], what.posted_as.currentText())]
            if what.posted_as.currentData()
            else []
        ),
        *([row(tr["minor_images"], tr["yes"])] if what.minor_images.isChecked() else []),
        row(tr["platforms"], ", ".join(labels.platform(p) for p in online.chosen_platforms())),
        row(tr["urls"], "\n".join(online.url_lines())),
        row(tr["handles"], "\n".join(online.handle_lines())),
        row(tr["persons"], "\n".join(f"{n} — {r}" for n, r in persons.party_names())),
        row(tr["evidence"], "\n".join(files + seen)),
    ]
    return (
        f"<table>{''.join(rows)}</table>"
        f"<h4>{e(tr['description'])}</h4><p>{block(what.description.toPlainText())}</p>"
        f"<h4>{e(tr['consequences'])}</h4><p>{block(what.consequences.toPlainText())}</p>"
    )
