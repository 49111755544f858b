"""A writer process for the crash-safety test: it is killed with SIGKILL at random.

After each returned commit it prints the sequence number, so the parent knows
which changes were promised durable.
"""

import sys

from skot_dossier.domain.actor import Actor
from skot_dossier.services.session import Session
from skot_dossier.services.settings import set_setting
from skot_dossier.vault import Vault


def main() -> None:
    folder, start = sys.argv[1], int(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.open(folder, passphrase)
    session = Session(vault, Actor("writer", "admin"))
    print("open", flush=True)
    i = start
    while True:
        set_setting(session, f"crash.{i}", "x" * (i % 5000))
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
