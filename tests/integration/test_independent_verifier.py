"""docs/audit-format.md is enough: a verifier written from it alone agrees with the program.

tests/independent_verifier.py imports no SKOT Dossier code (checked here, and run
isolated from this checkout). It opens a real vault with a passphrase,
recomputes the chain and finds a tampered entry.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import sqlcipher3

from skot_dossier.services import incidents, people, privacy
from tests.helpers import PASSPHRASE, ROOT
from tests.vaults import build_world, incident_draft

VERIFIER = ROOT / "tests" / "independent_verifier.py"
ALLOWED = {
    "__future__",
    "argparse",
    "hashlib",
    "hmac",
    "json",
    "re",
    "shutil",
    "sys",
    "tempfile",
    "unicodedata",
    "pathlib",
    "sqlcipher3",
    "argon2",
    "cryptography",
}


def _run(vault, *args: str, passphrase: str = PASSPHRASE) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-I", str(VERIFIER), str(vault), *args],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        cwd=VERIFIER.parent.parent.parent,  # outside the checkout's import path
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout


def test_the_verifier_imports_only_the_standard_library_and_the_three_packages():
    tree = ast.parse(VERIFIER.read_text("utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= ALLOWED, imported - ALLOWED
    assert not any(name.startswith(("skot", "tests", "ui")) for name in imported)


def test_an_independent_verifier_agrees_and_finds_a_tampered_entry(tmp_path):
    world = build_world(tmp_path / "World.skotvault")
    hr = world.as_role("hr")
    privacy.record_case_reason(hr, world.pupil_a.id, 'Zaak "Şeyma" <b>&</b> groep 6')
    incidents.record_incident(hr, incident_draft(world.school_a, world.pupil_a, title="Nguyễn 😀"))
    people.open_dossier(hr, world.dossier_a.id)
    vault = world.admin.vault
    # Every kind of character the canonical form has to escape, in the fields it covers.
    with vault.db.transaction():
        vault.audit.append(
            actor='Łukasz "de" Wójcik\\',
            role="hr",
            action="view",
            purpose="regel 1\nregel 2\ttab \x01 \x7f \u2028 😀 <b>&amp;</b>",
            details={"note": 'Ω\n"x"'},
        )
    folder, key = vault.folder, vault.database_key
    vault.close()
    from skot_dossier.vault import Vault

    with Vault.open(folder, PASSPHRASE, label="beheer") as again:
        report = again.audit.verify()
        assert report.ok
        middle = again.audit.entries()[report.entries // 2]
    # The program's unlock and lock entries are in the chain the verifier reads.
    status, out = _run(folder, "--label", "beheer", "--anchor", str(report.head))
    assert status == 0, out
    assert f"entries: {report.entries + 1};" in out and out.strip().endswith("intact")
    status, out = _run(folder, "--anchor", f"{middle.seq}-{middle.mac[:16]}")
    assert status == 0, out

    # What an insider with the key could do: change one entry with plain SQL.
    conn = sqlcipher3.connect(str(folder / "dossier.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit_log SET purpose = 'niets aan de hand' WHERE seq = ?", (middle.seq,))
    conn.close()
    status, out = _run(folder, "--label", "beheer")
    assert status == 1
    assert f"BROKEN entry {middle.seq}: its MAC does not match its content" in out
    with Vault.open(folder, PASSPHRASE) as program:
        assert program.audit.verify().first_problem.seq == middle.seq


def test_the_verifier_refuses_a_wrong_passphrase_and_a_mistyped_controlegetal(tmp_path):
    world = build_world(tmp_path / "World.skotvault")
    head = str(world.admin.vault.audit.head())
    folder = world.admin.vault.folder
    world.admin.vault.close()
    status, out = _run(folder, passphrase="niet het wachtwoord")
    assert status == 2 and "opens no keyslot" in out
    typo = head[:-1] + ("2" if head[-1] != "2" else "3")
    status, out = _run(folder, "--anchor", typo)
    assert status == 2 and "mistyped" in out
