"""Legal holds (bewaarplicht) on one dossier: place one, see them, lift one.

While a hold is active the dossier cannot be destroyed, whatever its
retention date: an objection, appeal, court case, police report or access
request may still need it. HR and the school director place and lift holds.

Enter in the note places the new hold; it never lifts one. Lifting is never
the default button and asks first. The list is read on the vault worker and
read again when a hold on this dossier changes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import privacy
from ui import labels, vault_worker
from ui.keys import CarefulClose, confirm, destructive, enter_runs, never_default
from ui.messages import error_text
from ui.saving import Saving
from ui.table_model import RECORD_ROLE, Column, RecordTableModel
from ui.text import datetime_text, fmt
from ui.widgets import FieldError, FormErrors, heading, muted, table_view


def moment(value: str | None) -> str:
    return datetime_text(datetime.fromisoformat(value)) if value else ""


class LegalHoldDialog(CarefulClose, QDialog):
    """Place, see and lift the holds on one dossier (a change is announced as HOLD)."""

    def __init__(self, session, dossier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier_id = dossier_id
        self.setObjectName("legalHoldDialog")
        self.setWindowTitle(self.tr("Legal hold — SKOT Dossier"))
        self.setMinimumSize(720, 520)
        self.model = RecordTableModel(
            [
                Column(self.tr("Reason"), lambda h: labels.hold_kind(h.kind)),
                Column(self.tr("Note"), lambda h: h.note, tooltip=lambda h: h.note),
                Column(self.tr("Placed"), lambda h: f"{moment(h.placed_at)} · {h.placed_by}"),
                Column(self.tr("Lifted"), self._lifted),
            ],
            self,
        )
        self.table = table_view(self.model)
        self.table.setObjectName("holdTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (2, 190), (3, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lift_button = QPushButton(self.tr("&Lift the chosen hold"))
        self.lift_button.setObjectName("liftHold")
        destructive(self.lift_button)
        self.lift_button.clicked.connect(self.ask_lift)
        self.status = muted()

        self.kind = QComboBox()
        self.kind.setObjectName("holdKind")
        for code in labels.HOLD_KINDS:
            self.kind.addItem(labels.hold_kind(code), code)
        self.note = QLineEdit()
        self.note.setObjectName("holdNote")
        self.note.setPlaceholderText(
            self.tr("For example: objection against the reprimand received on 4 March")
        )
        self.place_button = QPushButton(self.tr("&Place the hold"))
        self.place_button.setObjectName("placeHold")
        never_default(self.place_button)
        self.place_button.clicked.connect(self.place)
        enter_runs(self.note, self.place)
        self.errors = FormErrors(FieldError())
        new = QGroupBox(self.tr("Place a new hold"))
        form = QFormLayout(new)
        form.addRow(self.tr("&Reason:"), self.kind)
        form.addRow("", self.errors.add("kind"))
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow("", self.errors.add("note"))
        place_row = QHBoxLayout()
        place_row.addStretch(1)
        place_row.addWidget(self.place_button)
        form.addRow(place_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lift_row = QHBoxLayout()
        lift_row.addWidget(self.status, 1)
        lift_row.addWidget(self.lift_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Legal hold"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "While a hold is active this dossier is not destroyed, even when its "
                    "retention period has passed. Place one when an objection, appeal, court "
                    "case, police report or access request may still need the dossier, and "
                    "lift it when that is over."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(lift_row)
        layout.addWidget(new)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.saving = Saving(
            self, session, self.place_button, errors=self.errors, refresh=self._update_buttons
        )
        self._reads = vault_worker.Latest(self, session)
        vault_worker.watch(
            self, session, self.reload, vault_worker.HOLD, dossier_id=lambda: self.dossier_id
        )
        self.reload()

    def is_busy(self) -> bool:
        return self.saving.busy

    def _lifted(self, hold) -> str:
        if hold.lifted_at:
            return f"{moment(hold.lifted_at)} · {hold.lifted_by}"
        return self.tr("active")

    def reload(self) -> None:
        dossier_id = self.dossier_id
        if not self.model.rowCount():
            self.status.setText(self.tr("Loading…"))
        self._reads.run(lambda s: privacy.legal_holds(s, dossier_id), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.status.setText(error_text(exc))
        self._update_buttons()

    def _show(self, holds) -> None:
        self.model.set_rows(holds)
        active = sum(1 for h in holds if not h.lifted_at)
        self.status.setText(
            self.tr("An active hold keeps this dossier from being destroyed.")
            if active
            else self.tr("No active hold: the normal retention period applies.")
        )
        self._update_buttons()

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _update_buttons(self) -> None:
        hold = self.chosen()
        busy = self.saving.busy
        self.lift_button.setEnabled(hold is not None and not hold.lifted_at and not busy)

    def _changes(self) -> vault_worker.Changes:
        return vault_worker.changes(vault_worker.HOLD, dossiers=[self.dossier_id])

    def place(self) -> None:
        dossier_id, kind, note = self.dossier_id, self.kind.currentData(), self.note.text()
        self.saving.run(
            lambda s: privacy.place_legal_hold(s, dossier_id, kind, note),
            lambda _hold: self.note.clear(),
            changes=self._changes(),
        )

    def ask_lift(self) -> QMessageBox | None:
        hold = self.chosen()
        if hold is None or hold.lifted_at:
            return None
        return confirm(
            self,
            self.tr("Lift this legal hold?"),
            fmt(
                self.tr(
                    'Lift the hold "%1" (placed %2)?\n\nWithout an active hold the dossier '
                    "can be destroyed once its retention period has passed. The lifting is "
                    "logged."
                ),
                labels.hold_kind(hold.kind),
                moment(hold.placed_at),
            ),
            self.tr("&Lift the hold"),
            lambda: self.lift(hold.id),
            name="confirmLift",
        )

    def lift(self, hold_id: str) -> None:
        dossier_id = self.dossier_id
        self.saving.run(
            lambda s: privacy.lift_legal_hold(s, dossier_id, hold_id),
            lambda _result: None,
            changes=self._changes(),
        )

    def typed_work(self) -> bool:
        return bool(self.note.text().strip())

    def clear(self) -> None:
        self._reads.drop()
        self.model.clear()
        self.note.clear()
