"""Names a person reads for the domain's stored values (roles, kinds, categories …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skot_dossier.domain.enums import (
    DossierStatus,
    IncidentCategory,
    IncidentStatus,
    PartyRole,
    PersonKind,
    Platform,
    Role,
    Salutation,
    Seriousness,
    TimelineKind,
)

ROLES = {
    Role.HR: QT_TRANSLATE_NOOP("Labels", "HR officer"),
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Labels", "School director"),
    Role.PRIVACY_OFFICER: QT_TRANSLATE_NOOP("Labels", "Data protection officer"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    Role.NONE: QT_TRANSLATE_NOOP("Labels", "No permissions"),
}
KINDS = {
    PersonKind.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff member"),
    PersonKind.PUPIL: QT_TRANSLATE_NOOP("Labels", "Pupil"),
}
STATUSES = {
    DossierStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    DossierStatus.MONITORING: QT_TRANSLATE_NOOP("Labels", "Monitoring"),
    DossierStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}
SALUTATIONS = {
    Salutation.SIR: QT_TRANSLATE_NOOP("Labels", "Mr"),
    Salutation.MADAM: QT_TRANSLATE_NOOP("Labels", "Ms"),
    Salutation.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "Neutral (full name)"),
}
CATEGORIES = {
    IncidentCategory.INSULT: QT_TRANSLATE_NOOP("Labels", "Insult"),
    IncidentCategory.THREAT: QT_TRANSLATE_NOOP("Labels", "Threat"),
    IncidentCategory.DEFAMATION: QT_TRANSLATE_NOOP("Labels", "Defamation or libel"),
    IncidentCategory.DOXING: QT_TRANSLATE_NOOP("Labels", "Doxing (spreading personal details)"),
    IncidentCategory.IDENTITY_MISUSE: QT_TRANSLATE_NOOP("Labels", "Identity misuse"),
    IncidentCategory.IMAGE_WITHOUT_CONSENT: QT_TRANSLATE_NOOP(
        "Labels", "Images shared without consent"
    ),
    IncidentCategory.SEXTING: QT_TRANSLATE_NOOP("Labels", "Sexting"),
    IncidentCategory.DISCRIMINATION: QT_TRANSLATE_NOOP("Labels", "Discrimination"),
    IncidentCategory.BULLYING: QT_TRANSLATE_NOOP("Labels", "Bullying"),
    IncidentCategory.INTEGRITY_BREACH: QT_TRANSLATE_NOOP("Labels", "Breach of integrity"),
    IncidentCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
SERIOUSNESS = {
    Seriousness.LOW: QT_TRANSLATE_NOOP("Labels", "Minor"),
    Seriousness.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Moderate"),
    Seriousness.HIGH: QT_TRANSLATE_NOOP("Labels", "Serious"),
    Seriousness.SEVERE: QT_TRANSLATE_NOOP("Labels", "Very serious"),
}
INCIDENT_STATUSES = {
    IncidentStatus.REPORTED: QT_TRANSLATE_NOOP("Labels", "Reported"),
    IncidentStatus.INVESTIGATING: QT_TRANSLATE_NOOP("Labels", "Under investigation"),
    IncidentStatus.HEARING: QT_TRANSLATE_NOOP("Labels", "Hearing both sides"),
    IncidentStatus.DECIDING: QT_TRANSLATE_NOOP("Labels", "Deciding"),
    IncidentStatus.MEASURE_TAKEN: QT_TRANSLATE_NOOP("Labels", "Measure taken"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}
PARTY_ROLES = {
    PartyRole.SUBJECT: QT_TRANSLATE_NOOP("Labels", "Person concerned (behaviour)"),
    PartyRole.VICTIM: QT_TRANSLATE_NOOP("Labels", "Victim"),
    PartyRole.WITNESS: QT_TRANSLATE_NOOP("Labels", "Witness"),
    PartyRole.REPORTER: QT_TRANSLATE_NOOP("Labels", "Reporter"),
}
TIMELINE_KINDS = {
    TimelineKind.CONVERSATION: QT_TRANSLATE_NOOP("Labels", "Conversation"),
    TimelineKind.HEARING: QT_TRANSLATE_NOOP("Labels", "Hearing both sides"),
    TimelineKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    TimelineKind.PARENT_CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact with parents"),
    TimelineKind.MEASURE: QT_TRANSLATE_NOOP("Labels", "Measure"),
    TimelineKind.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    TimelineKind.POLICE_CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact with the police"),
    TimelineKind.INCIDENT: QT_TRANSLATE_NOOP("Labels", "Incident"),
    TimelineKind.EVIDENCE: QT_TRANSLATE_NOOP("Labels", "Evidence"),
}
PLATFORMS = {
    Platform.WHATSAPP: "WhatsApp",
    Platform.INSTAGRAM: "Instagram",
    Platform.TIKTOK: "TikTok",
    Platform.SNAPCHAT: "Snapchat",
    Platform.FACEBOOK: "Facebook",
    Platform.X: "X (Twitter)",
    Platform.YOUTUBE: "YouTube",
    Platform.DISCORD: "Discord",
    Platform.OTHER: QT_TRANSLATE_NOOP("Labels", "Other platform"),
}
FILE = QT_TRANSLATE_NOOP("Labels", "File")
SEARCH_KINDS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Dossier"),
    "incident": QT_TRANSLATE_NOOP("Labels", "Incident"),
    "timeline": QT_TRANSLATE_NOOP("Labels", "Timeline"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
}


MEDIA = {
    "image/": QT_TRANSLATE_NOOP("Labels", "Image"),
    "video/": QT_TRANSLATE_NOOP("Labels", "Video"),
    "application/pdf": QT_TRANSLATE_NOOP("Labels", "PDF document"),
    "text/plain": QT_TRANSLATE_NOOP("Labels", "Text"),
    "application/zip": QT_TRANSLATE_NOOP("Labels", "ZIP archive"),
}


def media_type(value: str) -> str:
    """A word for a file's kind, with the format: "Afbeelding (PNG)"."""
    for prefix, text in MEDIA.items():
        if value.startswith(prefix):
            word = QCoreApplication.translate("Labels", text)
            detail = value.partition("/")[2].upper()
            return f"{word} ({detail})" if prefix.endswith("/") and detail else word
    return QCoreApplication.translate("Labels", "File")


