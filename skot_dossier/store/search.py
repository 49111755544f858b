"""The full-text index (SQLite FTS5 inside the encrypted vault).

Each indexed row carries the schools it belongs to as ``|id|id|`` so a
director's search is filtered inside the query, not after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from skot_dossier.domain.model import SearchHit
from skot_dossier.domain.spelling import fold
from skot_dossier.store.scopes import PUPIL_NEED_TO_KNOW, case_of_schools
from skot_dossier.vault.database import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _with_folded_words(text: str) -> str:
    """The text plus the keyboard-friendly spelling of words that have one."""
    extra = {fold(w) for w in _TOKEN.findall(text) if fold(w) != w}
    return text if not extra else text + " " + " ".join(sorted(extra))


def schools_key(school_ids: Iterable[str]) -> str:
    ids = sorted(set(school_ids))
    return "|" + "|".join(ids) + "|" if ids else "|"


def put(
    db: Database,
    kind: str,
    ref_id: str,
    title: str,
    body: str,
    dossier_id: str | None,
    school_ids: Iterable[str],
) -> None:
    """Index (or re-index) one record; ``search_refs`` finds its old row by key."""
    remove(db, kind, ref_id)
    cursor = db.execute(
        "INSERT INTO search_index (title, body, kind, ref_id, dossier_id, school_ids) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            title,
            _with_folded_words(body + " " + title),
            kind,
            ref_id,
            dossier_id or "",
            schools_key(school_ids),
        ),
    )
    db.execute(
        "INSERT OR REPLACE INTO search_refs (kind, ref_id, fts_rowid) VALUES (?, ?, ?)",
        (kind, ref_id, cursor.lastrowid),
    )


def remove(db: Database, kind: str, ref_id: str) -> int:
    """Drop a record from the index by rowid (a scan of the index would cost seconds)."""
    row = db.one("SELECT fts_rowid FROM search_refs WHERE kind = ? AND ref_id = ?", (kind, ref_id))
    if row is None:
        return 0
    db.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
    db.execute("DELETE FROM search_refs WHERE kind = ? AND ref_id = ?", (kind, ref_id))
    return 1


def set_schools(db: Database, kind: str, ref_id: str, school_ids: Iterable[str]) -> None:
    """Re-scope an indexed record after the schools it belongs to changed."""
    row = db.one("SELECT fts_rowid FROM search_refs WHERE kind = ? AND ref_id = ?", (kind, ref_id))
    if row is not None:
        db.execute(
            "UPDATE search_index SET school_ids = ? WHERE rowid = ?",
            (schools_key(school_ids), row[0]),
        )


def to_match_expression(text: str) -> str | None:
    """User text → a safe FTS5 query: every word must match, as a prefix.

    Quotes, operators and column filters typed by the user become plain words,
    so no input can change the query's structure.
    """
    words = _TOKEN.findall(fold(text))[:12]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def query(
    db: Database,
    text: str,
    *,
    school_ids: frozenset[str] | None,
    limit: int = 100,
    need_to_know_user: str | None = None,
    case_user: str = "",
) -> list[SearchHit]:
    """Hits for ``text``; with ``school_ids`` only rows of those schools, and incidents
    and their evidence only where they are a case of those schools (or ``case_user``
    recorded them)."""
    expression = to_match_expression(text)
    if expression is None:
        return []
    params: list[object] = [expression]
    scope = ""
    if school_ids is not None:
        if not school_ids:
            return []
        ordered = sorted(school_ids)
        scope = " AND (" + " OR ".join("instr(school_ids, ?) > 0" for _ in ordered) + ")"
        params.extend(f"|{s}|" for s in ordered)
        incident_of_row = (
            "CASE search_index.kind WHEN 'incident' THEN search_index.ref_id "
            "ELSE (SELECT e.incident_id FROM evidence e WHERE e.id = search_index.ref_id) END"
        )
        scope += (
            " AND (search_index.kind NOT IN ('incident', 'evidence') OR "
            f"{case_of_schools(incident_of_row, len(ordered))})"
        )
        params += [case_user, *ordered]
    if need_to_know_user is not None:
        scope += (
            " AND (dossier_id = '' OR EXISTS (SELECT 1 FROM dossiers d "
            "JOIN persons p ON p.id = d.person_id WHERE d.id = search_index.dossier_id "
            f"AND {PUPIL_NEED_TO_KNOW}))"
        )
        params.append(need_to_know_user)
    rows = db.all(
        "SELECT kind, ref_id, dossier_id, title, "
        "snippet(search_index, 1, '', '', '…', 12) FROM search_index "
        f"WHERE search_index MATCH ?{scope} ORDER BY rank LIMIT ?",
        (*params, limit),
    )
    return [SearchHit(r[0], r[1], r[2] or None, r[3], r[4]) for r in rows]
