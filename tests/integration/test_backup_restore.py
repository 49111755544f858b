"""Backup is one consistent encrypted file; restore verifies before it replaces."""

from __future__ import annotations

import uuid
import zipfile

import pytest

from skot_dossier.errors import BackupInvalid, VaultExists, VaultInUse, WrongPassphrase
from skot_dossier.services.settings import get_setting, set_setting
from skot_dossier.vault import Vault, create_backup, restore_backup
from tests.helpers import PASSPHRASE, canary_forms, contains_bytes


def test_round_trip_keeps_data_and_anchor(session, tmp_path):
    canary = f"CANARY-Nguyễn-backup-91-{uuid.uuid4().hex}"
    set_setting(session, "note", canary)
    info = create_backup(session.vault, tmp_path / "b.skotbackup")
    assert (tmp_path / "b.skotbackup").stat().st_mode & 0o777 == 0o600
    assert contains_bytes(tmp_path, canary_forms(canary)) == []  # backup is ciphertext
    set_setting(session, "note", "changed after the backup")
    report = restore_backup(tmp_path / "b.skotbackup", tmp_path / "R.skotvault", PASSPHRASE)
    assert report.anchor == info.anchor
    with Vault.open(tmp_path / "R.skotvault", PASSPHRASE) as restored:
        from skot_dossier.domain.actor import Actor
        from skot_dossier.services.session import Session

        assert get_setting(Session(restored, Actor("hr", "hr")), "note") == canary
        assert restored.audit.verify([info.anchor]).ok
        after_backup = restored.audit.entries(after_seq=info.anchor.seq)
        assert [e.action for e in after_backup] == ["unlock", "restore", "unlock"]


def test_restore_never_overwrites_silently(session, vault_dir, tmp_path):
    create_backup(session.vault, tmp_path / "b.skotbackup")
    with pytest.raises(VaultExists):
        restore_backup(tmp_path / "b.skotbackup", vault_dir, PASSPHRASE)


def test_restore_refuses_to_replace_an_open_vault(session, vault_dir, tmp_path):
    create_backup(session.vault, tmp_path / "b.skotbackup")
    with pytest.raises(VaultInUse):
        restore_backup(tmp_path / "b.skotbackup", vault_dir, PASSPHRASE, replace=True)
    assert (vault_dir / "vault.json").exists()


def test_replace_keeps_the_old_vault_under_a_dated_name(session, vault_dir, tmp_path):
    create_backup(session.vault, tmp_path / "b.skotbackup")
    session.vault.close()
    report = restore_backup(tmp_path / "b.skotbackup", vault_dir, PASSPHRASE, replace=True)
    assert report.replaced_old_vault_at is not None
    assert (report.replaced_old_vault_at / "vault.json").exists()
    with Vault.open(vault_dir, PASSPHRASE):
        pass


def _damage_member(backup, tmp_path, name="dossier.db"):
    damaged = tmp_path / "damaged.skotbackup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = bytearray(src.read(item))
            if item.filename == name:
                data[len(data) // 2] ^= 0x01
            dst.writestr(item, bytes(data))
    return damaged


def test_damaged_backup_is_refused_and_existing_vault_untouched(session, vault_dir, tmp_path):
    set_setting(session, "k", "v")
    create_backup(session.vault, tmp_path / "b.skotbackup")
    session.vault.close()
    before = sorted((p.name, p.read_bytes()) for p in vault_dir.iterdir())
    damaged = _damage_member(tmp_path / "b.skotbackup", tmp_path)
    with pytest.raises(BackupInvalid, match="damaged"):
        restore_backup(damaged, vault_dir, PASSPHRASE, replace=True)
    after = sorted((p.name, p.read_bytes()) for p in vault_dir.iterdir())
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name] == []


