"""Letters: drafted from the dossier and decision, edited, finalized into the dossier.

The protocol says all correspondence goes into the personnel or pupil file;
here that is automatic: a final letter's PDF and its SHA-256 are stored in
the vault with a timeline entry, and the audit head at that moment is
printed on it. Exports and prints are logged as such.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from skot_dossier.documents import dutch_date
from skot_dossier.documents.errors import LetterError
from skot_dossier.documents.letters import (
    Letterhead,
    LetterRequest,
    LetterText,
    Recipient,
    Signer,
    compose,
    letter_template,
    render_pdf,
)
from skot_dossier.domain import clock
from skot_dossier.domain.enums import PartyRole, PersonKind, TimelineKind
from skot_dossier.domain.model import Decision, Person, TimelineEntry
from skot_dossier.domain.validation import ValidationError, Validator
from skot_dossier.errors import SkotError
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.protocol.calendar import add_school_days
from skot_dossier.services.case_scope import scope_schools
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.permissions import authorize, authorize_subject
from skot_dossier.services.restriction import ensure_dossier_open
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import cases, people
from skot_dossier.store import decisions as decision_store
from skot_dossier.store import letters as letter_store
from skot_dossier.store.codec import now, pd, pt

PROPOSED, DRAFT, FINAL = "proposed", "draft", "final"
TUSSENVOEGSELS = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "uit"}


class LetterRefused(SkotError):
    code = "letter_refused"


@dataclass(frozen=True)
class LetterRecord:
    id: str
    dossier_id: str
    decision_id: str | None
    letter_type: str
    title: str
    status: str
    recipient: str
    reference: str
    letter_date: date | None
    sha256: str
    created_at: datetime
    finalized_at: datetime | None


def _record(row: tuple[Any, ...]) -> LetterRecord:
    created = pt(row[9])
    assert created is not None
    recipient = json.loads(row[5])["name"] if row[5] else ""
    return LetterRecord(
        row[0],
        row[1],
        row[2],
        row[3],
        letter_template(row[3]).title,
        row[4],
        recipient,
        row[6],
        pd(row[7]),
        row[8],
        created,
        pt(row[10]),
    )


def _context(session: Session, dossier_id: str, operation: str) -> tuple[Person, Grant]:
    access = authorize_subject(session, operation, dossier_id=dossier_id)
    return access.person, access.grant


def _load(
    session: Session, letter_id: str, operation: str
) -> tuple[tuple[Any, ...], Person, Grant]:
    row = letter_store.get_letter(session.db, letter_id)
    if row is None:
        raise NotFound()
    return row, *_context(session, row[1], operation)


# -- what goes into a letter ---------------------------------------------------


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def family_name(full_name: str) -> str:
    """ "Jan van den Berg" -> "van den Berg"; "Ayşe Yılmaz" -> "Yılmaz"."""
    tokens = full_name.split()
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower() in TUSSENVOEGSELS:
            return " ".join(tokens[i:])
    return tokens[-1] if tokens else ""


def _letterhead(session: Session, person: Person) -> Letterhead:
    schools = {s.id: s for s in people.schools(session.db)}
    school = schools[sorted(person.school_ids)[0]] if person.school_ids else None
    foundation = get_setting(session, "foundation.name", "") or ""
    address = _lines(get_setting(session, "foundation.address", "") or "")
    if not foundation:
        raise LetterRefused("Enter the foundation's name and address in Settings first.")
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


def _signer(session: Session) -> Signer:
    return Signer(
        name=get_setting(session, "letters.signer_name", "") or session.actor.name,
        role=get_setting(session, "letters.signer_role", "") or "",
        mandate=get_setting(session, "letters.signer_mandate", "") or "",
    )


def _recipients(
    session: Session, person: Person, letter_type: str, incident_id: str | None = None
) -> list[Recipient]:
    """Who this kind of letter can go to, for this person."""
    audience = letter_template(letter_type).audience
    if audience == "employee":
        if person.address is None:
            raise LetterRefused("This staff member has no postal address in the dossier.")
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
        lines = _lines(get_setting(session, "inspectie.address", "") or "")
        if not lines:
            raise LetterRefused("Enter the Inspectie's postal address in Settings first.")
        return [Recipient(name, "neutral", lines)]
    pupil = person
    if audience == "victim_parents":
        pupil = _victim(session, incident_id) or person
    if not pupil.guardians:
        raise LetterRefused("This pupil has no parent or guardian with an address.")
    return [
        Recipient(
            g.name,
            _salutation(g.salutation.value),
            (g.address.street, f"{g.address.postcode} {g.address.town}"),
            family_name(g.name),
        )
        for g in pupil.guardians
    ]


def _salutation(value: str) -> Any:
    return value if value in ("heer", "mevrouw") else "neutral"


def _victim(session: Session, incident_id: str | None) -> Person | None:
    if not incident_id:
        return None
    found = cases.get_incidents(session.db, [incident_id])
    victims = [
        p.person_id for p in (found[0].parties if found else ()) if p.role is PartyRole.VICTIM
    ]
    persons = people.get_persons(session.db, victims)
    return next((p for p in persons if p.kind is PersonKind.PUPIL), None)


def _known_fields(
    session: Session, person: Person, decision: Decision | None
) -> dict[str, str | bool]:
    """Everything the vault already knows that letters ask for."""
    values: dict[str, str | bool] = {}
    contact = get_setting(session, "letters.contact_person", "") or ""
    if contact:
        values["contact_person"] = contact
    if person.kind is PersonKind.PUPIL:
        values["pupil_name"] = person.full_name
        values["pupil_group"] = person.group
    if decision is None:
        return values
    values.update(
        grounds=decision.grounds,
        reasons=decision.grounds,
        facts=decision.facts_relied_on,
        decision_maker=decision.decider_name,
    )
    if decision.hearing_date:
        values["hearing_date"] = dutch_date(decision.hearing_date)
        values["conversation_date"] = dutch_date(decision.hearing_date)
    if decision.hearing_summary:
        values["hearings"] = decision.hearing_summary
    if decision.decided_on:
        values["decision_date"] = dutch_date(decision.decided_on)
    values["view_given"] = bool(decision.subject_view and decision.view_recorded_on)
    if decision.view_recorded_on:
        values["view_date"] = dutch_date(decision.view_recorded_on)
    if decision.subject_view:
        values["view_summary"] = decision.subject_view
    if "ordemaatregel" in decision.measure_key:
        values["order_measure"] = True
    elif "schorsing_disciplinair" in decision.measure_key:
        values["order_measure"] = False
    values.update(_duration(decision))
    values.update(_intention(session, decision))
    return values


def _duration(decision: Decision) -> dict[str, str]:
    days, start = decision.duration_days, decision.start_date
    if not days:
        return {}
    school = decision.measure_key.startswith("pupil.")
    unit = (
        ("schooldag" if days == 1 else "schooldagen")
        if school
        else ("dag" if days == 1 else "dagen")
    )
    result = {"duration": f"{days} {unit}"}
    if start:
        end = add_school_days(start, days - 1) if school else start + timedelta(days=days - 1)
        result.update(
            start_date=dutch_date(start, weekday=school), end_date=dutch_date(end, weekday=school)
        )
    return result


def _intention(session: Session, decision: Decision) -> dict[str, str]:
    """The intention's date and reference, and the end of the view period."""
    values: dict[str, str] = {}
    if decision.stage == "intention":
        for deadline in decision_store.deadlines(
            session.db,
            school_ids=None,
            until=None,
            include_done=True,
            dossier_id=decision.dossier_id,
        ):
            if (
                deadline.decision_id == decision.id
                and deadline.rule_id == "view_period"
                and deadline.due
            ):
                values["view_deadline"] = dutch_date(deadline.due)
        return values
    if not decision.intention_id:
        return values
    intention = decision_store.get(session.db, decision.intention_id)
    if intention and intention.sent_on:
        values["intention_date"] = dutch_date(intention.sent_on)
    reference = letter_store.first_final_reference(session.db, decision.intention_id)
    if reference is not None:
        values["intention_reference"] = reference
    return values


