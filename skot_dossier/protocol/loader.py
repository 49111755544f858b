"""Read protocol TOML files into :class:`Protocol` objects, with a strict schema check.

Any problem (unknown or missing key, wrong type, unknown letter, role, follow-up
kind or section, duplicate id, broken rank sequence, deadline chain cycle, ...)
raises :class:`ProtocolError`; a protocol that loads is internally consistent.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from skot_dossier.domain.enums import IncidentCategory
from skot_dossier.protocol._tables import Table, reject
from skot_dossier.protocol.errors import ProtocolError
from skot_dossier.protocol.model import (
    DEADLINE_ANCHOR_PREFIX,
    FACT_TYPES,
    INCIDENT_FLAGS,
    KNOWN_ANCHORS,
    KNOWN_FOLLOWUPS,
    KNOWN_KINDS,
    KNOWN_RECIPIENTS,
    KNOWN_ROLES,
    KNOWN_UNITS,
    PERSON_KINDS,
    VIEW_PERIOD_ID,
    ChecklistItem,
    Condition,
    DeadlineRule,
    DerivedFact,
    Followup,
    HardStop,
    Ladder,
    Letter,
    Measure,
    Offence,
    Protocol,
    Role,
    Section,
    Signal,
)
from skot_dossier.resources import resource_path

FORMAT_VERSION = 1
PROTOCOL_SUFFIX = ".toml"


def resources_dir() -> Path:
    """``resources/protocol`` of a checkout, an installed tree or a PyInstaller bundle."""
    return resource_path("protocol")


def load_protocol(path: Path | str) -> Protocol:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProtocolError("protocol_unreadable", file=path.name, detail=str(exc)) from exc
    return loads_protocol(text, source=path.name)


def loads_protocol(text: str, source: str = "<text>") -> Protocol:
    """Parse protocol TOML given as text (``source`` names it in error messages)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError(
            "protocol_file_invalid", file=source, detail=f"not valid TOML: {exc}"
        ) from exc
    try:
        return _build(Table(data, ""))
    except ProtocolError as exc:
        detail = str(exc.params.get("detail", exc))
        raise ProtocolError("protocol_file_invalid", file=source, detail=detail) from None


def load_all(directory: Path | str) -> list[Protocol]:
    """Every protocol file in ``directory``, oldest first; (id, version) must be unique."""
    protocols = [load_protocol(p) for p in sorted(Path(directory).glob(f"*{PROTOCOL_SUFFIX}"))]
    _unique((p.label for p in protocols), "protocol id@version")
    return sorted(protocols, key=lambda p: (p.adopted, _version_key(p.version)))


def default_protocol(directory: Path | str | None = None) -> Protocol:
    """The most recently adopted protocol shipped with the program."""
    directory = Path(directory) if directory is not None else resources_dir()
    protocols = load_all(directory)
    if not protocols:
        raise ProtocolError("protocol_missing", folder=str(directory))
    return protocols[-1]


def find_protocol(protocol_id: str, version: str, directory: Path | str | None = None) -> Protocol:
    """The protocol a past decision was taken under (decisions store ``Protocol.label``)."""
    for protocol in load_all(directory if directory is not None else resources_dir()):
        if protocol.id == protocol_id and protocol.version == version:
            return protocol
    raise ProtocolError("protocol_unavailable", protocol=f"{protocol_id}@{version}")


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.split("."))


# --- building ------------------------------------------------------------------


