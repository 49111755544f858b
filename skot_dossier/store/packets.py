"""Police-report packets: what was handed over, kept in the vault.

The ZIP itself goes to a file the user chooses; the vault keeps the cover
and the manifest so the handover can be proved later.
"""

from __future__ import annotations

from skot_dossier.vault.database import Database


def insert_packet(
    db: Database,
    *,
    packet_id: str,
    incident_id: str,
    cover_pdf: bytes,
    manifest: str,
    manifest_sha256: str,
    files: int,
    created_by: str,
    created_at: str,
) -> None:
    """Record a packet in the same transaction that writes its file and audit entry."""
    db.execute(
        "INSERT INTO packets (id, incident_id, cover_pdf, manifest, manifest_sha256, files, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            packet_id,
            incident_id,
            cover_pdf,
            manifest,
            manifest_sha256,
            files,
            created_by,
            created_at,
        ),
    )
