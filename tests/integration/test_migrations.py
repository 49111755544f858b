"""Schema upgrades: stored old vaults keep opening; a failed step changes nothing."""

from __future__ import annotations

import shutil
from datetime import date

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
    """Incidents from before step 7 name their recorder only; a unique name gets its id.

    The stored v6 vault's incidents were recorded by "test-hr", who has no user record;
    one is added to the v6 database itself (opened raw, so nothing migrates yet)."""
    import sqlcipher3

    from tests.independent_verifier import DATABASE_KEY_INFO, master_key, subkey

    copy = tmp_path / "v6.skotvault"
    shutil.copytree(STORED / "schema-v6.skotvault", copy)
    vault_id, master = master_key(copy, PASSPHRASE, None)
    conn = sqlcipher3.connect(str(copy / "dossier.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{subkey(master, vault_id, DATABASE_KEY_INFO).hex()}'\"")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        conn.execute(
            "INSERT INTO users (id, name, role, keyslot_label) VALUES (?, ?, ?, ?)",
            ("user-test-hr", "test-hr", "hr", "test-hr"),
        )
        conn.commit()
    finally:
        conn.close()
    with Vault.open(copy, PASSPHRASE) as vault:
        assert 7 in vault.unlock_info.migrated_to
        rows = vault.db.all("SELECT created_by, created_by_user FROM incidents")
        assert rows and {tuple(r) for r in rows} == {("test-hr", "user-test-hr")}


def test_v6_vault_gets_receipts_facts_and_free_deadlines(tmp_path):
    """Step 7: letters sent before receipts were recorded count as received on the next
    working day; deadlines keep their decision; incidents and decisions get defaults."""
    from datetime import timedelta

    copy = tmp_path / "v6.skotvault"
    shutil.copytree(STORED / "schema-v6.skotvault", copy)
    with Vault.open(copy, PASSPHRASE) as vault:
        db = vault.db
        letter_date, received = db.one(
            "SELECT letter_date, received_on FROM letters WHERE status = 'final'"
        )
        sent = date.fromisoformat(letter_date)
        expected = sent + timedelta(days={4: 3, 5: 2}.get(sent.weekday(), 1))
        assert date.fromisoformat(received) == expected and expected.weekday() < 5
        assert db.scalar("SELECT count(*) FROM deadlines WHERE decision_id IS NULL") == 0
        assert db.scalar("SELECT count(*) FROM deadlines") >= 1
        assert db.one("SELECT posted_as, minor_images FROM incidents LIMIT 1") == ("", 0)
        assert db.scalar("SELECT reasons FROM decisions") == "{}"
        assert db.scalar("SELECT count(*) FROM mandates") == 0
