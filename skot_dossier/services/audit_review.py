"""The privacy officer's view of the audit log: who did what, with whose data, and why.

Queries by person, user, action and period; flags for what deserves a look
(break the glass, refusals, exports, bulk views, unusual hours, overrides);
exports of exactly what the screen shows (the filtered log, or who looked at
one person) as CSV and PDF in Dutch, and a checkpoint document with the head
anchor, each stating whether the chain verifies. All of it is logged too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from skot_dossier.audit import Anchor, AnchorMistyped, AuditEntry, VerifyReport
from skot_dossier.audit import labels as words
from skot_dossier.domain.clock import LOCAL
from skot_dossier.domain.validation import Validator
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.privacy.report_pdf import Report, Section, render_report
from skot_dossier.services.permissions import Scope, authorize
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import lookup
from skot_dossier.store import people as people_store

BULK_ROWS = 50
ANCHOR_EXAMPLE = "1234-3f9a1c2b77d0e4aa-K"
WORK_START, WORK_END = time(7, 0), time(19, 0)
READ_ACTIONS = ("view", "list", "search", "export", "print")


@dataclass(frozen=True)
class ReviewRow:
    entry: AuditEntry
    subject_name: str
    flags: tuple[str, ...]
    # The user's name where the entry carries their login (unlock, lock, key changes).
    actor_name: str = ""

    @property
    def actor(self) -> str:
        return self.actor_name or self.entry.actor


@dataclass(frozen=True)
class LogQuery:
    """What the privacy officer is looking at; an export covers exactly this.

    With ``person_id`` it is the "who looked at this person" view: every access
    to that person's data, whatever the other filters say (as on the screen).
    """

    since: date | None = None
    until: date | None = None
    actor: str = ""
    action: str = ""
    flagged_only: bool = False
    person_id: str = ""


def flags_of(entry: AuditEntry) -> tuple[str, ...]:
    details = entry.details_dict()
    flags = []
    if entry.action == "break-glass" or details.get("flag") == "break-glass":
        flags.append("break-glass")
    if entry.action == "need-to-know" or details.get("flag") == "need-to-know":
        flags.append("need-to-know")
    if entry.outcome in ("denied", "failed"):
        flags.append(entry.outcome)
    if entry.action in ("export", "print"):
        flags.append("export")
    if (
        int(details.get("rows", 0) or 0) >= BULK_ROWS
        or int(details.get("results", 0) or 0) >= BULK_ROWS
    ):
        flags.append("bulk")
    if details.get("override"):
        flags.append("override")
    if entry.action == "erase" or details.get("flag") == "erasure":
        flags.append("erasure")
    local = datetime.fromisoformat(entry.at_utc).astimezone(LOCAL)
    if local.weekday() >= 5 or not WORK_START <= local.time() < WORK_END:
        flags.append("unusual-hours")
    return tuple(flags)


def _logins(session: Session) -> dict[str, str]:
    """Login (keyslot label) -> user name: unlock and lock entries carry the login."""
    return {u.keyslot_label: u.name for u in people_store.users(session.db) if u.keyslot_label}


def review(
    session: Session,
    *,
    subject_id: str = "",
    actor: str = "",
    action: str = "",
    since: date | None = None,
    until: date | None = None,
    flagged_only: bool = False,
    limit: int = 1000,
) -> list[ReviewRow]:
    """Audit entries matching every given filter, newest first, with their flags.

    ``actor`` is a user's name: their unlocks and locks, logged under their
    login, are found by it too.
    """
    grant = authorize(session, "audit.review", object_type="audit")
    logins = _logins(session)
    actors = [actor, *(label for label, name in logins.items() if name == actor)] if actor else []
    entries = session.vault.audit.find(
        subject_id=subject_id,
        actor=actors,
        action=action,
        since_utc=_utc_start(since) if since else "",
        until_utc=_utc_start(until, next_day=True) if until else "",
    )
    rows = []
    names = lookup.display_names(
        session.db, {e.subject_id for e in entries if e.subject_id} | {subject_id} - {""}
    )
    for entry in entries:
        flags = flags_of(entry)
        if flagged_only and not flags:
            continue
        about = entry.subject_id or subject_id
        rows.append(ReviewRow(entry, names.get(about, ""), flags, logins.get(entry.actor, "")))
        if len(rows) >= limit:
            break
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="audit",
        subject_id=subject_id,
        details={"rows": len(rows), "flagged_only": flagged_only},
    ):
        pass
    return rows


WHO_LOOKED_ACTIONS = (*READ_ACTIONS, "break-glass", "need-to-know", "denied")


def who_looked(session: Session, person_id: str, limit: int = 1000) -> list[ReviewRow]:
    """Every access to this person's data: who, when, what, and the stated purpose."""
    rows = review(session, subject_id=person_id, limit=10**9)
    return [r for r in rows if r.entry.action in WHO_LOOKED_ACTIONS][:limit]