def _next_reference(session: Session, today: date) -> str:
    """The next kenmerk, from a counter that never goes back (letters can be erased)."""
    prefix = get_setting(session, "letters.reference_prefix", "SKOT") or "SKOT"
    key = f"letters.counter.{prefix}.{today.year}"
    with session.db.transaction():
        current = letter_store.counter(session.db, key)
        number = int(current or 0) + 1
        letter_store.set_counter(session.db, key, str(number))
    return f"{prefix}/{today.year}/{number:04d}"


# -- drafting ------------------------------------------------------------------


def missing_fields(
    session: Session,
    dossier_id: str,
    letter_type: str,
    decision_id: str | None = None,
    fields: dict[str, str | bool] | None = None,
) -> list[str]:
    """The fields the user still has to fill in for this letter (for the form)."""
    person, _ = _context(session, dossier_id, "letter.view")
    decision = decision_store.get(session.db, decision_id) if decision_id else None
    known = {**_known_fields(session, person, decision), **(fields or {})}
    template = letter_template(letter_type)
    return [
        n
        for n in template.required_fields
        if n not in known or (isinstance(known[n], str) and not str(known[n]).strip())
    ]


def draft_letter(
    session: Session,
    dossier_id: str,
    letter_type: str,
    *,
    decision_id: str | None = None,
    incident_id: str | None = None,
    recipient_index: int = 0,
    fields: dict[str, str | bool] | None = None,
    letter_date: date | None = None,
) -> tuple[LetterRecord, LetterText]:
    """Compose a letter from what the vault knows plus ``fields``; stored as a draft."""
    return _draft(
        session,
        dossier_id,
        letter_type,
        decision_id=decision_id,
        incident_id=incident_id,
        recipient_index=recipient_index,
        fields=fields,
        letter_date=letter_date,
        proposed_id=None,
    )


