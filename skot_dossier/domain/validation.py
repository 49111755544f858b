"""Field validation with problems a person can act on.

Each check returns the cleaned value or records a problem for the field (a code from
:mod:`skot_dossier.problems`, with its parameters), so a form can show every problem
next to its field at once, in the user's language. Nothing is stored until a whole
record validates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlparse

from skot_dossier.domain import clock
from skot_dossier.domain.clock import as_utc
from skot_dossier.errors import SkotError
from skot_dossier.problems import ParamValue, Problem

E = TypeVar("E", bound=StrEnum)

MAX_NAME = 100
MAX_LINE = 200
MAX_TEXT = 20_000
MAX_URL = 2_000
MAX_LINES = 50
NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/.]{0,19}$")
POSTCODE_RE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
EARLIEST = date(1900, 1, 1)
CLOCK_SKEW = timedelta(minutes=10)


class ValidationError(SkotError):
    """Problems per field: ``problems`` maps a field name to its :class:`Problem`."""

    code = "invalid"
    exit_status = 2

    def __init__(self, problems: Mapping[str, Problem]) -> None:
        self.problems = dict(problems)
        self.problem = Problem(self.code)
        Exception.__init__(self, "; ".join(f"{k}: {p.english()}" for k, p in self.problems.items()))

    @classmethod
    def of(cls, field: str, code: str, /, **params: ParamValue) -> ValidationError:
        """One problem on one field."""
        return cls({field: Problem(code, params)})


class Validator:
    """Collects problems per field; ``done()`` raises them all together."""

    def __init__(self) -> None:
        self.problems: dict[str, Problem] = {}

    def fail(self, field: str, code: str, /, **params: ParamValue) -> None:
        """Record the declared problem ``code`` for ``field`` (the first one stays)."""
        self.add(field, Problem(code, params))

    def add(self, field: str, problem: Problem) -> None:
        self.problems.setdefault(field, problem)

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
            self.fail(field, "control_characters")
        if required and not cleaned:
            self.fail(field, "required")
        if len(cleaned) > max_len:
            self.fail(field, "too_long", length=len(cleaned), limit=max_len)
        return cleaned

    def name(self, field: str, value: str | None, *, required: bool = True) -> str:
        cleaned = self.text(field, value, required=required, max_len=MAX_NAME)
        if cleaned and not any(unicodedata.category(c).startswith("L") for c in cleaned):
            self.fail(field, "no_letters")
        return cleaned

    def number(self, field: str, value: str | None) -> str:
        cleaned = self.text(field, value, max_len=20)
        if cleaned and not NUMBER_RE.match(cleaned):
            self.fail(field, "bad_number")
        return cleaned

    def postcode(self, field: str, value: str | None) -> str:
        cleaned = self.text(field, value, max_len=10)
        match = POSTCODE_RE.match(cleaned)
        if cleaned and not match:
            self.fail(field, "bad_postcode")
            return cleaned
        return f"{match.group(1)} {match.group(2).upper()}" if match else cleaned

    def choice(self, field: str, value: object, enum: type[E]) -> E | None:
        try:
            return enum(str(value))
        except ValueError:
            self.fail(field, "not_a_choice")
            return None

    def url(self, field: str, value: str) -> str:
        cleaned = self.text(field, value, max_len=MAX_URL)
        parsed = urlparse(cleaned)
        if cleaned and (parsed.scheme not in ("http", "https") or not parsed.netloc):
            self.fail(field, "bad_url")
        return cleaned

    def lines(self, field: str, values: Iterable[str], *, urls: bool = False) -> tuple[str, ...]:
        result = []
        for value in values:
            if not (value or "").strip():
                continue
            result.append(self.url(field, value) if urls else self.text(field, value))
        if len(result) > MAX_LINES:
            self.fail(field, "too_many_entries", limit=MAX_LINES)
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
        not_before_code: str = "",
    ) -> date | None:
        """``not_before_code`` names the problem of a date before ``not_before``
        (``"before_birth"``); without it the problem names that date."""
        if value is None:
            if required:
                self.fail(field, "required")
            return None
        today = today or clock.today()
        if value > today:
            self.fail(field, "in_future")
        elif value < EARLIEST:
            self.fail(field, "too_far_past")
        elif not_before and value < not_before:
            if not_before_code:
                self.fail(field, not_before_code)
            else:
                self.fail(field, "before_date", date=not_before)
        return value

    def past_moment(
        self,
        field: str,
        value: datetime | None,
        *,
        now: datetime | None = None,
        not_before: datetime | None = None,
        not_before_code: str = "before_occurred",
    ) -> datetime | None:
        if value is None:
            self.fail(field, "required")
            return None
        value = as_utc(value)  # without a zone: the foundation's wall clock, as typed
        now = now or datetime.now(UTC)
        if value > now + CLOCK_SKEW:
            self.fail(field, "in_future")
        elif value.date() < EARLIEST:
            self.fail(field, "too_far_past")
        elif not_before and value < not_before:
            self.fail(field, not_before_code)
        return value
