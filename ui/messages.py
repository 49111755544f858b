"""Translated, plain-language messages for the core's errors and field problems."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skot_dossier.domain.validation import ValidationError
from skot_dossier.errors import SkotError, UnlockThrottled
from ui import labels
from ui.text import date_text, fmt, size_text

ERRORS = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is not correct. Check Caps Lock and try again."
    ),
    "invalid_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "This is not a valid recovery key. Check it for typing errors."
    ),
    "not_a_vault": QT_TRANSLATE_NOOP("Messages", "This folder is not a SKOT Dossier vault."),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault was made by a newer version of SKOT Dossier. Install the update first.",
    ),
    "vault_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault is damaged or was changed outside SKOT Dossier. "
        "Restore it from a backup, and tell the privacy officer.",
    ),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault is already open in another SKOT Dossier window. Close that window first.",
    ),
    "vault_header_altered": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's key file (vault.json) was changed outside SKOT Dossier, so your key "
        "could not be used. This is not counted as a wrong passphrase. Restore vault.json "
        "from a backup, and tell the privacy officer.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Nothing was changed. Free some space and try again."
    ),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose a longer passphrase (at least 10 characters, not only the same few letters).",
    ),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Messages", "A vault already exists there; it was not overwritten. Choose another place."
    ),
    "denied": QT_TRANSLATE_NOOP(
        "Messages", "Your role does not allow this. The attempt has been logged."
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record does not exist (any more)."),
    "minor_images_guard": QT_TRANSLATE_NOOP(
        "Messages",
        "In this kind of incident a file may show a sexual image of a minor. Such images may "
        "never be stored or passed on. Confirm explicitly that the file contains no such "
        "image, or record only where, when and by whom it was seen.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled; nothing was stored."),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The backup file is damaged or is not a SKOT Dossier backup."
    ),
    "keyslot": QT_TRANSLATE_NOOP(
        "Messages", "This login name cannot be used. Choose another one (1 to 80 characters)."
    ),
    "not_approved": QT_TRANSLATE_NOOP(
        "Messages",
        "You have not agreed to destroying this dossier, so there is nothing to withdraw.",
    ),
    "audit_broken": QT_TRANSLATE_NOOP(
        "Messages", "The audit log is not intact. Tell the privacy officer at once."
    ),
}

# A refused destruction: a legal hold, or the second person's approval is missing.
ERASURE_REFUSED_HOLD = QT_TRANSLATE_NOOP(
    "Messages",
    "A legal hold rests on this dossier (for example an objection, an appeal or a police "
    "report). It cannot be destroyed until HR or the school director lifts the hold.",
)
ERASURE_REFUSED_SECOND = QT_TRANSLATE_NOOP(
    "Messages",
    "Someone else must agree first: destroying a dossier takes two people. Ask a colleague "
    '(HR or the data protection officer) to choose "Agree to destruction"; then destroy it.',
)

# Restoring a backup: the same codes, said for that situation.
RESTORE_ERRORS = {
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup file is damaged, incomplete or not a SKOT Dossier backup, or its audit "
        "log does not verify. Nothing was restored. Try another backup file.",
    ),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "The chosen folder is not empty: there is already a vault or other files in it. "
        'Choose a new, empty folder, or tick "Replace the existing vault".',
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "This passphrase or recovery key does not open this backup. Use a passphrase that "
        "was valid when the backup was made.",
    ),
    "invalid_recovery_key": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a valid recovery key. Check it for typing errors; the hyphens may be "
        "left out.",
    ),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault you want to replace is open right now, in this or another SKOT Dossier "
        "window. Close it there first; nothing was changed.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full. Nothing was restored and the existing vault is unchanged. Free "
        "some space and try again.",
    ),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made by a newer version of SKOT Dossier. Install the update first.",
    ),
    "keyslot": QT_TRANSLATE_NOOP(
        "Messages", "This backup has no recovery key. Use a passphrase instead."
    ),
}

# Field problems reported by the core's validation, as exact texts …
PROBLEMS = {
    "is required": QT_TRANSLATE_NOOP("Problems", "This field is required."),
    "contains invisible control characters": QT_TRANSLATE_NOOP(
        "Problems", "Contains invisible control characters; type the text again."
    ),
    "must contain letters": QT_TRANSLATE_NOOP("Problems", "Must contain letters."),
    "may contain only letters, digits, '-', '/' and '.'": QT_TRANSLATE_NOOP(
        "Problems", "Use only letters, digits, '-', '/' and '.'."
    ),
    "is not a Dutch postcode (e.g. 7671 AB)": QT_TRANSLATE_NOOP(
        "Problems", "This is not a Dutch postcode (for example 7671 AB)."
    ),
    "is not one of the allowed values": QT_TRANSLATE_NOOP("Problems", "Choose one of the options."),
    "applies only when a staff member's post is what this is about": QT_TRANSLATE_NOOP(
        "Problems",
        "Only for a post by a staff member: add the staff member as the person it is about, "
        "or choose that it is not a staff member's post.",
    ),
    "must be a web address starting with http:// or https://": QT_TRANSLATE_NOOP(
        "Problems", "Each web address must start with http:// or https://."
    ),
    "has too many entries (at most 50)": QT_TRANSLATE_NOOP(
        "Problems", "Too many entries (at most 50)."
    ),
    "lies in the future": QT_TRANSLATE_NOOP("Problems", "This date lies in the future."),
    "is too far in the past": QT_TRANSLATE_NOOP("Problems", "This date is too far in the past."),
    "is not a date that exists": QT_TRANSLATE_NOOP(
        "Problems", "This day does not exist in that month. Check the date."
    ),
    "lies before the date of birth": QT_TRANSLATE_NOOP(
        "Problems", "This date lies before the date of birth."
    ),
    "lies before the moment it happened": QT_TRANSLATE_NOOP(
        "Problems", "This moment lies before the moment it happened."
    ),
    "lies before the start of employment": QT_TRANSLATE_NOOP(
        "Problems", "This date lies before the start of employment."
    ),
    "choose at least one school": QT_TRANSLATE_NOOP("Problems", "Choose at least one school."),
    "names a school that does not exist": QT_TRANSLATE_NOOP(
        "Problems", "One of the schools does not exist (any more)."
    ),
    "a director needs at least one school": QT_TRANSLATE_NOOP(
        "Problems", "A school director needs at least one school."
    ),
    "already belongs to another user": QT_TRANSLATE_NOOP(
        "Problems", "This login name already belongs to another user."
    ),
    "is already used by another school": QT_TRANSLATE_NOOP(
        "Problems", "Another school already has this code."
    ),
    "is already used by another person": QT_TRANSLATE_NOOP(
        "Problems", "Another person already has this number."
    ),
    "only pupils have parents or guardians in their dossier": QT_TRANSLATE_NOOP(
        "Problems", "Only pupils have parents or guardians in their dossier."
    ),
    "at most four parents or guardians": QT_TRANSLATE_NOOP(
        "Problems", "At most four parents or guardians."
    ),
    "a staff member cannot become a pupil or vice versa": QT_TRANSLATE_NOOP(
        "Problems", "A staff member cannot become a pupil, nor the other way round."
    ),
    "names a person who is not in the vault": QT_TRANSLATE_NOOP(
        "Problems", "One of the persons is not in the vault (any more)."
    ),
    "name at least one person whose behaviour this is about": QT_TRANSLATE_NOOP(
        "Problems", "Add at least one person whose behaviour this is about."
    ),
    "choose the school this incident belongs to": QT_TRANSLATE_NOOP(
        "Problems", "Choose the school this incident belongs to."
    ),
    "names an incident that does not exist": QT_TRANSLATE_NOOP(
        "Problems", "This incident does not exist (any more)."
    ),
    "is empty": QT_TRANSLATE_NOOP("Problems", "The file is empty."),
    "grew beyond the size limit while reading": QT_TRANSLATE_NOOP(
        "Problems", "The file grew beyond the size limit while it was being read."
    ),
    "is required: say where it was seen": QT_TRANSLATE_NOOP(
        "Problems", "Required: say where it was seen."
    ),
    "is required: say who saw it": QT_TRANSLATE_NOOP("Problems", "Required: say who saw it."),
    "is required: say when it was seen": QT_TRANSLATE_NOOP(
        "Problems", "Required: say when it was seen."
    ),
    "only its description was recorded; there is no file": QT_TRANSLATE_NOOP(
        "Problems", "Only a description was recorded; there is no file."
    ),
    "is too large to preview; export it instead": QT_TRANSLATE_NOOP(
        "Problems", "Too large to preview here; export it instead."
    ),
    "explain in a full sentence why you need this access": QT_TRANSLATE_NOOP(
        "Problems", "Explain in a full sentence why you need this access."
    ),
    "type a pupil number or at least three letters of the name": QT_TRANSLATE_NOOP(
        "Problems", "Type a pupil number or at least three letters of the name."
    ),
    "the retention period has not ended; give the reason for erasing it now": QT_TRANSLATE_NOOP(
        "Problems",
        "The retention period has not ended yet. Give the reason for destroying the dossier now.",
    ),
}


def _size_words(mib: str) -> str:
    """The core's "2300.0 MiB" as a person reads it here: "2,2 GB"."""
    try:
        return size_text(int(float(mib.removesuffix(" MiB")) * 1024**2))
    except ValueError:
        return mib


