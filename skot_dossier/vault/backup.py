"""Backups: one file with a consistent encrypted snapshot, the keyslots and the audit head.

A backup is a ZIP (stored, not compressed: its big member is ciphertext) with
``manifest.json`` (format, vault id, schema version, audit head anchor, member
hashes), ``vault.json`` and ``dossier.db``. Nothing in it is readable without a
passphrase or the recovery key.

Restore checks everything (hashes, unlock, page HMACs, ``integrity_check``,
audit chain including the manifest's anchor) in a staging folder before it
puts the vault in place, and never replaces an existing vault unless asked.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skot_dossier import __version__
from skot_dossier.audit import Anchor
from skot_dossier.errors import (
    BackupInvalid,
    SkotError,
    StorageFull,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
)
from skot_dossier.fsutil import PRIVATE_DIR_MODE, atomic_writer, fsync_dir
from skot_dossier.vault.database import DB_FILE
from skot_dossier.vault.header import HEADER_FILE
from skot_dossier.vault.lockfile import ProcessLock
from skot_dossier.vault.vault import Vault

BACKUP_FORMAT = "skot-dossier-backup"
BACKUP_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
_SHA256_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    schema_version: int
    anchor: Anchor
    created_at: str


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def create_backup(vault: Vault, target: Path) -> BackupInfo:
    """Write a backup of the open ``vault`` to ``target`` (atomically, mode 0600)."""
    target = Path(target)
    with vault.db.transaction():
        vault.log_keyholder("backup", details={"file_type": target.suffix.lower()})
        anchor = vault.audit.head()
    assert anchor is not None
    snapshot = target.with_name(f".{target.name}.{secrets.token_hex(6)}.db.tmp")
    try:
        vault.db.backup_to(snapshot, vault.database_key)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        header_bytes = (vault.folder / HEADER_FILE).read_bytes()
        manifest: dict[str, Any] = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "app_version": __version__,
            "vault_id": vault.header.vault_id,
            "schema_version": vault.db.user_version(),
            "created_at": created,
            "audit_anchor": str(anchor),
            "members": {
                HEADER_FILE: hashlib.sha256(header_bytes).hexdigest(),
                DB_FILE: _sha256_file(snapshot),
            },
        }
        with (
            atomic_writer(target) as handle,
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive,
        ):
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
            archive.writestr(HEADER_FILE, header_bytes)
            archive.write(snapshot, DB_FILE)
    finally:
        snapshot.unlink(missing_ok=True)
    return BackupInfo(
        target, vault.header.vault_id, int(manifest["schema_version"]), anchor, created
    )


@contextlib.contextmanager
def _reading_backup() -> Iterator[None]:
    """Any failure to read the backup file is BackupInvalid; only a full disk is not.

    A damaged ZIP fails in many ways (BadZipFile, an unsupported compression
    method or version, a zlib or struct error, a wrong CRC, an encrypted flag,
    an impossible size...); none of them may reach the user as a traceback.
    """
    try:
        yield
    except (BackupInvalid, StorageFull):
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise BackupInvalid() from None
    except Exception:  # noqa: BLE001 - whatever zipfile raises for a damaged archive
        raise BackupInvalid() from None


def read_manifest(backup: Path) -> dict[str, Any]:
    with _reading_backup(), zipfile.ZipFile(backup) as archive:
        if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            raise BackupInvalid()
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise BackupInvalid()
    try:
        version = int(manifest.get("version", 0))
        Anchor.parse(str(manifest["audit_anchor"]))
        str(manifest["vault_id"])
    except (KeyError, TypeError, ValueError):
        raise BackupInvalid() from None
    if version > BACKUP_VERSION:
        raise VaultTooNew("backup_too_new")
    members = manifest.get("members")
    if (
        not isinstance(members, dict)
        or set(members) != {HEADER_FILE, DB_FILE}
        or not all(_is_sha256(v) for v in members.values())
    ):
        raise BackupInvalid()
    return manifest


def _is_sha256(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _SHA256_HEX


@dataclass(frozen=True)
class RestoreReport:
    folder: Path
    anchor: Anchor
    audit_entries: int
    replaced_old_vault_at: Path | None
    # Dossiers the replaced vault had erased after this backup was made: the backup
    # brings them back, so they must be erased again (their ids are in the log).
    erased_since_backup: tuple[str, ...] = ()


def restore_backup(
    backup: Path,
    target: Path,
    secret: str,
    *,
    label: str | None = None,
    use_recovery: bool = False,
    replace: bool = False,
) -> RestoreReport:
    """Verify ``backup`` completely, then put it in place at ``target``."""
    backup, target = Path(backup), Path(target)
    manifest = read_manifest(backup)
    occupied = target.exists() and (not target.is_dir() or any(target.iterdir()))
    if occupied and not replace:
        raise VaultExists()
    staging = target.with_name(f".{target.name}.restore-{secrets.token_hex(4)}")
    staging.mkdir(mode=PRIVATE_DIR_MODE, parents=True)
    try:
        _extract_checked(backup, manifest, staging)
        erased = _erased_since(target, manifest, secret, label, use_recovery) if occupied else ()
        report = _verify_staged(staging, manifest, secret, label, use_recovery, erased)
        moved_to = _move_old_aside(target) if occupied else None
        if target.exists():
            target.rmdir()  # an empty folder the user picked
        os.rename(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreReport(target, report[0], report[1], moved_to, erased)


def _erased_since(
    target: Path, manifest: dict[str, Any], secret: str, label: str | None, use_recovery: bool
) -> tuple[str, ...]:
    """Erasures the vault being replaced logged after the backup's anchor."""
    try:
        old = Vault.open(target, secret, label=label, use_recovery=use_recovery)
    except VaultInUse:
        raise
    except SkotError:
        return ()  # another vault, another key, or damaged: nothing to compare with
    try:
        if old.header.vault_id != manifest.get("vault_id"):
            return ()
        after = Anchor.parse(str(manifest["audit_anchor"])).seq
        return tuple(e.object_id for e in old.audit.entries(after_seq=after) if e.action == "erase")
    finally:
        old.close(log=False)


