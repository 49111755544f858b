"""Services the front end needs beyond the basics: recovery, lookups, navigation."""

from __future__ import annotations

import pytest

from skot_dossier.domain.drafts import AddressDraft, PartyDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.errors import WrongPassphrase
from skot_dossier.services import access, incidents, people, privacy, search
from skot_dossier.services.permissions import PermissionDenied
from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.vaults import incident_draft, pupil_draft


def test_a_forgotten_passphrase_is_reset_with_the_recovery_key(tmp_path):
    folder = tmp_path / "V.skotvault"
    admin, recovery_key = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, keyslot_label="beheer", kdf=INSECURE_TEST_PROFILE
    )
    access.add_user_with_passphrase(
        admin, "Hanna", "hr", "hanna", OTHER_PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    access.lock(admin)
    rescue = access.unlock(folder, recovery_key, use_recovery=True)
    status = access.vault_status(rescue)
    assert status.slot_kind == "recovery" and set(status.keyslot_labels) == {"beheer", "hanna"}
    access.reset_passphrase(rescue, "hanna", "een nieuw wachtwoord voor Hanna")
    access.lock(rescue)
    with pytest.raises(WrongPassphrase):
        access.unlock(folder, OTHER_PASSPHRASE, label="hanna")
    hr = access.unlock(folder, "een nieuw wachtwoord voor Hanna", label="hanna")
    with pytest.raises(PermissionDenied):  # HR cannot reset someone else's passphrase
        access.reset_passphrase(hr, "beheer", "overgenomen wachtwoord!!")
    entries = [e.action for e in hr.vault.audit.entries()]
    assert "change-passphrase" in entries
    access.lock(hr)


def test_hr_finds_a_pupil_for_a_case_records_the_reason_then_sees_the_dossier(world):
    director = world.as_role("director")
    pupil, dossier = people.create_person(
        director, pupil_draft(world.school_a, "L-501", given="Ayşe", family="Kaya")
    )
    hr = world.as_role("hr")
    assert all(r.dossier_id != dossier.id for r in people.list_dossiers(hr, limit=1000))
    with pytest.raises(ValidationError):
        privacy.find_pupil_for_case(hr, "ka")
    (found,) = privacy.find_pupil_for_case(hr, "l-501")
    assert (found.name, found.group) == ("Ayşe Kaya", "6")
    privacy.record_case_reason(hr, found.person_id, "Getuige in zaak over leerkracht")
    assert any(r.dossier_id == dossier.id for r in people.list_dossiers(hr, limit=1000))
    assert world.admin.vault.audit.entries()[-1].action in ("list", "need-to-know")
    with pytest.raises(PermissionDenied):
        privacy.find_pupil_for_case(director, "Kaya")


def test_search_hits_lead_to_their_incident_and_hide_pupils_only_cases_from_hr(world):
    director = world.as_role("director")
    pupil, _ = people.create_person(
        director, pupil_draft(world.school_a, "L-502", given="Bram", family="Stoker")
    )
    case = incidents.record_incident(
        director,
        incident_draft(
            world.school_a,
            pupil,
            title="Pesterij via Snapchat",
            description="Snapchat-streak",
            parties=(PartyDraft(pupil.id, "subject"),),
        ),
    )
    hits = [h for h in search.search(director, "Snapchat") if h.kind == "incident"]
    assert [h.incident_id for h in hits] == [case.id]
    links = incidents.dossiers_of_incident(director, case.id)
    assert [(name, part) for _, name, part in links] == [("Bram Stoker", "subject")]
    hr = world.as_role("hr")
    assert all(h.incident_id != case.id for h in search.search(hr, "Snapchat"))
    with pytest.raises(PermissionDenied):
        incidents.get_incident(hr, case.id)
    # A case with a staff member in it is HR's business; the pupil's name stays hidden.
    staff_case = incidents.record_incident(
        director, incident_draft(world.school_a, pupil, world.staff_a, title="Filmpje over de juf")
    )
    shown = incidents.get_incident(hr, staff_case.id)
    names = {p.display_name for p in shown.parties}
    assert "[leerling]" in names and "Bram Stoker" not in names


def test_hr_keeps_the_schools_list(world):
    hr = world.as_role("hr")
    school = people.add_school(
        hr,
        "Kindcentrum De Regenboogvis",
        "99E5",
        AddressDraft("Vaartweg 3", "7681 EF", "Vroomshoop"),
        "Tine Veld",
    )
    assert school.id in {s.id for s in people.list_schools(hr)}