def _draft(
    session: Session,
    dossier_id: str,
    letter_type: str,
    *,
    decision_id: str | None,
    incident_id: str | None,
    recipient_index: int,
    fields: dict[str, str | bool] | None,
    letter_date: date | None,
    proposed_id: str | None,
) -> tuple[LetterRecord, LetterText]:
    person, grant = _context(session, dossier_id, "letter.create")
    grants = [grant]
    ensure_dossier_open(session, dossier_id)
    decision = decision_store.get(session.db, decision_id) if decision_id else None
    if decision_id and (decision is None or decision.dossier_id != dossier_id):
        raise ValidationError({"decision_id": "is not a decision in this dossier"})
    incident_id = incident_id or (decision.incident_id if decision else None)
    if incident_id is not None:
        grants += _check_incident(session, person, incident_id)
    options = _recipients(session, person, letter_type, incident_id)
    if not 0 <= recipient_index < len(options):
        raise ValidationError({"recipient": "choose one of the listed recipients"})
    flags = set(letter_template(letter_type).flags)
    values = {
        name: value
        for name, value in {**_known_fields(session, person, decision), **(fields or {})}.items()
        if isinstance(value, str) or name in flags
    }
    today = letter_date or clock.today()
    request = LetterRequest(
        letter_id=letter_type,
        letterhead=_letterhead(session, person),
        recipient=options[recipient_index],
        signer=_signer(session),
        reference=_next_reference(session, today),
        date=today,
        fields=values,
    )
    try:
        text = compose(request)
    except LetterError as exc:
        missing = getattr(exc, "missing", ()) or ()
        if missing:
            raise ValidationError({n: "is required for this letter" for n in missing}) from None
        raise
    record_id = proposed_id or new_id()
    payload = _payload(request)
    with unit_of_work(
        session,
        "create",
        grant=grants,
        object_type="letter",
        object_id=record_id,
        subject_id=person.id,
        details={"type": letter_type},
    ):
        if proposed_id is not None:  # a proposed letter becomes this draft
            letter_store.delete_with_status(session.db, proposed_id, dossier_id, PROPOSED)
        letter_store.insert_draft(
            session.db,
            letter_id=record_id,
            dossier_id=dossier_id,
            decision_id=decision_id,
            letter_type=letter_type,
            status=DRAFT,
            recipient=json.dumps(payload["recipient"], ensure_ascii=False),
            fields=json.dumps(payload["request"], ensure_ascii=False),
            text=json.dumps(asdict(text), ensure_ascii=False),
            reference=request.reference,
            letter_date=today.isoformat(),
            created_by=session.actor.name,
            created_at=now(),
        )
    row, _, _ = _load(session, record_id, "letter.view")
    return _record(row), text


