"""The audit log's filters: period, user, action and "flagged only".

They are parameters of ``audit_review.review``; every change asks for the
rows again (dates after a short pause, so typing a date is one query).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from skot_dossier.domain import clock
from ui import audit_labels
from ui.date_fields import OptionalDateEdit

DEFAULT_DAYS = 30
DATE_DELAY_MS = 400


class AuditFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilters")
        self.since = OptionalDateEdit()
        self.since.setObjectName("auditSince")
        self.until = OptionalDateEdit()
        self.until.setObjectName("auditUntil")
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.setMinimumContentsLength(14)
        self.user.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.setMinimumContentsLength(16)
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.flagged = QCheckBox(self.tr("Flagged only"))
        self.flagged.setObjectName("auditFlagged")
        self.flagged.setToolTip(
            self.tr(
                "Only entries that deserve a look: the glass broken, case reasons, refusals, "
                "failures, exports, many records at once, overrides, destructions and work "
                "outside 7:00–19:00 or at the weekend."
            )
        )
        self.user.addItem(self.tr("All users"), "")
        self.action.addItem(self.tr("All actions"), "")
        for code, text in sorted(
            ((c, audit_labels.action(c)) for c in audit_labels.ACTIONS), key=lambda p: p[1]
        ):
            self.action.addItem(text, code)
        self.reset_period()

        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.changed.emit)
        self.since.dateChanged.connect(lambda _d: self._date_timer.start())
        self.until.dateChanged.connect(lambda _d: self._date_timer.start())
        self.user.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.action.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.flagged.toggled.connect(lambda _on: self.changed.emit())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&From:"), self.since),
            (self.tr("&Until:"), self.until),
            (self.tr("U&ser:"), self.user),
            (self.tr("&Action:"), self.action),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addWidget(self.flagged)
        layout.addStretch(1)

    def reset_period(self, today: date | None = None) -> None:
        today = today or clock.today()
        self.since.set_value(today - timedelta(days=DEFAULT_DAYS))
        self.until.set_value(today)

    def set_users(self, names: list[str]) -> None:
        """The users to choose from (their names, as the log records them)."""
        current = self.user.currentData()
        self.user.blockSignals(True)
        while self.user.count() > 1:
            self.user.removeItem(1)
        for name in sorted(set(names), key=str.casefold):
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)

    def period(self) -> tuple[date | None, date | None]:
        return self.since.value(), self.until.value()

    def values(self) -> dict:
        since, until = self.period()
        return {
            "actor": self.user.currentData() or "",
            "action": self.action.currentData() or "",
            "since": since,
            "until": until,
            "flagged_only": self.flagged.isChecked(),
        }

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.since, self.until, self.user, self.action, self.flagged):
            widget.setEnabled(enabled)