def query_rows(session: Session, query: LogQuery, limit: int = 1000) -> list[ReviewRow]:
    """The rows of the view ``query`` describes, newest first."""
    if query.person_id:
        return who_looked(session, query.person_id, limit)
    return review(
        session,
        actor=query.actor,
        action=query.action,
        since=query.since,
        until=query.until,
        flagged_only=query.flagged_only,
        limit=limit,
    )


@dataclass(frozen=True)
class PersonRef:
    person_id: str
    name: str
    kind: str
    number: str


def find_person(session: Session, text: str, limit: int = 50) -> list[PersonRef]:
    """Look a person up by name or number, to review the log about them (no content).

    A director finds only persons of their own schools, as in every other list.
    """
    grant = authorize(session, "person.lookup", object_type="person")
    v = Validator()
    needle = v.text("text", text, max_len=100)
    v.done()
    schools = None if grant.scope is Scope.ALL else session.actor.school_ids
    rows = lookup.find_persons(session.db, needle, limit, school_ids=schools)
    with unit_of_work(
        session,
        "search",
        grant=grant,
        object_type="person-lookup",
        details={"results": len(rows)},
    ):
        pass
    return [PersonRef(r[0], r[1], r[2], r[3]) for r in rows]


def verify_log(session: Session, anchors: Sequence[str] = ()) -> VerifyReport:
    """Recompute the chain; filed controlegetallen (e.g. from a checkpoint) are checked too.

    A controlegetal whose check character does not match was mistyped: it is
    listed in the report's ``mistyped`` and not compared, so a typing error is
    never reported as a rewritten log.
    """
    grant = authorize(session, "audit.verify", object_type="audit")
    v = Validator()
    parsed, mistyped = [], []
    for text in anchors:
        try:
            parsed.append(Anchor.parse(text))
        except AnchorMistyped:
            mistyped.append(text.strip())
        except ValueError:
            v.fail("anchors", "not_a_controlegetal", text=text.strip(), example=ANCHOR_EXAMPLE)
    v.done()
    report = session.vault.audit.verify(parsed)
    report = replace(report, mistyped=(*mistyped, *report.mistyped))
    with unit_of_work(
        session,
        "verify",
        grant=grant,
        object_type="audit",
        details={
            "ok": report.ok,
            "entries": report.entries,
            "anchors": report.anchors_checked,
            "mistyped": len(report.mistyped),
        },
    ):
        pass
    return report


def _utc_start(day: date, next_day: bool = False) -> str:
    local = datetime.combine(day + timedelta(days=1 if next_day else 0), time(0), LOCAL)
    return local.astimezone(UTC).isoformat(timespec="microseconds")


# CSV columns, in Dutch like the PDF: the words the screen shows, not stored codes.
COLUMNS = (
    "Nr.",
    "Tijd (UTC)",
    "Tijd (Nederland)",
    "Gebruiker",
    "Rol",
    "Actie",
    "Soort gegeven",
    "Kenmerk gegeven",
    "Betrokkene",
    "Kenmerk betrokkene",
    "Doel",
    "Uitkomst",
    "Signalen",
    "Details",
    "MAC",
)


def _export_rows(session: Session, query: LogQuery) -> list[ReviewRow]:
    rows = query_rows(session, query, limit=10**9)
    rows.reverse()  # oldest first in exports
    return rows


def _verification_text(report: VerifyReport) -> str:
    if report.ok:
        return f"Keten intact: {report.entries} regels gecontroleerd."
    first = report.first_problem
    if first is None:
        return "KETEN VERBROKEN."
    return f"KETEN VERBROKEN bij regel {first.seq}: " + words.problem(
        first.kind, first.seq, first.explanation
    )


def _period_text(query: LogQuery) -> str:
    since = query.since.strftime("%d-%m-%Y") if query.since else "begin"
    until = query.until.strftime("%d-%m-%Y") if query.until else "heden"
    return f"{since} t/m {until}"


def _selection(session: Session, query: LogQuery) -> tuple[tuple[str, str], ...]:
    """What the export covers, in words: the same choice the screen showed."""
    if query.person_id:
        name = lookup.display_names(session.db, {query.person_id}).get(query.person_id, "")
        return (
            ("Overzicht", "Wie heeft de gegevens van deze persoon ingezien"),
            ("Betrokkene", name or query.person_id[:8]),
            ("Periode", "alles"),
        )
    facts = [("Overzicht", "Logboek"), ("Periode", _period_text(query))]
    if query.actor:
        facts.append(("Gebruiker", query.actor))
    if query.action:
        facts.append(("Actie", words.action(query.action)))
    if query.flagged_only:
        facts.append(("Selectie", "alleen regels met een signaal"))
    return tuple(facts)


def _csv_row(row: ReviewRow) -> list[object]:
    e = row.entry
    return [
        e.seq,
        e.at_utc,
        _local(e.at_utc),
        words.actor_text(row.actor, "") if row.actor else "",
        words.role(e.role) if e.role else "",
        words.entry_action(e.action, e.details_dict()),
        words.object_type(e.object_type) if e.object_type else "",
        e.object_id,
        row.subject_name,
        e.subject_id,
        e.purpose,
        words.outcome(e.outcome),
        words.flags_text(row.flags),
        e.details,
        e.mac,
    ]


