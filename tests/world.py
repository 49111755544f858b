"""A small, fully built vault for service tests: two schools, every role."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.drafts import (
    AddressDraft,
    EvidenceDraft,
    GuardianDraft,
    IncidentDraft,
    PartyDraft,
    PersonDraft,
)
from skot_dossier.domain.model import Dossier, Incident, Person, School
from skot_dossier.services import access, evidence, incidents, mandates, people
from skot_dossier.services.session import Session
from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import PASSPHRASE

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@dataclass
class World:
    admin: Session
    school_a: School
    school_b: School
    pupil_a: Person
    dossier_a: Dossier
    pupil_b: Person
    dossier_b: Dossier
    staff_a: Person
    incident_a: Incident
    incident_b: Incident
    evidence_a: str
    evidence_b: str
    signer_mandate: str = ""
    police_mandate: str = ""

    def as_role(self, role: str) -> Session:
        """The same open vault, acting as another user."""
        schools = frozenset({self.school_a.id}) if role == "director" else frozenset()
        return Session(self.admin.vault, Actor(f"test-{role}", role, "", schools), "test")


def pupil_draft(
    school: School, number: str, given: str = "Şeyma", family: str = "Yılmaz", **changes
) -> PersonDraft:
    values = dict(
        kind="pupil",
        given_name=given,
        family_name=family,
        number=number,
        school_ids=(school.id,),
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
    )
    values.update(changes)
    return PersonDraft(**values)


def staff_draft(school: School, number: str, **changes) -> PersonDraft:
    values = dict(
        kind="staff",
        given_name="Łukasz",
        family_name="Wójcik",
        number=number,
        school_ids=(school.id,),
        salutation="heer",
        position="Leerkracht groep 6",
        employment_start=date(2019, 8, 1),
        address=AddressDraft("Laan 3", "7671 AA", "Vriezenveen"),
    )
    values.update(changes)
    return PersonDraft(**values)


def incident_draft(
    school: School, subject: Person, victim: Person | None = None, **changes
) -> IncidentDraft:
    parties = [PartyDraft(subject.id, "subject")]
    if victim is not None:
        parties.append(PartyDraft(victim.id, "victim"))
    now = datetime.now().replace(microsecond=0)
    values = dict(
        title="Beledigend filmpje",
        occurred_at=now - timedelta(days=3),
        known_at=now - timedelta(days=2),
        category="insult",
        seriousness="medium",
        school_id=school.id,
        parties=tuple(parties),
        description="Filmpje over de juf",
        platforms=("tiktok",),
        handles=("@seyma_x",),
        urls=("https://tiktok.example/@seyma_x/1",),
    )
    values.update(changes)
    return IncidentDraft(**values)


CASE_REASON = "Melding over berichten op sociale media"


def create_pupil(session: Session, draft: PersonDraft):
    """HR registers a pupil for a case, with the reason HR needs to know."""
    return people.create_person(session, draft, case_reason=CASE_REASON)


def build_world(folder: Path) -> World:
    admin, _ = access.create_vault(
        folder, "Beheerder", "admin", PASSPHRASE, keyslot_label="beheer", kdf=INSECURE_TEST_PROFILE
    )
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
    hr = Session(admin.vault, Actor("test-hr", "hr"), "test")
    pupil_a, dossier_a = create_pupil(hr, pupil_draft(school_a, "L-1"))
    pupil_b, dossier_b = create_pupil(
        hr, pupil_draft(school_b, "L-2", given="Nguyễn", family="Thị Lan")
    )
    staff_a, _ = people.create_person(hr, staff_draft(school_a, "P-1"))
    incident_a = incidents.record_incident(hr, incident_draft(school_a, pupil_a, staff_a))
    incident_b = incidents.record_incident(hr, incident_draft(school_b, pupil_b))
    ev_a = evidence.add_evidence(
        hr, incident_a.id, io.BytesIO(PNG), EvidenceDraft(original_name="a.png")
    )
    ev_b = evidence.add_evidence(
        hr, incident_b.id, io.BytesIO(PNG), EvidenceDraft(original_name="b.png")
    )
    signer = mandates.register_mandate(
        admin,
        "sign_letters",
        "drs. H. ter Voorde",
        "Voorzitter college van bestuur",
        "namens het bevoegd gezag",
    )
    filer = mandates.register_mandate(
        admin, "police_report", "Hanna Şahin", "HR-adviseur", "namens het bevoegd gezag"
    )
    return World(
        admin,
        school_a,
        school_b,
        pupil_a,
        dossier_a,
        pupil_b,
        dossier_b,
        staff_a,
        incident_a,
        incident_b,
        ev_a.id,
        ev_b.id,
        signer.id,
        filer.id,
    )
