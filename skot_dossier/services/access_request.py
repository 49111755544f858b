"""Right of access (AVG art. 15): register a request, and export everything about one person.

The export is a readable PDF plus machine-readable JSON of the dossier, the
incidents the person is a party to, decisions, letters and the audit entries
about their data. Other people's names are redacted, and a list says what was
withheld and why (art. 15 lid 4: the rights of others).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from skot_dossier.domain import clock
from skot_dossier.domain.model import Person
from skot_dossier.domain.validation import Validator
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.privacy.report_pdf import Report, Section, render_report
from skot_dossier.protocol.calendar import add_months
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.permissions import authorize, authorize_subject
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import access_requests as store
from skot_dossier.store import cases, people
from skot_dossier.store import decisions as decision_store
from skot_dossier.store import evidence as evidence_store
from skot_dossier.store import letters as letter_store
from skot_dossier.store.codec import pd

REDACTED = "[naam weggelaten]"
ROLE_NAMES = {
    "hr": "HR-functionaris",
    "director": "directeur",
    "privacy_officer": "functionaris gegevensbescherming",
    "admin": "beheerder",
    "keyholder": "beheerder",
}


@dataclass(frozen=True)
class AccessRequest:
    id: str
    person_id: str
    received_on: date
    due_on: date
    extended: bool
    answered_on: date | None


def register_access_request(session: Session, person_id: str, received_on: date) -> AccessRequest:
    """A request was received: it must be answered within one month."""
    grant = authorize_subject(session, "access_request.manage", person_id=person_id).grant
    v = Validator()
    v.past_date("received_on", received_on, required=True)
    v.done()
    request = AccessRequest(
        new_id(), person_id, received_on, add_months(received_on, 1), False, None
    )
    with unit_of_work(
        session,
        "create",
        grant=grant,
        object_type="access_request",
        object_id=request.id,
        subject_id=person_id,
        details={"due_on": str(request.due_on)},
    ):
        store.insert_request(
            session.db,
            request.id,
            person_id,
            received_on.isoformat(),
            request.due_on.isoformat(),
            session.actor.name,
        )
    return request


def extend_access_request(session: Session, request_id: str) -> AccessRequest:
    """Extend by two months (complex requests; the person must be told within the month)."""
    request, grant = _request(session, request_id, "access_request.manage")
    if request.extended:
        return request
    due = add_months(request.received_on, 3)
    with unit_of_work(
        session,
        "update",
        grant=grant,
        object_type="access_request",
        object_id=request_id,
        subject_id=request.person_id,
        details={"due_on": str(due)},
    ):
        store.extend_request(session.db, request_id, due.isoformat())
    return _request(session, request_id, "access_request.manage")[0]


def _request(session: Session, request_id: str, operation: str) -> tuple[AccessRequest, Grant]:
    row = store.get_request(session.db, request_id)
    if row is None:
        raise NotFound()
    grant = authorize_subject(session, operation, person_id=row[1]).grant
    received, due = pd(row[2]), pd(row[3])
    assert received is not None and due is not None
    return AccessRequest(row[0], row[1], received, due, bool(row[4]), pd(row[5])), grant


def open_access_requests(session: Session) -> list[AccessRequest]:
    """Requests not yet answered, with their deadline."""
    return [r for r in access_requests(session) if r.answered_on is None]


def access_requests(session: Session) -> list[AccessRequest]:
    """Every registered request: when it came in, its deadline, and when it was answered.

    What the privacy officer follows; the answer's content is not in it.
    """
    authorize(session, "access_request.view", object_type="access_request")
    return [
        _request(session, request_id, "access_request.view")[0]
        for request_id in store.request_ids(session.db)
    ]


# -- the export ----------------------------------------------------------------


class _Redactor:
    """Replaces other people's names in free text, longest names first."""

    def __init__(self, names: set[str]) -> None:
        parts = {n for name in names for n in [name, *name.split()] if len(n) >= 3}
        ordered = sorted(parts, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(" + "|".join(re.escape(p) for p in ordered) + r")\b", re.IGNORECASE)
            if ordered
            else None
        )
        self.count = 0

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        result, n = self._pattern.subn(REDACTED, text)
        self.count += n
        return result


