"""Who is acting: the person behind the keyslot, and their role."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str
    role: str
    user_id: str = ""
    school_ids: frozenset[str] = frozenset()
