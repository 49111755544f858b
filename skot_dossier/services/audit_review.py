"""The privacy officer's view of the audit log: who did what, with whose data, and why.

Queries by person, user, action and period; flags for what deserves a look
(break the glass, refusals, exports, bulk views, unusual hours, overrides);
exports of a period as CSV and PDF and a checkpoint document with the head
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
from skot_dossier.domain.clock import LOCAL
from skot_dossier.domain.validation import Validator
from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.privacy.report_pdf import Report, Section, render_report
from skot_dossier.services.permissions import Scope, authorize
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import lookup

BULK_ROWS = 50
WORK_START, WORK_END = time(7, 0), time(19, 0)
READ_ACTIONS = ("view", "list", "search", "export", "print")


@dataclass(frozen=True)
class ReviewRow:
    entry: AuditEntry
    subject_name: str
    flags: tuple[str, ...]


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
    """Audit entries matching every given filter, newest first, with their flags."""
    grant = authorize(session, "audit.review", object_type="audit")
    entries = session.vault.audit.find(
        subject_id=subject_id,
        actor=actor,
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
        rows.append(ReviewRow(entry, names.get(about, ""), flags))
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


def who_looked(session: Session, person_id: str) -> list[ReviewRow]:
    """Every access to this person's data: who, when, what, and the stated purpose."""
    return [
        r
        for r in review(session, subject_id=person_id)
        if r.entry.action in (*READ_ACTIONS, "break-glass", "need-to-know", "denied")
    ]


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
            v.fail("anchors", f"{text!r} is not a controlegetal (e.g. 1234-3f9a1c2b77d0e4aa-K)")
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


COLUMNS = (
    "seq",
    "at_utc",
    "actor",
    "role",
    "action",
    "object_type",
    "object_id",
    "subject_id",
    "subject_name",
    "purpose",
    "outcome",
    "flags",
    "details",
    "mac",
)


def _period_rows(session: Session, since: date | None, until: date | None) -> list[ReviewRow]:
    rows = review(session, since=since, until=until, limit=10**9)
    rows.reverse()  # oldest first in exports
    return rows


def _verification_text(report: VerifyReport) -> str:
    if report.ok:
        return f"Keten intact: {report.entries} regels gecontroleerd."
    first = report.first_problem
    return f"KETEN VERBROKEN bij regel {first.seq if first else '?'}: " + (
        first.explanation if first else ""
    )


def export_csv(
    session: Session, target: Path, since: date | None = None, until: date | None = None
) -> Path:
    """The log for a period as CSV (UTF-8 with BOM for spreadsheets), logged as export."""
    grant = authorize(session, "audit.export", object_type="audit")
    report = session.vault.audit.verify()
    rows = _period_rows(session, since, until)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["# SKOT Dossier auditlog", f"periode {since or '-'} t/m {until or '-'}"])
    writer.writerow(["# verificatie", _verification_text(report)])
    writer.writerow(["# controlegetal", str(report.head or "")])
    writer.writerow(COLUMNS)
    for row in rows:
        e = row.entry
        writer.writerow(
            [
                e.seq,
                e.at_utc,
                e.actor,
                e.role,
                e.action,
                e.object_type,
                e.object_id,
                e.subject_id,
                row.subject_name,
                e.purpose,
                e.outcome,
                " ".join(row.flags),
                e.details,
                e.mac,
            ]
        )
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="audit",
        details={
            "format": "csv",
            "rows": len(rows),
            "file_type": target.suffix.lower(),
            "chain_ok": report.ok,
        },
    ):
        atomic_write_bytes(target, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return target


def export_pdf(
    session: Session, target: Path, since: date | None = None, until: date | None = None
) -> Path:
    grant = authorize(session, "audit.export", object_type="audit")
    report = session.vault.audit.verify()
    rows = _period_rows(session, since, until)
    table = tuple(
        (
            str(r.entry.seq),
            _local(r.entry.at_utc),
            f"{r.entry.actor} ({r.entry.role})",
            r.entry.action,
            r.subject_name or r.entry.subject_id[:8],
            r.entry.purpose,
            ", ".join(r.flags),
        )
        for r in rows
    )
    pdf = render_report(
        Report(
            title="Auditlog SKOT Dossier",
            facts=(
                ("Periode", f"{since or 'begin'} t/m {until or 'heden'}"),
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
                        "Betrokkene",
                        "Doel",
                        "Signalen",
                    ),
                    table_rows=table,
                    column_widths_mm=(12, 28, 34, 20, 30, 24, 22),
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
        details={
            "format": "pdf",
            "rows": len(rows),
            "file_type": target.suffix.lower(),
            "chain_ok": report.ok,
        },
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
                    ("Opgesteld door", f"{session.actor.name} ({session.actor.role})"),
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