def _build(top: Table) -> Protocol:
    if top.integer("format_version") != FORMAT_VERSION:
        reject("format_version", f"must be {FORMAT_VERSION}")
    head = top.table("protocol")
    sections = tuple(_section(name, t) for name, t in top.named_tables("sections", required=True))
    section_ids = {s.id for s in sections}
    roles = tuple(_role(name, t) for name, t in top.named_tables("roles", required=True))
    letters = tuple(_letter(name, t) for name, t in top.named_tables("letters", required=True))
    known = _Known(section_ids, {r.id for r in roles}, {lt.id for lt in letters})
    ladders = tuple(_ladder(n, t, known) for n, t in top.named_tables("ladders", required=True))
    hard_stops = tuple(
        _hard_stop(t, known, {lad.id for lad in ladders}) for t in top.tables("hard_stops")
    )
    offences = tuple(_offence(t, {h.id for h in hard_stops}) for t in top.tables("offences"))
    derived = tuple(_derived_fact(t) for t in top.tables("derived_facts"))
    signals = tuple(_signal(t, known) for t in top.tables("signals"))
    _unique((sig.id for sig in signals), "signal id")
    protocol = Protocol(
        id=head.text("id"),
        version=head.text("version"),
        title_nl=head.text("title_nl"),
        title_en=head.text("title_en"),
        adopted=head.year_or_date("adopted"),
        part_of_nl=head.text("part_of_nl", ""),
        part_of_en=head.text("part_of_en", ""),
        source_sections=_refs(head, "source_sections", section_ids, "section"),
        sections=sections,
        roles=roles,
        letters=letters,
        ladders=ladders,
        hard_stops=hard_stops,
        offences=offences,
        derived_facts=derived,
        signals=signals,
    )
    head.done()
    top.done()
    _check_global_ids(protocol)
    return protocol


class _Known:
    def __init__(self, sections: set[str], roles: set[str], letters: set[str]) -> None:
        self.sections, self.roles, self.letters = sections, roles, letters


def _section(name: str, t: Table) -> Section:
    section = Section(name, t.text("heading_nl"), t.text("heading_en"))
    t.done()
    return section


def _role(name: str, t: Table) -> Role:
    if name not in KNOWN_ROLES:
        reject(t.path, f"is not a known role ({', '.join(sorted(KNOWN_ROLES))})")
    role = Role(name, t.text("name_nl"), t.text("name_en"))
    t.done()
    return role


def _letter(name: str, t: Table) -> Letter:
    recipient = t.text("recipient")
    if recipient not in KNOWN_RECIPIENTS:
        reject(t.where("recipient"), f"must be one of {', '.join(sorted(KNOWN_RECIPIENTS))}")
    verify, note = _verify(t)
    letter = Letter(
        id=name,
        recipient=recipient,
        name_nl=t.text("name_nl"),
        name_en=t.text("name_en"),
        registered_post=t.flag("registered_post", False),
        when=_condition(t),
        verify=verify,
        verify_note=note,
    )
    t.done()
    return letter


def _ladder(name: str, t: Table, known: _Known) -> Ladder:
    source_section = _ref(t, "source_section", known.sections, "section")
    common = tuple(_item(i, source=name) for i in t.tables("checklist"))
    measures = tuple(_measure(m, name, known) for m in t.tables("measures", required=True))
    ranks = [m.rank for m in measures]
    if ranks != list(range(1, len(measures) + 1)):
        reject(t.where("measures"), f"ranks must run 1, 2, 3, ... in file order (found {ranks})")
    _unique((m.id for m in measures), f"measure id on ladder {name!r}")
    for m in measures:
        _unique((i.id for i in (*m.checklist, *common)), f"checklist id in {m.key}")
    ladder = Ladder(
        id=name,
        name_nl=t.text("name_nl"),
        name_en=t.text("name_en"),
        subject=t.text("subject"),
        dossier_nl=t.text("dossier_nl"),
        dossier_en=t.text("dossier_en"),
        source_section=source_section,
        measures=measures,
        checklist=common,
        letters=_refs(t, "letters", known.letters, "letter", ()),
    )
    t.done()
    return ladder


