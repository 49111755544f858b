"""Fictitious sample letters: previews of a template, tests and the benchmark.

Every name, school and address here is invented (``.invalid`` domains, postcode
9999 ZZ); the names deliberately use letters the PDF base fonts cannot print.
"""

from __future__ import annotations

import datetime
from types import MappingProxyType

from skot_dossier.documents.model import Letterhead, LetterRequest, Recipient, Signer
from skot_dossier.documents.templates import load_template

SAMPLE_DATE = datetime.date(2026, 11, 25)

SAMPLE_LETTERHEAD = Letterhead(
    foundation_name="Stichting Voorbeeldonderwijs Noordoost",
    foundation_address_lines=("Postbus 9999", "9999 ZZ Vriezenveen"),
    school_name="Basisschool De Fictieve Linde",
    school_address_lines=("Lindelaan 1", "9999 ZY Vriezenveen"),
    place="Vriezenveen",
    phone="0546 000 000",
    email="info@fictievelinde.invalid",
    website="www.fictievelinde.invalid",
)

SAMPLE_SIGNER = Signer(
    name="drs. Hendrika ter Voorde",
    role="Voorzitter college van bestuur",
    mandate="namens het bevoegd gezag",
)

EMPLOYEE = Recipient(
    name="Łukasz Wójcik",
    salutation="heer",
    address_lines=("Verzonnenweg 7", "9999 ZX Vriezenveen"),
    family_name="Wójcik",
)
PARENTS = Recipient(
    name="De ouder(s)/verzorger(s) van Şeyma Yılmaz",
    salutation="neutral",
    address_lines=("Denkbeeldstraat 23", "9999 ZW Vriezenveen"),
    family_name="Yılmaz",
)
VICTIM_PARENTS = Recipient(
    name="Mevrouw Nguyễn Thị Lan",
    salutation="mevrouw",
    address_lines=("Bedachtplein 4", "9999 ZV Vriezenveen"),
    family_name="Nguyễn",
)
INSPECTIE = Recipient(
    name="Inspectie van het Onderwijs",
    salutation="neutral",
    address_lines=("Postbus 9998", "9999 ZT Utrecht"),
)

_RECIPIENTS = {
    "employee": EMPLOYEE,
    "parents": PARENTS,
    "victim_parents": VICTIM_PARENTS,
    "inspectie": INSPECTIE,
}

_INTENTION = {
    "hearing_date": "10 november 2026",
    "grounds": (
        "Op 2 november 2026 heeft u op uw openbare account op Facebook een bericht "
        "geplaatst waarin u een collega met naam en foto belachelijk maakt. Het bericht "
        "is door ouders van leerlingen gezien en gedeeld."
    ),
    "cao_article": "artikel X.X van de cao po",
    "view_deadline": "16 december 2026",
    "contact_person": "mevrouw J. Bosch-Kamphuis, HR-adviseur (0546 000 001)",
}
_DECISION = {
    "intention_date": "25 november 2026",
    "intention_reference": "VBO/2026/0117",
    "grounds": _INTENTION["grounds"],
    "cao_article": _INTENTION["cao_article"],
    "view_given": "ja",
    "view_date": "8 december 2026",
    "view_summary": "U erkent het bericht te hebben geplaatst, maar stelt dat het als grap "
    "was bedoeld en dat u het na een dag heeft verwijderd.",
    "view_weighing": "Het bevoegd gezag neemt mee dat u het bericht zelf heeft verwijderd. "
    "Dat neemt niet weg dat het bericht een collega openbaar heeft beschadigd.",
    "contact_person": _INTENTION["contact_person"],
}
_SUSPENSION = {
    "duration": "vier weken",
    "start_date": "4 januari 2027",
    "end_date": "29 januari 2027",
}
_PUPIL = {"pupil_name": "Şeyma Yılmaz", "pupil_group": "7"}
_REMOVAL = {
    **_PUPIL,
    "grounds": "Şeyma heeft ondanks eerdere afspraken opnieuw filmpjes van klasgenoten "
    "zonder hun toestemming op TikTok geplaatst, met beledigende teksten erbij.",
    "earlier_measures": "Gesprek op 1 oktober 2026; waarschuwing op 8 oktober 2026; "
    "schorsing van 2 tot en met 4 november 2026.",
    "teacher_heard": "De groepsleerkracht is op 12 november 2026 gehoord.",
    "parents_heard": "Met u is gesproken op 16 november 2026.",
    "candidate_schools": "Basisschool Het Verzonnen Veld (ongeveer 10 minuten fietsen); "
    "Basisschool De Denkbeeldige Molen (ongeveer 15 minuten met de auto).",
    "contact_person": "de heer P. Oosterveld, directeur (0546 000 002)",
}

