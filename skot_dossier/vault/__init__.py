"""The vault: keyslots, key derivation, SQLCipher database, migrations, backup."""

from skot_dossier.vault.backup import BackupInfo, RestoreReport, create_backup, restore_backup
from skot_dossier.vault.kdf import INSECURE_TEST_PROFILE, KdfProfile, calibrate
from skot_dossier.vault.vault import MIN_PASSPHRASE_CHARS, UnlockInfo, Vault, check_passphrase

__all__ = [
    "INSECURE_TEST_PROFILE",
    "MIN_PASSPHRASE_CHARS",
    "BackupInfo",
    "KdfProfile",
    "RestoreReport",
    "UnlockInfo",
    "Vault",
    "calibrate",
    "check_passphrase",
    "create_backup",
    "restore_backup",
]