def _measure(t: Table, ladder: str, known: _Known) -> Measure:
    measure_id = t.text("id")
    key = f"{ladder}.{measure_id}"
    decided_by = _refs(t, "decided_by", known.roles, "role")
    if not decided_by:
        reject(t.where("decided_by"), "must name at least one role")
    deadlines = tuple(_deadline(d) for d in t.tables("deadlines"))
    _check_deadlines(deadlines, t.where("deadlines"))
    followups = tuple(_followup(f) for f in t.tables("followups"))
    _unique((f.kind for f in followups), f"follow-up kind in {key}")
    measure = Measure(
        id=measure_id,
        ladder=ladder,
        rank=t.integer("rank"),
        name_nl=t.text("name_nl"),
        name_en=t.text("name_en"),
        source_section=_ref(t, "source_section", known.sections, "section"),
        decided_by=decided_by,
        disciplinary=t.flag("disciplinary"),
        two_step=t.flag("two_step"),
        checklist=tuple(_item(i, source=key) for i in t.tables("checklist")),
        letters=_refs(t, "letters", known.letters, "letter"),
        deadlines=deadlines,
        followups=followups,
        court_route=t.flag("court_route", False),
        duration_required=t.flag("duration_required", False),
        note_nl=t.text("note_nl", ""),
        note_en=t.text("note_en", ""),
    )
    t.done()
    _check_two_step(measure, t.path)
    return measure


def _item(t: Table, *, source: str, hard_stop: bool = False) -> ChecklistItem:
    verify, note = _verify(t)
    item = ChecklistItem(
        id=t.text("id"),
        text_nl=t.text("text_nl"),
        text_en=t.text("text_en"),
        legal_basis=t.text("legal_basis"),
        required=t.flag("required"),
        evidence_needed_nl=t.text("evidence_needed_nl", ""),
        evidence_needed_en=t.text("evidence_needed_en", ""),
        when=_condition(t),
        verify=verify,
        verify_note=note,
        hard_stop=hard_stop,
        source=source,
    )
    t.done()
    if hard_stop and not item.required:
        reject(t.where("required"), "must be true: hard-stop items are always required")
    return item


def _deadline(t: Table) -> DeadlineRule:
    anchor = t.text("from")
    if anchor not in KNOWN_ANCHORS and not anchor.startswith(DEADLINE_ANCHOR_PREFIX):
        anchors = ", ".join(sorted(KNOWN_ANCHORS))
        reject(t.where("from"), f"must be one of {anchors} or 'deadline.<id>'")
    unit, kind, amount = t.text("unit"), t.text("kind"), t.integer("amount")
    if unit not in KNOWN_UNITS:
        reject(t.where("unit"), f"must be one of {', '.join(sorted(KNOWN_UNITS))}")
    if kind not in KNOWN_KINDS:
        reject(t.where("kind"), f"must be one of {', '.join(sorted(KNOWN_KINDS))}")
    if amount < 0:
        reject(t.where("amount"), "must not be negative")
    if kind == "max_duration" and unit == "months":
        reject(t.where("unit"), "of a max_duration must be days, school_days or weeks")
    verify, note = _verify(t)
    rule = DeadlineRule(
        id=t.text("id"),
        label_nl=t.text("label_nl"),
        label_en=t.text("label_en"),
        basis=t.text("basis"),
        anchor=anchor,
        amount=amount,
        unit=unit,  # type: ignore[arg-type]  # checked against KNOWN_UNITS above
        kind=kind,
        when=_condition(t),
        verify=verify,
        verify_note=note,
        requires_done=t.texts("requires_done", ()),
    )
    t.done()
    return rule


def _followup(t: Table) -> Followup:
    kind = t.text("kind")
    if kind not in KNOWN_FOLLOWUPS:
        reject(t.where("kind"), f"must be one of {', '.join(sorted(KNOWN_FOLLOWUPS))}")
    verify, note = _verify(t)
    followup = Followup(
        kind=kind,
        label_nl=t.text("label_nl"),
        label_en=t.text("label_en"),
        required=t.flag("required"),
        legal_basis=t.text("legal_basis"),
        when=_condition(t),
        verify=verify,
        verify_note=note,
    )
    t.done()
    return followup


