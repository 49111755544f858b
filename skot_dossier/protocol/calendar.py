"""Date arithmetic for deadlines and letters: days, weeks, months and school days.

This module is the one place where school days are counted: deadlines,
durations and the dates printed in letters all call it.

Rules:
- ``days`` / ``weeks``: plain calendar arithmetic.
- ``months``: calendar months; a day that does not exist in the target month is
  clamped to its last day (31 January + 1 month = 28 or 29 February).
- ``school_days``: count forward over Monday–Friday days that are not in a
  holiday range; the start day itself is not counted. Zero school days is the
  start day.
- a run of school days (a pupil's suspension of N school days) starts on a
  school day and ends on its Nth school day: :func:`last_school_day`.
- working days (post delivery): Monday to Friday.

No rule silently moves a due date off a weekend; where the law does that for a
period, the protocol data must say so and the caller applies it.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from skot_dossier.protocol.errors import HolidayRangeError, NotASchoolDay
from skot_dossier.protocol.model import DeadlineRule

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Holiday:
    start: date
    end: date
    """Last day of the holiday (inclusive)."""
    name: str


@dataclass(frozen=True)
class HolidayCalendar:
    """School holidays as inclusive date ranges (supplied by the settings)."""

    holidays: tuple[Holiday, ...] = ()

    @classmethod
    def from_ranges(cls, ranges: Iterable[tuple[date, date, str]]) -> HolidayCalendar:
        holidays = []
        for start, end, name in ranges:
            if end < start:
                raise HolidayRangeError(name=name, end=end)
            holidays.append(Holiday(start, end, name))
        return cls(tuple(sorted(holidays, key=lambda h: (h.start, h.end))))

    def holiday_on(self, day: date) -> Holiday | None:
        return next((h for h in self.holidays if h.start <= day <= h.end), None)

    def is_holiday(self, day: date) -> bool:
        return self.holiday_on(day) is not None

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and not self.is_holiday(day)


NO_HOLIDAYS = HolidayCalendar()


def example_holidays(year: int) -> HolidayCalendar:
    """A FICTITIOUS holiday set for demos and tests, starting in school year ``year``.

    These are invented example dates, NOT the real school holidays of any region
    or school; the foundation enters its real holidays in the settings.
    """
    return HolidayCalendar.from_ranges(
        [
            (date(year, 10, 19), date(year, 10, 23), "Voorbeeld: herfstvakantie"),
            (date(year, 12, 21), date(year + 1, 1, 1), "Voorbeeld: kerstvakantie"),
            (date(year + 1, 2, 15), date(year + 1, 2, 19), "Voorbeeld: voorjaarsvakantie"),
            (date(year + 1, 4, 26), date(year + 1, 5, 7), "Voorbeeld: meivakantie"),
            (date(year + 1, 7, 12), date(year + 1, 8, 20), "Voorbeeld: zomervakantie"),
        ]
    )


def add_months(start: date, months: int) -> date:
    """Calendar months with end-of-month clamping."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def add_school_days(start: date, amount: int, holidays: HolidayCalendar = NO_HOLIDAYS) -> date:
    day, left = start, amount
    while left > 0:
        day += _ONE_DAY
        holiday = holidays.holiday_on(day)
        if holiday is not None:
            day = holiday.end  # jump over the whole range; next loop step leaves it
            continue
        if day.weekday() < 5:
            left -= 1
    return day


def last_school_day(first: date, count: int, holidays: HolidayCalendar = NO_HOLIDAYS) -> date:
    """The last day of a run of ``count`` school days that starts on ``first``.

    ``first`` must itself be a school day: a weekend day or a holiday cannot be the
    first day of a suspension.
    """
    if count < 1:
        raise ValueError("a run of school days has at least one day")
    if not holidays.is_school_day(first):
        raise NotASchoolDay()
    return add_school_days(first, count - 1, holidays)


def next_working_day(day: date) -> date:
    """The first Monday–Friday after ``day`` (when a letter posted that day arrives)."""
    following = day + _ONE_DAY
    while following.weekday() >= 5:
        following += _ONE_DAY
    return following


def count_school_days(first: date, last: date, holidays: HolidayCalendar = NO_HOLIDAYS) -> int:
    """School days from ``first`` through ``last`` inclusive (0 when last < first)."""
    count, day = 0, first
    while day <= last:
        count += holidays.is_school_day(day)
        day += _ONE_DAY
    return count


def add_period(
    start: date, amount: int, unit: str, holidays: HolidayCalendar = NO_HOLIDAYS
) -> date:
    """``start`` plus ``amount`` of ``unit`` (days, school_days, weeks, months)."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    if unit == "days":
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    if unit == "months":
        return add_months(start, amount)
    if unit == "school_days":
        return add_school_days(start, amount, holidays)
    raise ValueError(f"unknown unit {unit!r}")


def deadline_for(
    rule: DeadlineRule,
    anchor_dates: Mapping[str, date],
    holidays: HolidayCalendar = NO_HOLIDAYS,
) -> date | None:
    """The due date of ``rule``, or None while the date it counts from is not known.

    ``anchor_dates`` maps anchor names (``decision_date``, ``intention_sent``, ...)
    and, for chained rules, ``"deadline.<id>"`` to dates.
    """
    start = anchor_dates.get(rule.anchor)
    if start is None:
        return None
    return add_period(start, rule.amount, rule.unit, holidays)
