"""The dossier's overview: who this is, the dossier's state, parents or guardians."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.domain.enums import PersonKind
from ui import labels
from ui.privacy import holds_personal_data
from ui.text import date_text, datetime_text


def group_text(group: str) -> str:
    """Groups are stored as typed: "6" or "groep 6"; show them the same way."""
    if group.strip().isdigit():
        return QCoreApplication.translate("OverviewTab", "group %1").replace("%1", group.strip())
    return group


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OverviewTab(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._content = QWidget()
        columns = QHBoxLayout(self._content)
        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        columns.addLayout(self._left, 1)
        columns.addLayout(self._right, 1)
        self.setWidget(self._content)
        holds_personal_data(self)

    def clear(self) -> None:
        for column in (self._left, self._right):
            while column.count():
                item = column.takeAt(0)
                if item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name, value in rows:
            form.addRow(name, _value(value))
        return box

    def load(self, view, school_names: dict[str, str]) -> None:
        self.clear()
        person, dossier = view.person, view.dossier
        schools = ", ".join(school_names.get(s, s) for s in sorted(person.school_ids))
        rows = [
            (self.tr("Name:"), person.full_name),
            (self.tr("Form of address:"), labels.salutation(person.salutation)),
            (self.tr("Number:"), person.number),
            (self.tr("School:"), schools),
            (self.tr("Date of birth:"), date_text(person.birth_date)),
        ]
        if person.kind is PersonKind.STAFF:
            rows += [
                (self.tr("Position:"), person.position),
                (self.tr("Employed since:"), date_text(person.employment_start)),
                (self.tr("Employed until:"), date_text(person.employment_end)),
            ]
            if person.address is not None:
                a = person.address
                rows.append((self.tr("Address:"), f"{a.street}\n{a.postcode} {a.town}"))
        else:
            rows += [
                (self.tr("Group:"), group_text(person.group)),
                (self.tr("Left school on:"), date_text(person.date_left)),
            ]
        self._left.addWidget(self._group(labels.kind(person.kind), rows))
        # Pupils: person and dossier on the left, parents on the right.
        dossier_column = self._left if person.guardians else self._right
        dossier_column.addWidget(
            self._group(
                self.tr("Dossier"),
                [
                    (self.tr("Status:"), labels.status(dossier.status)),
                    (self.tr("Opened on:"), datetime_text(dossier.opened_at)),
                    (self.tr("Closed on:"), datetime_text(dossier.closed_at)),
                    (self.tr("Incidents:"), str(len(view.incidents))),
                    (self.tr("Timeline entries:"), str(len(view.timeline))),
                ],
            )
        )
        for number, guardian in enumerate(person.guardians, start=1):
            a = guardian.address
            self._right.addWidget(
                self._group(
                    self.tr("Parent or guardian %1").replace("%1", str(number)),
                    [
                        (self.tr("Name:"), guardian.name),
                        (self.tr("Relation:"), guardian.relation),
                        (self.tr("Form of address:"), labels.salutation(guardian.salutation)),
                        (self.tr("Address:"), f"{a.street}\n{a.postcode} {a.town}"),
                    ],
                )
            )
        self._left.addStretch(1)
        self._right.addStretch(1)
