"""A full disk gives a clear message and loses nothing."""

from __future__ import annotations

import errno
import io
import os

import pytest

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.errors import StorageFull
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.services import evidence
from skot_dossier.vault import Vault
from tests.helpers import PASSPHRASE


def test_database_full_refuses_the_change_and_keeps_the_vault(world):
    hr = world.as_role("hr")
    db = world.admin.db
    pages = db.scalar("PRAGMA page_count")
    before = db.scalar("SELECT count(*) FROM evidence")
    # The disk "fills up" 20 pages from now: SQLite reports SQLITE_FULL.
    db.execute(f"PRAGMA max_page_count = {int(pages) + 20}")
    with pytest.raises(StorageFull, match="disk is full"):
        evidence.add_evidence(
            hr,
            world.incident_a.id,
            io.BytesIO(os.urandom(2_000_000)),
            EvidenceDraft(original_name="opname.bin"),
        )
    assert db.scalar("SELECT count(*) FROM evidence") == before
    assert world.admin.vault.audit.verify().ok
    folder = world.admin.vault.folder
    world.admin.vault.close()
    with Vault.open(folder, PASSPHRASE) as again:
        assert again.db.integrity_problems() == []


def test_atomic_write_on_a_full_disk_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageFull):
        atomic_write_bytes(target, b"new letter" * 1000)
    monkeypatch.undo()
    assert target.read_bytes() == b"old letter"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]
