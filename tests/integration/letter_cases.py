"""Letters as a user gets to them: a decision through the services, then its letters.

Letters that state a decision (intentions, decisions, the pupil suspension, the
Inspectie notice, summary dismissal) are drafted from that decision; the user
fills in only what the vault does not know, here taken from the sample fields.
"""

from __future__ import annotations

from datetime import date, timedelta

from skot_dossier.documents.samples import SAMPLE_FIELDS
from skot_dossier.protocol.loader import default_protocol
from skot_dossier.services import correspondence, decisions
from skot_dossier.services.settings import set_setting
from skot_dossier.store import people as person_store
from tests.helpers import school_day

TODAY = date.today()
START = school_day(TODAY + timedelta(days=14))

INVITATION = {
    "reason": "Berichten in de groepsapp",
    "meeting_date": "dinsdag 1 december 2026",
    "meeting_time": "15.30",
    "meeting_place": "school",
    "attendees": "de directeur",
    "contact_person": "de directeur",
}
"""What a user types for an invitation to the parents (the vault knows the pupil)."""
GROUNDS = "Plichtsverzuim: beledigende berichten over een collega op Facebook"
STAFF_EXTRA = {
    "cao_article": "artikel X.X van de cao po (fictief)",
    "salary_consequence": "Over de duur van de schorsing wordt geen salaris betaald.",
    "steps_taken": "Gesprek met de medewerker en juridisch advies ingewonnen.",
    "personal_circumstances": "Duur van het dienstverband en gezinssituatie zijn meegewogen.",
    "dismissal_time": "14.30",
    "dismissed_by": "de voorzitter van het college van bestuur",
    "urgent_reason": "Bedreiging van een collega via sociale media.",
}


def with_letterhead(world):
    """The settings every letter needs: the foundation's letterhead, the Inspectie's
    address and the usual contact person (the user may still name another)."""
    admin = world.admin
    set_setting(admin, "foundation.name", "Stichting Voorbeeldonderwijs")
    set_setting(admin, "foundation.address", "Postbus 9999\n9999 ZZ Vriezenveen")
    set_setting(admin, "inspectie.address", "Postbus 9998\n9999 ZT Utrecht")
    set_setting(admin, "letters.contact_person", "mevrouw A. Kuipers")
    return world


def staff_dossier_id(world) -> str:
    return person_store.dossier_of_person(world.admin.db, world.staff_a.id).id


def measure_for(letter_type: str) -> str:
    """The measure whose decision produces this letter (the first one in the protocol)."""
    protocol = default_protocol()
    for ladder in protocol.ladders:
        for measure in ladder.measures:
            if letter_type in measure.letters:
                return measure.key
    raise LookupError(letter_type)


def _session_for(world, measure_key: str):
    protocol = default_protocol()
    decided_by = protocol.measure(measure_key).decided_by
    return world.as_role("hr" if ("hr" in decided_by or "board" in decided_by) else "director")


def _fill(session, decision_id: str, measure_key: str, **extra):
    values = dict(
        facts_relied_on="Facebookbericht van 2 november",
        grounds=GROUNDS,
        hearing_date=TODAY - timedelta(days=2),
        hearing_summary="Betrokkene is gehoord en erkent het bericht",
    )
    if measure_key in ("staff.schorsing_ordemaatregel", "staff.schorsing_disciplinair"):
        values.update(duration_days=10, start_date=START)
    if measure_key == "pupil.schorsing":
        values.update(duration_days=3, start_date=START)
    values.update(extra)
    return decisions.update_draft(session, decision_id, **values)


def _tick(session, decision_id: str) -> None:
    for row in decisions.checklist(session, decision_id):
        if row.item.required:
            decisions.set_checklist_item(session, decision_id, row.item.id, True, "gedaan")


def decide(world, measure_key: str, *, intention_id: str | None = None, **extra):
    """A final decision (or intention) on ``measure_key`` in the person's dossier."""
    session = _session_for(world, measure_key)
    dossier_id = (
        staff_dossier_id(world) if measure_key.startswith("staff.") else (world.dossier_a.id)
    )
    draft = decisions.start_decision(
        session, dossier_id, measure_key, incident_id=world.incident_a.id, intention_id=intention_id
    )
    if intention_id is not None:
        extra.setdefault("subject_view", "Betrokkene vindt de maatregel te zwaar")
        extra.setdefault("view_recorded_on", TODAY)
    _fill(session, draft.id, measure_key, **extra)
    _tick(session, draft.id)
    return session, decisions.finalize(session, draft.id)


def user_fields(session, dossier_id: str, letter_type: str, decision_id: str, **fields):
    """What the user types: the sample values of the fields the vault does not know."""
    samples = {**STAFF_EXTRA, **SAMPLE_FIELDS[letter_type]}
    chosen = dict(fields)
    while True:  # a yes/no answer can make more fields needed (the paragraph it adds)
        missing = correspondence.missing_fields(
            session, dossier_id, letter_type, decision_id=decision_id, fields=chosen
        )
        more = {k: v for k, v in samples.items() if k in missing and k not in chosen}
        if not more:
            return chosen
        chosen.update(more)


def draft_from_decision(session, decision, letter_type: str, **fields):
    """Draft the letter the decision proposed, filling in what is missing."""
    (proposed,) = [
        r
        for r in correspondence.list_letters(session, decision.dossier_id)
        if r.letter_type == letter_type and r.decision_id == decision.id
    ]
    values = user_fields(session, decision.dossier_id, letter_type, decision.id, **fields)
    return correspondence.draft_proposed(session, proposed.id, fields=values)


def send_all(session, decision) -> dict[str, object]:
    """Draft and finalize every letter the decision proposed; by letter type."""
    sent = {}
    for record in correspondence.list_letters(session, decision.dossier_id):
        if record.decision_id == decision.id and record.status == "proposed":
            draft, _ = draft_from_decision(session, decision, record.letter_type)
            sent[record.letter_type] = correspondence.finalize_letter(session, draft.id)
    return sent


def letter_of(world, letter_type: str, **fields):
    """(session, draft record, text) of ``letter_type``, drafted from its decision."""
    measure_key = measure_for(letter_type)
    protocol = default_protocol()
    two_step = protocol.measure(measure_key).two_step
    session, decision = decide(world, measure_key)
    if two_step and "intention" not in letter_type and "invitation" not in letter_type:
        send_all(session, decision)
        session, decision = decide(world, measure_key, intention_id=decision.id)
    record, text = draft_from_decision(session, decision, letter_type, **fields)
    return session, record, text
