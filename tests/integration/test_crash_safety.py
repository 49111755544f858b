"""Kill -9 a writer at random moments; the vault must always come back whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.services.session import Session
from skot_dossier.services.settings import get_setting
from skot_dossier.vault import Vault
from tests.helpers import PASSPHRASE, ROOT

WRITER = ROOT / "tests" / "integration" / "crash_writer.py"


def _run_and_kill(vault_dir, start: int, delay: float) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(vault_dir), str(start)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    committed: list[int] = []

    def read() -> None:
        for line in proc.stdout:
            if line.strip().isdigit():
                committed.append(int(line))

    reader = threading.Thread(target=read)
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    reader.start()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    return committed


def _check(vault_dir, promised: list[int]) -> int:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.db.integrity_problems() == []
        report = vault.audit.verify()
        assert report.ok, report.problems
        session = Session(vault, Actor("checker", "hr"))
        for i in promised:
            assert get_setting(session, f"crash.{i}") is not None, f"commit {i} was lost"
        highest = vault.db.scalar(
            "SELECT max(CAST(substr(key, 7) AS INTEGER)) FROM settings WHERE key LIKE 'crash.%'"
        )
        return int(highest or 0)


def _cycles(vault_dir, count: int, seed: int) -> None:
    rng = random.Random(seed)
    next_start, total = 1, 0
    for _ in range(count):
        promised = _run_and_kill(vault_dir, next_start, rng.uniform(0.05, 0.9))
        highest = _check(vault_dir, promised)
        total += len(promised)
        next_start = max(highest, promised[-1] if promised else 0) + 1
    assert total > count  # the writers really committed work before dying


def test_kill_minus_nine_thirty_times(created, vault_dir):
    created[0].close()
    _cycles(vault_dir, 30, seed=7)


@pytest.mark.soak
def test_kill_minus_nine_soak(tmp_path):
    """300 kills, as 10 vaults of 30: each check verifies the whole chain, so one
    ever-growing vault would make the soak quadratic rather than longer."""
    from skot_dossier.vault import INSECURE_TEST_PROFILE

    seed = int(time.time())
    for round_ in range(10):
        folder = tmp_path / f"Soak{round_}.skotvault"
        Vault.create(folder, "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE)[0].close()
        _cycles(folder, 30, seed=seed + round_)
