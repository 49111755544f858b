"""Evidence intake: streamed, hashed, encrypted, guarded; exports logged."""

from __future__ import annotations

import hashlib
import os
import stat
import tracemalloc
import uuid

import pytest

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import evidence, incidents
from tests.helpers import canary_forms, contains_bytes
from tests.vaults import incident_draft


def _big_file(path, mib: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as out:
        out.write(b"\x00\x00\x00\x18ftypmp42")
        digest.update(b"\x00\x00\x00\x18ftypmp42")
        block = os.urandom(1024 * 1024)
        for _ in range(mib):
            out.write(block)
            digest.update(block)
    return digest.hexdigest()


def test_large_file_is_streamed_and_hashed_at_intake(world, tmp_path):
    hr = world.as_role("hr")
    source = tmp_path / "video.mp4"
    expected = _big_file(source, 40)
    seen = []
    tracemalloc.start()
    record = evidence.add_evidence(
        hr,
        world.incident_a.id,
        source,
        EvidenceDraft(),
        progress=lambda done, total: seen.append((done, total)),
    )
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert record.sha256 == expected
    assert record.media_type == "video/mp4"
    assert record.original_name == "video.mp4"
    assert peak < 12 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 40 MiB file"
    assert seen[-1][0] == source.stat().st_size and len(seen) >= 40
    out = evidence.export_evidence(hr, record.id, tmp_path / "export.mp4")
    assert hashlib.sha256(out.read_bytes()).hexdigest() == expected
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    actions = [e.action for e in world.admin.vault.audit.entries()[-2:]]
    assert actions == ["attach", "export"]


def test_cancel_stores_nothing(world, tmp_path):
    hr = world.as_role("hr")
    source = tmp_path / "clip.mp4"
    _big_file(source, 5)
    before = world.admin.vault.db.scalar("SELECT count(*) FROM evidence_chunks")
    from skot_dossier.services.evidence import Cancelled

    with pytest.raises(Cancelled):
        evidence.add_evidence(
            hr,
            world.incident_a.id,
            source,
            EvidenceDraft(),
            progress=lambda done, total: done < 3 * 1024 * 1024,
        )
    assert world.admin.vault.db.scalar("SELECT count(*) FROM evidence_chunks") == before


def test_minor_image_guard_and_metadata_only_route(world, tmp_path):
    hr = world.as_role("hr")
    case = incidents.record_incident(
        hr,
        incident_draft(
            world.school_a, world.pupil_a, category="sexting", title="Doorgestuurde foto"
        ),
    )
    png = tmp_path / "foto.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(evidence.MinorImagesGuard, match="never be stored"):
        evidence.add_evidence(hr, case.id, png, EvidenceDraft())
    with pytest.raises(ValidationError) as missing:
        evidence.add_evidence_metadata_only(hr, case.id, EvidenceDraft())
    assert set(missing.value.problems) >= {"seen_where", "seen_by", "captured_at"}
    record = evidence.add_evidence_metadata_only(
        hr,
        case.id,
        EvidenceDraft(
            seen_where="Snapchat-groep van groep 8",
            seen_by="juf Bos, 2 leerlingen",
            captured_at=case.known_at,
            description="Beeld gezien, niet opgeslagen; politie gebeld",
        ),
    )
    assert record.metadata_only and record.size == 0 and record.sha256 == ""
    assert (
        world.admin.vault.db.scalar(
            "SELECT count(*) FROM evidence_chunks WHERE evidence_id = ?", (record.id,)
        )
        == 0
    )
    with pytest.raises(ValidationError):
        evidence.read_evidence(hr, record.id)
    confirmed = evidence.add_evidence(
        hr, case.id, png, EvidenceDraft(), confirm_no_minor_sexual_content=True
    )
    assert confirmed.size == png.stat().st_size


def test_preview_from_memory_is_logged_as_view(world):
    hr = world.as_role("hr")
    record, data = evidence.read_evidence(hr, world.evidence_a)
    assert data.startswith(b"\x89PNG") and len(data) == record.size
    assert world.admin.vault.audit.entries()[-1].action == "view"


def test_evidence_content_never_lands_in_vault_files_in_plaintext(world, tmp_path):
    hr = world.as_role("hr")
    canary = f"CANARY-evidence-{uuid.uuid4().hex}".encode()
    text = tmp_path / "chat.txt"
    text.write_bytes(b"chat log\n" + canary * 200)
    evidence.add_evidence(hr, world.incident_a.id, text, EvidenceDraft())
    text.unlink()
    assert contains_bytes(world.admin.vault.folder, [canary]) == []
    assert contains_bytes(world.admin.vault.folder, canary_forms(world.pupil_a.family_name)) == []
