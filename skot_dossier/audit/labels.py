"""Words for the audit log's stored codes (actions, record kinds, roles, flags, problems).

One table, in Dutch and English, without Qt: the core writes the Dutch words
into the PDF and CSV exports, and the screen (``ui/audit_labels.py``) shows
the same words in the user's language, so an export always says what the
screen said. A code without a label is shown as the code itself, so a new
action is never hidden; a test checks that every code the core writes has one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DUTCH, ENGLISH = "nl", "en"


@dataclass(frozen=True)
class Label:
    en: str
    nl: str

    def text(self, language: str = DUTCH) -> str:
        return self.nl if language == DUTCH else self.en


L = Label

ACTIONS: dict[str, Label] = {
    "view": L("Viewed", "Bekeken"),
    "list": L("Listed", "Lijst bekeken"),
    "search": L("Searched", "Gezocht"),
    "create": L("Created", "Aangemaakt"),
    "update": L("Changed", "Gewijzigd"),
    "attach": L("Attached", "Toegevoegd"),
    "compose": L("Letter drafted", "Brief opgesteld"),
    "decide": L("Decided", "Besloten"),
    "finalize": L("Made final", "Definitief gemaakt"),
    "export": L("Exported", "Geëxporteerd"),
    "print": L("Printed", "Geprint"),
    "break-glass": L("Broke the glass", "Buiten normale toegang geopend"),
    "need-to-know": L("Case reason recorded", "Zaakreden vastgelegd"),
    "denied": L("Refused", "Geweigerd"),
    "hold": L("Legal hold placed", "Bewaarplicht vastgelegd"),
    "unhold": L("Legal hold lifted", "Bewaarplicht opgeheven"),
    "restrict": L("Processing restricted", "Verwerking beperkt"),
    "unrestrict": L("Restriction lifted", "Beperking opgeheven"),
    "approve-erasure": L("Agreed to destruction", "Akkoord voor vernietiging"),
    "withdraw-erasure-approval": L(
        "Agreement to destruction withdrawn", "Akkoord voor vernietiging ingetrokken"
    ),
    "erase": L("Destroyed", "Vernietigd"),
    "verify": L("Log checked", "Logboek gecontroleerd"),
    "checkpoint": L("Checkpoint recorded", "Controlepunt vastgelegd"),
    "unlock": L("Unlocked", "Ontgrendeld"),
    "lock": L("Locked", "Vergrendeld"),
    "backup": L("Backup made", "Back-up gemaakt"),
    "restore": L("Backup restored", "Back-up teruggezet"),
    "migrate": L("Vault upgraded", "Kluis bijgewerkt"),
    "add-keyslot": L("Login added", "Inlognaam toegevoegd"),
    "remove-keyslot": L("Login removed", "Inlognaam verwijderd"),
    "change-passphrase": L("Passphrase changed", "Wachtwoord gewijzigd"),
    "replace-recovery-key": L("Recovery key replaced", "Herstelsleutel vervangen"),
    "rebind-keyslot": L("Login sealed to its key", "Inlognaam aan de sleutel vastgemaakt"),
}

OBJECTS: dict[str, Label] = {
    "dossier": L("dossier", "dossier"),
    "person": L("person", "persoon"),
    "incident": L("incident", "incident"),
    "evidence": L("evidence", "bewijs"),
    "timeline": L("timeline", "tijdlijn"),
    "decision": L("decision", "besluit"),
    "checklist": L("checklist", "checklist"),
    "ladder": L("measures so far", "eerdere maatregelen"),
    "precedent": L("comparable cases", "vergelijkbare zaken"),
    "deadline": L("deadline", "termijn"),
    "letter": L("letter", "brief"),
    "packet": L("police packet", "politiepakket"),
    "access_request": L("access request", "inzageverzoek"),
    "history": L("history", "geschiedenis"),
    "search": L("search", "zoeken"),
    "person-lookup": L("person lookup", "persoon opzoeken"),
    "pupil-lookup": L("pupil lookup", "leerling opzoeken"),
    "audit": L("audit log", "logboek"),
    "retention": L("retention", "bewaartermijnen"),
    "erasure": L("destructions", "vernietigingen"),
    "legal_hold": L("legal holds", "bewaarplichten"),
    "register": L("processing register", "verwerkingsregister"),
    "user": L("user", "gebruiker"),
    "school": L("school", "school"),
    "setting": L("setting", "instelling"),
    "mandate": L("mandate", "mandaat"),
    "keyslot": L("login", "inlognaam"),
    "vault": L("vault", "kluis"),
}

FLAGS: dict[str, Label] = {
    "break-glass": L("Glass broken", "Buiten normale toegang"),
    "need-to-know": L("Need to know", "Zaakreden"),
    "denied": L("Refused", "Geweigerd"),
    "failed": L("Failed", "Mislukt"),
    "export": L("Export", "Export"),
    "bulk": L("Many records", "Veel gegevens"),
    "override": L("Override", "Overschreven"),
    "erasure": L("Destruction", "Vernietiging"),
    "unusual-hours": L("Unusual hour", "Ongebruikelijk tijdstip"),
}
# Flags that ask the privacy officer to look now, not only to know.
SERIOUS_FLAGS = frozenset({"break-glass", "denied", "failed", "override", "erasure"})
# A flag that alone does not tint a row: in a school evening work is common.
WEAK_FLAGS = frozenset({"unusual-hours"})

ROLES: dict[str, Label] = {
    "hr": L("HR officer", "HR-medewerker"),
    "director": L("School director", "Schooldirecteur"),
    "privacy_officer": L("Data protection officer", "Functionaris gegevensbescherming"),
    "admin": L("Administrator", "Beheerder"),
    "none": L("No permissions", "Geen rechten"),
    "keyholder": L("Key holder", "Sleutelhouder"),
    "(none)": L("unknown", "onbekend"),
}
UNKNOWN_ACTOR = L("(unknown)", "(onbekend)")

OUTCOMES: dict[str, Label] = {
    "ok": L("ok", "gelukt"),
    "denied": L("refused", "geweigerd"),
    "failed": L("failed", "mislukt"),
}

# A broken chain, in words; %1 is the entry number.
PROBLEMS: dict[str, Label] = {
    "edited": L(
        "Entry %1 was changed after it was written.",
        "Regel %1 is gewijzigd nadat hij was geschreven.",
    ),
    "deleted": L(
        "An entry before entry %1 was removed or replaced.",
        "Een regel vóór regel %1 is verwijderd of vervangen.",
    ),
    "reordered": L(
        "Entry %1 is no longer in its original place.",
        "Regel %1 staat niet meer op zijn oorspronkelijke plaats.",
    ),
    "gap": L(
        "Entries are missing before entry %1.",
        "Er ontbreken regels vóór regel %1.",
    ),
    "anchor-missing": L(
        "Entry %1, named by a recorded checkpoint, is no longer in the log: entries were "
        "removed from the end.",
        "Regel %1, genoemd in een vastgelegd controlepunt, staat niet meer in het logboek: "
        "er zijn regels aan het einde verwijderd.",
    ),
    "anchor-mismatch": L(
        "Entry %1 does not match a recorded checkpoint: the log was rewritten.",
        "Regel %1 klopt niet met een vastgelegd controlepunt: het logboek is herschreven.",
    ),
}

# Why a lock nobody asked for happened (the "reason" detail of a lock entry).
LOCK_REASONS: dict[str, Label] = {
    "unlock_cancelled": L(
        "Locked at once: the unlock was cancelled, nothing was shown",
        "Direct vergrendeld: het ontgrendelen was afgebroken, er is niets getoond",
    ),
}

# Actions about the vault as a whole: naming the record kind ("vault") adds nothing.
_WHOLE_VAULT = frozenset({"unlock", "lock", "backup", "restore", "migrate"})


def _look_up(table: dict[str, Label], code: str, language: str) -> str:
    label = table.get(code)
    return label.text(language) if label is not None else code


def action(code: str, language: str = DUTCH) -> str:
    return _look_up(ACTIONS, code, language)


def entry_action(code: str, details: Mapping[str, object], language: str = DUTCH) -> str:
    """The action, and for a lock nobody asked for, why (screen and exports alike)."""
    reason = details.get("reason") if code == "lock" else None
    if isinstance(reason, str) and reason in LOCK_REASONS:
        return LOCK_REASONS[reason].text(language)
    return action(code, language)


def object_type(code: str, language: str = DUTCH) -> str:
    return _look_up(OBJECTS, code, language)


def action_text(code: str, object_code: str, language: str = DUTCH) -> str:
    """What was done, and to what kind of record: "Bekeken (dossier)"."""
    if not object_code or code in _WHOLE_VAULT:
        return action(code, language)
    return f"{action(code, language)} ({object_type(object_code, language)})"


def flag(code: str, language: str = DUTCH) -> str:
    return _look_up(FLAGS, code, language)


def flags_text(codes: Iterable[str], language: str = DUTCH) -> str:
    return ", ".join(flag(c, language) for c in codes)


def role(code: str, language: str = DUTCH) -> str:
    return _look_up(ROLES, code, language)


def outcome(code: str, language: str = DUTCH) -> str:
    return _look_up(OUTCOMES, code, language)


def actor_text(actor: str, role_code: str, language: str = DUTCH) -> str:
    """ "Fatima Bakker (HR-medewerker)"; the unknown actor of failed unlocks in words."""
    name = UNKNOWN_ACTOR.text(language) if actor == "(unknown)" else actor
    return f"{name} ({role(role_code, language)})" if role_code else name


def problem(kind: str, seq: int, explanation: str, language: str = DUTCH) -> str:
    """One chain problem as a sentence; an unknown kind keeps the core's own words."""
    label = PROBLEMS.get(kind)
    return label.text(language).replace("%1", str(seq)) if label is not None else explanation