def _hard_stop(t: Table, known: _Known, ladders: set[str]) -> HardStop:
    stop_id = t.text("id")
    items = tuple(
        _item(i, source=stop_id, hard_stop=True) for i in t.tables("items", required=True)
    )
    deadlines = tuple(_deadline(d) for d in t.tables("deadlines"))
    _check_deadlines(deadlines, t.where("deadlines"))
    when = _condition(t, required=True)
    assert when is not None
    stop = HardStop(
        id=stop_id,
        when=when,
        applies_to=_refs(t, "applies_to", ladders, "ladder"),
        title_nl=t.text("title_nl"),
        title_en=t.text("title_en"),
        route_nl=t.text("route_nl"),
        route_en=t.text("route_en"),
        legal_basis=t.text("legal_basis"),
        items=items,
        followups=tuple(_followup(f) for f in t.tables("followups")),
        deadlines=deadlines,
        evidence_metadata_only=t.flag("evidence_metadata_only", False),
        source_sections=_refs(t, "source_sections", known.sections, "section", ()),
    )
    t.done()
    if not stop.applies_to:
        reject(t.where("applies_to"), "must name at least one ladder")
    return stop


def _derived_fact(t: Table) -> DerivedFact:
    """``[[derived_facts]]``: a yes/no case fact that follows from the incident."""
    fact = t.text("fact")
    if FACT_TYPES.get(fact) is not bool:
        reject(t.where("fact"), f"{fact!r} is not a yes/no case fact")
    categories = t.texts("categories", ())
    unknown = sorted(set(categories) - {c.value for c in IncidentCategory})
    if unknown:
        reject(t.where("categories"), f"unknown incident categories: {', '.join(unknown)}")
    flags = t.texts("incident_facts", ())
    if set(flags) - INCIDENT_FLAGS:
        reject(t.where("incident_facts"), f"must be of {', '.join(sorted(INCIDENT_FLAGS))}")
    kinds = {key: t.text(key, "") for key in ("subject", "victim", "party")}
    for key, kind in kinds.items():
        if kind and kind not in PERSON_KINDS:
            reject(t.where(key), f"must be one of {', '.join(sorted(PERSON_KINDS))}")
    rule = DerivedFact(
        fact=fact,
        basis=t.text("basis"),
        categories=categories,
        incident_facts=flags,
        subject=kinds["subject"],
        victim=kinds["victim"],
        party=kinds["party"],
    )
    t.done()
    if not (categories or flags):
        reject(t.path, "needs categories or incident_facts: what in the incident shows it")
    return rule


def _signal(t: Table, known: _Known) -> Signal:
    """``[[signals]]``: recording an incident about ``about`` starts a deadline to act."""
    about = t.text("about")
    if about not in PERSON_KINDS:
        reject(t.where("about"), f"must be one of {', '.join(sorted(PERSON_KINDS))}")
    recorded_by = _refs(t, "recorded_by", known.roles, "role")
    if not recorded_by:
        reject(t.where("recorded_by"), "must name at least one role")
    unit = t.text("unit")
    if unit not in KNOWN_UNITS:
        reject(t.where("unit"), f"must be one of {', '.join(sorted(KNOWN_UNITS))}")
    verify, note = _verify(t)
    signal_id = t.text("id")
    signal = Signal(
        id=signal_id,
        about=about,
        recorded_by=recorded_by,
        rule=DeadlineRule(
            id=signal_id,
            label_nl=t.text("label_nl"),
            label_en=t.text("label_en"),
            basis=t.text("basis"),
            anchor="signal_recorded",
            amount=t.integer("amount"),
            unit=unit,  # type: ignore[arg-type]
            kind="limit",
            verify=verify,
            verify_note=note,
        ),
        source_section=_ref(t, "source_section", known.sections, "section"),
    )
    t.done()
    if signal.rule.amount < 0:
        reject(t.where("amount"), "must not be negative")
    return signal


