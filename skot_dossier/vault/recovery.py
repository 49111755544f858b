"""Recovery keys: 160 random bits, printable in groups, with a typo check."""

from __future__ import annotations

import hashlib
import os

# Crockford's base32: no I, L, O or U, so handwriting and reading aloud work.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 20
CHECK_CHARS = 4
GROUP = 4


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _checksum(body: str) -> str:
    digest = hashlib.sha256(b"skot-recovery-key:" + body.encode("ascii")).digest()
    number = int.from_bytes(digest[:3], "big") >> 4
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CHECK_CHARS)))


def generate() -> str:
    """A new recovery key in grouped, printable form (36 characters, 9 groups)."""
    body = _encode(os.urandom(KEY_BYTES))
    return format_key(body + _checksum(body))


def format_key(compact: str) -> str:
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))


def normalize(text: str) -> str | None:
    """The canonical compact form of a typed key, or None when it is not valid."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t\n\r")
    try:
        mapped = "".join(ALPHABET[_DECODE[ch]] for ch in compact)
    except KeyError:
        return None
    body_len = KEY_BYTES * 8 // 5
    if len(mapped) != body_len + CHECK_CHARS:
        return None
    body, check = mapped[:body_len], mapped[body_len:]
    if _checksum(body) != check:
        return None
    return mapped


def looks_like_recovery_key(text: str) -> bool:
    return normalize(text) is not None
