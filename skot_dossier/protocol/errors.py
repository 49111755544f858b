"""Errors of the protocol engine."""

from __future__ import annotations

from skot_dossier.errors import SkotError


class ProtocolError(SkotError):
    """A protocol file is missing, unreadable or breaks the schema."""

    code = "protocol_invalid"
    exit_status = 15


class UnknownMeasure(ProtocolError):
    """A measure or ladder reference does not exist in the protocol (or is ambiguous)."""

    code = "protocol_unknown_measure"


class HolidayRangeError(SkotError):
    """A holiday range from the settings is not usable."""

    code = "holiday_range"


class NotASchoolDay(SkotError):
    """A period counted in school days cannot start on a weekend day or a holiday."""

    code = "not_a_school_day"
