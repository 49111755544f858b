"""AVG: need-to-know, break the glass, restriction, retention, erasure, audit review, register."""

from __future__ import annotations

import subprocess
import uuid
from datetime import UTC, date, datetime

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import audit_review, decisions, incidents, people, privacy, register
from skot_dossier.services import search as search_service
from skot_dossier.services.people import NotFound
from skot_dossier.services.permissions import PermissionDenied
from skot_dossier.services.privacy import ErasureRefused
from skot_dossier.services.restriction import Restricted
from skot_dossier.services.session import Session
from skot_dossier.services.settings import set_setting
from skot_dossier.store import people as people_store
from skot_dossier.vault.migrations import BACKUP_DIR
from tests.sqlcipher_pages import plaintext_contains
from tests.vaults import incident_draft, pupil_draft, staff_draft


def _as(world, role, name, user_id, schools=frozenset()):
    return Session(world.admin.vault, Actor(name, role, user_id, frozenset(schools)), "test")


# -- need to know and break the glass ------------------------------------------


def test_hr_sees_a_pupil_dossier_only_with_a_case_reason(world):
    director = world.as_role("director")
    pupil, dossier = people.create_person(
        director, pupil_draft(world.school_a, "L-77", given="Zoë", family="Dvořák")
    )
    hr = _as(world, "hr", "Hanna HR", "user-hr-2")
    with pytest.raises(PermissionDenied) as denied:
        people.open_dossier(hr, dossier.id)
    assert denied.value.can_break_glass
    assert dossier.id not in {r.dossier_id for r in people.list_dossiers(hr, limit=1000)}
    assert all(h.ref_id != pupil.id for h in search_service.search(hr, "Dvořák"))
    privacy.record_case_reason(hr, pupil.id, "Slachtoffer in zaak over groepsapp groep 7")
    assert people.open_dossier(hr, dossier.id).person.family_name == "Dvořák"
    assert dossier.id in {r.dossier_id for r in people.list_dossiers(hr, limit=1000)}
    assert any(h.ref_id == pupil.id for h in search_service.search(hr, "Dvorak"))
    # Staff dossiers need no reason.
    assert people.get_person(hr, world.staff_a.id).family_name == "Wójcik"


def test_break_the_glass_is_per_session_and_flagged(world):
    director = world.as_role("director")
    with pytest.raises(PermissionDenied):
        people.open_dossier(director, world.dossier_b.id)
    with pytest.raises(ValidationError):
        privacy.break_glass(director, world.pupil_b.id, "nodig")
    privacy.break_glass(
        director,
        world.pupil_b.id,
        "Leerling staat vandaag op onze school; ouders vragen om informatie",
    )
    assert people.open_dossier(director, world.dossier_b.id).person.id == world.pupil_b.id
    fresh = world.as_role("director")
    with pytest.raises(PermissionDenied):
        people.open_dossier(fresh, world.dossier_b.id)
    po = world.as_role("privacy_officer")
    flagged = audit_review.review(po, flagged_only=True)
    glass = [r for r in flagged if "break-glass" in r.flags]
    assert [r.entry.action for r in glass] == ["view", "break-glass"]  # the use and the grant
    assert all(r.entry.purpose.startswith("Leerling staat vandaag") for r in glass)
    assert any("denied" in r.flags for r in flagged)
    with pytest.raises(PermissionDenied):
        privacy.break_glass(po, world.pupil_b.id, "Ik wil even meekijken in dit dossier")


def test_privacy_officer_answers_who_looked_at_this_pupils_file_and_why(world):
    hr = world.as_role("hr")
    people.open_dossier(hr, world.dossier_a.id)
    po = world.as_role("privacy_officer")
    with pytest.raises(PermissionDenied):
        people.open_dossier(po, world.dossier_a.id)
    (found,) = [
        p for p in audit_review.find_person(po, "Yılmaz") if p.number == world.pupil_a.number
    ]
    rows = audit_review.who_looked(po, found.person_id)
    viewers = {(r.entry.actor, r.entry.action) for r in rows}
    assert ("test-hr", "view") in viewers
    assert ("test-privacy_officer", "denied") in viewers
    assert all(r.subject_name == "Şeyma Yılmaz" for r in rows)


