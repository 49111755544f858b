"""User-facing error types of the core.

Every error a person can run into carries a stable ``code`` (and the ``params`` its
text needs), declared once in :mod:`skot_dossier.problems`: the front end says it in
the user's language, the command line prints the catalogue's English text and maps
the error to an exit status. Errors never carry secrets or dossier content.
"""

from __future__ import annotations

from skot_dossier.problems import ParamValue, Problem


class SkotError(Exception):
    """Base of all expected, explainable failures.

    ``SkotError("code", name=value)`` raises a declared problem; without a code the
    class's own ``code`` is the problem.
    """

    code = "error"
    exit_status = 1

    def __init__(self, code: str | None = None, /, **params: ParamValue) -> None:
        if code is not None:
            self.code = code
        self.problem = Problem(self.code, params)
        super().__init__(self.problem.english())

    @property
    def params(self) -> dict[str, ParamValue]:
        return dict(self.problem.params)


class VaultError(SkotError):
    code = "vault"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    exit_status = 3


class InvalidRecoveryKey(VaultError):
    code = "invalid_recovery_key"
    exit_status = 3


class NotAVault(VaultError):
    code = "not_a_vault"
    exit_status = 4


class VaultTooNew(VaultError):
    code = "vault_too_new"
    exit_status = 5


class VaultDamaged(VaultError):
    code = "vault_damaged"
    exit_status = 6


class VaultHeaderAltered(VaultError):
    """``vault.json`` no longer matches the keys it describes: it was altered or damaged.

    Never a wrong passphrase, and never counted as a failed attempt.
    """

    code = "vault_header_altered"
    exit_status = 19


class VaultInUse(VaultError):
    code = "vault_in_use"
    exit_status = 7


class UnlockThrottled(VaultError):
    code = "unlock_throttled"
    exit_status = 9

    def __init__(self, seconds_left: float) -> None:
        self.seconds_left = max(0.0, seconds_left)
        super().__init__(seconds=int(self.seconds_left + 0.999))


class VaultExists(VaultError):
    code = "vault_exists"
    exit_status = 10


class KeyslotError(VaultError):
    code = "keyslot"
    exit_status = 11


class WeakPassphrase(VaultError):
    code = "weak_passphrase"
    exit_status = 12


class BackupInvalid(VaultError):
    code = "backup_invalid"
    exit_status = 13


class NotFound(SkotError):
    code = "not_found"


class AuditChainBroken(SkotError):
    code = "audit_broken"
    exit_status = 8


class StorageFull(SkotError):
    code = "disk_full"
    exit_status = 14
