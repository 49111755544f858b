"""Translated, plain-language messages for the core's error codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skot_dossier.errors import SkotError, UnlockThrottled


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_text(exc: BaseException) -> str:
    """A sentence for a person; never a traceback."""
    if isinstance(exc, UnlockThrottled):
        return _tr("Too many wrong attempts. You can try again in %n second(s).").replace(
            "%n", str(int(exc.seconds_left + 0.999))
        )
    code = exc.code if isinstance(exc, SkotError) else ""
    texts = {
        "wrong_passphrase": _tr("The passphrase is not correct. Check Caps Lock and try again."),
        "invalid_recovery_key": _tr(
            "This is not a valid recovery key. Check it for typing errors."
        ),
        "not_a_vault": _tr("This folder is not a SKOT Dossier vault."),
        "vault_too_new": _tr(
            "This vault was made by a newer version of SKOT Dossier. Install the update first."
        ),
        "vault_damaged": _tr(
            "The vault is damaged or was changed outside SKOT Dossier. "
            "Restore it from a backup, and tell the privacy officer."
        ),
        "vault_in_use": _tr(
            "This vault is already open in another SKOT Dossier window. Close that window first."
        ),
        "disk_full": _tr("The disk is full. Nothing was changed. Free some space and try again."),
        "weak_passphrase": _tr("Choose a longer passphrase (at least 10 characters)."),
        "vault_exists": _tr("A vault already exists there; it was not overwritten."),
    }
    if code in texts:
        return texts[code]
    if isinstance(exc, SkotError):
        return str(exc)
    return _tr("Something went wrong. Nothing was changed. Details: %1").replace(
        "%1", type(exc).__name__
    )
