"""Letter templates as data: ``resources/letters/<letter_id>.toml``.

A template holds the Dutch text of one letter type for one recipient: subject,
body paragraphs with ``{placeholders}``, the fields the caller must supply, the
yes/no flags that switch paragraphs on or off, default enclosures and the legal
clause (appeal, objection, court period) shared with other letters through
``resources/letters/_clauses.toml``. The loader checks every template strictly,
so a typo in a placeholder fails when the template is loaded, not in a letter.

Template keys (all optional unless marked):

- ``format_version`` (required, 1), ``title`` (required: the type name, as in the
  protocol's ``name_nl``), ``audience`` (required: employee, parents,
  victim_parents or inspectie), ``subject`` (required), ``registered_post``;
- ``required``: text fields that must be non-empty; ``optional``: fields needed
  only by a conditional paragraph, and then required; ``flags``: yes/no fields;
  ``defaults``: values used when the caller leaves a field out;
- ``enclosures``, ``clause`` (an id in ``_clauses.toml``), ``follows`` (the
  intention a decision letter answers; both share the ``grounds`` field, and the
  decision letter's paragraphs that state them cannot be edited),
  ``from_decision`` (the letter states a decision and is drafted only from it),
  ``verify_note`` (a "te verifiëren" remark shown with every draft);
- ``[[body]]`` tables with ``text`` and optionally ``when = "<flag>"`` or
  ``when = "not <flag>"``.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

from skot_dossier.documents.errors import LetterError, LetterTemplateError
from skot_dossier.resources import resource_path

FORMAT_VERSION = 1
CLAUSES_FILE = "_clauses.toml"
AUDIENCES = frozenset({"employee", "parents", "victim_parents", "inspectie"})
PARENT_AUDIENCES = frozenset({"parents", "victim_parents"})

BUILTIN_FIELDS = frozenset(
    {
        "foundation_name",
        "foundation_address",
        "school_name",
        "school_address",
        "place",
        "letter_date",
        "reference",
        "recipient_name",
        "signer_name",
        "signer_role",
    }
)
"""Placeholders filled from the request itself; callers never pass them."""

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TRUE = frozenset({"ja", "yes", "true", "1", "waar"})
_FALSE = frozenset({"nee", "no", "false", "0", "onwaar", ""})
_TEMPLATE_KEYS = frozenset(
    {
        "format_version",
        "title",
        "audience",
        "subject",
        "registered_post",
        "required",
        "optional",
        "flags",
        "defaults",
        "enclosures",
        "clause",
        "follows",
        "from_decision",
        "verify_note",
        "body",
    }
)
_CLAUSE_KEYS = frozenset({"heading", "paragraphs", "defaults", "verify", "verify_note"})


@dataclass(frozen=True)
class Block:
    """One body paragraph, possibly switched by a flag."""

    text: str
    flag: str | None = None
    negate: bool = False

    def applies(self, flags: Mapping[str, bool]) -> bool:
        if self.flag is None:
            return True
        return flags.get(self.flag, False) != self.negate


@dataclass(frozen=True)
class Clause:
    """A legal clause shared by several letters (appeal, objection, court period)."""

    id: str
    heading: str
    paragraphs: tuple[str, ...]
    defaults: Mapping[str, str]
    verify: bool = False
    verify_note: str = ""


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: str
    audience: str
    subject: str
    registered_post: bool
    body: tuple[Block, ...]
    required: tuple[str, ...]
    optional: tuple[str, ...]
    flags: tuple[str, ...]
    defaults: Mapping[str, str]
    enclosures: tuple[str, ...]
    clause: Clause | None
    follows: str = ""
    verify_note: str = ""
    from_decision: bool = False

    def missing(self, values: Mapping[str, object]) -> tuple[str, ...]:
        """Every field still needed with these values: required texts, flags without a
        value, and the optional fields of the paragraphs those flags switch on."""
        given = {**self.all_defaults, **{k: v for k, v in values.items() if v is not None}}
        flags = {n: parse_flag(n, given[n]) for n in self.flags if n in given}
        missing = [n for n in self.required if not _filled(given.get(n))]
        missing += [n for n in self.flags if n not in flags]
        for block in self.body:
            if block.applies(flags):
                missing += [
                    n
                    for n in placeholders(block.text)
                    if n in self.optional and not _filled(given.get(n))
                ]
        return tuple(dict.fromkeys(missing))

    @property
    def required_fields(self) -> tuple[str, ...]:
        """Fields every request must carry (text fields and flags without a default)."""
        names = [*self.required, *self.flags]
        return tuple(n for n in names if n not in self.all_defaults)

    @property
    def all_defaults(self) -> Mapping[str, str]:
        merged = dict(self.clause.defaults) if self.clause else {}
        merged.update(self.defaults)
        return merged

    @property
    def to_verify(self) -> tuple[str, ...]:
        notes = [self.verify_note] if self.verify_note else []
        if self.clause is not None and self.clause.verify:
            notes.append(self.clause.verify_note)
        return tuple(notes)


def _filled(value: object) -> bool:
    return isinstance(value, bool) or (isinstance(value, str) and bool(value.strip()))


def placeholders(text: str) -> list[str]:
    """The ``{names}`` in a template text; refuses anything but plain names."""
    names = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise LetterTemplateError(detail=f"Unbalanced braces in {text[:40]!r}…: {exc}") from exc
    for _, field_name, format_spec, conversion in parsed:
        if field_name is None:
            continue
        if not field_name.isidentifier() or format_spec or conversion:
            raise LetterTemplateError(
                detail=f"Placeholder {{{field_name}}} is not a plain name (in {text[:40]!r}…)."
            )
        names.append(field_name)
    return names


def parse_flag(name: str, value: object) -> bool:
    """A yes/no field as given by a caller ("ja"/"nee", "true"/"false", a bool)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE:
        return True
    if isinstance(value, str) and value.strip().lower() in _FALSE:
        return False
    raise LetterError("letter_flag_invalid", field=name, value=str(value))


