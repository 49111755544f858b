"""The audit log as a table: one ``ReviewRow`` per line, newest first.

Rows that deserve a look are tinted: amber for a flag, rose for the flags
that ask for action (break the glass, refusals, overrides, destructions).
Work at an unusual hour alone is named under Signals but not tinted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ui import audit_labels
from ui.table_model import Column, RecordTableModel
from ui.text import datetime_text

FLAGGED = QColor("#fff4ce")
SERIOUS = QColor("#fde7e9")
SHORT_ID = 8


def local_time(at_utc: str) -> str:
    """A stored UTC moment on the foundation's wall clock, to the second."""
    return datetime_text(datetime.fromisoformat(at_utc), seconds=True)


def short_id(value: str) -> str:
    return f"#{value[:SHORT_ID]}" if value else ""


class AuditTableModel(RecordTableModel):
    NR, TIME, USER, ACTION, SUBJECT, PURPOSE, FLAGS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            [
                Column(
                    translate("AuditTableModel", "No."),
                    lambda r: str(r.entry.seq),
                    sort=_seq,
                    numeric=True,
                ),
                Column(
                    translate("AuditTableModel", "Time"),
                    lambda r: local_time(r.entry.at_utc),
                    sort=_seq,
                ),
                Column(translate("AuditTableModel", "User (role)"), _user, tooltip=_user),
                Column(translate("AuditTableModel", "Action"), _action, tooltip=_action),
                Column(
                    translate("AuditTableModel", "Person concerned"),
                    _subject,
                    tooltip=_subject_tooltip,
                ),
                Column(translate("AuditTableModel", "Purpose"), _purpose, tooltip=_purpose),
                Column(
                    translate("AuditTableModel", "Signals"),
                    lambda r: audit_labels.flags_text(r.flags),
                    tooltip=lambda r: "\n".join(audit_labels.flag(f) for f in r.flags),
                ),
            ],
            parent,
            tint=_tint,
        )


def _seq(row: Any) -> int:
    return row.entry.seq


def _user(row: Any) -> str:
    return audit_labels.actor_text(row.actor, row.entry.role)


def _action(row: Any) -> str:
    return audit_labels.entry_action_text(row.entry)


def _purpose(row: Any) -> str:
    return row.entry.purpose


def _subject(row: Any) -> str:
    """The person's name; a short reference once the person is no longer in the vault."""
    if row.subject_name:
        return row.subject_name
    return short_id(row.entry.subject_id)


def _subject_tooltip(row: Any) -> str:
    if row.subject_name and row.entry.subject_id:
        return f"{row.subject_name} ({short_id(row.entry.subject_id)})"
    return _subject(row)


def _tint(row: Any) -> QColor | None:
    if not set(row.flags) - audit_labels.WEAK_FLAGS:
        return None
    return SERIOUS if audit_labels.SERIOUS_FLAGS.intersection(row.flags) else FLAGGED