def test_unusual_hours_and_bulk_are_flagged(world):
    audit = world.admin.vault.audit
    with world.admin.db.transaction():
        audit.append(
            actor="x",
            role="hr",
            action="view",
            subject_id=world.pupil_a.id,
            at=datetime(2026, 11, 22, 2, 30, tzinfo=UTC),
        )  # a Sunday night
        audit.append(actor="x", role="hr", action="list", details={"rows": 500})
    rows = audit_review.review(world.as_role("privacy_officer"), actor="x")
    flags = {r.entry.action: r.flags for r in rows}
    assert "unusual-hours" in flags["view"]
    assert "bulk" in flags["list"]


# -- restriction ---------------------------------------------------------------


def test_restricted_dossier_can_be_read_not_changed(world):
    hr = world.as_role("hr")
    privacy.restrict_processing(hr, world.dossier_a.id, "Betrokkene betwist de juistheid")
    assert people.open_dossier(hr, world.dossier_a.id)
    with pytest.raises(Restricted):
        incidents.add_timeline_entry(hr, world.dossier_a.id, "note", date.today(), "notitie")
    with pytest.raises(Restricted):
        people.update_person(
            hr,
            world.pupil_a.id,
            pupil_draft(world.school_a, world.pupil_a.number, group="7"),
            "groep",
        )
    with pytest.raises(Restricted):
        decisions.start_decision(hr, world.dossier_a.id, "pupil.waarschuwing")
    privacy.lift_restriction(hr, world.dossier_a.id)
    incidents.add_timeline_entry(hr, world.dossier_a.id, "note", date.today(), "notitie")


# -- retention -----------------------------------------------------------------


def _leaver(world, number, end, *, staff=True, given="Anna"):
    hr = world.as_role("hr")
    if staff:
        draft = staff_draft(
            world.school_a, number, given_name=given, family_name="Vertrokken", employment_end=end
        )
        return people.create_person(hr, draft)
    draft = pupil_draft(world.school_a, number, given=given, family="Vertrokken", date_left=end)
    return people.create_person(hr, draft, case_reason="Oude zaak")


def _item(session, dossier_id, today):
    return next(i for i in privacy.retention_overview(session, today) if i.dossier_id == dossier_id)


def test_retention_dates_edge_cases(world):
    hr = world.as_role("hr")
    today = date(2026, 11, 26)
    _, still_employed = _leaver(world, "P-50", None)
    _, leap = _leaver(world, "P-51", date(2024, 2, 29))
    _, pupil = _leaver(world, "L-52", date(2025, 7, 10), staff=False)
    item = _item(hr, still_employed.id, today)
    assert item.review_on is None and not item.due
    item = _item(hr, leap.id, today)
    assert item.review_on == date(2026, 2, 28) and item.due
    item = _item(hr, pupil.id, today)
    assert item.review_on == date(2027, 7, 10) and not item.due
    hold = privacy.place_legal_hold(hr, leap.id, "appeal", "Beroep ingesteld")
    item = _item(hr, leap.id, today)
    assert item.on_hold and not item.due
    assert leap.id not in {i.dossier_id for i in privacy.retention_overview(hr, today, True)}
    privacy.lift_legal_hold(hr, leap.id, hold.id)
    assert _item(hr, leap.id, today).due
    with pytest.raises(ValidationError):
        privacy.place_legal_hold(hr, leap.id, "gossip", "")