def _others(session: Session, person: Person, incident_ids: list[str]) -> set[str]:
    names: set[str] = set()
    for incident in cases.get_incidents(session.db, incident_ids):
        others = [p.person_id for p in incident.parties if p.person_id != person.id]
        for other in people.get_persons(session.db, others):
            names.add(other.full_name)
            names.update(g.name for g in other.guardians)
    own = {
        person.given_name,
        person.family_name,
        person.full_name,
        *(g.name for g in person.guardians),
    }
    return {n for n in names if n not in own}


def _access_export(session: Session, person: Person) -> dict[str, Any]:
    """Everything about the person, others redacted; also lists what was withheld."""
    person_id = person.id
    dossier = people.dossier_of_person(session.db, person_id)
    incidents = cases.incidents_of_person(session.db, person_id)
    redact = _Redactor(_others(session, person, [i.id for i in incidents]))
    withheld: list[dict[str, str]] = []
    incident_data = []
    for incident in incidents:
        own_roles = [p.role.value for p in incident.parties if p.person_id == person_id]
        others = sum(1 for p in incident.parties if p.person_id != person_id)
        if others:
            withheld.append(
                {
                    "what": f"namen van {others} andere betrokkene(n) bij incident "
                    f"'{redact(incident.title)}'",
                    "why": "rechten van anderen (AVG art. 15 lid 4)",
                }
            )
        evidence = evidence_store.evidence_of_incident(session.db, incident.id)
        for item in evidence:
            withheld.append(
                {
                    "what": f"bewijsstuk {redact(item.original_name)} "
                    f"(SHA-256 {item.sha256 or '-'})",
                    "why": "bevat mogelijk gegevens van anderen; inzage op afspraak"
                    if not item.metadata_only
                    else "niet opgeslagen (alleen beschrijving vastgelegd)",
                }
            )
        incident_data.append(
            {
                "title": redact(incident.title),
                "occurred_at": incident.occurred_at.isoformat(),
                "known_at": incident.known_at.isoformat(),
                "category": incident.category.value,
                "seriousness": incident.seriousness.value,
                "status": incident.status.value,
                "your_role": own_roles,
                "platforms": list(incident.platforms),
                "description": redact(incident.description),
                "consequences": redact(incident.consequences),
                "other_parties": [REDACTED] * others,
                "evidence": [
                    {
                        "name": redact(e.original_name),
                        "sha256": e.sha256,
                        "metadata_only": e.metadata_only,
                    }
                    for e in evidence
                ],
            }
        )
    timeline = cases.timeline(session.db, dossier.id) if dossier else []
    decisions = decision_store.of_dossier(session.db, dossier.id) if dossier else []
    letters = letter_store.final_letters_of_dossier(session.db, dossier.id if dossier else "")
    audit = session.vault.audit.entries_about(person_id)
    export = {
        "format": "skot-dossier-access-export",
        "version": 1,
        "generated_on": clock.today().isoformat(),
        "controller": get_setting(session, "foundation.name", "") or "",
        "person": {
            k: (str(v) if v is not None else None)
            for k, v in {
                "given_name": person.given_name,
                "family_name": person.family_name,
                "kind": person.kind.value,
                "number": person.number,
                "birth_date": person.birth_date,
                "position": person.position,
                "group": person.group,
                "employment_start": person.employment_start,
                "employment_end": person.employment_end,
                "date_left": person.date_left,
            }.items()
        },
        "address": asdict(person.address) if person.address else None,
        "guardians": [
            {"name": g.name, "relation": g.relation, "address": asdict(g.address)}
            for g in person.guardians
        ],
        "dossier": {"status": dossier.status.value, "opened_at": dossier.opened_at.isoformat()}
        if dossier
        else None,
        "incidents": incident_data,
        "timeline": [
            {"date": t.happened_on.isoformat(), "kind": t.kind.value, "summary": redact(t.summary)}
            for t in timeline
        ],
        "decisions": [
            {
                "measure": d.measure_key,
                "stage": d.stage,
                "status": d.status,
                "decided_on": str(d.decided_on or ""),
                "grounds": redact(d.grounds),
                "facts": redact(d.facts_relied_on),
                "your_view": d.subject_view,
            }
            for d in decisions
        ],
        "letters": [
            {
                "type": r.letter_type,
                "reference": r.reference,
                "date": str(r.letter_date or ""),
                "sha256": r.sha256,
                "paragraphs": [redact(p) for p in r.text.get("paragraphs", [])],
            }
            for r in letters
        ],
        "access_log": [
            {
                "when": e.at_utc,
                "who": ROLE_NAMES.get(e.role, e.role),
                "action": e.action,
                "purpose": redact(e.purpose),
            }
            for e in audit
        ],
        "withheld": withheld
        + (
            [
                {
                    "what": f"{redact.count} vermelding(en) van namen van anderen in vrije tekst",
                    "why": "rechten van anderen (AVG art. 15 lid 4)",
                }
            ]
            if redact.count
            else []
        )
        + [
            {
                "what": "namen van medewerkers die de gegevens inzagen of wijzigden",
                "why": "vervangen door hun functie",
            }
        ],
    }
    return export


