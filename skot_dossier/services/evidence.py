"""Evidence: files hashed at intake and stored encrypted inside the vault.

Files are streamed in chunks, so a large video needs one chunk of memory, not
its whole size. Where sexual images of minors can occur (the incident's kind,
a declaration at intake, or a decision about it) an explicit confirmation is
required before any file is stored, and the audit entry records it; the
metadata-only route records where, when and by whom something was seen
without the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.domain.enums import MINOR_IMAGE_RISK
from skot_dossier.domain.filetypes import claimed_type, compatible, sniff
from skot_dossier.domain.model import Evidence, Incident
from skot_dossier.domain.validation import ValidationError, Validator
from skot_dossier.errors import SkotError
from skot_dossier.fsutil import atomic_writer
from skot_dossier.services import masking
from skot_dossier.services.case_scope import authorize_incident, index_schools
from skot_dossier.services.grants import Grant
from skot_dossier.services.incidents import subjects_detail
from skot_dossier.services.people import NotFound, new_id
from skot_dossier.services.restriction import ensure_person_open
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.services.settings import get_setting
from skot_dossier.store import decisions as decision_store
from skot_dossier.store import evidence as store
from skot_dossier.store import search
from skot_dossier.store.evidence import CHUNK_BYTES

DEFAULT_MAX_BYTES = 2 * 1024**3
MAX_PREVIEW_BYTES = 64 * 1024**2
Progress = Callable[[int, int], bool | None]


class MinorImagesGuard(SkotError):
    code = "minor_images_guard"


class Cancelled(SkotError):
    code = "cancelled"


def max_bytes(session: Session) -> int:
    return int(get_setting(session, "evidence.max_bytes", str(DEFAULT_MAX_BYTES)) or 0)


def _incident(session: Session, incident_id: str, operation: str) -> tuple[Incident, Grant]:
    access = authorize_incident(session, operation, incident_id)
    return access.incident, access.grant


def _minor_images_possible(session: Session, incident: Incident) -> bool:
    """Whether a file of this incident may show a sexual image of a minor: by its kind,
    by what was declared at intake, or by a decision that says so."""
    if incident.category in MINOR_IMAGE_RISK or incident.minor_images:
        return True
    return any(
        d.case_facts.get("possible_minor_sexual_images")
        for d in decision_store.of_incident(session.db, incident.id)
    )


def _metadata(v: Validator, draft: EvidenceDraft) -> EvidenceDraft:
    captured = None
    if draft.captured_at is not None:
        captured = v.past_moment("captured_at", draft.captured_at)
    return EvidenceDraft(
        description=v.text(
            "description", draft.description, required=False, max_len=2000, multiline=True
        ),
        source_url=v.url("source_url", draft.source_url) if draft.source_url.strip() else "",
        captured_at=captured,
        captured_by=v.text("captured_by", draft.captured_by, required=False, max_len=100),
        original_name=v.text("original_name", draft.original_name, max_len=255),
        seen_where=v.text("seen_where", draft.seen_where, required=False, max_len=500),
        seen_by=v.text("seen_by", draft.seen_by, required=False, max_len=500),
    )


def add_evidence(
    session: Session,
    incident_id: str,
    source: Path | BinaryIO,
    draft: EvidenceDraft,
    *,
    confirm_no_minor_sexual_content: bool = False,
    progress: Progress | None = None,
) -> Evidence:
    """Stream a file into the vault, hashing it on the way in.

    ``progress(done, total)`` is called per chunk; returning False cancels and
    nothing is stored.
    """
    incident, grant = _incident(session, incident_id, "evidence.add")
    _ensure_parties_open(session, incident)
    guarded = _minor_images_possible(session, incident)
    if guarded and not confirm_no_minor_sexual_content:
        raise MinorImagesGuard()
    if isinstance(source, Path) and not draft.original_name:
        draft = replace(draft, original_name=source.name)
    v = Validator()
    meta = _metadata(v, draft)
    v.done()
    limit = max_bytes(session)
    handle = source.open("rb") if isinstance(source, Path) else source
    try:
        total = _size(handle)
        if total == 0:
            raise ValidationError.of("file", "file_empty")
        if total > limit:
            raise ValidationError.of("file", "file_too_large", size=total, limit=limit)
        head = handle.read(CHUNK_BYTES)
        actual = sniff(head[:64])
        claimed = claimed_type(meta.original_name)
        if claimed and not compatible(claimed, actual):
            raise ValidationError.of("file", "file_type_mismatch", claimed=claimed, actual=actual)
        return _store(
            session, grant, incident, meta, handle, head, actual, total, limit, progress, guarded
        )
    finally:
        if handle is not source:
            handle.close()


def _size(handle: BinaryIO) -> int:
    position = handle.tell()
    handle.seek(0, 2)
    size = handle.tell() - position
    handle.seek(position)
    return size


def _store(
    session: Session,
    grant: Grant,
    incident: Incident,
    meta: EvidenceDraft,
    handle: BinaryIO,
    head: bytes,
    media_type: str,
    total: int,
    limit: int,
    progress: Progress | None,
    confirmed: bool,
) -> Evidence:
    evidence_id = new_id()
    digest = hashlib.sha256()
    size = 0
    with unit_of_work(
        session,
        "attach",
        grant=grant,
        object_type="evidence",
        object_id=evidence_id,
        details={"incident": incident.id, **subjects_detail(incident)},
    ) as note:
        # Chunks go in before the record that knows their hash; the reference
        # is checked at commit.
        store.defer_chunk_reference(session.db)
        chunk, ordinal = head, 0
        while chunk:
            size += len(chunk)
            if size > limit:
                raise ValidationError.of("file", "file_grew")
            digest.update(chunk)
            store.insert_chunk(session.db, evidence_id, ordinal, chunk)
            ordinal += 1
            if progress is not None and progress(size, max(total, size)) is False:
                raise Cancelled()
            chunk = handle.read(CHUNK_BYTES)
        evidence = Evidence(
            id=evidence_id,
            incident_id=incident.id,
            original_name=meta.original_name,
            media_type=media_type,
            size=size,
            sha256=digest.hexdigest(),
            source_url=meta.source_url,
            captured_at=meta.captured_at,
            captured_by=meta.captured_by,
            description=meta.description,
            metadata_only=False,
            added_by=session.actor.name,
            added_at=datetime.now(UTC),
        )
        store.insert_evidence(session.db, evidence)
        _index(session, incident, evidence)
        note.details.update({"sha256": evidence.sha256, "size": size, "type": media_type})
        if confirmed:  # the person storing it confirmed it shows no sexual image of a minor
            note.details["confirmed_no_minor_images"] = True
    return evidence


def add_evidence_metadata_only(
    session: Session, incident_id: str, draft: EvidenceDraft
) -> Evidence:
    """Record where, when and by whom something was seen, without storing the file."""
    incident, grant = _incident(session, incident_id, "evidence.add")
    _ensure_parties_open(session, incident)
    v = Validator()
    if not draft.original_name:
        draft = replace(draft, original_name="(niet opgeslagen)")
    meta = _metadata(v, draft)
    if not meta.seen_where:
        v.fail("seen_where", "seen_where_required")
    if not meta.seen_by:
        v.fail("seen_by", "seen_by_required")
    if meta.captured_at is None:
        v.fail("captured_at", "seen_when_required")
    v.done()
    evidence = Evidence(
        id=new_id(),
        incident_id=incident.id,
        original_name=meta.original_name,
        media_type="",
        size=0,
        sha256="",
        source_url=meta.source_url,
        captured_at=meta.captured_at,
        captured_by=meta.captured_by,
        description=meta.description,
        metadata_only=True,
        added_by=session.actor.name,
        added_at=datetime.now(UTC),
        seen_where=meta.seen_where,
        seen_by=meta.seen_by,
    )
    with unit_of_work(
        session,
        "attach",
        grant=grant,
        object_type="evidence",
        object_id=evidence.id,
        details={"incident": incident.id, "metadata_only": True, **subjects_detail(incident)},
    ):
        store.insert_evidence(session.db, evidence)
        _index(session, incident, evidence)
    return evidence


def _index(session: Session, incident: Incident, evidence: Evidence) -> None:
    body = " ".join(
        [
            evidence.description,
            evidence.source_url,
            evidence.captured_by,
            evidence.seen_where,
            evidence.seen_by,
            evidence.sha256,
        ]
    )
    schools = index_schools(session.db, incident)
    search.put(session.db, "evidence", evidence.id, evidence.original_name, body, None, schools)


def list_evidence(session: Session, incident_id: str) -> list[Evidence]:
    incident, grant = _incident(session, incident_id, "evidence.view")
    with unit_of_work(
        session,
        "list",
        grant=grant,
        object_type="evidence",
        object_id=incident_id,
        details=subjects_detail(incident),
    ):
        items = store.evidence_of_incident(session.db, incident_id)
    reader = masking.reader(session)
    context = masking.parties(incident)
    return [masking.evidence_for(reader, item, context) for item in items]


def _ensure_parties_open(session: Session, incident: Incident) -> None:
    for party in incident.parties:
        ensure_person_open(session, party.person_id)


def _load(session: Session, evidence_id: str, operation: str) -> tuple[Evidence, Incident, Grant]:
    evidence = store.get_evidence(session.db, evidence_id)
    if evidence is None:
        raise NotFound()
    return evidence, *_incident(session, evidence.incident_id, operation)


def read_evidence(session: Session, evidence_id: str) -> tuple[Evidence, bytes]:
    """The content in memory, for an on-screen preview (never a temp file)."""
    evidence, incident, grant = _load(session, evidence_id, "evidence.view")
    if evidence.metadata_only:
        raise ValidationError.of("file", "metadata_only")
    if evidence.size > MAX_PREVIEW_BYTES:
        raise ValidationError.of("file", "too_large_to_preview")
    with unit_of_work(
        session,
        "view",
        grant=grant,
        object_type="evidence",
        object_id=evidence_id,
        details={"incident": evidence.incident_id, **subjects_detail(incident)},
    ):
        data = b"".join(store.iter_chunks(session.db, evidence_id))
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        raise SkotError("evidence_altered")
    shown = masking.evidence_for(masking.reader(session), evidence, masking.parties(incident))
    return shown, data


def export_evidence(session: Session, evidence_id: str, target: Path, purpose: str = "") -> Path:
    """Write the file where the user chose, atomically and private; logged as export."""
    evidence, incident, grant = _load(session, evidence_id, "evidence.export")
    if evidence.metadata_only:
        raise ValidationError.of("file", "metadata_only")
    digest = hashlib.sha256()
    details = {
        "incident": evidence.incident_id,
        "file_type": target.suffix.lower(),
        **subjects_detail(incident),
    }
    with (
        unit_of_work(
            session,
            "export",
            grant=grant,
            object_type="evidence",
            object_id=evidence_id,
            purpose=purpose,
            details=details,
        ),
        atomic_writer(target) as out,
    ):
        for chunk in store.iter_chunks(session.db, evidence_id):
            digest.update(chunk)
            out.write(chunk)
        if digest.hexdigest() != evidence.sha256:
            raise SkotError("evidence_altered")
    return target
