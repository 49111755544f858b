"""How a name is compared: without accents, case or keyboard-specific letters.

"Şeyma", "seyma" and "SEYMA" are one name; so are "Łukasz" and "Lukasz". Search
and the masking of names in free text use the same folding, so a name found by
search is a name masked in a text.
"""

from __future__ import annotations

import functools
import unicodedata

# Letters that accent removal leaves alone, but a Dutch keyboard types differently.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "İ": "I",
    }
)


def fold(text: str) -> str:
    """The keyboard-friendly spelling of the letters above (case and accents kept)."""
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str:
    """One word as compared: folded, without accents, case-folded ("Şeyma" -> "seyma")."""
    decomposed = unicodedata.normalize("NFKD", fold(word))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return fold(bare.casefold())
