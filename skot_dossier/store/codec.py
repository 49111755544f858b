"""Converting between domain values and column values."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from skot_dossier.domain.clock import as_utc


def d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def pd(value: object) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def t(value: datetime | None) -> str | None:
    if value is None:
        return None
    return as_utc(value).isoformat(timespec="seconds")


def pt(value: object) -> datetime | None:
    return None if value in (None, "") else datetime.fromisoformat(str(value))


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def j(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def pj(value: object) -> tuple[str, ...]:
    return tuple(json.loads(str(value))) if value else ()


def like_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching ``text`` anywhere, wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
