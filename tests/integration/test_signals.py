"""Directors act on signals about staff members' posts (protocol, Profileren).

A director who records a signal about a staff member gets a follow-up
deadline, as long as the protocol data says; it is listed with the other
deadlines and marked done like them.
"""

from __future__ import annotations

from datetime import date

from skot_dossier.domain.drafts import PartyDraft
from skot_dossier.protocol.calendar import add_school_days
from skot_dossier.protocol.loader import default_protocol
from skot_dossier.services import deadlines, incidents
from tests.integration.letter_cases import staff_dossier_id
from tests.vaults import incident_draft

RULE = default_protocol().signals[0].rule


def _signal_rows(session):
    overview = deadlines.deadlines_overview(session, horizon_days=60)
    return [d for d in (*overview.overdue, *overview.upcoming) if d.rule_id == RULE.id]


def test_a_director_recording_a_signal_about_staff_gets_a_deadline(world):
    director = world.as_role("director")
    incident = incidents.record_incident(
        director,
        incident_draft(
            world.school_a, world.staff_a, parties=(PartyDraft(world.staff_a.id, "subject"),)
        ),
    )
    (row,) = _signal_rows(director)
    assert row.dossier_id == staff_dossier_id(world) and row.incident_id == incident.id
    assert row.due == add_school_days(date.today(), RULE.amount)
    assert row.label_nl == RULE.label_nl and row.basis == RULE.basis
    assert [r.id for r in _signal_rows(world.as_role("hr"))] == [row.id]
    entry = [e for e in world.admin.vault.audit.entries() if e.object_id == incident.id][0]
    assert entry.details_dict()["signal_deadlines"] == 1
    deadlines.complete_deadline(director, row.id)
    assert _signal_rows(director) == []


def test_no_signal_deadline_for_hr_or_for_a_pupils_post(world):
    hr = world.as_role("hr")
    incidents.record_incident(
        hr,
        incident_draft(
            world.school_a, world.staff_a, parties=(PartyDraft(world.staff_a.id, "subject"),)
        ),
    )
    director = world.as_role("director")
    incidents.record_incident(director, incident_draft(world.school_a, world.pupil_a))
    assert _signal_rows(hr) == [] and _signal_rows(director) == []


def test_erasing_the_dossier_removes_its_signal_deadline(world):
    """A deadline without a decision belongs to its dossier and goes with it."""
    from datetime import date as day

    from skot_dossier.services import people, privacy, settings
    from tests.vaults import staff_draft

    settings.set_setting(world.admin, "retention.two_person_approval", "false")
    hr = world.as_role("hr")
    person, dossier = people.create_person(
        hr,
        staff_draft(
            world.school_a,
            "P-70",
            given_name="Anna",
            family_name="Vertrokken",
            employment_end=day(2020, 1, 31),
        ),
    )
    director = world.as_role("director")
    incidents.record_incident(
        director,
        incident_draft(world.school_a, person, parties=(PartyDraft(person.id, "subject"),)),
    )
    assert [r.dossier_id for r in _signal_rows(hr)] == [dossier.id]
    receipt = privacy.erase_dossier(hr, dossier.id)
    assert receipt.counts["deadlines"] == 1
    assert _signal_rows(hr) == []
