"""AVG duties: need-to-know, break the glass, legal hold, restriction, retention, erasure."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date

from skot_dossier.audit import AuditEntry
from skot_dossier.domain import clock
from skot_dossier.domain.validation import ValidationError, Validator
from skot_dossier.errors import SkotError
from skot_dossier.privacy.retention import RetentionPolicy, default_policy, parse_policy, status
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.permissions import authorize, authorize_subject
from skot_dossier.services.restriction import Restricted  # noqa: F401 - re-exported
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import lookup, people
from skot_dossier.store import privacy as store
from skot_dossier.store.codec import pd
from skot_dossier.vault.migrations import BACKUP_DIR


class ErasureRefused(SkotError):
    code = "erasure_refused"


def _dossier(session: Session, dossier_id: str, operation: str) -> tuple[str, Grant]:
    access = authorize_subject(session, operation, dossier_id=dossier_id)
    return access.person.id, access.grant


# -- need to know and break the glass ------------------------------------------


def record_case_reason(session: Session, person_id: str, reason: str) -> None:
    """HR states why a case needs this pupil's dossier; logged for the privacy officer."""
    grant = authorize_subject(session, "privacy.case_access", person_id=person_id).grant
    v = Validator()
    text = v.text("reason", reason, max_len=500)
    v.done()
    with unit_of_work(
        session,
        "need-to-know",
        grant=grant,
        object_type="person",
        object_id=person_id,
        subject_id=person_id,
        purpose=text,
        details={"flag": "need-to-know"},
    ):
        store.grant_case_access(session.db, person_id, session.actor.user_id, text)


def break_glass(session: Session, target_id: str, reason: str) -> None:
    """Open a person or incident outside the normal scope, for this session only.

    The reason is required; the access is flagged for the privacy officer.
    """
    subject = target_id if store.person_kind(session.db, target_id) else ""
    grant = authorize(
        session,
        "privacy.break_glass",
        object_type="person" if subject else "incident",
        object_id=target_id,
        subject_id=subject,
    )
    v = Validator()
    text = v.text("reason", reason, max_len=500)
    if len(text) < 10:
        v.fail("reason", "reason_too_short")
    v.done()
    with unit_of_work(
        session,
        "break-glass",
        grant=grant,
        object_type="person" if subject else "incident",
        object_id=target_id,
        subject_id=subject,
        purpose=text,
        details={"flag": "break-glass"},
    ):
        session.grants[target_id] = text


