"""Recognise a file by its content, and notice when its name lies about it."""

from __future__ import annotations

from pathlib import PurePath

BY_EXTENSION = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".txt": "text/plain",
    ".zip": "application/zip",
}


def sniff(head: bytes) -> str:
    """The media type the first bytes of a file show."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head[4:8] == b"ftyp":
        return "video/quicktime" if head[8:10] == b"qt" else "video/mp4"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:  # cut inside a character at the edge
                return "text/plain"
    return "application/octet-stream"


def claimed_type(name: str) -> str | None:
    return BY_EXTENSION.get(PurePath(name).suffix.lower())


def compatible(claimed: str, actual: str) -> bool:
    if claimed == actual:
        return True
    return {claimed, actual} <= {"video/mp4", "video/quicktime"}


def is_image(media_type: str) -> bool:
    return media_type.startswith("image/")