def test_erasure_leaves_no_trace_but_a_receipt(world, tmp_path):
    hr = _as(world, "hr", "Hanna HR", "user-hr")
    po = _as(world, "privacy_officer", "Piet FG", "user-po")
    canary = f"CANARY{uuid.uuid4().hex[:12]}"
    person, dossier = _leaver(world, "P-60", date(2020, 1, 31), given=canary)
    inc = incidents.record_incident(
        world.as_role("hr"),
        incident_draft(
            world.school_a, person, title=f"Incident {canary}", description=f"Tekst {canary}"
        ),
    )
    incidents.add_timeline_entry(
        world.as_role("hr"), dossier.id, "note", date(2021, 1, 5), f"Notitie {canary}"
    )
    import io

    from skot_dossier.domain.drafts import EvidenceDraft
    from skot_dossier.services import evidence

    evidence.add_evidence(
        world.as_role("hr"),
        inc.id,
        io.BytesIO(canary.encode() * 500),
        EvidenceDraft(original_name="chat.txt", description=canary),
    )
    (world.admin.vault.folder / BACKUP_DIR).mkdir(exist_ok=True)
    (world.admin.vault.folder / BACKUP_DIR / "old.db").write_bytes(b"old copy")
    db_file = world.admin.vault.folder / "dossier.db"
    key = world.admin.vault.database_key
    world.admin.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert plaintext_contains(db_file, key, canary.encode())

    with pytest.raises(ErasureRefused) as second:
        privacy.erase_dossier(hr, dossier.id)
    assert second.value.code == "erasure_second_person"
    privacy.approve_erasure(po, dossier.id)
    hold = privacy.place_legal_hold(hr, dossier.id, "police_report", "Aangifte loopt")
    with pytest.raises(ErasureRefused) as held:
        privacy.erase_dossier(hr, dossier.id)
    assert held.value.code == "erasure_hold"
    privacy.lift_legal_hold(hr, dossier.id, hold.id)
    receipt = privacy.erase_dossier(hr, dossier.id)

    assert receipt.record == "staff" and receipt.approved_by == ("Piet FG",)
    assert receipt.counts["persons"] >= 1 and receipt.counts["evidence"] == 1
    assert people_store.get_person(world.admin.db, person.id) is None
    assert not (world.admin.vault.folder / BACKUP_DIR).exists()
    for path in world.admin.vault.folder.iterdir():
        if path.name.startswith("dossier.db"):
            assert not plaintext_contains(path, key, canary.encode()), path.name
    assert canary not in "".join(e.details + e.purpose for e in world.admin.vault.audit.entries())
    assert world.admin.vault.audit.verify().ok
    assert world.admin.db.integrity_problems() == []
    assert [r.seq for r in privacy.erasure_receipts(po)] == [receipt.seq]


def test_an_agreement_to_erase_can_be_withdrawn_until_the_second_person_acts(world):
    person, dossier = _leaver(world, "W-1", date(2020, 7, 31), given="Wim")
    hr = _as(world, "hr", "Hanna HR", "u-hr")
    po = _as(world, "privacy_officer", "Piet FG", "u-po")
    preview = privacy.erasure_preview(po, dossier.id)
    assert (preview.name, preview.number, preview.item.due) == ("Wim Vertrokken", "W-1", True)
    assert preview.counts["persons"] >= 1 and preview.counts["dossiers"] == 1
    assert people_store.get_person(world.admin.db, person.id) is not None  # only counted
    assert world.admin.vault.audit.verify().ok
    with pytest.raises(privacy.NotApproved):
        privacy.withdraw_erasure_approval(po, dossier.id)  # nothing to withdraw yet
    privacy.approve_erasure(po, dossier.id)
    privacy.withdraw_erasure_approval(po, dossier.id)
    entries = world.admin.vault.audit.entries()
    assert entries[-1].action == "withdraw-erasure-approval"
    assert entries[-1].subject_id == person.id and entries[-1].actor == "Piet FG"
    assert privacy.erasure_preview(hr, dossier.id).item.approvals == ()
    with pytest.raises(ErasureRefused, match="second person"):
        privacy.erase_dossier(hr, dossier.id)  # the withdrawn agreement no longer counts
    privacy.approve_erasure(po, dossier.id)
    privacy.erase_dossier(hr, dossier.id)
    with pytest.raises(NotFound):
        privacy.withdraw_erasure_approval(po, dossier.id)  # too late: it is gone