def _same(value: str) -> str:
    return value


def _day_words(iso: str) -> str:
    return date_text(date.fromisoformat(iso))


# … and as patterns with values in them; each value is put in words as well.
PATTERNS = (
    (
        re.compile(r"^is too long \((\d+) characters; at most (\d+)\)$"),
        QT_TRANSLATE_NOOP("Problems", "Too long (%1 characters; at most %2)."),
        (_same, _same),
    ),
    (
        re.compile(r"^is too large \((.+); the limit is (.+), see Settings\)$"),
        QT_TRANSLATE_NOOP("Problems", "The file is too large (%1; the limit is %2)."),
        (_size_words, _size_words),
    ),
    (
        re.compile(
            r"^its name says (\S+) but its content is (\S+); check that this is the right file$"
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "File type by its name: %1; by its content: %2. Check that this is the right file.",
        ),
        (labels.media_type, labels.media_type),
    ),
    (
        re.compile(r"^lies before (\d{4}-\d{2}-\d{2})$"),
        QT_TRANSLATE_NOOP("Problems", "This date lies before %1."),
        (_day_words,),
    ),
    (
        re.compile(r"^['\"](.*)['\"] is not a controlegetal \(e\.g\. (\S+)\)$"),
        QT_TRANSLATE_NOOP(
            "Problems", "“%1” is not a check number (controlegetal). A check number looks like %2."
        ),
        (_same, _same),
    ),
)


