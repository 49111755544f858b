"""The foundation's clock, whatever the computer's: a moment without a zone is the Dutch
wall-clock time it was typed as; stored in UTC; its day is the Dutch day."""

from __future__ import annotations

from datetime import UTC, date, datetime

from skot_dossier.domain import clock
from skot_dossier.domain.validation import Validator
from skot_dossier.store import codec


def test_a_moment_without_a_zone_is_dutch_wall_clock_time(computer_zone):
    typed = datetime(2025, 1, 15, 19, 0)  # no zone: as typed in the Netherlands
    assert codec.t(typed) == "2025-01-15T18:00:00+00:00"
    assert Validator().past_moment("at", typed) == datetime(2025, 1, 15, 18, 0, tzinfo=UTC)
    assert clock.as_utc(datetime(2025, 7, 15, 8, 30)) == datetime(2025, 7, 15, 6, 30, tzinfo=UTC)


def test_the_day_of_a_moment_is_the_dutch_day(computer_zone):
    just_after_midnight = datetime(2025, 2, 28, 23, 30, tzinfo=UTC)  # 00:30 on 1 March there
    assert clock.local_date(just_after_midnight) == date(2025, 3, 1)
    assert clock.today() == datetime.now(clock.LOCAL).date()
