"""The mandate register: who is "een daartoe bevoegde medewerker" (protocol).

The administrator registers who may file a police report on behalf of the
foundation and who signs letters and decisions for the board, for which
schools and for how long; revoking keeps the entry, so the register shows who
held a mandate when a letter was signed or a packet filed. Letters and police
packets take their signer and filer from here and refuse anyone without a
valid mandate.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from skot_dossier.domain import clock
from skot_dossier.domain.enums import MandateKind
from skot_dossier.domain.model import Mandate
from skot_dossier.domain.validation import Validator
from skot_dossier.errors import SkotError
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.permissions import authorize
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import mandates as store
from skot_dossier.store import people
from skot_dossier.store.codec import now


class MandateRefused(SkotError):
    """The named person holds no valid mandate for this act."""

    code = "mandate_refused"
    exit_status = 21


def register_mandate(
    session: Session,
    kind: str,
    holder_name: str,
    holder_role: str,
    wording: str = "",
    *,
    school_ids: Iterable[str] = (),
    user_id: str = "",
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> Mandate:
    """Record a mandate; only the administrator keeps the register."""
    grant = authorize(session, "mandate.manage", object_type="mandate")
    v = Validator()
    chosen = v.choice("kind", kind, MandateKind)
    name = v.name("holder_name", holder_name)
    role = v.text("holder_role", holder_role, max_len=200)
    words = v.text("wording", wording, required=False, max_len=200)
    schools = frozenset(school_ids)
    known = {s.id for s in people.schools(session.db)}
    if schools - known:
        v.fail("school_ids", "unknown_school")
    if user_id and user_id not in {u.id for u in people.users(session.db)}:
        v.fail("user_id", "unknown_user")
    start = valid_from or clock.today()
    if valid_until is not None and valid_until < start:
        v.fail("valid_until", "before_mandate_start")
    v.done()
    assert chosen is not None
    mandate = Mandate(
        id=new_id(),
        kind=chosen,
        holder_name=name,
        holder_role=role,
        wording=words,
        school_ids=schools,
        user_id=user_id,
        valid_from=start,
        valid_until=valid_until,
        granted_by=session.actor.name,
        granted_at=datetime.now(UTC),
    )
    with unit_of_work(
        session,
        "create",
        grant=grant,
        object_type="mandate",
        object_id=mandate.id,
        details={"kind": chosen.value, "schools": len(schools), "until": str(valid_until or "")},
    ):
        store.insert(session.db, mandate)
    return mandate


def revoke_mandate(session: Session, mandate_id: str, reason: str) -> Mandate:
    """End a mandate from now on; the entry stays in the register."""
    grant = authorize(session, "mandate.manage", object_type="mandate", object_id=mandate_id)
    v = Validator()
    why = v.text("reason", reason, max_len=500)
    v.done()
    mandate = store.get(session.db, mandate_id)
    if mandate is None:
        raise NotFound()
    if mandate.revoked_at is not None:
        return mandate
    with unit_of_work(
        session, "update", grant=grant, object_type="mandate", object_id=mandate_id
    ) as note:
        store.revoke(session.db, mandate_id, now(), session.actor.name, why)
        note.details = {"revoked": True}
    revoked = store.get(session.db, mandate_id)
    assert revoked is not None
    return revoked


def list_mandates(session: Session, kind: str | None = None) -> list[Mandate]:
    """The register, revoked entries included (they show who held a mandate when)."""
    grant = authorize(session, "mandate.view", object_type="mandate")
    chosen = MandateKind(kind) if kind else None
    with unit_of_work(session, "list", grant=grant, object_type="mandate"):
        return store.all_mandates(session.db, chosen)


def valid_mandate(
    session: Session,
    mandate_id: str,
    kind: MandateKind,
    school_ids: Iterable[str],
    on: date | None = None,
) -> Mandate:
    """The mandate if it is of ``kind``, valid ``on`` that day and covers the schools.

    Called inside services that already authorized the act itself.
    """
    mandate = store.get(session.db, mandate_id) if mandate_id else None
    day = on or clock.today()
    if (
        mandate is None
        or mandate.kind is not kind
        or not mandate.valid_on(day)
        or not mandate.covers(set(school_ids))
    ):
        raise MandateRefused("mandate_invalid", kind=kind.value, day=day)
    return mandate


def held_by(
    session: Session,
    holder_name: str,
    kind: MandateKind,
    school_ids: Iterable[str],
    on: date,
    user_id: str = "",
) -> Mandate | None:
    """The valid mandate of ``kind`` this person holds for the schools on that day:
    by their vault user when known, else by name (only when one entry matches).

    Called inside services that already authorized the act; reads no dossier data.
    """
    schools = set(school_ids)
    candidates = [
        m for m in store.all_mandates(session.db, kind) if m.valid_on(on) and m.covers(schools)
    ]
    by_user = [m for m in candidates if user_id and m.user_id == user_id]
    if by_user:
        return by_user[0]
    name = " ".join(holder_name.split()).casefold()
    by_name = [m for m in candidates if " ".join(m.holder_name.split()).casefold() == name]
    return by_name[0] if len(by_name) == 1 else None


def default_mandate(
    session: Session, kind: MandateKind, school_ids: Iterable[str], on: date | None = None
) -> Mandate:
    """The mandate to use when none was named: the acting user's own, else the only one.

    Refuses when no valid mandate covers the schools, or several do and none is the
    acting user's: then the caller must say who acts.
    """
    day = on or clock.today()
    schools = set(school_ids)
    candidates = [
        m for m in store.all_mandates(session.db, kind) if m.valid_on(day) and m.covers(schools)
    ]
    own = [m for m in candidates if session.actor.user_id and m.user_id == session.actor.user_id]
    if len(own) == 1 or len(candidates) == 1:
        return (own or candidates)[0]
    if not candidates:
        raise MandateRefused("mandate_nobody", kind=kind.value)
    raise MandateRefused("mandate_ambiguous")
