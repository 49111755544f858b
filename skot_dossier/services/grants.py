"""What an authorization granted: the value a unit of work takes and logs.

:func:`skot_dossier.services.permissions.authorize` returns a :class:`Grant`;
the service hands it to :func:`skot_dossier.services.session.unit_of_work`,
whose audit entry records exactly that grant. Nothing is left on the shared
session for a later call (or another thread) to pick up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    ALL = "all"
    OWN_SCHOOLS = "own_schools"


@dataclass(frozen=True)
class BreakGlass:
    """The break-the-glass grant an access relied on: whom it named, and why."""

    target_id: str
    reason: str


@dataclass(frozen=True)
class Grant:
    """One permitted operation on one record (or on a list, with ``scope``)."""

    operation: str
    scope: Scope
    object_type: str = ""
    object_id: str = ""
    subject_id: str = ""
    # Set only when the access is possible *because* the glass was broken.
    break_glass: BreakGlass | None = None


def glass_of(grants: Iterable[Grant]) -> tuple[BreakGlass, ...]:
    """The distinct break-the-glass grants among ``grants``, in order."""
    found: list[BreakGlass] = []
    for grant in grants:
        if grant.break_glass is not None and grant.break_glass not in found:
            found.append(grant.break_glass)
    return tuple(found)
