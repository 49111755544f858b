"""The Art. 30 AVG register entry for this processing, built from settings and rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from skot_dossier.privacy.report_pdf import Report, Section
from skot_dossier.privacy.retention import RetentionPolicy

MISSING = "(in te vullen door de verwerkingsverantwoordelijke)"

PURPOSES = (
    "Afhandelen van signalen en meldingen over misbruik van sociale media door "
    "medewerkers en leerlingen volgens het Protocol Social Media van de stichting.",
    "Zorgvuldig voorbereiden, nemen en vastleggen van (rechtspositionele) maatregelen, "
    "inclusief hoor en wederhoor, termijnen en correspondentie.",
    "Voorbereiden van aangifte bij de politie waar een strafbaar feit vermoed wordt.",
    "Verantwoording afleggen (auditlog) en voldoen aan verzoeken van betrokkenen.",
)
SUBJECTS = (
    "Medewerkers van de scholen van de stichting",
    "Leerlingen van de scholen van de stichting",
    "Ouders en verzorgers van leerlingen (contact- en adresgegevens)",
    "Overige betrokkenen bij een incident (slachtoffers, getuigen, melders)",
    "Gebruikers van SKOT Dossier (naam, rol, handelingen in de auditlog)",
)
DATA = (
    "Naam, aanhef, personeels- of leerlingnummer, school, functie of groep, "
    "datum in en uit dienst of vertrek",
    "Adresgegevens voor correspondentie (medewerker; ouders/verzorgers van leerlingen)",
    "Beschrijving van incidenten, platforms, accountnamen en internetadressen",
    "Bewijsstukken (schermafbeeldingen, berichten) met vingerafdruk (SHA-256)",
    "Gespreksverslagen, zienswijzen, besluiten en correspondentie",
    "Strafrechtelijke gegevens: alleen concrete vermoedens, minimaal en met beperkte "
    "toegang (AVG art. 10, UAVG art. 33)",
)
DEFAULT_RECIPIENTS = (
    "Betrokkene zelf en, bij leerlingen, hun ouders/verzorgers",
    "Bevoegd gezag van de stichting",
    "Politie (bij aangifte)",
    "Inspectie van het Onderwijs en leerplichtambtenaar (wettelijke meldingen)",
    "Commissie van beroep / geschillencommissie (bij beroep of bezwaar)",
)
SECURITY = (
    "Versleutelde opslag per werkplek (SQLCipher 4, AES-256), sleutels afgeleid met "
    "Argon2id; herstelsleutel apart bewaard",
    "Rollen en need-to-know; toegang buiten de eigen scope alleen met reden en gemarkeerd",
    "Automatisch vergrendelen bij inactiviteit; geen ontsleutelde tijdelijke bestanden",
    "Hash-geketende, controleerbare auditlog van elke inzage en wijziging; controlepunten "
    "buiten het systeem",
    "Geteste back-ups met integriteitscontrole bij herstel",
)


@dataclass(frozen=True)
class RegisterEntry:
    controller: str
    controller_address: str
    po_name: str
    po_contact: str
    purposes: tuple[str, ...]
    subjects: tuple[str, ...]
    data: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: tuple[str, ...]
    security: tuple[str, ...]
    transfers: str = "Geen doorgifte buiten de EER; de gegevens blijven op de eigen werkplek."

    def sections(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return (
            ("Verwerkingsverantwoordelijke", (self.controller, self.controller_address)),
            ("Functionaris gegevensbescherming", (self.po_name, self.po_contact)),
            ("Doeleinden", self.purposes),
            ("Categorieën betrokkenen", self.subjects),
            ("Categorieën persoonsgegevens", self.data),
            ("Ontvangers", self.recipients),
            ("Doorgifte", (self.transfers,)),
            ("Bewaartermijnen", self.retention),
            ("Beveiligingsmaatregelen (AVG art. 32)", self.security),
        )

    def to_markdown(self) -> str:
        lines = [
            "# Register van verwerkingsactiviteiten (AVG art. 30)",
            "",
            "Verwerking: dossiers sociale media (SKOT Dossier)",
            "",
        ]
        for heading, items in self.sections():
            lines += [f"## {heading}", ""] + [f"- {_md(i)}" for i in items] + [""]
        return "\n".join(lines)

    def to_report(self) -> Report:
        return Report(
            title="Register van verwerkingsactiviteiten (AVG art. 30)",
            facts=(
                ("Verwerking", "Dossiers sociale media (SKOT Dossier)"),
                ("Verantwoordelijke", self.controller),
            ),
            sections=tuple(
                Section(h, paragraphs=tuple(f"• {i}" for i in items))
                for h, items in self.sections()
            ),
            author=self.controller,
        )


def _md(text: str) -> str:
    """Markdown-safe: user text cannot add headings, links or HTML."""
    escaped = text.replace("\\", "\\\\")
    for ch in "*_`[]<>#|":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped.replace("\n", " ")


def build_register(settings: Mapping[str, str], policy: RetentionPolicy) -> RegisterEntry:
    def get(key: str) -> str:
        return settings.get(key, "").strip() or MISSING

    recipients = (
        tuple(r for r in settings.get("register.recipients", "").splitlines() if r.strip())
        or DEFAULT_RECIPIENTS
    )
    retention = tuple(
        f"{r.label_nl}: {r.years} jaar na {r.trigger_nl}; daarna beoordeling en vernietiging. "
        f"Grondslag: {r.basis}."
        for r in policy.rules
    ) + (
        "Lopend beroep, bezwaar, rechtszaak, aangifte of inzageverzoek: de termijn is "
        "opgeschort (bewaarplicht) tot de procedure is afgerond.",
    )
    return RegisterEntry(
        controller=get("foundation.name"),
        controller_address=get("register.controller_address"),
        po_name=get("register.po_name"),
        po_contact=get("register.po_contact"),
        purposes=PURPOSES,
        subjects=SUBJECTS,
        data=DATA,
        recipients=recipients,
        retention=retention,
        security=SECURITY,
    )
