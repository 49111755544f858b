"""User-facing error types of the core.

Every error a person can run into carries a stable ``code`` so the front end
can show a translated message, and the command line can map it to an exit
status. Messages here are plain English for logs and the admin CLI; they
never contain secrets or dossier content.
"""

from __future__ import annotations


class SkotError(Exception):
    """Base of all expected, explainable failures."""

    code = "error"
    exit_status = 1

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message())

    @classmethod
    def default_message(cls) -> str:
        return "The operation failed."


class VaultError(SkotError):
    code = "vault"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    exit_status = 3

    @classmethod
    def default_message(cls) -> str:
        return "The passphrase or recovery key is not correct."


class InvalidRecoveryKey(VaultError):
    code = "invalid_recovery_key"
    exit_status = 3

    @classmethod
    def default_message(cls) -> str:
        return "This is not a valid recovery key; check it for typing errors."


class NotAVault(VaultError):
    code = "not_a_vault"
    exit_status = 4

    @classmethod
    def default_message(cls) -> str:
        return "This folder is not a SKOT Dossier vault."


class VaultTooNew(VaultError):
    code = "vault_too_new"
    exit_status = 5

    @classmethod
    def default_message(cls) -> str:
        return "This vault was made by a newer version of SKOT Dossier; update the program."


class VaultDamaged(VaultError):
    code = "vault_damaged"
    exit_status = 6

    @classmethod
    def default_message(cls) -> str:
        return (
            "The vault's database is damaged or has been tampered with; restore it from a backup."
        )


class VaultHeaderAltered(VaultError):
    """``vault.json`` no longer matches the keys it describes: it was altered or damaged.

    Never a wrong passphrase, and never counted as a failed attempt.
    """

    code = "vault_header_altered"
    exit_status = 19

    @classmethod
    def default_message(cls) -> str:
        return (
            "vault.json was altered: a keyslot no longer matches its key, so it was not "
            "opened (this is not counted as a wrong passphrase). Restore vault.json from a "
            "backup and tell the privacy officer."
        )


class VaultInUse(VaultError):
    code = "vault_in_use"
    exit_status = 7

    @classmethod
    def default_message(cls) -> str:
        return "This vault is already open in another SKOT Dossier window or program."


class UnlockThrottled(VaultError):
    code = "unlock_throttled"
    exit_status = 9

    def __init__(self, seconds_left: float) -> None:
        self.seconds_left = max(0.0, seconds_left)
        super().__init__(f"Too many wrong attempts; wait {int(self.seconds_left + 0.999)} seconds.")


class VaultExists(VaultError):
    code = "vault_exists"
    exit_status = 10

    @classmethod
    def default_message(cls) -> str:
        return "A vault already exists at this location; it was not overwritten."


class KeyslotError(VaultError):
    code = "keyslot"
    exit_status = 11


class WeakPassphrase(VaultError):
    code = "weak_passphrase"
    exit_status = 12


class BackupInvalid(VaultError):
    code = "backup_invalid"
    exit_status = 13

    @classmethod
    def default_message(cls) -> str:
        return "The backup file is damaged or is not a SKOT Dossier backup."


class NotFound(SkotError):
    code = "not_found"

    @classmethod
    def default_message(cls) -> str:
        return "That record does not exist (any more)."


class AuditChainBroken(SkotError):
    code = "audit_broken"
    exit_status = 8


class StorageFull(SkotError):
    code = "disk_full"
    exit_status = 14

    @classmethod
    def default_message(cls) -> str:
        return "The disk is full; nothing was changed. Free some space and try again."
