"""Strict reading of parsed TOML tables: typed getters, unknown keys rejected.

Each :class:`Table` remembers which keys were read; :meth:`Table.done` raises a
:class:`ProtocolError` naming every key that nobody asked for, so a typo in a
protocol file ("reqiured = true") is an error instead of a silently ignored rule.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, NoReturn

from skot_dossier.protocol.errors import ProtocolError

_MISSING: Any = object()


class Table:
    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            reject(path, "must be a table")
        self.data: dict[str, Any] = data
        self.path = path
        self._seen: set[str] = set()

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, default: Any) -> Any:
        self._seen.add(key)
        if key in self.data:
            return self.data[key]
        if default is _MISSING:
            reject(self.where(key), "is missing")
        return default

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, default: str | None = None) -> str:
        """A non-empty text; ``default`` (e.g. ``""``) is used only when the key is absent."""
        if default is not None and key not in self.data:
            self._seen.add(key)
            return default
        value = self._get(key, _MISSING)
        if not isinstance(value, str) or not value.strip():
            reject(self.where(key), "must be a non-empty text")
        return value

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self._get(key, _MISSING if default is None else default)
        if not isinstance(value, bool):
            reject(self.where(key), "must be true or false")
        return value

    def integer(self, key: str) -> int:
        value = self._get(key, _MISSING)
        if not isinstance(value, int) or isinstance(value, bool):
            reject(self.where(key), "must be a whole number")
        return value

    def texts(self, key: str, default: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self._get(key, _MISSING if default is None else list(default))
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            reject(self.where(key), "must be a list of non-empty texts")
        return tuple(value)

    def year_or_date(self, key: str) -> str:
        value = self._get(key, _MISSING)
        if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
            return value.isoformat()
        if isinstance(value, str) and len(value) == 4 and value.isdigit():
            return value
        reject(self.where(key), "must be a date (YYYY-MM-DD) or a year text ('2022')")

    def table(self, key: str) -> Table:
        return Table(self._get(key, _MISSING), self.where(key))

    def tables(self, key: str, *, required: bool = False) -> list[Table]:
        """An array of tables (``[[key]]``); empty when absent and not required."""
        value = self._get(key, _MISSING if required else [])
        if not isinstance(value, list):
            reject(self.where(key), "must be a list of tables ([[...]])")
        if required and not value:
            reject(self.where(key), "must not be empty")
        return [Table(v, f"{self.where(key)}[{i}]") for i, v in enumerate(value)]

    def named_tables(self, key: str, *, required: bool = False) -> list[tuple[str, Table]]:
        """A table of tables (``[key.<name>]``), in file order."""
        value = self._get(key, _MISSING if required else {})
        if not isinstance(value, dict):
            reject(self.where(key), "must be a table of tables ([key.name])")
        if required and not value:
            reject(self.where(key), "must not be empty")
        return [(name, Table(v, f"{self.where(key)}.{name}")) for name, v in value.items()]

    def done(self) -> None:
        unknown = sorted(set(self.data) - self._seen)
        if unknown:
            keys = ", ".join(self.where(k) for k in unknown)
            raise ProtocolError(
                "protocol_schema", detail=f"Unknown key(s) in the protocol file: {keys}"
            )


def reject(path: str, problem: str) -> NoReturn:
    """A schema problem: ``problem`` is technical English for whoever edits the file."""
    raise ProtocolError("protocol_schema", detail=f"{path or 'top level'} {problem}")
