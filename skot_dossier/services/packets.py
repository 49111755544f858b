"""Police-report preparation packets: a cover PDF, the evidence and SHA256SUMS in one ZIP.

The manifest lists every evidence file with its SHA-256 in the format
``sha256sum -c`` accepts; the manifest's own hash is printed on the cover, so
the police can check that nothing was changed or added. Evidence recorded
"metadata only" (e.g. images that may show minors) is described on the
cover and never put in a packet.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from skot_dossier.documents import dutch_date
from skot_dossier.documents.labels import PARTY_ROLES_NL, TIMELINE_KINDS_NL
from skot_dossier.domain.clock import LOCAL
from skot_dossier.domain.enums import MandateKind, PartyRole, PersonKind, TimelineKind
from skot_dossier.domain.model import Evidence, Incident, Mandate, Person, TimelineEntry
from skot_dossier.domain.validation import Validator
from skot_dossier.errors import SkotError
from skot_dossier.fsutil import atomic_writer
from skot_dossier.privacy.report_pdf import Report, Section, render_report
from skot_dossier.protocol.model import Offence
from skot_dossier.services import mandates
from skot_dossier.services.case_scope import authorize_incident
from skot_dossier.services.grants import Grant
from skot_dossier.services.people import new_id
from skot_dossier.services.restriction import ensure_person_open
from skot_dossier.services.rules import current_protocol
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import cases, people
from skot_dossier.store import evidence as evidence_store
from skot_dossier.store import packets as packet_store
from skot_dossier.store.codec import now

COVER = "00-aangifte-voorbereiding.pdf"
MANIFEST = "SHA256SUMS"
MANIFEST_HASH = "Hash van SHA256SUMS"


@dataclass(frozen=True)
class PacketRequest:
    filer_mandate_id: str
    """Who files: a police-report mandate in the register ("een daartoe bevoegde
    medewerker", protocol)."""
    offences: tuple[str, ...]  # "art. 266 Sr", as the protocol names them
    witnesses: tuple[str, ...] = ()
    power_of_attorney: bool = False  # a signed special power of attorney is enclosed
    notes: str = ""


@dataclass(frozen=True)
class PacketResult:
    path: Path
    files: int
    manifest_sha256: str
    withheld: tuple[str, ...]  # metadata-only evidence, described but not included


def _safe(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "bestand"
    return cleaned[:80]


def _incident(session: Session, incident_id: str) -> tuple[Incident, list[Person], Grant]:
    access = authorize_incident(session, "packet.create", incident_id)
    persons = people.get_persons(session.db, access.party_ids)
    for person in persons:
        ensure_person_open(session, person.id)
    return access.incident, persons, access.grant


def _offences(session: Session, request: PacketRequest) -> list[Offence]:
    known = {o.reference: o for o in current_protocol(session).offences}
    v = Validator()
    chosen = []
    for ref in request.offences:
        if ref not in known:
            v.fail("offences", "unknown_offence", offence=ref)
        else:
            chosen.append(known[ref])
    if not request.offences:
        v.fail("offences", "no_offence")
    v.done()
    return chosen


def build_police_packet(
    session: Session, incident_id: str, request: PacketRequest, target: Path
) -> PacketResult:
    incident, persons, grant = _incident(session, incident_id)
    schools = {incident.school_id} | {s for p in persons for s in p.school_ids}
    filer = mandates.valid_mandate(
        session, request.filer_mandate_id, MandateKind.POLICE_REPORT, schools
    )
    offences = _offences(session, request)
    v = Validator()
    roles = {p.person_id: p.role for p in incident.parties}
    victims = [p for p in persons if roles.get(p.id) is PartyRole.VICTIM]
    staff_victim = any(p.kind is PersonKind.STAFF for p in victims)
    if (
        any(o.complaint_required for o in offences)
        and staff_victim
        and not request.power_of_attorney
    ):
        v.fail("power_of_attorney", "power_of_attorney_needed")
        v.done()
    evidence = evidence_store.evidence_of_incident(session.db, incident_id)
    files = [e for e in evidence if not e.metadata_only]
    kept_back = [e for e in evidence if e.metadata_only]
    withheld = tuple(f"{e.original_name}: {e.description or e.seen_where}" for e in kept_back)
    names = [f"bewijs/{i:02d}_{_safe(e.original_name)}" for i, e in enumerate(files, start=1)]
    manifest = "".join(f"{e.sha256}  {n}\n" for e, n in zip(files, names, strict=True))
    manifest_sha = hashlib.sha256(manifest.encode()).hexdigest()
    timeline = [t for t in _incident_timeline(session, incident_id)]
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="packet",
        object_id=incident_id,
        details={
            "files": len(files),
            "manifest_sha256": manifest_sha,
            "withheld": len(withheld),
            "file_type": target.suffix.lower(),
            "filer_mandate": filer.id,
        },
    ) as note:
        anchor = session.vault.audit.head()
        cover = render_report(
            _cover(
                session,
                incident,
                persons,
                roles,
                request,
                filer,
                offences,
                files,
                names,
                kept_back,
                manifest_sha,
                timeline,
                str(anchor or ""),
            )
        )
        with (
            atomic_writer(target) as handle,
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr(COVER, cover)
            archive.writestr(MANIFEST, manifest)
            for record, name in zip(files, names, strict=True):
                _copy_checked(session, record, archive, name)
        packet_id = new_id()
        packet_store.insert_packet(
            session.db,
            packet_id=packet_id,
            incident_id=incident_id,
            cover_pdf=cover,
            manifest=manifest,
            manifest_sha256=manifest_sha,
            files=len(files),
            created_by=session.actor.name,
            created_at=now(),
        )
        for person in persons:
            dossier = people.dossier_of_person(session.db, person.id)
            if dossier is not None:
                cases.insert_timeline(
                    session.db,
                    TimelineEntry(
                        new_id(),
                        dossier.id,
                        TimelineKind.POLICE_CONTACT,
                        datetime.now(LOCAL).date(),
                        f"Aangiftepakket voorbereid ({len(files)} bewijsstukken, "
                        f"SHA256SUMS {manifest_sha[:16]}…)",
                        session.actor.name,
                        datetime.now(UTC),
                        incident_id,
                    ),
                )
        note.object_id = incident_id
    return PacketResult(target, len(files), manifest_sha, withheld)


def _copy_checked(session: Session, record: Evidence, archive: zipfile.ZipFile, name: str) -> None:
    digest = hashlib.sha256()
    with archive.open(name, "w", force_zip64=True) as out:
        for chunk in evidence_store.iter_chunks(session.db, record.id):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != record.sha256:
        raise SkotError("packet_evidence_altered", name=record.original_name)


def _incident_timeline(session: Session, incident_id: str) -> list[TimelineEntry]:
    entries = [
        t
        for dossier_id in cases.dossiers_with_incident_entries(session.db, incident_id)
        for t in cases.timeline(session.db, dossier_id)
        if t.incident_id == incident_id
    ]
    unique = {(t.happened_on, t.kind, t.summary): t for t in entries}
    return sorted(unique.values(), key=lambda t: t.happened_on)


def _local(moment: datetime | None) -> str:
    """``3 november 2026, 20:45`` in local time; the police read Dutch dates."""
    if moment is None:
        return "onbekend"
    local = moment.astimezone(LOCAL)
    return f"{dutch_date(local.date())}, {local:%H:%M}"


def _day(day: date | None) -> str:
    return dutch_date(day) if day else ""


def _cover(
    session: Session,
    incident: Incident,
    persons: list[Person],
    roles: dict[str, PartyRole],
    request: PacketRequest,
    filer: Mandate,
    offences: list[Offence],
    files: list[Evidence],
    names: list[str],
    withheld: list[Evidence],
    manifest_sha: str,
    timeline: list[TimelineEntry],
    anchor: str,
) -> Report:
    party_rows = tuple(
        (
            PARTY_ROLES_NL[roles[p.id]],
            p.full_name,
            "medewerker" if p.kind is PersonKind.STAFF else f"leerling groep {p.group}".strip(),
            _day(p.birth_date),
        )
        for p in persons
    )
    evidence_rows = tuple(
        (n, e.media_type, f"{e.size:,}".replace(",", "."), _local(e.captured_at), e.source_url)
        for e, n in zip(files, names, strict=True)
    )
    complaint = any(o.complaint_required for o in offences)
    return Report(
        title="Voorbereiding aangifte bij de politie",
        facts=(
            ("Stichting", get_setting(session, "foundation.name", "") or ""),
            ("Aangever", f"{filer.holder_name}, {filer.holder_role}"),
            (
                "Bevoegdheid",
                f"{filer.wording or 'daartoe bevoegd medewerker'} (mandaatregister, "
                f"sinds {dutch_date(filer.valid_from)})",
            ),
            (
                "Machtiging",
                "bijgevoegd (bijzondere schriftelijke volmacht)"
                if request.power_of_attorney
                else (
                    "nodig bij klachtdelict: het slachtoffer doet zelf aangifte"
                    if complaint
                    else "niet nodig"
                ),
            ),
            ("Incident", incident.title),
            ("Gebeurd op", _local(incident.occurred_at)),
            ("Bekend geworden op", _local(incident.known_at)),
            ("Platform(s)", ", ".join(incident.platforms) or "-"),
            ("Profielnamen", ", ".join(incident.handles) or "-"),
            ("Internetadressen", "\n".join(incident.urls) or "-"),
            (MANIFEST_HASH, manifest_sha),
        ),
        mono_facts=(MANIFEST_HASH,),
        sections=(
            Section(
                "Wat er is gebeurd", paragraphs=(incident.description, incident.consequences or "")
            ),
            Section(
                "Betrokkenen",
                table_header=("Rol", "Naam", "Hoedanigheid", "Geboren"),
                table_rows=party_rows,
                column_widths_mm=(38, 60, 40, 32),
            ),
            Section("Getuigen", paragraphs=request.witnesses or ("Geen opgegeven.",)),
            Section(
                "Strafbare feiten die in aanmerking komen",
                table_header=("Artikel", "Omschrijving", "Klacht vereist"),
                table_rows=tuple(
                    (o.reference, o.name_nl, "ja" if o.complaint_required else "nee")
                    for o in offences
                ),
                column_widths_mm=(30, 110, 30),
            ),
            Section(
                "Tijdlijn",
                table_header=("Datum", "Soort", "Omschrijving"),
                table_rows=tuple(
                    (_day(t.happened_on), TIMELINE_KINDS_NL[t.kind], t.summary) for t in timeline
                ),
                column_widths_mm=(32, 38, 100),
            ),
            Section(
                "Bewijsstukken",
                table_header=("Bestand", "Type", "Bytes", "Vastgelegd", "Bron"),
                table_rows=evidence_rows,
                column_widths_mm=(50, 22, 18, 38, 42),
            ),
            Section(
                "Controlewaarden (SHA-256)",
                paragraphs=(
                    "Controle: pak het zip-bestand uit en voer in die map "
                    "‘sha256sum -c SHA256SUMS’ uit; elke regel moet OK geven.",
                ),
                table_header=("Bestand", "SHA-256"),
                table_rows=tuple((n, e.sha256) for e, n in zip(files, names, strict=True)),
                column_widths_mm=(62, 108),
                mono_columns=(1,),
            ),
            Section(
                "Niet bijgevoegd (alleen vastgelegd waar, door wie en wanneer het is gezien)",
                paragraphs=() if withheld else ("Niets.",),
                table_header=("Wat", "Waar gezien", "Door wie", "Wanneer", "Toelichting")
                if withheld
                else (),
                table_rows=tuple(
                    (e.original_name, e.seen_where, e.seen_by, _local(e.captured_at), e.description)
                    for e in withheld
                ),
                column_widths_mm=(30, 38, 38, 30, 34),
            ),
            Section("Opmerkingen", paragraphs=(request.notes or "-",)),
        ),
        footer=f"Controlegetal: {anchor}",
        author=get_setting(session, "foundation.name", "") or "",
    )