def _extract_checked(backup: Path, manifest: dict[str, Any], staging: Path) -> None:
    """Copy the two members into ``staging``, each checked against the manifest's hash."""
    members: dict[str, str] = manifest["members"]
    with _reading_backup(), zipfile.ZipFile(backup) as archive:
        for name, expected in members.items():
            digest = hashlib.sha256()
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            with (
                archive.open(name) as src,
                os.fdopen(os.open(staging / name, flags, 0o600), "wb") as dst,
            ):
                while block := src.read(CHUNK):
                    digest.update(block)
                    dst.write(block)
            if digest.hexdigest() != expected:
                raise BackupInvalid("backup_checksum")


def _verify_staged(
    staging: Path,
    manifest: dict[str, Any],
    secret: str,
    label: str | None,
    use_recovery: bool,
    erased_since: tuple[str, ...] = (),
) -> tuple[Anchor, int]:
    try:
        vault = Vault.open(staging, secret, label=label, use_recovery=use_recovery)
    except VaultDamaged:
        raise BackupInvalid("backup_database_damaged") from None
    try:
        if vault.header.vault_id != manifest.get("vault_id"):
            raise BackupInvalid("backup_mixed")
        try:
            problems = vault.db.integrity_problems()
        except VaultDamaged:
            problems = ["unreadable page"]
        if problems:
            raise BackupInvalid("backup_database_damaged")
        anchor = Anchor.parse(str(manifest["audit_anchor"]))
        report = vault.audit.verify([anchor])
        if not report.ok:
            first = report.first_problem
            reason = first.explanation if first else ""
            raise BackupInvalid("backup_audit_broken", detail=reason)
        with vault.db.transaction():
            vault.log_keyholder(
                "restore",
                details={
                    "backup_anchor": str(anchor),
                    "backup_created_at": str(manifest.get("created_at", "")),
                    "erased_since_backup": list(erased_since),
                    **({"flag": "erasure"} if erased_since else {}),
                },
            )
        return anchor, report.entries
    finally:
        vault.close(log=False)


def _move_old_aside(target: Path) -> Path:
    """Keep the replaced vault under a dated name; refuse while it is open."""
    lock = ProcessLock(target)
    lock.acquire()  # raises VaultInUse while the old vault is open anywhere
    lock.release()  # Windows cannot rename a folder holding an open file
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = target.with_name(f"{target.name}.replaced-{stamp}")
    os.rename(target, moved)
    return moved
