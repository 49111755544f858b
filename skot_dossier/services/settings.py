"""Vault-wide settings (no personal data): read and change them.

Settings that other services parse are checked when they are set, so a typo
gives a message at the settings screen instead of breaking a decision or an
intake later.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from skot_dossier.domain.validation import ValidationError
from skot_dossier.problems import Problem, problem
from skot_dossier.services.permissions import authorize
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import settings as store


class _Rejected(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _positive_int(value: str) -> None:
    if not value.strip().isdigit() or int(value) <= 0:
        raise _Rejected(problem("setting_not_positive"))


def _holidays(value: str) -> None:
    ranges = json.loads(value)
    if not isinstance(ranges, list):
        raise _Rejected(problem("setting_holidays_shape"))
    for item in ranges:
        start, end, name = item
        if date.fromisoformat(start) > date.fromisoformat(end) or not str(name).strip():
            raise _Rejected(problem("setting_holiday_invalid", name=str(name)))


def _policy(value: str) -> None:
    from skot_dossier.privacy.retention import parse_policy

    try:
        parse_policy(json.loads(value))
    except (ValueError, TypeError, KeyError) as exc:
        raise _Rejected(problem("setting_policy_invalid", detail=str(exc))) from None


def _yes_no(value: str) -> None:
    if value not in ("true", "false"):
        raise _Rejected(problem("setting_not_yes_no"))


VALIDATORS: dict[str, Callable[[str], None]] = {
    "evidence.max_bytes": _positive_int,
    "calendar.holidays": _holidays,
    "retention.policy": _policy,
    "retention.two_person_approval": _yes_no,
}
MAX_VALUE = 20_000


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    value = store.get_value(session.db, key)
    return default if value is None else str(value)


def set_setting(session: Session, key: str, value: str) -> None:
    grant = authorize(session, "settings.manage", object_type="setting", object_id=key)
    check = VALIDATORS.get(key)
    try:
        if len(value) > MAX_VALUE:
            raise _Rejected(problem("too_long", length=len(value), limit=MAX_VALUE))
        if check is not None:
            check(value)
    except _Rejected as exc:
        raise ValidationError({key: exc.problem}) from None
    except (ValueError, TypeError, KeyError):
        raise ValidationError.of(key, "setting_invalid") from None
    with unit_of_work(session, "update", grant=grant, object_type="setting", object_id=key) as note:
        old = store.get_value(session.db, key)
        store.put_value(session.db, key, value)
        note.details = {"changed": old != value}
