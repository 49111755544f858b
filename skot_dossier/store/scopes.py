"""SQL conditions shared by several stores."""

# SQL condition: the person row ``p`` is staff, or the user has a case reason for them.
PUPIL_NEED_TO_KNOW = (
    "(p.kind = 'staff' OR EXISTS (SELECT 1 FROM case_access ca "
    "WHERE ca.person_id = p.id AND ca.user_id = ?))"
)

# The parts that make an incident a school's case (see services/case_scope.py).
CASE_ROLES = ("subject", "victim")


def case_of_schools(incident_id_sql: str, school_count: int) -> str:
    """SQL condition: the incident ``incident_id_sql`` is a case of one of the schools, or
    the user recorded it. Parameters: the user id, then ``school_count`` school ids.

    A director's case is one where a person of his school is subject or victim; a
    witness or reporter of his school does not make another school's case his.
    """
    marks = ", ".join("?" * school_count) or "NULL"
    roles = ", ".join(f"'{r}'" for r in CASE_ROLES)
    return (
        f"EXISTS (SELECT 1 FROM incidents ci WHERE ci.id = {incident_id_sql} AND ("
        "(ci.created_by_user != '' AND ci.created_by_user = ?) OR EXISTS ("
        "SELECT 1 FROM incident_parties cp JOIN person_schools cs "
        "ON cs.person_id = cp.person_id "
        f"WHERE cp.incident_id = ci.id AND cp.role IN ({roles}) "
        f"AND cs.school_id IN ({marks}))))"
    )
