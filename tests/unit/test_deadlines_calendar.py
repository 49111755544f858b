"""Deadline arithmetic: concrete cases and properties."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skot_dossier.protocol.calendar import (
    NO_HOLIDAYS,
    HolidayCalendar,
    add_months,
    add_period,
    add_school_days,
    count_school_days,
    example_holidays,
    last_school_day,
    next_working_day,
)
from skot_dossier.protocol.errors import HolidayRangeError, NotASchoolDay
from skot_dossier.protocol.model import DEADLINE_ANCHOR_PREFIX

CHRISTMAS_2026 = HolidayCalendar.from_ranges(
    [(date(2026, 12, 19), date(2027, 1, 3), "Kerstvakantie (voorbeeld)")]
)

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@st.composite
def holiday_calendars(draw: st.DrawFn) -> HolidayCalendar:
    ranges = draw(
        st.lists(st.tuples(dates, st.integers(min_value=0, max_value=30)), min_size=0, max_size=8)
    )
    return HolidayCalendar.from_ranges(
        (start, start + timedelta(days=length), f"H{i}") for i, (start, length) in enumerate(ranges)
    )


# --- concrete cases ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        (date(2026, 3, 2), 6, "weeks", date(2026, 4, 13)),
        (date(2026, 3, 2), 3, "weeks", date(2026, 3, 23)),
        (date(2026, 3, 2), 10, "days", date(2026, 3, 12)),
        (date(2026, 1, 31), 1, "months", date(2026, 2, 28)),
        (date(2028, 1, 31), 1, "months", date(2028, 2, 29)),
        (date(2026, 3, 31), 2, "months", date(2026, 5, 31)),
        (date(2026, 12, 31), 2, "months", date(2027, 2, 28)),
        (date(2026, 11, 15), 3, "months", date(2027, 2, 15)),
        (date(2026, 3, 6), 1, "school_days", date(2026, 3, 9)),  # Friday -> Monday
        (date(2026, 3, 7), 1, "school_days", date(2026, 3, 9)),  # Saturday -> Monday
        (date(2026, 3, 2), 5, "school_days", date(2026, 3, 9)),
        (date(2026, 3, 2), 0, "school_days", date(2026, 3, 2)),
        (date(2026, 3, 2), 0, "months", date(2026, 3, 2)),
    ],
)
def test_add_period(start: date, amount: int, unit: str, expected: date):
    assert add_period(start, amount, unit, NO_HOLIDAYS) == expected


def test_year_end_school_day_skips_christmas():
    assert add_period(date(2026, 12, 31), 1, "school_days", CHRISTMAS_2026) == date(2027, 1, 4)
    assert add_period(date(2026, 12, 18), 1, "school_days", CHRISTMAS_2026) == date(2027, 1, 4)
    assert add_period(date(2026, 12, 17), 2, "school_days", CHRISTMAS_2026) == date(2027, 1, 4)
    assert add_period(date(2026, 12, 31), 1, "school_days") == date(2027, 1, 1)


def test_overlapping_and_adjacent_holidays_are_all_skipped():
    holidays = HolidayCalendar.from_ranges(
        [
            (date(2026, 5, 4), date(2026, 5, 8), "A"),
            (date(2026, 5, 7), date(2026, 5, 12), "B"),
            (date(2026, 5, 13), date(2026, 5, 13), "C"),
        ]
    )
    assert add_school_days(date(2026, 5, 1), 1, holidays) == date(2026, 5, 14)
    assert count_school_days(date(2026, 5, 1), date(2026, 5, 14), holidays) == 2


def test_bad_inputs():
    with pytest.raises(ValueError, match="negative"):
        add_period(date(2026, 1, 1), -1, "days")
    with pytest.raises(ValueError, match="unknown unit"):
        add_period(date(2026, 1, 1), 1, "fortnights")
    with pytest.raises(HolidayRangeError):
        HolidayCalendar.from_ranges([(date(2026, 2, 1), date(2026, 1, 1), "Backwards")])


def test_example_holidays_are_labelled_as_examples():
    example = example_holidays(2026)
    assert example.holidays
    assert all(h.name.startswith("Voorbeeld:") for h in example.holidays)
    assert example.is_holiday(date(2026, 12, 25))
    assert not example.is_school_day(date(2026, 12, 28))
    assert example.is_school_day(date(2027, 1, 4))


def test_school_day_count():
    assert count_school_days(date(2026, 3, 2), date(2026, 3, 8)) == 5
    assert count_school_days(date(2026, 3, 8), date(2026, 3, 2)) == 0
    assert DEADLINE_ANCHOR_PREFIX == "deadline."


# --- properties ---------------------------------------------------------------------------


@settings(max_examples=300)
@given(start=dates, amount=st.integers(min_value=1, max_value=60), holidays=holiday_calendars())
def test_school_day_results_are_school_days(start: date, amount: int, holidays: HolidayCalendar):
    result = add_school_days(start, amount, holidays)
    assert result > start
    assert result.weekday() < 5
    assert not holidays.is_holiday(result)
    # Exactly `amount` school days after the start day, up to and including the result.
    assert count_school_days(start + timedelta(days=1), result, holidays) == amount


@settings(max_examples=200)
@given(start=dates, n=st.integers(min_value=0, max_value=40), holidays=holiday_calendars())
def test_school_days_are_strictly_monotonic(start: date, n: int, holidays: HolidayCalendar):
    assert add_school_days(start, n, holidays) < add_school_days(start, n + 1, holidays)


@settings(max_examples=200)
@given(
    start=dates,
    a=st.integers(min_value=0, max_value=20),
    b=st.integers(min_value=0, max_value=20),
    holidays=holiday_calendars(),
)
def test_school_days_compose(start: date, a: int, b: int, holidays: HolidayCalendar):
    stepwise = add_school_days(add_school_days(start, a, holidays), b, holidays)
    if a == 0 and not holidays.is_school_day(start):
        return  # zero steps leave a non-school start day where it is
    assert stepwise == add_school_days(start, a + b, holidays)


@settings(max_examples=300)
@given(start=dates, months=st.integers(min_value=0, max_value=60))
def test_months_clamp_to_month_end_and_never_go_back(start: date, months: int):
    result = add_months(start, months)
    assert result >= start
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last)
    assert add_months(start, months + 1) >= result


@given(start=dates, amount=st.integers(min_value=0, max_value=500))
def test_days_and_weeks(start: date, amount: int):
    assert add_period(start, amount, "days") == start + timedelta(days=amount)
    assert add_period(start, amount, "weeks") == add_period(start, amount * 7, "days")


# --- runs of school days (a pupil's suspension) and post delivery -----------------------


def test_a_run_of_school_days_skips_weekends_and_holidays():
    # Friday 18 December 2026, then the Christmas holiday: the second day is 4 January.
    assert last_school_day(date(2026, 12, 18), 2, CHRISTMAS_2026) == date(2027, 1, 4)
    assert last_school_day(date(2026, 3, 6), 3) == date(2026, 3, 10)  # Fri, Mon, Tue
    assert last_school_day(date(2026, 3, 2), 1) == date(2026, 3, 2)


@pytest.mark.parametrize("first", [date(2026, 3, 7), date(2026, 3, 8), date(2026, 12, 21)])
def test_a_run_of_school_days_cannot_start_on_a_weekend_or_holiday(first):
    with pytest.raises(NotASchoolDay):
        last_school_day(first, 3, CHRISTMAS_2026)


@given(dates, st.integers(min_value=1, max_value=40), holiday_calendars())
@settings(max_examples=200)
def test_a_run_of_n_school_days_holds_n_school_days(first, count, holidays):
    if not holidays.is_school_day(first):
        return
    last = last_school_day(first, count, holidays)
    assert holidays.is_school_day(last)
    assert count_school_days(first, last, holidays) == count


@pytest.mark.parametrize(
    ("sent", "arrives"),
    [
        (date(2026, 3, 2), date(2026, 3, 3)),  # Monday -> Tuesday
        (date(2026, 3, 6), date(2026, 3, 9)),  # Friday -> Monday
        (date(2026, 3, 7), date(2026, 3, 9)),  # Saturday -> Monday
    ],
)
def test_a_posted_letter_arrives_on_the_next_working_day(sent, arrives):
    assert next_working_day(sent) == arrives