def export_csv(session: Session, target: Path, query: LogQuery | None = None) -> Path:
    """The entries of ``query`` (the screen's choice) as CSV (UTF-8 with BOM for
    spreadsheets), in Dutch; logged as an export."""
    grant = authorize(session, "audit.export", object_type="audit")
    query = query or LogQuery()
    report = session.vault.audit.verify()
    rows = _export_rows(session, query)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["# SKOT Dossier logboek"])
    for name, value in _selection(session, query):
        writer.writerow([f"# {name.lower()}", value])
    writer.writerow(["# verificatie", _verification_text(report)])
    writer.writerow(["# controlegetal", str(report.head or "")])
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_csv_row(row))
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="audit",
        subject_id=query.person_id,
        details=_export_details("csv", rows, target, report, query),
    ):
        atomic_write_bytes(target, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return target


def _export_details(
    kind: str, rows: list[ReviewRow], target: Path, report: VerifyReport, query: LogQuery
) -> dict[str, object]:
    details: dict[str, object] = {
        "format": kind,
        "rows": len(rows),
        "file_type": target.suffix.lower(),
        "chain_ok": report.ok,
    }
    if query.person_id:
        details["view"] = "who-looked"
    filters = [
        k for k in ("actor", "action", "flagged_only", "since", "until") if getattr(query, k)
    ]
    if filters:
        details["filters"] = filters
    return details


def export_pdf(session: Session, target: Path, query: LogQuery | None = None) -> Path:
    """The entries of ``query`` as a Dutch PDF table; logged as an export."""
    grant = authorize(session, "audit.export", object_type="audit")
    query = query or LogQuery()
    report = session.vault.audit.verify()
    rows = _export_rows(session, query)
    table = tuple(
        (
            str(r.entry.seq),
            _local(r.entry.at_utc),
            words.actor_text(r.actor, r.entry.role),
            words.entry_action(r.entry.action, r.entry.details_dict()),
            words.object_type(r.entry.object_type) if r.entry.object_type else "",
            r.subject_name or r.entry.subject_id[:8],
            r.entry.purpose,
            words.flags_text(r.flags),
        )
        for r in rows
    )
    pdf = render_report(
        Report(
            title=(
                "Wie heeft deze gegevens ingezien — SKOT Dossier"
                if query.person_id
                else "Logboek SKOT Dossier"
            ),
            facts=(
                *_selection(session, query),
                ("Verificatie", _verification_text(report)),
                ("Controlegetal", str(report.head or "")),
                ("Aantal regels", str(len(rows))),
            ),
            sections=(
                Section(
                    "Regels",
                    table_header=(
                        "Nr.",
                        "Tijd",
                        "Gebruiker",
                        "Actie",
                        "Gegeven",
                        "Betrokkene",
                        "Doel",
                        "Signalen",
                    ),
                    table_rows=table,
                    column_widths_mm=(10, 23, 34, 23, 17, 23, 24, 16),
                ),
            ),
            footer=f"Controlegetal: {report.head}",
            author=_foundation(session),
        )
    )
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="audit",
        subject_id=query.person_id,
        details=_export_details("pdf", rows, target, report, query),
    ):
        atomic_write_bytes(target, pdf)
    return target


def checkpoint_pdf(session: Session, target: Path) -> Path:
    """A one-page document with the current head anchor, for the privacy officer to file.

    Any later rewrite of history fails against this anchor.
    """
    grant = authorize(session, "audit.export", object_type="audit")
    report = session.vault.audit.verify()
    now = datetime.now(LOCAL)
    with unit_of_work(
        session,
        "checkpoint",
        grant=grant,
        object_type="audit",
        details={"anchor_before": str(report.head), "chain_ok": report.ok},
    ):
        pdf = render_report(
            Report(
                title="Controlepunt auditlog",
                facts=(
                    ("Stichting", _foundation(session)),
                    ("Datum en tijd", now.strftime("%d-%m-%Y %H:%M")),
                    ("Opgesteld door", words.actor_text(session.actor.name, session.actor.role)),
                    ("Verificatie", _verification_text(report)),
                    ("Controlegetal", str(report.head or "")),
                ),
                sections=(
                    Section(
                        "Gebruik",
                        paragraphs=(
                            "Bewaar dit document buiten SKOT Dossier (bijvoorbeeld in het "
                            "archief van de functionaris gegevensbescherming).",
                            "Wie later wil controleren of de auditlog sindsdien niet is "
                            "herschreven, voert het controlegetal in bij ‘Logboek "
                            "controleren’ of gebruikt: "
                            f"skot-dossier-admin verify-audit <kluis> --anchor {report.head}",
                        ),
                    ),
                ),
                footer=f"Controlegetal: {report.head}",
                author=_foundation(session),
            )
        )
        atomic_write_bytes(target, pdf)
    return target


def _local(at_utc: str) -> str:
    return datetime.fromisoformat(at_utc).astimezone(LOCAL).strftime("%d-%m-%Y %H:%M")


def _foundation(session: Session) -> str:
    return get_setting(session, "foundation.name", "") or ""
