<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../ui/dossier/add_evidence_dialog.py" line="24"/>
        <source>Add evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/add_evidence_dialog.py" line="38"/>
        <source>Incident: %1</source>
        <translation>Incident: %1</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="36"/>
        <source>Street and house number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="43"/>
        <source>Street:</source>
        <translation>Straat:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="44"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="45"/>
        <source>Town:</source>
        <translation>Plaats:</translation>
    </message>
</context>
<context>
    <name>ApproveErasureDialog</name>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="32"/>
        <source>Agree to destruction — SKOT Dossier</source>
        <translation>Akkoord voor vernietiging — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="39"/>
        <source>&amp;Agree</source>
        <translation>&amp;Akkoord geven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="47"/>
        <source>Agree to destroying this dossier?</source>
        <translation>Akkoord geven voor het vernietigen van dit dossier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="51"/>
        <source>Your agreement lets someone else (HR or the data protection officer) destroy the dossier for good. Until they do, you can withdraw it.</source>
        <translation>Met uw akkoord kan iemand anders (HR of de functionaris gegevensbescherming) het dossier definitief vernietigen. Tot die persoon dat doet, kunt u uw akkoord intrekken.</translation>
    </message>
</context>
<context>
    <name>AuditExports</name>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="35"/>
        <source>Export as &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="39"/>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="37"/>
        <source>The entries the list shows, for a spreadsheet.</source>
        <translation>De regels die de lijst toont, voor een spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="41"/>
        <source>The entries the list shows, to print or to file.</source>
        <translation>De regels die de lijst toont, om te printen of te archiveren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="43"/>
        <source>Record a checkpoint (PDF)…</source>
        <translation>Controlepunt vastleggen (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="47"/>
        <source>One page with today&apos;s check number. File it outside SKOT Dossier: a log rewritten later no longer matches it.</source>
        <translation>Eén pagina met het controlegetal van vandaag. Bewaar die buiten SKOT Dossier: een later herschreven logboek klopt er dan niet meer mee.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="74"/>
        <source>Save the audit log</source>
        <translation>Logboek opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="75"/>
        <source>Audit-log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="78"/>
        <source>Saving the audit log…</source>
        <translation>Logboek opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="81"/>
        <source>The audit log has been saved (%1):
%2

The file says at the top whether the chain is intact, with the check number (controlegetal).</source>
        <translation>Het logboek is opgeslagen (%1):
%2

Bovenaan het bestand staat of de keten intact is, met het controlegetal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="92"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="97"/>
        <location filename="../../ui/pages/audit_exports.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="105"/>
        <source>Record a checkpoint</source>
        <translation>Controlepunt vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="106"/>
        <source>Checkpoint-audit-log</source>
        <translation>Controlepunt-logboek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="109"/>
        <source>Recording the checkpoint…</source>
        <translation>Controlepunt vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="112"/>
        <source>The checkpoint has been saved:
%1

Print it or keep it outside SKOT Dossier, for example in the data protection officer&apos;s archive. A log rewritten later no longer matches its check number.</source>
        <translation>Het controlepunt is opgeslagen:
%1

Print het of bewaar het buiten SKOT Dossier, bijvoorbeeld in het archief van de functionaris gegevensbescherming. Een later herschreven logboek klopt dan niet meer met het controlegetal.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="44"/>
        <source>Flagged only</source>
        <translation>Alleen gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="48"/>
        <source>Only entries that deserve a look: the glass broken, case reasons, refusals, failures, exports, many records at once, overrides, destructions and work outside 7:00–19:00 or at the weekend.</source>
        <translation>Alleen regels die aandacht verdienen: buiten de normale toegang geopend, zaakredenen, weigeringen, mislukte pogingen, exports, veel gegevens tegelijk, overschrijvingen, vernietigingen en werk buiten 7.00–19.00 uur of in het weekend.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="53"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="54"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="74"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="75"/>
        <source>&amp;Until:</source>
        <translation>&amp;t/m:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="76"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="77"/>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="57"/>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="61"/>
        <source>Who looked at this dossier?…</source>
        <translation>Wie heeft dit dossier ingezien?…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="93"/>
        <source>Back to the whole log</source>
        <translation>Terug naar het hele logboek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="137"/>
        <source>Audit log of this vault</source>
        <translation>Logboek van deze kluis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="139"/>
        <source>Entries:</source>
        <translation>Regels:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="140"/>
        <source>Check number (controlegetal):</source>
        <translation>Controlegetal:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="144"/>
        <source>Every view, search, change and export is logged with who did it and when. You can check that nothing in the log was changed or removed; reading the log itself is for the data protection officer.</source>
        <translation>Elke inzage, zoekopdracht, wijziging en export wordt vastgelegd, met wie het deed en wanneer. U kunt controleren dat er niets in het logboek is gewijzigd of verwijderd; het logboek zelf lezen is voor de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="149"/>
        <source>Your role may not check or read the audit log.</source>
        <translation>Uw rol mag het logboek niet controleren of inzien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="185"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="187"/>
        <source>(the newest; narrow the period to see older ones)</source>
        <translation>(de nieuwste; maak de periode kleiner om oudere te zien)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="192"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="203"/>
        <source>Your role may not read the audit log.</source>
        <translation>Uw rol mag het logboek niet inzien.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="215"/>
        <source>Entry %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="217"/>
        <source>purpose: %1</source>
        <translation>doel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="219"/>
        <source>reference %1</source>
        <translation>kenmerk %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="220"/>
        <source>outcome: %1</source>
        <translation>uitkomst: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="222"/>
        <source>details: %1</source>
        <translation>details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="240"/>
        <source>Who looked at the dossier of %1 (%2): every view, search hit, export and refused attempt, newest first.</source>
        <translation>Wie heeft het dossier van %1 (%2) ingezien: elke inzage, zoekresultaat, export en geweigerde poging, de nieuwste eerst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="251"/>
        <source>%n access(es) to this person&apos;s data</source>
        <translation>
            <numerusform>%n keer toegang tot de gegevens van deze persoon</numerusform>
            <numerusform>%n keer toegang tot de gegevens van deze persoon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="48"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="52"/>
        <source>User (role)</source>
        <translation>Gebruiker (rol)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="53"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="55"/>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="59"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="61"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <location filename="../../ui/backup_action.py" line="63"/>
        <source>Save a backup of the vault</source>
        <translation>Een back-up van de kluis opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="65"/>
        <source>SKOT Dossier backups (*.skotbackup)</source>
        <translation>SKOT Dossier-back-ups (*.skotbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="80"/>
        <source>Do not save the backup inside the vault folder itself. Choose another place, preferably another disk.</source>
        <translation>Sla de back-up niet op in de kluismap zelf. Kies een andere plek, liefst een andere schijf.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="85"/>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="111"/>
        <source>The backup has been saved:
%1

Check number (controlegetal): %2

Note the check number; restoring the backup verifies it. Keep the backup somewhere other than this computer. Without a passphrase or the recovery key nobody can read it.</source>
        <translation>De back-up is opgeslagen:
%1

Controlegetal: %2

Noteer het controlegetal; bij het terugzetten wordt het gecontroleerd. Bewaar de back-up op een andere plek dan deze computer. Zonder wachtwoord of herstelsleutel kan niemand hem lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="119"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="127"/>
        <source>No backup was made. %1</source>
        <translation>Er is geen back-up gemaakt. %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/widgets.py" line="166"/>
        <source>Close this notice</source>
        <translation>Deze melding sluiten</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="48"/>
        <source>Outside your normal access — SKOT Dossier</source>
        <translation>Buiten uw normale toegang — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="54"/>
        <source>This dossier is outside your normal access</source>
        <translation>Dit dossier valt buiten uw normale toegang</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="56"/>
        <source>This incident is outside your normal access</source>
        <translation>Dit incident valt buiten uw normale toegang</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="62"/>
        <source>You can still open it, for this session only, if you write down why you need it now. The data protection officer sees this access, your name and your reason. The access ends when you lock or close the vault.</source>
        <translation>U kunt het toch openen, alleen voor deze sessie, als u opschrijft waarom u het nu nodig hebt. De functionaris gegevensbescherming ziet deze toegang, uw naam en uw reden. De toegang vervalt zodra u de kluis vergrendelt of sluit.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="74"/>
        <source>For example: the pupil&apos;s parents phoned about this incident and the school&apos;s own director is away until Monday.</source>
        <translation>Bijvoorbeeld: de ouders van de leerling belden over dit incident en de eigen directeur van de school is tot maandag afwezig.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="80"/>
        <source>&amp;Why do you need this access now?</source>
        <translation>&amp;Waarom hebt u deze toegang nu nodig?</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="88"/>
        <source>&amp;Open with this reason</source>
        <translation>&amp;Openen met deze reden</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="122"/>
        <source>It belongs to a school that is not one of yours, so your role does not give you access to it.</source>
        <translation>Het hoort bij een school die niet een van uw scholen is; uw rol geeft u er daarom geen toegang toe.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="127"/>
        <source>Everyone involved in it is a pupil for whom you have recorded no case reason, so as HR you do not see it in the normal way.</source>
        <translation>Alle betrokkenen zijn leerlingen voor wie u geen reden voor een zaak hebt vastgelegd; als HR ziet u het daarom normaal niet.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="131"/>
        <source>No case reason has been recorded for this pupil, so as HR you do not see the dossier in the normal way. If the pupil is part of one of your cases, record the reason instead with &quot;Look up a pupil for a case&quot; on the Dossiers page.</source>
        <translation>Voor deze leerling is geen reden voor een zaak vastgelegd; als HR ziet u het dossier daarom normaal niet. Hoort de leerling bij een van uw zaken, leg dan liever de reden vast met &quot;Leerling opzoeken voor een zaak&quot; op de pagina Dossiers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/break_glass_dialog.py" line="146"/>
        <source>Type at least %n more character(s).</source>
        <translation>
            <numerusform>Typ nog minstens %n teken.</numerusform>
            <numerusform>Typ nog minstens %n tekens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarefulClose</name>
    <message>
        <location filename="../../ui/keys.py" line="84"/>
        <source>Discard what you typed?</source>
        <translation>Getypte tekst weggooien?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="85"/>
        <source>Close this window and discard what you typed?</source>
        <translation>Dit venster sluiten en wat u hebt getypt weggooien?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="86"/>
        <source>Nothing of it has been saved yet.</source>
        <translation>Er is nog niets van opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="87"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="41"/>
        <source>Change my passphrase — SKOT Dossier</source>
        <translation>Mijn wachtwoord wijzigen — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="49"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="60"/>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoord wij&amp;zigen</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="64"/>
        <source>Change my passphrase</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="68"/>
        <source>A new passphrase for %1. From now on only the new one opens the vault for you; other users keep their own.</source>
        <translation>Een nieuw wachtwoord voor %1. Vanaf nu opent alleen het nieuwe wachtwoord de kluis voor u; andere gebruikers houden hun eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="112"/>
        <source>Saving the new passphrase… this takes a moment on purpose.</source>
        <translation>Het nieuwe wachtwoord wordt opgeslagen… dit duurt expres even.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="128"/>
        <source>Your current passphrase is not correct, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation>Uw huidige wachtwoord is niet juist; er is niets gewijzigd. Controleer Caps Lock en typ het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="132"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="133"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="134"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="154"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="159"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="162"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="165"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="169"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="176"/>
        <source>Letters to the staff member or the parents will appear here once they are drafted. Writing letters from this screen comes in a later version.</source>
        <translation>Brieven aan de medewerker of de ouders verschijnen hier zodra ze zijn opgesteld. Brieven maken vanuit dit scherm komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="175"/>
        <source>No letters in this dossier yet</source>
        <translation>Nog geen brieven in dit dossier</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="351"/>
        <source>New vault — SKOT Dossier</source>
        <translation>Nieuwe kluis — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="360"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="39"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="41"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="42"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="43"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="44"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="44"/>
        <source>to be verified</source>
        <translation>nog na te gaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="56"/>
        <source>No deadlines in the coming four weeks</source>
        <translation>Geen termijnen in de komende vier weken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="58"/>
        <source>Deadlines start when a decision is taken (for example the period for the employee&apos;s view, or the appeal period). They appear here automatically.</source>
        <translation>Termijnen beginnen zodra er een besluit is genomen (bijvoorbeeld de termijn voor de zienswijze van de medewerker, of de bezwaartermijn). Ze verschijnen hier vanzelf.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="66"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="69"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="94"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="95"/>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="103"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="116"/>
        <source>%1 overdue, %2 in the coming four weeks</source>
        <translation>%1 verlopen, %2 in de komende vier weken</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="17"/>
        <source>Intention</source>
        <translation>Voornemen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="18"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="21"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="22"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="23"/>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="80"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="84"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="90"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="96"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="101"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="111"/>
        <source>No decisions in this dossier</source>
        <translation>Geen besluiten in dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="112"/>
        <source>Measures such as a warning or a suspension are recorded as decisions. Taking a decision step by step comes in a later version of SKOT Dossier.</source>
        <translation>Maatregelen zoals een waarschuwing of een schorsing worden vastgelegd als besluit. Stap voor stap een besluit nemen komt in een volgende versie van SKOT Dossier.</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="62"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="63"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="64"/>
        <source>Of</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="65"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="79"/>
        <source>Search names, numbers, incidents, notes…</source>
        <translation>Zoek namen, nummers, incidenten, notities…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="88"/>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="90"/>
        <source>Look up a pupil for a case…</source>
        <translation>Leerling opzoeken voor een zaak…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="93"/>
        <source>HR sees a pupil&apos;s dossier once a case reason is recorded for it.</source>
        <translation>HR ziet het dossier van een leerling zodra er een reden voor een zaak is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="116"/>
        <source>No dossiers yet</source>
        <translation>Nog geen dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="117"/>
        <source>Choose &quot;New dossier&quot; to register a pupil or staff member.</source>
        <translation>Kies &quot;Nieuw dossier&quot; om een leerling of medewerker te registreren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="120"/>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="121"/>
        <source>Check the spelling, or search for part of a name or a pupil number.</source>
        <translation>Controleer de spelling, of zoek op een deel van een naam of een leerlingnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="133"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="179"/>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="180"/>
        <source>Staff and pupils</source>
        <translation>Medewerkers en leerlingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="181"/>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="182"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="183"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="246"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dossier_list_page.py" line="248"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="250"/>
        <source>%1 shown; scroll down for more</source>
        <translation>%1 getoond; scroll omlaag voor meer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="267"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="268"/>
        <source>Copy name</source>
        <translation>Naam kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="269"/>
        <source>Copy number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="315"/>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dossier_list_page.py" line="329"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../ui/dossier/page.py" line="62"/>
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="71"/>
        <source>Copy the name (cleared from the clipboard after a while)</source>
        <translation>Naam kopiëren (wordt na korte tijd van het klembord gewist)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="76"/>
        <source>Edit details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="81"/>
        <source>New incident…</source>
        <translation>Nieuw incident…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="85"/>
        <source>Legal hold…</source>
        <translation>Bewaarplicht…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="89"/>
        <source>Keep this dossier from being destroyed while an objection, appeal or case is running</source>
        <translation>Voorkom dat dit dossier wordt vernietigd zolang een bezwaar, beroep of zaak loopt</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="109"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="110"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="111"/>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="112"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="113"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="114"/>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="43"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="44"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="45"/>
        <source>Staff/pupil</source>
        <translation>Medewerker/leerling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="46"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="48"/>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="49"/>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
</context>
<context>
    <name>DropList</name>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="106"/>
        <source>Drag files here, or choose &quot;Add files…&quot;</source>
        <translation>Sleep bestanden hierheen, of kies &quot;Bestanden toevoegen…&quot;</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="24"/>
        <source>not yet (still employed)</source>
        <translation>nog niet (nog in dienst)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="25"/>
        <source>not yet (still at school)</source>
        <translation>nog niet (nog op school)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="46"/>
        <source>Destroy a dossier — SKOT Dossier</source>
        <translation>Dossier vernietigen — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="53"/>
        <source>This cannot be undone. Everything about this person is removed: their details, the timeline, decisions and letters, and incidents nobody else is part of, with their evidence. Old copies inside the vault go too. The audit log keeps only a receipt: when, under which rule, approved by whom, and how many records, without any content.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Alles over deze persoon wordt verwijderd: de gegevens, de tijdlijn, besluiten en brieven, en incidenten waarin verder niemand voorkomt, met het bewijs. Ook oude kopieën in de kluis verdwijnen. In het logboek blijft alleen een bewijs van vernietiging achter: wanneer, volgens welke regel, met wiens akkoord en hoeveel gegevens, zonder inhoud.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="69"/>
        <source>For example: the former employee asked for their data to be erased (AVG art. 17) on 3 March; nothing requires us to keep it.</source>
        <translation>Bijvoorbeeld: de oud-medewerker vroeg op 3 maart om verwijdering van de gegevens (AVG art. 17); niets verplicht ons ze te bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="78"/>
        <source>I understand that this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="83"/>
        <source>&amp;Destroy for good</source>
        <translation>&amp;Definitief vernietigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="91"/>
        <source>Destroy this dossier for good?</source>
        <translation>Dit dossier definitief vernietigen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="114"/>
        <source>The retention period has not even started. Why must this dossier be destroyed now? (required)</source>
        <translation>De bewaartermijn is nog niet eens begonnen. Waarom moet dit dossier nu worden vernietigd? (verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="119"/>
        <source>The retention period ends on %1. Why must this dossier be destroyed before then? (required)</source>
        <translation>De bewaartermijn loopt af op %1. Waarom moet dit dossier eerder worden vernietigd? (verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="137"/>
        <source>Destroying the dossier…</source>
        <translation>Dossier vernietigen…</translation>
    </message>
</context>
<context>
    <name>ErasureFacts</name>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="40"/>
        <source>only the person&apos;s details</source>
        <translation>alleen de gegevens van de persoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="48"/>
        <source>Dossier of:</source>
        <translation>Dossier van:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="49"/>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="51"/>
        <source>Period started:</source>
        <translation>Termijn begon:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="54"/>
        <source>Review on:</source>
        <translation>Beoordelen op:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="56"/>
        <source>not yet known</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="60"/>
        <source>Agreed by:</source>
        <translation>Akkoord van:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="62"/>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="67"/>
        <source>Destroyed:</source>
        <translation>Wordt vernietigd:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/erasure_facts.py" line="70"/>
        <source>%n incident(s) that other people are part of stay, without this person</source>
        <translation>
            <numerusform>%n incident waar ook anderen bij betrokken zijn blijft bestaan, zonder deze persoon</numerusform>
            <numerusform>%n incidenten waar ook anderen bij betrokken zijn blijven bestaan, zonder deze persoon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="78"/>
        <source>Stays:</source>
        <translation>Blijft:</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../ui/intake/evidence_import.py" line="106"/>
        <source>Storing the evidence in the vault…</source>
        <translation>Het bewijs wordt in de kluis opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_import.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="31"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="34"/>
        <source>Screenshots and files are stored encrypted in the vault with a fingerprint (SHA-256). You can also add evidence later.</source>
        <translation>Schermafbeeldingen en bestanden worden versleuteld in de kluis bewaard, met een vingerafdruk (SHA-256). U kunt ook later bewijs toevoegen.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="117"/>
        <source>Add files (screenshots, photos, videos, PDFs)</source>
        <translation>Bestanden toevoegen (schermafbeeldingen, foto&apos;s, video&apos;s, pdf&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="120"/>
        <source>Record only what was seen; do not store the file</source>
        <translation>Alleen vastleggen wat er is gezien; het bestand niet opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="128"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="130"/>
        <source>&amp;Remove</source>
        <translation>Verwijde&amp;ren</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="138"/>
        <source>Optional: what the files show</source>
        <translation>Optioneel: wat er op de bestanden staat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="143"/>
        <source>In this kind of incident a file may show a sexual image of a minor. Such images may never be stored or passed on, not even as evidence: choose &quot;Record only what was seen&quot; and report it to the police.</source>
        <translation>Bij dit soort incidenten kan een bestand een seksuele afbeelding van een minderjarige bevatten. Zulke beelden mogen nooit worden opgeslagen of doorgestuurd, ook niet als bewijs: kies &quot;Alleen vastleggen wat er is gezien&quot; en meld het bij de politie.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="151"/>
        <source>I have checked: these files contain no sexual image of a minor.</source>
        <translation>Ik heb gecontroleerd: deze bestanden bevatten geen seksuele afbeelding van een minderjarige.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="160"/>
        <source>Description:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="161"/>
        <source>Source (web address):</source>
        <translation>Bron (webadres):</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="168"/>
        <source>e.g. in the class group chat on WhatsApp</source>
        <translation>bijvoorbeeld in de klassengroepsapp op WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="171"/>
        <source>e.g. the director and the group teacher</source>
        <translation>bijvoorbeeld de directeur en de groepsleerkracht</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="181"/>
        <source>Describe what was seen, without copying it.</source>
        <translation>Beschrijf wat er te zien was, zonder het over te nemen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="185"/>
        <source>Seen &amp;where:</source>
        <translation>Gezien &amp;waar:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="187"/>
        <source>Seen &amp;by:</source>
        <translation>Gezien &amp;door:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="189"/>
        <source>Seen &amp;on:</source>
        <translation>Gezien &amp;op:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="191"/>
        <source>What was seen:</source>
        <translation>Wat is er gezien:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="241"/>
        <source>Choose evidence files</source>
        <translation>Kies bewijsbestanden</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="275"/>
        <source>Confirm the check above, or record only what was seen.</source>
        <translation>Bevestig de controle hierboven, of leg alleen vast wat er is gezien.</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="103"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="105"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="109"/>
        <source>description only</source>
        <translation>alleen beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="113"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="119"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="142"/>
        <source>&amp;View</source>
        <translation>Be&amp;kijken</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="146"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="148"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="151"/>
        <source>Add &amp;evidence…</source>
        <translation>&amp;Bewijs toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="166"/>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="190"/>
        <source>%1 (not stored)</source>
        <translation>%1 (niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="226"/>
        <source>This dossier has no incidents yet.</source>
        <translation>Dit dossier heeft nog geen incidenten.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="254"/>
        <source>No evidence for this incident yet.</source>
        <translation>Nog geen bewijs bij dit incident.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="265"/>
        <source>Choose a file and press Enter, double-click it or use &quot;View&quot; to see it. Viewing is logged.</source>
        <translation>Kies een bestand en druk op Enter, dubbelklik erop of kies ‘Bekijken’ om het te zien. Bekijken wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="299"/>
        <source>Only a description was recorded; the file was not stored.</source>
        <translation>Alleen een beschrijving is vastgelegd; het bestand is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="304"/>
        <source>No preview for this kind of file. Use &quot;Export…&quot; to save it to a place you choose; the export is logged.</source>
        <translation>Geen voorbeeld voor dit soort bestand. Gebruik &quot;Exporteren…&quot; om het op te slaan op een plek die u kiest; de export wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="230"/>
        <location filename="../../ui/dossier/evidence_tab.py" line="318"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="330"/>
        <source>Added on %1 by %2</source>
        <translation>Toegevoegd op %1 door %2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="332"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="334"/>
        <source>Captured or seen on: %1</source>
        <translation>Vastgelegd of gezien op: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="336"/>
        <source>Seen where: %1</source>
        <translation>Gezien waar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="338"/>
        <source>Seen by: %1</source>
        <translation>Gezien door: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="340"/>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="353"/>
        <source>This image cannot be shown. Export it to view it.</source>
        <translation>Deze afbeelding kan niet worden getoond. Exporteer haar om haar te bekijken.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="384"/>
        <source>Export evidence</source>
        <translation>Bewijs exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="390"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="399"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../../ui/file_export.py" line="122"/>
        <source>The file was not saved. %1</source>
        <translation>Het bestand is niet opgeslagen. %1</translation>
    </message>
</context>
<context>
    <name>GuardianBox</name>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="44"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="46"/>
        <source>Form of address:</source>
        <translation>Aanhef:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="47"/>
        <source>Relation:</source>
        <translation>Relatie:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="50"/>
        <source>Remove this parent or guardian</source>
        <translation>Deze ouder of verzorger verwijderen</translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="80"/>
        <source>Add a parent or guardian</source>
        <translation>Ouder of verzorger toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="102"/>
        <source>Parent or guardian %1</source>
        <translation>Ouder of verzorger %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="63"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="79"/>
        <source>&amp;Open dossier</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="82"/>
        <source>Dossiers of the persons involved</source>
        <translation>Dossiers van de betrokkenen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="111"/>
        <source>Happened:</source>
        <translation>Gebeurd:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="112"/>
        <source>Known since:</source>
        <translation>Bekend sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="113"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="114"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="115"/>
        <source>Seriousness:</source>
        <translation>Ernst:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="116"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="117"/>
        <source>Platforms:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="118"/>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="119"/>
        <source>Web addresses:</source>
        <translation>Webadressen:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="120"/>
        <source>Persons:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="127"/>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="128"/>
        <source>Consequences</source>
        <translation>Gevolgen</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="24"/>
        <source>Happened</source>
        <translation>Gebeurd</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="29"/>
        <source>Part</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="30"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="31"/>
        <source>Seriousness</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="43"/>
        <source>&amp;View…</source>
        <translation>&amp;Bekijken…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="45"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Nieuw incident…</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="57"/>
        <source>New incident — SKOT Dossier</source>
        <translation>Nieuw incident — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="79"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="80"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="123"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="124"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="125"/>
        <source>Happened on</source>
        <translation>Gebeurd op</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="126"/>
        <source>Known since</source>
        <translation>Bekend sinds</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="127"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="128"/>
        <source>Seriousness</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="129"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="130"/>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="131"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="132"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="133"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="134"/>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="135"/>
        <source>Consequences</source>
        <translation>Gevolgen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="136"/>
        <source>Not stored; seen in %1 by %2 on %3</source>
        <translation>Niet opgeslagen; gezien in %1 door %2 op %3</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="137"/>
        <source>Staff member posted</source>
        <translation>Medewerker plaatste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="138"/>
        <source>Possibly sexual images of minors</source>
        <translation>Mogelijk seksueel beeldmateriaal van minderjarigen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="139"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="231"/>
        <source>Not recorded yet. Go back and check:</source>
        <translation>Nog niet vastgelegd. Ga terug en controleer:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>HR officer</source>
        <translation>HR-medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>School director</source>
        <translation>Schooldirecteur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>No permissions</source>
        <translation>Geen rechten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Monitoring</source>
        <translation>Wordt gevolgd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Neutral (full name)</source>
        <translation>Neutraal (volledige naam)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Insult</source>
        <translation>Belediging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Threat</source>
        <translation>Bedreiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Defamation or libel</source>
        <translation>Smaad of laster</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Doxing (spreading personal details)</source>
        <translation>Doxing (persoonsgegevens verspreiden)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Identity misuse</source>
        <translation>Misbruik van identiteit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Images shared without consent</source>
        <translation>Beelden gedeeld zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Sexting</source>
        <translation>Sexting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Bullying</source>
        <translation>Pesten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Breach of integrity</source>
        <translation>Integriteitsschending</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Minor</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Moderate</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Serious</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Very serious</source>
        <translation>Zeer ernstig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Under investigation</source>
        <translation>In onderzoek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Hearing both sides</source>
        <translation>Hoor en wederhoor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Deciding</source>
        <translation>Besluitvorming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Measure taken</source>
        <translation>Maatregel genomen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Person concerned (behaviour)</source>
        <translation>Veroorzaker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Victim</source>
        <translation>Slachtoffer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Contact with parents</source>
        <translation>Contact met ouders</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Contact with the police</source>
        <translation>Contact met de politie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Other platform</source>
        <translation>Ander platform</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <location filename="../../ui/labels.py" line="123"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>PDF document</source>
        <translation>Pdf-document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>ZIP archive</source>
        <translation>Zip-archief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>Appeal</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Court case</source>
        <translation>Rechtszaak</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Police report</source>
        <translation>Aangifte bij de politie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>evidence files</source>
        <translation>bewijsstukken</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>timeline entries</source>
        <translation>tijdlijnregels</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>decisions</source>
        <translation>besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>letters</source>
        <translation>brieven</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>other records</source>
        <translation>overige gegevens</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="53"/>
        <source>Legal hold — SKOT Dossier</source>
        <translation>Bewaarplicht — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="57"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="58"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="59"/>
        <source>Placed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="60"/>
        <source>Lifted</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="72"/>
        <source>&amp;Lift the chosen hold</source>
        <translation>Gekozen bewaarplicht &amp;opheffen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="85"/>
        <source>For example: objection against the reprimand received on 4 March</source>
        <translation>Bijvoorbeeld: bezwaar tegen de berisping, ontvangen op 4 maart</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="87"/>
        <source>&amp;Place the hold</source>
        <translation>Bewaarplicht &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="93"/>
        <source>Place a new hold</source>
        <translation>Nieuwe bewaarplicht vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="95"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="97"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="110"/>
        <source>Legal hold</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="114"/>
        <source>While a hold is active this dossier is not destroyed, even when its retention period has passed. Place one when an objection, appeal, court case, police report or access request may still need the dossier, and lift it when that is over.</source>
        <translation>Zolang er een bewaarplicht actief is, wordt dit dossier niet vernietigd, ook niet als de bewaartermijn voorbij is. Leg er een vast als een bezwaar, beroep, rechtszaak, aangifte of inzageverzoek het dossier nog nodig kan hebben, en hef hem op als dat voorbij is.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="141"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="146"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="158"/>
        <source>An active hold keeps this dossier from being destroyed.</source>
        <translation>Een actieve bewaarplicht voorkomt dat dit dossier wordt vernietigd.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="160"/>
        <source>No active hold: the normal retention period applies.</source>
        <translation>Geen actieve bewaarplicht: de gewone bewaartermijn geldt.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="190"/>
        <source>Lift this legal hold?</source>
        <translation>Bewaarplicht opheffen?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="193"/>
        <source>Lift the hold &quot;%1&quot; (placed %2)?

Without an active hold the dossier can be destroyed once its retention period has passed. The lifting is logged.</source>
        <translation>De bewaarplicht &quot;%1&quot; (geplaatst %2) opheffen?

Zonder actieve bewaarplicht kan het dossier worden vernietigd zodra de bewaartermijn voorbij is. Het opheffen wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="200"/>
        <source>&amp;Lift the hold</source>
        <translation>&amp;Opheffen</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="28"/>
        <source>SKOT Dossier is locked</source>
        <translation>SKOT Dossier is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="29"/>
        <source>Close the vault</source>
        <translation>Kluis sluiten</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../ui/pages/lookup_dialog.py" line="56"/>
        <source>&amp;Look up</source>
        <translation>&amp;Opzoeken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>%1 — SKOT Dossier</source>
        <translation>%1 — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Close vault</source>
        <translation>Kluis &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Reset a passphrase…</source>
        <translation>Wachtwoord &amp;opnieuw instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>New &amp;dossier…</source>
        <translation>Nieuw &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>New &amp;incident…</source>
        <translation>Nieuw &amp;incident…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;About SKOT Dossier</source>
        <translation>&amp;Over SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>About SKOT Dossier</source>
        <translation>Over SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>SKOT Dossier keeps dossiers about social-media misuse, encrypted and only on this computer. Every view and change is logged.</source>
        <translation>SKOT Dossier bewaart dossiers over misbruik van sociale media, versleuteld en alleen op deze computer. Elke inzage en wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Unlocked with the recovery key</source>
        <translation>Ontgrendeld met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>User: %1 · Role: %2</source>
        <translation>Gebruiker: %1 · Rol: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Warning: %n wrong passphrase(s) were typed for this vault since it was last unlocked. If that was not you, tell the privacy officer.</source>
        <translation>
            <numerusform>Let op: sinds de vorige keer ontgrendelen is %n keer een verkeerd wachtwoord ingevoerd voor deze kluis. Was u dat niet? Meld het bij de functionaris gegevensbescherming.</numerusform>
            <numerusform>Let op: sinds de vorige keer ontgrendelen is %n keer een verkeerd wachtwoord ingevoerd voor deze kluis. Was u dat niet? Meld het bij de functionaris gegevensbescherming.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Warning: %n wrong passphrase(s) were typed for this vault since it was last unlocked. If that was not you, see in the audit log when it happened (the attempts are entered there now) and tell the administrator.</source>
        <translation>
            <numerusform>Let op: sinds de vorige keer ontgrendelen is %n keer een verkeerd wachtwoord ingevoerd voor deze kluis. Was u dat niet? Kijk in het logboek wanneer het gebeurde (de pogingen staan er nu in) en meld het bij de beheerder.</numerusform>
            <numerusform>Let op: sinds de vorige keer ontgrendelen is %n keer een verkeerd wachtwoord ingevoerd voor deze kluis. Was u dat niet? Kijk in het logboek wanneer het gebeurde (de pogingen staan er nu in) en meld het bij de beheerder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>You are signed in without a user role (for example with the recovery key), so dossiers stay closed. Ask the administrator to set up your account.</source>
        <translation>U bent ingelogd zonder gebruikersrol (bijvoorbeeld met de herstelsleutel), dus dossiers blijven gesloten. Vraag de beheerder om uw account in te richten.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>You unlocked this vault with the recovery key. Use it only to give someone a new passphrase when theirs is forgotten; then lock the vault and unlock it with that passphrase. Dossiers stay closed in this session.</source>
        <translation>U hebt deze kluis ontgrendeld met de herstelsleutel. Gebruik die alleen om iemand een nieuw wachtwoord te geven als het oude vergeten is; vergrendel daarna de kluis en ontgrendel met dat wachtwoord. Dossiers blijven in deze sessie gesloten.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Reset a passphrase…</source>
        <translation>Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>The passphrase of %1 has been reset. Give it to them in person.</source>
        <translation>Het wachtwoord van %1 is opnieuw ingesteld. Geef het persoonlijk door.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>The passphrase of %1 has been reset. Lock the vault now and unlock it with the new passphrase.</source>
        <translation>Het wachtwoord van %1 is opnieuw ingesteld. Vergrendel nu de kluis en ontgrendel met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../ui/unlock_dialog.py" line="218"/>
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel verkeerde pogingen. U kunt het opnieuw proberen over %n seconde.</numerusform>
            <numerusform>Te veel verkeerde pogingen. U kunt het opnieuw proberen over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="704"/>
        <source>The file could not be read or written: %1. Nothing was changed.</source>
        <translation>Het bestand kon niet worden gelezen of geschreven: %1. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="710"/>
        <source>Something went wrong. Nothing was changed. Details: %1</source>
        <translation>Er ging iets mis. Er is niets gewijzigd. Details: %1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="29"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="33"/>
        <source>New &amp;passphrase:</source>
        <translation>Nieuw &amp;wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="36"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="37"/>
        <source>&amp;Repeat:</source>
        <translation>He&amp;rhaal:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="59"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NotForRolePage</name>
    <message>
        <location filename="../../ui/pages/info_pages.py" line="15"/>
        <source>Not available for your role: %1</source>
        <translation>Niet beschikbaar voor uw rol: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/info_pages.py" line="18"/>
        <source>You are signed in as %1. Ask the HR officer or the administrator if you need access.</source>
        <translation>U bent ingelogd als %1. Vraag de HR-medewerker of de beheerder als u toegang nodig hebt.</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="185"/>
        <source>Where online</source>
        <translation>Waar online</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="187"/>
        <source>The police ask for platforms, exact web addresses and account names.</source>
        <translation>De politie vraagt naar platforms, precieze webadressen en accountnamen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="199"/>
        <source>One web address per line, starting with https://</source>
        <translation>Eén webadres per regel, beginnend met https://</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="202"/>
        <source>One account or user name per line, e.g. @name</source>
        <translation>Eén account of gebruikersnaam per regel, bijvoorbeeld @naam</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="204"/>
        <source>Platforms:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="206"/>
        <source>&amp;Web addresses:</source>
        <translation>&amp;Webadressen:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="208"/>
        <source>&amp;Accounts:</source>
        <translation>&amp;Accounts:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="25"/>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="73"/>
        <location filename="../../ui/dossier/overview_tab.py" line="114"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="74"/>
        <location filename="../../ui/dossier/overview_tab.py" line="116"/>
        <source>Form of address:</source>
        <translation>Aanhef:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="75"/>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="76"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="77"/>
        <source>Date of birth:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="81"/>
        <source>Position:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="82"/>
        <source>Employed since:</source>
        <translation>In dienst sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="83"/>
        <source>Employed until:</source>
        <translation>In dienst tot:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="87"/>
        <location filename="../../ui/dossier/overview_tab.py" line="117"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="90"/>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="91"/>
        <source>Left school on:</source>
        <translation>Van school af op:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="98"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="100"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="101"/>
        <source>Opened on:</source>
        <translation>Geopend op:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="102"/>
        <source>Closed on:</source>
        <translation>Gesloten op:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="103"/>
        <source>Incidents:</source>
        <translation>Incidenten:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="104"/>
        <source>Timeline entries:</source>
        <translation>Regels in de tijdlijn:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="112"/>
        <source>Parent or guardian %1</source>
        <translation>Ouder of verzorger %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="115"/>
        <source>Relation:</source>
        <translation>Relatie:</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="33"/>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="34"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="35"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="36"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="37"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="154"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="157"/>
        <source>A passphrase is a short sentence only you know, for example four unrelated words. At least %1 characters.</source>
        <translation>Kies een wachtwoord dat alleen u kent, bij voorkeur een korte zin van vier losse woorden. Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="162"/>
        <source>&amp;Create vault</source>
        <translation>Kluis &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="170"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="177"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="178"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="179"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="222"/>
        <source>Creating the vault… the key is being calculated; this takes a few seconds.</source>
        <translation>De kluis wordt gemaakt… de sleutel wordt berekend; dit duurt enkele seconden.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/forms/person_form.py" line="54"/>
        <source>Edit details</source>
        <translation>Gegevens wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="54"/>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="58"/>
        <source>&amp;Pupil</source>
        <translation>&amp;Leerling</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="59"/>
        <source>&amp;Staff member</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="79"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="81"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="82"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="84"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="86"/>
        <source>Form of address:</source>
        <translation>Aanhef:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="87"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="89"/>
        <source>Date of birth:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="91"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="95"/>
        <source>This vault has no schools yet. An administrator adds them under Settings; until then no dossier can be saved.</source>
        <translation>Deze kluis heeft nog geen scholen. Een beheerder voegt ze toe onder Instellingen; tot die tijd kan er geen dossier worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="107"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="109"/>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="111"/>
        <source>Left school on:</source>
        <translation>Van school af op:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="118"/>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="120"/>
        <source>Position:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="122"/>
        <source>Employed since:</source>
        <translation>In dienst sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="124"/>
        <source>Employed until:</source>
        <translation>In dienst tot:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="126"/>
        <source>Home address (for letters):</source>
        <translation>Huisadres (voor brieven):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="131"/>
        <source>Why are you changing this?</source>
        <translation>Waarom wijzigt u dit?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="133"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="135"/>
        <source>The old values stay readable in the history.</source>
        <translation>De oude gegevens blijven leesbaar in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="200"/>
        <source>Pupil number, e.g. L-1234</source>
        <translation>Leerlingnummer, bijvoorbeeld L-1234</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="200"/>
        <source>Staff number, e.g. P-0042</source>
        <translation>Personeelsnummer, bijvoorbeeld P-0042</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="276"/>
        <source>Not saved yet: check the fields marked in red.</source>
        <translation>Nog niet opgeslagen: controleer de velden met een rode melding.</translation>
    </message>
</context>
<context>
    <name>PersonLookupDialog</name>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="45"/>
        <source>Who looked at this dossier? — SKOT Dossier</source>
        <translation>Wie heeft dit dossier ingezien? — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="40"/>
        <source>Name or staff/pupil number</source>
        <translation>Naam of personeels-/leerlingnummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="29"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="30"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="31"/>
        <source>Staff/pupil</source>
        <translation>Medewerker/leerling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="41"/>
        <source>&amp;Show who looked</source>
        <translation>&amp;Toon wie het inzag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="33"/>
        <source>Who looked at this dossier?</source>
        <translation>Wie heeft dit dossier ingezien?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="35"/>
        <source>Look the person up by name or number and choose them. You then see every view, search hit, export and refused attempt concerning their data, with who did it and the purpose they gave. You do not see the dossier itself.</source>
        <translation>Zoek de persoon op naam of nummer en kies hem of haar. U ziet dan elke inzage, elk zoekresultaat, elke export en elke geweigerde poging met zijn of haar gegevens, met wie het deed en het opgegeven doel. Het dossier zelf ziet u niet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/person_lookup_dialog.py" line="64"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n persoon gevonden.</numerusform>
            <numerusform>%n personen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="63"/>
        <source>Nobody found. Check the number or the spelling of the name.</source>
        <translation>Niemand gevonden. Controleer het nummer of de spelling van de naam.</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="51"/>
        <source>Who is involved</source>
        <translation>Wie zijn betrokken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="54"/>
        <source>Search the vault and add each person with their part. At least one person must be the one whose behaviour this is about.</source>
        <translation>Zoek in de kluis en voeg elke persoon toe met zijn of haar rol. Minstens één persoon moet degene zijn om wiens gedrag het gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="62"/>
        <source>Search by name or number…</source>
        <translation>Zoek op naam of nummer…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="73"/>
        <source>&amp;Add</source>
        <translation>T&amp;oevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="80"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="80"/>
        <source>Part</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="93"/>
        <source>Part:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="101"/>
        <source>Involved:</source>
        <translation>Betrokken:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="122"/>
        <source>Type at least %1 letters or digits to search.</source>
        <translation>Typ minstens %1 letters of cijfers om te zoeken.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="133"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/persons_page.py" line="156"/>
        <source>%n person(s) found. Choose the part and add them.</source>
        <translation>
            <numerusform>%n persoon gevonden. Kies de rol en voeg toe.</numerusform>
            <numerusform>%n personen gevonden. Kies de rol en voeg toe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="162"/>
        <source>Nobody found for &quot;%1&quot;. Check the spelling, or search for part of the name or the number. A person who is not in the vault yet gets a dossier first (&quot;New dossier&quot;).</source>
        <translation>Niemand gevonden voor &quot;%1&quot;. Controleer de spelling, of zoek op een deel van de naam of op het nummer. Wie nog niet in de kluis staat, krijgt eerst een dossier (&quot;Nieuw dossier&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="193"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="228"/>
        <source>Add at least one person whose behaviour this is about (part: &quot;%1&quot;).</source>
        <translation>Voeg minstens één persoon toe om wiens gedrag het gaat (rol: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="41"/>
        <source>Where and who</source>
        <translation>Waar en wie</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="43"/>
        <source>The vault is one folder. Choose a place that is backed up, not a USB stick.</source>
        <translation>De kluis is één map. Kies een plek waarvan een back-up wordt gemaakt, geen USB-stick.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="56"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="62"/>
        <source>e.g. Fatima Bakker</source>
        <translation>bijvoorbeeld Fatima Bakker</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="65"/>
        <source>e.g. hr</source>
        <translation>bijvoorbeeld hr</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="66"/>
        <source>Administrator: sets up schools and users</source>
        <translation>Beheerder: richt scholen en gebruikers in</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="67"/>
        <source>HR officer: keeps dossiers and handles incidents</source>
        <translation>HR-medewerker: houdt dossiers bij en behandelt incidenten</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="77"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="80"/>
        <source>&amp;Name of the vault:</source>
        <translation>Naam van de &amp;kluis:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="82"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="83"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="88"/>
        <source>The login name is readable without the passphrase (it is shown when unlocking), so use a short name like &quot;hr&quot;, not your full name.</source>
        <translation>De inlognaam is zonder wachtwoord leesbaar (hij staat in het ontgrendelscherm). Gebruik dus een korte naam zoals &quot;hr&quot;, niet uw volledige naam.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="96"/>
        <source>Your role:</source>
        <translation>Uw rol:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="105"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="124"/>
        <source>The vault will be: %1</source>
        <translation>De kluis wordt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="137"/>
        <source>This folder does not exist. Choose another one.</source>
        <translation>Deze map bestaat niet. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="141"/>
        <source>There is already a vault or folder with this name. Choose another name.</source>
        <translation>Er bestaat al een kluis of map met deze naam. Kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Contains invisible control characters; type the text again.</source>
        <translation>Bevat onzichtbare stuurtekens; typ de tekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Must contain letters.</source>
        <translation>Moet letters bevatten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Use only letters, digits, &apos;-&apos;, &apos;/&apos; and &apos;.&apos;.</source>
        <translation>Gebruik alleen letters, cijfers, &apos;-&apos;, &apos;/&apos; en &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>This is not a Dutch postcode (for example 7671 AB).</source>
        <translation>Dit is geen Nederlandse postcode (bijvoorbeeld 7671 AB).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>This user does not exist (any more).</source>
        <translation>Deze gebruiker bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>At most %1 parents or guardians.</source>
        <translation>Ten hoogste %1 ouders of verzorgers.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>Only for a post by a staff member: add the staff member as the person it is about, or choose that it is not a staff member&apos;s post.</source>
        <translation>Alleen bij een bericht van een medewerker: voeg de medewerker toe als degene om wie het gaat, of kies dat het geen bericht van een medewerker is.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Each web address must start with http:// or https://.</source>
        <translation>Elk webadres moet beginnen met http:// of https://.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>This date is too far in the past.</source>
        <translation>Deze datum ligt te ver in het verleden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>This day does not exist in that month. Check the date.</source>
        <translation>Deze dag bestaat niet in die maand. Controleer de datum.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This date lies before the date of birth.</source>
        <translation>Deze datum ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>This moment lies before the moment it happened.</source>
        <translation>Dit moment ligt vóór het moment waarop het gebeurde.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>This date lies before the start of employment.</source>
        <translation>Deze datum ligt vóór de datum van indiensttreding.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>Choose at least one school.</source>
        <translation>Kies minstens één school.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>One of the schools does not exist (any more).</source>
        <translation>Een van de scholen bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Er ging iets mis. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Some entries are not valid.</source>
        <translation>Niet alle gegevens zijn geldig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>This record does not exist (any more).</source>
        <translation>Dit gegeven bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Your role does not allow this. The attempt has been logged.</source>
        <translation>Uw rol staat dit niet toe. De poging is vastgelegd in het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Processing of this dossier is restricted (GDPR art. 18): it can be read, but not changed until the restriction is lifted.</source>
        <translation>De verwerking van dit dossier is beperkt (AVG art. 18): het is te lezen, maar kan niet worden gewijzigd zolang de beperking geldt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>The disk is full. Nothing was changed. Free some space and try again.</source>
        <translation>De schijf is vol. Er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The audit log is not intact. Tell the privacy officer at once.</source>
        <translation>Het logboek is niet intact. Meld dit meteen bij de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Too many entries (at most %1).</source>
        <translation>Te veel regels (ten hoogste %1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>This date lies before the decision.</source>
        <translation>Deze datum ligt vóór het besluit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>This date lies before the day the letter was sent.</source>
        <translation>Deze datum ligt vóór de dag waarop de brief is verzonden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>The mandate cannot end before it starts.</source>
        <translation>Het mandaat kan niet eindigen voordat het ingaat.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>A school director needs at least one school.</source>
        <translation>Een schooldirecteur heeft minstens één school nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>This login name already belongs to another user.</source>
        <translation>Deze inlognaam is al van een andere gebruiker.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="192"/>
        <source>This value is not valid.</source>
        <translation>Deze waarde is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>Enter a whole number above zero.</source>
        <translation>Vul een heel getal groter dan nul in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>Choose yes or no.</source>
        <translation>Kies ja of nee.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>The school holidays must each have a first day, a last day and a name.</source>
        <translation>Elke schoolvakantie heeft een eerste dag, een laatste dag en een naam.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>The holiday “%1” ends before it starts, or has no name.</source>
        <translation>De vakantie „%1” eindigt voordat ze begint, of heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>This is not a valid retention policy. The administrator can check it with skot-dossier-admin.</source>
        <translation>Dit is geen geldig bewaarbeleid. De beheerder kan het controleren met skot-dossier-admin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <location filename="../../ui/messages.py" line="212"/>
        <source>The protocol file of SKOT Dossier is not valid. Ask the administrator to check it with skot-dossier-admin.</source>
        <translation>Het protocolbestand van SKOT Dossier is niet geldig. Vraag de beheerder het te controleren met skot-dossier-admin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>The protocol file %1 is not valid. Ask the administrator to check it with skot-dossier-admin.</source>
        <translation>Het protocolbestand %1 is niet geldig. Vraag de beheerder het te controleren met skot-dossier-admin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>The protocol file %1 cannot be read. Ask the administrator to check it.</source>
        <translation>Het protocolbestand %1 kan niet worden gelezen. Vraag de beheerder het te controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>No protocol file was found in %1. Reinstall SKOT Dossier.</source>
        <translation>In %1 is geen protocolbestand gevonden. Installeer SKOT Dossier opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>Protocol %1 is not available in this version of SKOT Dossier. Install the version that has it.</source>
        <translation>Protocol %1 zit niet in deze versie van SKOT Dossier. Installeer de versie waarin het wel zit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>The measure %1 is not in protocol %2.</source>
        <translation>De maatregel %1 staat niet in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>The measure %1 is not on the %2 ladder.</source>
        <translation>De maatregel %1 staat niet op de ladder %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>The measure %1 is on more than one ladder; choose one of: %2.</source>
        <translation>De maatregel %1 staat op meer dan één ladder; kies een van: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>The ladder %1 is not in protocol %2.</source>
        <translation>De ladder %1 staat niet in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>The letter %1 is not in protocol %2.</source>
        <translation>De brief %1 staat niet in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248"/>
        <source>The hard stop %1 is not in protocol %2.</source>
        <translation>De harde stop %1 staat niet in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="251"/>
        <source>The role %1 is not in protocol %2.</source>
        <translation>De rol %1 staat niet in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>The holiday “%1” ends (%2) before it starts. Correct it in Settings.</source>
        <translation>De vakantie „%1” eindigt (%2) voordat ze begint. Verbeter dit bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>This day is not a school day (a weekend day or a school holiday).</source>
        <translation>Deze dag is geen schooldag (een weekenddag of een schoolvakantie).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>The protocol or the law does not allow this step (yet).</source>
        <translation>Het protocol of de wet staat deze stap (nog) niet toe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>This measure is decided by: %1. Your role cannot record it.</source>
        <translation>Over deze maatregel beslist: %1. Met uw rol kunt u hem niet vastleggen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>The decision must follow a finalized intention for the same measure in the same dossier.</source>
        <translation>Het besluit moet volgen op een definitief voornemen voor dezelfde maatregel in hetzelfde dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>A final decision cannot be changed. Start a correction instead.</source>
        <translation>Een definitief besluit kan niet worden gewijzigd. Begin in plaats daarvan een correctie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>This decision is already final.</source>
        <translation>Dit besluit is al definitief.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="273"/>
        <source>Steps the law requires in this case are still open and cannot be skipped: %1</source>
        <translation>Stappen die de wet in deze zaak voorschrijft, staan nog open en kunnen niet worden overgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="277"/>
        <source>Required checklist items are still open: %1. Complete them, or give a written reason to go on without them.</source>
        <translation>Verplichte punten van de checklist staan nog open: %1. Rond ze af, of geef een schriftelijke reden om zonder ze verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="282"/>
        <source>A decision on this measure needs a finalized intention first.</source>
        <translation>Voor een besluit over deze maatregel is eerst een definitief voornemen nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="285"/>
        <source>The decision must keep the grounds of the intention.</source>
        <translation>Het besluit moet de gronden van het voornemen behouden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>The intention letter has not been sent yet. Finalize it first, so the period for the person&apos;s view can run.</source>
        <translation>De brief met het voornemen is nog niet verzonden. Maak die eerst definitief, zodat de termijn voor de zienswijze kan lopen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="293"/>
        <source>The period for the person&apos;s view has not ended, and no view has been recorded.</source>
        <translation>De termijn voor de zienswijze is nog niet verstreken en er is geen zienswijze vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297"/>
        <source>No objection to the board is possible against this decision.</source>
        <translation>Tegen dit besluit staat geen bezwaar bij het bevoegd gezag open.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>Only a final decision can be corrected; edit the draft instead.</source>
        <translation>Alleen een definitief besluit kan worden gecorrigeerd; wijzig anders het concept.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>This measure does not belong to the ladder of this dossier (%1).</source>
        <translation>Deze maatregel hoort niet bij de ladder van dit dossier (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>One of the case facts is unknown.</source>
        <translation>Een van de feiten van de zaak is onbekend.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>Name each case fact together with its value.</source>
        <translation>Noem elk feit van de zaak met zijn waarde.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="310"/>
        <source>This cannot be changed here.</source>
        <translation>Dit kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>The grounds must stay the same as in the intention. A decision on other grounds needs a new intention.</source>
        <translation>De gronden moeten dezelfde blijven als in het voornemen. Voor een besluit op andere gronden is een nieuw voornemen nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>This follows from the incident (%1). Give a written reason to switch it off.</source>
        <translation>Dit volgt uit het incident (%1). Geef een schriftelijke reden om het uit te zetten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>Enter a number of days.</source>
        <translation>Vul een aantal dagen in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>Enter a date and a time.</source>
        <translation>Vul een datum en een tijd in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="322"/>
        <source>Write down the view that was given (or “geen zienswijze”).</source>
        <translation>Schrijf de gegeven zienswijze op (of „geen zienswijze”).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="325"/>
        <source>This item is not on the checklist of this decision.</source>
        <translation>Dit punt staat niet op de checklist van dit besluit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>Required: name the facts the decision relies on.</source>
        <translation>Verplicht: noem de feiten waarop het besluit berust.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="331"/>
        <source>State the duration of the measure.</source>
        <translation>Vermeld de duur van de maatregel.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>The duration must be at least one day.</source>
        <translation>De duur moet minstens één dag zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="335"/>
        <source>%1: at most %2 %3; proposed: %4 (%5).</source>
        <translation>%1: ten hoogste %2 %3; voorgesteld: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="336"/>
        <source>Required: when the facts became known decides whether this is done without delay.</source>
        <translation>Verplicht: het moment waarop de feiten bekend werden, bepaalt of dit onverwijld gebeurt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>This measure is %1 than usual in comparable cases (%2). Explain why.</source>
        <translation>Deze maatregel is %1 dan gebruikelijk in vergelijkbare zaken (%2). Leg uit waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>%1: due by %2 (%3). Say why it is given only now.</source>
        <translation>%1: uiterlijk op %2 (%3). Zeg waarom het pas nu gebeurt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>The measure starts on %1, before today. Say why it is recorded only now.</source>
        <translation>De maatregel gaat in op %1, vóór vandaag. Zeg waarom hij pas nu wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>This is not a school day (a weekend day or a school holiday). A suspension counted in school days starts on a school day.</source>
        <translation>Dit is geen schooldag (een weekenddag of een schoolvakantie). Een schorsing die in schooldagen wordt geteld, begint op een schooldag.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="356"/>
        <source>This step cannot be marked done yet.</source>
        <translation>Deze stap kan nog niet als gedaan worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="357"/>
        <source>First complete: %1. The protocol puts it before this step.</source>
        <translation>Rond eerst af: %1. Het protocol zet dat vóór deze stap.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="361"/>
        <source>This person holds no valid mandate for this; see the mandate register.</source>
        <translation>Deze persoon heeft hiervoor geen geldig mandaat; zie het mandaatregister.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="364"/>
        <source>There is no valid mandate to %1 for this school on %2.</source>
        <translation>Er is geen geldig mandaat om %1 voor deze school op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="367"/>
        <source>Nobody holds a valid mandate to %1 for this school. The administrator registers mandates.</source>
        <translation>Niemand heeft een geldig mandaat om %1 voor deze school. De beheerder legt mandaten vast.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="371"/>
        <source>Several people hold this mandate; choose who acts.</source>
        <translation>Meer mensen hebben dit mandaat; kies wie optreedt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="375"/>
        <source>The letter cannot be made.</source>
        <translation>De brief kan niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="376"/>
        <source>The letter cannot be made. Tell the administrator.</source>
        <translation>De brief kan niet worden gemaakt. Meld dit aan de beheerder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="379"/>
        <source>Letter %1 cannot be made yet: required fields are empty.</source>
        <translation>Brief %1 kan nog niet worden gemaakt: verplichte velden zijn leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="382"/>
        <source>The field %1 must be yes or no, not “%2”.</source>
        <translation>Het veld %1 moet ja of nee zijn, niet „%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="385"/>
        <source>%1 is not a kind of letter.</source>
        <translation>%1 is geen soort brief.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="386"/>
        <source>The letter font %1 cannot be loaded. Reinstall SKOT Dossier.</source>
        <translation>Het lettertype %1 voor brieven kan niet worden geladen. Installeer SKOT Dossier opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="389"/>
        <source>The letterhead logo is not a readable image. Choose another in Settings.</source>
        <translation>Het logo in het briefhoofd is geen leesbare afbeelding. Kies een ander bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="392"/>
        <source>The letterhead logo is empty. Choose another in Settings.</source>
        <translation>Het logo in het briefhoofd is leeg. Kies een ander bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="395"/>
        <source>A letter template of SKOT Dossier is not valid. Ask the administrator to check it.</source>
        <translation>Een briefsjabloon van SKOT Dossier is niet geldig. Vraag de beheerder het te controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="399"/>
        <source>This paragraph states the grounds of the intention. A decision keeps them unchanged, so it cannot be edited or removed.</source>
        <translation>Deze alinea noemt de gronden van het voornemen. Een besluit neemt die ongewijzigd over, dus de alinea kan niet worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="404"/>
        <source>This letter cannot be made or changed now.</source>
        <translation>Deze brief kan nu niet worden gemaakt of gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="405"/>
        <source>Enter the foundation&apos;s name and address in Settings first.</source>
        <translation>Vul eerst bij Instellingen de naam en het adres van de stichting in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="408"/>
        <source>This staff member has no postal address in the dossier.</source>
        <translation>Van deze medewerker staat geen postadres in het dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="411"/>
        <source>Enter the postal address of the Inspectie in Settings first.</source>
        <translation>Vul eerst bij Instellingen het postadres van de Inspectie in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="414"/>
        <source>This pupil has no parent or guardian with an address.</source>
        <translation>Deze leerling heeft geen ouder of verzorger met een adres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="417"/>
        <source>A letter to the victim&apos;s parents needs an incident that names a pupil as victim.</source>
        <translation>Voor een brief aan de ouders van het slachtoffer is een incident nodig met een leerling als slachtoffer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="421"/>
        <source>Only a draft can be edited; a final letter never changes.</source>
        <translation>Alleen een concept kan worden bewerkt; een definitieve brief verandert nooit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="424"/>
        <source>This letter is already final.</source>
        <translation>Deze brief is al definitief.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="425"/>
        <source>Draft this proposed letter first.</source>
        <translation>Stel deze voorgestelde brief eerst op.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="426"/>
        <source>The letter names no signer with a role. Draft it again.</source>
        <translation>De brief noemt geen ondertekenaar met een functie. Stel hem opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="429"/>
        <source>Only a letter that was sent can have been received.</source>
        <translation>Alleen een verzonden brief kan zijn ontvangen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="432"/>
        <source>Only a final letter has a stored PDF; preview the draft instead.</source>
        <translation>Alleen van een definitieve brief is een pdf bewaard; bekijk anders een voorbeeld van het concept.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="435"/>
        <source>Finalize the letter before exporting it.</source>
        <translation>Maak de brief definitief voordat u hem exporteert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="438"/>
        <source>Finalize the letter before printing it.</source>
        <translation>Maak de brief definitief voordat u hem afdrukt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="441"/>
        <source>This letter has already been drafted.</source>
        <translation>Deze brief is al opgesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="444"/>
        <source>The stored letter no longer matches its fingerprint. Tell the privacy officer.</source>
        <translation>De bewaarde brief komt niet meer overeen met zijn vingerafdruk. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="448"/>
        <source>This decision does not belong to this dossier.</source>
        <translation>Dit besluit hoort niet bij dit dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="451"/>
        <source>Choose one of the listed recipients.</source>
        <translation>Kies een van de genoemde geadresseerden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="452"/>
        <source>This follows from the dossier and the decision; it cannot be changed in a letter.</source>
        <translation>Dit volgt uit het dossier en het besluit; het kan in een brief niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="456"/>
        <source>Required for this letter.</source>
        <translation>Verplicht voor deze brief.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="457"/>
        <source>This letter states a decision: draft it from the final decision.</source>
        <translation>Deze brief deelt een besluit mee: stel hem op vanuit het definitieve besluit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="460"/>
        <source>This decision does not lead to this letter.</source>
        <translation>Dit besluit leidt niet tot deze brief.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="463"/>
        <source>A letter needs text.</source>
        <translation>Een brief heeft tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="465"/>
        <source>%1 is not an offence the protocol lists.</source>
        <translation>%1 is geen strafbaar feit dat het protocol noemt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="466"/>
        <source>Name at least one offence considered.</source>
        <translation>Noem ten minste één strafbaar feit dat in aanmerking komt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="467"/>
        <source>Insult, defamation and libel are prosecuted only on the victim&apos;s complaint: enclose the staff member&apos;s signed special power of attorney, or let them report it themselves.</source>
        <translation>Belediging, smaad en laster worden alleen op klacht van het slachtoffer vervolgd: voeg de ondertekende bijzondere volmacht van de medewerker bij, of laat de medewerker zelf aangifte doen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="473"/>
        <source>The stored evidence %1 no longer matches its fingerprint. Tell the privacy officer.</source>
        <translation>Het bewaarde bewijs %1 komt niet meer overeen met zijn vingerafdruk. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="478"/>
        <source>The vault cannot be used.</source>
        <translation>De kluis kan niet worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="479"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Het wachtwoord is niet juist. Controleer Caps Lock en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="482"/>
        <source>This is not a valid recovery key. Check it for typing errors.</source>
        <translation>Dit is geen geldige herstelsleutel. Controleer hem op typfouten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="485"/>
        <source>This folder is not a SKOT Dossier vault.</source>
        <translation>Deze map is geen kluis van SKOT Dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="486"/>
        <source>This vault has no passphrase to open it with. Open it with the recovery key, or restore it from a backup.</source>
        <translation>Deze kluis heeft geen wachtwoordzin om hem mee te openen. Open hem met de herstelsleutel, of zet hem terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="491"/>
        <source>This vault was made by a newer version of SKOT Dossier. Install the update first.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van SKOT Dossier. Installeer eerst de update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="495"/>
        <location filename="../../ui/messages.py" line="621"/>
        <source>This backup was made by a newer version of SKOT Dossier. Install the update first.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van SKOT Dossier. Installeer eerst de update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="499"/>
        <source>The vault is damaged or was changed outside SKOT Dossier. Restore it from a backup, and tell the privacy officer.</source>
        <translation>De kluis is beschadigd of buiten SKOT Dossier gewijzigd. Zet een back-up terug en meld het bij de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="504"/>
        <source>The vault&apos;s database file is missing. Restore the vault from a backup, and tell the privacy officer.</source>
        <translation>Het databasebestand van de kluis ontbreekt. Zet de kluis terug uit een back-up en meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="509"/>
        <source>The vault&apos;s key file (vault.json) was changed outside SKOT Dossier, so your key could not be used. This is not counted as a wrong passphrase. Restore vault.json from a backup, and tell the privacy officer.</source>
        <translation>Het sleutelbestand van de kluis (vault.json) is buiten SKOT Dossier gewijzigd, daardoor kon uw sleutel niet worden gebruikt. Dit telt niet als een verkeerd wachtwoord. Zet vault.json terug uit een back-up en meld het bij de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="515"/>
        <source>The vault&apos;s key file (vault.json) was changed outside SKOT Dossier: the key of login “%1” no longer matches, so it could not be used. This is not counted as a wrong passphrase. Restore vault.json from a backup, and tell the privacy officer.</source>
        <translation>Het sleutelbestand van de kluis (vault.json) is buiten SKOT Dossier gewijzigd: de sleutel van inlognaam „%1” klopt niet meer en kon daarom niet worden gebruikt. Dit telt niet als een verkeerde wachtwoordzin. Zet vault.json terug uit een back-up en meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="521"/>
        <source>The vault&apos;s key file (vault.json) is damaged or was changed outside SKOT Dossier, so it cannot be read. Restore vault.json from a backup, and tell the privacy officer.</source>
        <translation>Het sleutelbestand van de kluis (vault.json) is beschadigd of buiten SKOT Dossier gewijzigd en kan daarom niet worden gelezen. Zet vault.json terug uit een back-up en meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="526"/>
        <source>This vault is already open in another SKOT Dossier window. Close that window first.</source>
        <translation>Deze kluis is al geopend in een ander venster van SKOT Dossier. Sluit dat venster eerst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="530"/>
        <source>A vault already exists there; it was not overwritten. Choose another place.</source>
        <translation>Daar staat al een kluis; die is niet overschreven. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="533"/>
        <source>This key of the vault cannot be used.</source>
        <translation>Deze sleutel van de kluis kan niet worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="534"/>
        <source>This login name cannot be used. Choose another one (1 to 80 characters).</source>
        <translation>Deze inlognaam kan niet worden gebruikt. Kies een andere (1 tot 80 tekens).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="537"/>
        <source>The login name “%1” is already in use. Choose another one.</source>
        <translation>De inlognaam „%1” is al in gebruik. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="540"/>
        <source>There is no login “%1” in this vault.</source>
        <translation>Deze kluis heeft geen inlognaam „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="541"/>
        <source>This key does not exist (any more).</source>
        <translation>Deze sleutel bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="542"/>
        <source>The last passphrase of the vault cannot be removed.</source>
        <translation>De laatste wachtwoordzin van de kluis kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="545"/>
        <source>This vault has no recovery key.</source>
        <translation>Deze kluis heeft geen herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="546"/>
        <source>Unknown kind of key: %1.</source>
        <translation>Onbekende soort sleutel: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="547"/>
        <source>You opened the vault with the recovery key. Open it with your passphrase to change that passphrase.</source>
        <translation>U hebt de kluis met de herstelsleutel geopend. Open hem met uw wachtwoordzin om die wachtwoordzin te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="552"/>
        <source>Choose a longer passphrase (at least 10 characters, not only the same few letters).</source>
        <translation>Kies een langer wachtwoord (minstens 10 tekens, niet steeds dezelfde paar letters).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="556"/>
        <source>Choose a longer passphrase (at least %1 characters).</source>
        <translation>Kies een langere wachtwoordzin (minstens %1 tekens).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="559"/>
        <source>Choose a passphrase with more different characters, not the same few letters.</source>
        <translation>Kies een wachtwoordzin met meer verschillende tekens, niet steeds dezelfde paar letters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="562"/>
        <source>The backup file is damaged or is not a SKOT Dossier backup.</source>
        <translation>Het back-upbestand is beschadigd of is geen back-up van SKOT Dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="565"/>
        <source>The backup file is damaged: a checksum does not match.</source>
        <translation>Het back-upbestand is beschadigd: een controlesom klopt niet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="568"/>
        <source>The database in the backup is damaged.</source>
        <translation>De database in de back-up is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="571"/>
        <source>The parts of the backup do not belong to the same vault.</source>
        <translation>De onderdelen van de back-up horen niet bij dezelfde kluis.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="574"/>
        <source>The audit log in the backup does not verify.</source>
        <translation>Het logboek in de back-up klopt niet bij controle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="581"/>
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel verkeerde pogingen. U kunt het opnieuw proberen over %n seconde.</numerusform>
            <numerusform>Te veel verkeerde pogingen. U kunt het opnieuw proberen over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="591"/>
        <source>This backup file is damaged, incomplete or not a SKOT Dossier backup, or its audit log does not verify. Nothing was restored. Try another backup file.</source>
        <translation>Dit back-upbestand is beschadigd of onvolledig, is geen SKOT Dossier-back-up, of het logboek erin klopt niet. Er is niets teruggezet. Probeer een ander back-upbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="596"/>
        <source>The chosen folder is not empty: there is already a vault or other files in it. Choose a new, empty folder, or tick &quot;Replace the existing vault&quot;.</source>
        <translation>De gekozen map is niet leeg: er staat al een kluis of er staan andere bestanden in. Kies een nieuwe, lege map, of vink &quot;Bestaande kluis vervangen&quot; aan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="601"/>
        <source>This passphrase or recovery key does not open this backup. Use a passphrase that was valid when the backup was made.</source>
        <translation>Dit wachtwoord of deze herstelsleutel opent deze back-up niet. Gebruik een wachtwoord dat gold toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="606"/>
        <source>This is not a valid recovery key. Check it for typing errors; the hyphens may be left out.</source>
        <translation>Dit is geen geldige herstelsleutel. Controleer hem op typefouten; de streepjes mogen weg.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="611"/>
        <source>The vault you want to replace is open right now, in this or another SKOT Dossier window. Close it there first; nothing was changed.</source>
        <translation>De kluis die u wilt vervangen is nu geopend, in dit of een ander SKOT Dossier-venster. Sluit hem daar eerst; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="616"/>
        <source>The disk is full. Nothing was restored and the existing vault is unchanged. Free some space and try again.</source>
        <translation>De schijf is vol. Er is niets teruggezet en de bestaande kluis is ongewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="625"/>
        <source>This backup has no recovery key. Use a passphrase instead.</source>
        <translation>Deze back-up heeft geen herstelsleutel. Gebruik een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="636"/>
        <source>file a police report on behalf of the foundation</source>
        <translation>aangifte te doen namens de stichting</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="639"/>
        <source>sign letters and decisions on behalf of the board</source>
        <translation>brieven en besluiten te ondertekenen namens het bevoegd gezag</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="644"/>
        <source>heavier</source>
        <translation>zwaarder</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="645"/>
        <source>lighter</source>
        <translation>lichter</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="648"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="649"/>
        <source>school days</source>
        <translation>schooldagen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>Another school already has this code.</source>
        <translation>Een andere school heeft deze code al.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Another person already has this number.</source>
        <translation>Iemand anders heeft dit nummer al.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>Only pupils have parents or guardians in their dossier.</source>
        <translation>Alleen leerlingen hebben ouders of verzorgers in hun dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>A staff member cannot become a pupil, nor the other way round.</source>
        <translation>Een medewerker kan geen leerling worden, en ook niet andersom.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>One of the persons is not in the vault (any more).</source>
        <translation>Een van de personen staat niet (meer) in de kluis.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>Add at least one person whose behaviour this is about.</source>
        <translation>Voeg minstens één persoon toe om wiens gedrag het gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>Choose the school this incident belongs to.</source>
        <translation>Kies de school waar dit incident bij hoort.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The file grew beyond the size limit while it was being read.</source>
        <translation>Het bestand werd tijdens het lezen groter dan toegestaan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>Required: say where it was seen.</source>
        <translation>Verplicht: geef aan waar het is gezien.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>Required: say who saw it.</source>
        <translation>Verplicht: geef aan wie het heeft gezien.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>Required: say when it was seen.</source>
        <translation>Verplicht: geef aan wanneer het is gezien.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>Only a description was recorded; there is no file.</source>
        <translation>Alleen een beschrijving is vastgelegd; er is geen bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>Too large to preview here; export it instead.</source>
        <translation>Te groot om hier te tonen; exporteer het bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>The stored file no longer matches the fingerprint taken when it was added. Tell the privacy officer.</source>
        <translation>Het bewaarde bestand komt niet meer overeen met de vingerafdruk die bij het toevoegen is genomen. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>Explain in a full sentence why you need this access.</source>
        <translation>Leg in een volledige zin uit waarom u deze toegang nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Type a pupil number or at least three letters of the name.</source>
        <translation>Typ een leerlingnummer of minstens drie letters van de naam.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>The retention period has not ended yet. Give the reason for destroying the dossier now.</source>
        <translation>De bewaartermijn is nog niet voorbij. Geef de reden om het dossier nu al te vernietigen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Too long (%1 characters; at most %2).</source>
        <translation>Te lang (%1 tekens; hoogstens %2).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>This person is not involved in that incident.</source>
        <translation>Deze persoon is niet betrokken bij dat incident.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>That incident is not about this person.</source>
        <translation>Dat incident gaat niet over deze persoon.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129"/>
        <source>In this kind of incident a file may show a sexual image of a minor. Such images may never be stored or passed on. Confirm explicitly that the file contains no such image, or record only where, when and by whom it was seen.</source>
        <translation>Bij dit soort incidenten kan een bestand een seksuele afbeelding van een minderjarige bevatten. Zulke beelden mogen nooit worden opgeslagen of doorgestuurd. Bevestig uitdrukkelijk dat het bestand zo&apos;n afbeelding niet bevat, of leg alleen vast waar, wanneer en door wie het is gezien.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>Het bestand is te groot (%1; de grens is %2).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>File type by its name: %1; by its content: %2. Check that this is the right file.</source>
        <translation>Soort bestand volgens de naam: %1; volgens de inhoud: %2. Controleer of dit het juiste bestand is.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>This date lies before %1.</source>
        <translation>Deze datum ligt vóór %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>This dossier cannot be destroyed now.</source>
        <translation>Dit dossier kan nu niet worden vernietigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>A legal hold rests on this dossier (for example an objection, an appeal or a police report). It cannot be destroyed until HR or the school director lifts the hold.</source>
        <translation>Op dit dossier rust een bewaarplicht (bijvoorbeeld een bezwaar, beroep of aangifte). Het kan pas worden vernietigd als HR of de schooldirecteur de bewaarplicht opheft.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Someone else must agree first: destroying a dossier takes two people. Ask a colleague (HR or the data protection officer) to choose &quot;Agree to destruction&quot;; then destroy it.</source>
        <translation>Eerst moet iemand anders akkoord geven: voor het vernietigen van een dossier zijn twee mensen nodig. Vraag een collega (HR of de functionaris gegevensbescherming) om &quot;Akkoord voor vernietiging&quot; te kiezen; vernietig het daarna.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>You have not agreed to destroying this dossier, so there is nothing to withdraw.</source>
        <translation>U hebt geen akkoord gegeven voor het vernietigen van dit dossier; er is niets om in te trekken.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>This access request has already been answered.</source>
        <translation>Dit inzageverzoek is al beantwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>“%1” is not a check number (controlegetal). A check number looks like %2.</source>
        <translation>“%1” is geen controlegetal. Een controlegetal ziet er zo uit: %2.</translation>
    </message>
</context>
<context>
    <name>PupilLookupDialog</name>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="51"/>
        <source>Look up a pupil for a case — SKOT Dossier</source>
        <translation>Leerling opzoeken voor een zaak — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="43"/>
        <source>Pupil number, or at least three letters of the name</source>
        <translation>Leerlingnummer, of minstens drie letters van de naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="33"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="34"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="35"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="64"/>
        <source>For example: witness in the case about a video of a teacher (reported on 12 March).</source>
        <translation>Bijvoorbeeld: getuige in de zaak over een filmpje van een leerkracht (gemeld op 12 maart).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="72"/>
        <source>&amp;Why does your case need this pupil&apos;s dossier?</source>
        <translation>&amp;Waarom heeft uw zaak het dossier van deze leerling nodig?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="44"/>
        <source>&amp;Record reason and open dossier</source>
        <translation>Reden &amp;vastleggen en dossier openen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="37"/>
        <source>Look up a pupil for a case</source>
        <translation>Leerling opzoeken voor een zaak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="39"/>
        <source>As HR you see a pupil&apos;s dossier only when one of your cases needs it. Look the pupil up, choose the right one and write down why. The lookup and the reason are logged, and the data protection officer sees them.</source>
        <translation>Als HR ziet u het dossier van een leerling alleen als een van uw zaken het nodig heeft. Zoek de leerling op, kies de juiste en schrijf op waarom. Het opzoeken en de reden worden vastgelegd in het logboek; de functionaris gegevensbescherming ziet ze.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="93"/>
        <source>%n pupil(s) found.</source>
        <translation>
            <numerusform>%n leerling gevonden.</numerusform>
            <numerusform>%n leerlingen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="92"/>
        <source>No pupil found. Check the number or the spelling of the name.</source>
        <translation>Geen leerling gevonden. Controleer het nummer of de spelling van de naam.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="256"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="259"/>
        <source>If every passphrase is forgotten, only this key opens the vault. It is shown now and never again.</source>
        <translation>Als alle wachtwoorden vergeten zijn, opent alleen deze sleutel de kluis nog. Hij wordt nu getoond en daarna nooit meer.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="272"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="274"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="283"/>
        <source>I have stored the recovery key safely (printed, or saved outside this computer).</source>
        <translation>Ik heb de herstelsleutel veilig bewaard (afgedrukt, of opgeslagen buiten deze computer).</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="294"/>
        <source>Keep it in the foundation&apos;s safe, separate from the computer. Anyone who has this key can open the vault.</source>
        <translation>Bewaar hem in de kluis van de stichting, los van de computer. Iedereen die deze sleutel heeft, kan de kluis openen.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="309"/>
        <source>SKOT recovery key.pdf</source>
        <translation>SKOT herstelsleutel.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="312"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="314"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="331"/>
        <source>Saved. Print it or move it to a USB stick kept in the safe, then delete it from this computer.</source>
        <translation>Opgeslagen. Druk het af of zet het op een USB-stick die in de kluis ligt, en verwijder het daarna van deze computer.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="47"/>
        <source>Reset a passphrase — SKOT Dossier</source>
        <translation>Wachtwoord opnieuw instellen — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="60"/>
        <source>&amp;Set new passphrase</source>
        <translation>Nieuw wachtwoord in&amp;stellen</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="64"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="72"/>
        <source>Set a new passphrase</source>
        <translation>Een nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="76"/>
        <source>Choose whose passphrase is forgotten and type a new one. The old passphrase stops working at once; the change is recorded in the audit log.</source>
        <translation>Kies wiens wachtwoord vergeten is en typ een nieuw wachtwoord. Het oude wachtwoord werkt meteen niet meer; de wijziging wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="115"/>
        <source>Saving the new passphrase… this takes a moment on purpose.</source>
        <translation>Het nieuwe wachtwoord wordt opgeslagen… dit duurt expres even.</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="121"/>
        <source>The passphrase of %1 has been reset.</source>
        <translation>Het wachtwoord van %1 is opnieuw ingesteld.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="63"/>
        <source>Restore a backup — SKOT Dossier</source>
        <translation>Back-up terugzetten — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="74"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="79"/>
        <source>&amp;Open the vault</source>
        <translation>Kluis &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="97"/>
        <source>A file ending in .skotbackup</source>
        <translation>Een bestand dat eindigt op .skotbackup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="108"/>
        <location filename="../../ui/restore_dialog.py" line="230"/>
        <source>Pass&amp;phrase:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="110"/>
        <source>Replace the existing vault</source>
        <translation>Bestaande kluis vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="114"/>
        <source>If the folder already holds a vault, it is replaced by the backup. The current vault is not deleted: it is kept next to it under a name with today&apos;s date.</source>
        <translation>Staat er in de map al een kluis, dan wordt die vervangen door de back-up. De huidige kluis wordt niet verwijderd: die blijft ernaast bewaard onder een naam met de datum van vandaag.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="135"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Back-upbestand:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="139"/>
        <source>Restore &amp;into:</source>
        <translation>Terugzetten &amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="143"/>
        <source>A new or empty folder; a vault folder&apos;s name ends in .skotvault.</source>
        <translation>Een nieuwe of lege map; de naam van een kluismap eindigt op .skotvault.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="100"/>
        <source>a &amp;passphrase</source>
        <translation>&amp;een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="102"/>
        <source>the recovery &amp;key</source>
        <translation>de herstel&amp;sleutel</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="149"/>
        <source>Unlock with:</source>
        <translation>Ontgrendelen met:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="155"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="159"/>
        <source>The backup is checked completely first (files, encrypted database and audit log) in a temporary folder. Only then is the vault put in place. Use a passphrase that was valid when the backup was made, or the recovery key.</source>
        <translation>De back-up wordt eerst volledig gecontroleerd in een tijdelijke map (bestanden, versleutelde database en logboek). Pas daarna wordt de kluis op zijn plek gezet. Gebruik een wachtwoord dat gold toen de back-up werd gemaakt, of de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="181"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="195"/>
        <source>Choose the backup file</source>
        <translation>Kies het back-upbestand</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="197"/>
        <source>SKOT Dossier backups (*.skotbackup);;All files (*)</source>
        <translation>SKOT Dossier-back-ups (*.skotbackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="216"/>
        <source>Choose where to restore the vault</source>
        <translation>Kies waar de kluis moet komen</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="230"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="257"/>
        <source>Replace the existing vault?</source>
        <translation>Bestaande kluis vervangen?</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="262"/>
        <source>The vault in %1 will be replaced by the backup.

Everything added to it after the backup was made will no longer be in the restored vault. The current vault is kept, unchanged, as %2.replaced-&lt;date and time&gt;; do not delete it before you have checked the restored vault.</source>
        <translation>De kluis in %1 wordt vervangen door de back-up.

Alles wat er na het maken van de back-up aan is toegevoegd, staat niet in de teruggezette kluis. De huidige kluis blijft ongewijzigd bewaard als %2.replaced-&lt;datum en tijd&gt;; verwijder die pas als u de teruggezette kluis hebt gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="271"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="307"/>
        <source>Checking the backup and restoring the vault… this can take a while.</source>
        <translation>De back-up wordt gecontroleerd en de kluis teruggezet… dit kan even duren.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="322"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RestoreResult</name>
    <message>
        <location filename="../../ui/restore_result.py" line="40"/>
        <source>Vault:</source>
        <translation>Kluis:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="41"/>
        <source>Audit log:</source>
        <translation>Logboek:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="42"/>
        <source>Check number (controlegetal):</source>
        <translation>Controlegetal:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="43"/>
        <source>Previous vault kept as:</source>
        <translation>Vorige kluis bewaard als:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="44"/>
        <source>Erased since the backup:</source>
        <translation>Gewist sinds de back-up:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="47"/>
        <source>The backup has been restored</source>
        <translation>De back-up is teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="51"/>
        <source>Everything in the backup was checked before the vault was put in place: the files, the encrypted database and the audit log.</source>
        <translation>Alles in de back-up is gecontroleerd voordat de kluis op zijn plek werd gezet: de bestanden, de versleutelde database en het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="62"/>
        <source>Compare the check number with the one noted when the backup was made. Restoring is itself recorded in the vault&apos;s audit log.</source>
        <translation>Vergelijk het controlegetal met het getal dat u noteerde toen de back-up werd gemaakt. Het terugzetten zelf staat ook in het logboek van de kluis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_result.py" line="72"/>
        <source>Verified: %n entry(s), complete and unchanged.</source>
        <translation>
            <numerusform>Gecontroleerd: %n regel, compleet en ongewijzigd.</numerusform>
            <numerusform>Gecontroleerd: %n regels, compleet en ongewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_result.py" line="85"/>
        <source>%n dossier(s) that had been erased are back from the backup. Erase them again under Retention; the audit log names them.</source>
        <translation>
            <numerusform>%n dossier dat was vernietigd, staat door de back-up weer in de kluis. Vernietig het opnieuw onder Bewaartermijnen; het logboek noemt het.</numerusform>
            <numerusform>%n dossiers die waren vernietigd, staan door de back-up weer in de kluis. Vernietig ze opnieuw onder Bewaartermijnen; het logboek noemt ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="103"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="112"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="112"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="112"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="120"/>
        <source>Copy SHA-256 of the selected file</source>
        <translation>SHA-256 van het gekozen bestand kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="129"/>
        <source>The SHA-256 fingerprint proves later that a file has not changed since intake. It is also printed in the police-report packet.</source>
        <translation>De SHA-256-vingerafdruk bewijst later dat een bestand sinds het vastleggen niet is veranderd. Hij staat ook in het pakket voor de aangifte.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="137"/>
        <source>The incident &quot;%1&quot; has been recorded.</source>
        <translation>Het incident &quot;%1&quot; is vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/summary_pages.py" line="186"/>
        <source>%n file(s) stored</source>
        <translation>
            <numerusform>%n bestand opgeslagen</numerusform>
            <numerusform>%n bestanden opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/summary_pages.py" line="187"/>
        <source>%n description(s) recorded, without a file</source>
        <translation>
            <numerusform>%n beschrijving vastgelegd, zonder bestand</numerusform>
            <numerusform>%n beschrijvingen vastgelegd, zonder bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/summary_pages.py" line="190"/>
        <source>%n file(s) not stored</source>
        <translation>
            <numerusform>%n bestand niet opgeslagen</numerusform>
            <numerusform>%n bestanden niet opgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="194"/>
        <source>No evidence was added.</source>
        <translation>Er is geen bewijs toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="195"/>
        <source>Evidence: %1.</source>
        <translation>Bewijs: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="149"/>
        <source>Description recorded</source>
        <translation>Beschrijving vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="151"/>
        <source>Stored (%1)</source>
        <translation>Opgeslagen (%1)</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="71"/>
        <source>Processing register (AVG art. 30)…</source>
        <translation>Verwerkingsregister (AVG art. 30)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="76"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="86"/>
        <source>Save the processing register (AVG art. 30) of this vault from here. Retention periods and destroying dossiers are for HR and the data protection officer.</source>
        <translation>Sla hier het verwerkingsregister (AVG art. 30) van deze kluis op. Bewaartermijnen en het vernietigen van dossiers zijn voor HR en de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="100"/>
        <source>A dossier is reviewed when its retention period has passed (counted from the end of employment or the day the pupil left). Nothing is destroyed automatically. Names are left out on purpose; the reference is the start of the person&apos;s internal number.</source>
        <translation>Een dossier wordt beoordeeld als de bewaartermijn voorbij is (gerekend vanaf het einde van het dienstverband of de dag dat de leerling vertrok). Er wordt niets automatisch vernietigd. Namen staan hier bewust niet; het kenmerk is het begin van het interne nummer van de persoon.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="110"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="111"/>
        <location filename="../../ui/pages/retention_page.py" line="169"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="112"/>
        <location filename="../../ui/pages/retention_page.py" line="170"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="114"/>
        <source>Period started</source>
        <translation>Termijn begon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="119"/>
        <source>Review on</source>
        <translation>Beoordelen op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="123"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="124"/>
        <location filename="../../ui/pages/retention_page.py" line="171"/>
        <source>Agreed by</source>
        <translation>Akkoord van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="129"/>
        <source>Only what is due now</source>
        <translation>Alleen wat nu aan de beurt is</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="132"/>
        <source>&amp;Agree to destruction…</source>
        <translation>&amp;Akkoord voor vernietiging…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="136"/>
        <source>&amp;Withdraw my agreement</source>
        <translation>Akkoord &amp;intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="140"/>
        <source>&amp;Destroy…</source>
        <translation>&amp;Vernietigen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="167"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="168"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="172"/>
        <source>Destroyed by</source>
        <translation>Vernietigd door</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="173"/>
        <source>Early</source>
        <translation>Vroegtijdig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="175"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="192"/>
        <source>Each destruction leaves a receipt in the audit log, without any content: when, under which rule, who agreed, who destroyed it and how many records went.</source>
        <translation>Elke vernietiging laat een bewijs achter in het logboek, zonder inhoud: wanneer, volgens welke regel, wie akkoord gaf, wie vernietigde en hoeveel gegevens er verdwenen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="203"/>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="204"/>
        <source>Destroyed</source>
        <translation>Vernietigd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="221"/>
        <source>Legal hold</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="223"/>
        <source>Due for review</source>
        <translation>Aan de beurt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="225"/>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="226"/>
        <source>Period running</source>
        <translation>Termijn loopt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="229"/>
        <source>Yes, with a reason</source>
        <translation>Ja, met reden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="229"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="238"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="261"/>
        <source>%1 · %2 due for review</source>
        <translation>%1 · %2 aan de beurt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/retention_page.py" line="262"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/retention_page.py" line="267"/>
        <source>%n dossier(s) destroyed</source>
        <translation>
            <numerusform>%n dossier vernietigd</numerusform>
            <numerusform>%n dossiers vernietigd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="295"/>
        <source>Choose a dossier to agree to its destruction or destroy it.</source>
        <translation>Kies een dossier om akkoord te geven voor vernietiging of om het te vernietigen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="300"/>
        <source>A legal hold rests on this dossier. It cannot be destroyed until HR or the school director lifts the hold in the dossier.</source>
        <translation>Op dit dossier rust een bewaarplicht. Het kan pas worden vernietigd als HR of de schooldirecteur die in het dossier opheft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="307"/>
        <source>You have agreed. Someone else can now destroy this dossier; until then you can withdraw your agreement.</source>
        <translation>U hebt akkoord gegeven. Iemand anders kan dit dossier nu vernietigen; tot dan kunt u uw akkoord intrekken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="367"/>
        <source>Your agreement is recorded. A second person (HR or the data protection officer) can now destroy the dossier; until then you can withdraw it.</source>
        <translation>Uw akkoord is vastgelegd. Een tweede persoon (HR of de functionaris gegevensbescherming) kan het dossier nu vernietigen; tot dan kunt u uw akkoord intrekken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="377"/>
        <source>Your agreement is withdrawn. The dossier will not be destroyed on it.</source>
        <translation>Uw akkoord is ingetrokken. Op grond daarvan wordt het dossier niet vernietigd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="314"/>
        <source>The retention period has not passed. Destroying it now needs a reason, for example a request to erase the data.</source>
        <translation>De bewaartermijn is nog niet voorbij. Nu al vernietigen vraagt een reden, bijvoorbeeld een verzoek om de gegevens te wissen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="398"/>
        <source>The dossier has been destroyed. Receipt: audit log entry %1, rule &quot;%2&quot;, agreed by %3, destroyed by %4. Removed: %5.</source>
        <translation>Het dossier is vernietigd. Bewijs van vernietiging: logboekregel %1, regel &quot;%2&quot;, akkoord van %3, vernietigd door %4. Verwijderd: %5.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="419"/>
        <source>Save the processing register</source>
        <translation>Verwerkingsregister opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="420"/>
        <source>Processing-register</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="422"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="423"/>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-tekst (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="428"/>
        <source>Saving the processing register…</source>
        <translation>Verwerkingsregister opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="430"/>
        <source>The processing register (AVG art. 30) has been saved:
%1</source>
        <translation>Het verwerkingsregister (AVG art. 30) is opgeslagen:
%1</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="46"/>
        <source>Add a school</source>
        <translation>School toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="56"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="58"/>
        <source>&amp;BRIN code:</source>
        <translation>&amp;BRIN-code:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="61"/>
        <source>&amp;Director:</source>
        <translation>&amp;Directeur:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="27"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="29"/>
        <source>Lock after idle minutes</source>
        <translation>Vergrendelen na minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="35"/>
        <source>Clear copied personal data after seconds</source>
        <translation>Gekopieerde persoonsgegevens wissen na seconden</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="37"/>
        <source>Last vault</source>
        <translation>Laatste kluis</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="41"/>
        <source>Last user per vault</source>
        <translation>Laatste gebruiker per kluis</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="44"/>
        <source>Window position</source>
        <translation>Vensterpositie</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="46"/>
        <source>Window layout</source>
        <translation>Vensterindeling</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="44"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="75"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="80"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>A new language is used after restarting SKOT Dossier.</source>
        <translation>Een andere taal wordt gebruikt na het opnieuw starten van SKOT Dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="90"/>
        <source>My passphrase</source>
        <translation>Mijn wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="92"/>
        <source>Change my passphrase…</source>
        <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="110"/>
        <source>You are signed in with the recovery key, which has no passphrase of its own. Use &quot;Reset a passphrase&quot; in the Vault menu instead.</source>
        <translation>U bent ingelogd met de herstelsleutel; die heeft geen eigen wachtwoord. Gebruik &quot;Wachtwoord opnieuw instellen&quot; in het menu Kluis.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="115"/>
        <source>Choose a new passphrase for yourself, for example when you think someone else may know it.</source>
        <translation>Kies een nieuw wachtwoord voor uzelf, bijvoorbeeld als u denkt dat iemand anders het kent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>Your passphrase has been changed. Use the new one from now on; the old one no longer opens the vault.</source>
        <translation>Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe; het oude opent de kluis niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="140"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <location filename="../../ui/pages/settings_page.py" line="162"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="144"/>
        <source>BRIN</source>
        <translation>BRIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="145"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="146"/>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="153"/>
        <source>Add a school…</source>
        <translation>School toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="159"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="163"/>
        <source>Login name</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="164"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="171"/>
        <source>Add a user…</source>
        <translation>Gebruiker toevoegen…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="52"/>
        <source>Check and record</source>
        <translation>Controleren en vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="53"/>
        <source>Nothing is stored until you choose &quot;Record&quot;.</source>
        <translation>Er wordt niets opgeslagen totdat u &quot;Vastleggen&quot; kiest.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="83"/>
        <source>The description names %1, which is the name of a pupil who is not among the persons involved. Add the pupil on the page &quot;Who is involved&quot;, or leave the name out: a pupil named in a case they are not part of cannot find it under their name (for example in an access request).</source>
        <translation>De beschrijving noemt %1: de naam van een leerling die niet bij de betrokkenen staat. Voeg de leerling toe op de pagina ‘Wie zijn betrokken’, of laat de naam weg: een leerling die genoemd wordt in een zaak waarin hij of zij geen betrokkene is, vindt die zaak niet onder de eigen naam terug (bijvoorbeeld bij een inzageverzoek).</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="44"/>
        <source>Add to the timeline</source>
        <translation>Toevoegen aan de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="56"/>
        <source>(not about one incident)</source>
        <translation>(niet over één incident)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="65"/>
        <source>Who took part, what was said or agreed, what happens next.</source>
        <translation>Wie waren erbij, wat is er gezegd of afgesproken, wat gebeurt er nu.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="71"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="73"/>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="74"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Verslag:</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="22"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="26"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="28"/>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="32"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="43"/>
        <source>&amp;Add conversation, note or contact…</source>
        <translation>Gesprek, notitie of contact &amp;toevoegen…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="242"/>
        <source>Unlock vault — SKOT Dossier</source>
        <translation>Kluis ontgrendelen — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="245"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="65"/>
        <source>Unlock vault</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="66"/>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="79"/>
        <source>Use the recovery key instead</source>
        <translation>Gebruik in plaats daarvan de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="90"/>
        <location filename="../../ui/unlock_dialog.py" line="129"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="92"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="103"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="129"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="144"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>Bezig met ontgrendelen… dit duurt met opzet even.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="105"/>
        <source>Add a user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="123"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="125"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="126"/>
        <source>Schools (directors):</source>
        <translation>Scholen (directeuren):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="128"/>
        <source>First &amp;passphrase:</source>
        <translation>Eerste &amp;wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="129"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="132"/>
        <source>Give the passphrase to the user in person; they can change it later.</source>
        <translation>Geef het wachtwoord persoonlijk aan de gebruiker; die kan het later wijzigen.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="52"/>
        <source>&amp;Check the log</source>
        <translation>&amp;Logboek controleren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="55"/>
        <source>Recompute every entry&apos;s seal and check that none was changed or removed.</source>
        <translation>Herbereken het zegel van elke regel en controleer dat er niets is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="62"/>
        <source>Optional: a check number from a filed checkpoint, e.g. 1234-3f9a1c2b77d0e4aa-K</source>
        <translation>Optioneel: een controlegetal uit een bewaard controlepunt, bijv. 1234-3f9a1c2b77d0e4aa-K</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_verify.py" line="127"/>
        <source>The log is intact: all %n entry(ies) checked, none changed or removed.</source>
        <translation>
            <numerusform>Het logboek is intact: %n regel gecontroleerd, niets gewijzigd of verwijderd.</numerusform>
            <numerusform>Het logboek is intact: alle %n regels gecontroleerd, niets gewijzigd of verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="140"/>
        <source>Check number (controlegetal): %1</source>
        <translation>Controlegetal: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_verify.py" line="145"/>
        <source>The log itself is intact: all %n entry(ies) checked, none changed or removed.</source>
        <translation>
            <numerusform>Het logboek zelf is intact: %n regel gecontroleerd, niets gewijzigd of verwijderd.</numerusform>
            <numerusform>Het logboek zelf is intact: alle %n regels gecontroleerd, niets gewijzigd of verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="156"/>
        <source>Mistyped check number, not compared: %1. Its last character does not match the rest. This is a typing error, not a sign that the log was changed; type the number again exactly as printed.</source>
        <translation>Controlegetal verkeerd overgetypt, dus niet vergeleken: %1. Het laatste teken past niet bij de rest. Dit is een tikfout, geen teken dat het logboek is gewijzigd; typ het getal opnieuw over, precies zoals het gedrukt staat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="165"/>
        <source>The log is NOT intact.</source>
        <translation>Het logboek is NIET intact.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_verify.py" line="170"/>
        <source>There is %n more problem(s).</source>
        <translation>
            <numerusform>Er is nog %n probleem.</numerusform>
            <numerusform>Er zijn nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="177"/>
        <source>Tell the board and the administrator at once, and keep the last filed checkpoint and the backups: they show what the log said before.</source>
        <translation>Meld dit direct aan het bestuur en de beheerder, en bewaar het laatst vastgelegde controlepunt en de back-ups: daarin staat wat het logboek eerder zei.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="186"/>
        <source>Your role may not check the audit log.</source>
        <translation>Uw rol mag het logboek niet controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="188"/>
        <source>The log could not be checked. %1</source>
        <translation>Het logboek kon niet worden gecontroleerd. %1</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../ui/welcome_window.py" line="39"/>
        <source>Welcome — SKOT Dossier</source>
        <translation>Welkom — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="46"/>
        <source>SKOT Dossier</source>
        <translation>SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="49"/>
        <source>Dossiers about social-media misuse by staff and pupils: encrypted, only on this computer, and every view and change logged.</source>
        <translation>Dossiers over misbruik van sociale media door medewerkers en leerlingen: versleuteld, alleen op deze computer, en elke inzage en wijziging vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="66"/>
        <source>Create a new vault</source>
        <translation>Een nieuwe kluis maken</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="67"/>
        <source>For a first start: choose a place, your role and a passphrase.</source>
        <translation>Voor de eerste keer: kies een plek, uw rol en een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="73"/>
        <source>Open an existing vault</source>
        <translation>Een bestaande kluis openen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="74"/>
        <source>A vault folder (ending in .skotvault) on this computer or a network drive.</source>
        <translation>Een kluismap (eindigt op .skotvault) op deze computer of een netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="80"/>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="81"/>
        <source>Put back a vault from a backup file, for example after a lost laptop.</source>
        <translation>Een kluis terugzetten uit een back-upbestand, bijvoorbeeld na een verloren laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="101"/>
        <source>Works without internet. Nothing is sent anywhere.</source>
        <translation>Werkt zonder internet. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="109"/>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="110"/>
        <source>Last used: %1</source>
        <translation>Laatst gebruikt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="132"/>
        <source>Choose the vault folder</source>
        <translation>Kies de kluismap</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="145"/>
        <source>This folder cannot be opened as a vault: %1</source>
        <translation>Deze map kan niet als kluis worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="43"/>
        <source>What happened, and when</source>
        <translation>Wat er is gebeurd, en wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="45"/>
        <source>Describe the facts as you know them now; you can add to them later.</source>
        <translation>Beschrijf de feiten zoals u ze nu kent; u kunt later aanvullen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="51"/>
        <source>Short title, e.g. &quot;Offensive video about a teacher&quot;</source>
        <translation>Korte titel, bijvoorbeeld &quot;Beledigend filmpje over de juf&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="76"/>
        <source>What was posted or sent, by whom, to whom; what you saw yourself.</source>
        <translation>Wat er is geplaatst of verstuurd, door wie, aan wie; wat u zelf hebt gezien.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="81"/>
        <source>Optional: consequences for the people involved or for the school.</source>
        <translation>Optioneel: gevolgen voor de betrokkenen of voor de school.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="85"/>
        <source>Not a staff member&apos;s post</source>
        <translation>Geen bericht van een medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="86"/>
        <source>As a teacher, on behalf of the school</source>
        <translation>Als leerkracht, namens de school</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="87"/>
        <source>From the staff member&apos;s private account</source>
        <translation>Vanaf het privéaccount van de medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="90"/>
        <source>Social Media Protocol: staff say when they speak as a teacher on behalf of the school, and stay careful about school matters in private accounts.</source>
        <translation>Protocol Social Media: medewerkers maken kenbaar wanneer zij als leerkracht namens de school berichten, en gaan ook in hun privéaccount integer om met schoolzaken.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="94"/>
        <source>The material may include sexual images of minors</source>
        <translation>Het materiaal kan seksueel beeldmateriaal van minderjarigen bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="98"/>
        <source>Sexual images of minors may never be stored or passed on. On the evidence page you record only where, when and by whom they were seen; report it to the police.</source>
        <translation>Seksuele beelden van minderjarigen mogen nooit worden opgeslagen of doorgestuurd. Op de bewijspagina legt u alleen vast waar, wanneer en door wie ze zijn gezien; meld het bij de politie.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="113"/>
        <source>S&amp;chool:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="115"/>
        <source>&amp;Happened on:</source>
        <translation>Gebeurd &amp;op:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="117"/>
        <source>&amp;Known since:</source>
        <translation>&amp;Bekend sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="119"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="122"/>
        <source>&amp;Seriousness:</source>
        <translation>&amp;Ernst:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="123"/>
        <source>Staff member &amp;posted:</source>
        <translation>Medewerker &amp;plaatste:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="125"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat is er gebeurd:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="127"/>
        <source>C&amp;onsequences:</source>
        <translation>&amp;Gevolgen:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="86"/>
        <location filename="../../ui/workspace.py" line="124"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="87"/>
        <location filename="../../ui/workspace.py" line="128"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="88"/>
        <location filename="../../ui/workspace.py" line="134"/>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="89"/>
        <location filename="../../ui/workspace.py" line="138"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="90"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="206"/>
        <source>Opening the dossier…</source>
        <translation>Het dossier wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="246"/>
        <source>This dossier cannot be opened.</source>
        <translation>Dit dossier kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="263"/>
        <source>Opened outside your normal access, with the reason you gave. The data protection officer sees this; the access ends when you lock the vault.</source>
        <translation>Geopend buiten uw normale toegang, met de reden die u gaf. De functionaris gegevensbescherming ziet dit; de toegang vervalt zodra u de kluis vergrendelt.</translation>
    </message>
</context>
<context>
    <name>_Text</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="24"/>
        <source>SKOT Dossier — recovery key</source>
        <translation>SKOT Dossier — herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="25"/>
        <source>Vault: %1 — created on %2</source>
        <translation>Kluis: %1 — gemaakt op %2</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="27"/>
        <source>With this key anyone can open the vault, even without a passphrase. Keep this sheet in a locked safe of the foundation, separate from the computer. Do not photograph it and do not store it on the computer.</source>
        <translation>Met deze sleutel kan iedereen de kluis openen, ook zonder wachtwoord. Bewaar dit vel in een afgesloten kluis van de stichting, los van de computer. Maak er geen foto van en sla het niet op de computer op.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="32"/>
        <source>Use it only when every passphrase is lost: choose &quot;Use the recovery key instead&quot; when unlocking, and type the key with or without the dashes.</source>
        <translation>Gebruik hem alleen als alle wachtwoorden kwijt zijn: kies bij het ontgrendelen &quot;Gebruik in plaats daarvan de herstelsleutel&quot; en typ de sleutel, met of zonder streepjes.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35"/>
        <source>Stored by (name and signature):</source>
        <translation>Opgeborgen door (naam en handtekening):</translation>
    </message>
</context>
</TS>
