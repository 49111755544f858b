"""Create, unlock, re-key and close a vault folder.

A vault holds one random master key. Keyslots in ``vault.json`` wrap it, so
adding a user, changing a passphrase or replacing the recovery key rewrites one
slot and never touches the encrypted database.
"""

from __future__ import annotations

import contextlib
import os
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from skot_dossier.audit import AuditLog
from skot_dossier.errors import (
    InvalidRecoveryKey,
    KeyslotError,
    NotAVault,
    UnlockThrottled,
    VaultDamaged,
    VaultExists,
    VaultHeaderAltered,
    WeakPassphrase,
    WrongPassphrase,
)
from skot_dossier.fsutil import PRIVATE_DIR_MODE
from skot_dossier.vault import keys, migrations, recovery
from skot_dossier.vault.attempts import AttemptCounter
from skot_dossier.vault.database import DB_FILE, Database
from skot_dossier.vault.header import (
    BOUND_SLOT_VERSION,
    MASTER_KEY_BYTES,
    PASSPHRASE,
    RECOVERY,
    Keyslot,
    VaultHeader,
    read_header,
    utc_now_iso,
    write_header,
)
from skot_dossier.vault.kdf import KdfProfile, calibrate
from skot_dossier.vault.lockfile import ProcessLock

MIN_PASSPHRASE_CHARS = 10
SYSTEM_ROLE = "keyholder"


