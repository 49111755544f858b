"""What the two people who destroy a dossier are shown: whose it is and what goes.

The agreeing and the destroying dialog share this, so both confirm the same
facts: the person's name and number, the rule and dates, who agreed so far, and
how many records of each kind the destruction removes (counted by the core,
which runs the erasure and rolls it back; numbers, never content).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout

from ui import labels
from ui.text import date_text, fmt
from ui.widgets import plain


def started_text(item) -> str:
    """When the retention period started, or that it has not (still employed / at school)."""
    if item.trigger_date is not None:
        return date_text(item.trigger_date)
    if item.kind == "staff":
        return QCoreApplication.translate("EraseDialog", "not yet (still employed)")
    return QCoreApplication.translate("EraseDialog", "not yet (still at school)")


def person_text(preview) -> str:
    """ "Gerrit Oudeman (P-0999), staff member"."""
    who = fmt("%1 (%2)", preview.name, preview.number) if preview.number else preview.name
    return fmt(
        QCoreApplication.translate("ErasureFacts", "%1, %2"),
        who,
        labels.kind(preview.item.kind).lower(),
    )


def removed_text(preview) -> str:
    counts = labels.erased_counts(preview.counts)
    return counts or QCoreApplication.translate("ErasureFacts", "only the person's details")


def erasure_facts(preview) -> QFormLayout:
    item = preview.item
    facts = QFormLayout()
    name = plain(person_text(preview))
    name.setObjectName("erasurePerson")
    facts.addRow(QCoreApplication.translate("ErasureFacts", "Dossier of:"), name)
    facts.addRow(QCoreApplication.translate("ErasureFacts", "Rule:"), plain(item.rule_label_nl))
    facts.addRow(
        QCoreApplication.translate("ErasureFacts", "Period started:"), plain(started_text(item))
    )
    facts.addRow(
        QCoreApplication.translate("ErasureFacts", "Review on:"),
        plain(
            date_text(item.review_on) or QCoreApplication.translate("ErasureFacts", "not yet known")
        ),
    )
    facts.addRow(
        QCoreApplication.translate("ErasureFacts", "Agreed by:"),
        plain(
            ", ".join(item.approvals) or QCoreApplication.translate("ErasureFacts", "nobody yet")
        ),
    )
    removed = plain(removed_text(preview))
    removed.setObjectName("erasureCounts")
    facts.addRow(QCoreApplication.translate("ErasureFacts", "Destroyed:"), removed)
    if preview.shared_incidents:
        stays = plain(
            QCoreApplication.translate(
                "ErasureFacts",
                "%n incident(s) that other people are part of stay, without this person",
                None,
                preview.shared_incidents,
            )
        )
        stays.setObjectName("erasureStays")
        facts.addRow(QCoreApplication.translate("ErasureFacts", "Stays:"), stays)
    return facts
