"""Names of persons in free text: find them, and mask those a reader may not see.

The vault knows every name, so an incident description, a note or an evidence
description that names a pupil the reader has no business with can be shown
with that name replaced ("[leerling]"). Names are compared word by word
without accents, case or keyboard-specific letters ("SEYMA", "Şeyma" and
"seyma" are one name; so are "Lukasz" and "Łukasz"), with Dutch particles
("de", "van der") left out of the comparison, and a genitive ("Sems",
"Sem's") still found.

Ambiguity is settled for privacy, within reason: a word that is the name of
someone the reader may not see is masked, unless it is also the name of a
person the reader is meant to see *in this text* (say, a party of the
incident); a full name ("Sem Bakker") of a hidden person is masked always, in
any case. A family name written all in small letters on its own ("de bakker",
"een groot probleem") is taken for the ordinary word it also is; a given name
is a name in any case ("sem zei sorry").
Pure logic, no I/O: the services decide who is hidden from whom.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from skot_dossier.domain.spelling import name_key

# Dutch (and a few other) particles of family names: not compared as names.
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "aan",
        "bij",
        "uit",
        "voor",
        "onder",
        "over",
        "s",
        "la",
        "le",
        "du",
        "des",
        "von",
        "vom",
        "zu",
        "da",
        "do",
        "dos",
        "di",
        "d",
        "l",
        "el",
        "al",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[\s\-]*")  # what may lie between the words of one name
MIN_KEY = 2  # a single letter (an initial) names nobody


def _keys(text: str) -> list[str]:
    return [name_key(w) for w in _WORD.findall(text)]


@functools.lru_cache(maxsize=1 << 14)
def _parsed(
    given_name: str, family_name: str
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(given name words, family name words, particles) as compared; names repeat, so
    a vault's worth of them is parsed once."""
    family_keys = _keys(family_name)
    return (
        tuple(k for k in _keys(given_name) if len(k) >= MIN_KEY),
        tuple(k for k in family_keys if k not in PARTICLES and len(k) >= MIN_KEY),
        frozenset(k for k in family_keys if k in PARTICLES),
    )


@dataclass(frozen=True)
class Named:
    """A person (or a pupil's parent) whose name may occur in a text."""

    person_id: str
    kind: str  # "pupil", "staff" or "guardian"
    given: tuple[str, ...]
    family: tuple[str, ...]
    particles: frozenset[str] = field(default=frozenset())

    @classmethod
    def of(cls, person_id: str, kind: str, given_name: str, family_name: str) -> Named:
        return cls(person_id, kind, *_parsed(given_name, family_name))

    @classmethod
    def of_full_name(cls, person_id: str, kind: str, full_name: str) -> Named:
        """A name kept in one field (a parent's): the first word is taken as given name."""
        first, _, rest = full_name.strip().partition(" ")
        return cls.of(person_id, kind, first, rest)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(self.given) | frozenset(self.family)


class NameIndex:
    """Name words -> the persons that bear them."""

    def __init__(self, persons: Iterable[Named]) -> None:
        self.persons = tuple(persons)
        self._by_key: dict[str, set[Named]] = {}
        for person in self.persons:
            for key in person.keys:
                self._by_key.setdefault(key, set()).add(person)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def spelling(self, key: str) -> str:
        """The name word ``key`` stands for: itself, or without a genitive s ("Sems")."""
        if key not in self._by_key and len(key) > MIN_KEY + 1 and key.endswith("s"):
            return key[:-1]
        return key

    def lookup(self, key: str) -> set[Named]:
        return set(self._by_key.get(self.spelling(key), ()))


@dataclass(frozen=True)
class Mention:
    """A run of words in a text that names someone, and everyone it could be."""

    start: int
    end: int
    text: str
    persons: frozenset[Named]
    full_name: bool = False


@dataclass
class _Token:
    start: int
    end: int
    word: str
    key: str
    persons: set[Named] = field(default_factory=set)
    full: bool = False


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.start(), m.end(), m.group(), name_key(m.group())) for m in _WORD.finditer(text)
    ]


def _mark_full_names(tokens: list[_Token], index: NameIndex) -> None:
    """Given name, particles, family name of one person in a row: a certain mention."""
    for i, token in enumerate(tokens):
        for person in index.lookup(token.key):
            if token.key not in person.given or not person.family:
                continue
            j, wanted = i + 1, list(person.family)
            while j < len(tokens) and wanted:
                if tokens[j].key == wanted[0]:
                    wanted.pop(0)
                elif tokens[j].key not in person.particles:
                    break
                j += 1
            if not wanted:
                for t in tokens[i:j]:
                    t.persons.add(person)
                    t.full = True


def mentions(text: str, index: NameIndex, protected: Iterable[str] = ()) -> list[Mention]:
    """Every mention in ``text`` of a person in ``index``.

    A word in ``protected`` (name words of persons the reader is meant to see
    here) is no mention, except as part of a full name.
    """
    if not text or not index:
        return []
    keep = frozenset(protected)
    tokens = _tokens(text)
    _mark_full_names(tokens, index)
    for token in tokens:
        word = index.spelling(token.key)
        if token.persons or word in keep or len(word) < MIN_KEY:
            continue
        token.persons = index.lookup(token.key)
        if token.word.islower():
            # Written small, a family name is mostly a word ("de bakker", "groot");
            # a given name is still a name ("sem zei").
            token.persons = {p for p in token.persons if word in p.given}
    # A particle right before a masked family name goes with it ("de Vries").
    for i in range(len(tokens) - 1, 0, -1):
        after, before = tokens[i], tokens[i - 1]
        if (
            after.persons
            and not before.persons
            and _adjacent(text, before, after)
            and any(before.key in p.particles for p in after.persons)
        ):
            before.persons = set(after.persons)
    found: list[Mention] = []
    run: list[_Token] = []
    for token in tokens:
        if token.persons and run and _adjacent(text, run[-1], token):
            run.append(token)
            continue
        if run:
            found.append(_mention(text, run))
        run = [token] if token.persons else []
    if run:
        found.append(_mention(text, run))
    return found


def _adjacent(text: str, first: _Token, second: _Token) -> bool:
    return _GAP.fullmatch(text, first.end, second.start) is not None


def _mention(text: str, run: list[_Token]) -> Mention:
    persons = frozenset(p for t in run for p in t.persons)
    return Mention(
        run[0].start,
        run[-1].end,
        text[run[0].start : run[-1].end],
        persons,
        any(t.full for t in run),
    )


def mask(
    text: str,
    hidden: NameIndex,
    labels: Mapping[str, str],
    protected: Iterable[str] = (),
    unknown: str = "[naam]",
) -> str:
    """``text`` with every mention of a hidden person replaced by the label of their kind
    (``labels["pupil"]`` …); a mention that could be persons of several kinds gets
    ``unknown``."""
    found = mentions(text, hidden, protected)
    if not found:
        return text
    parts, position = [], 0
    for mention in found:
        kinds = {p.kind for p in mention.persons}
        label = labels.get(kinds.pop(), unknown) if len(kinds) == 1 else unknown
        parts += [text[position : mention.start], label]
        position = mention.end
    parts.append(text[position:])
    return "".join(parts)
