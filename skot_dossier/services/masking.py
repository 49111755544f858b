"""Free text as a reader may see it: names of persons they may not see are masked.

The parties list already shows "[leerling]" for a pupil HR has no case reason
for (or, for a director, a person of another school); an incident description,
a timeline note, an evidence description or a search snippet that names that
person is masked the same way. The vault knows every name, so every name is
found (see ``privacy/names.py`` for how names are compared). The services
apply this to whatever they return for reading; what is stored is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from skot_dossier.domain.enums import PersonKind
from skot_dossier.domain.model import Correction, Evidence, Incident, TimelineEntry
from skot_dossier.privacy.names import Named, NameIndex, mask, mentions
from skot_dossier.services.case_scope import MASKED, MASKED_NAME, hides, with_masked_parties
from skot_dossier.services.session import Session
from skot_dossier.store import lookup

GUARDIAN = "guardian"
R = TypeVar("R", Incident, Evidence, TimelineEntry, Correction)
LABELS = {**MASKED, GUARDIAN: "[ouder]"}


@dataclass(frozen=True)
class Reader:
    """Who a reader may not see, and the name words of those they may (per person)."""

    hidden: NameIndex
    visible: dict[str, frozenset[str]]  # person id -> name words (their parents' too)

    def text(self, value: str, context: Iterable[str] = ()) -> str:
        """``value`` with hidden persons' names masked. Name words of the visible persons
        in ``context`` (the parties of the incident the text is about, the dossier's
        person) are taken to name them, unless a hidden person's full name is written."""
        if not value or not self.hidden:
            return value
        protected = frozenset().union(*(self.visible.get(pid, frozenset()) for pid in context))
        return mask(value, self.hidden, LABELS, protected, MASKED_NAME)


def reader(session: Session) -> Reader:
    """Everyone's name, sorted into those this reader may and may not see."""
    hidden: list[Named] = []
    visible: dict[str, frozenset[str]] = {}
    hidden_pupils: set[str] = set()
    for pid, kind, given, family, schools, case_reason in lookup.name_rows(
        session.db, session.actor.user_id
    ):
        named = Named.of(pid, kind, given, family)
        if hides(session, pid, kind, schools, case_reason):
            hidden.append(named)
            if kind == PersonKind.PUPIL.value:
                hidden_pupils.add(pid)
        else:
            visible[pid] = named.keys
    for guardian_id, pupil_id, name in lookup.guardian_names(session.db):
        named = Named.of_full_name(guardian_id, GUARDIAN, name)
        if pupil_id in hidden_pupils:
            hidden.append(named)  # a parent's name points at the child
        elif pupil_id in visible:
            visible[pupil_id] |= named.keys
    return Reader(NameIndex(hidden), visible)


def parties(incident: Incident) -> list[str]:
    return [p.person_id for p in incident.parties]


def _masked(r: Reader, record: R, fields: tuple[str, ...], context: Iterable[str]) -> R:
    ids = list(context)
    changes: dict[str, Any] = {f: r.text(getattr(record, f), ids) for f in fields}
    return replace(record, **changes)


def incident_for(session: Session, incident: Incident, seen_by: Reader | None = None) -> Incident:
    """The incident as this reader may see it: hidden parties and their names in the
    title, description and consequences masked. (Account names and web addresses stay
    as recorded: they locate the post for the police.)"""
    fields = ("title", "description", "consequences")
    shown = with_masked_parties(session, incident)
    return _masked(seen_by or reader(session), shown, fields, parties(incident))


def evidence_for(r: Reader, item: Evidence, context: Iterable[str]) -> Evidence:
    fields = ("original_name", "description", "captured_by", "seen_where", "seen_by")
    return _masked(r, item, fields, context)


def timeline_for(r: Reader, entry: TimelineEntry, context: Iterable[str]) -> TimelineEntry:
    return _masked(r, entry, ("summary",), context)


def correction_for(r: Reader, correction: Correction, context: Iterable[str]) -> Correction:
    return _masked(r, correction, ("old_value", "new_value"), context)


def pupils_named_outside(
    session: Session, texts: Iterable[str], party_ids: Iterable[str]
) -> list[str]:
    """Words in ``texts`` (as typed) that name a pupil who is not among the parties.

    For the intake warning: a description about a pupil who is no party to the
    case puts that pupil's data in a case nobody will find under their name.
    Only capitalised words or full names count here (a warning, not a mask).
    """
    ids = set(party_ids)
    pupils: list[Named] = []
    protected: set[str] = set()
    for pid, kind, given, family, _schools, _reason in lookup.name_rows(session.db, ""):
        named = Named.of(pid, kind, given, family)
        if pid in ids:
            protected |= named.keys
        elif kind == PersonKind.PUPIL.value:
            pupils.append(named)
    index = NameIndex(pupils)
    found: dict[str, None] = {}
    for text in texts:
        for mention in mentions(text, index, protected):
            if mention.full_name or mention.text[:1].isupper():
                found.setdefault(mention.text, None)
    return list(found)
