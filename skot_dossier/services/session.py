"""The session and the unit of work every service runs in."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skot_dossier.domain.actor import Actor
from skot_dossier.vault import Vault
from skot_dossier.vault.database import Database


@dataclass
class Session:
    """An unlocked vault and the person using it."""

    vault: Vault
    actor: Actor
    purpose: str = ""
    protocol_dir: Path | None = None  # None: the protocols shipped in resources/
    # Break-the-glass grants for this session only: person or incident id -> reason.
    grants: dict[str, str] = field(default_factory=dict)
    # Set by authorize() when an access relies on a grant; the next audit entry is flagged.
    glass_used: str | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    @property
    def db(self) -> Database:
        return self.vault.db

    def close(self, reason: str = "") -> None:
        if not self._closed:
            self._closed = True
            self.vault.close(reason=reason)


@dataclass
class AuditNote:
    """What the audit entry of a unit of work will say; services may refine it."""

    action: str
    object_type: str = ""
    object_id: str = ""
    subject_id: str = ""
    purpose: str = ""
    outcome: str = "ok"
    details: dict[str, Any] = field(default_factory=dict)


@contextlib.contextmanager
def unit_of_work(
    session: Session,
    action: str,
    *,
    object_type: str = "",
    object_id: str = "",
    subject_id: str = "",
    purpose: str = "",
    details: Mapping[str, Any] | None = None,
) -> Iterator[AuditNote]:
    """Run a change and its audit entry in one transaction: both or neither.

    The body gets an :class:`AuditNote` it may fill in (e.g. the id of a row it
    just created); the entry is appended after the body, before the commit.
    """
    note = AuditNote(
        action,
        object_type,
        object_id,
        subject_id,
        purpose or session.purpose,
        "ok",
        dict(details or {}),
    )
    if session.glass_used is not None:
        note.details["flag"] = "break-glass"
        note.purpose = session.glass_used  # the stated reason is this access's purpose
        session.glass_used = None
    with session.db.transaction():
        yield note
        session.vault.audit.append(
            actor=session.actor.name,
            role=session.actor.role,
            action=note.action,
            object_type=note.object_type,
            object_id=note.object_id,
            subject_id=note.subject_id,
            purpose=note.purpose,
            outcome=note.outcome,
            details=note.details,
        )
