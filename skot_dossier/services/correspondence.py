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
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

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
from skot_dossier.domain.enums import MandateKind, TimelineKind
from skot_dossier.domain.model import Decision, Mandate, Person, TimelineEntry
from skot_dossier.domain.validation import ValidationError, Validator
from skot_dossier.errors import SkotError
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.protocol.calendar import next_working_day
from skot_dossier.services import deadlines, mandates
from skot_dossier.services import letter_content as content
from skot_dossier.services.case_scope import scope_schools
from skot_dossier.services.grants import Grant
from skot_dossier.services.letter_content import LetterRefused
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.permissions import authorize, authorize_subject
from skot_dossier.services.restriction import ensure_dossier_open
from skot_dossier.services.rules import letters_of_measure, protocol_of
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import cases, people
from skot_dossier.store import decisions as decision_store
from skot_dossier.store import letters as letter_store
from skot_dossier.store.codec import now
from skot_dossier.store.letters import StoredLetter

PROPOSED, DRAFT, FINAL = "proposed", "draft", "final"


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
    received_on: date | None = None
    copy_of: str = ""
    """For a copy filed in this dossier from another (the victim's file): the original."""


def _record(letter: StoredLetter) -> LetterRecord:
    return LetterRecord(
        letter.id,
        letter.dossier_id,
        letter.decision_id,
        letter.letter_type,
        letter_template(letter.letter_type).title,
        letter.status,
        str(letter.recipient.get("name", "")),
        letter.reference,
        letter.letter_date,
        letter.sha256,
        letter.created_at,
        letter.finalized_at,
        letter.received_on,
        letter.copy_of,
    )


def _context(session: Session, dossier_id: str, operation: str) -> tuple[Person, Grant]:
    access = authorize_subject(session, operation, dossier_id=dossier_id)
    return access.person, access.grant


def _load(session: Session, letter_id: str, operation: str) -> tuple[StoredLetter, Person, Grant]:
    letter = letter_store.get_letter(session.db, letter_id)
    if letter is None:
        raise NotFound()
    return letter, *_context(session, letter.dossier_id, operation)


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
    incident_id: str | None = None,
) -> list[str]:
    """The fields the user still has to fill in for this letter (for the form)."""
    person, _ = _context(session, dossier_id, "letter.view")
    decision = decision_store.get(session.db, decision_id) if decision_id else None
    incident_id = incident_id or (decision.incident_id if decision else None)
    if incident_id is not None:
        _check_incident(session, person, incident_id, "letter.view")
    known = content.known_fields(session, person, decision, letter_type, incident_id)
    return list(letter_template(letter_type).missing({**known.values, **(fields or {})}))


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
    signer_mandate_id: str | None = None,
) -> tuple[LetterRecord, LetterText]:
    """Compose a letter from what the vault knows plus ``fields``; stored as a draft.

    The signer is a holder of a signing mandate in the register: the one named,
    else the acting user's own, else the only one for the school.
    """
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
        signer_mandate_id=signer_mandate_id,
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
    signer_mandate_id: str | None,
) -> tuple[LetterRecord, LetterText]:
    person, grant = _context(session, dossier_id, "letter.create")
    grants = [grant]
    ensure_dossier_open(session, dossier_id)
    decision = decision_store.get(session.db, decision_id) if decision_id else None
    if decision_id and (decision is None or decision.dossier_id != dossier_id):
        raise ValidationError.of("decision_id", "not_a_decision_here")
    incident_id = incident_id or (decision.incident_id if decision else None)
    if incident_id is not None:
        _check_incident(session, person, incident_id)
    options = content.recipients(session, person, letter_type, incident_id)
    if not 0 <= recipient_index < len(options):
        raise ValidationError.of("recipient", "not_a_listed_recipient")
    template = letter_template(letter_type)
    if template.from_decision:
        _check_decision_letter(session, letter_type, decision)
    today = letter_date or clock.today()
    known = content.known_fields(session, person, decision, letter_type, incident_id, today)
    overridden = sorted(set(fields or {}) & known.derived)
    if overridden:
        v = Validator()
        for name in overridden:
            v.fail(name, "letter_field_derived")
        v.done()
    flags = set(template.flags)
    values = {
        name: value
        for name, value in {**known.values, **(fields or {})}.items()
        if isinstance(value, str) or name in flags
    }
    mandate = _signing_mandate(session, person, signer_mandate_id, today)
    request = LetterRequest(
        letter_id=letter_type,
        letterhead=content.letterhead(session, person),
        recipient=options[recipient_index],
        signer=content.signer(mandate),
        reference=_next_reference(session, today),
        date=today,
        fields=values,
    )
    try:
        text = compose(request)
    except LetterError as exc:
        missing = getattr(exc, "missing", ()) or ()
        if missing:
            v = Validator()
            for name in missing:
                v.fail(name, "letter_field_required")
            v.done()
        raise
    record_id = proposed_id or new_id()
    payload = _payload(request)
    payload["request"]["also_filed_in"] = _other_dossiers(session, person, letter_type, incident_id)
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
            signer_mandate_id=mandate.id,
        )
    letter, _, _ = _load(session, record_id, "letter.view")
    return _record(letter), text