def _label(table: dict, value: object) -> str:
    text = table.get(value) if value in table else None
    if text is None:
        return str(value)
    return QCoreApplication.translate("Labels", text)


def role(value: object) -> str:
    return _label(ROLES, str(value))


def kind(value: object) -> str:
    return _label(KINDS, str(value))


def status(value: object) -> str:
    return _label(STATUSES, str(value))


def salutation(value: object) -> str:
    return _label(SALUTATIONS, str(value))


def category(value: object) -> str:
    return _label(CATEGORIES, str(value))


def seriousness(value: object) -> str:
    return _label(SERIOUSNESS, str(value))


def incident_status(value: object) -> str:
    return _label(INCIDENT_STATUSES, str(value))


def party_role(value: object) -> str:
    return _label(PARTY_ROLES, str(value))


def timeline_kind(value: object) -> str:
    return _label(TIMELINE_KINDS, str(value))


def platform(value: object) -> str:
    return _label(PLATFORMS, str(value))


def search_kind(value: object) -> str:
    return _label(SEARCH_KINDS, str(value))


HOLD_KINDS = {
    "appeal": QT_TRANSLATE_NOOP("Labels", "Appeal"),
    "objection": QT_TRANSLATE_NOOP("Labels", "Objection"),
    "court_case": QT_TRANSLATE_NOOP("Labels", "Court case"),
    "police_report": QT_TRANSLATE_NOOP("Labels", "Police report"),
    "access_request": QT_TRANSLATE_NOOP("Labels", "Access request"),
}
# What a destruction removed, by the core's count names; the rest is "other records".
ERASED = {
    "incidents": QT_TRANSLATE_NOOP("Labels", "incidents"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "evidence files"),
    "timeline": QT_TRANSLATE_NOOP("Labels", "timeline entries"),
    "decisions": QT_TRANSLATE_NOOP("Labels", "decisions"),
    "letters": QT_TRANSLATE_NOOP("Labels", "letters"),
}
ERASED_OTHER = QT_TRANSLATE_NOOP("Labels", "other records")


def hold_kind(value: object) -> str:
    return _label(HOLD_KINDS, str(value))


def erased_counts(counts: dict[str, int]) -> str:
    """Numbers only, never content: "incidents: 1 · evidence files: 2 · other records: 14"."""
    parts = [
        f"{QCoreApplication.translate('Labels', ERASED[key])}: {counts[key]}"
        for key in ERASED
        if counts.get(key)
    ]
    other = sum(n for key, n in counts.items() if key not in ERASED)
    if other:
        parts.append(f"{QCoreApplication.translate('Labels', ERASED_OTHER)}: {other}")
    return " · ".join(parts)