SAMPLE_FIELDS: dict[str, dict[str, str]] = {
    "invitation_staff": {
        "reason": "Berichten over de school die u op 2 november 2026 op Facebook heeft geplaatst.",
        "meeting_date": "dinsdag 1 december 2026",
        "meeting_time": "15.30",
        "meeting_place": "Basisschool De Fictieve Linde, kamer van de directeur",
        "attendees": "de heer P. Oosterveld, directeur, en mevrouw J. Bosch-Kamphuis, HR-adviseur",
        "contact_person": "de heer P. Oosterveld (0546 000 002)",
    },
    "invitation_parents": {
        **_PUPIL,
        "reason": "Berichten in een groepsapp van groep 7 waarin een klasgenoot wordt "
        "uitgescholden.",
        "meeting_date": "woensdag 2 december 2026",
        "meeting_time": "8.30",
        "meeting_place": "Basisschool De Fictieve Linde, teamkamer",
        "attendees": "de groepsleerkracht en de heer P. Oosterveld, directeur",
        "contact_person": "de heer P. Oosterveld (0546 000 002)",
    },
    "staff_warning": {
        "conversation_date": "20 november 2026",
        "facts": "Op 12 november 2026 heeft u in een openbare Instagram-story foto's "
        "gedeeld waarop leerlingen van groep 5 herkenbaar in beeld zijn, zonder "
        "toestemming van hun ouders.",
        "expected_conduct": "U plaatst geen beelden van leerlingen op uw eigen accounts en "
        "verwijdert de bedoelde story per direct.",
        "contact_person": "de heer P. Oosterveld (0546 000 002)",
    },
    "parents_warning": {
        **_PUPIL,
        "conversation_date": "20 november 2026",
        "facts": "Şeyma heeft in de groepsapp van groep 7 een bewerkte foto van een "
        "klasgenoot gedeeld met een kwetsende tekst.",
        "agreements": "Şeyma verwijdert de foto, biedt haar excuses aan en deelt geen "
        "foto's van klasgenoten meer zonder hun toestemming.",
        "contact_person": "de heer P. Oosterveld (0546 000 002)",
    },
    "staff_intention_reprimand": dict(_INTENTION),
    "staff_decision_reprimand": dict(_DECISION),
    "staff_intention_suspension": {
        **_INTENTION,
        **_SUSPENSION,
        "order_measure": "ja",
    },
    "staff_decision_suspension_order": {**_DECISION, **_SUSPENSION},
    "staff_decision_suspension_penalty": {
        **_DECISION,
        **_SUSPENSION,
        "salary_consequence": "over de periode van de schorsing wordt uw salaris niet doorbetaald.",
    },
    "staff_summary_dismissal": {
        "dismissal_date": "25 november 2026",
        "dismissal_time": "10.15",
        "dismissed_by": "drs. Hendrika ter Voorde, voorzitter van het college van bestuur",
        "urgent_reason": "U heeft op 23 november 2026 via Snapchat berichten met een "
        "seksuele strekking gestuurd aan een leerling van groep 8.",
        "facts_known_date": "24 november 2026",
        "steps_taken": "Op 24 november 2026 is de melding onderzocht en bent u dezelfde "
        "middag gehoord; op 25 november 2026 is juridisch advies ingewonnen.",
        "personal_circumstances": "Uw dienstverband van negen jaar en de gevolgen van het "
        "ontslag voor uw inkomen wegen niet op tegen de ernst van de gedragingen.",
    },
    "pupil_suspension": {
        **_PUPIL,
        "start_date": "maandag 30 november 2026",
        "end_date": "woensdag 2 december 2026",
        "duration": "drie schooldagen",
        "reasons": "Şeyma heeft op 24 november 2026 een nepaccount aangemaakt op naam van "
        "een klasgenoot en daarmee beledigende berichten verstuurd.",
        "hearings": "Şeyma is op 25 november 2026 gehoord, u op 26 november 2026.",
        "decision_maker": "de heer P. Oosterveld, directeur van Basisschool De Fictieve Linde",
        "decision_mandate": "in mandaat van het bevoegd gezag",
        "schoolwork": "Şeyma krijgt elke ochtend een weektaak via de leerlingomgeving; de "
        "groepsleerkracht bespreekt het werk dagelijks om 15.00 uur telefonisch met haar.",
        "contact_person": "mevrouw A. Kuipers, intern begeleider (0546 000 003)",
        "return_meeting": "donderdag 3 december 2026 om 8.15 uur op school",
        "inspectie_informed": "ja",
        "leerplicht_informed": "ja",
    },
    "inspectie_suspension_notice": {
        **_PUPIL,
        "school_code": "99ZZ",
        "decision_date": "26 november 2026",
        "start_date": "30 november 2026",
        "end_date": "2 december 2026",
        "duration": "drie schooldagen",
        "reasons": "De leerling heeft een nepaccount aangemaakt op naam van een klasgenoot "
        "en daarmee beledigende berichten verstuurd.",
        "hearings": "De leerling is op 25 november 2026 gehoord, de ouders op 26 november 2026.",
        "schoolwork": "Dagelijkse weektaak via de leerlingomgeving en dagelijks telefonisch "
        "contact met de groepsleerkracht.",
        "parents_informed_date": "26 november 2026",
        "contact_person": "de heer P. Oosterveld, directeur (0546 000 002)",
    },
    "pupil_intention_removal": {**_REMOVAL, "view_deadline": "9 december 2026"},
    "pupil_decision_removal": {
        **_REMOVAL,
        "intention_date": "25 november 2026",
        "intention_reference": "VBO/2026/0121",
        "view_given": "ja",
        "view_date": "7 december 2026",
        "view_summary": "U vindt verwijdering te zwaar en vraagt om nog één kans.",
        "view_weighing": "Het bevoegd gezag begrijpt uw wens, maar de veiligheid van de "
        "klasgenoten weegt zwaarder na de eerdere maatregelen.",
        "other_school_found": "ja",
        "receiving_school": "Basisschool Het Verzonnen Veld",
        "removal_date": "4 januari 2027",
    },
    "victim_parents_police_report": {
        "pupil_name": "Minh Anh Nguyễn",
        "incident_summary": "Minh Anh is sinds oktober 2026 in een besloten Instagram-groep "
        "bedreigd en uitgescholden door leerlingen van een andere school.",
        "school_actions": "Wij hebben met Minh Anh gesproken, de ouders van de betrokken "
        "leerlingen uitgenodigd en de mentoren van de andere school ingelicht.",
        "contact_person": "mevrouw A. Kuipers, intern begeleider (0546 000 003)",
        "sexual_images_involved": "nee",
    },
}


def sample_request(letter_id: str, **changes: object) -> LetterRequest:
    """A complete fictitious request for a letter type; ``changes`` override fields."""
    template = load_template(letter_id)
    fields: dict[str, str | bool] = dict(SAMPLE_FIELDS[letter_id])
    fields.update({k: v for k, v in changes.items() if isinstance(v, str | bool)})
    return LetterRequest(
        letter_id=letter_id,
        letterhead=SAMPLE_LETTERHEAD,
        recipient=_RECIPIENTS[template.audience],
        signer=SAMPLE_SIGNER,
        reference=f"VBO/2026/{sum(map(ord, letter_id)) % 1000:04d}",
        date=SAMPLE_DATE,
        fields=MappingProxyType(fields),
        audit_anchor="3f1c9a7e5b2d48c0a6e19f7d2c4b8a1e0d3f6c9b2a5e8d1c4f7a0b3e6d9c2f5a",
    )