def _check_decision_letter(session: Session, letter_type: str, decision: Decision | None) -> None:
    """A letter that states a decision is drafted from that final decision, of a measure
    that produces this letter."""
    if decision is None or decision.status != "final":
        raise ValidationError.of("decision_id", "letter_needs_final_decision")
    letters = letters_of_measure(protocol_of(session, decision), decision.measure_key)
    if letter_type not in letters:
        raise ValidationError.of("decision_id", "letter_not_of_decision")


def _other_dossiers(
    session: Session, person: Person, letter_type: str, incident_id: str | None
) -> list[str]:
    """Dossiers besides this one that the letter belongs in: the victim's, for a letter
    to the victim's parents drafted in the offender's dossier (protocol: all
    correspondence into the pupil file)."""
    pupil = content.pupil_of_letter(session, person, letter_type, incident_id)
    if pupil is None or pupil.id == person.id:
        return []
    dossier = people.dossier_of_person(session.db, pupil.id)
    return [dossier.id] if dossier is not None else []


def _signing_mandate(session: Session, person: Person, mandate_id: str | None, on: date) -> Mandate:
    kind = MandateKind.SIGN_LETTERS
    if mandate_id:
        return mandates.valid_mandate(session, mandate_id, kind, person.school_ids, on)
    return mandates.default_mandate(session, kind, person.school_ids, on)


def _payload(request: LetterRequest) -> dict[str, Any]:
    return {
        "recipient": asdict(request.recipient),
        "request": {
            "letterhead": {k: v for k, v in asdict(request.letterhead).items() if k != "logo_png"},
            "signer": asdict(request.signer),
            "fields": dict(request.fields),
        },
    }


def _also_filed_in(letter: StoredLetter) -> list[str]:
    return [str(d) for d in letter.request.get("also_filed_in", [])]


def _tuples(data: dict[str, Any]) -> dict[str, Any]:
    """JSON lists back to the tuples the frozen records hold."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def _rebuild(letter: StoredLetter) -> tuple[LetterRequest, LetterText]:
    stored = letter.request
    head: dict[str, Any] = _tuples(stored["letterhead"])
    request = LetterRequest(
        letter_id=letter.letter_type,
        letterhead=Letterhead(**head),
        recipient=Recipient(**_tuples(letter.recipient)),
        signer=Signer(**stored["signer"]),
        reference=letter.reference,
        date=letter.letter_date or clock.today(),
        fields=stored["fields"],
    )
    return request, LetterText(**letter.text)


def edit_letter(session: Session, letter_id: str, paragraphs: list[str]) -> LetterText:
    """Change a draft's body text; the legal clause and the letterhead stay as composed."""
    letter, person, grant = _load(session, letter_id, "letter.update")
    ensure_dossier_open(session, letter.dossier_id)
    if letter.status != DRAFT:
        raise LetterRefused("letter_final_unchanged")
    v = Validator()
    cleaned = [
        v.text(f"paragraphs.{i}", p, max_len=10_000, multiline=True)
        for i, p in enumerate(paragraphs)
    ]
    if not cleaned:
        v.fail("paragraphs", "letter_needs_text")
    v.done()
    _, text = _rebuild(letter)
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
    letter, person, grant = _load(session, letter_id, "letter.view")
    request, text = _rebuild(letter)
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ):
        pass
    if letter.status == FINAL:
        return bytes(letter_store.stored_pdf(session.db, letter_id))
    return render_pdf(text, request, draft=True)


