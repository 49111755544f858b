"""Words a privacy officer reads for the audit log's stored codes: actions, flags, problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import labels
from ui.text import fmt

CONTEXT = "AuditLabels"

ACTIONS = {
    "view": QT_TRANSLATE_NOOP("AuditLabels", "Viewed"),
    "list": QT_TRANSLATE_NOOP("AuditLabels", "Listed"),
    "search": QT_TRANSLATE_NOOP("AuditLabels", "Searched"),
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "attach": QT_TRANSLATE_NOOP("AuditLabels", "Attached"),
    "compose": QT_TRANSLATE_NOOP("AuditLabels", "Letter drafted"),
    "decide": QT_TRANSLATE_NOOP("AuditLabels", "Decided"),
    "finalize": QT_TRANSLATE_NOOP("AuditLabels", "Made final"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "print": QT_TRANSLATE_NOOP("AuditLabels", "Printed"),
    "break-glass": QT_TRANSLATE_NOOP("AuditLabels", "Broke the glass"),
    "need-to-know": QT_TRANSLATE_NOOP("AuditLabels", "Case reason recorded"),
    "denied": QT_TRANSLATE_NOOP("AuditLabels", "Refused"),
    "hold": QT_TRANSLATE_NOOP("AuditLabels", "Legal hold placed"),
    "unhold": QT_TRANSLATE_NOOP("AuditLabels", "Legal hold lifted"),
    "restrict": QT_TRANSLATE_NOOP("AuditLabels", "Processing restricted"),
    "unrestrict": QT_TRANSLATE_NOOP("AuditLabels", "Restriction lifted"),
    "approve-erasure": QT_TRANSLATE_NOOP("AuditLabels", "Agreed to destruction"),
    "erase": QT_TRANSLATE_NOOP("AuditLabels", "Destroyed"),
    "verify": QT_TRANSLATE_NOOP("AuditLabels", "Log checked"),
    "checkpoint": QT_TRANSLATE_NOOP("AuditLabels", "Checkpoint recorded"),
    "unlock": QT_TRANSLATE_NOOP("AuditLabels", "Unlocked"),
    "lock": QT_TRANSLATE_NOOP("AuditLabels", "Locked"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backup made"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "Backup restored"),
    "migrate": QT_TRANSLATE_NOOP("AuditLabels", "Vault upgraded"),
    "add-keyslot": QT_TRANSLATE_NOOP("AuditLabels", "Login added"),
    "remove-keyslot": QT_TRANSLATE_NOOP("AuditLabels", "Login removed"),
    "change-passphrase": QT_TRANSLATE_NOOP("AuditLabels", "Passphrase changed"),
    "replace-recovery-key": QT_TRANSLATE_NOOP("AuditLabels", "Recovery key replaced"),
    "rebind-keyslot": QT_TRANSLATE_NOOP("AuditLabels", "Login sealed to its key"),
}

OBJECTS = {
    "dossier": QT_TRANSLATE_NOOP("AuditLabels", "dossier"),
    "person": QT_TRANSLATE_NOOP("AuditLabels", "person"),
    "incident": QT_TRANSLATE_NOOP("AuditLabels", "incident"),
    "evidence": QT_TRANSLATE_NOOP("AuditLabels", "evidence"),
    "timeline": QT_TRANSLATE_NOOP("AuditLabels", "timeline"),
    "decision": QT_TRANSLATE_NOOP("AuditLabels", "decision"),
    "deadline": QT_TRANSLATE_NOOP("AuditLabels", "deadline"),
    "letter": QT_TRANSLATE_NOOP("AuditLabels", "letter"),
    "packet": QT_TRANSLATE_NOOP("AuditLabels", "police packet"),
    "access_request": QT_TRANSLATE_NOOP("AuditLabels", "access request"),
    "history": QT_TRANSLATE_NOOP("AuditLabels", "history"),
    "search": QT_TRANSLATE_NOOP("AuditLabels", "search"),
    "person-lookup": QT_TRANSLATE_NOOP("AuditLabels", "person lookup"),
    "pupil-lookup": QT_TRANSLATE_NOOP("AuditLabels", "pupil lookup"),
    "audit": QT_TRANSLATE_NOOP("AuditLabels", "audit log"),
    "retention": QT_TRANSLATE_NOOP("AuditLabels", "retention"),
    "erasure": QT_TRANSLATE_NOOP("AuditLabels", "destructions"),
    "legal_hold": QT_TRANSLATE_NOOP("AuditLabels", "legal holds"),
    "register": QT_TRANSLATE_NOOP("AuditLabels", "processing register"),
    "user": QT_TRANSLATE_NOOP("AuditLabels", "user"),
    "school": QT_TRANSLATE_NOOP("AuditLabels", "school"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "setting"),
    "keyslot": QT_TRANSLATE_NOOP("AuditLabels", "login"),
    "vault": QT_TRANSLATE_NOOP("AuditLabels", "vault"),
}

FLAGS = {
    "break-glass": QT_TRANSLATE_NOOP("AuditLabels", "Glass broken"),
    "need-to-know": QT_TRANSLATE_NOOP("AuditLabels", "Need to know"),
    "denied": QT_TRANSLATE_NOOP("AuditLabels", "Refused"),
    "failed": QT_TRANSLATE_NOOP("AuditLabels", "Failed"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Export"),
    "bulk": QT_TRANSLATE_NOOP("AuditLabels", "Many records"),
    "override": QT_TRANSLATE_NOOP("AuditLabels", "Override"),
    "erasure": QT_TRANSLATE_NOOP("AuditLabels", "Destruction"),
    "unusual-hours": QT_TRANSLATE_NOOP("AuditLabels", "Unusual hour"),
}
# Flags that ask the privacy officer to look now, not only to know.
SERIOUS_FLAGS = frozenset({"break-glass", "denied", "failed", "override", "erasure"})
# A flag that alone does not tint a row: in a school evening work is common.
WEAK_FLAGS = frozenset({"unusual-hours"})

OTHER_ROLES = {
    "keyholder": QT_TRANSLATE_NOOP("AuditLabels", "Key holder"),
    "(none)": QT_TRANSLATE_NOOP("AuditLabels", "unknown"),
}
UNKNOWN_ACTOR = QT_TRANSLATE_NOOP("AuditLabels", "(unknown)")

# A broken chain, in words; %1 is the entry number.
PROBLEMS = {
    "edited": QT_TRANSLATE_NOOP("AuditLabels", "Entry %1 was changed after it was written."),
    "deleted": QT_TRANSLATE_NOOP(
        "AuditLabels", "An entry before entry %1 was removed or replaced."
    ),
    "reordered": QT_TRANSLATE_NOOP("AuditLabels", "Entry %1 is no longer in its original place."),
    "gap": QT_TRANSLATE_NOOP("AuditLabels", "Entries are missing before entry %1."),
    "anchor-missing": QT_TRANSLATE_NOOP(
        "AuditLabels",
        "Entry %1, named by a recorded checkpoint, is no longer in the log: entries were "
        "removed from the end.",
    ),
    "anchor-mismatch": QT_TRANSLATE_NOOP(
        "AuditLabels",
        "Entry %1 does not match a recorded checkpoint: the log was rewritten.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action(code: str) -> str:
    return _tr(ACTIONS[code]) if code in ACTIONS else code


def object_type(code: str) -> str:
    return _tr(OBJECTS[code]) if code in OBJECTS else code


def action_text(code: str, object_code: str) -> str:
    """What was done, and to what kind of record: "Viewed (dossier)"."""
    if not object_code or code in ("unlock", "lock", "backup", "restore", "migrate"):
        return action(code)
    return f"{action(code)} ({object_type(object_code)})"


def flag(code: str) -> str:
    return _tr(FLAGS[code]) if code in FLAGS else code


def flags_text(codes: tuple[str, ...]) -> str:
    return ", ".join(flag(c) for c in codes)


def role(code: str) -> str:
    return _tr(OTHER_ROLES[code]) if code in OTHER_ROLES else labels.role(code)


def actor_text(actor: str, role_code: str) -> str:
    name = _tr(UNKNOWN_ACTOR) if actor == "(unknown)" else actor
    return f"{name} ({role(role_code)})" if role_code else name


def problem(kind: str, seq: int, explanation: str) -> str:
    """One chain problem as a sentence; an unknown kind keeps the core's own words."""
    if kind in PROBLEMS:
        return fmt(_tr(PROBLEMS[kind]), seq)
    return explanation
