"""Creating, unlocking and the clear errors of a vault (real SQLCipher)."""

from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

import pytest

from skot_dossier.errors import (
    InvalidRecoveryKey,
    NotAVault,
    UnlockThrottled,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from skot_dossier.vault import INSECURE_TEST_PROFILE, Vault
from skot_dossier.vault.attempts import delay_after
from tests.helpers import PASSPHRASE, run_python


def test_create_then_unlock_with_passphrase_and_with_recovery_key(created, vault_dir):
    vault, recovery_key = created
    vault_id = vault.header.vault_id
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as again:
        assert again.header.vault_id == vault_id
        assert again.slot.label == "hr"
    with Vault.open(vault_dir, recovery_key.lower(), use_recovery=True) as by_recovery:
        assert by_recovery.slot.kind == "recovery"
        actions = [e.action for e in by_recovery.audit.entries()]
    assert actions == ["create", "lock", "unlock", "lock", "unlock"]


def test_files_are_private_and_header_holds_no_secret(created, vault_dir):
    vault, recovery_key = created
    for name in ("vault.json", "dossier.db"):
        mode = stat.S_IMODE(os.stat(vault_dir / name).st_mode)
        assert mode == 0o600, (name, oct(mode))
    header = (vault_dir / "vault.json").read_text()
    assert PASSPHRASE not in header
    assert recovery_key.replace("-", "") not in header.upper()
    assert json.loads(header)["format"] == "skot-dossier-vault"


def test_wrong_passphrase_is_a_clear_error(created, vault_dir):
    created[0].close()
    with pytest.raises(WrongPassphrase, match="not correct"):
        Vault.open(vault_dir, "not the passphrase at all")


def test_mistyped_recovery_key_is_told_apart_from_a_wrong_one(created, vault_dir):
    created[0].close()
    with pytest.raises(InvalidRecoveryKey, match="typing errors"):
        Vault.open(vault_dir, "ABCD-EFGH", use_recovery=True)


def test_not_a_vault(tmp_path):
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "missing", PASSPHRASE)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "empty", PASSPHRASE)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "vault.json").write_text('{"hello": "world"}')
    with pytest.raises(NotAVault):
        Vault.open(junk, PASSPHRASE)
    (junk / "vault.json").write_bytes(os.urandom(200))
    with pytest.raises(NotAVault):
        Vault.open(junk, PASSPHRASE)


def test_newer_vault_format_is_refused_with_its_own_message(created, vault_dir):
    created[0].close()
    data = json.loads((vault_dir / "vault.json").read_text())
    data["version"] = 99
    (vault_dir / "vault.json").write_text(json.dumps(data))
    with pytest.raises(VaultTooNew, match="newer version"):
        Vault.open(vault_dir, PASSPHRASE)


def test_newer_schema_version_is_refused(created, vault_dir):
    vault = created[0]
    vault.db.execute("PRAGMA user_version = 99")
    vault.close()
    with pytest.raises(VaultTooNew):
        Vault.open(vault_dir, PASSPHRASE)


def test_creating_over_an_existing_vault_is_refused(created, vault_dir):
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE)


def test_weak_passphrase_is_refused_before_anything_is_written(vault_dir):
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_dir, "hr", "short", kdf=INSECURE_TEST_PROFILE)
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_dir, "hr", "aaaaaaaaaaaaaaaa", kdf=INSECURE_TEST_PROFILE)
    assert not vault_dir.exists()


def test_composed_and_decomposed_accents_unlock_alike(vault_dir):
    composed = "Nguyễn Şeyma café 2026"
    vault, _ = Vault.create(vault_dir, "hr", composed, kdf=INSECURE_TEST_PROFILE)
    vault.close()
    import unicodedata

    with Vault.open(vault_dir, unicodedata.normalize("NFD", composed)):
        pass


