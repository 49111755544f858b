"""Dates written out the Dutch way ("25 november 2026"), as letters print them."""

from __future__ import annotations

import datetime

from babel.dates import format_date


def dutch_date(day: datetime.date, *, weekday: bool = False) -> str:
    """``25 november 2026``; with ``weekday=True``: ``woensdag 25 november 2026``."""
    pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
    return format_date(day, pattern, locale="nl")
