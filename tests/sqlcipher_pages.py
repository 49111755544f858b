"""Decrypt every page of a SQLCipher 4 database file, free pages included.

Tests use this to prove that erased content is gone from the file itself,
not only from the tables: the plaintext of every page, live or free, is
searched. SQLCipher 4 page layout: AES-256-CBC over the page minus a reserve
of 16 bytes IV + 64 bytes HMAC-SHA512; page 1 starts with the 16-byte salt.
With a raw key the key is used directly.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = Path(path).read_bytes()
    pages = []
    for start in range(0, len(data) - len(data) % PAGE, PAGE):
        page = data[start : start + PAGE]
        offset = 16 if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[offset : PAGE - RESERVE]) + decryptor.finalize())
    return pages


def plaintext_contains(path: Path, key: bytes, needle: bytes) -> bool:
    return any(needle in page for page in decrypted_pages(path, key))
