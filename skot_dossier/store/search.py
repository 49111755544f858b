"""The full-text index (SQLite FTS5 inside the encrypted vault).

Each indexed row carries the schools it belongs to as ``|id|id|`` so a
director's search is filtered inside the query, not after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from skot_dossier.domain.model import SearchHit
from skot_dossier.domain.spelling import fold, name_key
from skot_dossier.store.scopes import PUPIL_NEED_TO_KNOW, case_of_schools
from skot_dossier.vault.database import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)


def typed_text(body: str, title: str) -> str:
    """What a person wrote, without the title and spellings :func:`put` appends."""
    end = body.rfind(" " + title) if title else -1
    return (body[:end] if end >= 0 else body).strip()


def excerpt(text: str, query: str, words: int = 12) -> str:
    """About ``words`` words of ``text`` around the first word the query matches;
    "" when it matches none of them (the hit is then in the title)."""
    tokens = text.split()
    wanted = [name_key(w) for w in _TOKEN.findall(query)]
    for index, token in enumerate(tokens):
        plain = [name_key(w) for w in _TOKEN.findall(token)]
        if any(p.startswith(w) for p in plain for w in wanted):
            start = max(0, index - words // 3)
            chosen = tokens[start : start + words]
            head = "…" if start > 0 else ""
            tail = "…" if start + words < len(tokens) else ""
            return head + " ".join(chosen) + tail
    return ""


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
        "SELECT kind, ref_id, dossier_id, title, body FROM search_index "
        f"WHERE search_index MATCH ?{scope} ORDER BY rank LIMIT ?",
        (*params, limit),
    )
    return [
        SearchHit(r[0], r[1], r[2] or None, r[3], _snippet(r[0], r[4], r[3], text)) for r in rows
    ]


def _snippet(kind: str, body: str, title: str, query: str) -> str:
    typed = typed_text(body, title)
    found = excerpt(typed, query)
    if found or kind != "person":
        return found
    # A person found by name: show what tells namesakes apart (number, group or position).
    return excerpt(typed, typed.split()[0]) if typed else ""