def passphrase_bytes(passphrase: str) -> bytes:
    """The same typed text gives the same bytes, whatever the keyboard composed."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    text = unicodedata.normalize("NFC", passphrase)
    if len(text.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase("weak_passphrase_short", minimum=MIN_PASSPHRASE_CHARS)
    if len(set(text)) < 4:
        raise WeakPassphrase("weak_passphrase_repetitive")


def recovery_bytes(key_text: str) -> bytes:
    compact = recovery.normalize(key_text)
    if compact is None:
        raise InvalidRecoveryKey()
    return compact.encode("ascii")


@dataclass(frozen=True)
class UnlockInfo:
    """What the person who just unlocked should be told."""

    slot_label: str
    slot_kind: str
    failed_attempts: int
    last_failed_at: float | None
    migrated_to: tuple[int, ...]
    slot_rebound: bool = False  # the keyslot was rewritten with its identity bound


class Vault:
    """An unlocked vault: its header, database and audit log."""

    def __init__(
        self,
        folder: Path,
        header: VaultHeader,
        master_key: bytes,
        db: Database,
        lock: ProcessLock,
        slot: Keyslot,
    ) -> None:
        self.folder = folder
        self.header = header
        self._master_key = master_key
        self.db = db
        self._lock = lock
        self.slot = slot
        self.audit = AuditLog(db, self.subkey(keys.AUDIT_MAC_KEY))
        self.unlock_info: UnlockInfo | None = None

    # -- creating --------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        label: str,
        passphrase: str,
        *,
        kdf: KdfProfile | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it, unlocked, and the recovery key (shown once)."""
        folder = Path(folder)
        check_passphrase(passphrase)
        _check_label(label)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists()
        profile = kdf or calibrate()
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        master_key = os.urandom(MASTER_KEY_BYTES)
        vault_id = uuid.uuid4().hex
        recovery_key = recovery.generate()
        slot = Keyslot.create(
            vault_id, PASSPHRASE, label, passphrase_bytes(passphrase), master_key, profile
        )
        rslot = Keyslot.create(
            vault_id, RECOVERY, "recovery", recovery_bytes(recovery_key), master_key, profile
        )
        header = VaultHeader(vault_id=vault_id, created_at=utc_now_iso(), keyslots=(slot, rslot))
        lock = ProcessLock(folder)
        lock.acquire()
        try:
            db_key = keys.derive_subkey(master_key, vault_id, keys.DATABASE_KEY)
            # Create the file private before SQLite does; -wal and -shm copy its mode.
            os.close(os.open(folder / DB_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            db = Database(folder / DB_FILE, db_key)
            migrations.migrate(db, db_key, folder)
            write_header(folder, header)
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, header, master_key, db, lock, slot)
        with db.transaction():
            vault.log_keyholder(
                "create",
                details={
                    "kdf_profile": profile.name,
                    "kdf_time_cost": profile.time_cost,
                    "kdf_memory_kib": profile.memory_kib,
                },
            )
        vault.unlock_info = UnlockInfo(label, PASSPHRASE, 0, None, ())
        return vault, recovery_key

    # -- unlocking -------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: Path,
        secret: str,
        *,
        label: str | None = None,
        use_recovery: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> Vault:
        """Unlock with a passphrase (of ``label``, or any slot) or the recovery key."""
        folder = Path(folder)
        header = read_header(folder)
        if not (folder / DB_FILE).is_file():
            raise VaultDamaged("vault_database_missing")
        lock = ProcessLock(folder)
        lock.acquire()
        try:
            counter = AttemptCounter(folder, clock)
            wait = counter.seconds_to_wait()
            if wait > 0:
                raise UnlockThrottled(wait)
            try:
                master_key, slot, slot_key = _unwrap(header, secret, label, use_recovery)
            except (WrongPassphrase, InvalidRecoveryKey):
                counter.record_failure()
                raise
            db_key = keys.derive_subkey(master_key, header.vault_id, keys.DATABASE_KEY)
            db = Database(folder / DB_FILE, db_key)
            try:
                applied = migrations.migrate(db, db_key, folder)
                header, slot, rebound = _rebind(folder, header, slot, slot_key, master_key)
                vault = cls(folder, header, master_key, db, lock, slot)
                vault._log_unlock(counter, tuple(applied), rebound)
            except BaseException:
                db.close()
                raise
        except BaseException:
            lock.release()
            raise
        counter.reset()
        return vault

    def _log_unlock(self, counter: AttemptCounter, applied: tuple[int, ...], rebound: bool) -> None:
        state = counter.state()
        with self.db.transaction():
            if state.failures:
                self.audit.append(
                    actor="(unknown)",
                    role="(none)",
                    action="unlock",
                    outcome="failed",
                    object_type="vault",
                    object_id=self.header.vault_id,
                    details={
                        "failed_attempts": state.failures,
                        "first_failed_at": _iso(state.first_failure),
                        "last_failed_at": _iso(state.last_failure),
                    },
                )
            if applied:
                self.log_keyholder("migrate", details={"schema_versions": list(applied)})
            if rebound:
                self.log_keyholder(
                    "rebind-keyslot",
                    object_type="keyslot",
                    object_id=self.slot.slot_id,
                    details={"label": self.slot.label, "format_version": self.slot.format_version},
                )
            self.log_keyholder(
                "unlock",
                details={"slot_kind": self.slot.kind, "failed_attempts_before": state.failures},
            )
        self.unlock_info = UnlockInfo(
            self.slot.label,
            self.slot.kind,
            state.failures,
            state.last_failure or None,
            applied,
            rebound,
        )

    def log_keyholder(
        self,
        action: str,
        *,
        object_type: str = "vault",
        object_id: str | None = None,
        details: dict[str, object] | None = None,
    ) -> None:
        """A vault-level entry by whoever holds the open keyslot (inside a transaction)."""
        self.audit.append(
            actor=self.slot.label,
            role=SYSTEM_ROLE,
            action=action,
            object_type=object_type,
            object_id=self.header.vault_id if object_id is None else object_id,
            details=details,
        )

    # -- keys -----------------------------------------------------------

    def subkey(self, label: bytes) -> bytes:
        return keys.derive_subkey(self._master_key, self.header.vault_id, label)

    @property
    def database_key(self) -> bytes:
        return self.subkey(keys.DATABASE_KEY)

    def _save_header(self, header: VaultHeader, action: str, details: dict[str, str]) -> None:
        """Write the new keyslots, then log it; the old header stays if either fails."""
        old = self.header
        write_header(self.folder, header)
        self.header = header
        try:
            with self.db.transaction():
                self.log_keyholder(
                    action,
                    object_type="keyslot",
                    object_id=details.get("slot_id", ""),
                    details=dict(details),
                )
        except BaseException:
            write_header(self.folder, old)
            self.header = old
            raise

    def _profile_like(self, slot: Keyslot) -> KdfProfile:
        params = slot.kdf
        return KdfProfile("as-existing", params.time_cost, params.memory_kib, params.parallelism)

    def add_passphrase_slot(
        self, label: str, passphrase: str, *, kdf: KdfProfile | None = None
    ) -> Keyslot:
        _check_label(label)
        check_passphrase(passphrase)
        if any(s.label == label for s in self.header.passphrase_slots()):
            raise KeyslotError("keyslot_label_taken", label=label)
        slot = Keyslot.create(
            self.header.vault_id,
            PASSPHRASE,
            label,
            passphrase_bytes(passphrase),
            self._master_key,
            kdf or calibrate(),
        )
        self._save_header(
            self.header.with_slot(slot), "add-keyslot", {"slot_id": slot.slot_id, "label": label}
        )
        return slot

    def remove_slot(self, label: str) -> None:
        slot = self.header.slot_by_label(label)
        self._save_header(
            self.header.without_slot(slot.slot_id),
            "remove-keyslot",
            {"slot_id": slot.slot_id, "label": label},
        )

    def change_passphrase(self, label: str, new_passphrase: str) -> Keyslot:
        check_passphrase(new_passphrase)
        old = self.header.slot_by_label(label)
        new = Keyslot.create(
            self.header.vault_id,
            PASSPHRASE,
            label,
            passphrase_bytes(new_passphrase),
            self._master_key,
            self._profile_like(old),
        )
        self._save_header(
            self.header.replacing_slot(old.slot_id, new),
            "change-passphrase",
            {"slot_id": new.slot_id, "label": label},
        )
        return new

    def replace_recovery_key(self) -> str:
        """A new recovery key (shown once); the old one stops working."""
        key = recovery.generate()
        old = self.header.recovery_slot()
        profile = self._profile_like(old) if old else self._profile_like(self.slot)
        new = Keyslot.create(
            self.header.vault_id,
            RECOVERY,
            "recovery",
            recovery_bytes(key),
            self._master_key,
            profile,
        )
        header = self.header.replacing_slot(old.slot_id, new) if old else self.header.with_slot(new)
        self._save_header(header, "replace-recovery-key", {"slot_id": new.slot_id})
        return key

    # -- closing ---------------------------------------------------------

    def close(self, *, log: bool = True, reason: str = "") -> None:
        """Close the database and release the vault lock.

        ``reason`` is a code in the lock entry's details, for a lock nobody asked
        for, e.g. ``unlock_cancelled``: the unlock finished after the person had
        cancelled it, so the session was closed unseen.
        """
        if not self.db.is_open:
            return
        try:
            if log:
                self._log_lock(reason)
        finally:
            self.db.close()
            self._master_key = b""
            self._lock.release()

    def _log_lock(self, reason: str = "") -> None:
        # Locking must always succeed; a damaged or full database may refuse the
        # entry, and then the lock is simply not logged.
        with contextlib.suppress(Exception), self.db.transaction():
            self.log_keyholder("lock", details={"reason": reason} if reason else None)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _unwrap(
    header: VaultHeader, secret: str, label: str | None, use_recovery: bool
) -> tuple[bytes, Keyslot, bytes]:
    """(master key, the slot it opened, that slot's key); errors as the user should hear them.

    Only a wrong secret is WrongPassphrase (a failed attempt); a slot whose
    identity or cost was altered is VaultHeaderAltered (not counted).
    """
    if use_recovery:
        slot = header.recovery_slot()
        if slot is None:
            raise KeyslotError("keyslot_no_recovery")
        slot_key = slot.derive_key(recovery_bytes(secret))
        return slot.open(header.vault_id, slot_key), slot, slot_key
    candidates = header.slots_labelled(label) if label else header.passphrase_slots()
    if not candidates:
        raise NotAVault("vault_no_passphrase_slot")
    data = passphrase_bytes(secret)
    altered: VaultHeaderAltered | None = None
    for slot in candidates:
        try:
            slot_key = slot.derive_key(data)
            master_key = slot.open(header.vault_id, slot_key)
        except WrongPassphrase:
            continue
        except VaultHeaderAltered as exc:
            altered = altered or exc
            continue
        if len(header.slots_labelled(slot.label)) > 1 and slot.format_version < BOUND_SLOT_VERSION:
            # The program never gives two slots one label, and this slot's label is not
            # authenticated yet: someone renamed a slot to pass as another user.
            raise VaultHeaderAltered()
        return master_key, slot, slot_key
    if altered is not None:
        raise altered
    raise WrongPassphrase()


def _rebind(
    folder: Path, header: VaultHeader, slot: Keyslot, slot_key: bytes, master_key: bytes
) -> tuple[VaultHeader, Keyslot, bool]:
    """Rewrite a slot of an older format with its whole identity bound (atomically).

    Only the slot just opened can be rewritten: the others need their own
    secret. Where vault.json cannot be written (read-only media), the vault
    still opens and the rewrite is tried at the next unlock.
    """
    if slot.format_version >= BOUND_SLOT_VERSION:
        return header, slot, False
    new = slot.rebound(header.vault_id, slot_key, master_key)
    upgraded = header.replacing_slot(slot.slot_id, new)
    try:
        write_header(folder, upgraded)
    except OSError:
        return header, slot, False
    return upgraded, new, True


def _check_label(label: str) -> None:
    if not label.strip() or len(label) > 80 or any(ord(c) < 32 for c in label):
        raise KeyslotError("keyslot_label_invalid")


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")