def test_erasure_before_the_review_date_needs_a_reason(world):
    set_setting(world.admin, "retention.two_person_approval", "false")
    hr = world.as_role("hr")
    with pytest.raises(ValidationError) as caught:
        privacy.erase_dossier(hr, world.dossier_b.id)
    assert "early_reason" in caught.value.problems
    receipt = privacy.erase_dossier(
        hr, world.dossier_b.id, early_reason="Verzoek tot wissen (AVG art. 17) toegekend"
    )
    assert receipt.early_reason_given and receipt.approved_by == ()


# -- audit exports and checkpoint ----------------------------------------------


def test_audit_csv_and_pdf_exports_state_verification_and_anchor(world, tmp_path):
    po = world.as_role("privacy_officer")
    csv_file = audit_review.export_csv(po, tmp_path / "log.csv")
    text = csv_file.read_text("utf-8-sig")
    assert "Keten intact" in text and "controlegetal" in text
    assert "Şeyma Yılmaz" in text  # subject names resolved for the reviewer
    assert oct(csv_file.stat().st_mode & 0o777) == "0o600"
    pdf_file = audit_review.export_pdf(po, tmp_path / "log.pdf")
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(pdf_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Logboek SKOT Dossier" in pdf_text and "Keten intact" in pdf_text
    exports = [e for e in world.admin.vault.audit.entries() if e.action == "export"]
    assert [e.details_dict()["format"] for e in exports[-2:]] == ["csv", "pdf"]
    with pytest.raises(PermissionDenied):
        audit_review.export_csv(world.as_role("hr"), tmp_path / "x.csv")


def test_checkpoint_anchor_proves_a_later_rewrite(world, tmp_path):
    po = world.as_role("privacy_officer")
    target = audit_review.checkpoint_pdf(po, tmp_path / "checkpoint.pdf")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    from skot_dossier.audit import Anchor

    anchor_text = next(
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Controlegetal:")
    )
    anchor = Anchor.parse(anchor_text)
    assert world.admin.vault.audit.verify([anchor]).ok
    # An insider drops the triggers and rewrites an entry before the anchor.
    db = world.admin.db
    db.execute("DROP TRIGGER audit_no_update")
    db.execute("UPDATE audit_log SET actor = 'niemand' WHERE seq = 2")
    report = world.admin.vault.audit.verify([anchor])
    assert not report.ok


# -- register ------------------------------------------------------------------


def test_register_matches_settings(world, tmp_path):
    admin = world.admin
    entry = register.register_entry(admin)
    assert "in te vullen" in entry.controller
    set_setting(admin, "foundation.name", "Stichting Voorbeeld <b>& Co</b>")
    set_setting(admin, "register.po_name", "Mr. Ŝ. Jansen")
    set_setting(admin, "register.po_contact", "fg@voorbeeld.example")
    entry = register.register_entry(admin)
    assert entry.controller == "Stichting Voorbeeld <b>& Co</b>"
    assert any("2 jaar na einde dienstverband" in r for r in entry.retention)
    markdown = register.export_register(admin, tmp_path / "register.md", "md").read_text()
    assert "Stichting Voorbeeld \\<b\\>& Co\\</b\\>" in markdown
    assert "fg@voorbeeld.example" in markdown
    pdf = register.export_register(admin, tmp_path / "register.pdf", "pdf")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Mr. Ŝ. Jansen" in text and "Stichting Voorbeeld <b>& Co</b>" in text
    assert "Bewaartermijnen" in text


def test_changed_retention_policy_changes_review_dates(world):
    import json

    from skot_dossier.privacy.retention import default_policy

    policy = json.loads(default_policy().to_json())
    policy["rules"][0]["years"] = 7
    set_setting(world.admin, "retention.policy", json.dumps(policy))
    hr = world.as_role("hr")
    _, dossier = _leaver(world, "P-70", date(2024, 3, 1))
    assert _item(hr, dossier.id, date.today()).review_on == date(2031, 3, 1)
    assert any("7 jaar" in r for r in register.register_entry(world.admin).retention)


def test_erasure_takes_letters_packets_and_access_requests_along(world, tmp_path):
    from skot_dossier.services import access_request, correspondence, packets

    set_setting(world.admin, "retention.two_person_approval", "false")
    set_setting(world.admin, "foundation.name", "Stichting Voorbeeld")
    hr = world.as_role("hr")
    person, dossier = _leaver(world, "P-80", date(2020, 1, 31), given="Erik")
    inc = incidents.record_incident(hr, incident_draft(world.school_a, person, title="Oud"))
    draft = decisions.start_decision(hr, dossier.id, "staff.bespreekbaar_maken", incident_id=inc.id)
    decisions.update_draft(hr, draft.id, facts_relied_on="Feiten", grounds="Gronden")
    for row in decisions.checklist(hr, draft.id):
        decisions.set_checklist_item(hr, draft.id, row.item.id, True)
    decisions.finalize(hr, draft.id)
    proposed = correspondence.list_letters(hr, dossier.id)
    assert proposed  # the decision proposed its letters
    packets.build_police_packet(
        hr,
        inc.id,
        packets.PacketRequest(world.police_mandate, ("art. 285 Sr",)),
        tmp_path / "p.zip",
    )
    access_request.register_access_request(hr, person.id, date.today())
    receipt = privacy.erase_dossier(hr, dossier.id)
    assert receipt.counts["letters"] == len(proposed)
    assert receipt.counts["packets"] == 1 and receipt.counts["access_requests"] == 1
    assert world.admin.vault.audit.verify().ok
    # Reference numbers never come back after letters were erased.
    staff_dossier = people_store.dossier_of_person(world.admin.db, world.staff_a.id)
    from skot_dossier.documents.samples import SAMPLE_FIELDS

    first, _ = correspondence.draft_letter(
        hr, staff_dossier.id, "staff_warning", fields=SAMPLE_FIELDS["staff_warning"]
    )
    second, _ = correspondence.draft_letter(
        hr, staff_dossier.id, "staff_warning", fields=SAMPLE_FIELDS["staff_warning"]
    )
    assert first.reference != second.reference


def test_verify_checks_filed_controlegetallen(world):
    po = world.as_role("privacy_officer")
    head = str(world.admin.vault.audit.head())
    assert audit_review.verify_log(po, [head]).ok
    with pytest.raises(ValidationError):
        audit_review.verify_log(po, ["geen getal"])
    report = audit_review.verify_log(po, ["99999-0123456789abcdef"])
    assert not report.ok and report.first_problem.kind == "anchor-missing"


def test_a_mistyped_controlegetal_is_reported_as_mistyped_not_as_a_rewritten_log(world):
    po = world.as_role("privacy_officer")
    head = str(world.admin.vault.audit.head())
    typo = head[:-1] + ("2" if head[-1] != "2" else "3")
    report = audit_review.verify_log(po, [typo])
    assert report.ok and report.mistyped == (typo,) and report.anchors_checked == 0
    entry = world.admin.vault.audit.entries()[-1]
    assert (entry.action, entry.details_dict()["mistyped"]) == ("verify", 1)
    both = audit_review.verify_log(po, [head, typo])
    assert both.ok and both.anchors_checked == 1 and both.mistyped == (typo,)


def test_restoring_an_older_backup_names_the_dossiers_erased_since(world, tmp_path):
    from skot_dossier.vault import Vault, create_backup, restore_backup
    from tests.helpers import PASSPHRASE

    set_setting(world.admin, "retention.two_person_approval", "false")
    hr = world.as_role("hr")
    _, dossier = _leaver(world, "P-90", date(2021, 1, 31))
    backup = create_backup(world.admin.vault, tmp_path / "old.skotbackup")
    privacy.erase_dossier(hr, dossier.id)
    folder = world.admin.vault.folder
    world.admin.vault.close()
    report = restore_backup(backup.path, folder, PASSPHRASE, replace=True)
    assert report.erased_since_backup == (dossier.id,)
    with Vault.open(folder, PASSPHRASE) as restored:
        (entry,) = [e for e in restored.audit.entries() if e.action == "restore"]
        assert entry.details_dict()["erased_since_backup"] == [dossier.id]
        assert audit_review.flags_of(entry).count("erasure") == 1
