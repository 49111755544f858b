"""The mandate register: who may file a police report, who signs for the board."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from skot_dossier.domain.enums import MandateKind
from skot_dossier.domain.model import Mandate
from skot_dossier.store.codec import d, pd, pt, t
from skot_dossier.vault.database import Database

_COLUMNS = (
    "id, kind, holder_name, holder_role, wording, school_ids, user_id, valid_from, "
    "valid_until, granted_by, granted_at, revoked_at, revoked_by, revoke_reason"
)


def _mandate(r: Sequence[Any]) -> Mandate:
    valid_from, granted_at = pd(r[7]), pt(r[10])
    assert valid_from is not None and granted_at is not None
    return Mandate(
        id=r[0],
        kind=MandateKind(r[1]),
        holder_name=r[2],
        holder_role=r[3],
        wording=r[4],
        school_ids=frozenset(json.loads(r[5])),
        user_id=r[6],
        valid_from=valid_from,
        valid_until=pd(r[8]),
        granted_by=r[9],
        granted_at=granted_at,
        revoked_at=pt(r[11]),
        revoked_by=r[12],
        revoke_reason=r[13],
    )


def insert(db: Database, m: Mandate) -> None:
    db.execute(
        f"INSERT INTO mandates ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
        (
            m.id,
            m.kind.value,
            m.holder_name,
            m.holder_role,
            m.wording,
            json.dumps(sorted(m.school_ids)),
            m.user_id,
            d(m.valid_from),
            d(m.valid_until),
            m.granted_by,
            t(m.granted_at),
            t(m.revoked_at),
            m.revoked_by,
            m.revoke_reason,
        ),
    )


def get(db: Database, mandate_id: str) -> Mandate | None:
    row = db.one(f"SELECT {_COLUMNS} FROM mandates WHERE id = ?", (mandate_id,))
    return None if row is None else _mandate(row)


def all_mandates(db: Database, kind: MandateKind | None = None) -> list[Mandate]:
    """Every mandate (revoked ones too: the register is a history), oldest first."""
    where, params = ("WHERE kind = ?", (kind.value,)) if kind else ("", ())
    rows = db.all(
        f"SELECT {_COLUMNS} FROM mandates {where} ORDER BY granted_at, holder_name", params
    )
    return [_mandate(r) for r in rows]


def revoke(db: Database, mandate_id: str, at: str, by: str, reason: str) -> None:
    db.execute(
        "UPDATE mandates SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
        "WHERE id = ? AND revoked_at IS NULL",
        (at, by, reason, mandate_id),
    )
