"""The admin command line as a script would use it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from skot_dossier import cli
from skot_dossier.vault import INSECURE_TEST_PROFILE, Vault
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE, ROOT


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """The CLI calibrates like production; tests swap in the named test profile."""
    import skot_dossier.vault.vault as vault_module

    monkeypatch.setattr(vault_module, "calibrate", lambda: INSECURE_TEST_PROFILE)


def run(argv, *secrets: str):
    """Run the CLI in-process with secrets on a pipe (fd), as a script would."""
    read_fd, write_fd = os.pipe()
    os.write(write_fd, "".join(s + "\n" for s in secrets).encode())
    os.close(write_fd)
    argv = [a.replace("FD", str(read_fd)) for a in argv]
    try:
        return cli.main(argv)
    finally:
        os.close(read_fd)


def test_init_prints_recovery_key_once(vault_dir, capsys):
    assert run(["init", str(vault_dir), "--user", "hr", "--passphrase-fd", "FD"], PASSPHRASE) == 0
    out = capsys.readouterr().out
    assert "Recovery key" in out
    assert PASSPHRASE not in out
    key = out.strip().splitlines()[-1].strip()
    with Vault.open(vault_dir, key, use_recovery=True):
        pass


def test_exit_codes_fit_a_script(vault_dir, tmp_path, capsys):
    run(["init", str(vault_dir), "--user", "hr", "--passphrase-fd", "FD"], PASSPHRASE)
    base = [str(vault_dir), "--passphrase-fd", "FD"]
    assert run(["verify-audit", *base], PASSPHRASE) == 0
    assert run(["verify-audit", *base], "wrong passphrase here") == 3
    assert run(["verify-audit", str(tmp_path), "--passphrase-fd", "FD"], PASSPHRASE) == 4
    assert run(["verify-audit", *base, "--anchor", "999-0123456789abcdef"], PASSPHRASE) == 8
    assert run(["verify-audit", *base, "--anchor", "nonsense"], PASSPHRASE) == 2
    assert run(["check", *base], PASSPHRASE) == 0
    err = capsys.readouterr().err
    assert "not correct" in err and "Traceback" not in err


def test_slot_commands(vault_dir, capsys):
    v = str(vault_dir)
    assert (
        run(["init", v, "--user", "beheer", "--role", "admin", "--passphrase-fd", "FD"], PASSPHRASE)
        == 0
    )
    assert (
        run(
            [
                "add-slot",
                v,
                "--user",
                "beheer",
                "--passphrase-fd",
                "FD",
                "--new-passphrase-fd",
                "FD",
                "--label",
                "directeur",
            ],
            PASSPHRASE,
            OTHER_PASSPHRASE,
        )
        == 0
    )
    assert (
        run(
            [
                "passwd",
                v,
                "--user",
                "directeur",
                "--passphrase-fd",
                "FD",
                "--new-passphrase-fd",
                "FD",
            ],
            OTHER_PASSPHRASE,
            "a brand new passphrase",
        )
        == 0
    )
    assert run(["slots", v]) == 0
    assert "directeur" in capsys.readouterr().out
    # A keyslot holder who is not the administrator cannot touch other keyslots.
    assert (
        run(
            [
                "passwd",
                v,
                "--user",
                "directeur",
                "--slot",
                "beheer",
                "--passphrase-fd",
                "FD",
                "--new-passphrase-fd",
                "FD",
            ],
            "a brand new passphrase",
            "taken over passphrase",
        )
        == 11
    )
    assert (
        run(
            ["remove-slot", v, "--user", "directeur", "--passphrase-fd", "FD", "--label", "beheer"],
            "a brand new passphrase",
        )
        == 11
    )
    assert (
        run(
            ["recovery-key", v, "--user", "directeur", "--passphrase-fd", "FD"],
            "a brand new passphrase",
        )
        == 11
    )
    assert (
        run(
            ["remove-slot", v, "--user", "beheer", "--passphrase-fd", "FD", "--label", "directeur"],
            PASSPHRASE,
        )
        == 0
    )
    assert (
        run(["remove-slot", v, "--passphrase-fd", "FD", "--label", "beheer"], PASSPHRASE) == 11
    )  # never the last
    assert run(["recovery-key", v, "--passphrase-fd", "FD"], PASSPHRASE) == 0
    assert "taken over" not in capsys.readouterr().err


def test_backup_and_restore(vault_dir, tmp_path, capsys):
    run(["init", str(vault_dir), "--user", "hr", "--passphrase-fd", "FD"], PASSPHRASE)
    out_file = tmp_path / "x.skotbackup"
    assert run(["backup", str(vault_dir), str(out_file), "--passphrase-fd", "FD"], PASSPHRASE) == 0
    assert run(["backup", str(vault_dir), str(out_file), "--passphrase-fd", "FD"], PASSPHRASE) == 1
    assert (
        run(["restore", str(out_file), str(vault_dir), "--passphrase-fd", "FD"], PASSPHRASE) == 10
    )
    target = tmp_path / "Restored.skotvault"
    assert run(["restore", str(out_file), str(target), "--passphrase-fd", "FD"], PASSPHRASE) == 0
    assert "audit log verified" in capsys.readouterr().out


def test_no_secret_options_on_the_command_line():
    parser = cli.build_parser()
    text = parser.format_help()
    for action in parser._subparsers._group_actions[0].choices.values():
        for opt in action._actions:
            for flag in opt.option_strings:
                assert flag in ("--passphrase-fd", "--new-passphrase-fd") or "pass" not in flag
    assert "init" in text


def test_runs_as_a_module_without_a_terminal(vault_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "skot_dossier", "verify-audit", str(vault_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 4  # not a vault (yet); clear message, no traceback
    assert "not a SKOT Dossier vault" in result.stderr
    assert "Traceback" not in result.stderr
    Vault.create(vault_dir, "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE)[0].close()
    result = subprocess.run(
        [sys.executable, "-m", "skot_dossier", "verify-audit", str(vault_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "--passphrase-fd" in result.stderr


def _damage_a_settings_page(vault_dir) -> None:
    """Flip one byte in a page that holds settings (never the audit log's pages)."""
    from tests.sqlcipher_pages import PAGE, RESERVE, decrypted_pages

    vault = Vault.open(vault_dir, PASSPHRASE)
    with vault.db.transaction():
        for i in range(40):
            vault.db.execute("INSERT INTO settings VALUES (?, ?)", (f"filler.{i}", "FILLER" * 150))
    key = vault.database_key
    vault.close()
    db = vault_dir / "dossier.db"
    pages = decrypted_pages(db, key)
    victim = next(
        n
        for n, page in enumerate(pages)
        if n > 0 and page.count(b"FILLER") > 100 and b"unlock" not in page
    )
    data = bytearray(db.read_bytes())
    data[victim * PAGE + (PAGE - RESERVE) // 2] ^= 0x40
    db.write_bytes(bytes(data))


def test_verify_audit_does_not_call_a_vault_with_damaged_pages_intact(vault_dir, capsys):
    run(["init", str(vault_dir), "--user", "hr", "--passphrase-fd", "FD"], PASSPHRASE)
    _damage_a_settings_page(vault_dir)
    base = [str(vault_dir), "--passphrase-fd", "FD"]
    assert run(["verify-audit", *base], PASSPHRASE) == 6
    out = capsys.readouterr().out
    assert "Audit log intact." in out and "DAMAGED" in out
    assert "Database pages intact." not in out
    assert run(["verify-audit", *base, "--chain-only"], PASSPHRASE) == 0
    assert "Only the audit chain was checked" in capsys.readouterr().out
    assert run(["check", *base], PASSPHRASE) == 6


def test_verify_audit_tells_a_mistyped_controlegetal_from_a_rewritten_log(vault_dir, capsys):
    from skot_dossier.audit import check_character

    run(["init", str(vault_dir), "--user", "hr", "--passphrase-fd", "FD"], PASSPHRASE)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        head = vault.audit.head()
    base = [str(vault_dir), "--passphrase-fd", "FD"]
    good = str(head)
    wrong_check = good[:-1] + ("1" if good[-1] != "1" else "2")
    assert run(["verify-audit", *base, "--anchor", good], PASSPHRASE) == 0
    assert run(["verify-audit", *base, "--anchor", wrong_check], PASSPHRASE) == 2
    assert "mistyped" in capsys.readouterr().err
    # A controlegetal printed before the check character existed: still accepted ...
    legacy = f"{head.seq}-{head.mac_prefix}"
    assert run(["verify-audit", *base, "--anchor", legacy], PASSPHRASE) == 0
    # ... and one wrong character in it reads as a typing error, not as a rewrite.
    typo = legacy[:-1] + ("0" if legacy[-1] != "0" else "1")
    assert run(["verify-audit", *base, "--anchor", typo], PASSPHRASE) == 2
    assert "MISTYPED" in capsys.readouterr().out
    assert check_character(head.seq, head.mac_prefix) == good[-1]
