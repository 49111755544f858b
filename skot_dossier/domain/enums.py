"""Closed vocabularies of the domain. Values are stored; never rename one."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    HR = "hr"
    DIRECTOR = "director"
    PRIVACY_OFFICER = "privacy_officer"
    ADMIN = "admin"
    NONE = "none"  # a keyslot without a user record: may do nothing


class PersonKind(StrEnum):
    STAFF = "staff"
    PUPIL = "pupil"


class DossierStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class Salutation(StrEnum):
    """Form of address for letters ("Geachte heer/mevrouw …")."""

    SIR = "heer"
    MADAM = "mevrouw"
    NEUTRAL = "neutral"


class IncidentCategory(StrEnum):
    INSULT = "insult"
    THREAT = "threat"
    DEFAMATION = "defamation"
    DOXING = "doxing"
    IDENTITY_MISUSE = "identity_misuse"
    IMAGE_WITHOUT_CONSENT = "image_without_consent"
    SEXTING = "sexting"
    DISCRIMINATION = "discrimination"
    BULLYING = "bullying"
    INTEGRITY_BREACH = "integrity_breach"
    OTHER = "other"


# Categories in which sexual images of minors can occur: evidence intake asks for
# an explicit confirmation, and offers the metadata-only route.
MINOR_IMAGE_RISK = frozenset({IncidentCategory.SEXTING, IncidentCategory.IMAGE_WITHOUT_CONSENT})


class PostedAs(StrEnum):
    """In which capacity a staff member posted (protocol, Communiceren)."""

    PROFESSIONAL = "professional"  # as a teacher, on behalf of the school
    PRIVATE = "private"  # from a private account


class MandateKind(StrEnum):
    """What a registered mandate allows (protocol: "een daartoe bevoegde medewerker")."""

    POLICE_REPORT = "police_report"  # file a police report on behalf of SKOT
    SIGN_LETTERS = "sign_letters"  # sign letters and decisions for the board


class Seriousness(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    SEVERE = "severe"


class IncidentStatus(StrEnum):
    REPORTED = "reported"
    INVESTIGATING = "investigating"
    HEARING = "hearing"
    DECIDING = "deciding"
    MEASURE_TAKEN = "measure_taken"
    CLOSED = "closed"


class PartyRole(StrEnum):
    SUBJECT = "subject"
    VICTIM = "victim"
    WITNESS = "witness"
    REPORTER = "reporter"


class TimelineKind(StrEnum):
    CONVERSATION = "conversation"
    HEARING = "hearing"  # hearing both sides (hoor en wederhoor)
    NOTE = "note"
    PARENT_CONTACT = "parent_contact"
    MEASURE = "measure"
    LETTER = "letter"
    POLICE_CONTACT = "police_contact"
    INCIDENT = "incident"
    EVIDENCE = "evidence"


class Platform(StrEnum):
    WHATSAPP = "whatsapp"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    SNAPCHAT = "snapchat"
    FACEBOOK = "facebook"
    X = "x"
    YOUTUBE = "youtube"
    DISCORD = "discord"
    OTHER = "other"
