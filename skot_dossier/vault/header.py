"""``vault.json``: format, version, vault id and keyslots. No personal data.

Each keyslot wraps the one master key with AES-256-GCM under an Argon2id key
derived from that slot's secret. The vault id, slot id, slot kind and KDF
parameters are bound as associated data, so a slot cannot be moved to another
vault or have its cost lowered without failing to open.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from skot_dossier.errors import KeyslotError, NotAVault, VaultTooNew, WrongPassphrase
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.vault.kdf import KdfParams, KdfProfile

FORMAT_NAME = "skot-dossier-vault"
FORMAT_VERSION = 1
HEADER_FILE = "vault.json"
NONCE_BYTES = 12
MASTER_KEY_BYTES = 32

PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
RECOVERY = "recovery"
SLOT_KINDS = (PASSPHRASE, RECOVERY)


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Keyslot:
    slot_id: str
    kind: str
    label: str
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes
    created_at: str

    def associated_data(self, vault_id: str) -> bytes:
        bound = {
            "format": FORMAT_NAME,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "kdf": self.kdf.to_json(),
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def unwrap(self, vault_id: str, secret: bytes) -> bytes:
        key = self.kdf.derive(secret)
        try:
            return AESGCM(key).decrypt(self.nonce, self.wrapped_key, self.associated_data(vault_id))
        except InvalidTag:
            raise WrongPassphrase() from None

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
            raise KeyslotError(f"unknown keyslot kind {kind!r}")
        slot = cls(
            slot_id=uuid.uuid4().hex,
            kind=kind,
            label=label,
            kdf=profile.new_params(),
            nonce=os.urandom(NONCE_BYTES),
            wrapped_key=b"",
            created_at=utc_now_iso(),
        )
        key = slot.kdf.derive(secret)
        wrapped = AESGCM(key).encrypt(slot.nonce, master_key, slot.associated_data(vault_id))
        return replace(slot, wrapped_key=wrapped)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.kdf.to_json(),
            "cipher": "aes-256-gcm",
            "nonce": self.nonce.hex(),
            "wrapped_key": self.wrapped_key.hex(),
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Keyslot:
        if data.get("cipher") != "aes-256-gcm" or data.get("kind") not in SLOT_KINDS:
            raise ValueError("unsupported keyslot")
        return cls(
            slot_id=str(data["id"]),
            kind=str(data["kind"]),
            label=str(data["label"]),
            kdf=KdfParams.from_json(data["kdf"]),
            nonce=bytes.fromhex(str(data["nonce"])),
            wrapped_key=bytes.fromhex(str(data["wrapped_key"])),
            created_at=str(data["created_at"]),
        )


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    keyslots: tuple[Keyslot, ...] = field(default_factory=tuple)
    version: int = FORMAT_VERSION

    def slot_by_label(self, label: str) -> Keyslot:
        for slot in self.keyslots:
            if slot.kind == PASSPHRASE and slot.label == label:
                return slot
        raise KeyslotError(f"no passphrase keyslot labelled {label!r}")

    def passphrase_slots(self) -> tuple[Keyslot, ...]:
        return tuple(s for s in self.keyslots if s.kind == PASSPHRASE)

    def recovery_slot(self) -> Keyslot | None:
        return next((s for s in self.keyslots if s.kind == RECOVERY), None)

    def with_slot(self, slot: Keyslot) -> VaultHeader:
        return replace(self, keyslots=(*self.keyslots, slot))

    def without_slot(self, slot_id: str) -> VaultHeader:
        remaining = tuple(s for s in self.keyslots if s.slot_id != slot_id)
        if len(remaining) == len(self.keyslots):
            raise KeyslotError("no such keyslot")
        if not any(s.kind == PASSPHRASE for s in remaining):
            raise KeyslotError("the last passphrase keyslot cannot be removed")
        return replace(self, keyslots=remaining)

    def replacing_slot(self, old_id: str, new: Keyslot) -> VaultHeader:
        slots = tuple(new if s.slot_id == old_id else s for s in self.keyslots)
        return replace(self, keyslots=slots)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "version": self.version,
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
        except (KeyError, TypeError, ValueError):
            raise NotAVault("vault.json is damaged: its keyslots cannot be read.") from None


def read_header(folder: Path) -> VaultHeader:
    path = folder / HEADER_FILE
    if not folder.is_dir() or not path.is_file():
        raise NotAVault()
    return VaultHeader.from_bytes(path.read_bytes())


def write_header(folder: Path, header: VaultHeader) -> None:
    atomic_write_bytes(folder / HEADER_FILE, header.to_bytes())
