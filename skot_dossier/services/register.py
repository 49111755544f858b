"""The Art. 30 register entry, from this vault's settings and retention rules."""

from __future__ import annotations

from pathlib import Path

from skot_dossier.fsutil import atomic_write_bytes
from skot_dossier.privacy.register import RegisterEntry, build_register
from skot_dossier.privacy.report_pdf import render_report
from skot_dossier.services.grants import Grant
from skot_dossier.services.permissions import authorize
from skot_dossier.services.privacy import policy
from skot_dossier.services.session import Session, unit_of_work
from skot_dossier.store import settings as settings_store

KEYS = (
    "foundation.name",
    "register.controller_address",
    "register.po_name",
    "register.po_contact",
    "register.recipients",
)


def register_entry(session: Session) -> RegisterEntry:
    return _entry(session)[0]


def _entry(session: Session) -> tuple[RegisterEntry, Grant]:
    grant = authorize(session, "register.view", object_type="register")
    rows = settings_store.get_values(session.db, KEYS)
    settings: dict[str, str] = {str(k): str(v) for k, v in rows}
    return build_register(settings, policy(session)), grant


def export_register(session: Session, target: Path, fmt: str = "pdf") -> Path:
    entry, grant = _entry(session)
    data = render_report(entry.to_report()) if fmt == "pdf" else entry.to_markdown().encode("utf-8")
    with unit_of_work(
        session,
        "export",
        grant=grant,
        object_type="register",
        details={"format": fmt, "file_type": target.suffix.lower()},
    ):
        atomic_write_bytes(target, data)
    return target
