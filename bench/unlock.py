"""Unlock cost: our full unlock next to the bare operations it is made of.

Prints, measured in the same run on this machine:
- bare Argon2id with the calibrated parameters (what the KDF alone costs);
- bare SQLCipher open with a raw key (PRAGMA key + first read);
- our Vault.open (KDF + AES-GCM unwrap + HKDF + SQLCipher open + migration
  check + audit entries) and its ratio to the sum of the two bare costs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skot_dossier.vault import Vault, calibrate  # noqa: E402
from skot_dossier.vault.database import apply_key  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"  # noqa: S105 - a throwaway vault
ROUNDS = 5


def timed(fn, rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    profile = calibrate()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Bench.skotvault"
        vault, _ = Vault.create(folder, "bench", PASSPHRASE, kdf=profile)
        db_key = vault.database_key
        slot = vault.slot
        vault.close()

        def bare_kdf() -> None:
            slot.kdf.derive(PASSPHRASE.encode())

        def bare_open() -> None:
            conn = sqlcipher3.connect(str(folder / "dossier.db"))
            apply_key(conn, db_key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()

        def ours() -> None:
            Vault.open(folder, PASSPHRASE).close()

        kdf_s, open_s, ours_s = timed(bare_kdf), timed(bare_open), timed(ours)
    print(
        f"KDF profile: argon2id t={profile.time_cost} m={profile.memory_kib // 1024} MiB "
        f"p={profile.parallelism} (calibrated on this machine)"
    )
    print(f"bare argon2id derive       {kdf_s * 1000:8.1f} ms")
    print(f"bare SQLCipher raw-key open{open_s * 1000:8.1f} ms")
    print(f"SKOT Vault.open            {ours_s * 1000:8.1f} ms")
    print(f"ratio ours / (kdf + open)  {ours_s / (kdf_s + open_s):8.2f}")


if __name__ == "__main__":
    main()
