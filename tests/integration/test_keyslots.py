"""Keyslot operations never re-encrypt the database."""

from __future__ import annotations

import json

import pytest

from skot_dossier.errors import (
    KeyslotError,
    VaultHeaderAltered,
    WeakPassphrase,
    WrongPassphrase,
)
from skot_dossier.vault import INSECURE_TEST_PROFILE, Vault
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE


def _db_salt(vault_dir):
    return (vault_dir / "dossier.db").read_bytes()[:16]


def test_add_slot_unlocks_same_database(created, vault_dir):
    vault = created[0]
    key_before, salt_before = vault.database_key, _db_salt(vault_dir)
    vault.add_passphrase_slot("directeur", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    vault.close()
    with Vault.open(vault_dir, OTHER_PASSPHRASE, label="directeur") as other:
        assert other.database_key == key_before
        assert other.slot.label == "directeur"
    assert _db_salt(vault_dir) == salt_before


def test_duplicate_label_is_refused(vault):
    with pytest.raises(KeyslotError):
        vault.add_passphrase_slot("hr", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)


def test_change_passphrase_old_stops_working_new_works(created, vault_dir):
    vault = created[0]
    key = vault.database_key
    vault.change_passphrase("hr", OTHER_PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, OTHER_PASSPHRASE) as again:
        assert again.database_key == key
        actions = [e.action for e in again.audit.entries()]
    assert "change-passphrase" in actions


def test_change_to_a_weak_passphrase_keeps_the_old_one(created, vault_dir):
    vault = created[0]
    header_before = (vault_dir / "vault.json").read_bytes()
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase("hr", "abc")
    assert (vault_dir / "vault.json").read_bytes() == header_before


def test_remove_slot_but_never_the_last(created, vault_dir):
    vault = created[0]
    vault.add_passphrase_slot("directeur", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    vault.remove_slot("directeur")
    with pytest.raises(KeyslotError, match="last"):
        vault.remove_slot("hr")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, OTHER_PASSPHRASE)
    with Vault.open(vault_dir, PASSPHRASE):
        pass


def test_replace_recovery_key(created, vault_dir):
    vault, old_key = created
    new_key = vault.replace_recovery_key()
    assert new_key != old_key
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, old_key, use_recovery=True)
    with Vault.open(vault_dir, new_key, use_recovery=True):
        pass


def test_tampered_kdf_cost_does_not_open(created, vault_dir):
    created[0].close()
    data = json.loads((vault_dir / "vault.json").read_text())
    for slot in data["keyslots"]:
        slot["kdf"]["time_cost"] += 1
    (vault_dir / "vault.json").write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)


def test_slot_cannot_be_moved_to_another_vault(tmp_path):
    a, _ = Vault.create(tmp_path / "A", "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    b, _ = Vault.create(tmp_path / "B", "hr", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    a.close()
    b.close()
    data_a = json.loads((tmp_path / "A" / "vault.json").read_text())
    data_b = json.loads((tmp_path / "B" / "vault.json").read_text())
    data_b["keyslots"].append({**data_a["keyslots"][0], "label": "intruder"})
    (tmp_path / "B" / "vault.json").write_text(json.dumps(data_b))
    # The right passphrase for a slot whose identity changed: "altered", not "wrong".
    with pytest.raises(VaultHeaderAltered):
        Vault.open(tmp_path / "B", PASSPHRASE, label="intruder")


def test_header_rewrite_is_atomic_no_temp_files_left(created, vault_dir):
    vault = created[0]
    for i in range(5):
        vault.add_passphrase_slot(f"user{i}", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    leftovers = [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert len(json.loads((vault_dir / "vault.json").read_text())["keyslots"]) == 7
    # Every slot still opens the vault after the rewrites.
    vault.close()
    for i in range(5):
        with Vault.open(vault_dir, OTHER_PASSPHRASE, label=f"user{i}"):
            pass
