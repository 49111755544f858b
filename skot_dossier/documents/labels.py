"""Dutch names for stored codes, as printed documents (letters, packets) show them.

Documents for the police, parents and the Inspectie are always Dutch, whatever
language the user's screen is in; the screen's own labels live in ``ui/labels.py``.
"""

from __future__ import annotations

from skot_dossier.domain.enums import PartyRole, TimelineKind

TIMELINE_KINDS_NL: dict[TimelineKind, str] = {
    TimelineKind.CONVERSATION: "Gesprek",
    TimelineKind.HEARING: "Hoor en wederhoor",
    TimelineKind.NOTE: "Notitie",
    TimelineKind.PARENT_CONTACT: "Contact met ouders",
    TimelineKind.MEASURE: "Maatregel",
    TimelineKind.LETTER: "Brief",
    TimelineKind.POLICE_CONTACT: "Contact met de politie",
    TimelineKind.INCIDENT: "Incident",
    TimelineKind.EVIDENCE: "Bewijsstuk",
}

PARTY_ROLES_NL: dict[PartyRole, str] = {
    PartyRole.SUBJECT: "Verdachte / betrokkene",
    PartyRole.VICTIM: "Slachtoffer",
    PartyRole.WITNESS: "Getuige",
    PartyRole.REPORTER: "Melder",
}
