"""The SQLCipher 4 connection: raw key, WAL, and errors a person understands.

Only ``skot_dossier.store``, ``skot_dossier.audit`` and the vault itself use
this class; everything else goes through the services.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from skot_dossier.errors import StorageFull, VaultDamaged

DB_FILE = "dossier.db"
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

Row = tuple[Any, ...]
Params = Sequence[Any] | dict[str, Any]


def translate(exc: Exception) -> Exception:
    """Map damage and a full disk to our errors; leave programming errors alone."""
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return VaultDamaged()
    if code == SQLITE_FULL:
        return StorageFull()
    return exc


def split_statements(script: str) -> list[str]:
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete SQL statement at the end of the script")
    return statements


def apply_key(conn: sqlcipher3.Connection, key: bytes) -> None:
    # PRAGMA cannot take bound parameters; the value is our own hex, never user text.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


class Database:
    """A serialized SQLCipher connection with explicit transactions."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._in_transaction = False
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None
        self._conn: sqlcipher3.Connection | None = conn
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            apply_key(conn, key)
            # Reading the schema checks the key and page 1's HMAC.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            # Never spill decrypted temporary tables or sort runs to disk.
            conn.execute("PRAGMA temp_store = MEMORY")
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            self._conn = None
            raise translate(exc) from None

    @property
    def connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise RuntimeError("the database is closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def execute(self, sql: str, params: Params = ()) -> sqlcipher3.Cursor:
        with self._lock:
            try:
                return self.connection.execute(sql, params)
            except sqlcipher3.DatabaseError as exc:
                raise translate(exc) from None

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock:
            try:
                self.connection.executemany(sql, rows)
            except sqlcipher3.DatabaseError as exc:
                raise translate(exc) from None

    def executescript(self, script: str) -> None:
        """Run several statements inside the current transaction.

        The driver's own ``executescript`` commits first, which would break a
        migration's all-or-nothing promise, so statements are split here.
        """
        with self._lock:
            for statement in split_statements(script):
                self.execute(statement)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        with self._lock:
            try:
                row: Row | None = self.connection.execute(sql, params).fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise translate(exc) from None
            return row

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            try:
                rows: list[Row] = self.connection.execute(sql, params).fetchall()
            except sqlcipher3.DatabaseError as exc:
                raise translate(exc) from None
            return rows

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction; nested use joins the outer one."""
        with self._lock:
            if self._in_transaction:
                yield self
                return
            self.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            try:
                yield self
            except BaseException:
                self._in_transaction = False
                with contextlib.suppress(sqlcipher3.Error):
                    self.connection.execute("ROLLBACK")
                raise
            self._in_transaction = False
            try:
                self.connection.execute("COMMIT")
            except sqlcipher3.DatabaseError as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    self.connection.execute("ROLLBACK")
                raise translate(exc) from None

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def integrity_problems(self) -> list[str]:
        """Page HMACs and SQLite structure; an empty list means healthy."""
        problems = [str(r[0]) for r in self.all("PRAGMA cipher_integrity_check")]
        result = [str(r[0]) for r in self.all("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.extend(result)
        return problems

    def backup_to(self, target: Path, key: bytes) -> None:
        """Write a consistent, still encrypted snapshot to ``target``."""
        with self._lock:
            dest = sqlcipher3.connect(str(target), isolation_level=None)
            try:
                dest.execute("PRAGMA cipher_log_level = NONE")
                apply_key(dest, key)
                self.connection.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise translate(exc) from None
            finally:
                dest.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
