"""Opening and locking a vault: the front end's only way to a session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skot_dossier.domain.actor import Actor
from skot_dossier.services.session import Session
from skot_dossier.vault import Vault
from skot_dossier.vault.header import read_header

KEYHOLDER_ROLE = "keyholder"


@dataclass(frozen=True)
class VaultDescription:
    """What can be shown before unlocking: no personal data lives here."""

    path: Path
    user_labels: tuple[str, ...]
    has_recovery_key: bool


def describe_vault(path: Path) -> VaultDescription:
    header = read_header(Path(path))
    return VaultDescription(
        Path(path),
        tuple(s.label for s in header.passphrase_slots()),
        header.recovery_slot() is not None,
    )


def unlock(
    path: Path, secret: str, *, label: str | None = None, use_recovery: bool = False
) -> Session:
    """Unlock the vault; the returned session acts as the keyslot's user."""
    vault = Vault.open(Path(path), secret, label=label, use_recovery=use_recovery)
    return Session(vault, Actor(vault.slot.label, KEYHOLDER_ROLE))


def lock(session: Session) -> None:
    session.close()


@dataclass(frozen=True)
class VaultStatus:
    path: Path
    user: str
    role: str
    audit_entries: int
    audit_head: str
    failed_attempts_before_unlock: int


def vault_status(session: Session) -> VaultStatus:
    """Facts for the status bar and the unlock notice (no personal data)."""
    head = session.vault.audit.head()
    info = session.vault.unlock_info
    return VaultStatus(
        path=session.vault.folder,
        user=session.actor.name,
        role=session.actor.role,
        audit_entries=head.seq if head else 0,
        audit_head=str(head) if head else "",
        failed_attempts_before_unlock=info.failed_attempts if info else 0,
    )
