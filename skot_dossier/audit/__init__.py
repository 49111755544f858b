"""Hash-chained, tamper-evident audit log."""

from skot_dossier.audit.chain import (
    Anchor,
    AnchorMistyped,
    AuditEntry,
    AuditLog,
    ChainProblem,
    VerifyReport,
    check_character,
)

__all__ = [
    "Anchor",
    "AnchorMistyped",
    "AuditEntry",
    "AuditLog",
    "ChainProblem",
    "VerifyReport",
    "check_character",
]
