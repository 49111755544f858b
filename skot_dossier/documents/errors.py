"""Errors of the document layer."""

from __future__ import annotations

from skot_dossier.errors import SkotError
from skot_dossier.problems import ParamValue


class LetterError(SkotError):
    """A letter cannot be composed or rendered (missing fields, unknown type, bad logo)."""

    code = "letter"
    exit_status = 17

    def __init__(
        self, code: str | None = None, /, *, missing: tuple[str, ...] = (), **params: ParamValue
    ) -> None:
        self.missing = missing
        super().__init__(code, **params)


class LetterTemplateError(LetterError):
    """A letter template file is missing or breaks the template schema."""

    code = "letter_template"
