"""Sub-keys derived from the master key with HKDF-SHA256, one label each."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATABASE_KEY = b"skot-dossier/v1/database-key"
AUDIT_MAC_KEY = b"skot-dossier/v1/audit-mac-key"
TRANSFER_IDENTITY = b"skot-dossier/v1/transfer-identity"


def derive_subkey(master_key: bytes, vault_id: str, label: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode("ascii"),
        info=label,
    )
    return hkdf.derive(master_key)
