"""The foundation's wall clock: one rule for every moment in the product.

Moments are stored in UTC. People type and read them as the clock on the wall
in the Netherlands shows them (Europe/Amsterdam), whatever zone the computer
is set to; a moment without a zone is read that way too. An incident at 00:30
on 1 March in Vriezenveen happened on 1 March, not on the UTC date of 28
February. (The ``tzdata`` package supplies the zone where the operating
system has no zone database, as on Windows.)
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")


def as_utc(moment: datetime) -> datetime:
    """The moment in UTC; one without a zone is the foundation's wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL)
    return moment.astimezone(UTC)


def local(moment: datetime) -> datetime:
    """The moment as the foundation's wall clock shows it."""
    return as_utc(moment).astimezone(LOCAL)


def local_date(moment: datetime) -> date:
    return local(moment).date()


def now() -> datetime:
    """Now, on the foundation's wall clock."""
    return datetime.now(LOCAL)


def today() -> date:
    return now().date()
