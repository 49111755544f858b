"""Authorization returns a grant; the unit of work logs exactly that grant.

A break-the-glass access is flagged in its own audit entry, and nothing is
left on the (shared) session for the next call, or another thread, to pick up.
"""

from __future__ import annotations

import threading

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import incidents, people, privacy
from skot_dossier.services.permissions import PermissionDenied, authorize
from skot_dossier.services.session import Session
from tests.vaults import incident_draft, pupil_draft

REASON = "Leerling staat vandaag op onze school; de ouders vragen om informatie"


def _glass(entry) -> bool:
    return entry.details_dict().get("flag") == "break-glass"


def _new_entries(world, before):
    return world.admin.vault.audit.entries(after_seq=before)


def test_a_refused_edit_leaves_nothing_for_the_next_ordinary_list(world):
    director = world.as_role("director")
    privacy.break_glass(director, world.pupil_b.id, REASON)
    before = world.admin.vault.audit.head().seq
    # Authorized through the glass, then refused by validation: nothing is logged ...
    with pytest.raises(ValidationError):
        people.set_dossier_status(director, world.dossier_b.id, "no-such-status", "reden")
    assert _new_entries(world, before) == []
    # ... and the director's next ordinary list is not a break-the-glass access.
    people.list_dossiers(director)
    (listed,) = _new_entries(world, before)
    assert listed.action == "list"
    assert not _glass(listed)
    assert listed.purpose == "test"  # the session's purpose, not the emergency reason
    assert listed.details_dict()["operation"] == "dossier.list"


def test_the_access_that_relies_on_the_glass_records_that_grant(world):
    director = world.as_role("director")
    privacy.break_glass(director, world.pupil_b.id, REASON)
    before = world.admin.vault.audit.head().seq
    people.open_dossier(director, world.dossier_b.id)
    people.open_dossier(director, world.dossier_a.id)  # own school: no glass needed
    glass_view, own_view = _new_entries(world, before)
    assert _glass(glass_view)
    assert glass_view.purpose == REASON
    assert glass_view.details_dict()["break_glass"] == [world.pupil_b.id]
    assert glass_view.details_dict()["operation"] == "dossier.view"
    assert not _glass(own_view) and own_view.purpose == "test"
    grant = authorize(
        director, "dossier.view", world.pupil_b.school_ids, subject_id=world.pupil_b.id
    )
    assert grant.break_glass is not None and grant.break_glass.reason == REASON
    assert director.grants == {world.pupil_b.id: REASON}  # only the grant itself is kept


def test_two_threads_on_one_session_do_not_swap_grants(world):
    director = world.as_role("director")
    privacy.break_glass(director, world.pupil_b.id, REASON)
    before = world.admin.vault.audit.head().seq
    rounds = 40
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def run(work) -> None:
        try:
            start.wait()
            for _ in range(rounds):
                work()
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [
        threading.Thread(
            target=run, args=(lambda: people.open_dossier(director, world.dossier_b.id),)
        ),
        threading.Thread(target=run, args=(lambda: people.list_dossiers(director),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    entries = _new_entries(world, before)
    views = [e for e in entries if e.action == "view"]
    lists = [e for e in entries if e.action == "list"]
    assert len(views) == len(lists) == rounds
    assert all(_glass(e) and e.purpose == REASON for e in views)
    assert not any(_glass(e) or e.purpose == REASON for e in lists)


def test_hr_opening_a_case_of_unknown_pupils_through_the_glass_is_flagged(world):
    director = world.as_role("director")
    pupil, _ = people.create_person(director, pupil_draft(world.school_a, "L-90", given="Zoë"))
    incident = incidents.record_incident(director, incident_draft(world.school_a, pupil))
    hr = Session(world.admin.vault, Actor("Hanna HR", "hr", "user-hr-2"), "test")
    with pytest.raises(PermissionDenied) as denied:
        incidents.get_incident(hr, incident.id)
    assert denied.value.can_break_glass and denied.value.target_id == incident.id
    privacy.break_glass(hr, incident.id, "Klacht van de ouders ligt bij het bestuur")
    before = world.admin.vault.audit.head().seq
    incidents.get_incident(hr, incident.id)
    (view,) = _new_entries(world, before)
    assert _glass(view) and view.details_dict()["break_glass"] == [incident.id]
    assert view.purpose == "Klacht van de ouders ligt bij het bestuur"


def test_break_the_glass_is_refused_and_logged_for_a_role_that_may_not(world):
    po = world.as_role("privacy_officer")
    before = world.admin.vault.audit.head().seq
    with pytest.raises(PermissionDenied) as denied:
        privacy.break_glass(po, world.pupil_b.id, "Ik wil even meekijken in dit dossier")
    assert not denied.value.can_break_glass
    (entry,) = _new_entries(world, before)
    assert (entry.action, entry.details_dict()["operation"]) == ("denied", "privacy.break_glass")
    assert po.grants == {}
