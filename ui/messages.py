"""The core's problems in the user's language: one table, keyed by the catalogue's codes.

Every code :mod:`skot_dossier.problems` declares has its sentence here; ``%1``, ``%2`` …
stand for the code's parameters in the order the catalogue declares them (parameters of
kind ``detail`` are technical and never shown). A test holds this table to the
catalogue, placeholders included.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from skot_dossier.domain.validation import ValidationError
from skot_dossier.errors import SkotError
from skot_dossier.problems import (
    COMPARISON,
    DATE,
    DETAIL,
    MANDATE_KIND,
    MEDIA_TYPE,
    SIZE,
    UNIT,
    Problem,
    Term,
)
from ui import labels
from ui.text import date_text, fmt, size_text

CONTEXT = "Problems"

TEXTS = {
    # -- general
    "error": QT_TRANSLATE_NOOP("Problems", "Something went wrong. Nothing was changed."),
    "invalid": QT_TRANSLATE_NOOP("Problems", "Some entries are not valid."),
    "not_found": QT_TRANSLATE_NOOP("Problems", "This record does not exist (any more)."),
    "denied": QT_TRANSLATE_NOOP(
        "Problems", "Your role does not allow this. The attempt has been logged."
    ),
    "restricted": QT_TRANSLATE_NOOP(
        "Problems",
        "Processing of this dossier is restricted (GDPR art. 18): it can be read, but not "
        "changed until the restriction is lifted.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Problems", "The disk is full. Nothing was changed. Free some space and try again."
    ),
    "audit_broken": QT_TRANSLATE_NOOP(
        "Problems", "The audit log is not intact. Tell the privacy officer at once."
    ),
    # -- fields
    "required": QT_TRANSLATE_NOOP("Problems", "This field is required."),
    "control_characters": QT_TRANSLATE_NOOP(
        "Problems", "Contains invisible control characters; type the text again."
    ),
    "too_long": QT_TRANSLATE_NOOP("Problems", "Too long (%1 characters; at most %2)."),
    "no_letters": QT_TRANSLATE_NOOP("Problems", "Must contain letters."),
    "bad_number": QT_TRANSLATE_NOOP("Problems", "Use only letters, digits, '-', '/' and '.'."),
    "bad_postcode": QT_TRANSLATE_NOOP(
        "Problems", "This is not a Dutch postcode (for example 7671 AB)."
    ),
    "not_a_choice": QT_TRANSLATE_NOOP("Problems", "Choose one of the options."),
    "bad_url": QT_TRANSLATE_NOOP(
        "Problems", "Each web address must start with http:// or https://."
    ),
    "too_many_entries": QT_TRANSLATE_NOOP("Problems", "Too many entries (at most %1)."),
    "in_future": QT_TRANSLATE_NOOP("Problems", "This date lies in the future."),
    "too_far_past": QT_TRANSLATE_NOOP("Problems", "This date is too far in the past."),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Problems", "This day does not exist in that month. Check the date."
    ),
    "before_date": QT_TRANSLATE_NOOP("Problems", "This date lies before %1."),
    "before_birth": QT_TRANSLATE_NOOP("Problems", "This date lies before the date of birth."),
    "before_occurred": QT_TRANSLATE_NOOP(
        "Problems", "This moment lies before the moment it happened."
    ),
    "before_employment_start": QT_TRANSLATE_NOOP(
        "Problems", "This date lies before the start of employment."
    ),
    "before_decision": QT_TRANSLATE_NOOP("Problems", "This date lies before the decision."),
    "before_letter_sent": QT_TRANSLATE_NOOP(
        "Problems", "This date lies before the day the letter was sent."
    ),
    "before_mandate_start": QT_TRANSLATE_NOOP(
        "Problems", "The mandate cannot end before it starts."
    ),
    # -- schools, users, persons
    "brin_taken": QT_TRANSLATE_NOOP("Problems", "Another school already has this code."),
    "director_needs_school": QT_TRANSLATE_NOOP(
        "Problems", "A school director needs at least one school."
    ),
    "unknown_school": QT_TRANSLATE_NOOP(
        "Problems", "One of the schools does not exist (any more)."
    ),
    "login_taken": QT_TRANSLATE_NOOP(
        "Problems", "This login name already belongs to another user."
    ),
    "unknown_user": QT_TRANSLATE_NOOP("Problems", "This user does not exist (any more)."),
    "choose_school": QT_TRANSLATE_NOOP("Problems", "Choose at least one school."),
    "guardians_only_pupils": QT_TRANSLATE_NOOP(
        "Problems", "Only pupils have parents or guardians in their dossier."
    ),
    "too_many_guardians": QT_TRANSLATE_NOOP("Problems", "At most %1 parents or guardians."),
    "number_taken": QT_TRANSLATE_NOOP("Problems", "Another person already has this number."),
    "kind_change": QT_TRANSLATE_NOOP(
        "Problems", "A staff member cannot become a pupil, nor the other way round."
    ),
    # -- incidents and the timeline
    "unknown_person": QT_TRANSLATE_NOOP(
        "Problems", "One of the persons is not in the vault (any more)."
    ),
    "no_subject": QT_TRANSLATE_NOOP(
        "Problems", "Add at least one person whose behaviour this is about."
    ),
    "posted_as_without_staff": QT_TRANSLATE_NOOP(
        "Problems",
        "Only for a post by a staff member: add the staff member as the person it is about, "
        "or choose that it is not a staff member's post.",
    ),
    "choose_incident_school": QT_TRANSLATE_NOOP(
        "Problems", "Choose the school this incident belongs to."
    ),
    "not_involved": QT_TRANSLATE_NOOP("Problems", "This person is not involved in that incident."),
    "not_incident_of_person": QT_TRANSLATE_NOOP(
        "Problems", "That incident is not about this person."
    ),
    # -- evidence
    "minor_images_guard": QT_TRANSLATE_NOOP(
        "Problems",
        "In this kind of incident a file may show a sexual image of a minor. Such images may "
        "never be stored or passed on. Confirm explicitly that the file contains no such "
        "image, or record only where, when and by whom it was seen.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("Problems", "Cancelled; nothing was stored."),
    "file_empty": QT_TRANSLATE_NOOP("Problems", "The file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP("Problems", "The file is too large (%1; the limit is %2)."),
    "file_type_mismatch": QT_TRANSLATE_NOOP(
        "Problems",
        "File type by its name: %1; by its content: %2. Check that this is the right file.",
    ),
    "file_grew": QT_TRANSLATE_NOOP(
        "Problems", "The file grew beyond the size limit while it was being read."
    ),
    "seen_where_required": QT_TRANSLATE_NOOP("Problems", "Required: say where it was seen."),
    "seen_by_required": QT_TRANSLATE_NOOP("Problems", "Required: say who saw it."),
    "seen_when_required": QT_TRANSLATE_NOOP("Problems", "Required: say when it was seen."),
    "metadata_only": QT_TRANSLATE_NOOP(
        "Problems", "Only a description was recorded; there is no file."
    ),
    "too_large_to_preview": QT_TRANSLATE_NOOP(
        "Problems", "Too large to preview here; export it instead."
    ),
    "evidence_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored file no longer matches the fingerprint taken when it was added. "
        "Tell the privacy officer.",
    ),
    # -- privacy
    "reason_too_short": QT_TRANSLATE_NOOP(
        "Problems", "Explain in a full sentence why you need this access."
    ),
    "lookup_too_short": QT_TRANSLATE_NOOP(
        "Problems", "Type a pupil number or at least three letters of the name."
    ),
    "early_reason_needed": QT_TRANSLATE_NOOP(
        "Problems",
        "The retention period has not ended yet. Give the reason for destroying the dossier now.",
    ),
    "erasure_refused": QT_TRANSLATE_NOOP("Problems", "This dossier cannot be destroyed now."),
    "erasure_hold": QT_TRANSLATE_NOOP(
        "Problems",
        "A legal hold rests on this dossier (for example an objection, an appeal or a police "
        "report). It cannot be destroyed until HR or the school director lifts the hold.",
    ),
    "erasure_second_person": QT_TRANSLATE_NOOP(
        "Problems",
        "Someone else must agree first: destroying a dossier takes two people. Ask a colleague "
        '(HR or the data protection officer) to choose "Agree to destruction"; then destroy it.',
    ),
    "not_approved": QT_TRANSLATE_NOOP(
        "Problems",
        "You have not agreed to destroying this dossier, so there is nothing to withdraw.",
    ),
    "access_request_answered": QT_TRANSLATE_NOOP(
        "Problems", "This access request has already been answered."
    ),
    "not_a_controlegetal": QT_TRANSLATE_NOOP(
        "Problems", "“%1” is not a check number (controlegetal). A check number looks like %2."
    ),
    # -- settings
    "setting_invalid": QT_TRANSLATE_NOOP("Problems", "This value is not valid."),
    "setting_not_positive": QT_TRANSLATE_NOOP("Problems", "Enter a whole number above zero."),
    "setting_not_yes_no": QT_TRANSLATE_NOOP("Problems", "Choose yes or no."),
    "setting_holidays_shape": QT_TRANSLATE_NOOP(
        "Problems", "The school holidays must each have a first day, a last day and a name."
    ),
    "setting_holiday_invalid": QT_TRANSLATE_NOOP(
        "Problems", "The holiday “%1” ends before it starts, or has no name."
    ),
    "setting_policy_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "This is not a valid retention policy. The administrator can check it with "
        "skot-dossier-admin.",
    ),
    # -- the protocol
    "protocol_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "The protocol file of SKOT Dossier is not valid. Ask the administrator to check it "
        "with skot-dossier-admin.",
    ),
    "protocol_schema": QT_TRANSLATE_NOOP(
        "Problems",
        "The protocol file of SKOT Dossier is not valid. Ask the administrator to check it "
        "with skot-dossier-admin.",
    ),
    "protocol_file_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "The protocol file %1 is not valid. Ask the administrator to check it with "
        "skot-dossier-admin.",
    ),
    "protocol_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "The protocol file %1 cannot be read. Ask the administrator to check it."
    ),
    "protocol_missing": QT_TRANSLATE_NOOP(
        "Problems", "No protocol file was found in %1. Reinstall SKOT Dossier."
    ),
    "protocol_unavailable": QT_TRANSLATE_NOOP(
        "Problems",
        "Protocol %1 is not available in this version of SKOT Dossier. Install the version "
        "that has it.",
    ),
    "protocol_unknown_measure": QT_TRANSLATE_NOOP(
        "Problems", "The measure %1 is not in protocol %2."
    ),
    "protocol_unknown_ladder_measure": QT_TRANSLATE_NOOP(
        "Problems", "The measure %1 is not on the %2 ladder."
    ),
    "protocol_ambiguous_measure": QT_TRANSLATE_NOOP(
        "Problems", "The measure %1 is on more than one ladder; choose one of: %2."
    ),
    "protocol_unknown_ladder": QT_TRANSLATE_NOOP(
        "Problems", "The ladder %1 is not in protocol %2."
    ),
    "protocol_unknown_letter": QT_TRANSLATE_NOOP(
        "Problems", "The letter %1 is not in protocol %2."
    ),
    "protocol_unknown_hard_stop": QT_TRANSLATE_NOOP(
        "Problems", "The hard stop %1 is not in protocol %2."
    ),
    "protocol_unknown_role": QT_TRANSLATE_NOOP("Problems", "The role %1 is not in protocol %2."),
    "holiday_range": QT_TRANSLATE_NOOP(
        "Problems", "The holiday “%1” ends (%2) before it starts. Correct it in Settings."
    ),
    "not_a_school_day": QT_TRANSLATE_NOOP(
        "Problems", "This day is not a school day (a weekend day or a school holiday)."
    ),
    # -- decisions
    "decision_refused": QT_TRANSLATE_NOOP(
        "Problems", "The protocol or the law does not allow this step (yet)."
    ),
    "decision_wrong_decider": QT_TRANSLATE_NOOP(
        "Problems", "This measure is decided by: %1. Your role cannot record it."
    ),
    "decision_intention_mismatch": QT_TRANSLATE_NOOP(
        "Problems",
        "The decision must follow a finalized intention for the same measure in the same dossier.",
    ),
    "decision_final": QT_TRANSLATE_NOOP(
        "Problems", "A final decision cannot be changed. Start a correction instead."
    ),
    "decision_already_final": QT_TRANSLATE_NOOP("Problems", "This decision is already final."),
    "decision_hard_stop_open": QT_TRANSLATE_NOOP(
        "Problems",
        "Steps the law requires in this case are still open and cannot be skipped: %1",
    ),
    "decision_checklist_open": QT_TRANSLATE_NOOP(
        "Problems",
        "Required checklist items are still open: %1. Complete them, or give a written reason "
        "to go on without them.",
    ),
    "decision_needs_intention": QT_TRANSLATE_NOOP(
        "Problems", "A decision on this measure needs a finalized intention first."
    ),
    "decision_grounds_changed": QT_TRANSLATE_NOOP(
        "Problems", "The decision must keep the grounds of the intention."
    ),
    "decision_intention_not_sent": QT_TRANSLATE_NOOP(
        "Problems",
        "The intention letter has not been sent yet. Finalize it first, so the period for "
        "the person's view can run.",
    ),
    "decision_view_period_running": QT_TRANSLATE_NOOP(
        "Problems",
        "The period for the person's view has not ended, and no view has been recorded.",
    ),
    "decision_no_objection": QT_TRANSLATE_NOOP(
        "Problems", "No objection to the board is possible against this decision."
    ),
    "decision_correct_final_only": QT_TRANSLATE_NOOP(
        "Problems", "Only a final decision can be corrected; edit the draft instead."
    ),
    "measure_not_of_ladder": QT_TRANSLATE_NOOP(
        "Problems", "This measure does not belong to the ladder of this dossier (%1)."
    ),
    "unknown_case_fact": QT_TRANSLATE_NOOP("Problems", "One of the case facts is unknown."),
    "case_facts_shape": QT_TRANSLATE_NOOP(
        "Problems", "Name each case fact together with its value."
    ),
    "not_editable": QT_TRANSLATE_NOOP("Problems", "This cannot be changed here."),
    "grounds_fixed": QT_TRANSLATE_NOOP(
        "Problems",
        "The grounds must stay the same as in the intention. A decision on other grounds "
        "needs a new intention.",
    ),
    "fact_derived": QT_TRANSLATE_NOOP(
        "Problems",
        "This follows from the incident (%1). Give a written reason to switch it off.",
    ),
    "not_days": QT_TRANSLATE_NOOP("Problems", "Enter a number of days."),
    "not_moment": QT_TRANSLATE_NOOP("Problems", "Enter a date and a time."),
    "view_missing": QT_TRANSLATE_NOOP(
        "Problems", "Write down the view that was given (or “geen zienswijze”)."
    ),
    "not_on_checklist": QT_TRANSLATE_NOOP(
        "Problems", "This item is not on the checklist of this decision."
    ),
    "facts_required": QT_TRANSLATE_NOOP(
        "Problems", "Required: name the facts the decision relies on."
    ),
    "duration_missing": QT_TRANSLATE_NOOP("Problems", "State the duration of the measure."),
    "duration_not_positive": QT_TRANSLATE_NOOP(
        "Problems", "The duration must be at least one day."
    ),
    "duration_too_long": QT_TRANSLATE_NOOP("Problems", "%1: at most %2 %3; proposed: %4 (%5)."),
    "facts_known_required": QT_TRANSLATE_NOOP(
        "Problems",
        "Required: when the facts became known decides whether this is done without delay.",
    ),
    "justification_needed": QT_TRANSLATE_NOOP(
        "Problems",
        "This measure is %1 than usual in comparable cases (%2). Explain why.",
    ),
    "reason_not_prompt": QT_TRANSLATE_NOOP(
        "Problems", "%1: due by %2 (%3). Say why it is given only now."
    ),
    "reason_start_in_past": QT_TRANSLATE_NOOP(
        "Problems", "The measure starts on %1, before today. Say why it is recorded only now."
    ),
    "start_not_school_day": QT_TRANSLATE_NOOP(
        "Problems",
        "This is not a school day (a weekend day or a school holiday). A suspension counted "
        "in school days starts on a school day.",
    ),
    # -- deadlines
    "deadline_refused": QT_TRANSLATE_NOOP("Problems", "This step cannot be marked done yet."),
    "deadline_order": QT_TRANSLATE_NOOP(
        "Problems", "First complete: %1. The protocol puts it before this step."
    ),
    # -- mandates
    "mandate_refused": QT_TRANSLATE_NOOP(
        "Problems", "This person holds no valid mandate for this; see the mandate register."
    ),
    "mandate_invalid": QT_TRANSLATE_NOOP(
        "Problems", "There is no valid mandate to %1 for this school on %2."
    ),
    "mandate_nobody": QT_TRANSLATE_NOOP(
        "Problems",
        "Nobody holds a valid mandate to %1 for this school. The administrator registers mandates.",
    ),
    "mandate_ambiguous": QT_TRANSLATE_NOOP(
        "Problems", "Several people hold this mandate; choose who acts."
    ),
    # -- letters
    "letter": QT_TRANSLATE_NOOP("Problems", "The letter cannot be made."),
    "letter_invalid": QT_TRANSLATE_NOOP(
        "Problems", "The letter cannot be made. Tell the administrator."
    ),
    "letter_fields_missing": QT_TRANSLATE_NOOP(
        "Problems", "Letter %1 cannot be made yet: required fields are empty."
    ),
    "letter_flag_invalid": QT_TRANSLATE_NOOP(
        "Problems", "The field %1 must be yes or no, not “%2”."
    ),
    "letter_type_unknown": QT_TRANSLATE_NOOP("Problems", "%1 is not a kind of letter."),
    "letter_font_missing": QT_TRANSLATE_NOOP(
        "Problems", "The letter font %1 cannot be loaded. Reinstall SKOT Dossier."
    ),
    "letter_logo_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "The letterhead logo is not a readable image. Choose another in Settings."
    ),
    "letter_logo_empty": QT_TRANSLATE_NOOP(
        "Problems", "The letterhead logo is empty. Choose another in Settings."
    ),
    "letter_template": QT_TRANSLATE_NOOP(
        "Problems",
        "A letter template of SKOT Dossier is not valid. Ask the administrator to check it.",
    ),
    "letter_paragraph_locked": QT_TRANSLATE_NOOP(
        "Problems",
        "This paragraph states the grounds of the intention. A decision keeps them "
        "unchanged, so it cannot be edited or removed.",
    ),
    "letter_refused": QT_TRANSLATE_NOOP("Problems", "This letter cannot be made or changed now."),
    "letter_no_foundation": QT_TRANSLATE_NOOP(
        "Problems", "Enter the foundation's name and address in Settings first."
    ),
    "letter_no_staff_address": QT_TRANSLATE_NOOP(
        "Problems", "This staff member has no postal address in the dossier."
    ),
    "letter_no_inspectie_address": QT_TRANSLATE_NOOP(
        "Problems", "Enter the postal address of the Inspectie in Settings first."
    ),
    "letter_no_guardian": QT_TRANSLATE_NOOP(
        "Problems", "This pupil has no parent or guardian with an address."
    ),
    "letter_no_victim": QT_TRANSLATE_NOOP(
        "Problems",
        "A letter to the victim's parents needs an incident that names a pupil as victim.",
    ),
    "letter_final_unchanged": QT_TRANSLATE_NOOP(
        "Problems", "Only a draft can be edited; a final letter never changes."
    ),
    "letter_already_final": QT_TRANSLATE_NOOP("Problems", "This letter is already final."),
    "letter_proposed": QT_TRANSLATE_NOOP("Problems", "Draft this proposed letter first."),
    "letter_no_signer_role": QT_TRANSLATE_NOOP(
        "Problems", "The letter names no signer with a role. Draft it again."
    ),
    "letter_not_sent": QT_TRANSLATE_NOOP(
        "Problems", "Only a letter that was sent can have been received."
    ),
    "letter_not_final_pdf": QT_TRANSLATE_NOOP(
        "Problems", "Only a final letter has a stored PDF; preview the draft instead."
    ),
    "letter_not_final_export": QT_TRANSLATE_NOOP(
        "Problems", "Finalize the letter before exporting it."
    ),
    "letter_not_final_print": QT_TRANSLATE_NOOP(
        "Problems", "Finalize the letter before printing it."
    ),
    "letter_already_drafted": QT_TRANSLATE_NOOP(
        "Problems", "This letter has already been drafted."
    ),
    "letter_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored letter no longer matches its fingerprint. Tell the privacy officer.",
    ),
    "not_a_decision_here": QT_TRANSLATE_NOOP(
        "Problems", "This decision does not belong to this dossier."
    ),
    "not_a_listed_recipient": QT_TRANSLATE_NOOP("Problems", "Choose one of the listed recipients."),
    "letter_field_derived": QT_TRANSLATE_NOOP(
        "Problems",
        "This follows from the dossier and the decision; it cannot be changed in a letter.",
    ),
    "letter_field_required": QT_TRANSLATE_NOOP("Problems", "Required for this letter."),
    "letter_needs_final_decision": QT_TRANSLATE_NOOP(
        "Problems", "This letter states a decision: draft it from the final decision."
    ),
    "letter_not_of_decision": QT_TRANSLATE_NOOP(
        "Problems", "This decision does not lead to this letter."
    ),
    "letter_needs_text": QT_TRANSLATE_NOOP("Problems", "A letter needs text."),
    # -- police packets
    "unknown_offence": QT_TRANSLATE_NOOP("Problems", "%1 is not an offence the protocol lists."),
    "no_offence": QT_TRANSLATE_NOOP("Problems", "Name at least one offence considered."),
    "power_of_attorney_needed": QT_TRANSLATE_NOOP(
        "Problems",
        "Insult, defamation and libel are prosecuted only on the victim's complaint: enclose "
        "the staff member's signed special power of attorney, or let them report it "
        "themselves.",
    ),
    "packet_evidence_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored evidence %1 no longer matches its fingerprint. Tell the privacy officer.",
    ),
    # -- the vault
    "vault": QT_TRANSLATE_NOOP("Problems", "The vault cannot be used."),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Problems", "The passphrase is not correct. Check Caps Lock and try again."
    ),
    "invalid_recovery_key": QT_TRANSLATE_NOOP(
        "Problems", "This is not a valid recovery key. Check it for typing errors."
    ),
    "not_a_vault": QT_TRANSLATE_NOOP("Problems", "This folder is not a SKOT Dossier vault."),
    "vault_no_passphrase_slot": QT_TRANSLATE_NOOP(
        "Problems",
        "This vault has no passphrase to open it with. Open it with the recovery key, or "
        "restore it from a backup.",
    ),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "This vault was made by a newer version of SKOT Dossier. Install the update first.",
    ),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "This backup was made by a newer version of SKOT Dossier. Install the update first.",
    ),
    "vault_damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "The vault is damaged or was changed outside SKOT Dossier. "
        "Restore it from a backup, and tell the privacy officer.",
    ),
    "vault_database_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The vault's database file is missing. Restore the vault from a backup, and tell the "
        "privacy officer.",
    ),
    "vault_header_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The vault's key file (vault.json) was changed outside SKOT Dossier, so your key "
        "could not be used. This is not counted as a wrong passphrase. Restore vault.json "
        "from a backup, and tell the privacy officer.",
    ),
    "keyslot_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The vault's key file (vault.json) was changed outside SKOT Dossier: the key of login "
        "“%1” no longer matches, so it could not be used. This is not counted as a wrong "
        "passphrase. Restore vault.json from a backup, and tell the privacy officer.",
    ),
    "vault_header_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The vault's key file (vault.json) is damaged or was changed outside SKOT Dossier, so "
        "it cannot be read. Restore vault.json from a backup, and tell the privacy officer.",
    ),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Problems",
        "This vault is already open in another SKOT Dossier window. Close that window first.",
    ),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Problems", "A vault already exists there; it was not overwritten. Choose another place."
    ),
    "keyslot": QT_TRANSLATE_NOOP("Problems", "This key of the vault cannot be used."),
    "keyslot_label_invalid": QT_TRANSLATE_NOOP(
        "Problems", "This login name cannot be used. Choose another one (1 to 80 characters)."
    ),
    "keyslot_label_taken": QT_TRANSLATE_NOOP(
        "Problems", "The login name “%1” is already in use. Choose another one."
    ),
    "keyslot_unknown_label": QT_TRANSLATE_NOOP("Problems", "There is no login “%1” in this vault."),
    "keyslot_missing": QT_TRANSLATE_NOOP("Problems", "This key does not exist (any more)."),
    "keyslot_last": QT_TRANSLATE_NOOP(
        "Problems", "The last passphrase of the vault cannot be removed."
    ),
    "keyslot_no_recovery": QT_TRANSLATE_NOOP("Problems", "This vault has no recovery key."),
    "keyslot_unknown_kind": QT_TRANSLATE_NOOP("Problems", "Unknown kind of key: %1."),
    "keyslot_recovery_cannot_change": QT_TRANSLATE_NOOP(
        "Problems",
        "You opened the vault with the recovery key. Open it with your passphrase to change "
        "that passphrase.",
    ),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "Problems",
        "Choose a longer passphrase (at least 10 characters, not only the same few letters).",
    ),
    "weak_passphrase_short": QT_TRANSLATE_NOOP(
        "Problems", "Choose a longer passphrase (at least %1 characters)."
    ),
    "weak_passphrase_repetitive": QT_TRANSLATE_NOOP(
        "Problems", "Choose a passphrase with more different characters, not the same few letters."
    ),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Problems", "The backup file is damaged or is not a SKOT Dossier backup."
    ),
    "backup_checksum": QT_TRANSLATE_NOOP(
        "Problems", "The backup file is damaged: a checksum does not match."
    ),
    "backup_database_damaged": QT_TRANSLATE_NOOP(
        "Problems", "The database in the backup is damaged."
    ),
    "backup_mixed": QT_TRANSLATE_NOOP(
        "Problems", "The parts of the backup do not belong to the same vault."
    ),
    "backup_audit_broken": QT_TRANSLATE_NOOP(
        "Problems", "The audit log in the backup does not verify."
    ),
}


def _seconds_to_wait(seconds: int) -> str:
    return QCoreApplication.translate(
        "Problems", "Too many wrong attempts. You can try again in %n second(s).", None, seconds
    )


# Texts with a count (%n chooses the plural form): the parameter that is the count.
PLURALS = {"unlock_throttled": ("seconds", _seconds_to_wait)}

# Restoring a backup: the same codes, said for that situation.
RESTORE_TEXTS = {
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "This backup file is damaged, incomplete or not a SKOT Dossier backup, or its audit "
        "log does not verify. Nothing was restored. Try another backup file.",
    ),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Problems",
        "The chosen folder is not empty: there is already a vault or other files in it. "
        'Choose a new, empty folder, or tick "Replace the existing vault".',
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Problems",
        "This passphrase or recovery key does not open this backup. Use a passphrase that "
        "was valid when the backup was made.",
    ),
    "invalid_recovery_key": QT_TRANSLATE_NOOP(
        "Problems",
        "This is not a valid recovery key. Check it for typing errors; the hyphens may be "
        "left out.",
    ),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Problems",
        "The vault you want to replace is open right now, in this or another SKOT Dossier "
        "window. Close it there first; nothing was changed.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Problems",
        "The disk is full. Nothing was restored and the existing vault is unchanged. Free "
        "some space and try again.",
    ),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "This backup was made by a newer version of SKOT Dossier. Install the update first.",
    ),
    "keyslot_no_recovery": QT_TRANSLATE_NOOP(
        "Problems", "This backup has no recovery key. Use a passphrase instead."
    ),
}
for _code in ("backup_checksum", "backup_database_damaged", "backup_mixed", "backup_audit_broken"):
    RESTORE_TEXTS[_code] = RESTORE_TEXTS["backup_invalid"]
RESTORE_TEXTS["backup_too_new"] = RESTORE_TEXTS["vault_too_new"]

# Parameters that are codes, per kind.
CODE_TEXTS = {
    MANDATE_KIND: {
        "police_report": QT_TRANSLATE_NOOP(
            "Problems", "file a police report on behalf of the foundation"
        ),
        "sign_letters": QT_TRANSLATE_NOOP(
            "Problems", "sign letters and decisions on behalf of the board"
        ),
    },
    COMPARISON: {
        "heavier": QT_TRANSLATE_NOOP("Problems", "heavier"),
        "lighter": QT_TRANSLATE_NOOP("Problems", "lighter"),
    },
    UNIT: {
        "days": QT_TRANSLATE_NOOP("Problems", "days"),
        "school_days": QT_TRANSLATE_NOOP("Problems", "school days"),
    },
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def param_text(kind: str, value: object) -> str:
    """One parameter as the reader should see it."""
    if isinstance(value, tuple):
        return "; ".join(param_text(kind, v) for v in value)
    if isinstance(value, Term):
        return value.nl if QLocale().language() == QLocale.Language.Dutch else value.en
    if kind == DATE and isinstance(value, date):
        return date_text(value)
    if kind == SIZE and isinstance(value, int):
        return size_text(value)
    if kind == MEDIA_TYPE:
        return labels.media_type(str(value))
    if kind in CODE_TEXTS:
        text = CODE_TEXTS[kind].get(str(value))
        return _tr(text) if text else str(value)
    return str(value)


def problem_text(problem: Problem) -> str:
    """One problem as a sentence in the user's language."""
    return _problem_text(problem, TEXTS.get(problem.code))