def problem_text(message: str) -> str:
    """One field problem as a sentence; unknown ones are shown as the core gave them."""
    if message in PROBLEMS:
        return QCoreApplication.translate("Problems", PROBLEMS[message])
    for pattern, template, words in PATTERNS:
        match = pattern.match(message)
        if match:
            values = [put(value) for put, value in zip(words, match.groups(), strict=True)]
            return fmt(QCoreApplication.translate("Problems", template), *values)
    return message[:1].upper() + message[1:]


def error_text(exc: BaseException) -> str:
    """A sentence for a person; never a traceback."""
    if isinstance(exc, UnlockThrottled):
        return QCoreApplication.translate(
            "Messages",
            "Too many wrong attempts. You can try again in %n second(s).",
            None,
            min(int(exc.seconds_left + 0.999), 999_999),
        )
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(m) for m in exc.problems.values())
    code = exc.code if isinstance(exc, SkotError) else ""
    if code in ERRORS:
        return QCoreApplication.translate("Messages", ERRORS[code])
    if code == "erasure_refused":
        hold = "legal hold" in str(exc)  # the core's two refusals differ only in words
        return QCoreApplication.translate(
            "Messages", ERASURE_REFUSED_HOLD if hold else ERASURE_REFUSED_SECOND
        )
    if isinstance(exc, SkotError):
        return str(exc)
    if isinstance(exc, OSError):
        return fmt(
            QCoreApplication.translate(
                "Messages", "The file could not be read or written: %1. Nothing was changed."
            ),
            exc.strerror or type(exc).__name__,
        )
    return fmt(
        QCoreApplication.translate(
            "Messages", "Something went wrong. Nothing was changed. Details: %1"
        ),
        type(exc).__name__,
    )


def restore_error_text(exc: BaseException) -> str:
    """Like :func:`error_text`, in the words of restoring a backup."""
    code = exc.code if isinstance(exc, SkotError) else ""
    if code in RESTORE_ERRORS:
        return QCoreApplication.translate("Messages", RESTORE_ERRORS[code])
    return error_text(exc)
