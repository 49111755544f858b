"""A moment's date is the Dutch date, whatever the machine's time zone."""

from __future__ import annotations

from datetime import datetime

from skot_dossier.domain.clock import LOCAL, local_date
from skot_dossier.services import incidents, people
from tests.vaults import incident_draft


def test_incident_just_after_midnight_is_dated_that_day(world):
    hr = world.as_role("hr")
    moment = datetime(2026, 3, 1, 0, 30, tzinfo=LOCAL)
    incident = incidents.record_incident(
        hr,
        incident_draft(
            world.school_a,
            world.pupil_a,
            occurred_at=moment,
            known_at=moment,
            title="Nachtelijk bericht",
        ),
    )
    entries = [
        t
        for t in people.open_dossier(hr, world.dossier_a.id).timeline
        if t.incident_id == incident.id
    ]
    assert [str(t.happened_on) for t in entries] == ["2026-03-01"]


def test_local_date_across_daylight_saving_changes():
    summer = datetime.fromisoformat("2026-06-30T22:30:00+00:00")  # 00:30 on 1 July
    winter = datetime.fromisoformat("2026-12-31T23:30:00+00:00")  # 00:30 on 1 January
    assert str(local_date(summer)) == "2026-07-01"
    assert str(local_date(winter)) == "2027-01-01"