def export_access_request(session: Session, request_id: str, folder: Path) -> tuple[Path, Path]:
    """Answer a registered request: ``inzage-….pdf`` and ``.json`` (atomic, private).

    The export exists only as the answer to a request, so every disclosure is
    tied to one, logged, and closes that request's deadline.
    """
    request, grant = _request(session, request_id, "access_request.export")
    if request.answered_on is not None:
        raise NotFound("access_request_answered")
    person = people.get_person(session.db, request.person_id)
    assert person is not None  # authorized on it just now
    export = _access_export(session, person)
    stem = f"inzage-{re.sub(r'[^A-Za-z0-9-]+', '_', person.number)}-{request.received_on}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    pdf = render_report(_report(export))
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="access_request",
        object_id=request_id,
        subject_id=person.id,
        details={"incidents": len(export["incidents"]), "withheld": len(export["withheld"])},
    ):
        atomic_write_bytes(
            json_path, json.dumps(export, ensure_ascii=False, indent=2).encode("utf-8")
        )
        atomic_write_bytes(pdf_path, pdf)
        store.mark_answered(session.db, request_id, person.id, clock.today().isoformat())
    return pdf_path, json_path


def _report(export: dict[str, Any]) -> Report:
    person = export["person"]
    name = f"{person['given_name']} {person['family_name']}"
    return Report(
        title=f"Inzage in persoonsgegevens: {name}",
        facts=(
            ("Verwerkingsverantwoordelijke", export["controller"]),
            ("Opgesteld op", export["generated_on"]),
            ("Betrokkene", f"{name} ({person['number']})"),
        ),
        sections=(
            Section("Gegevens", paragraphs=tuple(f"{k}: {v}" for k, v in person.items() if v)),
            Section(
                "Incidenten",
                paragraphs=tuple(
                    f"{i['occurred_at'][:10]} — {i['title']} ({', '.join(i['your_role'])}): "
                    f"{i['description']}"
                    for i in export["incidents"]
                )
                or ("Geen.",),
            ),
            Section(
                "Tijdlijn",
                table_header=("Datum", "Soort", "Omschrijving"),
                table_rows=tuple((t["date"], t["kind"], t["summary"]) for t in export["timeline"]),
                column_widths_mm=(25, 30, 115),
            ),
            Section(
                "Besluiten",
                paragraphs=tuple(
                    f"{d['decided_on'] or 'concept'} — {d['measure']} ({d['stage']}): "
                    f"{d['grounds']}"
                    for d in export["decisions"]
                )
                or ("Geen.",),
            ),
            Section(
                "Brieven",
                paragraphs=tuple(
                    f"{b['date']} — {b['type']} ({b['reference']})" for b in export["letters"]
                )
                or ("Geen.",),
            ),
            Section(
                "Wie heeft uw gegevens ingezien of gewijzigd",
                table_header=("Wanneer", "Wie", "Actie", "Doel"),
                table_rows=tuple(
                    (a["when"][:16], a["who"], a["action"], a["purpose"])
                    for a in export["access_log"]
                ),
                column_widths_mm=(35, 45, 30, 60),
            ),
            Section(
                "Niet verstrekt, en waarom",
                paragraphs=tuple(f"{w['what']}: {w['why']}" for w in export["withheld"]),
            ),
        ),
        author=export["controller"],
    )
