"""Looking people up by name or number: identity only, never dossier content.

These queries serve screens that must find a person before the user may see
anything about them (the privacy officer's audit review, HR's case lookup),
so they return names, numbers and schools and nothing else.
"""

from __future__ import annotations

from collections.abc import Set

from skot_dossier.store.codec import like_pattern
from skot_dossier.vault.database import Database


def display_names(db: Database, person_ids: Set[str]) -> dict[str, str]:
    """The name shown for each person id; ids of erased people are simply absent."""
    if not person_ids:
        return {}
    marks = ", ".join("?" * len(person_ids))
    rows = db.all(
        f"SELECT id, given_name || ' ' || family_name FROM persons WHERE id IN ({marks})",
        tuple(sorted(person_ids)),
    )
    return {r[0]: r[1] for r in rows}


def find_persons(
    db: Database, text: str, limit: int, *, school_ids: frozenset[str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(id, name, kind, number) of anyone whose name or number contains ``text``.

    ``text`` is matched literally: LIKE wildcards in it are escaped. With
    ``school_ids`` only persons attached to one of those schools are found.
    """
    like = like_pattern(text)
    where = "(given_name || ' ' || family_name LIKE ? ESCAPE '\\' OR number LIKE ? ESCAPE '\\')"
    params: list[object] = [like, like]
    if school_ids is not None:
        marks = ", ".join("?" * len(school_ids)) or "NULL"
        where += (
            " AND EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = persons.id "
            f"AND ps.school_id IN ({marks}))"
        )
        params.extend(sorted(school_ids))
    rows = db.all(
        "SELECT id, given_name || ' ' || family_name, kind, number FROM persons "
        f"WHERE {where} ORDER BY family_name, given_name LIMIT ?",
        (*params, limit),
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def find_pupils(db: Database, text: str) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """(id, name, number, group, school names) of pupils, at most 20.

    A pupil number must match exactly (case-insensitive), so a short number
    cannot be used to list many pupils; a name matches anywhere, literally.
    """
    like = like_pattern(text)
    rows = db.all(
        "SELECT p.id, p.given_name || ' ' || p.family_name, p.number, p.pupil_group, "
        "(SELECT group_concat(s.name, '|') FROM person_schools ps JOIN schools s "
        " ON s.id = ps.school_id WHERE ps.person_id = p.id) "
        "FROM persons p WHERE p.kind = 'pupil' AND (lower(p.number) = lower(?) OR "
        "p.given_name || ' ' || p.family_name LIKE ? ESCAPE '\\') "
        "ORDER BY p.family_name, p.given_name LIMIT 20",
        (text, like),
    )
    return [(r[0], r[1], r[2], r[3], tuple(sorted((r[4] or "").split("|")))) for r in rows]


def name_rows(db: Database, user_id: str) -> list[tuple[str, str, str, str, frozenset[str], bool]]:
    """(id, kind, given name, family name, schools, case reason of ``user_id``) of every
    person: what masking names in free text needs to know who may see whom."""
    rows = db.all(
        "SELECT p.id, p.kind, p.given_name, p.family_name, "
        "(SELECT group_concat(ps.school_id, '|') FROM person_schools ps "
        " WHERE ps.person_id = p.id), "
        "EXISTS (SELECT 1 FROM case_access ca WHERE ca.person_id = p.id AND ca.user_id = ?) "
        "FROM persons p",
        (user_id,),
    )
    return [
        (r[0], r[1], r[2], r[3], frozenset((r[4] or "").split("|")) - {""}, bool(r[5]))
        for r in rows
    ]


def guardian_names(db: Database) -> list[tuple[str, str, str]]:
    """(guardian id, pupil id, name) of every parent or guardian."""
    return [(r[0], r[1], r[2]) for r in db.all("SELECT id, person_id, name FROM guardians")]