def restrict_processing(session: Session, dossier_id: str, reason: str) -> None:
    person_id, grant = _dossier(session, dossier_id, "privacy.restrict")
    v = Validator()
    text = v.text("reason", reason, max_len=500)
    v.done()
    with unit_of_work(
        session,
        "restrict",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        store.set_restriction(session.db, dossier_id, text)


def lift_restriction(session: Session, dossier_id: str) -> None:
    person_id, grant = _dossier(session, dossier_id, "privacy.restrict")
    with unit_of_work(
        session,
        "unrestrict",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        store.set_restriction(session.db, dossier_id, "")


# -- legal hold ----------------------------------------------------------------


@dataclass(frozen=True)
class LegalHold:
    id: str
    dossier_id: str
    kind: str
    note: str
    placed_at: str
    placed_by: str
    lifted_at: str | None
    lifted_by: str


def policy(session: Session) -> RetentionPolicy:
    """The retention policy from the settings, or the proposed defaults."""
    raw = get_setting(session, "retention.policy")
    return parse_policy(json.loads(raw)) if raw else default_policy()


def place_legal_hold(session: Session, dossier_id: str, kind: str, note: str) -> LegalHold:
    person_id, grant = _dossier(session, dossier_id, "privacy.hold")
    v = Validator()
    if kind not in policy(session).hold_kinds:
        v.fail("kind", "not_a_choice")
    text = v.text("note", note, required=False, max_len=500)
    v.done()
    hold_id = new_id()
    with unit_of_work(
        session,
        "hold",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person_id,
        details={"kind": kind},
    ):
        store.place_hold(session.db, hold_id, dossier_id, kind, text, session.actor.name)
    return legal_holds(session, dossier_id)[-1]


def lift_legal_hold(session: Session, dossier_id: str, hold_id: str) -> None:
    person_id, grant = _dossier(session, dossier_id, "privacy.hold")
    if all(h.id != hold_id for h in legal_holds(session, dossier_id)):
        raise NotFound()
    with unit_of_work(
        session,
        "unhold",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person_id,
        details={"hold": hold_id},
    ):
        store.lift_hold(session.db, hold_id, session.actor.name)


def legal_holds(session: Session, dossier_id: str) -> list[LegalHold]:
    person_id, grant = _dossier(session, dossier_id, "privacy.hold")
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="legal_hold",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        pass
    return [LegalHold(*row) for row in store.holds(session.db, dossier_id)]


# -- retention -----------------------------------------------------------------


@dataclass(frozen=True)
class RetentionItem:
    dossier_id: str
    person_id: str
    kind: str
    rule_label_nl: str
    trigger_date: date | None
    review_on: date | None
    on_hold: bool
    due: bool
    approvals: tuple[str, ...]


def retention_overview(
    session: Session, today: date | None = None, due_only: bool = False
) -> list[RetentionItem]:
    """Every dossier's review date; with ``due_only`` the review queue."""
    grant = authorize(session, "retention.view", object_type="retention")
    items = _retention_items(session, today or clock.today(), due_only)
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="retention",
        details={"rows": len(items), "due_only": due_only},
    ):
        pass
    return items


def _retention_items(
    session: Session, today: date, due_only: bool, dossier_id: str | None = None
) -> list[RetentionItem]:
    rules = policy(session)
    items = []
    for row in store.retention_rows(session.db, dossier_id):
        dossier, person_id, kind, end, left, holds = row[0], row[1], row[2], row[3], row[4], row[6]
        rule = rules.rule_for(kind)
        trigger = pd(end if kind == "staff" else left)
        state = status(rule, trigger, int(holds), today)
        if due_only and not state.due:
            continue
        # Approvals only matter once a dossier is due (or is looked at on its own).
        names = (
            tuple(n for _, n in store.approvals(session.db, dossier))
            if state.due or dossier_id
            else ()
        )
        items.append(
            RetentionItem(
                dossier,
                person_id,
                kind,
                rule.label_nl,
                trigger,
                state.review_on,
                state.on_hold,
                state.due,
                names,
            )
        )
    return items


def _two_person(session: Session) -> bool:
    return (get_setting(session, "retention.two_person_approval", "true") or "") == "true"


@dataclass(frozen=True)
class ErasurePreview:
    """Whose dossier it is and what destroying it removes: numbers, never content."""

    item: RetentionItem
    name: str
    number: str
    counts: dict[str, int]
    shared_incidents: int  # incidents that stay (others are party to them), without this person


def erasure_preview(session: Session, dossier_id: str, today: date | None = None) -> ErasurePreview:
    """For the confirmation before agreeing to (or carrying out) a destruction.

    It names the person, so it is logged as a view of the dossier's retention,
    with the person as its subject.
    """
    grant = authorize(session, "retention.view", object_type="dossier", object_id=dossier_id)
    found = _retention_items(session, today or clock.today(), False, dossier_id)
    if not found:
        raise NotFound()
    item = found[0]
    person = people.get_person(session.db, item.person_id)
    assert person is not None
    counts = store.erasure_counts(session.db, dossier_id)
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="retention",
        object_id=dossier_id,
        subject_id=person.id,
        details={"erasure_preview": True},
    ):
        pass
    return ErasurePreview(
        item,
        person.full_name,
        person.number,
        counts,
        store.shared_incident_count(session.db, person.id),
    )


def _approver(session: Session) -> str:
    return session.actor.user_id or session.actor.name


