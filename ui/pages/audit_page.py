"""The log (Logboek): who did what, with whose data, and why; and is the log intact.

The privacy officer reviews and exports the log and asks who looked at one
person's dossier; HR and the administrator may only check the chain. Each
part is shown only to a role that may use it. Queries run on the vault worker;
every change is an entry, so the list reads again after any announced change
(once it is in sight).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import access, audit_review, people
from skot_dossier.services.permissions import PermissionDenied, allowed
from ui import audit_labels, vault_worker
from ui.messages import error_text
from ui.pages.audit_exports import AuditExports
from ui.pages.audit_filters import AuditFilters
from ui.pages.audit_model import AuditTableModel, short_id
from ui.pages.audit_verify import VerifyPanel
from ui.pages.person_lookup_dialog import PersonLookupDialog
from ui.resources import icon
from ui.table_model import RECORD_ROLE
from ui.text import fmt
from ui.widgets import heading, muted, plain, table_view

ROW_LIMIT = 1000


class AuditLogPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.session = session
        self.may_review = allowed(session, "audit.review")
        self.may_export = allowed(session, "audit.export")
        self.may_verify = allowed(session, "audit.verify")
        self.person = None  # the person whose "who looked" view is shown
        self._reads = vault_worker.Latest(self, session)
        self.model = AuditTableModel(self)
        self.verify_panel = VerifyPanel(session, self)
        self.verify_panel.button.setVisible(self.may_verify)

        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Audit log")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        if self.may_review:
            self.who_button = QPushButton(icon("search"), self.tr("Who looked at this dossier?…"))
            self.who_button.setObjectName("whoLooked")
            self.who_button.clicked.connect(self.look_up_person)
            header.addWidget(self.who_button)
        header.addWidget(self.verify_panel.button)
        layout.addWidget(self.verify_panel)
        if self.may_review:
            self._build_review(layout)
        else:
            self._build_status(layout)

    # -- building ---------------------------------------------------------------

    def _build_review(self, layout: QVBoxLayout) -> None:
        self.filters = AuditFilters(self)
        self.filters.changed.connect(self.reload)
        vault_worker.run(  # on failure the filter offers "all users" only
            self.session,
            lambda s: [u.name for u in people.list_users(s)],
            self.filters.set_users,
            owner=self,
        )
        self.person_bar = QFrame()
        self.person_bar.setObjectName("personBar")
        self.person_bar.setStyleSheet(
            "#personBar { background: #e8f1fb; border: 1px solid #9cc0e8; border-radius: 4px; }"
        )
        self.person_label = QLabel()
        self.person_label.setObjectName("personLabel")
        self.person_label.setWordWrap(True)
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)
        self.person_label.setStyleSheet("border: none; background: transparent; color: #1b1b1b;")
        self.back_button = QPushButton(icon("back"), self.tr("Back to the whole log"))
        self.back_button.setObjectName("backToLog")
        self.back_button.clicked.connect(self.show_whole_log)
        bar = QHBoxLayout(self.person_bar)
        bar.setContentsMargins(10, 6, 6, 6)
        bar.addWidget(self.person_label, 1)
        bar.addWidget(self.back_button)
        self.person_bar.hide()

        self.table = table_view(self.model)
        self.table.setObjectName("auditTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AuditTableModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in enumerate((56, 140, 200, 210, 140, 150, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.details = muted()
        self.details.setObjectName("auditDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = muted()
        self.count.setObjectName("auditCount")
        self.exports = AuditExports(self, self.session, self.current_query)
        self.exports.setVisible(self.may_export)

        layout.addWidget(self.filters)
        layout.addWidget(self.person_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.exports)
        layout.addLayout(bottom)
        vault_worker.watch(self, self.session, self.reload)  # every change is an entry
        self.reload()

    def _build_status(self, layout: QVBoxLayout) -> None:
        """For a role that may only check the chain: its size and check number."""
        self.entries = plain("…")
        self.head = plain("…")
        self.head.setObjectName("auditHead")
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        box = QGroupBox(self.tr("Audit log of this vault"))
        form = QFormLayout(box)
        form.addRow(self.tr("Entries:"), self.entries)
        form.addRow(self.tr("Check number (controlegetal):"), self.head)
        layout.addWidget(
            muted(
                self.tr(
                    "Every view, search, change and export is logged with who did it and when. "
                    "You can check that nothing in the log was changed or removed; reading "
                    "the log itself is for the data protection officer."
                )
                if self.may_verify
                else self.tr("Your role may not check or read the audit log.")
            )
        )
        layout.addWidget(box)
        layout.addStretch(1)
        vault_worker.watch(self, self.session, self._read_status)
        self._read_status()

    def _read_status(self) -> None:
        vault_worker.run(self.session, access.vault_status, self._show_status, owner=self)

    def _show_status(self, status) -> None:
        self.entries.setText(str(status.audit_entries))
        self.head.setText(status.audit_head or "—")

    # -- the whole log ------------------------------------------------------------

    def current_query(self) -> audit_review.LogQuery:
        """What the list shows; the exports write exactly this."""
        if self.person is not None:
            return audit_review.LogQuery(person_id=self.person.person_id)
        return audit_review.LogQuery(**self.filters.values())

    def reload(self) -> None:
        if not self.may_review:
            return
        if self.person is not None:
            self.show_who_looked(self.person)
            return
        values = self.filters.values()
        self._run(
            lambda s: audit_review.review(s, limit=ROW_LIMIT, **values),
            self._whole_log_text,
        )

    def _whole_log_text(self, rows) -> str:
        text = QCoreApplication.translate("AuditLogPage", "%n entry(ies)", None, len(rows))
        if len(rows) >= ROW_LIMIT:
            text += " " + self.tr("(the newest; narrow the period to see older ones)")
        return text

    def _run(self, fetch, describe) -> None:
        if not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))
        self._reads.run(fetch, lambda rows: self._show(rows, describe), self._failed)

    def _show(self, rows, describe) -> None:
        self.model.set_rows(rows)
        self.count.setText(describe(rows))
        self.details.clear()

    def _failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.count.setText(
            self.tr("Your role may not read the audit log.")
            if isinstance(exc, PermissionDenied)
            else error_text(exc)
        )

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(RECORD_ROLE) if rows else None
        if row is None:
            self.details.clear()
            return
        entry = row.entry
        parts = [fmt(self.tr("Entry %1"), entry.seq)]
        if entry.purpose:
            parts.append(fmt(self.tr("purpose: %1"), entry.purpose))
        if entry.object_id:
            parts.append(fmt(self.tr("reference %1"), short_id(entry.object_id)))
        parts.append(fmt(self.tr("outcome: %1"), audit_labels.outcome(entry.outcome)))
        if entry.details and entry.details != "{}":
            parts.append(fmt(self.tr("details: %1"), entry.details))
        self.details.setText(" · ".join(parts))

    # -- who looked ---------------------------------------------------------------

    def look_up_person(self) -> PersonLookupDialog:
        dialog = PersonLookupDialog(self.session, self)
        dialog.chosen.connect(self.show_who_looked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_who_looked(self, person) -> None:
        self.person = person
        self.filters.set_enabled(False)  # the exports now cover this person's view
        self.person_label.setText(
            fmt(
                self.tr(
                    "Who looked at the dossier of %1 (%2): every view, search hit, export and "
                    "refused attempt, newest first."
                ),
                person.name,
                person.number or short_id(person.person_id),
            )
        )
        self.person_bar.show()
        person_id = person.person_id
        self._run(
            lambda s: audit_review.who_looked(s, person_id),
            lambda rows: QCoreApplication.translate(
                "AuditLogPage", "%n access(es) to this person's data", None, len(rows)
            ),
        )

    def show_whole_log(self) -> None:
        self.person = None
        self.person_bar.hide()
        self.person_label.clear()
        self.filters.set_enabled(True)
        self.reload()

    def clear(self) -> None:
        self._reads.drop()  # a result still on its way is dropped
        self.model.clear()
        self.verify_panel.clear()
        if self.may_review:
            self.person = None
            self.person_bar.hide()
            self.person_label.clear()
            self.details.clear()
            self.count.clear()
