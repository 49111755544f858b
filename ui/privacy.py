"""Everything that holds personal data registers here, so locking can drop it all.

Models and widgets that show data from the vault call :func:`holds_personal_data`
on themselves; :func:`forget_all` (called when the app locks) calls their
``clear()``. Registration is weak: a deleted model simply disappears.
"""

from __future__ import annotations

import weakref
from typing import Any, Protocol

import shiboken6


class Clearable(Protocol):
    def clear(self) -> None: ...


_holders: weakref.WeakSet[Any] = weakref.WeakSet()


def holds_personal_data(obj: Clearable) -> None:
    _holders.add(obj)


def holders() -> list[Clearable]:
    """Live holders only: one whose Qt object is already deleted holds nothing."""
    return [obj for obj in list(_holders) if shiboken6.isValid(obj)]


def forget_all() -> None:
    for obj in holders():
        obj.clear()
