"""The controlegetal's check character catches every typing error of one character or one swap."""

from __future__ import annotations

import random
import re

import pytest

from skot_dossier.audit import Anchor, AnchorMistyped, check_character
from skot_dossier.audit.chain import CHECK_ALPHABET

HEX = "0123456789abcdef"


def _samples(n: int = 60) -> list[Anchor]:
    rng = random.Random(2026)
    return [
        Anchor(
            rng.choice([1, 7, 42, 1234, 98765, rng.randrange(10**7)]),
            "".join(rng.choices(HEX, k=16)),
        )
        for _ in range(n)
    ]


def test_printed_form_and_round_trip():
    anchor = Anchor(1234, "3f9a1c2b77d0e4aa")
    text = str(anchor)
    assert re.fullmatch(r"1234-3f9a1c2b77d0e4aa-[0-9A-Y]", text)
    assert Anchor.parse(text) == anchor
    # Lower case, spaces and a missing last hyphen are all read the same.
    for variant in (text.lower(), text.replace("-", " "), text[:-2] + text[-1], f"  {text}  "):
        assert Anchor.parse(variant) == anchor


def test_controlegetallen_printed_without_the_check_character_are_accepted():
    legacy = Anchor.parse("1234-3f9a1c2b77d0e4aa")
    assert legacy == Anchor(1234, "3f9a1c2b77d0e4aa") and not legacy.checked
    assert Anchor.parse(str(legacy)).checked


def _rejected(text: str) -> bool:
    try:
        Anchor.parse(text)
    except AnchorMistyped:
        return True
    except ValueError:
        return True  # no longer even shaped like a controlegetal
    return False


def test_every_single_wrong_character_is_caught():
    for anchor in _samples():
        text = str(anchor)
        for i, ch in enumerate(text):
            if ch == "-":
                continue
            pool = CHECK_ALPHABET if i == len(text) - 1 else ("0123456789" + HEX[10:])
            for other in pool:
                if other.lower() != ch.lower():
                    typo = text[:i] + other + text[i + 1 :]
                    assert _rejected(typo), (text, typo)


def test_every_swap_of_neighbours_is_caught():
    for anchor in _samples():
        text = str(anchor)
        for i in range(len(text) - 1):
            a, b = text[i], text[i + 1]
            if a == b or "-" in (a, b):
                continue
            typo = text[:i] + b + a + text[i + 2 :]
            assert _rejected(typo), (text, typo)


def test_a_mistyped_check_character_is_its_own_error():
    text = str(Anchor(77, "0123456789abcdef"))
    wrong = text[:-1] + next(c for c in CHECK_ALPHABET if c != text[-1])
    with pytest.raises(AnchorMistyped, match="mistyped"):
        Anchor.parse(wrong)
    with pytest.raises(ValueError) as other:
        Anchor.parse("geen getal")
    assert not isinstance(other.value, AnchorMistyped)


def test_the_check_character_is_the_documented_weighted_sum():
    """The same computation as docs/audit-format.md gives, written out by hand."""
    seq, prefix = 1234, "3f9a1c2b77d0e4aa"
    values = [int(c, 16) for c in f"{seq}{prefix}"]
    total = sum(v * 3**i % 31 for i, v in enumerate(reversed(values), start=1))
    check = CHECK_ALPHABET[(31 - total % 31) % 31]
    assert check_character(seq, prefix) == check
    assert (CHECK_ALPHABET.index(check) + total) % 31 == 0