def approve_erasure(session: Session, dossier_id: str) -> None:
    """The first of two people agrees that this dossier may be erased."""
    grant = authorize(session, "retention.approve", object_type="dossier", object_id=dossier_id)
    person_id = store.person_of_dossier(session.db, dossier_id)
    if person_id is None:
        raise NotFound()
    with unit_of_work(
        session,
        "approve-erasure",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        store.approve(session.db, dossier_id, _approver(session), session.actor.name)


class NotApproved(SkotError):
    code = "not_approved"


def withdraw_erasure_approval(session: Session, dossier_id: str) -> None:
    """Take back one's own agreement, as long as the dossier has not been destroyed."""
    grant = authorize(session, "retention.approve", object_type="dossier", object_id=dossier_id)
    person_id = store.person_of_dossier(session.db, dossier_id)
    if person_id is None:
        raise NotFound()  # destroyed meanwhile: the second person has acted
    with unit_of_work(
        session,
        "withdraw-erasure-approval",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=person_id,
    ):
        if not store.withdraw_approval(session.db, dossier_id, _approver(session)):
            raise NotApproved()


@dataclass(frozen=True)
class ErasureReceipt:
    seq: int
    at_utc: str
    record: str
    rule: str
    approved_by: tuple[str, ...]
    erased_by: str
    counts: dict[str, int]
    early_reason_given: bool


def erase_dossier(
    session: Session, dossier_id: str, *, today: date | None = None, early_reason: str = ""
) -> ErasureReceipt:
    """Erase a dossier for good and leave a content-free receipt in the audit log.

    Only when its review date has passed and no legal hold is active, unless
    an early reason is given (e.g. an erasure request under AVG art. 17); a
    legal hold always blocks. Needs a second person's approval when the
    settings ask for it.
    """
    grant = authorize(session, "retention.erase", object_type="dossier", object_id=dossier_id)
    today = today or clock.today()
    found = _retention_items(session, today, False, dossier_id)
    if not found:
        raise NotFound()
    item = found[0]
    v = Validator()
    reason = v.text("early_reason", early_reason, required=False, max_len=500)
    v.done()
    if item.on_hold:
        raise ErasureRefused("erasure_hold")
    if not item.due and not reason:
        raise ValidationError.of("early_reason", "early_reason_needed")
    me = _approver(session)
    approvers = [(uid, name) for uid, name in store.approvals(session.db, dossier_id)]
    others = [name for uid, name in approvers if uid != me]
    if _two_person(session) and not others:
        raise ErasureRefused("erasure_second_person")
    rule = policy(session).rule_for(item.kind)
    with unit_of_work(
        session,
        "erase",
        grant=grant,
        object_type="dossier",
        object_id=dossier_id,
        subject_id=item.person_id,
    ) as note:
        counts = store.erase_dossier(session.db, dossier_id)
        note.details = {
            "record": item.kind,
            "rule": rule.label_nl,
            "review_on": str(item.review_on or ""),
            "approved_by": others,
            "counts": counts,
            "early": bool(reason),
        }
        note.purpose = reason
    store.reclaim(session.db)
    _drop_migration_backups(session)
    head = session.vault.audit.head()
    assert head is not None  # the erase entry was just written
    return _receipt(session.vault.audit.entries(after_seq=head.seq - 1)[0])


def _drop_migration_backups(session: Session) -> None:
    """Old schema copies still hold erased content; they go with it."""
    folder = session.vault.folder / BACKUP_DIR
    if folder.is_dir():
        shutil.rmtree(folder)


def _receipt(entry: AuditEntry) -> ErasureReceipt:
    details = entry.details_dict()
    return ErasureReceipt(
        entry.seq,
        entry.at_utc,
        details["record"],
        details["rule"],
        tuple(details["approved_by"]),
        entry.actor,
        details["counts"],
        bool(details["early"]),
    )


def erasure_receipts(session: Session) -> list[ErasureReceipt]:
    """What has been erased, when, under which rule, approved by whom (no content)."""
    grant = authorize(session, "retention.view", object_type="retention")
    receipts = [_receipt(e) for e in session.vault.audit.entries() if e.action == "erase"]
    with unit_of_work(
        session, "list", grant=grant, object_type="erasure", details={"rows": len(receipts)}
    ):
        pass
    return receipts


@dataclass(frozen=True)
class PupilRef:
    person_id: str
    name: str
    number: str
    group: str
    schools: tuple[str, ...]


def find_pupil_for_case(session: Session, text: str) -> list[PupilRef]:
    """HR looks up a pupil for a case (pupil number, or at least 3 letters of the name),
    then records the reason with :func:`record_case_reason`. The lookup itself is
    logged and flagged: it shows identity, never dossier content."""
    grant = authorize(session, "privacy.case_access", object_type="person")
    v = Validator()
    needle = v.text("text", text, max_len=100)
    if len(needle) < 3:
        v.fail("text", "lookup_too_short")
    v.done()
    rows = lookup.find_pupils(session.db, needle)
    with unit_of_work(
        session,
        "search",
        grant=grant,
        object_type="pupil-lookup",
        details={"results": len(rows), "flag": "need-to-know"},
    ):
        pass
    return [PupilRef(*r) for r in rows]
