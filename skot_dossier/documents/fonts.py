"""The embedded Unicode font family used for every letter.

Letters print names such as "Şeyma Yılmaz" or "Nguyễn Thị Lan"; the PDF base
fonts cannot, so DejaVu Sans (shipped in ``resources/fonts``) is embedded as a
TrueType subset. Registration is global in reportlab, so it happens once.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from skot_dossier.documents.errors import LetterError
from skot_dossier.resources import resource_path

FAMILY = "SkotSans"
REGULAR = "SkotSans"
BOLD = "SkotSans-Bold"
ITALIC = "SkotSans-Oblique"
BOLD_ITALIC = "SkotSans-BoldOblique"
MONO = "SkotMono"
"""Fixed-width face for hashes, so a SHA-256 fits one line at a small size."""

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered: FontFamily | None = None


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    covered: frozenset[int]
    """Code points the regular face has a glyph for."""
    mono: str = MONO


def register_fonts() -> FontFamily:
    """Register the family with reportlab (idempotent) and return its names."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        faces: dict[str, TTFont] = {}
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            try:
                faces[name] = TTFont(name, str(path))
            except Exception as exc:  # reportlab raises several types for bad files
                raise LetterError("letter_font_missing", file=filename, detail=str(exc)) from exc
        for face in faces.values():
            pdfmetrics.registerFont(face)
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        covered = frozenset(faces[REGULAR].face.charToGlyph)
        _registered = FontFamily(REGULAR, BOLD, ITALIC, BOLD_ITALIC, covered, MONO)
        return _registered


def printable(text: str, family: FontFamily) -> str:
    """Text the font can print: NFC-composed, visible stand-ins for missing glyphs.

    reportlab does no glyph fallback, so a character the font lacks (an emoji
    quoted from a post, say) would print as an empty box and be lost without a
    trace. It becomes ``[U+1F600]`` instead; invisible format characters
    (zero-width joiners, variation selectors) that the font lacks are dropped.
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code in family.covered or char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in ("Cf", "Cc") or 0xFE00 <= code <= 0xFE0F:
            continue
        else:
            out.append(f"[U+{code:04X}]")
    return "".join(out)
