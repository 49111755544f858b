"""One builder for the test vaults, on real SQLCipher; every name in them is invented.

:class:`VaultBuilder` creates a vault (administrator ``beheer``) and adds to it what a
test needs: the two schools, the users ``hr``, ``directeur`` and ``privacy`` with their
own passphrases, pupils, staff members, incidents, evidence and mandates, from the same
drafts. Two recipes are the shared fixtures:

- :func:`build_world` (fixture ``world``, service tests): two schools, two pupils and a
  staff member registered by HR, an incident at each school with a screenshot, and the
  mandates to sign letters and to file a police report; it stays open as the
  administrator, and :meth:`World.as_role` acts as another role in the same vault.
- :func:`build_ui_vault` (fixture ``ui_vault``, UI tests): the two schools, the four
  users, and at school A a pupil, a staff member and an incident with a screenshot, all
  recorded by the director; it is locked, and :meth:`UiVault.unlock` opens it as a user.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.drafts import (
    AddressDraft,
    EvidenceDraft,
    GuardianDraft,
    IncidentDraft,
    PartyDraft,
    PersonDraft,
)
from skot_dossier.domain.model import Dossier, Evidence, Incident, Mandate, Person, School
from skot_dossier.services import access, evidence, incidents, mandates, people
from skot_dossier.services.session import Session
from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import PASSPHRASE

# A real 1x1 PNG: previews decode it.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)
CASE_REASON = "Melding over berichten op sociale media"
SCHOOL_A = ("Basisschool De Vliegeraar", "99A1", ("Dorpsstraat 1", "7671 AB", "Vriezenveen"))
SCHOOL_B = ("Kindcentrum Het Zonnelied", "99B2", ("Kanaalweg 9", "7681 CD", "Vroomshoop"))
DIRECTOR_A, DIRECTOR_B = "Jan Klaassen", "Marie Bos"
# login: (name, role); the director's school is school A.
USERS = {
    "hr": ("Fatima Bakker", "hr"),
    "directeur": (DIRECTOR_A, "director"),
    "privacy": ("Priya Ramdin", "privacy_officer"),
}


# -- drafts ----------------------------------------------------------------------------


def pupil_draft(
    school: School | str,
    number: str,
    given: str = "Şeyma",
    family: str = "Yılmaz",
    *,
    guardian: str = "Ayşe Yılmaz",
    **changes: Any,
) -> PersonDraft:
    values: dict[str, Any] = dict(
        kind="pupil",
        given_name=given,
        family_name=family,
        number=number,
        school_ids=(_id(school),),
        birth_date=date(2015, 3, 4),
        group="6",
        guardians=(
            GuardianDraft(
                guardian, "mevrouw", "moeder", AddressDraft("Kerkweg 2", "7672 CD", "Vroomshoop")
            ),
        ),
    )
    values.update(changes)
    return PersonDraft(**values)


def staff_draft(school: School | str, number: str, **changes: Any) -> PersonDraft:
    values: dict[str, Any] = dict(
        kind="staff",
        given_name="Łukasz",
        family_name="Wójcik",
        number=number,
        school_ids=(_id(school),),
        salutation="heer",
        position="Leerkracht groep 6",
        employment_start=date(2019, 8, 1),
        address=AddressDraft("Laan 3", "7671 AA", "Vriezenveen"),
    )
    values.update(changes)
    return PersonDraft(**values)


def incident_draft(
    school: School | str, subject: Person, victim: Person | None = None, **changes: Any
) -> IncidentDraft:
    parties = [PartyDraft(subject.id, "subject")]
    if victim is not None:
        parties.append(PartyDraft(victim.id, "victim"))
    now = datetime.now().replace(microsecond=0)
    values: dict[str, Any] = dict(
        title="Beledigend filmpje",
        occurred_at=now - timedelta(days=3),
        known_at=now - timedelta(days=2),
        category="insult",
        seriousness="medium",
        school_id=_id(school),
        parties=tuple(parties),
        description="Filmpje over de meester",
        platforms=("tiktok",),
        handles=("@seyma_x",),
        urls=("https://tiktok.example/@seyma_x/1",),
    )
    values.update(changes)
    return IncidentDraft(**values)


def acting(admin: Session, role: str, schools: frozenset[str] = frozenset()) -> Session:
    """The same open vault, acting as a role without a user record of its own."""
    return Session(admin.vault, Actor(f"test-{role}", role, "", schools), "test")


def _id(school: School | str) -> str:
    return school if isinstance(school, str) else school.id


def create_pupil(session: Session, draft: PersonDraft) -> tuple[Person, Dossier]:
    """HR registers a pupil for a case, with the reason HR needs to know."""
    return people.create_person(session, draft, case_reason=CASE_REASON)


# -- the builder -----------------------------------------------------------------------


class VaultBuilder:
    """A new vault at ``path``, open as its administrator (login ``beheer``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.admin, self.recovery_key = access.create_vault(
            path,
            "Beheerder",
            "admin",
            PASSPHRASE,
            keyslot_label="beheer",
            kdf=INSECURE_TEST_PROFILE,
        )

    def school(
        self, spec: tuple[str, str, tuple[str, str, str]], director: str, *, name: str = ""
    ) -> School:
        school_name, brin, address = spec
        return people.add_school(
            self.admin, name or school_name, brin, AddressDraft(*address), director
        )

    def schools(self) -> tuple[School, School]:
        return self.school(SCHOOL_A, DIRECTOR_A), self.school(SCHOOL_B, DIRECTOR_B)

    def users(self, director_schools: tuple[str, ...], names: dict[str, str] | None = None) -> None:
        """The users hr, directeur and privacy, each with the test passphrase."""
        for login, (name, role) in USERS.items():
            schools = director_schools if role == "director" else ()
            access.add_user_with_passphrase(
                self.admin,
                (names or {}).get(login, name),
                role,
                login,
                PASSPHRASE,
                schools,
                kdf=INSECURE_TEST_PROFILE,
            )

    def acting(self, role: str, schools: frozenset[str] = frozenset()) -> Session:
        return acting(self.admin, role, schools)

    def unlock(self, login: str) -> Session:
        return access.unlock(self.path, PASSPHRASE, label=login)

    def screenshot(self, session: Session, incident: Incident, name: str, **meta: Any) -> Evidence:
        return evidence.add_evidence(
            session, incident.id, io.BytesIO(PNG), EvidenceDraft(original_name=name, **meta)
        )

    def mandates(self) -> tuple[Mandate, Mandate]:
        """Who signs for the board and who files police reports for the foundation."""
        signer = mandates.register_mandate(
            self.admin,
            "sign_letters",
            "drs. H. ter Voorde",
            "Voorzitter college van bestuur",
            "namens het bevoegd gezag",
        )
        filer = mandates.register_mandate(
            self.admin, "police_report", "Hanna Şahin", "HR-adviseur", "namens het bevoegd gezag"
        )
        return signer, filer

    def lock(self) -> None:
        access.lock(self.admin)


# -- the service tests' world ----------------------------------------------------------


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
        """The same open vault, acting as another user (a director: of school A)."""
        schools = frozenset({self.school_a.id}) if role == "director" else frozenset()
        return acting(self.admin, role, schools)


def build_world(folder: Path) -> World:
    built = VaultBuilder(folder)
    school_a, school_b = built.schools()
    hr = built.acting("hr")
    pupil_a, dossier_a = create_pupil(hr, pupil_draft(school_a, "L-1001"))
    pupil_b, dossier_b = create_pupil(
        hr, pupil_draft(school_b, "L-1002", given="Nguyễn", family="Thị Lan")
    )
    staff_a, _ = people.create_person(hr, staff_draft(school_a, "P-2001"))
    incident_a = incidents.record_incident(hr, incident_draft(school_a, pupil_a, staff_a))
    incident_b = incidents.record_incident(hr, incident_draft(school_b, pupil_b))
    evidence_a = built.screenshot(hr, incident_a, "a.png")
    evidence_b = built.screenshot(hr, incident_b, "b.png")
    signer, filer = built.mandates()
    return World(
        built.admin,
        school_a,
        school_b,
        pupil_a,
        dossier_a,
        pupil_b,
        dossier_b,
        staff_a,
        incident_a,
        incident_b,
        evidence_a.id,
        evidence_b.id,
        signer.id,
        filer.id,
    )


# -- the UI tests' vault ---------------------------------------------------------------


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

    def unlock(self, login: str = "directeur") -> Session:
        return access.unlock(self.path, PASSPHRASE, label=login)


def build_ui_vault(path: Path) -> UiVault:
    built = VaultBuilder(path)
    try:
        school_a, school_b = built.schools()
        built.users((school_a.id,))
    finally:
        built.lock()
    director = built.unlock("directeur")
    try:
        pupil, pupil_dossier = people.create_person(director, pupil_draft(school_a, "L-1001"))
        staff, staff_dossier = people.create_person(director, staff_draft(school_a, "P-2001"))
        incident = incidents.record_incident(director, incident_draft(school_a, pupil, staff))
        item = built.screenshot(director, incident, "filmpje.png")
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
        built.recovery_key,
    )