def _offence(t: Table, hard_stops: set[str]) -> Offence:
    hard_stop = t.text("hard_stop", "") or None
    if hard_stop is not None and hard_stop not in hard_stops:
        reject(t.where("hard_stop"), f"refers to unknown hard stop {hard_stop!r}")
    offence = Offence(
        article=t.text("article"),
        code=t.text("code"),
        name_nl=t.text("name_nl"),
        name_en=t.text("name_en"),
        complaint_required=t.flag("complaint_required"),
        hard_stop=hard_stop,
        note_nl=t.text("note_nl", ""),
        note_en=t.text("note_en", ""),
    )
    t.done()
    return offence


# --- checks --------------------------------------------------------------------


def _verify(t: Table) -> tuple[bool, str]:
    verify = t.flag("verify", False)
    note = t.text("verify_note", "")
    if verify and not note:
        reject(t.where("verify_note"), "is required when verify = true")
    if note and not verify:
        reject(t.where("verify_note"), "is only allowed with verify = true")
    return verify, note


def _condition(t: Table, *, required: bool = False) -> Condition | None:
    if not required and not t.has("when"):
        t.text("when", "")  # mark as seen
        return None
    text = t.text("when")
    try:
        return Condition.parse(text)
    except ValueError as exc:
        reject(t.where("when"), f"is not a valid condition: {exc}")


def _ref(t: Table, key: str, known: set[str], what: str) -> str:
    value = t.text(key)
    if value not in known:
        reject(t.where(key), f"refers to unknown {what} {value!r}")
    return value


def _refs(
    t: Table, key: str, known: set[str], what: str, default: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    values = t.texts(key, default)
    for value in values:
        if value not in known:
            reject(t.where(key), f"refers to unknown {what} {value!r}")
    _unique(values, f"{what} in {t.where(key)}")
    return values


def _unique(values: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ProtocolError("protocol_schema", detail=f"Duplicate {what}: {value!r}")
        seen.add(value)


def _check_deadlines(rules: tuple[DeadlineRule, ...], where: str) -> None:
    _unique((r.id for r in rules), f"deadline id in {where}")
    by_id = {r.id: r for r in rules}
    for rule in rules:
        target = rule.after_deadline
        if target is not None and target not in by_id:
            reject(where, f"deadline {rule.id!r} counts from unknown deadline {target!r}")
        for before in rule.requires_done:
            if before not in by_id or before == rule.id:
                reject(where, f"deadline {rule.id!r} requires unknown deadline {before!r}")
    for rule in rules:
        chain, current = [rule.id], rule.after_deadline
        while current is not None:
            if current in chain:
                reject(where, f"deadlines form a cycle: {' -> '.join([*chain, current])}")
            chain.append(current)
            current = by_id[current].after_deadline


def _check_two_step(measure: Measure, where: str) -> None:
    view = measure.view_period
    # The view period runs from receipt of the intention letter, so the person gets
    # the whole period whatever the post does.
    if measure.two_step and (view is None or view.anchor != "intention_received"):
        reject(
            where,
            f"is two-step, so it needs a '{VIEW_PERIOD_ID}' deadline from intention_received",
        )
    if not measure.two_step and view is not None:
        reject(where, f"has a '{VIEW_PERIOD_ID}' deadline but is not two-step")


def _check_global_ids(protocol: Protocol) -> None:
    _unique((h.id for h in protocol.hard_stops), "hard stop id")
    _unique((f"{o.article} {o.code}" for o in protocol.offences), "offence article")
    stop_items = [i.id for h in protocol.hard_stops for i in h.items]
    _unique(stop_items, "hard-stop checklist id")
    measure_items = {
        i.id
        for lad in protocol.ladders
        for m in lad.measures
        for i in (*m.checklist, *lad.checklist)
    }
    clash = sorted(measure_items.intersection(stop_items))
    if clash:
        raise ProtocolError(
            "protocol_schema",
            detail=f"Hard-stop checklist ids also used by a measure: {', '.join(clash)}",
        )