def finalize_letter(session: Session, letter_id: str) -> LetterRecord:
    """Render the final PDF with the audit head on it and file it in the dossier."""
    letter, person, grant = _load(session, letter_id, "letter.finalize")
    if letter.status != DRAFT:
        raise LetterRefused("letter_already_final" if letter.status == FINAL else "letter_proposed")
    ensure_dossier_open(session, letter.dossier_id)
    request, text = _rebuild(letter)
    if not request.signer.name.strip() or not request.signer.role.strip():
        raise LetterRefused("letter_no_signer_role")
    # The signer must still hold the mandate on the day the letter goes out.
    mandates.valid_mandate(
        session, letter.signer_mandate_id, MandateKind.SIGN_LETTERS, person.school_ids
    )
    also = _also_filed_in(letter)
    for dossier_id in also:  # the copy is written into that dossier too
        _context(session, dossier_id, "letter.finalize")
        ensure_dossier_open(session, dossier_id)
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
        # Sent once final (never before its date); received, until the user records
        # otherwise, on the next working day.
        received = next_working_day(max(request.date, clock.today()))
        letter_store.set_final(
            session.db,
            letter_id,
            status=FINAL,
            pdf=pdf,
            sha256=digest,
            audit_anchor=str(anchor or ""),
            finalized_at=now(),
            finalized_by=session.actor.name,
            received_on=received.isoformat(),
        )
        for dossier_id in [letter.dossier_id, *also]:
            if dossier_id != letter.dossier_id:
                letter_store.insert_copy(session.db, letter_id, new_id(), dossier_id)
            cases.insert_timeline(
                session.db,
                TimelineEntry(
                    new_id(),
                    dossier_id,
                    TimelineKind.LETTER,
                    request.date,
                    f"{text.title} ({request.reference}) aan {request.recipient.name}",
                    session.actor.name,
                    datetime.now(UTC),
                    None,
                ),
            )
        note.details = {
            "type": letter.letter_type,
            "sha256": digest,
            "reference": request.reference,
            "signer_mandate": letter.signer_mandate_id,
        }
        if also:
            note.details["filed_in"] = also
        moved = _refresh_decision_deadlines(session, letter.decision_id)
        if moved:
            note.details["deadlines_moved"] = moved
    letter, _, _ = _load(session, letter_id, "letter.view")
    return _record(letter)


def record_letter_receipt(session: Session, letter_id: str, received_on: date) -> LetterRecord:
    """Record when the recipient received a final letter (the registered-post receipt).

    Periods that count from receipt (the view period after an intention) move with it.
    """
    letter, person, grant = _load(session, letter_id, "letter.update")
    ensure_dossier_open(session, letter.dossier_id)
    if letter.status != FINAL:
        raise LetterRefused("letter_not_sent")
    v = Validator()
    sent = letter.finalized_at.date() if letter.finalized_at else letter.letter_date
    day = v.past_date(
        "received_on",
        received_on,
        required=True,
        not_before=max(d for d in (sent, letter.letter_date) if d is not None),
        not_before_code="before_letter_sent",
    )
    v.done()
    assert day is not None
    original = letter.copy_of or letter.id
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
        details={"received_on": day.isoformat()},
    ) as note:
        letter_store.set_received(session.db, [original], day.isoformat(), session.actor.name)
        source = letter_store.get_letter(session.db, original)
        moved = _refresh_decision_deadlines(session, source.decision_id if source else None)
        if moved:
            note.details["deadlines_moved"] = moved
    letter, _, _ = _load(session, letter_id, "letter.view")
    return _record(letter)


def _refresh_decision_deadlines(session: Session, decision_id: str | None) -> list[str]:
    decision = decision_store.get(session.db, decision_id) if decision_id else None
    return deadlines.refresh_deadlines(session, decision) if decision is not None else []


def letter_pdf(session: Session, letter_id: str) -> tuple[LetterRecord, bytes]:
    letter, person, grant = _load(session, letter_id, "letter.view")
    if letter.status != FINAL:
        raise LetterRefused("letter_not_final_pdf")
    pdf = bytes(letter_store.stored_pdf(session.db, letter_id))
    if hashlib.sha256(pdf).hexdigest() != letter.sha256:
        raise SkotError("letter_altered")
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="letter",
        object_id=letter_id,
        subject_id=person.id,
    ):
        pass
    return _record(letter), pdf


def export_letter(session: Session, letter_id: str, target: Path) -> Path:
    letter, person, grant = _load(session, letter_id, "letter.export")
    if letter.status != FINAL:
        raise LetterRefused("letter_not_final_export")
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
    letter, person, grant = _load(session, letter_id, "letter.export")
    if letter.status != FINAL:
        raise LetterRefused("letter_not_final_print")
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
    signer_mandate_id: str | None = None,
) -> tuple[LetterRecord, LetterText]:
    """Turn a proposed letter into a draft (same record)."""
    letter, _, _ = _load(session, letter_id, "letter.create")
    if letter.status != PROPOSED:
        raise LetterRefused("letter_already_drafted")
    return _draft(
        session,
        letter.dossier_id,
        letter.letter_type,
        decision_id=letter.decision_id,
        incident_id=None,
        recipient_index=recipient_index,
        fields=fields,
        letter_date=None,
        proposed_id=letter_id,
        signer_mandate_id=signer_mandate_id,
    )


def _check_incident(
    session: Session, person: Person, incident_id: str, operation: str = "letter.create"
) -> list[Grant]:
    """A letter may draw on an incident only if this person is a party to it and the
    user may see it (a victim's parents' address comes from it)."""
    found = cases.get_incidents(session.db, [incident_id])
    if not found or all(p.person_id != person.id for p in found[0].parties):
        raise ValidationError.of("incident_id", "not_incident_of_person")
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
    victim = content.victim_of(session, incident_id)
    if victim is not None and victim.id != person.id:
        grants.append(authorize_subject(session, operation, person_id=victim.id).grant)
    return grants
