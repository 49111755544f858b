"""``vault.json``: format, version, vault id and keyslots. No personal data.

Each keyslot wraps the one master key with AES-256-GCM under an Argon2id key
derived from that slot's secret. The slot's identity is the associated data:
format and slot format version, vault id, slot id, kind, label (the login the
user record is tied to), creation time and KDF parameters. A slot whose label
was renamed, or that was moved to another vault or had its cost changed, does
not open.

A key check (HMAC of the derived key) tells "wrong passphrase" from "right
passphrase, altered slot": the first counts as a failed attempt, the second is
:class:`~skot_dossier.errors.VaultHeaderAltered`. It reveals nothing a guesser
could not already test against the AES-GCM tag.

Slots written before format version 2 bound only vault id, slot id, kind and
KDF parameters; the vault rewrites a slot with the full binding the first time
it opens with it (:meth:`Keyslot.rebound`). See docs/security.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from skot_dossier.errors import (
    KeyslotError,
    NotAVault,
    VaultHeaderAltered,
    VaultTooNew,
    WrongPassphrase,
)
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.vault.kdf import KdfParams, KdfProfile

FORMAT_NAME = "skot-dossier-vault"
FORMAT_VERSION = 2  # of the file; 1: slots without their label bound
BOUND_SLOT_VERSION = 2  # a slot of this format binds its whole identity
KEY_CHECK_LABEL = b"skot-dossier/v2/keyslot-key-check"
HEADER_FILE = "vault.json"
NONCE_BYTES = 12
MASTER_KEY_BYTES = 32

PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
RECOVERY = "recovery"
SLOT_KINDS = (PASSPHRASE, RECOVERY)


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def key_check(slot_key: bytes) -> bytes:
    """What a slot stores to recognise its own key (not the master key)."""
    return hmac.new(slot_key, KEY_CHECK_LABEL, hashlib.sha256).digest()


def _altered(label: str, why: str) -> VaultHeaderAltered:
    return VaultHeaderAltered("keyslot_altered", label=label, detail=why)


@dataclass(frozen=True)
class Keyslot:
    slot_id: str
    kind: str
    label: str
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes
    created_at: str
    format_version: int = 1
    check: bytes = b""  # key_check() of the slot key; empty in format 1

    def associated_data(self, vault_id: str) -> bytes:
        """The slot's identity, as AES-GCM authenticates it (canonical JSON)."""
        bound: dict[str, Any] = {
            "format": FORMAT_NAME,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "kdf": self.kdf.to_json(),
        }
        if self.format_version >= BOUND_SLOT_VERSION:
            bound.update(
                format_version=self.format_version, label=self.label, created_at=self.created_at
            )
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def derive_key(self, secret: bytes) -> bytes:
        """Argon2id of ``secret`` under this slot's parameters, once they are plausible."""
        problems = self.kdf.problems()
        if problems:
            raise _altered(
                self.label, "has impossible key-derivation settings (" + "; ".join(problems) + ")"
            )
        return self.kdf.derive(secret)

    def open(self, vault_id: str, slot_key: bytes) -> bytes:
        """The master key; WrongPassphrase, or VaultHeaderAltered when the key is right."""
        bound = self.format_version >= BOUND_SLOT_VERSION
        # A format-1 slot carries no key check; one that does was a bound slot whose
        # format version someone lowered, and its check still recognises the key.
        right_key = bool(self.check) and hmac.compare_digest(self.check, key_check(slot_key))
        try:
            master = AESGCM(slot_key).decrypt(
                self.nonce, self.wrapped_key, self.associated_data(vault_id)
            )
        except InvalidTag:
            if right_key:
                raise _altered(self.label, "no longer matches its key") from None
            raise WrongPassphrase() from None
        if bound and not right_key:
            raise _altered(self.label, "has a changed key check")
        return master

    def unwrap(self, vault_id: str, secret: bytes) -> bytes:
        return self.open(vault_id, self.derive_key(secret))

    def rebound(self, vault_id: str, slot_key: bytes, master_key: bytes) -> Keyslot:
        """This slot rewritten in the current format: same id, label, cost and secret."""
        slot = replace(
            self,
            format_version=BOUND_SLOT_VERSION,
            nonce=os.urandom(NONCE_BYTES),
            wrapped_key=b"",
            check=key_check(slot_key),
        )
        wrapped = AESGCM(slot_key).encrypt(slot.nonce, master_key, slot.associated_data(vault_id))
        return replace(slot, wrapped_key=wrapped)

    @classmethod
    def create(
        cls,
        vault_id: str,
        kind: str,
        label: str,
        secret: bytes,
        master_key: bytes,
        profile: KdfProfile,
    ) -> Keyslot:
        if kind not in SLOT_KINDS:
            raise KeyslotError("keyslot_unknown_kind", kind=kind)
        slot = cls(
            slot_id=uuid.uuid4().hex,
            kind=kind,
            label=label,
            kdf=profile.new_params(),
            nonce=os.urandom(NONCE_BYTES),
            wrapped_key=b"",
            created_at=utc_now_iso(),
        )
        return slot.rebound(vault_id, slot.derive_key(secret), master_key)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.slot_id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.kdf.to_json(),
            "cipher": "aes-256-gcm",
            "nonce": self.nonce.hex(),
            "wrapped_key": self.wrapped_key.hex(),
            "created_at": self.created_at,
        }
        if self.format_version >= BOUND_SLOT_VERSION:
            data["format_version"] = self.format_version
        if self.check:
            data["key_check"] = self.check.hex()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Keyslot:
        if data.get("cipher") != "aes-256-gcm" or data.get("kind") not in SLOT_KINDS:
            raise ValueError("unsupported keyslot")
        version = data.get("format_version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError("unsupported keyslot format")
        if version > BOUND_SLOT_VERSION:
            raise VaultTooNew()
        nonce, wrapped = bytes.fromhex(str(data["nonce"])), bytes.fromhex(str(data["wrapped_key"]))
        if len(nonce) != NONCE_BYTES or len(wrapped) != MASTER_KEY_BYTES + 16:
            raise ValueError("a keyslot's nonce or wrapped key has the wrong length")
        return cls(
            slot_id=str(data["id"]),
            kind=str(data["kind"]),
            label=str(data["label"]),
            kdf=KdfParams.from_json(data["kdf"]),
            nonce=nonce,
            wrapped_key=wrapped,
            created_at=str(data["created_at"]),
            format_version=version,
            check=bytes.fromhex(str(data.get("key_check", ""))),
        )


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    keyslots: tuple[Keyslot, ...] = field(default_factory=tuple)
    version: int = FORMAT_VERSION

    def slot_by_label(self, label: str) -> Keyslot:
        return self.slots_labelled(label)[0]

    def slots_labelled(self, label: str) -> tuple[Keyslot, ...]:
        """Passphrase slots with this label: one, unless vault.json was altered."""
        found = tuple(s for s in self.keyslots if s.kind == PASSPHRASE and s.label == label)
        if not found:
            raise KeyslotError("keyslot_unknown_label", label=label)
        return found

    def passphrase_slots(self) -> tuple[Keyslot, ...]:
        return tuple(s for s in self.keyslots if s.kind == PASSPHRASE)

    def recovery_slot(self) -> Keyslot | None:
        return next((s for s in self.keyslots if s.kind == RECOVERY), None)

    def with_slot(self, slot: Keyslot) -> VaultHeader:
        return replace(self, keyslots=(*self.keyslots, slot))

    def without_slot(self, slot_id: str) -> VaultHeader:
        remaining = tuple(s for s in self.keyslots if s.slot_id != slot_id)
        if len(remaining) == len(self.keyslots):
            raise KeyslotError("keyslot_missing")
        if not any(s.kind == PASSPHRASE for s in remaining):
            raise KeyslotError("keyslot_last")
        return replace(self, keyslots=remaining)

    def replacing_slot(self, old_id: str, new: Keyslot) -> VaultHeader:
        slots = tuple(new if s.slot_id == old_id else s for s in self.keyslots)
        return replace(self, keyslots=slots)

    def to_bytes(self) -> bytes:
        """Always written in the current format (older programs then say "too new")."""
        data = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "keyslots": [s.to_json() for s in self.keyslots],
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> VaultHeader:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise NotAVault() from None
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise NotAVault()
        version = data.get("version")
        if not isinstance(version, int):
            raise NotAVault()
        if version > FORMAT_VERSION:
            raise VaultTooNew()
        try:
            slots = tuple(Keyslot.from_json(s) for s in data["keyslots"])
            return cls(
                vault_id=str(data["vault_id"]),
                created_at=str(data["created_at"]),
                keyslots=slots,
                version=version,
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise VaultHeaderAltered("vault_header_unreadable") from None


def read_header(folder: Path) -> VaultHeader:
    path = folder / HEADER_FILE
    if not folder.is_dir() or not path.is_file():
        raise NotAVault()
    return VaultHeader.from_bytes(path.read_bytes())


def write_header(folder: Path, header: VaultHeader) -> None:
    atomic_write_bytes(folder / HEADER_FILE, header.to_bytes())
