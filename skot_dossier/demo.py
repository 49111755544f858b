"""A demo vault of fictitious people, for trying the product and for screenshots."""

from __future__ import annotations

from pathlib import Path

from skot_dossier.domain.actor import Actor
from skot_dossier.services.session import Session
from skot_dossier.services.settings import set_setting
from skot_dossier.vault import KdfProfile, Vault, calibrate

DEMO_USERS = ("hr", "directeur", "privacy")


def create_demo_vault(
    folder: Path, passphrase: str, *, seed: int = 2026, kdf: KdfProfile | None = None
) -> str:
    """Create the demo vault and return a one-line summary of what is in it."""
    profile = kdf or calibrate()
    vault, _recovery = Vault.create(folder, DEMO_USERS[0], passphrase, kdf=profile)
    try:
        for label in DEMO_USERS[1:]:
            vault.add_passphrase_slot(label, passphrase, kdf=profile)
        session = Session(vault, Actor(DEMO_USERS[0], "hr"), purpose="demo set-up")
        set_setting(session, "foundation.name", "Stichting Voorbeeldonderwijs (demo)")
        set_setting(session, "demo.seed", str(seed))
    finally:
        vault.close()
    return f"users: {', '.join(DEMO_USERS)}"
