"""Opening and locking a vault: the front end's only way to a session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.enums import Role
from skot_dossier.errors import KeyslotError
from skot_dossier.services.people import add_user
from skot_dossier.services.permissions import authorize
from skot_dossier.services.session import Session
from skot_dossier.store import people
from skot_dossier.vault import (
    BackupInfo,
    KdfProfile,
    RestoreReport,
    Vault,
    create_backup,
    restore_backup,
)
from skot_dossier.vault.header import read_header
from skot_dossier.vault.vault import passphrase_bytes


@dataclass(frozen=True)
class VaultDescription:
    """What can be shown before unlocking: no personal data lives here."""

    path: Path
    user_labels: tuple[str, ...]
    has_recovery_key: bool
    vault_id: str = ""


def describe_vault(path: Path) -> VaultDescription:
    header = read_header(Path(path))
    return VaultDescription(
        Path(path),
        tuple(s.label for s in header.passphrase_slots()),
        header.recovery_slot() is not None,
        header.vault_id,
    )


def actor_for(vault: Vault) -> Actor:
    """The user record tied to the keyslot that unlocked the vault.

    A vault without any user yet is being set up: its keyholder acts as admin
    (who may add users but sees no dossier content). A keyslot without a user
    record in a vault that has users may do nothing.
    """
    user = people.user_by_keyslot(vault.db, vault.slot.label)
    if user is not None:
        return Actor(user.name, user.role.value, user.id, user.school_ids)
    if people.user_count(vault.db) == 0:
        return Actor(vault.slot.label, Role.ADMIN.value)
    return Actor(vault.slot.label, Role.NONE.value)


def unlock(
    path: Path, secret: str, *, label: str | None = None, use_recovery: bool = False
) -> Session:
    """Unlock the vault; the returned session acts as the keyslot's user."""
    vault = Vault.open(Path(path), secret, label=label, use_recovery=use_recovery)
    return Session(vault, actor_for(vault))


def create_vault(
    path: Path,
    user_name: str,
    role: str,
    passphrase: str,
    *,
    keyslot_label: str | None = None,
    school_ids: tuple[str, ...] = (),
    kdf: KdfProfile | None = None,
) -> tuple[Session, str]:
    """A new vault whose first user is registered with ``role``; returns the recovery key."""
    label = keyslot_label or user_name
    vault, recovery_key = Vault.create(Path(path), label, passphrase, kdf=kdf)
    session = Session(vault, Actor(label, Role.ADMIN.value))
    try:
        add_user(session, user_name, role, label, school_ids)
    except BaseException:
        vault.close()
        raise
    session.actor = actor_for(vault)
    return session, recovery_key


UNLOCK_CANCELLED = "unlock_cancelled"


def lock(session: Session) -> None:
    session.close()


def discard_unreceived(session: Session) -> None:
    """Close a session whose unlock finished after the person cancelled it.

    Nothing was shown; the lock entry says why it follows the unlock at once.
    """
    session.close(UNLOCK_CANCELLED)


@dataclass(frozen=True)
class VaultStatus:
    path: Path
    user: str
    role: str
    audit_entries: int
    audit_head: str
    failed_attempts_before_unlock: int
    slot_kind: str = "passphrase"  # "recovery" when unlocked with the recovery key
    keyslot_labels: tuple[str, ...] = ()


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
        slot_kind=session.vault.slot.kind,
        keyslot_labels=tuple(s.label for s in session.vault.header.passphrase_slots()),
    )


def add_user_with_passphrase(
    session: Session,
    name: str,
    role: str,
    keyslot_label: str,
    passphrase: str,
    school_ids: tuple[str, ...] = (),
    *,
    kdf: KdfProfile | None = None,
) -> None:
    """A new user and their own keyslot; neither exists without the other."""
    authorize(session, "user.manage", object_type="user")
    session.vault.add_passphrase_slot(keyslot_label, passphrase, kdf=kdf)
    try:
        add_user(session, name, role, keyslot_label, school_ids)
    except BaseException:
        session.vault.remove_slot(keyslot_label)
        raise


def backup(session: Session, target: Path) -> BackupInfo:
    """A backup file of the open vault (still encrypted), with the audit head in it.

    For the administrator and HR, or whoever holds the recovery key.
    """
    if session.vault.slot.kind != "recovery":
        authorize(session, "vault.backup", object_type="vault")
    return create_backup(session.vault, Path(target))


def restore(
    backup_file: Path,
    target: Path,
    secret: str,
    *,
    label: str | None = None,
    use_recovery: bool = False,
    replace: bool = False,
) -> RestoreReport:
    """Verify a backup completely and put it in place; never overwrites silently."""
    return restore_backup(
        Path(backup_file),
        Path(target),
        secret,
        label=label,
        use_recovery=use_recovery,
        replace=replace,
    )


def reset_passphrase(session: Session, keyslot_label: str, new_passphrase: str) -> None:
    """Give a user a new passphrase: with the recovery key in hand, or as administrator.

    This is how a forgotten passphrase is mended; the old one stops working and
    the change is in the audit log.
    """
    if session.vault.slot.kind != "recovery" and session.actor.role != Role.ADMIN.value:
        authorize(session, "user.manage", object_type="keyslot", object_id=keyslot_label)
    session.vault.change_passphrase(keyslot_label, new_passphrase)


def change_own_passphrase(
    session: Session, new_passphrase: str, current_passphrase: str | None = None
) -> None:
    """The signed-in user changes the passphrase of the keyslot they unlocked with.

    With ``current_passphrase`` the old one is checked first (someone at an
    unlocked, unattended screen cannot lock its owner out).
    """
    if session.vault.slot.kind != "passphrase":
        raise KeyslotError("keyslot_recovery_cannot_change")
    if current_passphrase is not None:
        session.vault.slot.unwrap(
            session.vault.header.vault_id, passphrase_bytes(current_passphrase)
        )
    session.vault.change_passphrase(session.vault.slot.label, new_passphrase)
