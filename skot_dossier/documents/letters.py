"""Letters: compose the Dutch text from a template, then render it as a PDF.

Two steps on purpose. :func:`compose` fills a template and returns plain text
(:class:`LetterText`) that the user may edit before finalizing; :func:`render_pdf`
prints whatever text it is given. Neither touches a database, the dossier or the
disk: the caller stores the PDF bytes (and their hash) when a letter is final.

Salutation rules (one rule per case, so letters stay consistent):

- ``heer`` / ``mevrouw``: "Geachte heer Wójcik," / "Geachte mevrouw Van den Berg,"
  (a leading tussenvoegsel is capitalized, as Dutch spelling wants when no
  initials precede the family name);
- letters to parents: a named parent (``heer``/``mevrouw``) is addressed by name;
  otherwise "Geachte ouder(s)/verzorger(s) van Şeyma Yılmaz,";
- ``neutral`` for a person (a family name is given): "Geachte Sam Yılmaz," (the
  full name, the usual gender-neutral Dutch form);
- no family name (an organisation such as the Inspectie): "Geachte heer/mevrouw,".
"""

from __future__ import annotations

import threading

from skot_dossier.documents.dates import dutch_date
from skot_dossier.documents.errors import LetterError, LetterTemplateError
from skot_dossier.documents.model import (
    CLOSING,
    Letterhead,
    LetterRequest,
    LetterText,
    Recipient,
    Signer,
)
from skot_dossier.documents.pdf import build_pdf
from skot_dossier.documents.templates import (
    PARENT_AUDIENCES,
    LetterTemplate,
    load_template,
    parse_flag,
    placeholders,
)
from skot_dossier.documents.templates import letter_ids as _template_ids

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

_TUSSENVOEGSELS = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "uit", "von", "la"}
)
_render_lock = threading.Lock()


def letter_ids() -> list[str]:
    """Every letter type that has a template (``resources/letters/*.toml``)."""
    return _template_ids()


def letter_template(letter_id: str) -> LetterTemplate:
    """The template of a letter type: title, required fields, flags, clause."""
    return load_template(letter_id)


def compose(request: LetterRequest) -> LetterText:
    """Fill the template; raises LetterError naming every missing field."""
    template = load_template(request.letter_id)
    values, flags = _values(template, request)
    blocks = [b for b in template.body if b.applies(flags)]
    missing = template.missing(request.fields)
    if missing:
        raise LetterError(
            "letter_fields_missing", letter=template.id, fields=tuple(missing), missing=missing
        )
    paragraphs = tuple(b.text.format_map(values) for b in blocks)
    # A decision letter repeats the intention's grounds unchanged: those paragraphs
    # are kept out of reach of an edit.
    locked = tuple(
        text
        for block, text in zip(blocks, paragraphs, strict=True)
        if template.follows and "grounds" in placeholders(block.text)
    )
    clause = template.clause
    return LetterText(
        letter_id=template.id,
        title=template.title,
        subject=template.subject.format_map(values),
        salutation=salutation(request.recipient, template.audience, values.get("pupil_name", "")),
        paragraphs=paragraphs,
        locked=locked,
        clause_heading=clause.heading if clause else "",
        clause=tuple(p.format_map(values) for p in clause.paragraphs) if clause else (),
        enclosures=tuple(e.format_map(values) for e in template.enclosures)
        + tuple(request.enclosures),
        cc=tuple(request.cc),
        registered_post=template.registered_post,
        to_verify=template.to_verify,
    )


def render_pdf(letter: LetterText, request: LetterRequest, *, draft: bool = False) -> bytes:
    """The letter as PDF bytes, built in memory; the same input gives the same bytes.

    ``draft=True`` adds a "CONCEPT" watermark and lists the "te verifiëren" notes.
    """
    if letter.letter_id != request.letter_id:
        raise LetterError(
            "letter_invalid",
            detail=f"the text is a {letter.letter_id!r} letter, the request a "
            f"{request.letter_id!r}",
        )
    with _render_lock:  # reportlab keeps per-document font state in shared objects
        return build_pdf(letter, request, draft=draft)


def salutation(recipient: Recipient, audience: str, pupil_name: str = "") -> str:
    """The salutation line by the rules in the module docstring."""
    family = _family_name(recipient.family_name.strip())
    if recipient.salutation in ("heer", "mevrouw") and family:
        return f"Geachte {recipient.salutation} {family},"
    if audience in PARENT_AUDIENCES and pupil_name.strip():
        return f"Geachte ouder(s)/verzorger(s) van {pupil_name.strip()},"
    if family and recipient.name.strip():
        return f"Geachte {recipient.name.strip()},"
    return "Geachte heer/mevrouw,"


def _family_name(name: str) -> str:
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _TUSSENVOEGSELS and first[:1].islower():
        return first[:1].upper() + first[1:] + " " + rest
    return name


def _values(
    template: LetterTemplate, request: LetterRequest
) -> tuple[dict[str, str], dict[str, bool]]:
    values: dict[str, str] = dict(template.all_defaults)
    raw: dict[str, object] = dict(template.all_defaults)
    for name, value in request.fields.items():
        raw[name] = value
        if name in template.flags:
            continue
        if not isinstance(value, str):
            raise LetterError(
                "letter_invalid", detail=f"field {name!r} must be text, not {type(value).__name__}"
            )
        values[name] = value.strip()
    flags: dict[str, bool] = {}
    for name in template.flags:
        if name in raw and raw[name] is not None:
            flags[name] = parse_flag(name, raw[name])
    head = request.letterhead
    values.update(
        foundation_name=head.foundation_name,
        foundation_address=", ".join(head.foundation_address_lines),
        school_name=head.school_name,
        school_address=", ".join(head.school_address_lines),
        place=head.place,
        letter_date=dutch_date(request.date),
        reference=request.reference,
        recipient_name=request.recipient.name,
        signer_name=request.signer.name,
        signer_role=request.signer.role,
    )
    return values, flags
