"""Retention (Bewaartermijnen): what is due for destruction, and what has been destroyed.

Names are left out of the list on purpose: it shows the kind of dossier, its
rule and dates and a short reference. Agreeing to a destruction and carrying
it out each first show whose dossier it is and what will go (a logged view).
Destroying takes two people when the settings ask for it (one agrees, another
destroys); an agreement can be withdrawn until the other acts. The Art. 30
processing register is saved from here too. Each part is shown only to a role
that may use it. Everything is read on the vault worker, and read again after a
change to retention, legal holds, persons or dossiers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import privacy, register
from skot_dossier.services.permissions import allowed
from ui import labels, vault_worker
from ui.file_export import FileExport
from ui.messages import error_text
from ui.pages.approve_dialog import ApproveErasureDialog
from ui.pages.audit_model import local_time, short_id
from ui.pages.erase_dialog import EraseDialog
from ui.pages.erasure_facts import started_text
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.text import date_text, fmt
from ui.widgets import Banner, heading, muted, table_view

DUE = QColor("#fff4ce")
HELD = QColor("#e8f1fb")


def review_order(item) -> tuple:
    """What needs a decision first: due, then held, then by review date (unknown last)."""
    return (not item.due, not item.on_hold, item.review_on is None, item.review_on or date.max)


def retention_tint(item) -> QColor | None:
    """Rows due for review are tinted amber; rows under a legal hold blue."""
    if item.on_hold:
        return HELD
    return DUE if item.due else None


class RetentionPage(QWidget):
    REVIEW, DESTROYED = range(2)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.session = session
        self.may_view = allowed(session, "retention.view")
        self.may_approve = allowed(session, "retention.approve")
        self.may_erase = allowed(session, "retention.erase")
        self.may_register = allowed(session, "register.view")
        self._reads = vault_worker.Latest(self, session)
        self._opening = False  # a dialog's facts are being read
        self.register_export: FileExport | None = None
        self.register_button = QPushButton(self.tr("Processing register (AVG art. 30)…"))
        self.register_button.setObjectName("exportRegister")
        self.register_button.clicked.connect(self.export_register)
        self.register_button.setVisible(self.may_register)
        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Retention")), 1)
        header.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        if self.may_view:
            self._build_lists(layout)
        else:
            layout.addWidget(
                muted(
                    self.tr(
                        "Save the processing register (AVG art. 30) of this vault from here. "
                        "Retention periods and destroying dossiers are for HR and the data "
                        "protection officer."
                    )
                )
            )
            layout.addStretch(1)

    # -- building ---------------------------------------------------------------

    def _build_lists(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            muted(
                self.tr(
                    "A dossier is reviewed when its retention period has passed (counted from "
                    "the end of employment or the day the pupil left). Nothing is destroyed "
                    "automatically. Names are left out on purpose; the reference is the start "
                    "of the person's internal number."
                )
            )
        )
        self.notice = Banner(self)
        self.model = RecordTableModel(
            [
                Column(self.tr("Reference"), lambda i: short_id(i.person_id)),
                Column(self.tr("Kind"), lambda i: labels.kind(i.kind)),
                Column(self.tr("Rule"), lambda i: i.rule_label_nl),
                Column(
                    self.tr("Period started"),
                    started_text,
                    sort=lambda i: i.trigger_date.isoformat() if i.trigger_date else "9999",
                ),
                Column(
                    self.tr("Review on"),
                    lambda i: date_text(i.review_on),
                    sort=lambda i: i.review_on.isoformat() if i.review_on else "9999",
                ),
                Column(self.tr("State"), self._state),
                Column(self.tr("Agreed by"), lambda i: ", ".join(i.approvals)),
            ],
            self,
            tint=retention_tint,
        )
        self.due_only = QCheckBox(self.tr("Only what is due now"))
        self.due_only.setObjectName("dueOnly")
        self.due_only.toggled.connect(lambda _on: self.reload())
        self.approve_button = QPushButton(self.tr("&Agree to destruction…"))
        self.approve_button.setObjectName("approveErasure")
        self.approve_button.clicked.connect(self.approve)
        self.approve_button.setVisible(self.may_approve)
        self.withdraw_button = QPushButton(self.tr("&Withdraw my agreement"))
        self.withdraw_button.setObjectName("withdrawErasure")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setVisible(self.may_approve)
        self.erase_button = QPushButton(self.tr("&Destroy…"))
        self.erase_button.setObjectName("eraseDossier")
        self.erase_button.clicked.connect(self.erase)
        self.erase_button.setVisible(self.may_erase)
        self.table = table_view(self.model)
        self.table.setObjectName("retentionTable")
        for column, width in enumerate((95, 110, 240, 165, 115, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.hint = muted()
        self.hint.setObjectName("retentionHint")
        self.count = muted()
        actions = QHBoxLayout()
        actions.addWidget(self.due_only)
        actions.addStretch(1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.withdraw_button)
        actions.addWidget(self.erase_button)
        review = QWidget()
        inner = QVBoxLayout(review)
        inner.addLayout(actions)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.hint)
        inner.addWidget(self.count)

        self.receipts = RecordTableModel(
            [
                Column(self.tr("No."), lambda r: str(r.seq), sort=lambda r: r.seq, numeric=True),
                Column(self.tr("Time"), lambda r: local_time(r.at_utc), sort=lambda r: r.seq),
                Column(self.tr("Kind"), lambda r: labels.kind(r.record)),
                Column(self.tr("Rule"), lambda r: r.rule),
                Column(self.tr("Agreed by"), lambda r: ", ".join(r.approved_by)),
                Column(self.tr("Destroyed by"), lambda r: r.erased_by),
                Column(self.tr("Early"), self._early),
                Column(
                    self.tr("Removed"),
                    lambda r: labels.erased_counts(r.counts),
                    tooltip=lambda r: labels.erased_counts(r.counts),
                ),
            ],
            self,
        )
        self.receipt_table = table_view(self.receipts)
        self.receipt_table.setObjectName("receiptTable")
        for column, width in enumerate((55, 140, 100, 215, 130, 130, 110)):
            self.receipt_table.setColumnWidth(column, width)
        self.receipt_count = muted()
        destroyed = QWidget()
        inner = QVBoxLayout(destroyed)
        inner.addWidget(
            muted(
                self.tr(
                    "Each destruction leaves a receipt in the audit log, without any content: "
                    "when, under which rule, who agreed, who destroyed it and how many "
                    "records went."
                )
            )
        )
        inner.addWidget(self.receipt_table, 1)
        inner.addWidget(self.receipt_count)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("retentionTabs")
        self.tabs.addTab(review, self.tr("To review"))
        self.tabs.addTab(destroyed, self.tr("Destroyed"))
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        vault_worker.watch(
            self,
            self.session,
            self.reload,
            vault_worker.RETENTION,
            vault_worker.HOLD,
            vault_worker.PERSON,
            vault_worker.DOSSIER,
            vault_worker.SETTINGS,
        )
        self.reload()

    def _state(self, item) -> str:
        if item.on_hold:
            return self.tr("Legal hold")
        if item.due:
            return self.tr("Due for review")
        if item.review_on is None:
            return self.tr("Not started")
        return self.tr("Period running")

    def _early(self, receipt) -> str:
        return self.tr("Yes, with a reason") if receipt.early_reason_given else self.tr("No")

    # -- loading ----------------------------------------------------------------

    def reload(self) -> None:
        if not self.may_view:
            return
        due_only = self.due_only.isChecked()
        if not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))
        self._reads.run(
            lambda s: (
                privacy.retention_overview(s, due_only=due_only),
                privacy.erasure_receipts(s),
            ),
            lambda result: self._show(*result),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.receipts.clear()
        self.count.setText(error_text(exc))
        self._update_buttons()

    def _show(self, items, receipts) -> None:
        chosen = self.selected()
        self.model.set_rows(sorted(items, key=review_order))
        self.receipts.set_rows(list(reversed(receipts)))  # newest first
        due = sum(1 for i in items if i.due)
        self.count.setText(
            fmt(
                self.tr("%1 · %2 due for review"),
                QCoreApplication.translate("RetentionPage", "%n dossier(s)", None, len(items)),
                due,
            )
        )
        self.receipt_count.setText(
            QCoreApplication.translate(
                "RetentionPage", "%n dossier(s) destroyed", None, len(receipts)
            )
        )
        if chosen is not None:  # the same dossier stays chosen after a refresh
            self._select(chosen.dossier_id)
        self._update_buttons()

    def _select(self, dossier_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).dossier_id == dossier_id:
                proxy = self.table.model().mapFromSource(self.model.index(row, 0))
                self.table.selectRow(proxy.row())
                return

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        mine = item is not None and self.session.actor.name in item.approvals
        usable = item is not None and not item.on_hold and not self._opening
        self.approve_button.setEnabled(usable and not mine)
        self.withdraw_button.setEnabled(mine and not self._opening)
        self.erase_button.setEnabled(usable)
        if item is None:
            self.hint.setText(
                self.tr("Choose a dossier to agree to its destruction or destroy it.")
            )
        elif item.on_hold:
            self.hint.setText(
                self.tr(
                    "A legal hold rests on this dossier. It cannot be destroyed until HR or "
                    "the school director lifts the hold in the dossier."
                )
            )
        elif mine:
            self.hint.setText(
                self.tr(
                    "You have agreed. Someone else can now destroy this dossier; until then "
                    "you can withdraw your agreement."
                )
            )
        elif not item.due:
            self.hint.setText(
                self.tr(
                    "The retention period has not passed. Destroying it now needs a reason, "
                    "for example a request to erase the data."
                )
            )
        else:
            self.hint.clear()

    # -- actions ----------------------------------------------------------------

    def _for_selected(self, fn, done, changes=None) -> None:
        """Run ``fn(session, dossier_id)`` for the chosen dossier; the buttons wait
        meanwhile, and a refusal is shown above the list (which then reads again)."""
        item = self.selected()
        if item is None or self._opening:
            return
        dossier_id = item.dossier_id
        self._opening = True
        self._update_buttons()

        def finished(result) -> None:
            self._opening = False
            self._update_buttons()
            done(result)

        def refused(exc: BaseException) -> None:
            self._opening = False
            self.notice.show_message(error_text(exc), "error")
            self.reload()

        vault_worker.run(
            self.session,
            lambda s: fn(s, dossier_id),
            finished,
            refused,
            owner=self,
            changes=changes(dossier_id) if changes is not None else None,
        )

    def approve(self) -> None:
        """Agree to destroying the chosen dossier. Whose it is and what goes is read
        first (a logged view); the dialog opens once that has come."""
        self._for_selected(privacy.erasure_preview, self._open_approve)

    def _open_approve(self, preview) -> ApproveErasureDialog:
        dialog = ApproveErasureDialog(self.session, preview, self)
        dialog.approved.connect(self._approved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _approved(self) -> None:
        self.notice.show_message(
            self.tr(
                "Your agreement is recorded. A second person (HR or the data protection "
                "officer) can now destroy the dossier; until then you can withdraw it."
            ),
            "info",
        )

    def withdraw(self) -> None:
        self._for_selected(
            privacy.withdraw_erasure_approval,
            lambda _result: self.notice.show_message(
                self.tr("Your agreement is withdrawn. The dossier will not be destroyed on it."),
                "info",
            ),
            lambda dossier_id: vault_worker.changes(vault_worker.RETENTION, dossiers=[dossier_id]),
        )

    def erase(self) -> None:
        """Destroy the chosen dossier (the dialog opens once its facts are read)."""
        self._for_selected(privacy.erasure_preview, self._open_erase)

    def _open_erase(self, preview) -> EraseDialog:
        dialog = EraseDialog(self.session, preview, self)
        dialog.erased.connect(self._erased)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _erased(self, receipt) -> None:
        self.notice.show_message(
            fmt(
                self.tr(
                    "The dossier has been destroyed. Receipt: audit log entry %1, rule "
                    '"%2", agreed by %3, destroyed by %4. Removed: %5.'
                ),
                receipt.seq,
                receipt.rule,
                ", ".join(receipt.approved_by) or "—",
                receipt.erased_by,
                labels.erased_counts(receipt.counts) or "—",
            ),
            "info",
        )
        self.tabs.setCurrentIndex(self.DESTROYED)

    def export_register(self) -> FileExport | None:
        if self.register_export is not None and self.register_export.busy:
            return None
        if self.register_export is not None:
            self.register_export.deleteLater()
        self.register_export = FileExport(
            self,
            self.session,
            title=self.tr("Save the processing register"),
            stem=self.tr("Processing-register"),
            formats=[
                (self.tr("PDF documents (*.pdf)"), ".pdf"),
                (self.tr("Markdown text (*.md)"), ".md"),
            ],
            write=lambda session, target: register.export_register(
                session, target, fmt="md" if target.suffix.lower() == ".md" else "pdf"
            ),
            busy_text=self.tr("Saving the processing register…"),
            done_text=lambda path: fmt(
                self.tr("The processing register (AVG art. 30) has been saved:\n%1"), str(path)
            ),
        )
        self.register_export.choose_and_run()
        return self.register_export

    def clear(self) -> None:
        self._reads.drop()
        if self.may_view:
            self.model.clear()
            self.receipts.clear()
            self.count.clear()
            self.hint.clear()