def _payload(request: LetterRequest) -> dict[str, Any]:
    return {
        "recipient": asdict(request.recipient),
        "request": {
            "letterhead": {k: v for k, v in asdict(request.letterhead).items() if k != "logo_png"},
            "signer": asdict(request.signer),
            "fields": dict(request.fields),
        },
    }


def _tuples(data: dict[str, Any]) -> dict[str, Any]:
    """JSON lists back to the tuples the frozen records hold."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def _rebuild(row: tuple[Any, ...]) -> tuple[LetterRequest, LetterText]:
    stored = json.loads(row[11])
    recipient: dict[str, Any] = _tuples(json.loads(row[5]))
    head: dict[str, Any] = _tuples(stored["letterhead"])
    request = LetterRequest(
        letter_id=row[3],
        letterhead=Letterhead(**head),
        recipient=Recipient(**recipient),
        signer=Signer(**stored["signer"]),
        reference=row[6],
        date=pd(row[7]) or clock.today(),
        fields=stored["fields"],
    )
    return request, LetterText(**json.loads(row[12]))


def edit_letter(session: Session, letter_id: str, paragraphs: list[str]) -> LetterText:
    """Change a draft's body text; the legal clause and the letterhead stay as composed."""
    row, person, grant = _load(session, letter_id, "letter.update")
    ensure_dossier_open(session, row[1])
    if row[4] != DRAFT:
        raise LetterRefused("Only a draft can be edited; a final letter never changes.")
    v = Validator()
    cleaned = [
        v.text(f"paragraphs.{i}", p, max_len=10_000, multiline=True)
        for i, p in enumerate(paragraphs)
    ]
    if not cleaned:
        v.fail("paragraphs", "a letter needs text")
    v.done()
    _, text = _rebuild(row)
    edited = text.with_paragraphs(cleaned)
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ):
        letter_store.set_text(session.db, letter_id, json.dumps(asdict(edited), ensure_ascii=False))
    return edited


def preview_pdf(session: Session, letter_id: str) -> bytes:
    """The draft as PDF, marked CONCEPT, rendered in memory (never a temp file)."""
    row, person, grant = _load(session, letter_id, "letter.view")
    request, text = _rebuild(row)
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ):
        pass
    if row[4] == FINAL:
        return bytes(letter_store.stored_pdf(session.db, letter_id))
    return render_pdf(text, request, draft=True)


def finalize_letter(session: Session, letter_id: str) -> LetterRecord:
    """Render the final PDF with the audit head on it and file it in the dossier."""
    row, person, grant = _load(session, letter_id, "letter.finalize")
    if row[4] != DRAFT:
        raise LetterRefused(
            "This letter is already final."
            if row[4] == FINAL
            else "Draft this proposed letter first."
        )
    ensure_dossier_open(session, row[1])
    request, text = _rebuild(row)
    with unit_of_work(
        session,
        "finalize",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ) as note:
        anchor = session.vault.audit.head()
        final_request = LetterRequest(**{**request.__dict__, "audit_anchor": str(anchor or "")})
        pdf = render_pdf(text, final_request)
        digest = hashlib.sha256(pdf).hexdigest()
        letter_store.set_final(
            session.db,
            letter_id,
            status=FINAL,
            pdf=pdf,
            sha256=digest,
            audit_anchor=str(anchor or ""),
            finalized_at=now(),
            finalized_by=session.actor.name,
        )
        cases.insert_timeline(
            session.db,
            TimelineEntry(
                new_id(),
                row[1],
                TimelineKind.LETTER,
                request.date,
                f"{text.title} ({request.reference}) aan {request.recipient.name}",
                session.actor.name,
                datetime.now(UTC),
                None,
            ),
        )
        note.details = {"type": row[3], "sha256": digest, "reference": request.reference}
    row, _, _ = _load(session, letter_id, "letter.view")
    return _record(row)


