"""Field validation with messages a person can act on.

Each check returns the cleaned value or records a message for the field, so a
form can show every problem next to its field at once. Nothing is stored
until a whole record validates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlparse

from skot_dossier.domain import clock
from skot_dossier.domain.clock import as_utc
from skot_dossier.errors import SkotError

E = TypeVar("E", bound=StrEnum)

MAX_NAME = 100
MAX_LINE = 200
MAX_TEXT = 20_000
MAX_URL = 2_000
NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/.]{0,19}$")
POSTCODE_RE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
EARLIEST = date(1900, 1, 1)
CLOCK_SKEW = timedelta(minutes=10)


class ValidationError(SkotError):
    code = "invalid"
    exit_status = 2

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.problems.items()))


class Validator:
    """Collects problems per field; ``done()`` raises them all together."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.problems.setdefault(field, message)

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    # -- text --------------------------------------------------------------

    def text(
        self,
        field: str,
        value: str | None,
        *,
        required: bool = True,
        max_len: int = MAX_LINE,
        multiline: bool = False,
    ) -> str:
        cleaned = unicodedata.normalize("NFC", (value or "")).strip()
        allowed = "\n\t" if multiline else ""
        if any(unicodedata.category(c) == "Cc" and c not in allowed for c in cleaned):
            self.fail(field, "contains invisible control characters")
        if required and not cleaned:
            self.fail(field, "is required")
        if len(cleaned) > max_len:
            self.fail(field, f"is too long ({len(cleaned)} characters; at most {max_len})")
        return cleaned

    def name(self, field: str, value: str | None, *, required: bool = True) -> str:
        cleaned = self.text(field, value, required=required, max_len=MAX_NAME)
        if cleaned and not any(unicodedata.category(c).startswith("L") for c in cleaned):
            self.fail(field, "must contain letters")
        return cleaned

    def number(self, field: str, value: str | None) -> str:
        cleaned = self.text(field, value, max_len=20)
        if cleaned and not NUMBER_RE.match(cleaned):
            self.fail(field, "may contain only letters, digits, '-', '/' and '.'")
        return cleaned

    def postcode(self, field: str, value: str | None) -> str:
        cleaned = self.text(field, value, max_len=10)
        match = POSTCODE_RE.match(cleaned)
        if cleaned and not match:
            self.fail(field, "is not a Dutch postcode (e.g. 7671 AB)")
            return cleaned
        return f"{match.group(1)} {match.group(2).upper()}" if match else cleaned

    def choice(self, field: str, value: object, enum: type[E]) -> E | None:
        try:
            return enum(str(value))
        except ValueError:
            self.fail(field, "is not one of the allowed values")
            return None

    def url(self, field: str, value: str) -> str:
        cleaned = self.text(field, value, max_len=MAX_URL)
        parsed = urlparse(cleaned)
        if cleaned and (parsed.scheme not in ("http", "https") or not parsed.netloc):
            self.fail(field, "must be a web address starting with http:// or https://")
        return cleaned

    def lines(self, field: str, values: Iterable[str], *, urls: bool = False) -> tuple[str, ...]:
        result = []
        for value in values:
            if not (value or "").strip():
                continue
            result.append(self.url(field, value) if urls else self.text(field, value))
        if len(result) > 50:
            self.fail(field, "has too many entries (at most 50)")
        return tuple(dict.fromkeys(result))

    # -- dates -------------------------------------------------------------

    def past_date(
        self,
        field: str,
        value: date | None,
        *,
        required: bool = False,
        today: date | None = None,
        not_before: date | None = None,
        not_before_reason: str = "",
    ) -> date | None:
        if value is None:
            if required:
                self.fail(field, "is required")
            return None
        today = today or clock.today()
        if value > today:
            self.fail(field, "lies in the future")
        elif value < EARLIEST:
            self.fail(field, "is too far in the past")
        elif not_before and value < not_before:
            self.fail(field, f"lies before {not_before_reason or not_before.isoformat()}")
        return value

    def past_moment(
        self,
        field: str,
        value: datetime | None,
        *,
        now: datetime | None = None,
        not_before: datetime | None = None,
        not_before_reason: str = "",
    ) -> datetime | None:
        if value is None:
            self.fail(field, "is required")
            return None
        value = as_utc(value)  # without a zone: the foundation's wall clock, as typed
        now = now or datetime.now(UTC)
        if value > now + CLOCK_SKEW:
            self.fail(field, "lies in the future")
        elif value.date() < EARLIEST:
            self.fail(field, "is too far in the past")
        elif not_before and value < not_before:
            self.fail(field, f"lies before {not_before_reason}")
        return value