def _problem_text(problem: Problem, template: str | None) -> str:
    if problem.code in PLURALS:
        name, text = PLURALS[problem.code]
        count = problem.params[name]
        return text(min(count, 999_999) if isinstance(count, int) else 0)
    if template is None:  # only the command line's codes: never on a screen
        return problem.english()
    values = [
        param_text(kind, problem.params[name])
        for name, kind in problem.spec.kinds.items()
        if kind != DETAIL
    ]
    return fmt(_tr(template), *values)


def error_text(exc: BaseException) -> str:
    """A sentence for a person; never a traceback."""
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(p) for p in exc.problems.values())
    if isinstance(exc, SkotError):
        return problem_text(exc.problem)
    if isinstance(exc, OSError):
        return fmt(
            QCoreApplication.translate(
                "Messages", "The file could not be read or written: %1. Nothing was changed."
            ),
            exc.strerror or type(exc).__name__,
        )
    return fmt(
        QCoreApplication.translate(
            "Messages", "Something went wrong. Nothing was changed. Details: %1"
        ),
        type(exc).__name__,
    )


def restore_error_text(exc: BaseException) -> str:
    """Like :func:`error_text`, in the words of restoring a backup."""
    if isinstance(exc, SkotError) and exc.code in RESTORE_TEXTS:
        return _problem_text(exc.problem, RESTORE_TEXTS[exc.code])
    return error_text(exc)