@pytest.mark.parametrize("where", ["page1", "middle", "truncate"])
def test_damaged_database_gives_damaged_error_not_traceback(created, vault_dir, where):
    vault = created[0]
    with vault.db.transaction():
        for i in range(300):
            vault.db.execute("INSERT INTO settings VALUES (?, ?)", (f"k{i}", "x" * 300))
            vault.audit.append(actor="hr", role="hr", action="update", object_id=f"k{i}")
    vault.close()
    db = vault_dir / "dossier.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 20 * 4096
    if where == "page1":
        data[100] ^= 0x01
    elif where == "middle":
        data[len(data) // 2] ^= 0x80
    else:
        data = data[: len(data) // 3 + 123]
    db.write_bytes(bytes(data))
    # Damage past page 1 shows when the pages are read: the full check finds it.
    with pytest.raises(VaultDamaged, match="damaged"), Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.db.integrity_problems() == []
        vault.audit.verify()


def test_missing_database_file_is_damaged_not_a_crash(created, vault_dir):
    created[0].close()
    (vault_dir / "dossier.db").unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_second_process_gets_vault_in_use(created, vault_dir):
    created[0].close()
    holder = run_python(
        "import sys, time\n"
        "from skot_dossier.vault import Vault\n"
        "v = Vault.open(sys.argv[1], sys.argv[2])\n"
        "print('open', flush=True)\n"
        "time.sleep(30)\n",
        str(vault_dir),
        PASSPHRASE,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse, match="already open"):
            Vault.open(vault_dir, PASSPHRASE)
    finally:
        holder.kill()
        holder.wait()
    # The OS dropped the lock with the process: the vault opens again.
    with Vault.open(vault_dir, PASSPHRASE):
        pass


def test_in_process_second_open_is_refused_too(created, vault_dir):
    with pytest.raises(VaultInUse):
        Vault.open(vault_dir, PASSPHRASE)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_growing_delay_and_failed_attempts_reported_and_logged(created, vault_dir):
    created[0].close()
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "wrong passphrase!!", clock=clock)
    with pytest.raises(UnlockThrottled) as throttled:
        Vault.open(vault_dir, PASSPHRASE, clock=clock)
    assert throttled.value.seconds_left == pytest.approx(delay_after(3))
    clock.now += delay_after(3) + 0.1
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "wrong passphrase!!", clock=clock)
    with pytest.raises(UnlockThrottled) as longer:
        Vault.open(vault_dir, PASSPHRASE, clock=clock)
    assert longer.value.seconds_left > throttled.value.seconds_left
    clock.now += 3600
    with Vault.open(vault_dir, PASSPHRASE, clock=clock) as vault:
        assert vault.unlock_info.failed_attempts == 4
        failed = [e for e in vault.audit.entries() if e.outcome == "failed"]
        assert len(failed) == 1 and failed[0].details_dict()["failed_attempts"] == 4
    with Vault.open(vault_dir, PASSPHRASE, clock=clock) as vault:
        assert vault.unlock_info.failed_attempts == 0


def test_delay_grows_and_is_capped():
    delays = [delay_after(n) for n in range(1, 20)]
    assert delays[:2] == [0.0, 0.0]
    assert all(b >= a for a, b in zip(delays, delays[1:], strict=False))
    assert max(delays) == 300.0


def test_canary_never_appears_in_vault_files_or_temp(created, vault_dir, tmp_path):
    import tempfile

    from skot_dossier.domain.actor import Actor
    from skot_dossier.services.session import Session
    from skot_dossier.services.settings import get_setting, set_setting
    from tests.helpers import canary_forms, contains_bytes

    canary = f"CANARY-Şeyma-Yılmaz-7f3a9c-{uuid.uuid4().hex}"
    session = Session(created[0], Actor("beheer", "admin"))
    for i in range(50):
        set_setting(session, f"note.{i}", f"{canary} {i}")
    assert get_setting(session, "note.7") == f"{canary} 7"
    # While open (WAL and shm present) and after closing.
    assert contains_bytes(vault_dir, canary_forms(canary)) == []
    created[0].close()
    assert contains_bytes(vault_dir, canary_forms(canary)) == []
    assert contains_bytes(Path(tempfile.gettempdir()), canary_forms(canary)) == []
