"""Words a privacy officer reads for the audit log's stored codes, in the UI's language.

The words themselves live in the core (``skot_dossier.audit.labels``), which
writes the same Dutch words into the PDF and CSV exports: the screen and an
export never disagree. This module only picks the language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from skot_dossier.audit import labels as words

ACTIONS = words.ACTIONS
OBJECTS = words.OBJECTS
FLAGS = words.FLAGS
SERIOUS_FLAGS = words.SERIOUS_FLAGS
WEAK_FLAGS = words.WEAK_FLAGS


def language() -> str:
    """The UI's language, as ``ui.i18n.install`` set it."""
    return words.DUTCH if QLocale().language() == QLocale.Language.Dutch else words.ENGLISH


def action(code: str) -> str:
    return words.action(code, language())


def object_type(code: str) -> str:
    return words.object_type(code, language())


def action_text(code: str, object_code: str) -> str:
    """What was done, and to what kind of record: "Viewed (dossier)"."""
    return words.action_text(code, object_code, language())


def entry_action_text(entry) -> str:
    """Like :func:`action_text`; a lock nobody asked for says why."""
    if entry.action == "lock" and entry.details_dict().get("reason"):
        return words.entry_action(entry.action, entry.details_dict(), language())
    return action_text(entry.action, entry.object_type)


def flag(code: str) -> str:
    return words.flag(code, language())


def flags_text(codes: Iterable[str]) -> str:
    return words.flags_text(codes, language())


def role(code: str) -> str:
    return words.role(code, language())


def outcome(code: str) -> str:
    return words.outcome(code, language())


def actor_text(actor: str, role_code: str) -> str:
    return words.actor_text(actor, role_code, language())


def problem(kind: str, seq: int, explanation: str) -> str:
    """One chain problem as a sentence; an unknown kind keeps the core's own words."""
    return words.problem(kind, seq, explanation, language())