def letter_pdf(session: Session, letter_id: str) -> tuple[LetterRecord, bytes]:
    row, person, grant = _load(session, letter_id, "letter.view")
    if row[4] != FINAL:
        raise LetterRefused("Only a final letter has a stored PDF; preview the draft instead.")
    pdf = bytes(letter_store.stored_pdf(session.db, letter_id))
    if hashlib.sha256(pdf).hexdigest() != row[8]:
        raise SkotError("The stored letter does not match its hash.")
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ):
        pass
    return _record(row), pdf


def export_letter(session: Session, letter_id: str, target: Path) -> Path:
    row, person, grant = _load(session, letter_id, "letter.export")
    if row[4] != FINAL:
        raise LetterRefused("Finalize the letter before exporting it.")
    pdf = bytes(letter_store.stored_pdf(session.db, letter_id))
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
        details={"file_type": target.suffix.lower()},
    ):
        atomic_write_bytes(target, pdf)
    return target


def record_print(session: Session, letter_id: str) -> None:
    """Log that a final letter was printed (the front end prints from memory)."""
    row, person, grant = _load(session, letter_id, "letter.export")
    if row[4] != FINAL:
        raise LetterRefused("Finalize the letter before printing it.")
    with unit_of_work(
        session,
        "print",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ):
        pass


def list_letters(session: Session, dossier_id: str) -> list[LetterRecord]:
    person, grant = _context(session, dossier_id, "letter.view")
    rows = letter_store.letters_of_dossier(session.db, dossier_id)
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="letter",
        object_id=dossier_id,
        subject_id=person.id,
    ):
        pass
    return [_record(r) for r in rows]


def propose_letters(session: Session, decision: Decision, letter_types: list[str]) -> None:
    """Called inside the decision's transaction: the letters the protocol requires."""
    for letter_type in letter_types:
        letter_store.insert_proposed(
            session.db,
            new_id(),
            decision.dossier_id,
            decision.id,
            letter_type,
            PROPOSED,
            session.actor.name,
            now(),
        )


def draft_proposed(
    session: Session,
    letter_id: str,
    *,
    recipient_index: int = 0,
    fields: dict[str, str | bool] | None = None,
) -> tuple[LetterRecord, LetterText]:
    """Turn a proposed letter into a draft (same record)."""
    row, _, _ = _load(session, letter_id, "letter.create")
    if row[4] != PROPOSED:
        raise LetterRefused("This letter has already been drafted.")
    return _draft(
        session,
        row[1],
        row[3],
        decision_id=row[2],
        incident_id=None,
        recipient_index=recipient_index,
        fields=fields,
        letter_date=None,
        proposed_id=letter_id,
    )


def _check_incident(session: Session, person: Person, incident_id: str) -> list[Grant]:
    """A letter may draw on an incident only if this person is a party to it and the
    user may see it (a victim's parents' address comes from it)."""
    found = cases.get_incidents(session.db, [incident_id])
    if not found or all(p.person_id != person.id for p in found[0].parties):
        raise ValidationError({"incident_id": "is not an incident of this person"})
    incident = found[0]
    grants = [
        authorize(
            session,
            "incident.view",
            scope_schools(session, incident),
            object_type="incident",
            object_id=incident_id,
        )
    ]
    victim = _victim(session, incident_id)
    if victim is not None and victim.id != person.id:
        grants.append(authorize_subject(session, "letter.create", person_id=victim.id).grant)
    return grants
