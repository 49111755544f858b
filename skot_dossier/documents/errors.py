"""Errors of the document layer."""

from __future__ import annotations

from skot_dossier.errors import SkotError


class LetterError(SkotError):
    """A letter cannot be composed or rendered (missing fields, unknown type, bad logo)."""

    code = "letter"
    exit_status = 17

    def __init__(self, message: str | None = None, *, missing: tuple[str, ...] = ()) -> None:
        self.missing = missing
        super().__init__(message)

    @classmethod
    def default_message(cls) -> str:
        return "The letter cannot be made."


class LetterTemplateError(LetterError):
    """A letter template file is missing or breaks the template schema."""

    code = "letter_template"

    @classmethod
    def default_message(cls) -> str:
        return "A letter template is not valid."
