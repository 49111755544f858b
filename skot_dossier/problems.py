"""Every problem the core can report, declared once: its code, its parameters, an English text.

A problem travels as a code with parameters, never as a sentence. The front end says it
in the user's language from its own table (``ui/messages.py``), which a test holds to
this catalogue; the admin CLI and the logs print the English text declared here.

A parameter's *kind* says how a front end shows its value:

``text``
    shown as given (a name, a number, a login, a legal citation).
``date``
    a :class:`datetime.date`, in the reader's date format.
``size``
    a number of bytes.
``term``
    a :class:`Term` (or a tuple of them): something the protocol names in Dutch and
    English (a measure, a ladder, a checklist item, a deadline, a deciding role).
``media_type``, ``mandate_kind``, ``comparison``, ``unit``
    a code the front end translates from its own table.
``detail``
    technical detail for whoever maintains a protocol or template file (the CLI and
    logs show it; a screen leaves it out and says what to do instead).

Codes marked ``cli`` are raised only by the admin command line and need no screen text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from string import Formatter

TEXT, DATE, SIZE, TERM, DETAIL = "text", "date", "size", "term", "detail"
MEDIA_TYPE, MANDATE_KIND, COMPARISON, UNIT = "media_type", "mandate_kind", "comparison", "unit"
KINDS = frozenset({TEXT, DATE, SIZE, TERM, DETAIL, MEDIA_TYPE, MANDATE_KIND, COMPARISON, UNIT})

# The values a front end must be able to name, per code kind (checked by a test).
CODE_VALUES: dict[str, tuple[str, ...]] = {
    MANDATE_KIND: ("police_report", "sign_letters"),
    COMPARISON: ("heavier", "lighter"),
    UNIT: ("days", "school_days"),
}
_ENGLISH_CODES = {
    "police_report": "file a police report on behalf of the foundation",
    "sign_letters": "sign letters and decisions on behalf of the board",
    "school_days": "school days",
}


@dataclass(frozen=True)
class Term:
    """A name the protocol gives in both languages (``code`` is its id in the protocol)."""

    code: str
    nl: str
    en: str


ParamValue = str | int | date | Term | tuple[str | int | Term, ...]


@dataclass(frozen=True)
class Spec:
    code: str
    english: str
    kinds: Mapping[str, str]
    """Parameter name -> kind, in the order the English text first names them."""
    cli: bool = False

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(self.kinds)


CATALOGUE: dict[str, Spec] = {}


@dataclass(frozen=True, eq=True)
class Problem:
    """One problem: a declared code and the values its text needs."""

    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        spec = CATALOGUE.get(self.code)
        if spec is None:
            raise KeyError(f"undeclared problem code {self.code!r}")
        if set(self.params) != set(spec.kinds):
            raise TypeError(
                f"problem {self.code!r} takes {sorted(spec.kinds)}, got {sorted(self.params)}"
            )

    @property
    def spec(self) -> Spec:
        return CATALOGUE[self.code]

    def english(self) -> str:
        kinds = self.spec.kinds
        values = {name: english_value(kinds[name], value) for name, value in self.params.items()}
        return self.spec.english.format(**values)

    def __str__(self) -> str:
        return self.english()


def problem(code: str, /, **params: ParamValue) -> Problem:
    return Problem(code, params)


def english_value(kind: str, value: object) -> str:
    if isinstance(value, tuple):
        return ("; " if kind == TERM else ", ").join(english_value(kind, v) for v in value)
    if isinstance(value, Term):
        return value.en
    if isinstance(value, date):
        return value.isoformat()
    if kind == SIZE and isinstance(value, int):
        return f"{value / 1024**2:.1f} MiB"
    if kind in (MANDATE_KIND, UNIT):
        return _ENGLISH_CODES.get(str(value), str(value))
    return str(value)


def _declare(code: str, english: str, *, cli: bool = False, **kinds: str) -> None:
    names = [name for _, name, _, _ in Formatter().parse(english) if name]
    unknown = set(kinds) - set(names)
    if code in CATALOGUE or unknown or set(kinds.values()) - KINDS:
        raise ValueError(f"bad declaration of problem {code!r}")
    CATALOGUE[code] = Spec(
        code, english, {n: kinds.get(n, TEXT) for n in dict.fromkeys(names)}, cli
    )


# -- general -------------------------------------------------------------------------

_declare("error", "The operation failed.")
_declare("invalid", "Some entries are not valid.")
_declare("not_found", "That record does not exist (any more).")
_declare("denied", "Your role does not allow this.")
_declare(
    "restricted",
    "Processing of this dossier is restricted (AVG art. 18): it can be read but not changed "
    "until the restriction is lifted.",
)
_declare("disk_full", "The disk is full; nothing was changed. Free some space and try again.")
_declare("audit_broken", "The audit log is not intact.")

# -- fields (the text follows the field's name) --------------------------------------

_declare("required", "is required")
_declare("control_characters", "contains invisible control characters")
_declare("too_long", "is too long ({length} characters; at most {limit})")
_declare("no_letters", "must contain letters")
_declare("bad_number", "may contain only letters, digits, '-', '/' and '.'")
_declare("bad_postcode", "is not a Dutch postcode (e.g. 7671 AB)")
_declare("not_a_choice", "is not one of the allowed values")
_declare("bad_url", "must be a web address starting with http:// or https://")
_declare("too_many_entries", "has too many entries (at most {limit})")
_declare("in_future", "lies in the future")
_declare("too_far_past", "is too far in the past")
_declare("not_a_date", "is not a date that exists")
_declare("before_date", "lies before {date}", date=DATE)
_declare("before_birth", "lies before the date of birth")
_declare("before_occurred", "lies before the moment it happened")
_declare("before_employment_start", "lies before the start of employment")
_declare("before_decision", "lies before the decision")
_declare("before_letter_sent", "lies before the day the letter was sent")
_declare("before_mandate_start", "lies before the mandate starts")

# -- schools, users, persons ---------------------------------------------------------

_declare("brin_taken", "is already used by another school")
_declare("director_needs_school", "a director needs at least one school")
_declare("unknown_school", "names a school that does not exist")
_declare("login_taken", "already belongs to another user")
_declare("unknown_user", "is not a user of this vault")
_declare("choose_school", "choose at least one school")
_declare("guardians_only_pupils", "only pupils have parents or guardians in their dossier")
_declare("too_many_guardians", "at most {limit} parents or guardians")
_declare("number_taken", "is already used by another person")
_declare("kind_change", "a staff member cannot become a pupil or vice versa")

# -- incidents and the timeline ------------------------------------------------------

_declare("unknown_person", "names a person who is not in the vault")
_declare("no_subject", "name at least one person whose behaviour this is about")
_declare("posted_as_without_staff", "applies only when a staff member's post is what this is about")
_declare("choose_incident_school", "choose the school this incident belongs to")
_declare("not_involved", "is not an incident this person is involved in")
_declare("not_incident_of_person", "is not an incident of this person")

# -- evidence ------------------------------------------------------------------------

_declare(
    "minor_images_guard",
    "In this kind of incident a file may show a sexual image of a minor. Such images may "
    "never be stored or passed on: record only where, when and by whom it was seen, and "
    "report it to the police. Confirm explicitly that this file contains no such image "
    "before storing it.",
)
_declare("cancelled", "Cancelled; nothing was stored.")
_declare("file_empty", "is empty")
_declare(
    "file_too_large",
    "is too large ({size}; the limit is {limit}, see Settings)",
    size=SIZE,
    limit=SIZE,
)
_declare(
    "file_type_mismatch",
    "its name says {claimed} but its content is {actual}; check that this is the right file",
    claimed=MEDIA_TYPE,
    actual=MEDIA_TYPE,
)
_declare("file_grew", "grew beyond the size limit while reading")
_declare("seen_where_required", "is required: say where it was seen")
_declare("seen_by_required", "is required: say who saw it")
_declare("seen_when_required", "is required: say when it was seen")
_declare("metadata_only", "only its description was recorded; there is no file")
_declare("too_large_to_preview", "is too large to preview; export it instead")
_declare("evidence_altered", "The stored file does not match its intake hash.")

# -- privacy -------------------------------------------------------------------------

_declare("reason_too_short", "explain in a full sentence why you need this access")
_declare("lookup_too_short", "type a pupil number or at least three letters of the name")
_declare(
    "early_reason_needed",
    "the retention period has not ended; give the reason for erasing it now",
)
_declare("erasure_refused", "This dossier cannot be destroyed now.")
_declare("erasure_hold", "A legal hold is active on this dossier; lift it first.")
_declare("erasure_second_person", "A second person must approve this erasure first.")
_declare(
    "not_approved",
    "You have not agreed to destroying this dossier, so there is nothing to withdraw.",
)
_declare("access_request_answered", "This access request has already been answered.")
_declare(
    "not_a_controlegetal",
    "{text} is not a controlegetal (e.g. {example})",
)

# -- settings ------------------------------------------------------------------------

_declare("setting_invalid", "is not valid")
_declare("setting_not_positive", "must be a whole number above zero")
_declare("setting_not_yes_no", "must be true or false")
_declare("setting_holidays_shape", "must be a list of [start, end, name]")
_declare("setting_holiday_invalid", "holiday {name} ends before it starts or has no name")
_declare("setting_policy_invalid", "is not a valid retention policy: {detail}", detail=DETAIL)

# -- the protocol --------------------------------------------------------------------

_declare("protocol_invalid", "The protocol is not valid.")
_declare("protocol_schema", "The protocol is not valid: {detail}", detail=DETAIL)
_declare("protocol_file_invalid", "Protocol file {file} is not valid: {detail}", detail=DETAIL)
_declare("protocol_unreadable", "Cannot read protocol file {file}: {detail}", detail=DETAIL)
_declare("protocol_missing", "No protocol file found in {folder}.")
_declare("protocol_unavailable", "Protocol {protocol} is not available.")
_declare("protocol_unknown_measure", "No measure {ref} in protocol {protocol}.")
_declare("protocol_unknown_ladder_measure", "No measure {ref} on the {ladder} ladder.")
_declare("protocol_ambiguous_measure", "Measure {ref} is ambiguous; use one of: {choices}.")
_declare("protocol_unknown_ladder", "No ladder {ref} in protocol {protocol}.")
_declare("protocol_unknown_letter", "No letter {ref} in protocol {protocol}.")
_declare("protocol_unknown_hard_stop", "No hard stop {ref} in protocol {protocol}.")
_declare("protocol_unknown_role", "No role {ref} in protocol {protocol}.")
_declare("holiday_range", "Holiday {name} ends ({end}) before it starts.", end=DATE)
_declare("not_a_school_day", "This day is not a school day (a weekend day or a school holiday).")

# -- decisions -----------------------------------------------------------------------

_declare("decision_refused", "The protocol or the law does not allow this step (yet).")
_declare(
    "decision_wrong_decider",
    "This measure is decided by: {deciders}; your role cannot record it.",
    deciders=TERM,
)
_declare(
    "decision_intention_mismatch",
    "The decision must follow a finalized intention for the same measure in the same dossier.",
)
_declare("decision_final", "A final decision cannot be changed; start a correction instead.")
_declare("decision_already_final", "This decision is already final.")
_declare(
    "decision_hard_stop_open",
    "Steps the law requires in this case are still open and cannot be skipped: {items}",
    items=TERM,
)
_declare(
    "decision_checklist_open",
    "Required checklist items are still open: {items}. Complete them, or give a written "
    "reason to proceed without them.",
    items=TERM,
)
_declare(
    "decision_needs_intention", "A decision on this measure needs a finalized intention first."
)
_declare("decision_grounds_changed", "The decision must keep the grounds of the intention.")
_declare(
    "decision_intention_not_sent",
    "The intention letter has not been sent yet: finalize it first, so the person's view "
    "period can run.",
)
_declare(
    "decision_view_period_running",
    "The period for the person's view has not ended and no view has been recorded.",
)
_declare("decision_no_objection", "No objection to the board is possible against this decision.")
_declare(
    "decision_correct_final_only",
    "Only a final decision can be corrected; edit the draft instead.",
)
_declare("measure_not_of_ladder", "is not a measure for a {ladder} dossier", ladder=TERM)
_declare("unknown_case_fact", "names an unknown case fact")
_declare("case_facts_shape", "must name case facts and their values")
_declare("not_editable", "cannot be changed here")
_declare(
    "grounds_fixed",
    "must stay the same as in the intention; a decision on other grounds needs a new intention",
)
_declare(
    "fact_derived",
    "follows from the incident ({basis}); give a written reason to switch it off",
)
_declare("not_days", "must be a number of days")
_declare("not_moment", "must be a date and time")
_declare("view_missing", "write down the view that was given (or 'geen zienswijze')")
_declare("not_on_checklist", "is not on this decision's checklist")
_declare("facts_required", "is required: name the facts the decision relies on")
_declare("duration_missing", "The duration of the measure must be stated.")
_declare("duration_not_positive", "The duration must be at least one day.")
_declare(
    "duration_too_long",
    "{rule}: at most {limit} {unit}; proposed: {proposed} ({basis}).",
    rule=TERM,
    unit=UNIT,
)
_declare(
    "facts_known_required",
    "is required: when the facts became known decides whether this is without delay",
)
_declare(
    "justification_needed",
    "this measure is {comparison} than usual in comparable cases ({usual}); explain why",
    comparison=COMPARISON,
    usual=TERM,
)
_declare(
    "reason_not_prompt",
    "{rule}: due by {due} ({basis}); say why it is given only now",
    rule=TERM,
    due=DATE,
)
_declare(
    "reason_start_in_past",
    "the measure starts on {start}, before today; say why it is recorded only now",
    start=DATE,
)
_declare(
    "start_not_school_day",
    "is not a school day (a weekend day or a school holiday); a suspension counted in "
    "school days starts on a school day",
)

# -- deadlines -----------------------------------------------------------------------

_declare("deadline_refused", "This step cannot be marked done yet.")
_declare(
    "deadline_order",
    "First complete: {steps} (the protocol puts it before this step).",
    steps=TERM,
)

# -- mandates ------------------------------------------------------------------------

_declare(
    "mandate_refused", "This person holds no valid mandate for this; see the mandate register."
)
_declare(
    "mandate_invalid",
    "No valid mandate to {kind} for this school on {day}.",
    kind=MANDATE_KIND,
    day=DATE,
)
_declare(
    "mandate_nobody",
    "Nobody holds a valid mandate to {kind} for this school; the administrator registers mandates.",
    kind=MANDATE_KIND,
)
_declare("mandate_ambiguous", "Several people hold this mandate; choose who acts.")

# -- letters -------------------------------------------------------------------------

_declare("letter", "The letter cannot be made.")
_declare("letter_invalid", "The letter cannot be made: {detail}", detail=DETAIL)
_declare(
    "letter_fields_missing",
    "Letter {letter} is missing required fields: {fields}.",
    fields=DETAIL,
)
_declare("letter_flag_invalid", "Field {field} must be yes or no (ja/nee), not {value}.")
_declare("letter_type_unknown", "{letter} is not a letter type.")
_declare("letter_font_missing", "Cannot load the letter font {file}: {detail}", detail=DETAIL)
_declare("letter_logo_unreadable", "The letterhead logo is not a readable image.")
_declare("letter_logo_empty", "The letterhead logo is empty.")
_declare("letter_template", "A letter template is not valid: {detail}", detail=DETAIL)
_declare(
    "letter_paragraph_locked",
    "This paragraph states the grounds of the intention; a decision keeps them unchanged, "
    "so it cannot be edited or removed.",
)
_declare("letter_refused", "This letter cannot be made or changed now.")
_declare("letter_no_foundation", "Enter the foundation's name and address in Settings first.")
_declare("letter_no_staff_address", "This staff member has no postal address in the dossier.")
_declare("letter_no_inspectie_address", "Enter the Inspectie's postal address in Settings first.")
_declare("letter_no_guardian", "This pupil has no parent or guardian with an address.")
_declare(
    "letter_no_victim",
    "A letter to the victim's parents needs an incident that names a pupil as victim.",
)
_declare("letter_final_unchanged", "Only a draft can be edited; a final letter never changes.")
_declare("letter_already_final", "This letter is already final.")
_declare("letter_proposed", "Draft this proposed letter first.")
_declare("letter_no_signer_role", "The letter names no signer with a role; draft it again.")
_declare("letter_not_sent", "Only a letter that was sent can have been received.")
_declare(
    "letter_not_final_pdf",
    "Only a final letter has a stored PDF; preview the draft instead.",
)
_declare("letter_not_final_export", "Finalize the letter before exporting it.")
_declare("letter_not_final_print", "Finalize the letter before printing it.")
_declare("letter_already_drafted", "This letter has already been drafted.")
_declare("letter_altered", "The stored letter does not match its hash.")
_declare("not_a_decision_here", "is not a decision in this dossier")
_declare("not_a_listed_recipient", "choose one of the listed recipients")
_declare(
    "letter_field_derived",
    "follows from the dossier and the decision; it cannot be changed in a letter",
)
_declare("letter_field_required", "is required for this letter")
_declare(
    "letter_needs_final_decision",
    "this letter states a decision: draft it from the final decision",
)
_declare("letter_not_of_decision", "this decision does not produce this letter")
_declare("letter_needs_text", "a letter needs text")

# -- police packets ------------------------------------------------------------------

_declare("unknown_offence", "{offence} is not an offence the protocol lists")
_declare("no_offence", "name at least one offence considered")
_declare(
    "power_of_attorney_needed",
    "insult, defamation and libel are prosecuted only on the victim's complaint: enclose "
    "the staff member's signed special power of attorney, or let them file themselves",
)
_declare("packet_evidence_altered", "Stored evidence {name} no longer matches its hash.")

# -- the vault -----------------------------------------------------------------------

_declare("vault", "The vault cannot be used.")
_declare("wrong_passphrase", "The passphrase or recovery key is not correct.")
_declare("invalid_recovery_key", "This is not a valid recovery key; check it for typing errors.")
_declare("not_a_vault", "This folder is not a SKOT Dossier vault.")
_declare("vault_no_passphrase_slot", "vault.json has no passphrase keyslot.")
_declare(
    "vault_too_new",
    "This vault was made by a newer version of SKOT Dossier; update the program.",
)
_declare(
    "backup_too_new",
    "This backup was made by a newer version of SKOT Dossier; update the program.",
)
_declare(
    "vault_damaged",
    "The vault's database is damaged or has been tampered with; restore it from a backup.",
)
_declare(
    "vault_database_missing",
    "The vault's database file is missing; restore it from a backup.",
)
_declare(
    "vault_header_altered",
    "vault.json was altered: a keyslot no longer matches its key, so it was not opened (this "
    "is not counted as a wrong passphrase). Restore vault.json from a backup and tell the "
    "privacy officer.",
)
_declare(
    "keyslot_altered",
    "vault.json was altered: keyslot {label} {detail}, so it was not opened (this is not "
    "counted as a wrong passphrase). Restore vault.json from a backup and tell the privacy "
    "officer.",
    detail=DETAIL,
)
_declare(
    "vault_header_unreadable",
    "vault.json is damaged or was altered: its keyslots cannot be read. Restore it from a "
    "backup and tell the privacy officer.",
)
_declare("vault_in_use", "This vault is already open in another SKOT Dossier window or program.")
_declare("unlock_throttled", "Too many wrong attempts; wait {seconds} seconds.")
_declare("vault_exists", "A vault already exists at this location; it was not overwritten.")
_declare("keyslot", "This keyslot cannot be used.")
_declare("keyslot_label_invalid", "A keyslot label needs 1 to 80 printable characters.")
_declare("keyslot_label_taken", "A keyslot labelled {label} already exists.")
_declare("keyslot_unknown_label", "There is no passphrase keyslot labelled {label}.")
_declare("keyslot_missing", "There is no such keyslot.")
_declare("keyslot_last", "The last passphrase keyslot cannot be removed.")
_declare("keyslot_no_recovery", "This vault has no recovery key.")
_declare("keyslot_unknown_kind", "Unknown keyslot kind {kind}.")
_declare(
    "keyslot_recovery_cannot_change",
    "Unlock with your passphrase, not the recovery key, to change it.",
)
_declare("weak_passphrase", "This passphrase is too weak.")
_declare("weak_passphrase_short", "A passphrase needs at least {minimum} characters.")
_declare("weak_passphrase_repetitive", "A passphrase needs more different characters.")
_declare("backup_invalid", "The backup file is damaged or is not a SKOT Dossier backup.")
_declare("backup_checksum", "The backup file is damaged: a checksum does not match.")
_declare("backup_database_damaged", "The database in the backup is damaged.")
_declare("backup_mixed", "The backup's parts do not belong to the same vault.")
_declare(
    "backup_audit_broken",
    "The audit log in the backup fails verification: {detail}",
    detail=DETAIL,
)

# -- the admin command line (English only, never on a screen) ------------------------

_declare("cli_no_terminal", "No terminal to ask for a secret; use --passphrase-fd.", cli=True)
_declare("cli_entries_differ", "The two entries differ; nothing was changed.", cli=True)
_declare("cli_no_more_secrets", "File descriptor {fd} has no more secrets to read.", cli=True)
_declare("cli_file_exists", "{path} exists; choose another name or pass --overwrite.", cli=True)
_declare("cli_unknown_schools", "Unknown school code(s): {codes}.", cli=True)
_declare("cli_unknown_user", "No user with keyslot {label}.", cli=True)
_declare(
    "cli_admin_only",
    "Only an administrator or the recovery key may {action}.",
    cli=True,
)