def letter_ids() -> list[str]:
    """Every letter type that has a template, sorted."""
    folder = resource_path("letters")
    return sorted(p.stem for p in folder.glob("*.toml") if not p.name.startswith("_"))


@cache
def load_template(letter_id: str) -> LetterTemplate:
    if not _ID.match(letter_id):
        raise LetterError("letter_type_unknown", letter=letter_id)
    path = resource_path("letters", f"{letter_id}.toml")
    if not path.is_file():
        raise LetterError("letter_type_unknown", letter=letter_id)
    return _template(letter_id, _read(path.name))


@lru_cache(maxsize=1)
def load_clauses() -> Mapping[str, Clause]:
    data = _read(CLAUSES_FILE)
    return MappingProxyType({cid: _clause(cid, t) for cid, t in data.items()})


def _read(filename: str) -> dict[str, Any]:
    path = resource_path("letters", filename)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LetterTemplateError(detail=f"Cannot read letter template {filename}: {exc}") from exc


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LetterTemplateError(detail=f"{where}: {key!r} must be a list of texts.")
    return tuple(value)


def _text(where: str, key: str, value: Any, *, required: bool = True) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise LetterTemplateError(detail=f"{where}: {key!r} must be a non-empty text.")
    return value


def _mapping(where: str, key: str, value: Any) -> Mapping[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise LetterTemplateError(detail=f"{where}: {key!r} must be a table of texts.")
    return MappingProxyType(dict(value))


def _clause(clause_id: str, t: Any) -> Clause:
    where = f"{CLAUSES_FILE} [{clause_id}]"
    if not isinstance(t, dict):
        raise LetterTemplateError(detail=f"{where} must be a table.")
    unknown = set(t) - _CLAUSE_KEYS
    if unknown:
        raise LetterTemplateError(detail=f"{where}: unknown keys {sorted(unknown)}.")
    verify = bool(t.get("verify", False))
    note = _text(where, "verify_note", t.get("verify_note", ""), required=verify)
    paragraphs = _strings(where, "paragraphs", t.get("paragraphs"))
    for paragraph in paragraphs:
        placeholders(paragraph)
    return Clause(
        id=clause_id,
        heading=_text(where, "heading", t.get("heading")),
        paragraphs=paragraphs,
        defaults=_mapping(where, "defaults", t.get("defaults", {})),
        verify=verify,
        verify_note=note,
    )


def _block(where: str, t: Any, flags: tuple[str, ...]) -> Block:
    if not isinstance(t, dict) or set(t) - {"text", "when"}:
        raise LetterTemplateError(
            detail=f"{where}: each [[body]] has 'text' and optionally 'when'."
        )
    text = _text(where, "text", t.get("text"))
    when = t.get("when")
    if when is None:
        return Block(text)
    negate = isinstance(when, str) and when.startswith("not ")
    flag = when[4:].strip() if negate else when
    if flag not in flags:
        raise LetterTemplateError(
            detail=f"{where}: 'when = {when!r}' does not name a declared flag."
        )
    return Block(text, flag, negate)


def _template(letter_id: str, t: dict[str, Any]) -> LetterTemplate:
    where = f"letter template {letter_id}"
    unknown = set(t) - _TEMPLATE_KEYS
    if unknown:
        raise LetterTemplateError(detail=f"{where}: unknown keys {sorted(unknown)}.")
    if t.get("format_version") != FORMAT_VERSION:
        raise LetterTemplateError(detail=f"{where}: format_version must be {FORMAT_VERSION}.")
    audience = t.get("audience")
    if audience not in AUDIENCES:
        raise LetterTemplateError(detail=f"{where}: audience must be one of {sorted(AUDIENCES)}.")
    flags = _strings(where, "flags", t.get("flags", []))
    clause_id = t.get("clause", "")
    clauses = load_clauses()
    if clause_id and clause_id not in clauses:
        raise LetterTemplateError(detail=f"{where}: unknown clause {clause_id!r}.")
    template = LetterTemplate(
        id=letter_id,
        title=_text(where, "title", t.get("title")),
        audience=audience,
        subject=_text(where, "subject", t.get("subject")),
        registered_post=bool(t.get("registered_post", False)),
        body=tuple(_block(where, b, flags) for b in t.get("body", [])),
        required=_strings(where, "required", t.get("required", [])),
        optional=_strings(where, "optional", t.get("optional", [])),
        flags=flags,
        defaults=_mapping(where, "defaults", t.get("defaults", {})),
        enclosures=_strings(where, "enclosures", t.get("enclosures", [])),
        clause=clauses[clause_id] if clause_id else None,
        follows=_text(where, "follows", t.get("follows", ""), required=False),
        verify_note=_text(where, "verify_note", t.get("verify_note", ""), required=False),
        from_decision=bool(t.get("from_decision", False)) or bool(t.get("follows")),
    )
    _check_fields(where, template)
    return template


def _check_fields(where: str, tpl: LetterTemplate) -> None:
    """Every placeholder is declared, and every declared field is used."""
    if not tpl.body:
        raise LetterTemplateError(detail=f"{where}: the body is empty.")
    if tpl.audience in PARENT_AUDIENCES and "pupil_name" not in tpl.required:
        raise LetterTemplateError(detail=f"{where}: letters to parents require 'pupil_name'.")
    always = set(tpl.required) | set(tpl.all_defaults) | BUILTIN_FIELDS
    sometimes = always | set(tpl.optional)
    declared = [*tpl.required, *tpl.optional, *tpl.flags]
    if len(declared) != len(set(declared)):
        raise LetterTemplateError(detail=f"{where}: a field is declared twice.")
    unconditional: list[str] = [tpl.subject, *tpl.enclosures]
    unconditional += [b.text for b in tpl.body if b.flag is None]
    unconditional += list(tpl.clause.paragraphs) if tpl.clause else []
    used: set[str] = set()
    _expect(where, unconditional, always, used)
    _expect(where, [b.text for b in tpl.body if b.flag is not None], sometimes, used)
    used |= {b.flag for b in tpl.body if b.flag is not None}
    unused = [n for n in declared if n not in used]
    if unused:
        raise LetterTemplateError(detail=f"{where}: declared but never used: {', '.join(unused)}.")


def _expect(where: str, texts: Iterable[str], allowed: set[str], used: set[str]) -> None:
    for text in texts:
        for name in placeholders(text):
            if name not in allowed:
                raise LetterTemplateError(
                    detail=f"{where}: placeholder {{{name}}} is not a declared field here."
                )
            used.add(name)
