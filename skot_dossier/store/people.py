"""Schools, users, persons, guardians and dossiers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from skot_dossier.domain.enums import DossierStatus, PersonKind, Role, Salutation
from skot_dossier.domain.model import (
    Address,
    Dossier,
    DossierSummary,
    Guardian,
    Person,
    School,
    User,
)
from skot_dossier.store.codec import d, now, pd, pt, t
from skot_dossier.store.scopes import PUPIL_NEED_TO_KNOW
from skot_dossier.vault.database import Database

# -- schools -------------------------------------------------------------------


def insert_school(db: Database, school: School) -> None:
    a = school.address
    db.execute(
        "INSERT INTO schools (id, name, brin, street, postcode, town, director_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (school.id, school.name, school.brin, a.street, a.postcode, a.town, school.director_name),
    )


def schools(db: Database) -> list[School]:
    rows = db.all(
        "SELECT id, name, brin, street, postcode, town, director_name FROM schools ORDER BY name"
    )
    return [School(r[0], r[1], r[2], Address(r[3], r[4], r[5]), r[6]) for r in rows]


def school_brin_taken(db: Database, brin: str) -> bool:
    return db.scalar("SELECT 1 FROM schools WHERE brin = ?", (brin,)) is not None


# -- users ---------------------------------------------------------------------


def insert_user(db: Database, user: User) -> None:
    db.execute(
        "INSERT INTO users (id, name, role, keyslot_label, active) VALUES (?, ?, ?, ?, ?)",
        (user.id, user.name, user.role.value, user.keyslot_label, int(user.active)),
    )
    db.executemany(
        "INSERT INTO user_schools (user_id, school_id) VALUES (?, ?)",
        [(user.id, s) for s in sorted(user.school_ids)],
    )


def users(db: Database) -> list[User]:
    links: dict[str, set[str]] = {}
    for user_id, school_id in db.all("SELECT user_id, school_id FROM user_schools"):
        links.setdefault(user_id, set()).add(school_id)
    rows = db.all("SELECT id, name, role, keyslot_label, active FROM users ORDER BY name")
    return [
        User(r[0], r[1], Role(r[2]), r[3], frozenset(links.get(r[0], ())), bool(r[4])) for r in rows
    ]


def user_by_keyslot(db: Database, label: str) -> User | None:
    return next((u for u in users(db) if u.keyslot_label == label and u.active), None)


def user_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM users"))


# -- persons -------------------------------------------------------------------

_PERSON_COLUMNS = (
    "id, kind, given_name, family_name, salutation, number, birth_date, position, "
    "employment_start, employment_end, pupil_group, date_left, street, postcode, town"
)


def _person_values(p: Person) -> tuple[Any, ...]:
    a = p.address
    return (
        p.id,
        p.kind.value,
        p.given_name,
        p.family_name,
        p.salutation.value,
        p.number,
        d(p.birth_date),
        p.position,
        d(p.employment_start),
        d(p.employment_end),
        p.group,
        d(p.date_left),
        a.street if a else None,
        a.postcode if a else None,
        a.town if a else None,
    )


def insert_person(db: Database, person: Person) -> None:
    db.execute(
        f"INSERT INTO persons ({_PERSON_COLUMNS}, created_at) VALUES ({', '.join('?' * 16)})",
        (*_person_values(person), now()),
    )
    _write_links(db, person)


def update_person(db: Database, person: Person) -> None:
    values = _person_values(person)
    columns = [c.strip() for c in _PERSON_COLUMNS.split(",")][1:]
    db.execute(
        f"UPDATE persons SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        (*values[1:], person.id),
    )
    db.execute("DELETE FROM person_schools WHERE person_id = ?", (person.id,))
    db.execute("DELETE FROM guardians WHERE person_id = ?", (person.id,))
    _write_links(db, person)


def _write_links(db: Database, person: Person) -> None:
    db.executemany(
        "INSERT INTO person_schools (person_id, school_id) VALUES (?, ?)",
        [(person.id, s) for s in sorted(person.school_ids)],
    )
    db.executemany(
        "INSERT INTO guardians (id, person_id, name, salutation, relation, street, postcode, "
        "town, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                g.id,
                person.id,
                g.name,
                g.salutation.value,
                g.relation,
                g.address.street,
                g.address.postcode,
                g.address.town,
                i,
            )
            for i, g in enumerate(person.guardians)
        ],
    )


def number_taken(db: Database, kind: PersonKind, number: str, except_id: str = "") -> bool:
    return (
        db.scalar(
            "SELECT 1 FROM persons WHERE kind = ? AND lower(number) = lower(?) AND id != ?",
            (kind.value, number, except_id),
        )
        is not None
    )


def get_person(db: Database, person_id: str) -> Person | None:
    people = get_persons(db, [person_id])
    return people[0] if people else None


def get_persons(db: Database, ids: Sequence[str]) -> list[Person]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = db.all(f"SELECT {_PERSON_COLUMNS} FROM persons WHERE id IN ({marks})", tuple(ids))
    schools_of: dict[str, set[str]] = {}
    for pid, sid in db.all(
        f"SELECT person_id, school_id FROM person_schools WHERE person_id IN ({marks})",
        tuple(ids),
    ):
        schools_of.setdefault(pid, set()).add(sid)
    guardians_of: dict[str, list[Guardian]] = {}
    for g in db.all(
        "SELECT id, person_id, name, salutation, relation, street, postcode, town FROM guardians "
        f"WHERE person_id IN ({marks}) ORDER BY ordinal",
        tuple(ids),
    ):
        guardians_of.setdefault(g[1], []).append(
            Guardian(g[0], g[2], Salutation(g[3]), Address(g[5], g[6], g[7]), g[4])
        )
    people = {}
    for r in rows:
        address = Address(r[12], r[13], r[14]) if r[12] is not None else None
        people[r[0]] = Person(
            id=r[0],
            kind=PersonKind(r[1]),
            given_name=r[2],
            family_name=r[3],
            salutation=Salutation(r[4]),
            number=r[5],
            school_ids=frozenset(schools_of.get(r[0], ())),
            birth_date=pd(r[6]),
            position=r[7],
            employment_start=pd(r[8]),
            employment_end=pd(r[9]),
            group=r[10],
            date_left=pd(r[11]),
            address=address,
            guardians=tuple(guardians_of.get(r[0], ())),
        )
    return [people[i] for i in ids if i in people]


def person_schools(db: Database, person_ids: Iterable[str]) -> set[str]:
    ids = tuple(person_ids)
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    rows = db.all(f"SELECT school_id FROM person_schools WHERE person_id IN ({marks})", ids)
    return {r[0] for r in rows}


# -- dossiers ------------------------------------------------------------------


def insert_dossier(db: Database, dossier: Dossier) -> None:
    db.execute(
        "INSERT INTO dossiers (id, person_id, kind, status, opened_at, closed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            dossier.id,
            dossier.person_id,
            dossier.kind.value,
            dossier.status.value,
            t(dossier.opened_at),
            t(dossier.closed_at),
        ),
    )


def _dossier(r: Sequence[Any]) -> Dossier:
    opened = pt(r[4])
    assert opened is not None
    return Dossier(r[0], r[1], PersonKind(r[2]), DossierStatus(r[3]), opened, pt(r[5]))


def get_dossier(db: Database, dossier_id: str) -> Dossier | None:
    r = db.one(
        "SELECT id, person_id, kind, status, opened_at, closed_at FROM dossiers WHERE id = ?",
        (dossier_id,),
    )
    return None if r is None else _dossier(r)


def dossier_of_person(db: Database, person_id: str) -> Dossier | None:
    r = db.one(
        "SELECT id, person_id, kind, status, opened_at, closed_at FROM dossiers "
        "WHERE person_id = ?",
        (person_id,),
    )
    return None if r is None else _dossier(r)


def set_dossier_status(db: Database, dossier_id: str, status: DossierStatus) -> None:
    closed = now() if status is DossierStatus.CLOSED else None
    db.execute(
        "UPDATE dossiers SET status = ?, closed_at = ? WHERE id = ?",
        (status.value, closed, dossier_id),
    )


def list_dossiers(
    db: Database,
    *,
    school_ids: frozenset[str] | None,
    kind: PersonKind | None = None,
    status: DossierStatus | None = None,
    school_filter: str | None = None,
    offset: int = 0,
    limit: int = 200,
    need_to_know_user: str | None = None,
) -> list[DossierSummary]:
    """One page of the dossier list; ``school_ids`` None means every school.

    With ``need_to_know_user``, pupils appear only where that user has a
    recorded case reason.
    """
    where, params = ["1 = 1"], []
    if need_to_know_user is not None:
        where.append(PUPIL_NEED_TO_KNOW)
        params.append(need_to_know_user)
    if kind is not None:
        where.append("d.kind = ?")
        params.append(kind.value)
    if status is not None:
        where.append("d.status = ?")
        params.append(status.value)
    if school_filter:
        where.append(
            "EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id "
            "AND ps.school_id = ?)"
        )
        params.append(school_filter)
    if school_ids is not None:
        marks = ", ".join("?" * len(school_ids)) or "NULL"
        where.append(
            "EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id "
            f"AND ps.school_id IN ({marks}))"
        )
        params.extend(sorted(school_ids))
    # Page the keys first, then compute the per-row facts for that page only: the
    # sort follows persons_by_name_nocase instead of touching every dossier.
    rows = db.all(
        "WITH page AS ("
        " SELECT d.id AS dossier_id, p.id AS person_id, d.kind, p.given_name, p.family_name,"
        " p.number, d.status FROM dossiers d JOIN persons p ON p.id = d.person_id"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id"
        " LIMIT ? OFFSET ?) "
        "SELECT page.dossier_id, page.person_id, page.kind, page.given_name, page.family_name, "
        "page.number, page.status, "
        "(SELECT count(DISTINCT ip.incident_id) FROM incident_parties ip "
        " WHERE ip.person_id = page.person_id), "
        "(SELECT max(happened_on) FROM timeline tl WHERE tl.dossier_id = page.dossier_id), "
        "(SELECT group_concat(s.name, '|') FROM person_schools ps "
        " JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = page.person_id) "
        "FROM page ORDER BY page.family_name COLLATE NOCASE, page.given_name COLLATE NOCASE, "
        "page.person_id",
        (*params, limit, offset),
    )
    return [
        DossierSummary(
            dossier_id=r[0],
            person_id=r[1],
            kind=PersonKind(r[2]),
            name=f"{r[3]} {r[4]}",
            number=r[5],
            school_names=tuple(sorted((r[9] or "").split("|"))) if r[9] else (),
            status=DossierStatus(r[6]),
            incident_count=int(r[7]),
            last_activity=pd(r[8]),
        )
        for r in rows
    ]