def test_backup_whose_hashes_were_fixed_up_is_still_refused(session, tmp_path):
    """Someone edits the db in the backup and recomputes the manifest's hash."""
    import hashlib
    import json

    for i in range(200):
        set_setting(session, f"k{i}", "x" * 200)
    create_backup(session.vault, tmp_path / "b.skotbackup")
    tampered = tmp_path / "t.skotbackup"
    with zipfile.ZipFile(tmp_path / "b.skotbackup") as src:
        db = bytearray(src.read("dossier.db"))
        header = src.read("vault.json")
        manifest = json.loads(src.read("manifest.json"))
    db[len(db) // 2] ^= 0x01
    manifest["members"]["dossier.db"] = hashlib.sha256(db).hexdigest()
    with zipfile.ZipFile(tampered, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("vault.json", header)
        dst.writestr("dossier.db", bytes(db))
    with pytest.raises(BackupInvalid):
        restore_backup(tampered, tmp_path / "R", PASSPHRASE)
    assert not (tmp_path / "R").exists()


def test_not_a_backup(tmp_path):
    junk = tmp_path / "junk.skotbackup"
    junk.write_bytes(b"PK\x03\x04 definitely not a zip")
    with pytest.raises(BackupInvalid):
        restore_backup(junk, tmp_path / "R", PASSPHRASE)


def test_wrong_passphrase_on_restore_leaves_nothing_behind(session, tmp_path):
    create_backup(session.vault, tmp_path / "b.skotbackup")
    with pytest.raises(WrongPassphrase):
        restore_backup(tmp_path / "b.skotbackup", tmp_path / "R", "this is wrong!!")
    assert not (tmp_path / "R").exists()
    assert [p.name for p in tmp_path.iterdir() if "restore" in p.name] == []


@pytest.mark.parametrize(
    "damage", [{"version": "x"}, {"audit_anchor": "nonsense"}, {"vault_id": None}]
)
def test_a_tampered_manifest_is_an_invalid_backup_not_a_crash(session, tmp_path, damage):
    import json

    create_backup(session.vault, tmp_path / "b.skotbackup")
    tampered = tmp_path / "t.skotbackup"
    with zipfile.ZipFile(tmp_path / "b.skotbackup") as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                for key, value in damage.items():
                    if value is None:
                        manifest.pop(key)
                    else:
                        manifest[key] = value
                data = json.dumps(manifest).encode()
            dst.writestr(item, data)
    with pytest.raises(BackupInvalid):
        restore_backup(tampered, tmp_path / "R", PASSPHRASE)


def _central_directory(data: bytes) -> range:
    import struct

    end = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack("<II", data[end + 12 : end + 20])
    assert offset + size == end
    return range(offset, len(data))  # the directory and its end record


def test_one_flipped_byte_anywhere_in_the_zip_directory_is_invalid_or_harmless(session, tmp_path):
    """Every byte of the central directory (three ways each) and a sample of the rest:
    a restore either brings back the same data, or is BackupInvalid and writes nothing."""
    from skot_dossier.services.access import restore as restore_service

    set_setting(session, "note", "Łukasz & <b>Şeyma</b>")
    info = create_backup(session.vault, tmp_path / "b.skotbackup")
    original = session.vault.audit.entries()[: info.anchor.seq]
    data = (tmp_path / "b.skotbackup").read_bytes()
    directory = _central_directory(data)
    flips = [(pos, mask) for pos in directory for mask in (0x01, 0x80, 0xFF)]
    flips += [(pos, 0xFF) for pos in range(0, directory.start, max(1, directory.start // 60))]
    work = tmp_path / "work"
    work.mkdir()
    outcomes = {"restored": 0, "invalid": 0}
    for n, (pos, mask) in enumerate(flips):
        damaged = bytearray(data)
        damaged[pos] ^= mask
        backup = work / "damaged.skotbackup"
        backup.write_bytes(bytes(damaged))
        target = work / f"R{n}.skotvault"
        # The front end's restore dialog calls this same service function.
        restore = restore_backup if n % 2 else restore_service
        try:
            restore(backup, target, PASSPHRASE)
        except BackupInvalid:
            outcomes["invalid"] += 1
            assert sorted(p.name for p in work.iterdir()) == ["damaged.skotbackup"], (pos, mask)
            continue
        outcomes["restored"] += 1
        with Vault.open(target, PASSPHRASE) as restored:
            from skot_dossier.domain.actor import Actor
            from skot_dossier.services.session import Session

            got = Session(restored, Actor("hr", "hr"))
            assert get_setting(got, "note") == "Łukasz & <b>Şeyma</b>", (pos, mask)
            assert restored.audit.entries()[: info.anchor.seq] == original, (pos, mask)
        import shutil

        shutil.rmtree(target)
    assert outcomes["invalid"] > 100 and outcomes["restored"] > 0, outcomes
