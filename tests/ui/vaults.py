"""A small real vault for UI tests: two schools, four users (administrator, HR, a director,
the privacy officer), a pupil, a staff member, an incident with a screenshot. Every name
is invented."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from skot_dossier.domain.drafts import (
    AddressDraft,
    EvidenceDraft,
    GuardianDraft,
    IncidentDraft,
    PartyDraft,
    PersonDraft,
)
from skot_dossier.services import access, evidence, incidents, people
from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import PASSPHRASE

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@dataclass
class UiVault:
    path: Path
    school_a: str
    school_b: str
    pupil_id: str
    pupil_dossier: str
    staff_id: str
    staff_dossier: str
    incident_id: str
    evidence_id: str
    recovery_key: str = ""

    def unlock(self, login: str = "directeur"):
        return access.unlock(self.path, PASSPHRASE, label=login)


def build_ui_vault(path: Path) -> UiVault:
    admin, recovery_key = access.create_vault(
        path, "Beheerder", "admin", PASSPHRASE, keyslot_label="beheer", kdf=INSECURE_TEST_PROFILE
    )
    try:
        school_a = people.add_school(
            admin,
            "Basisschool De Vliegeraar",
            "99A1",
            AddressDraft("Dorpsstraat 1", "7671 AB", "Vriezenveen"),
            "Jan Klaassen",
        )
        school_b = people.add_school(
            admin,
            "Kindcentrum Het Zonnelied",
            "99B2",
            AddressDraft("Kanaalweg 9", "7681 CD", "Vroomshoop"),
            "Marie Bos",
        )
        for name, role, login, schools in (
            ("Fatima Bakker", "hr", "hr", ()),
            ("Jan Klaassen", "director", "directeur", (school_a.id,)),
            ("Priya Ramdin", "privacy_officer", "privacy", ()),
        ):
            access.add_user_with_passphrase(
                admin, name, role, login, PASSPHRASE, schools, kdf=INSECURE_TEST_PROFILE
            )
    finally:
        access.lock(admin)
    director = access.unlock(path, PASSPHRASE, label="directeur")
    try:
        pupil, pupil_dossier = people.create_person(
            director,
            PersonDraft(
                kind="pupil",
                given_name="Şeyma",
                family_name="Yılmaz",
                number="L-1001",
                school_ids=(school_a.id,),
                birth_date=date(2015, 3, 4),
                group="6",
                guardians=(
                    GuardianDraft(
                        "Ayşe Yılmaz",
                        "mevrouw",
                        "moeder",
                        AddressDraft("Kerkweg 2", "7672 CD", "Vroomshoop"),
                    ),
                ),
            ),
        )
        staff, staff_dossier = people.create_person(
            director,
            PersonDraft(
                kind="staff",
                given_name="Łukasz",
                family_name="Wójcik",
                number="P-2001",
                school_ids=(school_a.id,),
                salutation="heer",
                position="Leerkracht groep 6",
                employment_start=date(2019, 8, 1),
            ),
        )
        now = datetime.now().replace(microsecond=0)
        incident = incidents.record_incident(
            director,
            IncidentDraft(
                title="Beledigend filmpje",
                occurred_at=now - timedelta(days=3),
                known_at=now - timedelta(days=2),
                category="insult",
                seriousness="medium",
                school_id=school_a.id,
                parties=(PartyDraft(pupil.id, "subject"), PartyDraft(staff.id, "victim")),
                description="Filmpje over de meester",
                platforms=("tiktok",),
                handles=("@seyma_x",),
                urls=("https://tiktok.example/@seyma_x/1",),
            ),
        )
        item = evidence.add_evidence(
            director, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name="filmpje.png")
        )
    finally:
        access.lock(director)
    return UiVault(
        path,
        school_a.id,
        school_b.id,
        pupil.id,
        pupil_dossier.id,
        staff.id,
        staff_dossier.id,
        incident.id,
        item.id,
        recovery_key,
    )
