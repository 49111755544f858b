"""Corrections keep history: who changed what, when, why; the old value stays readable."""

from __future__ import annotations

from skot_dossier.services import incidents, people
from tests.vaults import incident_draft, pupil_draft


def test_person_correction_keeps_old_value(world):
    hr = world.as_role("hr")
    draft = pupil_draft(world.school_a, world.pupil_a.number, family="Yılmaz-Demir")
    updated = people.update_person(hr, world.pupil_a.id, draft, "naam na huwelijk ouders")
    assert updated.family_name == "Yılmaz-Demir"
    (change,) = people.person_history(hr, world.pupil_a.id)
    assert (change.field, change.old_value, change.new_value) == (
        "family_name",
        "Yılmaz",
        "Yılmaz-Demir",
    )
    assert change.changed_by == "test-hr" and change.reason == "naam na huwelijk ouders"


def test_unchanged_update_records_nothing(world):
    hr = world.as_role("hr")
    same = pupil_draft(world.school_a, world.pupil_a.number)
    people.update_person(hr, world.pupil_a.id, same, "geen wijziging")
    assert people.person_history(hr, world.pupil_a.id) == []


def test_incident_correction_and_search_follow_the_new_text(world):
    from skot_dossier.services import search

    hr = world.as_role("hr")
    draft = incident_draft(
        world.school_a,
        world.pupil_a,
        world.staff_a,
        description="Filmpje met bedreiging",
        category="threat",
    )
    incidents.update_incident(hr, world.incident_a.id, draft, "na gesprek bijgesteld")
    fields = {c.field for c in incidents.incident_history(hr, world.incident_a.id)}
    assert {"description", "category"} <= fields
    assert any(h.ref_id == world.incident_a.id for h in search.search(hr, "bedreiging"))


def test_dossier_status_change_is_history_too(world):
    hr = world.as_role("hr")
    people.set_dossier_status(hr, world.dossier_a.id, "closed", "afgerond")
    view = people.open_dossier(hr, world.dossier_a.id)
    assert view.dossier.status.value == "closed" and view.dossier.closed_at is not None


def test_audit_details_never_hold_the_content(world):
    hr = world.as_role("hr")
    draft = pupil_draft(world.school_a, world.pupil_a.number, family="Geheimnaam")
    people.update_person(hr, world.pupil_a.id, draft, "reden met inhoud Geheimreden")
    for entry in world.admin.vault.audit.entries():
        assert "Geheim" not in entry.details and "Yılmaz" not in entry.details


def test_search_follows_a_move_to_another_school(world):
    from datetime import date

    from skot_dossier.services import search

    hr = world.as_role("hr")
    incidents.add_timeline_entry(
        hr, world.dossier_a.id, "note", date.today(), "Vertrouwelijk gesprek over de zwaluwnesten"
    )
    director = world.as_role("director")
    assert search.search(director, "zwaluwnesten")
    moved = pupil_draft(world.school_b, world.pupil_a.number)
    people.update_person(hr, world.pupil_a.id, moved, "verhuisd naar andere school")
    assert search.search(director, "zwaluwnesten") == []
