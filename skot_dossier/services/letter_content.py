"""What goes into a letter: letterhead, signer, recipients and the fields the vault knows.

Assembly only: nothing here checks a permission or writes to the vault. The
correspondence service calls these after it has authorized the access, and
stores what they return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from skot_dossier.documents import dutch_date
from skot_dossier.documents.letters import Letterhead, Recipient, Signer, letter_template
from skot_dossier.domain import clock
from skot_dossier.domain.clock import local_date
from skot_dossier.domain.enums import MandateKind, PartyRole, PersonKind
from skot_dossier.domain.model import Decision, Mandate, Person, School
from skot_dossier.errors import SkotError
from skot_dossier.protocol import engine
from skot_dossier.protocol.calendar import (
    HolidayCalendar,
    deadline_for,
    last_school_day,
    next_working_day,
)
from skot_dossier.protocol.model import Protocol
from skot_dossier.services import mandates
from skot_dossier.services.rules import (
    INTENTION,
    counts_school_days,
    facts_of,
    holidays,
    protocol_of,
)
from skot_dossier.services.session import Session
from skot_dossier.services.settings import get_setting
from skot_dossier.store import cases, people
from skot_dossier.store import decisions as decision_store
from skot_dossier.store import letters as letter_store

INSPECTIE_NOTICE = "inspectie_suspension_notice"
TUSSENVOEGSELS = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "uit"}


class LetterRefused(SkotError):
    code = "letter_refused"


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def family_name(full_name: str) -> str:
    """ "Jan van den Berg" -> "van den Berg"; "Ayşe Yılmaz" -> "Yılmaz"."""
    tokens = full_name.split()
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower() in TUSSENVOEGSELS:
            return " ".join(tokens[i:])
    return tokens[-1] if tokens else ""


def letterhead(session: Session, person: Person) -> Letterhead:
    schools = {s.id: s for s in people.schools(session.db)}
    school = schools[sorted(person.school_ids)[0]] if person.school_ids else None
    foundation = get_setting(session, "foundation.name", "") or ""
    address = lines(get_setting(session, "foundation.address", "") or "")
    if not foundation:
        raise LetterRefused("letter_no_foundation")
    return Letterhead(
        foundation_name=foundation,
        foundation_address_lines=address,
        school_name=school.name if school else "",
        school_address_lines=(
            school.address.street,
            f"{school.address.postcode} {school.address.town}",
        )
        if school
        else (),
        place=school.address.town if school else (address[-1] if address else ""),
        phone=get_setting(session, "foundation.phone", "") or "",
        email=get_setting(session, "foundation.email", "") or "",
    )


def signer(mandate: Mandate) -> Signer:
    """The signature block, as the mandate register names the signer."""
    return Signer(name=mandate.holder_name, role=mandate.holder_role, mandate=mandate.wording)


def recipients(
    session: Session, person: Person, letter_type: str, incident_id: str | None = None
) -> list[Recipient]:
    """Who this kind of letter can go to, for this person."""
    audience = letter_template(letter_type).audience
    if audience == "employee":
        if person.address is None:
            raise LetterRefused("letter_no_staff_address")
        a = person.address
        return [
            Recipient(
                person.full_name,
                _salutation(person.salutation.value),
                (a.street, f"{a.postcode} {a.town}"),
                person.family_name,
            )
        ]
    if audience == "inspectie":
        name = get_setting(session, "inspectie.name", "Inspectie van het Onderwijs") or ""
        address = lines(get_setting(session, "inspectie.address", "") or "")
        if not address:
            raise LetterRefused("letter_no_inspectie_address")
        return [Recipient(name, "neutral", address)]
    pupil = pupil_of_letter(session, person, letter_type, incident_id) or person
    if not pupil.guardians:
        raise LetterRefused("letter_no_guardian")
    return [
        Recipient(
            g.name,
            _salutation(g.salutation.value),
            (g.address.street, f"{g.address.postcode} {g.address.town}"),
            family_name(g.name),
        )
        for g in pupil.guardians
    ]


def _salutation(value: str) -> Literal["heer", "mevrouw", "neutral"]:
    if value == "heer":
        return "heer"
    if value == "mevrouw":
        return "mevrouw"
    return "neutral"


def pupil_of_letter(
    session: Session, person: Person, letter_type: str, incident_id: str | None
) -> Person | None:
    """The pupil a letter is about: the dossier's pupil, or for a letter to a victim's
    parents the pupil the incident happened to (never the one who did it)."""
    if letter_template(letter_type).audience != "victim_parents":
        return person if person.kind is PersonKind.PUPIL else None
    victim = victim_of(session, incident_id)
    if victim is None:
        raise LetterRefused("letter_no_victim")
    return victim


def victim_of(session: Session, incident_id: str | None) -> Person | None:
    """The pupil an incident happened to, if one is named as its victim."""
    if not incident_id:
        return None
    found = cases.get_incidents(session.db, [incident_id])
    victims = [
        p.person_id for p in (found[0].parties if found else ()) if p.role is PartyRole.VICTIM
    ]
    persons = people.get_persons(session.db, victims)
    return next((p for p in persons if p.kind is PersonKind.PUPIL), None)


@dataclass(frozen=True)
class KnownFields:
    """What the vault knows for a letter, and which of it a letter may not contradict."""

    values: dict[str, str | bool]
    derived: frozenset[str]
    """Fields that follow from the dossier or the decision; a caller cannot override
    them (the grounds of an intention, the duration, the Inspectie sentence, ...)."""


def known_fields(
    session: Session,
    person: Person,
    decision: Decision | None,
    letter_type: str,
    incident_id: str | None = None,
    letter_date: date | None = None,
) -> KnownFields:
    """Everything the vault already knows that this letter asks for."""
    preset: dict[str, str | bool] = {}
    contact = get_setting(session, "letters.contact_person", "") or ""
    if contact:
        preset["contact_person"] = contact
    values: dict[str, str | bool] = {}
    pupil = pupil_of_letter(session, person, letter_type, incident_id)
    if pupil is not None:
        values["pupil_name"] = pupil.full_name
        values["pupil_group"] = pupil.group
        school = _school_of(session, pupil)
        if school is not None:
            values["school_code"] = school.brin
    if decision is not None:
        day = letter_date or clock.today()
        values.update(_decision_fields(session, decision, letter_type, day))
        values.update(_decision_mandate(session, person, decision, day))
    return KnownFields({**preset, **values}, frozenset(values))


def _decision_mandate(
    session: Session, person: Person, decision: Decision, letter_date: date
) -> dict[str, str | bool]:
    """Under which mandate the decider decided: the wording of the mandate to sign
    for the board that they held on the day of the decision (protocol: a decision
    "signed by someone authorised"). Known, it cannot be contradicted in the letter;
    only where the register names no mandate of the decider is it typed."""
    on = decision.decided_on or letter_date
    mandate = mandates.held_by(
        session, decision.decider_name, MandateKind.SIGN_LETTERS, person.school_ids, on
    )
    if mandate is None:
        return {}
    return {"decision_mandate": mandate.wording or "in mandaat van het bevoegd gezag"}


def _school_of(session: Session, person: Person) -> School | None:
    schools = {s.id: s for s in people.schools(session.db)}
    return schools.get(sorted(person.school_ids)[0]) if person.school_ids else None


def _decision_fields(
    session: Session, decision: Decision, letter_type: str, letter_date: date
) -> dict[str, str | bool]:
    protocol = protocol_of(session, decision)
    values: dict[str, str | bool] = {
        "grounds": decision.grounds,
        "reasons": decision.grounds,
        "facts": decision.facts_relied_on,
        "decision_maker": decision.decider_name,
    }
    if decision.hearing_date:
        values["hearing_date"] = dutch_date(decision.hearing_date)
        values["conversation_date"] = dutch_date(decision.hearing_date)
    if decision.hearing_summary:
        values["hearings"] = decision.hearing_summary
    if decision.decided_on:
        values["decision_date"] = dutch_date(decision.decided_on)
        values["dismissal_date"] = dutch_date(decision.decided_on)
    if decision.facts_known_at:
        values["facts_known_date"] = dutch_date(local_date(decision.facts_known_at))
    values["view_given"] = bool(decision.subject_view and decision.view_recorded_on)
    if decision.view_recorded_on:
        values["view_date"] = dutch_date(decision.view_recorded_on)
    if decision.subject_view:
        values["view_summary"] = decision.subject_view
    if "ordemaatregel" in decision.measure_key:
        values["order_measure"] = True
    elif "schorsing_disciplinair" in decision.measure_key:
        values["order_measure"] = False
    measure = protocol.measure(decision.measure_key)
    if INSPECTIE_NOTICE in measure.letters:
        # The parents' letter says the Inspectie is informed exactly when the
        # protocol sends the notice (a suspension longer than one day).
        sent = engine.letters_for(protocol, measure.key, facts_of(decision))
        values["inspectie_informed"] = any(letter.id == INSPECTIE_NOTICE for letter in sent)
    school_days = counts_school_days(protocol, decision.measure_key)
    values.update(_duration(decision, school_days, holidays(session)))
    values.update(_intention(session, protocol, decision, letter_type, letter_date))
    return values


def _duration(decision: Decision, school: bool, calendar: HolidayCalendar) -> dict[str, str]:
    days, start = decision.duration_days, decision.start_date
    if not days:
        return {}
    unit = (
        ("schooldag" if days == 1 else "schooldagen")
        if school
        else ("dag" if days == 1 else "dagen")
    )
    result = {"duration": f"{days} {unit}"}
    if start:
        end = last_school_day(start, days, calendar) if school else start + timedelta(days=days - 1)
        result.update(
            start_date=dutch_date(start, weekday=school), end_date=dutch_date(end, weekday=school)
        )
    return result


def _intention(
    session: Session, protocol: Protocol, decision: Decision, letter_type: str, letter_date: date
) -> dict[str, str]:
    """For an intention letter: the end of the view period; for a decision letter: the
    grounds, date and kenmerk of the intention letter it answers."""
    if decision.stage == INTENTION:
        rule = protocol.measure(decision.measure_key).view_period
        if rule is None:
            return {}
        # The period runs from receipt; a letter posted today arrives the next working day.
        anchors = {
            "intention_sent": letter_date,
            "intention_received": next_working_day(letter_date),
        }
        due = deadline_for(rule, anchors, holidays(session))
        return {"view_deadline": dutch_date(due)} if due else {}
    follows = letter_template(letter_type).follows
    intention = decision_store.get(session.db, decision.intention_id or "")
    if intention is None:
        return {}
    values = {"grounds": intention.grounds}
    sent = letter_store.final_letter_of_type(session.db, intention.id, follows) if follows else None
    if sent is not None and sent.letter_date is not None:
        values.update(
            intention_date=dutch_date(sent.letter_date), intention_reference=sent.reference
        )
    return values
