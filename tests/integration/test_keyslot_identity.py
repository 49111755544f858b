"""A keyslot's identity is authenticated: an altered vault.json says so, and is not a wrong try.

Labels in vault.json decide which user record (and so which role) a passphrase
unlocks. Renaming the director's slot to the HR slot's label must not make the
director's passphrase act as HR; it must say "vault.json was altered", without
counting as a failed attempt. Old vaults (tests/data) keep opening and get the
binding at their first unlock.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from skot_dossier.errors import VaultHeaderAltered, WrongPassphrase
from skot_dossier.services import access
from skot_dossier.vault import INSECURE_TEST_PROFILE, Vault
from skot_dossier.vault.attempts import AttemptCounter
from skot_dossier.vault.header import read_header, write_header
from skot_dossier.vault.vault import passphrase_bytes
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE, ROOT

STORED = ROOT / "tests" / "data"
DIRECTOR_PASSPHRASE = "Directeur-Vliegeraar-2026"


@pytest.fixture
def two_users(tmp_path) -> Path:
    """A vault with an HR user ("hr") and a director ("directeur"), as the app makes it."""
    folder = tmp_path / "Twee.skotvault"
    session, _ = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, keyslot_label="beheer", kdf=INSECURE_TEST_PROFILE
    )
    from skot_dossier.domain.drafts import AddressDraft
    from skot_dossier.services import people

    school = people.add_school(
        session,
        "De Vliegeraar",
        "99A1",
        AddressDraft("Dorpsstraat 1", "7671 AB", "Vriezenveen"),
        "J. K.",
    )
    access.add_user_with_passphrase(
        session, "Fatima Bakker", "hr", "hr", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    access.add_user_with_passphrase(
        session,
        "Jan Klaassen",
        "director",
        "directeur",
        DIRECTOR_PASSPHRASE,
        (school.id,),
        kdf=INSECURE_TEST_PROFILE,
    )
    session.close()
    return folder


def _edit(folder: Path, change) -> None:
    data = json.loads((folder / "vault.json").read_text("utf-8"))
    change(data)
    (folder / "vault.json").write_text(json.dumps(data), "utf-8")


def _slot(data, label):
    return next(s for s in data["keyslots"] if s["label"] == label)


def _failures(folder: Path) -> int:
    return AttemptCounter(folder).state().failures


def test_renaming_the_directors_slot_to_hr_does_not_unlock_as_hr(two_users):
    _edit(two_users, lambda d: _slot(d, "directeur").update(label="hr"))
    for label in ("hr", None):
        with pytest.raises(VaultHeaderAltered, match="vault.json was altered"):
            access.unlock(two_users, DIRECTOR_PASSPHRASE, label=label)
    assert _failures(two_users) == 0  # not a wrong passphrase, not throttled
    # HR's own slot is intact and still opens as HR.
    session = access.unlock(two_users, OTHER_PASSPHRASE, label="hr")
    try:
        assert (session.actor.name, session.actor.role) == ("Fatima Bakker", "hr")
    finally:
        session.close()


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(two_users):
    _edit(two_users, lambda d: _slot(d, "directeur").update(label="hr"))
    with pytest.raises(WrongPassphrase):
        access.unlock(two_users, "dit is niet het wachtwoord", label="hr")
    assert _failures(two_users) == 1


@pytest.mark.parametrize(
    "field, value",
    [
        ("label", "beheer2"),
        ("id", "0" * 32),
        ("created_at", "2020-01-01T00:00:00+00:00"),
        ("format_version", 1),
        ("key_check", "00" * 32),
        ("wrapped_key", "00" * 48),
    ],
)
def test_every_altered_identity_field_is_reported_as_altered(two_users, field, value):
    _edit(two_users, lambda d: _slot(d, "directeur").update({field: value}))
    label = "beheer2" if field == "label" else "directeur"
    with pytest.raises(VaultHeaderAltered):
        Vault.open(two_users, DIRECTOR_PASSPHRASE, label=label)
    assert _failures(two_users) == 0


def test_a_slot_moved_into_another_vault_is_altered(two_users, tmp_path):
    other, _ = Vault.create(tmp_path / "B", "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    other.close()
    source = json.loads((two_users / "vault.json").read_text())
    _edit(tmp_path / "B", lambda d: d["keyslots"].append(_slot(source, "directeur")))
    with pytest.raises(VaultHeaderAltered):
        Vault.open(tmp_path / "B", DIRECTOR_PASSPHRASE, label="directeur")


def test_an_altered_vault_id_is_reported_for_every_slot(two_users):
    _edit(two_users, lambda d: d.update(vault_id="f" * 32))
    with pytest.raises(VaultHeaderAltered):
        Vault.open(two_users, OTHER_PASSPHRASE, label="hr")
    assert _failures(two_users) == 0


@pytest.mark.parametrize(
    "kdf",
    [
        {"parallelism": 0},
        {"time_cost": 0},
        {"memory_kib": 4},
        {"memory_kib": 2**40},
        {"time_cost": 10**9},
        {"parallelism": 10**6},
        {"salt": "00"},
        {"memory_kib": 8192.5},
        {"time_cost": True},
        {"version": 16},
    ],
)
def test_impossible_kdf_parameters_are_an_altered_vault_not_a_traceback(two_users, kdf):
    _edit(two_users, lambda d: _slot(d, "directeur")["kdf"].update(kdf))
    with pytest.raises(VaultHeaderAltered, match="vault.json"):
        Vault.open(two_users, DIRECTOR_PASSPHRASE, label="directeur")
    assert _failures(two_users) == 0


@pytest.mark.parametrize(
    "change",
    [{"nonce": "00"}, {"wrapped_key": ""}, {"kdf": "argon2id"}, {"format_version": "2"}],
)
def test_a_malformed_keyslot_is_a_damaged_vault_json_not_a_traceback(two_users, change):
    _edit(two_users, lambda d: _slot(d, "directeur").update(change))
    with pytest.raises(VaultHeaderAltered, match="damaged or was altered"):
        Vault.open(two_users, DIRECTOR_PASSPHRASE, label="directeur")
    assert _failures(two_users) == 0


def test_impossible_kdf_parameters_of_one_slot_leave_the_others_usable(two_users):
    _edit(two_users, lambda d: _slot(d, "directeur")["kdf"].update(parallelism=0))
    with Vault.open(two_users, OTHER_PASSPHRASE, label="hr") as vault:
        assert vault.slot.label == "hr"


def test_a_plausible_but_changed_cost_cannot_be_told_from_a_wrong_passphrase(two_users):
    """The documented limit: with another cost the passphrase yields another key."""
    _edit(two_users, lambda d: _slot(d, "directeur")["kdf"].update(time_cost=2))
    with pytest.raises(WrongPassphrase):
        Vault.open(two_users, DIRECTOR_PASSPHRASE, label="directeur")


# -- the upgrade of vaults written before the binding -----------------------------------


@pytest.mark.parametrize("stored, label", [("schema-v1", "hr"), ("schema-v5", "beheer")])
def test_stored_old_vaults_open_and_get_the_binding_at_the_first_unlock(tmp_path, stored, label):
    copy = tmp_path / "old.skotvault"
    shutil.copytree(STORED / f"{stored}.skotvault", copy)
    before = json.loads((copy / "vault.json").read_text())
    assert before["version"] == 1 and "format_version" not in _slot(before, label)
    with Vault.open(copy, PASSPHRASE) as vault:
        assert vault.unlock_info.slot_rebound
        assert [e.action for e in vault.audit.entries()][-2:] == ["rebind-keyslot", "unlock"]
        assert vault.audit.verify().ok
    after = json.loads((copy / "vault.json").read_text())
    slot = _slot(after, label)
    assert after["version"] == 2 and slot["format_version"] == 2 and slot["key_check"]
    old = _slot(before, label)
    assert (slot["id"], slot["kdf"], slot["created_at"]) == (
        old["id"],
        old["kdf"],
        old["created_at"],
    )
    # The recovery slot needs the recovery key to be rewritten; it is left as it was.
    assert _slot(after, "recovery") == _slot(before, "recovery")
    assert [p.name for p in copy.iterdir() if p.name.endswith(".tmp")] == []
    with Vault.open(copy, PASSPHRASE) as vault:
        assert not vault.unlock_info.slot_rebound
    # From now on the label is authenticated.
    _edit(copy, lambda d: _slot(d, label).update(label="iemand-anders"))
    with pytest.raises(VaultHeaderAltered):
        Vault.open(copy, PASSPHRASE)


def _as_format_1(folder: Path, label: str, passphrase: str) -> None:
    """Rewrite one slot as the first release wrote it (identity not bound)."""
    header = read_header(folder)
    slot = header.slot_by_label(label)
    slot_key = slot.derive_key(passphrase_bytes(passphrase))
    master = slot.open(header.vault_id, slot_key)
    old = replace(slot, format_version=1, check=b"")
    wrapped = AESGCM(slot_key).encrypt(old.nonce, master, old.associated_data(header.vault_id))
    write_header(folder, header.replacing_slot(slot.slot_id, replace(old, wrapped_key=wrapped)))


def test_an_old_slot_renamed_to_another_users_label_is_refused_before_its_upgrade(two_users):
    _as_format_1(two_users, "directeur", DIRECTOR_PASSPHRASE)
    slot_id = read_header(two_users).slot_by_label("directeur").slot_id
    _edit(two_users, lambda d: _slot(d, "directeur").update(label="hr"))
    with pytest.raises(VaultHeaderAltered):
        access.unlock(two_users, DIRECTOR_PASSPHRASE, label="hr")
    assert _failures(two_users) == 0
    # Unaltered, the same old slot opens as the director and is upgraded.
    _edit(
        two_users,
        lambda d: next(s for s in d["keyslots"] if s["id"] == slot_id).update(label="directeur"),
    )
    session = access.unlock(two_users, DIRECTOR_PASSPHRASE, label="directeur")
    try:
        assert session.actor.role == "director" and session.vault.slot.format_version == 2
    finally:
        session.close()


def test_the_upgrade_is_skipped_not_fatal_when_vault_json_cannot_be_written(tmp_path, monkeypatch):
    copy = tmp_path / "old.skotvault"
    shutil.copytree(STORED / "schema-v1.skotvault", copy)
    from skot_dossier.vault import vault as vault_module

    def refuse(folder, header):
        raise PermissionError("read-only medium")

    monkeypatch.setattr(vault_module, "write_header", refuse)
    with Vault.open(copy, PASSPHRASE) as vault:
        assert not vault.unlock_info.slot_rebound and vault.slot.format_version == 1
    assert json.loads((copy / "vault.json").read_text())["version"] == 1
