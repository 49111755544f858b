"""The letter as data: what a letter request holds and what composing returns.

Plain frozen records with no behaviour beyond checking their own shape, so the
composer (:mod:`.letters`) and the renderer (:mod:`.pdf`) can both depend on
them without depending on each other.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal

from skot_dossier.documents.errors import LetterError

CLOSING = "Met vriendelijke groet,"
SALUTATIONS = ("heer", "mevrouw", "neutral")


@dataclass(frozen=True)
class Letterhead:
    foundation_name: str
    foundation_address_lines: tuple[str, ...]
    school_name: str
    school_address_lines: tuple[str, ...]
    place: str
    """Where the letter is written: "Vriezenveen, 25 november 2026"."""
    logo_png: bytes | None = field(default=None, repr=False)
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class Recipient:
    name: str
    """Full name as on the envelope ("Łukasz Wójcik", "Inspectie van het Onderwijs")."""
    salutation: Literal["heer", "mevrouw", "neutral"]
    address_lines: tuple[str, ...]
    family_name: str = ""

    def __post_init__(self) -> None:
        if self.salutation not in SALUTATIONS:
            raise LetterError(
                "letter_invalid",
                detail=f"salutation must be one of {', '.join(SALUTATIONS)}, "
                f"not {self.salutation!r}",
            )


@dataclass(frozen=True)
class Signer:
    name: str
    role: str
    mandate: str = ""
    """E.g. "namens het bevoegd gezag" or "in mandaat"; printed under the role."""


@dataclass(frozen=True)
class LetterRequest:
    letter_id: str
    letterhead: Letterhead
    recipient: Recipient
    signer: Signer
    reference: str
    """Ons kenmerk."""
    date: datetime.date
    fields: Mapping[str, str | bool]
    """The template's fields; flags may be bools or "ja"/"nee"."""
    enclosures: tuple[str, ...] = ()
    audit_anchor: str = ""
    """Printed in every footer as "Controlegetal"; empty for previews."""
    cc: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))


@dataclass(frozen=True)
class LetterText:
    """The composed letter as plain text; the part a user may edit before finalizing."""

    letter_id: str
    title: str
    """The letter type's name ("Besluit schorsing als ordemaatregel"); PDF title."""
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    clause_heading: str = ""
    clause: tuple[str, ...] = ()
    """Appeal, objection or court clause; kept apart so an editor can protect it."""
    closing: str = CLOSING
    enclosures: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    registered_post: bool = False
    to_verify: tuple[str, ...] = ()
    """"Te verifiëren" notes; shown on drafts, never printed in a final letter."""
    locked: tuple[str, ...] = ()
    """Body paragraphs an edit must keep word for word (a decision's grounds)."""

    def __post_init__(self) -> None:
        for name in ("paragraphs", "clause", "enclosures", "cc", "to_verify", "locked"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise LetterError(
                    "letter_invalid", detail=f"LetterText.{name} must be a sequence of texts"
                )
            object.__setattr__(self, name, tuple(value))

    def with_paragraphs(self, paragraphs: Sequence[str]) -> LetterText:
        """The same letter with edited body paragraphs; the locked ones must stay."""
        kept = tuple(paragraphs)
        changed = [p for p in self.locked if p not in kept]
        if changed:
            raise LockedParagraph(changed[0])
        return replace(self, paragraphs=kept)


class LockedParagraph(LetterError):
    """An edit changed or removed a paragraph that must stay as composed."""

    code = "letter_paragraph_locked"

    def __init__(self, paragraph: str) -> None:
        self.paragraph = paragraph
        super().__init__()
