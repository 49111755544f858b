"""The front end's way to vaults: create, unlock as a user, back up, restore, re-key."""

from __future__ import annotations

import pytest

from skot_dossier.errors import KeyslotError, VaultExists, WrongPassphrase
from skot_dossier.services import access, people
from skot_dossier.services.permissions import PermissionDenied
from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE


def test_first_user_then_users_with_their_own_keyslots(tmp_path):
    folder = tmp_path / "V.skotvault"
    admin, recovery_key = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, keyslot_label="beheer", kdf=INSECURE_TEST_PROFILE
    )
    assert admin.actor.role == "admin" and recovery_key
    access.add_user_with_passphrase(
        admin, "Hanna Şahin", "hr", "hanna", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    with pytest.raises(PermissionDenied):
        people.list_dossiers(admin)
    access.lock(admin)
    hr = access.unlock(folder, OTHER_PASSPHRASE, label="hanna")
    assert (hr.actor.name, hr.actor.role) == ("Hanna Şahin", "hr")
    assert people.list_dossiers(hr) == []
    access.change_own_passphrase(hr, "een heel nieuw wachtwoord")
    access.lock(hr)
    with pytest.raises(WrongPassphrase):
        access.unlock(folder, OTHER_PASSPHRASE, label="hanna")
    recovered = access.unlock(folder, recovery_key, use_recovery=True)
    with pytest.raises(KeyslotError):
        access.change_own_passphrase(recovered, "nog een ander wachtwoord")
    access.lock(recovered)


def test_backup_and_restore_through_the_service(tmp_path):
    folder = tmp_path / "V.skotvault"
    session, _ = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    info = access.backup(session, tmp_path / "b.skotbackup")
    access.lock(session)
    with pytest.raises(VaultExists):
        access.restore(info.path, folder, PASSPHRASE)
    report = access.restore(info.path, tmp_path / "R.skotvault", PASSPHRASE)
    assert report.anchor == info.anchor


def test_a_keyslot_without_a_user_may_do_nothing_once_users_exist(tmp_path):
    folder = tmp_path / "V.skotvault"
    admin, _ = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    admin.vault.add_passphrase_slot("los", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    access.lock(admin)
    stray = access.unlock(folder, OTHER_PASSPHRASE, label="los")
    assert stray.actor.role == "none"
    with pytest.raises(PermissionDenied):
        people.list_schools(stray)
    access.lock(stray)


def test_changing_a_passphrase_can_require_the_current_one(tmp_path):
    folder = tmp_path / "V.skotvault"
    session, _ = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    with pytest.raises(WrongPassphrase):
        access.change_own_passphrase(session, "een nieuw wachtwoord", "niet het oude!!")
    access.change_own_passphrase(session, "een nieuw wachtwoord", PASSPHRASE)
    access.lock(session)
    access.lock(access.unlock(folder, "een nieuw wachtwoord"))


def test_backup_is_for_administrator_hr_or_the_recovery_key(tmp_path):
    folder = tmp_path / "V.skotvault"
    admin, recovery_key = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    access.add_user_with_passphrase(
        admin, "Dirk", "privacy_officer", "fg", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    access.backup(admin, tmp_path / "a.skotbackup")
    access.lock(admin)
    po = access.unlock(folder, OTHER_PASSPHRASE, label="fg")
    with pytest.raises(PermissionDenied):
        access.backup(po, tmp_path / "b.skotbackup")
    access.lock(po)
    rescue = access.unlock(folder, recovery_key, use_recovery=True)
    access.backup(rescue, tmp_path / "c.skotbackup")
    access.lock(rescue)


def test_a_refusal_names_what_the_glass_would_have_to_be_broken_for(world):
    director = world.as_role("director")
    with pytest.raises(PermissionDenied) as denied:
        people.open_dossier(director, world.dossier_b.id)
    assert denied.value.can_break_glass and denied.value.target_id == world.pupil_b.id
