"""The foundation's wall clock: dates of moments as people in the Netherlands see them.

A moment is stored in UTC; the date it happened on is the Dutch date. An
incident at 00:30 on 1 March in Vriezenveen happened on 1 March, not on the
UTC date of 28 February. (The ``tzdata`` package supplies the zone where the
operating system has no zone database, as on Windows.)
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")


def local_date(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(LOCAL).date()


def today() -> date:
    return datetime.now(LOCAL).date()
