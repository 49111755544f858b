"""SQL conditions shared by several stores."""

# SQL condition: the person row ``p`` is staff, or the user has a case reason for them.
PUPIL_NEED_TO_KNOW = (
    "(p.kind = 'staff' OR EXISTS (SELECT 1 FROM case_access ca "
    "WHERE ca.person_id = p.id AND ca.user_id = ?))"
)
