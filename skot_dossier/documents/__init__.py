"""The document layer: letters composed from templates and rendered as PDF in memory.

Pure functions over plain data; no database, no services, no Qt. See
:mod:`skot_dossier.documents.letters` for the public API.
"""

from skot_dossier.documents.dates import dutch_date
from skot_dossier.documents.errors import LetterError, LetterTemplateError
from skot_dossier.documents.letters import (
    CLOSING,
    Letterhead,
    LetterRequest,
    LetterText,
    Recipient,
    Signer,
    compose,
    letter_ids,
    letter_template,
    render_pdf,
)

__all__ = [
    "CLOSING",
    "LetterError",
    "LetterRequest",
    "LetterTemplateError",
    "LetterText",
    "Letterhead",
    "Recipient",
    "Signer",
    "compose",
    "dutch_date",
    "letter_ids",
    "letter_template",
    "render_pdf",
]
