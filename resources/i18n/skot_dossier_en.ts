<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../ui/dossier/add_evidence_dialog.py" line="24"/>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
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
        <translation>Street and house number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="43"/>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="44"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="45"/>
        <source>Town:</source>
        <translation>Town:</translation>
    </message>
</context>
<context>
    <name>ApproveErasureDialog</name>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="32"/>
        <source>Agree to destruction — SKOT Dossier</source>
        <translation>Agree to destruction — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="39"/>
        <source>&amp;Agree</source>
        <translation>&amp;Agree</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="47"/>
        <source>Agree to destroying this dossier?</source>
        <translation>Agree to destroying this dossier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/approve_dialog.py" line="51"/>
        <source>Your agreement lets someone else (HR or the data protection officer) destroy the dossier for good. Until they do, you can withdraw it.</source>
        <translation>Your agreement lets someone else (HR or the data protection officer) destroy the dossier for good. Until they do, you can withdraw it.</translation>
    </message>
</context>
<context>
    <name>AuditExports</name>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="35"/>
        <source>Export as &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="39"/>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="37"/>
        <source>The entries the list shows, for a spreadsheet.</source>
        <translation>The entries the list shows, for a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="41"/>
        <source>The entries the list shows, to print or to file.</source>
        <translation>The entries the list shows, to print or to file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="43"/>
        <source>Record a checkpoint (PDF)…</source>
        <translation>Record a checkpoint (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="47"/>
        <source>One page with today&apos;s check number. File it outside SKOT Dossier: a log rewritten later no longer matches it.</source>
        <translation>One page with today&apos;s check number. File it outside SKOT Dossier: a log rewritten later no longer matches it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="74"/>
        <source>Save the audit log</source>
        <translation>Save the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="75"/>
        <source>Audit-log</source>
        <translation>Audit-log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="78"/>
        <source>Saving the audit log…</source>
        <translation>Saving the audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="81"/>
        <source>The audit log has been saved (%1):
%2

The file says at the top whether the chain is intact, with the check number (controlegetal).</source>
        <translation>The audit log has been saved (%1):
%2

The file says at the top whether the chain is intact, with the check number (controlegetal).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="92"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="97"/>
        <location filename="../../ui/pages/audit_exports.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="105"/>
        <source>Record a checkpoint</source>
        <translation>Record a checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="106"/>
        <source>Checkpoint-audit-log</source>
        <translation>Checkpoint-audit-log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="109"/>
        <source>Recording the checkpoint…</source>
        <translation>Recording the checkpoint…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_exports.py" line="112"/>
        <source>The checkpoint has been saved:
%1

Print it or keep it outside SKOT Dossier, for example in the data protection officer&apos;s archive. A log rewritten later no longer matches its check number.</source>
        <translation>The checkpoint has been saved:
%1

Print it or keep it outside SKOT Dossier, for example in the data protection officer&apos;s archive. A log rewritten later no longer matches its check number.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="44"/>
        <source>Flagged only</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="48"/>
        <source>Only entries that deserve a look: the glass broken, case reasons, refusals, failures, exports, many records at once, overrides, destructions and work outside 7:00–19:00 or at the weekend.</source>
        <translation>Only entries that deserve a look: the glass broken, case reasons, refusals, failures, exports, many records at once, overrides, destructions and work outside 7:00–19:00 or at the weekend.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="53"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="54"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="74"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="75"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="76"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_filters.py" line="77"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="57"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="61"/>
        <source>Who looked at this dossier?…</source>
        <translation>Who looked at this dossier?…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="93"/>
        <source>Back to the whole log</source>
        <translation>Back to the whole log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="137"/>
        <source>Audit log of this vault</source>
        <translation>Audit log of this vault</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="139"/>
        <source>Entries:</source>
        <translation>Entries:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="140"/>
        <source>Check number (controlegetal):</source>
        <translation>Check number (controlegetal):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="144"/>
        <source>Every view, search, change and export is logged with who did it and when. You can check that nothing in the log was changed or removed; reading the log itself is for the data protection officer.</source>
        <translation>Every view, search, change and export is logged with who did it and when. You can check that nothing in the log was changed or removed; reading the log itself is for the data protection officer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="149"/>
        <source>Your role may not check or read the audit log.</source>
        <translation>Your role may not check or read the audit log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="185"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="187"/>
        <source>(the newest; narrow the period to see older ones)</source>
        <translation>(the newest; narrow the period to see older ones)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="192"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="203"/>
        <source>Your role may not read the audit log.</source>
        <translation>Your role may not read the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="215"/>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="217"/>
        <source>purpose: %1</source>
        <translation>purpose: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="219"/>
        <source>reference %1</source>
        <translation>reference %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="220"/>
        <source>outcome: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="222"/>
        <source>details: %1</source>
        <translation>details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="240"/>
        <source>Who looked at the dossier of %1 (%2): every view, search hit, export and refused attempt, newest first.</source>
        <translation>Who looked at the dossier of %1 (%2): every view, search hit, export and refused attempt, newest first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="251"/>
        <source>%n access(es) to this person&apos;s data</source>
        <translation>
            <numerusform>%n access to this person&apos;s data</numerusform>
            <numerusform>%n accesses to this person&apos;s data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="48"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="52"/>
        <source>User (role)</source>
        <translation>User (role)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="53"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="55"/>
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="59"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="61"/>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <location filename="../../ui/backup_action.py" line="63"/>
        <source>Save a backup of the vault</source>
        <translation>Save a backup of the vault</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="65"/>
        <source>SKOT Dossier backups (*.skotbackup)</source>
        <translation>SKOT Dossier backups (*.skotbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="80"/>
        <source>Do not save the backup inside the vault folder itself. Choose another place, preferably another disk.</source>
        <translation>Do not save the backup inside the vault folder itself. Choose another place, preferably another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="85"/>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="111"/>
        <source>The backup has been saved:
%1

Check number (controlegetal): %2

Note the check number; restoring the backup verifies it. Keep the backup somewhere other than this computer. Without a passphrase or the recovery key nobody can read it.</source>
        <translation>The backup has been saved:
%1

Check number (controlegetal): %2

Note the check number; restoring the backup verifies it. Keep the backup somewhere other than this computer. Without a passphrase or the recovery key nobody can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="119"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/backup_action.py" line="127"/>
        <source>No backup was made. %1</source>
        <translation>No backup was made. %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/widgets.py" line="166"/>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="48"/>
        <source>Outside your normal access — SKOT Dossier</source>
        <translation>Outside your normal access — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="54"/>
        <source>This dossier is outside your normal access</source>
        <translation>This dossier is outside your normal access</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="56"/>
        <source>This incident is outside your normal access</source>
        <translation>This incident is outside your normal access</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="62"/>
        <source>You can still open it, for this session only, if you write down why you need it now. The data protection officer sees this access, your name and your reason. The access ends when you lock or close the vault.</source>
        <translation>You can still open it, for this session only, if you write down why you need it now. The data protection officer sees this access, your name and your reason. The access ends when you lock or close the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="74"/>
        <source>For example: the pupil&apos;s parents phoned about this incident and the school&apos;s own director is away until Monday.</source>
        <translation>For example: the pupil&apos;s parents phoned about this incident and the school&apos;s own director is away until Monday.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="80"/>
        <source>&amp;Why do you need this access now?</source>
        <translation>&amp;Why do you need this access now?</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="88"/>
        <source>&amp;Open with this reason</source>
        <translation>&amp;Open with this reason</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="122"/>
        <source>It belongs to a school that is not one of yours, so your role does not give you access to it.</source>
        <translation>It belongs to a school that is not one of yours, so your role does not give you access to it.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="127"/>
        <source>Everyone involved in it is a pupil for whom you have recorded no case reason, so as HR you do not see it in the normal way.</source>
        <translation>Everyone involved in it is a pupil for whom you have recorded no case reason, so as HR you do not see it in the normal way.</translation>
    </message>
    <message>
        <location filename="../../ui/break_glass_dialog.py" line="131"/>
        <source>No case reason has been recorded for this pupil, so as HR you do not see the dossier in the normal way. If the pupil is part of one of your cases, record the reason instead with &quot;Look up a pupil for a case&quot; on the Dossiers page.</source>
        <translation>No case reason has been recorded for this pupil, so as HR you do not see the dossier in the normal way. If the pupil is part of one of your cases, record the reason instead with &quot;Look up a pupil for a case&quot; on the Dossiers page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/break_glass_dialog.py" line="146"/>
        <source>Type at least %n more character(s).</source>
        <translation>
            <numerusform>Type at least %n more character.</numerusform>
            <numerusform>Type at least %n more characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarefulClose</name>
    <message>
        <location filename="../../ui/keys.py" line="84"/>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="85"/>
        <source>Close this window and discard what you typed?</source>
        <translation>Close this window and discard what you typed?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="86"/>
        <source>Nothing of it has been saved yet.</source>
        <translation>Nothing of it has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="87"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="41"/>
        <source>Change my passphrase — SKOT Dossier</source>
        <translation>Change my passphrase — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="49"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="60"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="64"/>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="68"/>
        <source>A new passphrase for %1. From now on only the new one opens the vault for you; other users keep their own.</source>
        <translation>A new passphrase for %1. From now on only the new one opens the vault for you; other users keep their own.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="112"/>
        <source>Saving the new passphrase… this takes a moment on purpose.</source>
        <translation>Saving the new passphrase… this takes a moment on purpose.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="128"/>
        <source>Your current passphrase is not correct, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation>Your current passphrase is not correct, so nothing was changed. Check Caps Lock and type it again.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="132"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="133"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="134"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="159"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="162"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="165"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="169"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="176"/>
        <source>Letters to the staff member or the parents will appear here once they are drafted. Writing letters from this screen comes in a later version.</source>
        <translation>Letters to the staff member or the parents will appear here once they are drafted. Writing letters from this screen comes in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="175"/>
        <source>No letters in this dossier yet</source>
        <translation>No letters in this dossier yet</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="351"/>
        <source>New vault — SKOT Dossier</source>
        <translation>New vault — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="360"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="39"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="41"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="42"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="43"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="44"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="44"/>
        <source>to be verified</source>
        <translation>to be verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="56"/>
        <source>No deadlines in the coming four weeks</source>
        <translation>No deadlines in the coming four weeks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="58"/>
        <source>Deadlines start when a decision is taken (for example the period for the employee&apos;s view, or the appeal period). They appear here automatically.</source>
        <translation>Deadlines start when a decision is taken (for example the period for the employee&apos;s view, or the appeal period). They appear here automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="66"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="69"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="94"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="95"/>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="103"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deadlines_page.py" line="116"/>
        <source>%1 overdue, %2 in the coming four weeks</source>
        <translation>%1 overdue, %2 in the coming four weeks</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="17"/>
        <source>Intention</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="18"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="21"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="22"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="23"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="80"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="84"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="90"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="96"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="101"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="111"/>
        <source>No decisions in this dossier</source>
        <translation>No decisions in this dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/records_tab.py" line="112"/>
        <source>Measures such as a warning or a suspension are recorded as decisions. Taking a decision step by step comes in a later version of SKOT Dossier.</source>
        <translation>Measures such as a warning or a suspension are recorded as decisions. Taking a decision step by step comes in a later version of SKOT Dossier.</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="62"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="63"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="64"/>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="79"/>
        <source>Search names, numbers, incidents, notes…</source>
        <translation>Search names, numbers, incidents, notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="88"/>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="90"/>
        <source>Look up a pupil for a case…</source>
        <translation>Look up a pupil for a case…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="93"/>
        <source>HR sees a pupil&apos;s dossier once a case reason is recorded for it.</source>
        <translation>HR sees a pupil&apos;s dossier once a case reason is recorded for it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="116"/>
        <source>No dossiers yet</source>
        <translation>No dossiers yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="117"/>
        <source>Choose &quot;New dossier&quot; to register a pupil or staff member.</source>
        <translation>Choose &quot;New dossier&quot; to register a pupil or staff member.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="120"/>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="121"/>
        <source>Check the spelling, or search for part of a name or a pupil number.</source>
        <translation>Check the spelling, or search for part of a name or a pupil number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="133"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="179"/>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="180"/>
        <source>Staff and pupils</source>
        <translation>Staff and pupils</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="181"/>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="182"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="183"/>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="246"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
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
        <translation>%1 shown; scroll down for more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="267"/>
        <source>Open dossier</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="268"/>
        <source>Copy name</source>
        <translation>Copy name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="269"/>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py" line="315"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dossier_list_page.py" line="329"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../ui/dossier/page.py" line="62"/>
        <source>All dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="71"/>
        <source>Copy the name (cleared from the clipboard after a while)</source>
        <translation>Copy the name (cleared from the clipboard after a while)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="76"/>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="81"/>
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="85"/>
        <source>Legal hold…</source>
        <translation>Legal hold…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="89"/>
        <source>Keep this dossier from being destroyed while an objection, appeal or case is running</source>
        <translation>Keep this dossier from being destroyed while an objection, appeal or case is running</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="109"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="110"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="111"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="112"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="113"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/page.py" line="114"/>
        <source>Correspondence</source>
        <translation>Correspondence</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="44"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="45"/>
        <source>Staff/pupil</source>
        <translation>Staff/pupil</translation>
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
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_model.py" line="49"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>DropList</name>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="106"/>
        <source>Drag files here, or choose &quot;Add files…&quot;</source>
        <translation>Drag files here, or choose &quot;Add files…&quot;</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="24"/>
        <source>not yet (still employed)</source>
        <translation>not yet (still employed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="25"/>
        <source>not yet (still at school)</source>
        <translation>not yet (still at school)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="46"/>
        <source>Destroy a dossier — SKOT Dossier</source>
        <translation>Destroy a dossier — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="53"/>
        <source>This cannot be undone. Everything about this person is removed: their details, the timeline, decisions and letters, and incidents nobody else is part of, with their evidence. Old copies inside the vault go too. The audit log keeps only a receipt: when, under which rule, approved by whom, and how many records, without any content.</source>
        <translation>This cannot be undone. Everything about this person is removed: their details, the timeline, decisions and letters, and incidents nobody else is part of, with their evidence. Old copies inside the vault go too. The audit log keeps only a receipt: when, under which rule, approved by whom, and how many records, without any content.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="69"/>
        <source>For example: the former employee asked for their data to be erased (AVG art. 17) on 3 March; nothing requires us to keep it.</source>
        <translation>For example: the former employee asked for their data to be erased (AVG art. 17) on 3 March; nothing requires us to keep it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="78"/>
        <source>I understand that this cannot be undone</source>
        <translation>I understand that this cannot be undone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="83"/>
        <source>&amp;Destroy for good</source>
        <translation>&amp;Destroy for good</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="91"/>
        <source>Destroy this dossier for good?</source>
        <translation>Destroy this dossier for good?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="114"/>
        <source>The retention period has not even started. Why must this dossier be destroyed now? (required)</source>
        <translation>The retention period has not even started. Why must this dossier be destroyed now? (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="119"/>
        <source>The retention period ends on %1. Why must this dossier be destroyed before then? (required)</source>
        <translation>The retention period ends on %1. Why must this dossier be destroyed before then? (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erase_dialog.py" line="137"/>
        <source>Destroying the dossier…</source>
        <translation>Destroying the dossier…</translation>
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
        <translation>only the person&apos;s details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="48"/>
        <source>Dossier of:</source>
        <translation>Dossier of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="49"/>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="51"/>
        <source>Period started:</source>
        <translation>Period started:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="54"/>
        <source>Review on:</source>
        <translation>Review on:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="56"/>
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="60"/>
        <source>Agreed by:</source>
        <translation>Agreed by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="62"/>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="67"/>
        <source>Destroyed:</source>
        <translation>Destroyed:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/erasure_facts.py" line="70"/>
        <source>%n incident(s) that other people are part of stay, without this person</source>
        <translation>
            <numerusform>%n incident that other people are part of stays, without this person</numerusform>
            <numerusform>%n incidents that other people are part of stay, without this person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/erasure_facts.py" line="78"/>
        <source>Stays:</source>
        <translation>Stays:</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../ui/intake/evidence_import.py" line="106"/>
        <source>Storing the evidence in the vault…</source>
        <translation>Storing the evidence in the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_import.py" line="109"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="31"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="34"/>
        <source>Screenshots and files are stored encrypted in the vault with a fingerprint (SHA-256). You can also add evidence later.</source>
        <translation>Screenshots and files are stored encrypted in the vault with a fingerprint (SHA-256). You can also add evidence later.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="117"/>
        <source>Add files (screenshots, photos, videos, PDFs)</source>
        <translation>Add files (screenshots, photos, videos, PDFs)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="120"/>
        <source>Record only what was seen; do not store the file</source>
        <translation>Record only what was seen; do not store the file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="128"/>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="130"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="138"/>
        <source>Optional: what the files show</source>
        <translation>Optional: what the files show</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="143"/>
        <source>In this kind of incident a file may show a sexual image of a minor. Such images may never be stored or passed on, not even as evidence: choose &quot;Record only what was seen&quot; and report it to the police.</source>
        <translation>In this kind of incident a file may show a sexual image of a minor. Such images may never be stored or passed on, not even as evidence: choose &quot;Record only what was seen&quot; and report it to the police.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="151"/>
        <source>I have checked: these files contain no sexual image of a minor.</source>
        <translation>I have checked: these files contain no sexual image of a minor.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="160"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="161"/>
        <source>Source (web address):</source>
        <translation>Source (web address):</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="168"/>
        <source>e.g. in the class group chat on WhatsApp</source>
        <translation>e.g. in the class group chat on WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="171"/>
        <source>e.g. the director and the group teacher</source>
        <translation>e.g. the director and the group teacher</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="181"/>
        <source>Describe what was seen, without copying it.</source>
        <translation>Describe what was seen, without copying it.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="185"/>
        <source>Seen &amp;where:</source>
        <translation>Seen &amp;where:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="187"/>
        <source>Seen &amp;by:</source>
        <translation>Seen b&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="189"/>
        <source>Seen &amp;on:</source>
        <translation>Seen &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="191"/>
        <source>What was seen:</source>
        <translation>What was seen:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="241"/>
        <source>Choose evidence files</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/evidence_picker.py" line="275"/>
        <source>Confirm the check above, or record only what was seen.</source>
        <translation>Confirm the check above, or record only what was seen.</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="103"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="105"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="109"/>
        <source>description only</source>
        <translation>description only</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="113"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="119"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="146"/>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="148"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="151"/>
        <source>Add &amp;evidence…</source>
        <translation>Add &amp;evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="166"/>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="190"/>
        <source>%1 (not stored)</source>
        <translation>%1 (not stored)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="226"/>
        <source>This dossier has no incidents yet.</source>
        <translation>This dossier has no incidents yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="254"/>
        <source>No evidence for this incident yet.</source>
        <translation>No evidence for this incident yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="265"/>
        <source>Choose a file and press Enter, double-click it or use &quot;View&quot; to see it. Viewing is logged.</source>
        <translation>Choose a file and press Enter, double-click it or use &quot;View&quot; to see it. Viewing is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="299"/>
        <source>Only a description was recorded; the file was not stored.</source>
        <translation>Only a description was recorded; the file was not stored.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="304"/>
        <source>No preview for this kind of file. Use &quot;Export…&quot; to save it to a place you choose; the export is logged.</source>
        <translation>No preview for this kind of file. Use &quot;Export…&quot; to save it to a place you choose; the export is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="230"/>
        <location filename="../../ui/dossier/evidence_tab.py" line="318"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="330"/>
        <source>Added on %1 by %2</source>
        <translation>Added on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="332"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="334"/>
        <source>Captured or seen on: %1</source>
        <translation>Captured or seen on: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="336"/>
        <source>Seen where: %1</source>
        <translation>Seen where: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="338"/>
        <source>Seen by: %1</source>
        <translation>Seen by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="340"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="353"/>
        <source>This image cannot be shown. Export it to view it.</source>
        <translation>This image cannot be shown. Export it to view it.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="384"/>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="390"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/evidence_tab.py" line="399"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../../ui/file_export.py" line="122"/>
        <source>The file was not saved. %1</source>
        <translation>The file was not saved. %1</translation>
    </message>
</context>
<context>
    <name>GuardianBox</name>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="44"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="46"/>
        <source>Form of address:</source>
        <translation>Form of address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="47"/>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="50"/>
        <source>Remove this parent or guardian</source>
        <translation>Remove this parent or guardian</translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="80"/>
        <source>Add a parent or guardian</source>
        <translation>Add a parent or guardian</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guardian_editor.py" line="102"/>
        <source>Parent or guardian %1</source>
        <translation>Parent or guardian %1</translation>
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
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="82"/>
        <source>Dossiers of the persons involved</source>
        <translation>Dossiers of the persons involved</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="111"/>
        <source>Happened:</source>
        <translation>Happened:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="112"/>
        <source>Known since:</source>
        <translation>Known since:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="113"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="114"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="115"/>
        <source>Seriousness:</source>
        <translation>Seriousness:</translation>
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
        <translation>Web addresses:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="120"/>
        <source>Persons:</source>
        <translation>Persons:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="127"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incident_dialog.py" line="128"/>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="24"/>
        <source>Happened</source>
        <translation>Happened</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="28"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="29"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="30"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="31"/>
        <source>Seriousness</source>
        <translation>Seriousness</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="43"/>
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/incidents_tab.py" line="45"/>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="57"/>
        <source>New incident — SKOT Dossier</source>
        <translation>New incident — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="79"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="80"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="123"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="124"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="125"/>
        <source>Happened on</source>
        <translation>Happened on</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="126"/>
        <source>Known since</source>
        <translation>Known since</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="127"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="128"/>
        <source>Seriousness</source>
        <translation>Seriousness</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="129"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="130"/>
        <source>Web addresses</source>
        <translation>Web addresses</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="131"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="132"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="133"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="134"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="135"/>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="136"/>
        <source>Not stored; seen in %1 by %2 on %3</source>
        <translation>Not stored; seen in %1 by %2 on %3</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="137"/>
        <source>Staff member posted</source>
        <translation>Staff member posted</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="138"/>
        <source>Possibly sexual images of minors</source>
        <translation>Possibly sexual images of minors</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="139"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="231"/>
        <source>Not recorded yet. Go back and check:</source>
        <translation>Not recorded yet. Go back and check:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>HR officer</source>
        <translation>HR officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>School director</source>
        <translation>School director</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>No permissions</source>
        <translation>No permissions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Neutral (full name)</source>
        <translation>Neutral (full name)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Insult</source>
        <translation>Insult</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Defamation or libel</source>
        <translation>Defamation or libel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Doxing (spreading personal details)</source>
        <translation>Doxing (spreading personal details)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Identity misuse</source>
        <translation>Identity misuse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Images shared without consent</source>
        <translation>Images shared without consent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Sexting</source>
        <translation>Sexting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Breach of integrity</source>
        <translation>Breach of integrity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Very serious</source>
        <translation>Very serious</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Under investigation</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Hearing both sides</source>
        <translation>Hearing both sides</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Deciding</source>
        <translation>Deciding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Measure taken</source>
        <translation>Measure taken</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Person concerned (behaviour)</source>
        <translation>Person concerned (behaviour)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Contact with parents</source>
        <translation>Contact with parents</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Contact with the police</source>
        <translation>Contact with the police</translation>
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
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <location filename="../../ui/labels.py" line="123"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>ZIP archive</source>
        <translation>ZIP archive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Court case</source>
        <translation>Court case</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Police report</source>
        <translation>Police report</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>evidence files</source>
        <translation>evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>timeline entries</source>
        <translation>timeline entries</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>decisions</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>other records</source>
        <translation>other records</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="53"/>
        <source>Legal hold — SKOT Dossier</source>
        <translation>Legal hold — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="57"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="59"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="60"/>
        <source>Lifted</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="72"/>
        <source>&amp;Lift the chosen hold</source>
        <translation>&amp;Lift the chosen hold</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="85"/>
        <source>For example: objection against the reprimand received on 4 March</source>
        <translation>For example: objection against the reprimand received on 4 March</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="87"/>
        <source>&amp;Place the hold</source>
        <translation>&amp;Place the hold</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="93"/>
        <source>Place a new hold</source>
        <translation>Place a new hold</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="95"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="97"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="110"/>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="114"/>
        <source>While a hold is active this dossier is not destroyed, even when its retention period has passed. Place one when an objection, appeal, court case, police report or access request may still need the dossier, and lift it when that is over.</source>
        <translation>While a hold is active this dossier is not destroyed, even when its retention period has passed. Place one when an objection, appeal, court case, police report or access request may still need the dossier, and lift it when that is over.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="141"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="146"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="158"/>
        <source>An active hold keeps this dossier from being destroyed.</source>
        <translation>An active hold keeps this dossier from being destroyed.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="160"/>
        <source>No active hold: the normal retention period applies.</source>
        <translation>No active hold: the normal retention period applies.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="190"/>
        <source>Lift this legal hold?</source>
        <translation>Lift this legal hold?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="193"/>
        <source>Lift the hold &quot;%1&quot; (placed %2)?

Without an active hold the dossier can be destroyed once its retention period has passed. The lifting is logged.</source>
        <translation>Lift the hold &quot;%1&quot; (placed %2)?

Without an active hold the dossier can be destroyed once its retention period has passed. The lifting is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/legal_hold_dialog.py" line="200"/>
        <source>&amp;Lift the hold</source>
        <translation>&amp;Lift the hold</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="28"/>
        <source>SKOT Dossier is locked</source>
        <translation>SKOT Dossier is locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="29"/>
        <source>Close the vault</source>
        <translation>Close the vault</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../ui/pages/lookup_dialog.py" line="56"/>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
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
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Close vault</source>
        <translation>&amp;Close vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Reset a passphrase…</source>
        <translation>&amp;Reset a passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>New &amp;dossier…</source>
        <translation>New &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>New &amp;incident…</source>
        <translation>New &amp;incident…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;About SKOT Dossier</source>
        <translation>&amp;About SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
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
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>About SKOT Dossier</source>
        <translation>About SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>SKOT Dossier keeps dossiers about social-media misuse, encrypted and only on this computer. Every view and change is logged.</source>
        <translation>SKOT Dossier keeps dossiers about social-media misuse, encrypted and only on this computer. Every view and change is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Unlocked with the recovery key</source>
        <translation>Unlocked with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>User: %1 · Role: %2</source>
        <translation>User: %1 · Role: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Warning: %n wrong passphrase(s) were typed for this vault since it was last unlocked. If that was not you, tell the privacy officer.</source>
        <translation>
            <numerusform>Warning: %n wrong passphrase was typed for this vault since it was last unlocked. If that was not you, tell the privacy officer.</numerusform>
            <numerusform>Warning: %n wrong passphrases were typed for this vault since it was last unlocked. If that was not you, tell the privacy officer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Warning: %n wrong passphrase(s) were typed for this vault since it was last unlocked. If that was not you, see in the audit log when it happened (the attempts are entered there now) and tell the administrator.</source>
        <translation>
            <numerusform>Warning: %n wrong passphrase was typed for this vault since it was last unlocked. If that was not you, see in the audit log when it happened (the attempts are entered there now) and tell the administrator.</numerusform>
            <numerusform>Warning: %n wrong passphrases were typed for this vault since it was last unlocked. If that was not you, see in the audit log when it happened (the attempts are entered there now) and tell the administrator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>You are signed in without a user role (for example with the recovery key), so dossiers stay closed. Ask the administrator to set up your account.</source>
        <translation>You are signed in without a user role (for example with the recovery key), so dossiers stay closed. Ask the administrator to set up your account.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>You unlocked this vault with the recovery key. Use it only to give someone a new passphrase when theirs is forgotten; then lock the vault and unlock it with that passphrase. Dossiers stay closed in this session.</source>
        <translation>You unlocked this vault with the recovery key. Use it only to give someone a new passphrase when theirs is forgotten; then lock the vault and unlock it with that passphrase. Dossiers stay closed in this session.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Reset a passphrase…</source>
        <translation>Reset a passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>The passphrase of %1 has been reset. Give it to them in person.</source>
        <translation>The passphrase of %1 has been reset. Give it to them in person.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>The passphrase of %1 has been reset. Lock the vault now and unlock it with the new passphrase.</source>
        <translation>The passphrase of %1 has been reset. Lock the vault now and unlock it with the new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../ui/unlock_dialog.py" line="218"/>
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="704"/>
        <source>The file could not be read or written: %1. Nothing was changed.</source>
        <translation>The file could not be read or written: %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="710"/>
        <source>Something went wrong. Nothing was changed. Details: %1</source>
        <translation>Something went wrong. Nothing was changed. Details: %1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="29"/>
        <source>Show what I type</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="33"/>
        <source>New &amp;passphrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="36"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="37"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_pair.py" line="59"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>NotForRolePage</name>
    <message>
        <location filename="../../ui/pages/info_pages.py" line="15"/>
        <source>Not available for your role: %1</source>
        <translation>Not available for your role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/info_pages.py" line="18"/>
        <source>You are signed in as %1. Ask the HR officer or the administrator if you need access.</source>
        <translation>You are signed in as %1. Ask the HR officer or the administrator if you need access.</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="185"/>
        <source>Where online</source>
        <translation>Where online</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="187"/>
        <source>The police ask for platforms, exact web addresses and account names.</source>
        <translation>The police ask for platforms, exact web addresses and account names.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="199"/>
        <source>One web address per line, starting with https://</source>
        <translation>One web address per line, starting with https://</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="202"/>
        <source>One account or user name per line, e.g. @name</source>
        <translation>One account or user name per line, e.g. @name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="204"/>
        <source>Platforms:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="206"/>
        <source>&amp;Web addresses:</source>
        <translation>&amp;Web addresses:</translation>
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
        <translation>group %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="73"/>
        <location filename="../../ui/dossier/overview_tab.py" line="114"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="74"/>
        <location filename="../../ui/dossier/overview_tab.py" line="116"/>
        <source>Form of address:</source>
        <translation>Form of address:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="75"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="76"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="77"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="81"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="82"/>
        <source>Employed since:</source>
        <translation>Employed since:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="83"/>
        <source>Employed until:</source>
        <translation>Employed until:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="87"/>
        <location filename="../../ui/dossier/overview_tab.py" line="117"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="90"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="91"/>
        <source>Left school on:</source>
        <translation>Left school on:</translation>
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
        <translation>Opened on:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="102"/>
        <source>Closed on:</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="103"/>
        <source>Incidents:</source>
        <translation>Incidents:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="104"/>
        <source>Timeline entries:</source>
        <translation>Timeline entries:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="112"/>
        <source>Parent or guardian %1</source>
        <translation>Parent or guardian %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/overview_tab.py" line="115"/>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="33"/>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="34"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="35"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="36"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_meter.py" line="37"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="154"/>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="157"/>
        <source>A passphrase is a short sentence only you know, for example four unrelated words. At least %1 characters.</source>
        <translation>A passphrase is a short sentence only you know, for example four unrelated words. At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="162"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="170"/>
        <source>Show what I type</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="177"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="178"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="179"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="207"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="222"/>
        <source>Creating the vault… the key is being calculated; this takes a few seconds.</source>
        <translation>Creating the vault… the key is being calculated; this takes a few seconds.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/forms/person_form.py" line="54"/>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="54"/>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="58"/>
        <source>&amp;Pupil</source>
        <translation>&amp;Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="59"/>
        <source>&amp;Staff member</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="79"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="81"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="82"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="84"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="86"/>
        <source>Form of address:</source>
        <translation>Form of address:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="87"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="89"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="91"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="95"/>
        <source>This vault has no schools yet. An administrator adds them under Settings; until then no dossier can be saved.</source>
        <translation>This vault has no schools yet. An administrator adds them under Settings; until then no dossier can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="107"/>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="109"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="111"/>
        <source>Left school on:</source>
        <translation>Left school on:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="118"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="120"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="122"/>
        <source>Employed since:</source>
        <translation>Employed since:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="124"/>
        <source>Employed until:</source>
        <translation>Employed until:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="126"/>
        <source>Home address (for letters):</source>
        <translation>Home address (for letters):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="131"/>
        <source>Why are you changing this?</source>
        <translation>Why are you changing this?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="133"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="135"/>
        <source>The old values stay readable in the history.</source>
        <translation>The old values stay readable in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="200"/>
        <source>Pupil number, e.g. L-1234</source>
        <translation>Pupil number, e.g. L-1234</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="200"/>
        <source>Staff number, e.g. P-0042</source>
        <translation>Staff number, e.g. P-0042</translation>
    </message>
    <message>
        <location filename="../../ui/forms/person_form.py" line="276"/>
        <source>Not saved yet: check the fields marked in red.</source>
        <translation>Not saved yet: check the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>PersonLookupDialog</name>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="45"/>
        <source>Who looked at this dossier? — SKOT Dossier</source>
        <translation>Who looked at this dossier? — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="40"/>
        <source>Name or staff/pupil number</source>
        <translation>Name or staff/pupil number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="30"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="31"/>
        <source>Staff/pupil</source>
        <translation>Staff/pupil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="41"/>
        <source>&amp;Show who looked</source>
        <translation>&amp;Show who looked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="33"/>
        <source>Who looked at this dossier?</source>
        <translation>Who looked at this dossier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="35"/>
        <source>Look the person up by name or number and choose them. You then see every view, search hit, export and refused attempt concerning their data, with who did it and the purpose they gave. You do not see the dossier itself.</source>
        <translation>Look the person up by name or number and choose them. You then see every view, search hit, export and refused attempt concerning their data, with who did it and the purpose they gave. You do not see the dossier itself.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/person_lookup_dialog.py" line="64"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n people found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_lookup_dialog.py" line="63"/>
        <source>Nobody found. Check the number or the spelling of the name.</source>
        <translation>Nobody found. Check the number or the spelling of the name.</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="51"/>
        <source>Who is involved</source>
        <translation>Who is involved</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="54"/>
        <source>Search the vault and add each person with their part. At least one person must be the one whose behaviour this is about.</source>
        <translation>Search the vault and add each person with their part. At least one person must be the one whose behaviour this is about.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="62"/>
        <source>Search by name or number…</source>
        <translation>Search by name or number…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="73"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="80"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="80"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="93"/>
        <source>Part:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="101"/>
        <source>Involved:</source>
        <translation>Involved:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="122"/>
        <source>Type at least %1 letters or digits to search.</source>
        <translation>Type at least %1 letters or digits to search.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="133"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/persons_page.py" line="156"/>
        <source>%n person(s) found. Choose the part and add them.</source>
        <translation>
            <numerusform>%n person found. Choose the part and add them.</numerusform>
            <numerusform>%n persons found. Choose the part and add them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="162"/>
        <source>Nobody found for &quot;%1&quot;. Check the spelling, or search for part of the name or the number. A person who is not in the vault yet gets a dossier first (&quot;New dossier&quot;).</source>
        <translation>Nobody found for &quot;%1&quot;. Check the spelling, or search for part of the name or the number. A person who is not in the vault yet gets a dossier first (&quot;New dossier&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="193"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/intake/persons_page.py" line="228"/>
        <source>Add at least one person whose behaviour this is about (part: &quot;%1&quot;).</source>
        <translation>Add at least one person whose behaviour this is about (part: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="41"/>
        <source>Where and who</source>
        <translation>Where and who</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="43"/>
        <source>The vault is one folder. Choose a place that is backed up, not a USB stick.</source>
        <translation>The vault is one folder. Choose a place that is backed up, not a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="56"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="62"/>
        <source>e.g. Fatima Bakker</source>
        <translation>e.g. Fatima Bakker</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="65"/>
        <source>e.g. hr</source>
        <translation>e.g. hr</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="66"/>
        <source>Administrator: sets up schools and users</source>
        <translation>Administrator: sets up schools and users</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="67"/>
        <source>HR officer: keeps dossiers and handles incidents</source>
        <translation>HR officer: keeps dossiers and handles incidents</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="77"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="80"/>
        <source>&amp;Name of the vault:</source>
        <translation>Name of the &amp;vault:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="82"/>
        <source>Your &amp;name:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="83"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="88"/>
        <source>The login name is readable without the passphrase (it is shown when unlocking), so use a short name like &quot;hr&quot;, not your full name.</source>
        <translation>The login name is readable without the passphrase (it is shown when unlocking), so use a short name like &quot;hr&quot;, not your full name.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="96"/>
        <source>Your role:</source>
        <translation>Your role:</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="105"/>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="124"/>
        <source>The vault will be: %1</source>
        <translation>The vault will be: %1</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="137"/>
        <source>This folder does not exist. Choose another one.</source>
        <translation>This folder does not exist. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="141"/>
        <source>There is already a vault or folder with this name. Choose another name.</source>
        <translation>There is already a vault or folder with this name. Choose another name.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Contains invisible control characters; type the text again.</source>
        <translation>Contains invisible control characters; type the text again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Must contain letters.</source>
        <translation>Must contain letters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Use only letters, digits, &apos;-&apos;, &apos;/&apos; and &apos;.&apos;.</source>
        <translation>Use only letters, digits, &apos;-&apos;, &apos;/&apos; and &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>This is not a Dutch postcode (for example 7671 AB).</source>
        <translation>This is not a Dutch postcode (for example 7671 AB).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>This user does not exist (any more).</source>
        <translation>This user does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>At most %1 parents or guardians.</source>
        <translation>At most %1 parents or guardians.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>Only for a post by a staff member: add the staff member as the person it is about, or choose that it is not a staff member&apos;s post.</source>
        <translation>Only for a post by a staff member: add the staff member as the person it is about, or choose that it is not a staff member&apos;s post.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Each web address must start with http:// or https://.</source>
        <translation>Each web address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>This date is too far in the past.</source>
        <translation>This date is too far in the past.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>This day does not exist in that month. Check the date.</source>
        <translation>This day does not exist in that month. Check the date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This date lies before the date of birth.</source>
        <translation>This date lies before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>This moment lies before the moment it happened.</source>
        <translation>This moment lies before the moment it happened.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>This date lies before the start of employment.</source>
        <translation>This date lies before the start of employment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>Choose at least one school.</source>
        <translation>Choose at least one school.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>One of the schools does not exist (any more).</source>
        <translation>One of the schools does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Some entries are not valid.</source>
        <translation>Some entries are not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>This record does not exist (any more).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Your role does not allow this. The attempt has been logged.</source>
        <translation>Your role does not allow this. The attempt has been logged.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Processing of this dossier is restricted (GDPR art. 18): it can be read, but not changed until the restriction is lifted.</source>
        <translation>Processing of this dossier is restricted (GDPR art. 18): it can be read, but not changed until the restriction is lifted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>The disk is full. Nothing was changed. Free some space and try again.</source>
        <translation>The disk is full. Nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The audit log is not intact. Tell the privacy officer at once.</source>
        <translation>The audit log is not intact. Tell the privacy officer at once.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Too many entries (at most %1).</source>
        <translation>Too many entries (at most %1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>This date lies before the decision.</source>
        <translation>This date lies before the decision.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>This date lies before the day the letter was sent.</source>
        <translation>This date lies before the day the letter was sent.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>The mandate cannot end before it starts.</source>
        <translation>The mandate cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>A school director needs at least one school.</source>
        <translation>A school director needs at least one school.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>This login name already belongs to another user.</source>
        <translation>This login name already belongs to another user.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="192"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>Enter a whole number above zero.</source>
        <translation>Enter a whole number above zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>The school holidays must each have a first day, a last day and a name.</source>
        <translation>The school holidays must each have a first day, a last day and a name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>The holiday “%1” ends before it starts, or has no name.</source>
        <translation>The holiday “%1” ends before it starts, or has no name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>This is not a valid retention policy. The administrator can check it with skot-dossier-admin.</source>
        <translation>This is not a valid retention policy. The administrator can check it with skot-dossier-admin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <location filename="../../ui/messages.py" line="212"/>
        <source>The protocol file of SKOT Dossier is not valid. Ask the administrator to check it with skot-dossier-admin.</source>
        <translation>The protocol file of SKOT Dossier is not valid. Ask the administrator to check it with skot-dossier-admin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>The protocol file %1 is not valid. Ask the administrator to check it with skot-dossier-admin.</source>
        <translation>The protocol file %1 is not valid. Ask the administrator to check it with skot-dossier-admin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>The protocol file %1 cannot be read. Ask the administrator to check it.</source>
        <translation>The protocol file %1 cannot be read. Ask the administrator to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>No protocol file was found in %1. Reinstall SKOT Dossier.</source>
        <translation>No protocol file was found in %1. Reinstall SKOT Dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>Protocol %1 is not available in this version of SKOT Dossier. Install the version that has it.</source>
        <translation>Protocol %1 is not available in this version of SKOT Dossier. Install the version that has it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>The measure %1 is not in protocol %2.</source>
        <translation>The measure %1 is not in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>The measure %1 is not on the %2 ladder.</source>
        <translation>The measure %1 is not on the %2 ladder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>The measure %1 is on more than one ladder; choose one of: %2.</source>
        <translation>The measure %1 is on more than one ladder; choose one of: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>The ladder %1 is not in protocol %2.</source>
        <translation>The ladder %1 is not in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>The letter %1 is not in protocol %2.</source>
        <translation>The letter %1 is not in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248"/>
        <source>The hard stop %1 is not in protocol %2.</source>
        <translation>The hard stop %1 is not in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="251"/>
        <source>The role %1 is not in protocol %2.</source>
        <translation>The role %1 is not in protocol %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>The holiday “%1” ends (%2) before it starts. Correct it in Settings.</source>
        <translation>The holiday “%1” ends (%2) before it starts. Correct it in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>This day is not a school day (a weekend day or a school holiday).</source>
        <translation>This day is not a school day (a weekend day or a school holiday).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>The protocol or the law does not allow this step (yet).</source>
        <translation>The protocol or the law does not allow this step (yet).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>This measure is decided by: %1. Your role cannot record it.</source>
        <translation>This measure is decided by: %1. Your role cannot record it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>The decision must follow a finalized intention for the same measure in the same dossier.</source>
        <translation>The decision must follow a finalized intention for the same measure in the same dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>A final decision cannot be changed. Start a correction instead.</source>
        <translation>A final decision cannot be changed. Start a correction instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>This decision is already final.</source>
        <translation>This decision is already final.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="273"/>
        <source>Steps the law requires in this case are still open and cannot be skipped: %1</source>
        <translation>Steps the law requires in this case are still open and cannot be skipped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="277"/>
        <source>Required checklist items are still open: %1. Complete them, or give a written reason to go on without them.</source>
        <translation>Required checklist items are still open: %1. Complete them, or give a written reason to go on without them.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="282"/>
        <source>A decision on this measure needs a finalized intention first.</source>
        <translation>A decision on this measure needs a finalized intention first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="285"/>
        <source>The decision must keep the grounds of the intention.</source>
        <translation>The decision must keep the grounds of the intention.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>The intention letter has not been sent yet. Finalize it first, so the period for the person&apos;s view can run.</source>
        <translation>The intention letter has not been sent yet. Finalize it first, so the period for the person&apos;s view can run.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="293"/>
        <source>The period for the person&apos;s view has not ended, and no view has been recorded.</source>
        <translation>The period for the person&apos;s view has not ended, and no view has been recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297"/>
        <source>No objection to the board is possible against this decision.</source>
        <translation>No objection to the board is possible against this decision.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>Only a final decision can be corrected; edit the draft instead.</source>
        <translation>Only a final decision can be corrected; edit the draft instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>This measure does not belong to the ladder of this dossier (%1).</source>
        <translation>This measure does not belong to the ladder of this dossier (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>One of the case facts is unknown.</source>
        <translation>One of the case facts is unknown.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>Name each case fact together with its value.</source>
        <translation>Name each case fact together with its value.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="310"/>
        <source>This cannot be changed here.</source>
        <translation>This cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>The grounds must stay the same as in the intention. A decision on other grounds needs a new intention.</source>
        <translation>The grounds must stay the same as in the intention. A decision on other grounds needs a new intention.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>This follows from the incident (%1). Give a written reason to switch it off.</source>
        <translation>This follows from the incident (%1). Give a written reason to switch it off.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>Enter a number of days.</source>
        <translation>Enter a number of days.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>Enter a date and a time.</source>
        <translation>Enter a date and a time.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="322"/>
        <source>Write down the view that was given (or “geen zienswijze”).</source>
        <translation>Write down the view that was given (or “geen zienswijze”).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="325"/>
        <source>This item is not on the checklist of this decision.</source>
        <translation>This item is not on the checklist of this decision.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>Required: name the facts the decision relies on.</source>
        <translation>Required: name the facts the decision relies on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="331"/>
        <source>State the duration of the measure.</source>
        <translation>State the duration of the measure.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>The duration must be at least one day.</source>
        <translation>The duration must be at least one day.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="335"/>
        <source>%1: at most %2 %3; proposed: %4 (%5).</source>
        <translation>%1: at most %2 %3; proposed: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="336"/>
        <source>Required: when the facts became known decides whether this is done without delay.</source>
        <translation>Required: when the facts became known decides whether this is done without delay.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>This measure is %1 than usual in comparable cases (%2). Explain why.</source>
        <translation>This measure is %1 than usual in comparable cases (%2). Explain why.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>%1: due by %2 (%3). Say why it is given only now.</source>
        <translation>%1: due by %2 (%3). Say why it is given only now.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>The measure starts on %1, before today. Say why it is recorded only now.</source>
        <translation>The measure starts on %1, before today. Say why it is recorded only now.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>This is not a school day (a weekend day or a school holiday). A suspension counted in school days starts on a school day.</source>
        <translation>This is not a school day (a weekend day or a school holiday). A suspension counted in school days starts on a school day.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="356"/>
        <source>This step cannot be marked done yet.</source>
        <translation>This step cannot be marked done yet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="357"/>
        <source>First complete: %1. The protocol puts it before this step.</source>
        <translation>First complete: %1. The protocol puts it before this step.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="361"/>
        <source>This person holds no valid mandate for this; see the mandate register.</source>
        <translation>This person holds no valid mandate for this; see the mandate register.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="364"/>
        <source>There is no valid mandate to %1 for this school on %2.</source>
        <translation>There is no valid mandate to %1 for this school on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="367"/>
        <source>Nobody holds a valid mandate to %1 for this school. The administrator registers mandates.</source>
        <translation>Nobody holds a valid mandate to %1 for this school. The administrator registers mandates.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="371"/>
        <source>Several people hold this mandate; choose who acts.</source>
        <translation>Several people hold this mandate; choose who acts.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="375"/>
        <source>The letter cannot be made.</source>
        <translation>The letter cannot be made.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="376"/>
        <source>The letter cannot be made. Tell the administrator.</source>
        <translation>The letter cannot be made. Tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="379"/>
        <source>Letter %1 cannot be made yet: required fields are empty.</source>
        <translation>Letter %1 cannot be made yet: required fields are empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="382"/>
        <source>The field %1 must be yes or no, not “%2”.</source>
        <translation>The field %1 must be yes or no, not “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="385"/>
        <source>%1 is not a kind of letter.</source>
        <translation>%1 is not a kind of letter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="386"/>
        <source>The letter font %1 cannot be loaded. Reinstall SKOT Dossier.</source>
        <translation>The letter font %1 cannot be loaded. Reinstall SKOT Dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="389"/>
        <source>The letterhead logo is not a readable image. Choose another in Settings.</source>
        <translation>The letterhead logo is not a readable image. Choose another in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="392"/>
        <source>The letterhead logo is empty. Choose another in Settings.</source>
        <translation>The letterhead logo is empty. Choose another in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="395"/>
        <source>A letter template of SKOT Dossier is not valid. Ask the administrator to check it.</source>
        <translation>A letter template of SKOT Dossier is not valid. Ask the administrator to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="399"/>
        <source>This paragraph states the grounds of the intention. A decision keeps them unchanged, so it cannot be edited or removed.</source>
        <translation>This paragraph states the grounds of the intention. A decision keeps them unchanged, so it cannot be edited or removed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="404"/>
        <source>This letter cannot be made or changed now.</source>
        <translation>This letter cannot be made or changed now.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="405"/>
        <source>Enter the foundation&apos;s name and address in Settings first.</source>
        <translation>Enter the foundation&apos;s name and address in Settings first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="408"/>
        <source>This staff member has no postal address in the dossier.</source>
        <translation>This staff member has no postal address in the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="411"/>
        <source>Enter the postal address of the Inspectie in Settings first.</source>
        <translation>Enter the postal address of the Inspectie in Settings first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="414"/>
        <source>This pupil has no parent or guardian with an address.</source>
        <translation>This pupil has no parent or guardian with an address.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="417"/>
        <source>A letter to the victim&apos;s parents needs an incident that names a pupil as victim.</source>
        <translation>A letter to the victim&apos;s parents needs an incident that names a pupil as victim.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="421"/>
        <source>Only a draft can be edited; a final letter never changes.</source>
        <translation>Only a draft can be edited; a final letter never changes.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="424"/>
        <source>This letter is already final.</source>
        <translation>This letter is already final.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="425"/>
        <source>Draft this proposed letter first.</source>
        <translation>Draft this proposed letter first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="426"/>
        <source>The letter names no signer with a role. Draft it again.</source>
        <translation>The letter names no signer with a role. Draft it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="429"/>
        <source>Only a letter that was sent can have been received.</source>
        <translation>Only a letter that was sent can have been received.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="432"/>
        <source>Only a final letter has a stored PDF; preview the draft instead.</source>
        <translation>Only a final letter has a stored PDF; preview the draft instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="435"/>
        <source>Finalize the letter before exporting it.</source>
        <translation>Finalize the letter before exporting it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="438"/>
        <source>Finalize the letter before printing it.</source>
        <translation>Finalize the letter before printing it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="441"/>
        <source>This letter has already been drafted.</source>
        <translation>This letter has already been drafted.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="444"/>
        <source>The stored letter no longer matches its fingerprint. Tell the privacy officer.</source>
        <translation>The stored letter no longer matches its fingerprint. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="448"/>
        <source>This decision does not belong to this dossier.</source>
        <translation>This decision does not belong to this dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="451"/>
        <source>Choose one of the listed recipients.</source>
        <translation>Choose one of the listed recipients.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="452"/>
        <source>This follows from the dossier and the decision; it cannot be changed in a letter.</source>
        <translation>This follows from the dossier and the decision; it cannot be changed in a letter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="456"/>
        <source>Required for this letter.</source>
        <translation>Required for this letter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="457"/>
        <source>This letter states a decision: draft it from the final decision.</source>
        <translation>This letter states a decision: draft it from the final decision.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="460"/>
        <source>This decision does not lead to this letter.</source>
        <translation>This decision does not lead to this letter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="463"/>
        <source>A letter needs text.</source>
        <translation>A letter needs text.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="465"/>
        <source>%1 is not an offence the protocol lists.</source>
        <translation>%1 is not an offence the protocol lists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="466"/>
        <source>Name at least one offence considered.</source>
        <translation>Name at least one offence considered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="467"/>
        <source>Insult, defamation and libel are prosecuted only on the victim&apos;s complaint: enclose the staff member&apos;s signed special power of attorney, or let them report it themselves.</source>
        <translation>Insult, defamation and libel are prosecuted only on the victim&apos;s complaint: enclose the staff member&apos;s signed special power of attorney, or let them report it themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="473"/>
        <source>The stored evidence %1 no longer matches its fingerprint. Tell the privacy officer.</source>
        <translation>The stored evidence %1 no longer matches its fingerprint. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="478"/>
        <source>The vault cannot be used.</source>
        <translation>The vault cannot be used.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="479"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>The passphrase is not correct. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="482"/>
        <source>This is not a valid recovery key. Check it for typing errors.</source>
        <translation>This is not a valid recovery key. Check it for typing errors.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="485"/>
        <source>This folder is not a SKOT Dossier vault.</source>
        <translation>This folder is not a SKOT Dossier vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="486"/>
        <source>This vault has no passphrase to open it with. Open it with the recovery key, or restore it from a backup.</source>
        <translation>This vault has no passphrase to open it with. Open it with the recovery key, or restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="491"/>
        <source>This vault was made by a newer version of SKOT Dossier. Install the update first.</source>
        <translation>This vault was made by a newer version of SKOT Dossier. Install the update first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="495"/>
        <location filename="../../ui/messages.py" line="621"/>
        <source>This backup was made by a newer version of SKOT Dossier. Install the update first.</source>
        <translation>This backup was made by a newer version of SKOT Dossier. Install the update first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="499"/>
        <source>The vault is damaged or was changed outside SKOT Dossier. Restore it from a backup, and tell the privacy officer.</source>
        <translation>The vault is damaged or was changed outside SKOT Dossier. Restore it from a backup, and tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="504"/>
        <source>The vault&apos;s database file is missing. Restore the vault from a backup, and tell the privacy officer.</source>
        <translation>The vault&apos;s database file is missing. Restore the vault from a backup, and tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="509"/>
        <source>The vault&apos;s key file (vault.json) was changed outside SKOT Dossier, so your key could not be used. This is not counted as a wrong passphrase. Restore vault.json from a backup, and tell the privacy officer.</source>
        <translation>The vault&apos;s key file (vault.json) was changed outside SKOT Dossier, so your key could not be used. This is not counted as a wrong passphrase. Restore vault.json from a backup, and tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="515"/>
        <source>The vault&apos;s key file (vault.json) was changed outside SKOT Dossier: the key of login “%1” no longer matches, so it could not be used. This is not counted as a wrong passphrase. Restore vault.json from a backup, and tell the privacy officer.</source>
        <translation>The vault&apos;s key file (vault.json) was changed outside SKOT Dossier: the key of login “%1” no longer matches, so it could not be used. This is not counted as a wrong passphrase. Restore vault.json from a backup, and tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="521"/>
        <source>The vault&apos;s key file (vault.json) is damaged or was changed outside SKOT Dossier, so it cannot be read. Restore vault.json from a backup, and tell the privacy officer.</source>
        <translation>The vault&apos;s key file (vault.json) is damaged or was changed outside SKOT Dossier, so it cannot be read. Restore vault.json from a backup, and tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="526"/>
        <source>This vault is already open in another SKOT Dossier window. Close that window first.</source>
        <translation>This vault is already open in another SKOT Dossier window. Close that window first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="530"/>
        <source>A vault already exists there; it was not overwritten. Choose another place.</source>
        <translation>A vault already exists there; it was not overwritten. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="533"/>
        <source>This key of the vault cannot be used.</source>
        <translation>This key of the vault cannot be used.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="534"/>
        <source>This login name cannot be used. Choose another one (1 to 80 characters).</source>
        <translation>This login name cannot be used. Choose another one (1 to 80 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="537"/>
        <source>The login name “%1” is already in use. Choose another one.</source>
        <translation>The login name “%1” is already in use. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="540"/>
        <source>There is no login “%1” in this vault.</source>
        <translation>There is no login “%1” in this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="541"/>
        <source>This key does not exist (any more).</source>
        <translation>This key does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="542"/>
        <source>The last passphrase of the vault cannot be removed.</source>
        <translation>The last passphrase of the vault cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="545"/>
        <source>This vault has no recovery key.</source>
        <translation>This vault has no recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="546"/>
        <source>Unknown kind of key: %1.</source>
        <translation>Unknown kind of key: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="547"/>
        <source>You opened the vault with the recovery key. Open it with your passphrase to change that passphrase.</source>
        <translation>You opened the vault with the recovery key. Open it with your passphrase to change that passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="552"/>
        <source>Choose a longer passphrase (at least 10 characters, not only the same few letters).</source>
        <translation>Choose a longer passphrase (at least 10 characters, not only the same few letters).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="556"/>
        <source>Choose a longer passphrase (at least %1 characters).</source>
        <translation>Choose a longer passphrase (at least %1 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="559"/>
        <source>Choose a passphrase with more different characters, not the same few letters.</source>
        <translation>Choose a passphrase with more different characters, not the same few letters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="562"/>
        <source>The backup file is damaged or is not a SKOT Dossier backup.</source>
        <translation>The backup file is damaged or is not a SKOT Dossier backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="565"/>
        <source>The backup file is damaged: a checksum does not match.</source>
        <translation>The backup file is damaged: a checksum does not match.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="568"/>
        <source>The database in the backup is damaged.</source>
        <translation>The database in the backup is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="571"/>
        <source>The parts of the backup do not belong to the same vault.</source>
        <translation>The parts of the backup do not belong to the same vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="574"/>
        <source>The audit log in the backup does not verify.</source>
        <translation>The audit log in the backup does not verify.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages.py" line="581"/>
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="591"/>
        <source>This backup file is damaged, incomplete or not a SKOT Dossier backup, or its audit log does not verify. Nothing was restored. Try another backup file.</source>
        <translation>This backup file is damaged, incomplete or not a SKOT Dossier backup, or its audit log does not verify. Nothing was restored. Try another backup file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="596"/>
        <source>The chosen folder is not empty: there is already a vault or other files in it. Choose a new, empty folder, or tick &quot;Replace the existing vault&quot;.</source>
        <translation>The chosen folder is not empty: there is already a vault or other files in it. Choose a new, empty folder, or tick &quot;Replace the existing vault&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="601"/>
        <source>This passphrase or recovery key does not open this backup. Use a passphrase that was valid when the backup was made.</source>
        <translation>This passphrase or recovery key does not open this backup. Use a passphrase that was valid when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="606"/>
        <source>This is not a valid recovery key. Check it for typing errors; the hyphens may be left out.</source>
        <translation>This is not a valid recovery key. Check it for typing errors; the hyphens may be left out.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="611"/>
        <source>The vault you want to replace is open right now, in this or another SKOT Dossier window. Close it there first; nothing was changed.</source>
        <translation>The vault you want to replace is open right now, in this or another SKOT Dossier window. Close it there first; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="616"/>
        <source>The disk is full. Nothing was restored and the existing vault is unchanged. Free some space and try again.</source>
        <translation>The disk is full. Nothing was restored and the existing vault is unchanged. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="625"/>
        <source>This backup has no recovery key. Use a passphrase instead.</source>
        <translation>This backup has no recovery key. Use a passphrase instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="636"/>
        <source>file a police report on behalf of the foundation</source>
        <translation>file a police report on behalf of the foundation</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="639"/>
        <source>sign letters and decisions on behalf of the board</source>
        <translation>sign letters and decisions on behalf of the board</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="644"/>
        <source>heavier</source>
        <translation>heavier</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="645"/>
        <source>lighter</source>
        <translation>lighter</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="648"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="649"/>
        <source>school days</source>
        <translation>school days</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>Another school already has this code.</source>
        <translation>Another school already has this code.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Another person already has this number.</source>
        <translation>Another person already has this number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>Only pupils have parents or guardians in their dossier.</source>
        <translation>Only pupils have parents or guardians in their dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>A staff member cannot become a pupil, nor the other way round.</source>
        <translation>A staff member cannot become a pupil, nor the other way round.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>One of the persons is not in the vault (any more).</source>
        <translation>One of the persons is not in the vault (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>Add at least one person whose behaviour this is about.</source>
        <translation>Add at least one person whose behaviour this is about.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>Choose the school this incident belongs to.</source>
        <translation>Choose the school this incident belongs to.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The file grew beyond the size limit while it was being read.</source>
        <translation>The file grew beyond the size limit while it was being read.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>Required: say where it was seen.</source>
        <translation>Required: say where it was seen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>Required: say who saw it.</source>
        <translation>Required: say who saw it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>Required: say when it was seen.</source>
        <translation>Required: say when it was seen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>Only a description was recorded; there is no file.</source>
        <translation>Only a description was recorded; there is no file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>Too large to preview here; export it instead.</source>
        <translation>Too large to preview here; export it instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>The stored file no longer matches the fingerprint taken when it was added. Tell the privacy officer.</source>
        <translation>The stored file no longer matches the fingerprint taken when it was added. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>Explain in a full sentence why you need this access.</source>
        <translation>Explain in a full sentence why you need this access.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Type a pupil number or at least three letters of the name.</source>
        <translation>Type a pupil number or at least three letters of the name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>The retention period has not ended yet. Give the reason for destroying the dossier now.</source>
        <translation>The retention period has not ended yet. Give the reason for destroying the dossier now.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Too long (%1 characters; at most %2).</source>
        <translation>Too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>This person is not involved in that incident.</source>
        <translation>This person is not involved in that incident.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>That incident is not about this person.</source>
        <translation>That incident is not about this person.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129"/>
        <source>In this kind of incident a file may show a sexual image of a minor. Such images may never be stored or passed on. Confirm explicitly that the file contains no such image, or record only where, when and by whom it was seen.</source>
        <translation>In this kind of incident a file may show a sexual image of a minor. Such images may never be stored or passed on. Confirm explicitly that the file contains no such image, or record only where, when and by whom it was seen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>The file is too large (%1; the limit is %2).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>File type by its name: %1; by its content: %2. Check that this is the right file.</source>
        <translation>File type by its name: %1; by its content: %2. Check that this is the right file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>This date lies before %1.</source>
        <translation>This date lies before %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>This dossier cannot be destroyed now.</source>
        <translation>This dossier cannot be destroyed now.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>A legal hold rests on this dossier (for example an objection, an appeal or a police report). It cannot be destroyed until HR or the school director lifts the hold.</source>
        <translation>A legal hold rests on this dossier (for example an objection, an appeal or a police report). It cannot be destroyed until HR or the school director lifts the hold.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Someone else must agree first: destroying a dossier takes two people. Ask a colleague (HR or the data protection officer) to choose &quot;Agree to destruction&quot;; then destroy it.</source>
        <translation>Someone else must agree first: destroying a dossier takes two people. Ask a colleague (HR or the data protection officer) to choose &quot;Agree to destruction&quot;; then destroy it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>You have not agreed to destroying this dossier, so there is nothing to withdraw.</source>
        <translation>You have not agreed to destroying this dossier, so there is nothing to withdraw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>This access request has already been answered.</source>
        <translation>This access request has already been answered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>“%1” is not a check number (controlegetal). A check number looks like %2.</source>
        <translation>“%1” is not a check number (controlegetal). A check number looks like %2.</translation>
    </message>
</context>
<context>
    <name>PupilLookupDialog</name>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="51"/>
        <source>Look up a pupil for a case — SKOT Dossier</source>
        <translation>Look up a pupil for a case — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="43"/>
        <source>Pupil number, or at least three letters of the name</source>
        <translation>Pupil number, or at least three letters of the name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="33"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="34"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="35"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="64"/>
        <source>For example: witness in the case about a video of a teacher (reported on 12 March).</source>
        <translation>For example: witness in the case about a video of a teacher (reported on 12 March).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="72"/>
        <source>&amp;Why does your case need this pupil&apos;s dossier?</source>
        <translation>&amp;Why does your case need this pupil&apos;s dossier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="44"/>
        <source>&amp;Record reason and open dossier</source>
        <translation>&amp;Record reason and open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="37"/>
        <source>Look up a pupil for a case</source>
        <translation>Look up a pupil for a case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="39"/>
        <source>As HR you see a pupil&apos;s dossier only when one of your cases needs it. Look the pupil up, choose the right one and write down why. The lookup and the reason are logged, and the data protection officer sees them.</source>
        <translation>As HR you see a pupil&apos;s dossier only when one of your cases needs it. Look the pupil up, choose the right one and write down why. The lookup and the reason are logged, and the data protection officer sees them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="93"/>
        <source>%n pupil(s) found.</source>
        <translation>
            <numerusform>%n pupil found.</numerusform>
            <numerusform>%n pupils found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/pupil_lookup_dialog.py" line="92"/>
        <source>No pupil found. Check the number or the spelling of the name.</source>
        <translation>No pupil found. Check the number or the spelling of the name.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="256"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="259"/>
        <source>If every passphrase is forgotten, only this key opens the vault. It is shown now and never again.</source>
        <translation>If every passphrase is forgotten, only this key opens the vault. It is shown now and never again.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="272"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="274"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="283"/>
        <source>I have stored the recovery key safely (printed, or saved outside this computer).</source>
        <translation>I have stored the recovery key safely (printed, or saved outside this computer).</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="294"/>
        <source>Keep it in the foundation&apos;s safe, separate from the computer. Anyone who has this key can open the vault.</source>
        <translation>Keep it in the foundation&apos;s safe, separate from the computer. Anyone who has this key can open the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="309"/>
        <source>SKOT recovery key.pdf</source>
        <translation>SKOT recovery key.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="312"/>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="314"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault_wizard.py" line="331"/>
        <source>Saved. Print it or move it to a USB stick kept in the safe, then delete it from this computer.</source>
        <translation>Saved. Print it or move it to a USB stick kept in the safe, then delete it from this computer.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="47"/>
        <source>Reset a passphrase — SKOT Dossier</source>
        <translation>Reset a passphrase — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="60"/>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Set new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="64"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="72"/>
        <source>Set a new passphrase</source>
        <translation>Set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="76"/>
        <source>Choose whose passphrase is forgotten and type a new one. The old passphrase stops working at once; the change is recorded in the audit log.</source>
        <translation>Choose whose passphrase is forgotten and type a new one. The old passphrase stops working at once; the change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="115"/>
        <source>Saving the new passphrase… this takes a moment on purpose.</source>
        <translation>Saving the new passphrase… this takes a moment on purpose.</translation>
    </message>
    <message>
        <location filename="../../ui/reset_passphrase_dialog.py" line="121"/>
        <source>The passphrase of %1 has been reset.</source>
        <translation>The passphrase of %1 has been reset.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="63"/>
        <source>Restore a backup — SKOT Dossier</source>
        <translation>Restore a backup — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="74"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="79"/>
        <source>&amp;Open the vault</source>
        <translation>&amp;Open the vault</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="97"/>
        <source>A file ending in .skotbackup</source>
        <translation>A file ending in .skotbackup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="108"/>
        <location filename="../../ui/restore_dialog.py" line="230"/>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="110"/>
        <source>Replace the existing vault</source>
        <translation>Replace the existing vault</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="114"/>
        <source>If the folder already holds a vault, it is replaced by the backup. The current vault is not deleted: it is kept next to it under a name with today&apos;s date.</source>
        <translation>If the folder already holds a vault, it is replaced by the backup. The current vault is not deleted: it is kept next to it under a name with today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="135"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="139"/>
        <source>Restore &amp;into:</source>
        <translation>Restore &amp;into:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="143"/>
        <source>A new or empty folder; a vault folder&apos;s name ends in .skotvault.</source>
        <translation>A new or empty folder; a vault folder&apos;s name ends in .skotvault.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="100"/>
        <source>a &amp;passphrase</source>
        <translation>&amp;a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="102"/>
        <source>the recovery &amp;key</source>
        <translation>the recovery ke&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="149"/>
        <source>Unlock with:</source>
        <translation>Unlock with:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="155"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="159"/>
        <source>The backup is checked completely first (files, encrypted database and audit log) in a temporary folder. Only then is the vault put in place. Use a passphrase that was valid when the backup was made, or the recovery key.</source>
        <translation>The backup is checked completely first (files, encrypted database and audit log) in a temporary folder. Only then is the vault put in place. Use a passphrase that was valid when the backup was made, or the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="181"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="195"/>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="197"/>
        <source>SKOT Dossier backups (*.skotbackup);;All files (*)</source>
        <translation>SKOT Dossier backups (*.skotbackup);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="216"/>
        <source>Choose where to restore the vault</source>
        <translation>Choose where to restore the vault</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="230"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="257"/>
        <source>Replace the existing vault?</source>
        <translation>Replace the existing vault?</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="262"/>
        <source>The vault in %1 will be replaced by the backup.

Everything added to it after the backup was made will no longer be in the restored vault. The current vault is kept, unchanged, as %2.replaced-&lt;date and time&gt;; do not delete it before you have checked the restored vault.</source>
        <translation>The vault in %1 will be replaced by the backup.

Everything added to it after the backup was made will no longer be in the restored vault. The current vault is kept, unchanged, as %2.replaced-&lt;date and time&gt;; do not delete it before you have checked the restored vault.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="271"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="307"/>
        <source>Checking the backup and restoring the vault… this can take a while.</source>
        <translation>Checking the backup and restoring the vault… this can take a while.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="322"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RestoreResult</name>
    <message>
        <location filename="../../ui/restore_result.py" line="40"/>
        <source>Vault:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="41"/>
        <source>Audit log:</source>
        <translation>Audit log:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="42"/>
        <source>Check number (controlegetal):</source>
        <translation>Check number (controlegetal):</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="43"/>
        <source>Previous vault kept as:</source>
        <translation>Previous vault kept as:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="44"/>
        <source>Erased since the backup:</source>
        <translation>Erased since the backup:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="47"/>
        <source>The backup has been restored</source>
        <translation>The backup has been restored</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="51"/>
        <source>Everything in the backup was checked before the vault was put in place: the files, the encrypted database and the audit log.</source>
        <translation>Everything in the backup was checked before the vault was put in place: the files, the encrypted database and the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_result.py" line="62"/>
        <source>Compare the check number with the one noted when the backup was made. Restoring is itself recorded in the vault&apos;s audit log.</source>
        <translation>Compare the check number with the one noted when the backup was made. Restoring is itself recorded in the vault&apos;s audit log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_result.py" line="72"/>
        <source>Verified: %n entry(s), complete and unchanged.</source>
        <translation>
            <numerusform>Verified: %n entry, complete and unchanged.</numerusform>
            <numerusform>Verified: %n entries, complete and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_result.py" line="85"/>
        <source>%n dossier(s) that had been erased are back from the backup. Erase them again under Retention; the audit log names them.</source>
        <translation>
            <numerusform>%n dossier that had been erased is back from the backup. Erase it again under Retention; the audit log names it.</numerusform>
            <numerusform>%n dossiers that had been erased are back from the backup. Erase them again under Retention; the audit log names them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="103"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="112"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="112"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="112"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="120"/>
        <source>Copy SHA-256 of the selected file</source>
        <translation>Copy SHA-256 of the selected file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="129"/>
        <source>The SHA-256 fingerprint proves later that a file has not changed since intake. It is also printed in the police-report packet.</source>
        <translation>The SHA-256 fingerprint proves later that a file has not changed since intake. It is also printed in the police-report packet.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="137"/>
        <source>The incident &quot;%1&quot; has been recorded.</source>
        <translation>The incident &quot;%1&quot; has been recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/summary_pages.py" line="186"/>
        <source>%n file(s) stored</source>
        <translation>
            <numerusform>%n file stored</numerusform>
            <numerusform>%n files stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/summary_pages.py" line="187"/>
        <source>%n description(s) recorded, without a file</source>
        <translation>
            <numerusform>%n description recorded, without a file</numerusform>
            <numerusform>%n descriptions recorded, without a file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/summary_pages.py" line="190"/>
        <source>%n file(s) not stored</source>
        <translation>
            <numerusform>%n file not stored</numerusform>
            <numerusform>%n files not stored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="194"/>
        <source>No evidence was added.</source>
        <translation>No evidence was added.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="195"/>
        <source>Evidence: %1.</source>
        <translation>Evidence: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="149"/>
        <source>Description recorded</source>
        <translation>Description recorded</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="151"/>
        <source>Stored (%1)</source>
        <translation>Stored (%1)</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="71"/>
        <source>Processing register (AVG art. 30)…</source>
        <translation>Processing register (AVG art. 30)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="76"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="86"/>
        <source>Save the processing register (AVG art. 30) of this vault from here. Retention periods and destroying dossiers are for HR and the data protection officer.</source>
        <translation>Save the processing register (AVG art. 30) of this vault from here. Retention periods and destroying dossiers are for HR and the data protection officer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="100"/>
        <source>A dossier is reviewed when its retention period has passed (counted from the end of employment or the day the pupil left). Nothing is destroyed automatically. Names are left out on purpose; the reference is the start of the person&apos;s internal number.</source>
        <translation>A dossier is reviewed when its retention period has passed (counted from the end of employment or the day the pupil left). Nothing is destroyed automatically. Names are left out on purpose; the reference is the start of the person&apos;s internal number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="110"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="111"/>
        <location filename="../../ui/pages/retention_page.py" line="169"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="112"/>
        <location filename="../../ui/pages/retention_page.py" line="170"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="114"/>
        <source>Period started</source>
        <translation>Period started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="119"/>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="123"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="124"/>
        <location filename="../../ui/pages/retention_page.py" line="171"/>
        <source>Agreed by</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="129"/>
        <source>Only what is due now</source>
        <translation>Only what is due now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="132"/>
        <source>&amp;Agree to destruction…</source>
        <translation>&amp;Agree to destruction…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="136"/>
        <source>&amp;Withdraw my agreement</source>
        <translation>&amp;Withdraw my agreement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="140"/>
        <source>&amp;Destroy…</source>
        <translation>Des&amp;troy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="167"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="168"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="172"/>
        <source>Destroyed by</source>
        <translation>Destroyed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="173"/>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="175"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="192"/>
        <source>Each destruction leaves a receipt in the audit log, without any content: when, under which rule, who agreed, who destroyed it and how many records went.</source>
        <translation>Each destruction leaves a receipt in the audit log, without any content: when, under which rule, who agreed, who destroyed it and how many records went.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="203"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="204"/>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="221"/>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="223"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="225"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="226"/>
        <source>Period running</source>
        <translation>Period running</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="229"/>
        <source>Yes, with a reason</source>
        <translation>Yes, with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="229"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="238"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="261"/>
        <source>%1 · %2 due for review</source>
        <translation>%1 · %2 due for review</translation>
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
            <numerusform>%n dossier destroyed</numerusform>
            <numerusform>%n dossiers destroyed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="295"/>
        <source>Choose a dossier to agree to its destruction or destroy it.</source>
        <translation>Choose a dossier to agree to its destruction or destroy it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="300"/>
        <source>A legal hold rests on this dossier. It cannot be destroyed until HR or the school director lifts the hold in the dossier.</source>
        <translation>A legal hold rests on this dossier. It cannot be destroyed until HR or the school director lifts the hold in the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="307"/>
        <source>You have agreed. Someone else can now destroy this dossier; until then you can withdraw your agreement.</source>
        <translation>You have agreed. Someone else can now destroy this dossier; until then you can withdraw your agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="367"/>
        <source>Your agreement is recorded. A second person (HR or the data protection officer) can now destroy the dossier; until then you can withdraw it.</source>
        <translation>Your agreement is recorded. A second person (HR or the data protection officer) can now destroy the dossier; until then you can withdraw it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="377"/>
        <source>Your agreement is withdrawn. The dossier will not be destroyed on it.</source>
        <translation>Your agreement is withdrawn. The dossier will not be destroyed on it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="314"/>
        <source>The retention period has not passed. Destroying it now needs a reason, for example a request to erase the data.</source>
        <translation>The retention period has not passed. Destroying it now needs a reason, for example a request to erase the data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="398"/>
        <source>The dossier has been destroyed. Receipt: audit log entry %1, rule &quot;%2&quot;, agreed by %3, destroyed by %4. Removed: %5.</source>
        <translation>The dossier has been destroyed. Receipt: audit log entry %1, rule &quot;%2&quot;, agreed by %3, destroyed by %4. Removed: %5.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="419"/>
        <source>Save the processing register</source>
        <translation>Save the processing register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="420"/>
        <source>Processing-register</source>
        <translation>Processing-register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="422"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="423"/>
        <source>Markdown text (*.md)</source>
        <translation>Markdown text (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="428"/>
        <source>Saving the processing register…</source>
        <translation>Saving the processing register…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/retention_page.py" line="430"/>
        <source>The processing register (AVG art. 30) has been saved:
%1</source>
        <translation>The processing register (AVG art. 30) has been saved:
%1</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="46"/>
        <source>Add a school</source>
        <translation>Add a school</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="56"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="58"/>
        <source>&amp;BRIN code:</source>
        <translation>&amp;BRIN code:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="61"/>
        <source>&amp;Director:</source>
        <translation>&amp;Director:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="27"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="29"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="35"/>
        <source>Clear copied personal data after seconds</source>
        <translation>Clear copied personal data after seconds</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="37"/>
        <source>Last vault</source>
        <translation>Last vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="41"/>
        <source>Last user per vault</source>
        <translation>Last user per vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="44"/>
        <source>Window position</source>
        <translation>Window position</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="46"/>
        <source>Window layout</source>
        <translation>Window layout</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="44"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <source>This computer</source>
        <translation>This computer</translation>
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
        <translation>A new language is used after restarting SKOT Dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="90"/>
        <source>My passphrase</source>
        <translation>My passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="92"/>
        <source>Change my passphrase…</source>
        <translation>Change my passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="110"/>
        <source>You are signed in with the recovery key, which has no passphrase of its own. Use &quot;Reset a passphrase&quot; in the Vault menu instead.</source>
        <translation>You are signed in with the recovery key, which has no passphrase of its own. Use &quot;Reset a passphrase&quot; in the Vault menu instead.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="115"/>
        <source>Choose a new passphrase for yourself, for example when you think someone else may know it.</source>
        <translation>Choose a new passphrase for yourself, for example when you think someone else may know it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>Your passphrase has been changed. Use the new one from now on; the old one no longer opens the vault.</source>
        <translation>Your passphrase has been changed. Use the new one from now on; the old one no longer opens the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="140"/>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <location filename="../../ui/pages/settings_page.py" line="162"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="144"/>
        <source>BRIN</source>
        <translation>BRIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="145"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="146"/>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="153"/>
        <source>Add a school…</source>
        <translation>Add a school…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="159"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="163"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="164"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="171"/>
        <source>Add a user…</source>
        <translation>Add a user…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="52"/>
        <source>Check and record</source>
        <translation>Check and record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="53"/>
        <source>Nothing is stored until you choose &quot;Record&quot;.</source>
        <translation>Nothing is stored until you choose &quot;Record&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary_pages.py" line="83"/>
        <source>The description names %1, which is the name of a pupil who is not among the persons involved. Add the pupil on the page &quot;Who is involved&quot;, or leave the name out: a pupil named in a case they are not part of cannot find it under their name (for example in an access request).</source>
        <translation>The description names %1, which is the name of a pupil who is not among the persons involved. Add the pupil on the page &quot;Who is involved&quot;, or leave the name out: a pupil named in a case they are not part of cannot find it under their name (for example in an access request).</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="44"/>
        <source>Add to the timeline</source>
        <translation>Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="56"/>
        <source>(not about one incident)</source>
        <translation>(not about one incident)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="65"/>
        <source>Who took part, what was said or agreed, what happens next.</source>
        <translation>Who took part, what was said or agreed, what happens next.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="71"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="73"/>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_dialog.py" line="74"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="26"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="28"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="32"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/timeline_tab.py" line="43"/>
        <source>&amp;Add conversation, note or contact…</source>
        <translation>&amp;Add conversation, note or contact…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="242"/>
        <source>Unlock vault — SKOT Dossier</source>
        <translation>Unlock vault — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="245"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="65"/>
        <source>Unlock vault</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="66"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="79"/>
        <source>Use the recovery key instead</source>
        <translation>Use the recovery key instead</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="90"/>
        <location filename="../../ui/unlock_dialog.py" line="129"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="92"/>
        <source>&amp;User:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="103"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="129"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="144"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>Unlocking… this takes a moment on purpose.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="105"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="123"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="125"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="126"/>
        <source>Schools (directors):</source>
        <translation>Schools (directors):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="128"/>
        <source>First &amp;passphrase:</source>
        <translation>First &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="129"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/admin_dialogs.py" line="132"/>
        <source>Give the passphrase to the user in person; they can change it later.</source>
        <translation>Give the passphrase to the user in person; they can change it later.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="52"/>
        <source>&amp;Check the log</source>
        <translation>Check the &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="55"/>
        <source>Recompute every entry&apos;s seal and check that none was changed or removed.</source>
        <translation>Recompute every entry&apos;s seal and check that none was changed or removed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="62"/>
        <source>Optional: a check number from a filed checkpoint, e.g. 1234-3f9a1c2b77d0e4aa-K</source>
        <translation>Optional: a check number from a filed checkpoint, e.g. 1234-3f9a1c2b77d0e4aa-K</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_verify.py" line="127"/>
        <source>The log is intact: all %n entry(ies) checked, none changed or removed.</source>
        <translation>
            <numerusform>The log is intact: %n entry checked, nothing changed or removed.</numerusform>
            <numerusform>The log is intact: all %n entries checked, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="140"/>
        <source>Check number (controlegetal): %1</source>
        <translation>Check number (controlegetal): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_verify.py" line="145"/>
        <source>The log itself is intact: all %n entry(ies) checked, none changed or removed.</source>
        <translation>
            <numerusform>The log itself is intact: %n entry checked, none changed or removed.</numerusform>
            <numerusform>The log itself is intact: all %n entries checked, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="156"/>
        <source>Mistyped check number, not compared: %1. Its last character does not match the rest. This is a typing error, not a sign that the log was changed; type the number again exactly as printed.</source>
        <translation>Mistyped check number, not compared: %1. Its last character does not match the rest. This is a typing error, not a sign that the log was changed; type the number again exactly as printed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="165"/>
        <source>The log is NOT intact.</source>
        <translation>The log is NOT intact.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_verify.py" line="170"/>
        <source>There is %n more problem(s).</source>
        <translation>
            <numerusform>There is %n more problem.</numerusform>
            <numerusform>There are %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="177"/>
        <source>Tell the board and the administrator at once, and keep the last filed checkpoint and the backups: they show what the log said before.</source>
        <translation>Tell the board and the administrator at once, and keep the last filed checkpoint and the backups: they show what the log said before.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="186"/>
        <source>Your role may not check the audit log.</source>
        <translation>Your role may not check the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_verify.py" line="188"/>
        <source>The log could not be checked. %1</source>
        <translation>The log could not be checked. %1</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../ui/welcome_window.py" line="39"/>
        <source>Welcome — SKOT Dossier</source>
        <translation>Welcome — SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="46"/>
        <source>SKOT Dossier</source>
        <translation>SKOT Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="49"/>
        <source>Dossiers about social-media misuse by staff and pupils: encrypted, only on this computer, and every view and change logged.</source>
        <translation>Dossiers about social-media misuse by staff and pupils: encrypted, only on this computer, and every view and change logged.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="66"/>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="67"/>
        <source>For a first start: choose a place, your role and a passphrase.</source>
        <translation>For a first start: choose a place, your role and a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="73"/>
        <source>Open an existing vault</source>
        <translation>Open an existing vault</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="74"/>
        <source>A vault folder (ending in .skotvault) on this computer or a network drive.</source>
        <translation>A vault folder (ending in .skotvault) on this computer or a network drive.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="80"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="81"/>
        <source>Put back a vault from a backup file, for example after a lost laptop.</source>
        <translation>Put back a vault from a backup file, for example after a lost laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="101"/>
        <source>Works without internet. Nothing is sent anywhere.</source>
        <translation>Works without internet. Nothing is sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="109"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="110"/>
        <source>Last used: %1</source>
        <translation>Last used: %1</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="132"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.py" line="145"/>
        <source>This folder cannot be opened as a vault: %1</source>
        <translation>This folder cannot be opened as a vault: %1</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="43"/>
        <source>What happened, and when</source>
        <translation>What happened, and when</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="45"/>
        <source>Describe the facts as you know them now; you can add to them later.</source>
        <translation>Describe the facts as you know them now; you can add to them later.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="51"/>
        <source>Short title, e.g. &quot;Offensive video about a teacher&quot;</source>
        <translation>Short title, e.g. &quot;Offensive video about a teacher&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="76"/>
        <source>What was posted or sent, by whom, to whom; what you saw yourself.</source>
        <translation>What was posted or sent, by whom, to whom; what you saw yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="81"/>
        <source>Optional: consequences for the people involved or for the school.</source>
        <translation>Optional: consequences for the people involved or for the school.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="85"/>
        <source>Not a staff member&apos;s post</source>
        <translation>Not a staff member&apos;s post</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="86"/>
        <source>As a teacher, on behalf of the school</source>
        <translation>As a teacher, on behalf of the school</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="87"/>
        <source>From the staff member&apos;s private account</source>
        <translation>From the staff member&apos;s private account</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="90"/>
        <source>Social Media Protocol: staff say when they speak as a teacher on behalf of the school, and stay careful about school matters in private accounts.</source>
        <translation>Social Media Protocol: staff say when they speak as a teacher on behalf of the school, and stay careful about school matters in private accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="94"/>
        <source>The material may include sexual images of minors</source>
        <translation>The material may include sexual images of minors</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="98"/>
        <source>Sexual images of minors may never be stored or passed on. On the evidence page you record only where, when and by whom they were seen; report it to the police.</source>
        <translation>Sexual images of minors may never be stored or passed on. On the evidence page you record only where, when and by whom they were seen; report it to the police.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="113"/>
        <source>S&amp;chool:</source>
        <translation>Schoo&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="115"/>
        <source>&amp;Happened on:</source>
        <translation>&amp;Happened on:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="117"/>
        <source>&amp;Known since:</source>
        <translation>&amp;Known since:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="119"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="122"/>
        <source>&amp;Seriousness:</source>
        <translation>&amp;Seriousness:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="123"/>
        <source>Staff member &amp;posted:</source>
        <translation>Staff member &amp;posted:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="125"/>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/details_pages.py" line="127"/>
        <source>C&amp;onsequences:</source>
        <translation>C&amp;onsequences:</translation>
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
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="88"/>
        <location filename="../../ui/workspace.py" line="134"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="89"/>
        <location filename="../../ui/workspace.py" line="138"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="90"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="206"/>
        <source>Opening the dossier…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="246"/>
        <source>This dossier cannot be opened.</source>
        <translation>This dossier cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="263"/>
        <source>Opened outside your normal access, with the reason you gave. The data protection officer sees this; the access ends when you lock the vault.</source>
        <translation>Opened outside your normal access, with the reason you gave. The data protection officer sees this; the access ends when you lock the vault.</translation>
    </message>
</context>
<context>
    <name>_Text</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="24"/>
        <source>SKOT Dossier — recovery key</source>
        <translation>SKOT Dossier — recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="25"/>
        <source>Vault: %1 — created on %2</source>
        <translation>Vault: %1 — created on %2</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="27"/>
        <source>With this key anyone can open the vault, even without a passphrase. Keep this sheet in a locked safe of the foundation, separate from the computer. Do not photograph it and do not store it on the computer.</source>
        <translation>With this key anyone can open the vault, even without a passphrase. Keep this sheet in a locked safe of the foundation, separate from the computer. Do not photograph it and do not store it on the computer.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="32"/>
        <source>Use it only when every passphrase is lost: choose &quot;Use the recovery key instead&quot; when unlocking, and type the key with or without the dashes.</source>
        <translation>Use it only when every passphrase is lost: choose &quot;Use the recovery key instead&quot; when unlocking, and type the key with or without the dashes.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35"/>
        <source>Stored by (name and signature):</source>
        <translation>Stored by (name and signature):</translation>
    </message>
</context>
</TS>
