"""Schema upgrades: stored old vaults keep opening; a failed step changes nothing."""

from __future__ import annotations

import shutil

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.services.session import Session
from skot_dossier.services.settings import get_setting
from skot_dossier.vault import Vault, migrations
from skot_dossier.vault.migrations import BACKUP_DIR, Migration
from tests.helpers import PASSPHRASE, ROOT

STORED = ROOT / "tests" / "data"


STORED_VERSIONS = sorted(
    int(p.name.removeprefix("schema-v").removesuffix(".skotvault"))
    for p in STORED.glob("schema-v*.skotvault")
)


def test_the_first_release_is_among_the_stored_vaults():
    assert STORED_VERSIONS[0] == 1


@pytest.mark.parametrize("version", STORED_VERSIONS)
def test_stored_old_vault_upgrades_and_keeps_its_data(version, tmp_path):
    copy = tmp_path / "old.skotvault"
    shutil.copytree(STORED / f"schema-v{version}.skotvault", copy)
    with Vault.open(copy, PASSPHRASE) as vault:
        assert vault.db.user_version() == migrations.latest_version()
        session = Session(vault, Actor("hr", "hr"))
        assert get_setting(session, "school.name") == "Basisschool De Vlieger (fictief)"
        assert get_setting(session, "note") == "Łukasz & <b>Şeyma</b>"
        assert vault.audit.verify().ok
        assert vault.db.integrity_problems() == []
        if version >= 5:
            assert session.db.scalar("SELECT count(*) FROM persons") == 3
            assert session.db.scalar("SELECT count(*) FROM letters") >= 1
            assert session.db.scalar("SELECT count(*) FROM decisions WHERE status = 'final'") == 1
        if migrations.latest_version() > version:
            assert any((copy / BACKUP_DIR).iterdir())
            assert vault.unlock_info.migrated_to[-1] == migrations.latest_version()


def _with_extra_step(monkeypatch, apply):
    extra = Migration(migrations.latest_version() + 1, "test step", apply)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    return extra.version


def test_new_step_runs_once_with_a_backup_first(created, vault_dir, monkeypatch):
    created[0].close()

    def add_table(db):
        db.executescript("CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);")

    target = _with_extra_step(monkeypatch, add_table)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.db.user_version() == target
        assert vault.db.scalar("SELECT count(*) FROM extra") == 1
        assert [e.action for e in vault.audit.entries()][-2:] == ["migrate", "unlock"]
    backups = list((vault_dir / BACKUP_DIR).iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(f"dossier-v{target - 1}-")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.unlock_info.migrated_to == ()


def test_failing_step_rolls_back_completely(created, vault_dir, monkeypatch):
    created[0].close()

    def half_then_fail(db):
        db.executescript("CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);")
        raise RuntimeError("step failed half-way")

    _with_extra_step(monkeypatch, half_then_fail)
    with pytest.raises(RuntimeError):
        Vault.open(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.db.user_version() == migrations.latest_version()
        assert vault.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra'") == 0
        assert vault.audit.verify().ok


def test_migrations_are_numbered_linearly():
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_step_7_names_the_recorder_of_older_incidents_by_user(tmp_path):
    """Incidents from before step 7 name their recorder only; a unique name gets its id."""
    from tests.ui.vaults import build_ui_vault

    built = build_ui_vault(tmp_path / "v6.skotvault")
    session = built.unlock("directeur")
    director_id = session.actor.user_id
    with session.db.transaction():
        session.db.execute("ALTER TABLE incidents DROP COLUMN created_by_user")
        session.db.execute("PRAGMA user_version = 6")
    session.close()
    with Vault.open(built.path, PASSPHRASE, label="directeur") as vault:
        assert 7 in vault.unlock_info.migrated_to
        row = vault.db.one(
            "SELECT created_by, created_by_user FROM incidents WHERE id = ?", (built.incident_id,)
        )
        assert tuple(row) == ("Jan Klaassen", director_id)
