"""The audit chain: append, verify, anchors.

Each entry's MAC is HMAC-SHA256, under a key derived from the master key, over
its fields and the previous entry's MAC. Anyone with the key could rewrite the
whole chain, so the head (an :class:`Anchor`, the "controlegetal") is printed
on exported documents and stored in backups; ``verify`` proves those anchors
still lie on the chain.

A controlegetal ends in a check character, so a typing error is reported as a
typing error (:class:`AnchorMistyped`), not as a rewritten log. Controlegetallen
printed before the check character existed are still accepted. The exact
format is in docs/audit-format.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

GENESIS_MAC = "0" * 64
ANCHOR_MAC_CHARS = 16
MAX_DETAIL_CHARS = 2000
# The check character: 31 symbols (a prime), Crockford's base32 without Z.
CHECK_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY"
CHECK_MODULUS = len(CHECK_ALPHABET)  # 31
CHECK_WEIGHT_BASE = 3  # a primitive root mod 31: weights differ for 30 positions
_CHECK_READ = {ch: i for i, ch in enumerate(CHECK_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_SEPARATOR = r"(?:\s*[-:·]\s*|\s+)"
_ANCHOR_RE = re.compile(
    rf"^\s*(\d+){_SEPARATOR}([0-9a-fA-F]{{{ANCHOR_MAC_CHARS}}})(?:{_SEPARATOR}?([0-9A-Za-z]))?\s*$"
)


class AnchorMistyped(ValueError):
    """A controlegetal whose check character does not match: a typing error."""

    code = "anchor_mistyped"


def check_character(seq: int, mac_prefix: str) -> str:
    """The check character of ``seq-mac_prefix`` (ISO 7064-style weighted sum, mod 31).

    Every character (decimal digit or hex digit, value 0..15) is weighted by
    3**i mod 31, i counted from the right starting at 1; the check value makes
    the total 0 mod 31. Any single wrong character and any swap of two
    characters change the total, so they are always caught.
    """
    digits = f"{seq}{mac_prefix.lower()}"
    total = sum(
        int(ch, 16) * pow(CHECK_WEIGHT_BASE, i, CHECK_MODULUS)
        for i, ch in enumerate(reversed(digits), start=1)
    )
    return CHECK_ALPHABET[-total % CHECK_MODULUS]


class SqlRunner(Protocol):
    """What the chain needs from the database (the vault's Database)."""

    @property
    def in_transaction(self) -> bool: ...

    def one(self, sql: str, params: Any = ...) -> tuple[Any, ...] | None: ...

    def all(self, sql: str, params: Any = ...) -> list[tuple[Any, ...]]: ...

    def execute(self, sql: str, params: Any = ...) -> Any: ...


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at_utc: str
    actor: str
    role: str
    action: str
    object_type: str
    object_id: str
    subject_id: str
    purpose: str
    outcome: str
    details: str
    prev_mac: str
    mac: str

    def details_dict(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.details)
        return loaded


@dataclass(frozen=True)
class Anchor:
    """A point on the chain: sequence number plus the start of that entry's MAC.

    Printed as ``1234-3f9a1c2b77d0e4aa-K``: the last character is a check
    character over the rest. ``checked`` says whether the parsed text carried
    one (older documents print the anchor without it).
    """

    seq: int
    mac_prefix: str
    checked: bool = field(default=True, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.seq}-{self.mac_prefix}-{check_character(self.seq, self.mac_prefix)}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """Read a controlegetal; AnchorMistyped when its check character does not match."""
        match = _ANCHOR_RE.match(text)
        if not match:
            raise ValueError(f"not an audit anchor: {text!r}")
        seq, prefix, check = int(match.group(1)), match.group(2).lower(), match.group(3)
        if check is None:
            return cls(seq, prefix, checked=False)
        if _CHECK_READ.get(check.upper()) != CHECK_ALPHABET.index(check_character(seq, prefix)):
            raise AnchorMistyped(
                f"controlegetal {text.strip()!r} is mistyped: its check character does not match"
            )
        return cls(seq, prefix)

    @classmethod
    def of(cls, entry: AuditEntry) -> Anchor:
        return cls(entry.seq, entry.mac[:ANCHOR_MAC_CHARS])


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # edited | deleted | reordered | gap | anchor-missing | anchor-mismatch
    explanation: str


@dataclass(frozen=True)
class VerifyReport:
    entries: int
    head: Anchor | None
    problems: tuple[ChainProblem, ...] = field(default_factory=tuple)
    anchors_checked: int = 0
    # Controlegetallen that were typed wrongly (as typed): no verdict on the chain.
    mistyped: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> ChainProblem | None:
        return self.problems[0] if self.problems else None


_COLUMNS = (
    "seq, at_utc, actor, role, action, object_type, object_id, subject_id, "
    "purpose, outcome, details, prev_mac, mac"
)


def _canonical(fields: Iterable[Any]) -> bytes:
    return json.dumps(list(fields), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class AuditLog:
    def __init__(self, db: SqlRunner, mac_key: bytes) -> None:
        self._db = db
        self._key = mac_key

    def compute_mac(self, entry: AuditEntry, seq: int | None = None) -> str:
        fields = (
            entry.seq if seq is None else seq,
            entry.at_utc,
            entry.actor,
            entry.role,
            entry.action,
            entry.object_type,
            entry.object_id,
            entry.subject_id,
            entry.purpose,
            entry.outcome,
            entry.details,
            entry.prev_mac,
        )
        return hmac.new(self._key, _canonical(fields), hashlib.sha256).hexdigest()

    def append(
        self,
        *,
        actor: str,
        role: str,
        action: str,
        object_type: str = "",
        object_id: str = "",
        subject_id: str = "",
        purpose: str = "",
        outcome: str = "ok",
        details: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> AuditEntry:
        """Append one entry; must run inside the caller's write transaction."""
        if not self._db.in_transaction:
            raise RuntimeError("audit entries are appended inside the change's transaction")
        details_text = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True)
        if len(details_text) > MAX_DETAIL_CHARS:
            raise ValueError("audit details are for small facts, not content")
        head = self._db.one("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq, prev = (1, GENESIS_MAC) if head is None else (int(head[0]) + 1, str(head[1]))
        when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
        draft = AuditEntry(
            seq,
            when,
            actor,
            role,
            action,
            object_type,
            object_id,
            subject_id,
            purpose,
            outcome,
            details_text,
            prev,
            "",
        )
        entry = AuditEntry(**{**draft.__dict__, "mac": self.compute_mac(draft)})
        self._db.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.seq,
                entry.at_utc,
                entry.actor,
                entry.role,
                entry.action,
                entry.object_type,
                entry.object_id,
                entry.subject_id,
                entry.purpose,
                entry.outcome,
                entry.details,
                entry.prev_mac,
                entry.mac,
            ),
        )
        return entry

    def entries(self, after_seq: int = 0, limit: int | None = None) -> list[AuditEntry]:
        sql = f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq"
        params: tuple[Any, ...] = (after_seq,)
        if limit is not None:
            sql += " LIMIT ?"
            params = (after_seq, limit)
        return [_row_to_entry(r) for r in self._db.all(sql, params)]

    def entries_about(self, subject_id: str) -> list[AuditEntry]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM audit_log WHERE subject_id = ? ORDER BY seq", (subject_id,)
        )
        return [_row_to_entry(r) for r in rows]

    def find(
        self,
        *,
        subject_id: str = "",
        actor: str | Sequence[str] = "",
        action: str = "",
        since_utc: str = "",
        until_utc: str = "",
    ) -> list[AuditEntry]:
        """Entries matching every given filter, newest first.

        An entry is about a person when it names them as its subject or lists
        them among the parties in its details (incident and evidence access).
        ``actor`` may name several spellings of one person (their name and
        the login their unlock and lock entries carry).
        """
        where, params = ["1 = 1"], []
        if subject_id:
            where.append("(subject_id = ? OR instr(details, ?) > 0)")
            params += [subject_id, f'"{subject_id}"']
        actors = [actor] if isinstance(actor, str) else list(actor)
        actors = [a for a in actors if a]
        if actors:
            where.append(f"actor IN ({', '.join('?' * len(actors))})")
            params += actors
        if action:
            where.append("action = ?")
            params.append(action)
        if since_utc:
            where.append("at_utc >= ?")
            params.append(since_utc)
        if until_utc:
            where.append("at_utc < ?")
            params.append(until_utc)
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM audit_log WHERE {' AND '.join(where)} ORDER BY seq DESC",
            tuple(params),
        )
        return [_row_to_entry(r) for r in rows]

    def head(self) -> Anchor | None:
        row = self._db.one("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
        return None if row is None else Anchor(int(row[0]), str(row[1])[:ANCHOR_MAC_CHARS])

    def verify(self, anchors: Iterable[Anchor] = ()) -> VerifyReport:
        """Recompute the chain; name each broken entry and check the anchors."""
        entries = self.entries()
        by_mac = {e.mac: e for e in entries}
        problems: list[ChainProblem] = []
        expected_seq = 1
        prev_mac = GENESIS_MAC
        for entry in entries:
            problem = self._check_entry(entry, expected_seq, prev_mac, by_mac)
            if problem is not None:
                problems.append(problem)
            expected_seq = entry.seq + 1
            prev_mac = entry.mac
        anchor_list = list(anchors)
        anchor_problems, mistyped = _check_anchors(anchor_list, entries)
        problems.extend(anchor_problems)
        head = Anchor.of(entries[-1]) if entries else None
        return VerifyReport(
            len(entries), head, tuple(problems), len(anchor_list) - len(mistyped), mistyped
        )

    def _check_entry(
        self, entry: AuditEntry, expected_seq: int, prev_mac: str, by_mac: dict[str, AuditEntry]
    ) -> ChainProblem | None:
        self_consistent = hmac.compare_digest(self.compute_mac(entry), entry.mac)
        if not self_consistent:
            predecessor = by_mac.get(entry.prev_mac)
            if entry.prev_mac == GENESIS_MAC:
                original_seq = 1
            elif predecessor is not None:
                original_seq = predecessor.seq + 1
            else:
                original_seq = None
            if (
                original_seq is not None
                and original_seq != entry.seq
                and hmac.compare_digest(self.compute_mac(entry, original_seq), entry.mac)
            ):
                return ChainProblem(
                    entry.seq,
                    "reordered",
                    f"entry {entry.seq} was moved; it was written as entry {original_seq}",
                )
            return ChainProblem(
                entry.seq, "edited", f"entry {entry.seq} was changed after it was written"
            )
        if entry.seq != expected_seq:
            return ChainProblem(
                entry.seq,
                "gap",
                f"entries {expected_seq}..{entry.seq - 1} are missing before entry {entry.seq}",
            )
        if entry.prev_mac != prev_mac:
            if entry.prev_mac in by_mac:
                return ChainProblem(
                    entry.seq,
                    "reordered",
                    f"entry {entry.seq} does not follow the entry before it",
                )
            return ChainProblem(
                entry.seq,
                "deleted",
                f"an entry before entry {entry.seq} was removed or replaced",
            )
        return None


def _near_miss(anchor: Anchor, entries: list[AuditEntry], by_seq: dict[int, AuditEntry]) -> bool:
    """Does an anchor without a check character look like a typing error?

    Its MAC prefix is exactly another entry's (the number was mistyped), or it
    is one character or one swap of neighbours away from its own entry's. A
    rewritten log gives an unrelated MAC: being this close by chance is about
    one in 10**17.
    """
    if any(e.seq != anchor.seq and e.mac.startswith(anchor.mac_prefix) for e in entries):
        return True
    entry = by_seq.get(anchor.seq)
    if entry is None:
        return False
    real, typed = entry.mac[:ANCHOR_MAC_CHARS], anchor.mac_prefix
    differ = [i for i, (a, b) in enumerate(zip(real, typed, strict=True)) if a != b]
    swapped = (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and real[differ[0]] == typed[differ[1]]
        and real[differ[1]] == typed[differ[0]]
    )
    return len(differ) == 1 or swapped


def _check_anchors(
    anchors: list[Anchor], entries: list[AuditEntry]
) -> tuple[list[ChainProblem], tuple[str, ...]]:
    by_seq = {e.seq: e for e in entries}
    problems = []
    mistyped: list[str] = []
    for anchor in anchors:
        entry = by_seq.get(anchor.seq)
        on_chain = entry is not None and entry.mac.startswith(anchor.mac_prefix)
        if not on_chain and not anchor.checked and _near_miss(anchor, entries, by_seq):
            mistyped.append(f"{anchor.seq}-{anchor.mac_prefix}")
            continue
        if entry is None:
            problems.append(
                ChainProblem(
                    anchor.seq,
                    "anchor-missing",
                    f"anchor {anchor} points at entry {anchor.seq}, which is no longer in the log "
                    "(entries were removed from the end)",
                )
            )
        elif not entry.mac.startswith(anchor.mac_prefix):
            problems.append(
                ChainProblem(
                    anchor.seq,
                    "anchor-mismatch",
                    f"anchor {anchor} does not match entry {anchor.seq}: the log was rewritten",
                )
            )
    return problems, tuple(mistyped)


def _row_to_entry(row: tuple[Any, ...]) -> AuditEntry:
    return AuditEntry(int(row[0]), *(str(v) for v in row[1:]))
