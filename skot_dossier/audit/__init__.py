"""Hash-chained, tamper-evident audit log."""

from skot_dossier.audit.chain import (
    Anchor,
    AuditEntry,
    AuditLog,
    ChainProblem,
    VerifyReport,
)

__all__ = ["Anchor", "AuditEntry", "AuditLog", "ChainProblem", "VerifyReport"]
