"""The rulebooks a service consults: the protocol version and the school calendar.

Both are data (protocol TOML, the holiday setting); this module only finds
them, so deadlines, decisions and letters read the same rules.
"""

from __future__ import annotations

import json
from datetime import date

from skot_dossier.documents.letters import letter_ids, letter_template
from skot_dossier.domain.model import Decision
from skot_dossier.protocol.calendar import HolidayCalendar
from skot_dossier.protocol.loader import default_protocol, find_protocol
from skot_dossier.protocol.model import CaseFacts, Protocol
from skot_dossier.services.session import Session
from skot_dossier.services.settings import get_setting

INTENTION, DECISION = "intention", "decision"
"""The two stages of a decision: a two-step measure's intention, and the decision itself."""
PROMPTNESS = "promptness"
"""A deadline kind: a limit the decision itself must meet (summary dismissal: onverwijld)."""


def current_protocol(session: Session) -> Protocol:
    return default_protocol(session.protocol_dir)


def protocol_of(session: Session, decision: Decision) -> Protocol:
    protocol_id, _, version = decision.protocol_label.partition("@")
    return find_protocol(protocol_id, version, session.protocol_dir)


def holidays(session: Session) -> HolidayCalendar:
    """School holidays from the settings: JSON [[start, end, name], ...]."""
    raw = get_setting(session, "calendar.holidays", "[]") or "[]"
    ranges = [(date.fromisoformat(a), date.fromisoformat(b), str(n)) for a, b, n in json.loads(raw)]
    return HolidayCalendar.from_ranges(ranges)


def facts_of(decision: Decision) -> CaseFacts:
    return CaseFacts(**decision.case_facts)  # type: ignore[arg-type]


def counts_school_days(protocol: Protocol, measure_key: str) -> bool:
    """Whether a measure's duration is counted in school days (a pupil's suspension)."""
    return any(
        rule.kind == "max_duration" and rule.unit == "school_days"
        for rule in protocol.measure(measure_key).deadlines
    )


def letters_of_measure(protocol: Protocol, measure_key: str) -> set[str]:
    """Every letter type a measure (and its ladder) can produce, conditions aside."""
    measure = protocol.measure(measure_key)
    return {*measure.letters, *protocol.ladder(measure.ladder).letters}


def intention_letter_types(protocol: Protocol, decision: Decision) -> set[str]:
    """The letters that convey a measure's intention: those its decision letters answer."""
    letters = letters_of_measure(protocol, decision.measure_key)
    return {
        letter_template(t).follows
        for t in letters
        if t in set(letter_ids()) and letter_template(t).follows
    }
