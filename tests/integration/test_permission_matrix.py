"""Every role × every service function, cell by cell, on a real vault.

For each service call the test knows which operation of the permission
matrix it needs and which school the record belongs to; the expected outcome
comes from the matrix itself, and a refusal must leave a "denied" audit entry.
"""

from __future__ import annotations

import inspect
import io
import tempfile
from datetime import date
from pathlib import Path

import pytest

from skot_dossier.domain.actor import Actor
from skot_dossier.domain.drafts import AddressDraft, EvidenceDraft, PartyDraft
from skot_dossier.services import (
    access_request,
    audit_review,
    correspondence,
    deadlines,
    decisions,
    evidence,
    incidents,
    letter_content,
    mandates,
    packets,
    people,
    privacy,
    register,
    rules,
    search,
    settings,
)
from skot_dossier.services.permissions import (
    MATRIX,
    PUPIL_NEED_TO_KNOW,
    PermissionDenied,
    allowed,
)
from skot_dossier.services.session import Session
from tests.helpers import school_day
from tests.integration.letter_cases import INVITATION
from tests.vaults import PNG, incident_draft, pupil_draft, staff_draft

ROLES = ["hr", "director", "privacy_officer", "admin", "none"]
SIDES = ["a", "b"]  # the director manages school a only


def _rec(world, side):
    return {
        "world": world,
        "school": world.school_a if side == "a" else world.school_b,
        "pupil": world.pupil_a if side == "a" else world.pupil_b,
        "dossier": world.dossier_a if side == "a" else world.dossier_b,
        "incident": world.incident_a if side == "a" else world.incident_b,
        "evidence": world.evidence_a if side == "a" else world.evidence_b,
    }


_counter = iter(range(10_000))


def _n() -> str:
    return str(next(_counter))


# name -> (operation, call(session, record, tmp_path)); None schools = not record-bound
CASES = {
    "people.add_school": (
        "school.manage",
        False,
        lambda s, r, t: people.add_school(
            s,
            "Nieuwe school",
            f"9Z{_n()}",
            AddressDraft("Weg 1", "7671 AB", "Vriezenveen"),
            "Piet Jansen",
        ),
    ),
    "people.list_schools": ("school.list", False, lambda s, r, t: people.list_schools(s)),
    "people.add_user": (
        "user.manage",
        False,
        lambda s, r, t: people.add_user(s, "Nieuwe gebruiker", "hr", f"user{_n()}"),
    ),
    "people.list_users": ("user.list", False, lambda s, r, t: people.list_users(s)),
    "people.create_person": (
        "person.create",
        True,
        lambda s, r, t: people.create_person(
            s, pupil_draft(r["school"], f"N-{_n()}"), case_reason="Melding"
        ),
    ),
    "people.get_person": ("person.view", True, lambda s, r, t: people.get_person(s, r["pupil"].id)),
    "people.update_person": (
        "person.update",
        True,
        lambda s, r, t: people.update_person(
            s,
            r["pupil"].id,
            pupil_draft(
                r["school"],
                r["pupil"].number,
                group=f"7{_n()}"[:3],
                given=r["pupil"].given_name,
                family=r["pupil"].family_name,
            ),
            "correctie",
        ),
    ),
    "people.person_history": (
        "history.view",
        True,
        lambda s, r, t: people.person_history(s, r["pupil"].id),
    ),
    "people.list_dossiers": ("dossier.list", False, lambda s, r, t: people.list_dossiers(s)),
    "people.open_dossier": (
        "dossier.view",
        True,
        lambda s, r, t: people.open_dossier(s, r["dossier"].id),
    ),
    "people.set_dossier_status": (
        "dossier.update",
        True,
        lambda s, r, t: people.set_dossier_status(s, r["dossier"].id, "monitoring", "volgen"),
    ),
    "incidents.record_incident": (
        "incident.create",
        True,
        lambda s, r, t: incidents.record_incident(s, incident_draft(r["school"], r["pupil"])),
    ),
    "incidents.unlisted_pupils": (
        "incident.create",
        False,
        lambda s, r, t: incidents.unlisted_pupils(
            s, incident_draft(r["school"], r["pupil"], description="Met Nguyễn Thị Lan")
        ),
    ),
    "incidents.get_incident": (
        "incident.view",
        True,
        lambda s, r, t: incidents.get_incident(s, r["incident"].id),
    ),
    "incidents.update_incident": (
        "incident.update",
        True,
        lambda s, r, t: incidents.update_incident(
            s,
            r["incident"].id,
            incident_draft(r["school"], r["pupil"], title=f"Titel {_n()}"),
            "correctie",
        ),
    ),
    "incidents.incident_history": (
        "history.view",
        True,
        lambda s, r, t: incidents.incident_history(s, r["incident"].id),
    ),
    "incidents.add_timeline_entry": (
        "timeline.add",
        True,
        lambda s, r, t: incidents.add_timeline_entry(
            s, r["dossier"].id, "note", date.today(), "notitie"
        ),
    ),
    "evidence.add_evidence": (
        "evidence.add",
        True,
        lambda s, r, t: evidence.add_evidence(
            s, r["incident"].id, io.BytesIO(PNG), EvidenceDraft(original_name="x.png")
        ),
    ),
    "evidence.add_evidence_metadata_only": (
        "evidence.add",
        True,
        lambda s, r, t: evidence.add_evidence_metadata_only(
            s,
            r["incident"].id,
            EvidenceDraft(
                seen_where="groepsapp", seen_by="juf", captured_at=r["incident"].known_at
            ),
        ),
    ),
    "evidence.list_evidence": (
        "evidence.view",
        True,
        lambda s, r, t: evidence.list_evidence(s, r["incident"].id),
    ),
    "evidence.read_evidence": (
        "evidence.view",
        True,
        lambda s, r, t: evidence.read_evidence(s, r["evidence"]),
    ),
    "evidence.export_evidence": (
        "evidence.export",
        True,
        lambda s, r, t: evidence.export_evidence(s, r["evidence"], t / f"export-{_n()}.png"),
    ),
    "search.search": ("search", False, lambda s, r, t: search.search(s, "Yılmaz")),
    "settings.set_setting": (
        "settings.manage",
        False,
        lambda s, r, t: settings.set_setting(s, "evidence.max_bytes", "1000000000"),
    ),
}


def _draft(r, ready=False):
    """A fresh pupil draft in the record's dossier, prepared by HR."""
    hr = r["world"].as_role("hr")
    draft = decisions.start_decision(hr, r["dossier"].id, "pupil.bespreekbaar_maken")
    decisions.update_draft(hr, draft.id, facts_relied_on="Feiten", grounds="Gronden")
    if ready:
        for row in decisions.checklist(hr, draft.id):
            decisions.set_checklist_item(hr, draft.id, row.item.id, True)
    return draft.id


def _refusal_after_permission(call, *args):
    with pytest.raises(decisions.DecisionRefused):
        call(*args)


def _final(r):
    return decisions.finalize(r["world"].as_role("hr"), _draft(r, ready=True)).id


def _deadline(r):
    hr = r["world"].as_role("hr")
    draft = decisions.start_decision(
        hr, r["dossier"].id, "pupil.schorsing", case_facts={"suspension_days": 2}
    )
    decisions.update_draft(
        hr,
        draft.id,
        facts_relied_on="Feiten",
        grounds="Gronden",
        duration_days=2,
        start_date=school_day(date.today()),
    )
    for row in decisions.checklist(hr, draft.id):
        decisions.set_checklist_item(hr, draft.id, row.item.id, True)
    final = decisions.finalize(hr, draft.id)
    return deadlines.dossier_deadlines(hr, final.dossier_id)[0].id


# Decision services need a record prepared by HR first: (operation, bound, prepare, call).
PREPARED = {
    "decisions.update_draft": (
        "decision.update",
        _draft,
        lambda s, x: decisions.update_draft(s, x, grounds="Gronden"),
    ),
    "decisions.checklist": ("decision.view", _draft, decisions.checklist),
    "decisions.reasons_needed": ("decision.view", _draft, decisions.reasons_needed),
    "decisions.set_checklist_item": (
        "decision.update",
        _draft,
        lambda s, x: decisions.set_checklist_item(s, x, "facts_recorded", True),
    ),
    "decisions.precedent_report": ("decision.view", _draft, decisions.precedent_report),
    "decisions.finalize": (
        "decision.finalize",
        lambda r: _draft(r, ready=True),
        decisions.finalize,
    ),
    "decisions.start_correction": ("decision.create", _final, decisions.start_correction),
    # A warning allows no objection: an allowed role gets past the permission check to
    # that refusal (test_objection covers the objection itself).
    "decisions.record_objection": (
        "decision.update",
        _final,
        lambda s, x: _refusal_after_permission(decisions.record_objection, s, x, date.today()),
    ),
    "decisions.get_decision": ("decision.view", _draft, decisions.get_decision),
    "deadlines.complete_deadline": ("deadline.update", _deadline, deadlines.complete_deadline),
}
CASES.update(
    {
        "decisions.ladder_overview": (
            "decision.view",
            True,
            lambda s, r, t: decisions.ladder_overview(s, r["dossier"].id),
        ),
        "decisions.start_decision": (
            "decision.create",
            True,
            lambda s, r, t: decisions.start_decision(s, r["dossier"].id, "pupil.waarschuwing"),
        ),
        "decisions.list_decisions": (
            "decision.view",
            True,
            lambda s, r, t: decisions.list_decisions(s, r["dossier"].id),
        ),
        "deadlines.deadlines_overview": (
            "deadline.view",
            False,
            lambda s, r, t: deadlines.deadlines_overview(s),
        ),
        "deadlines.dossier_deadlines": (
            "deadline.view",
            True,
            lambda s, r, t: deadlines.dossier_deadlines(s, r["dossier"].id),
        ),
    }
)


def _leaver(r):
    """A staff member of the record's school who left long ago, registered by HR."""
    hr = r["world"].as_role("hr")
    draft = staff_draft(r["school"], f"V-{_n()}", employment_end=date(2020, 1, 31))
    return people.create_person(hr, draft)[1].id


def _approved_leaver(r):
    """A leaver's dossier the session about to act has agreed to destroy (if it may)."""
    dossier_id = _leaver(r)
    session = r["session"]
    if allowed(session, "retention.approve"):
        privacy.approve_erasure(session, dossier_id)
    return dossier_id


PREPARED.update(
    {
        "privacy.approve_erasure": ("retention.approve", _leaver, privacy.approve_erasure),
        "privacy.erasure_preview": ("retention.view", _leaver, privacy.erasure_preview),
        "privacy.withdraw_erasure_approval": (
            "retention.approve",
            _approved_leaver,
            privacy.withdraw_erasure_approval,
        ),
        "privacy.erase_dossier": ("retention.erase", _leaver, privacy.erase_dossier),
        "privacy.restrict_processing": (
            "privacy.restrict",
            _leaver,
            lambda s, x: privacy.restrict_processing(s, x, "Betwist"),
        ),
        "privacy.lift_restriction": ("privacy.restrict", _leaver, privacy.lift_restriction),
        "privacy.place_legal_hold": (
            "privacy.hold",
            _leaver,
            lambda s, x: privacy.place_legal_hold(s, x, "appeal", "Beroep"),
        ),
        "privacy.legal_holds": ("privacy.hold", _leaver, privacy.legal_holds),
        "privacy.lift_legal_hold": (
            "privacy.hold",
            lambda r: _hold(r),
            lambda s, x: privacy.lift_legal_hold(s, *x),
        ),
    }
)
for _name, (_op, _prepare, _call) in PREPARED.items():
    CASES[_name] = (_op, True, (lambda c: lambda s, r, t: c(s, r["prepared"]))(_call), _prepare)

CASES.update(
    {
        "privacy.find_pupil_for_case": (
            "privacy.case_access",
            False,
            lambda s, r, t: privacy.find_pupil_for_case(s, "Yılmaz"),
        ),
        "incidents.dossiers_of_incident": (
            "incident.view",
            True,
            lambda s, r, t: incidents.dossiers_of_incident(s, r["incident"].id),
        ),
        "privacy.record_case_reason": (
            "privacy.case_access",
            True,
            lambda s, r, t: privacy.record_case_reason(s, r["pupil"].id, "Zaak"),
        ),
        "privacy.retention_overview": (
            "retention.view",
            False,
            lambda s, r, t: privacy.retention_overview(s),
        ),
        "privacy.erasure_receipts": (
            "retention.view",
            False,
            lambda s, r, t: privacy.erasure_receipts(s),
        ),
        "audit_review.review": ("audit.review", False, lambda s, r, t: audit_review.review(s)),
        "audit_review.who_looked": (
            "audit.review",
            False,
            lambda s, r, t: audit_review.who_looked(s, r["pupil"].id),
        ),
        "audit_review.query_rows": (
            "audit.review",
            False,
            lambda s, r, t: audit_review.query_rows(
                s, audit_review.LogQuery(person_id=r["pupil"].id)
            ),
        ),
        "audit_review.find_person": (
            "person.lookup",
            False,
            lambda s, r, t: audit_review.find_person(s, "Yılmaz"),
        ),
        "audit_review.verify_log": (
            "audit.verify",
            False,
            lambda s, r, t: audit_review.verify_log(s),
        ),
        "audit_review.export_csv": (
            "audit.export",
            False,
            lambda s, r, t: audit_review.export_csv(s, t / f"a{_n()}.csv"),
        ),
        "audit_review.export_pdf": (
            "audit.export",
            False,
            lambda s, r, t: audit_review.export_pdf(s, t / f"a{_n()}.pdf"),
        ),
        "audit_review.checkpoint_pdf": (
            "audit.export",
            False,
            lambda s, r, t: audit_review.checkpoint_pdf(s, t / f"c{_n()}.pdf"),
        ),
        "register.register_entry": (
            "register.view",
            False,
            lambda s, r, t: register.register_entry(s),
        ),
        "register.export_register": (
            "register.view",
            False,
            lambda s, r, t: register.export_register(s, t / f"r{_n()}.md", "md"),
        ),
    }
)


def _letter(r, final=False):
    hr = r["world"].as_role("hr")
    record, _ = correspondence.draft_letter(
        hr,
        r["dossier"].id,
        "invitation_parents",
        fields=INVITATION,
        signer_mandate_id=r["world"].signer_mandate,
    )
    if final:
        correspondence.finalize_letter(hr, record.id)
    return record.id


def _proposed(r):
    hr = r["world"].as_role("hr")
    draft = decisions.start_decision(hr, r["dossier"].id, "pupil.bespreekbaar_maken")
    with hr.db.transaction():
        correspondence.propose_letters(
            hr, decisions.get_decision(hr, draft.id), ["invitation_parents"]
        )
    proposed = next(
        x.id for x in correspondence.list_letters(hr, r["dossier"].id) if x.status == "proposed"
    )
    return proposed, r["world"].signer_mandate


def _access_request(r):
    hr = r["world"].as_role("hr")
    return access_request.register_access_request(hr, r["pupil"].id, date.today()).id


PREPARED_LATE = {
    "correspondence.edit_letter": (
        "letter.update",
        _letter,
        lambda s, x: correspondence.edit_letter(s, x, ["Tekst"]),
    ),
    "correspondence.preview_pdf": ("letter.view", _letter, correspondence.preview_pdf),
    "correspondence.finalize_letter": ("letter.finalize", _letter, correspondence.finalize_letter),
    "correspondence.letter_pdf": (
        "letter.view",
        lambda r: _letter(r, True),
        correspondence.letter_pdf,
    ),
    "correspondence.export_letter": (
        "letter.export",
        lambda r: _letter(r, True),
        lambda s, x: correspondence.export_letter(s, x, Path(tempfile.mkdtemp()) / "b.pdf"),
    ),
    "correspondence.record_letter_receipt": (
        "letter.update",
        lambda r: _letter(r, True),
        lambda s, x: correspondence.record_letter_receipt(s, x, date.today()),
    ),
    "correspondence.record_print": (
        "letter.export",
        lambda r: _letter(r, True),
        correspondence.record_print,
    ),
    "correspondence.draft_proposed": (
        "letter.create",
        _proposed,
        lambda s, x: correspondence.draft_proposed(
            s, x[0], fields=INVITATION, signer_mandate_id=x[1]
        ),
    ),
    "access_request.export_access_request": (
        "access_request.export",
        _access_request,
        lambda s, x: access_request.export_access_request(s, x, Path(tempfile.mkdtemp())),
    ),
    "access_request.extend_access_request": (
        "access_request.manage",
        _access_request,
        access_request.extend_access_request,
    ),
    "mandates.revoke_mandate": (
        "mandate.manage",
        lambda r: (
            mandates.register_mandate(
                r["world"].admin, "sign_letters", "Piet Jansen", "Directeur"
            ).id
        ),
        lambda s, x: mandates.revoke_mandate(s, x, "Functie beëindigd"),
    ),
}
for _name, (_op, _prepare, _call) in PREPARED_LATE.items():
    CASES[_name] = (_op, True, (lambda c: lambda s, r, t: c(s, r["prepared"]))(_call), _prepare)

CASES.update(
    {
        "correspondence.missing_fields": (
            "letter.view",
            True,
            lambda s, r, t: correspondence.missing_fields(s, r["dossier"].id, "invitation_parents"),
        ),
        "correspondence.draft_letter": (
            "letter.create",
            True,
            lambda s, r, t: correspondence.draft_letter(
                s,
                r["dossier"].id,
                "invitation_parents",
                fields=INVITATION,
                signer_mandate_id=r["world"].signer_mandate,
            ),
        ),
        "correspondence.list_letters": (
            "letter.view",
            True,
            lambda s, r, t: correspondence.list_letters(s, r["dossier"].id),
        ),
        "packets.build_police_packet": (
            "packet.create",
            True,
            lambda s, r, t: packets.build_police_packet(
                s,
                r["incident"].id,
                packets.PacketRequest(r["world"].police_mandate, ("art. 285 Sr",)),
                t / f"p{_n()}.zip",
            ),
        ),
        "mandates.register_mandate": (
            "mandate.manage",
            False,
            lambda s, r, t: mandates.register_mandate(
                s, "police_report", "Hanna Şahin", "HR-adviseur", "namens het bevoegd gezag"
            ),
        ),
        "mandates.list_mandates": (
            "mandate.view",
            False,
            lambda s, r, t: mandates.list_mandates(s),
        ),
        "access_request.register_access_request": (
            "access_request.manage",
            True,
            lambda s, r, t: access_request.register_access_request(s, r["pupil"].id, date.today()),
        ),
        "access_request.open_access_requests": (
            "access_request.view",
            False,
            lambda s, r, t: access_request.open_access_requests(s),
        ),
        "access_request.access_requests": (
            "access_request.view",
            False,
            lambda s, r, t: access_request.access_requests(s),
        ),
        "privacy.break_glass": (
            "privacy.break_glass",
            False,
            lambda s, r, t: privacy.break_glass(
                s, r["pupil"].id, "Spoed: de ouders staan aan de balie"
            ),
        ),
    }
)


def _hold(r):
    hr = r["world"].as_role("hr")
    dossier_id = _leaver(r)
    return dossier_id, privacy.place_legal_hold(hr, dossier_id, "objection", "Bezwaar").id


# Functions that read no personal data and need no permission.
UNGUARDED = {
    "incidents.subjects_detail",
    "correspondence.family_name",
    "decisions.letters_for_stage",
    # Runs inside decisions.finalize's authorized unit of work.
    "correspondence.propose_letters",
    "privacy.policy",
    "audit_review.flags_of",
    "people.need_to_know_user",
    "settings.get_setting",
    "evidence.max_bytes",
    "decisions.checklist_items",
    # The rulebooks: protocol versions and the holiday calendar, no personal data.
    "rules.current_protocol",
    "rules.protocol_of",
    "rules.holidays",
    "rules.facts_of",
    "rules.counts_school_days",
    "rules.letters_of_measure",
    "rules.intention_letter_types",
    # Run inside the authorized unit of work of a decision or deadline service.
    "deadlines.dossier_context",
    "deadlines.start_deadlines",
    "deadlines.refresh_deadlines",
    "deadlines.start_signal_deadlines",
    "deadlines.anchor_dates",
    "deadlines.intention_received",
    # Letter assembly, called by correspondence after it authorized the access.
    "letter_content.lines",
    "letter_content.family_name",
    "letter_content.letterhead",
    "letter_content.signer",
    "letter_content.recipients",
    "letter_content.victim_of",
    "letter_content.pupil_of_letter",
    "letter_content.known_fields",
    # Checks inside letter and packet services that authorized the act itself.
    "mandates.valid_mandate",
    "mandates.default_mandate",
    "mandates.held_by",
}


def test_every_public_service_function_is_in_the_matrix_test():
    modules = {
        "people": people,
        "incidents": incidents,
        "evidence": evidence,
        "search": search,
        "settings": settings,
        "decisions": decisions,
        "privacy": privacy,
        "audit_review": audit_review,
        "register": register,
        "correspondence": correspondence,
        "letter_content": letter_content,
        "deadlines": deadlines,
        "rules": rules,
        "mandates": mandates,
        "packets": packets,
        "access_request": access_request,
    }
    public = {
        f"{name}.{fn}"
        for name, module in modules.items()
        for fn, obj in vars(module).items()
        if inspect.isfunction(obj)
        and obj.__module__ == module.__name__
        and not fn.startswith("_")
        and fn not in ("new_id",)
    }
    assert public - set(CASES) - UNGUARDED == set()
    assert {case[0] for case in CASES.values()} <= set(MATRIX)


@pytest.mark.parametrize("role", ROLES)
def test_matrix_cell_by_cell(world, role, tmp_path):
    settings.set_setting(world.admin, "retention.two_person_approval", "false")
    settings.set_setting(world.admin, "foundation.name", "Stichting Voorbeeld")
    session = world.as_role(role)
    audit = world.admin.vault.audit
    for name, (operation, record_bound, call, *prepare) in CASES.items():
        for side in SIDES if record_bound else ["a"]:
            record = _rec(world, side)
            record["session"] = session
            if prepare:
                record["prepared"] = prepare[0](record)
            schools = [record["school"].id] if record_bound else None
            expected = allowed(session, operation, schools)
            before = audit.head().seq
            if expected:
                call(session, record, tmp_path)
                last = audit.entries(after_seq=before)
                assert all(e.action != "denied" for e in last), (name, side)
            else:
                with pytest.raises(PermissionDenied):
                    call(session, record, tmp_path)
                last = audit.entries(after_seq=before)
                assert [e.action for e in last] == ["denied"], (name, side, role)
                assert last[0].details_dict()["operation"] == operation
    assert audit.verify().ok


def test_expected_shape_of_the_matrix():
    """The rules a privacy officer would check at a glance."""
    content = [
        op
        for op in MATRIX
        if op.split(".")[0]
        in ("person", "dossier", "incident", "timeline", "evidence", "history", "search")
        # Finding who a person is (name, number, school) is no dossier content; the
        # privacy officer needs it to answer "who looked at this pupil's file".
        and op != "person.lookup"
    ]
    assert set(MATRIX["person.lookup"]) == {"hr", "director", "privacy_officer"}
    for op in content:
        assert "privacy_officer" not in MATRIX[op], op
        assert "admin" not in MATRIX[op], op
        assert MATRIX[op]["director"] == "own_schools", op
        assert MATRIX[op]["hr"] == "all", op
    assert set(MATRIX["user.manage"]) == {"admin"}
    assert set(MATRIX["school.manage"]) == {"admin", "hr"}


def test_director_search_and_list_see_only_own_school(world):
    director = world.as_role("director")
    names = {row.name for row in people.list_dossiers(director)}
    assert names == {"Şeyma Yılmaz", "Łukasz Wójcik"}
    hits = search.search(director, "Nguyễn")
    assert hits == []
    assert search.search(world.as_role("hr"), "Nguyen")[0].title == "Nguyễn Thị Lan"


# -- cells changed for issue 11, each with the behaviour it stands for ----------------


def test_changed_cells_of_the_matrix():
    assert MATRIX["person.lookup"]["director"] == "own_schools"
    assert "privacy.hold" in PUPIL_NEED_TO_KNOW
    assert MATRIX["access_request.export"] == {"hr": "all", "admin": "all"}
    assert MATRIX["access_request.view"] == {"hr": "all", "privacy_officer": "all", "admin": "all"}
    assert MATRIX["access_request.manage"] == {"hr": "all", "privacy_officer": "all"}
    assert MATRIX["privacy.break_glass"] == {"hr": "all", "director": "all"}


def test_director_person_lookup_finds_only_own_schools(world):
    director = world.as_role("director")
    found = {p.person_id for p in audit_review.find_person(director, "Yılmaz")}
    assert world.pupil_a.id in found
    assert audit_review.find_person(director, "Nguyễn") == []
    assert audit_review.find_person(director, world.pupil_b.number) == []
    po = world.as_role("privacy_officer")
    assert [p.person_id for p in audit_review.find_person(po, "Nguyễn")] == [world.pupil_b.id]


def test_hr_reads_a_pupils_legal_holds_only_with_a_case_reason(world):
    hr = world.as_role("hr")
    privacy.place_legal_hold(hr, world.dossier_a.id, "appeal", "Beroep ingesteld")
    other_hr = Session(world.admin.vault, Actor("Hanna HR", "hr", "user-hr-2"), "test")
    for call in (
        lambda: privacy.legal_holds(other_hr, world.dossier_a.id),
        lambda: privacy.place_legal_hold(other_hr, world.dossier_a.id, "objection", ""),
    ):
        with pytest.raises(PermissionDenied) as denied:
            call()
        assert denied.value.can_break_glass
    privacy.record_case_reason(other_hr, world.pupil_a.id, "Zaak over de groepsapp van groep 6")
    assert [h.kind for h in privacy.legal_holds(other_hr, world.dossier_a.id)] == ["appeal"]
    # A staff member's holds need no case reason.
    staff_dossier = people.open_dossier(hr, _staff_dossier(world)).dossier.id
    assert privacy.legal_holds(other_hr, staff_dossier) == []


def _staff_dossier(world):
    from skot_dossier.store import people as people_store

    return people_store.dossier_of_person(world.admin.db, world.staff_a.id).id


def test_privacy_officer_follows_an_access_request_but_cannot_export_it(world, tmp_path):
    settings.set_setting(world.admin, "foundation.name", "Stichting Voorbeeld")
    po = world.as_role("privacy_officer")
    request = access_request.register_access_request(po, world.pupil_a.id, date.today())
    (seen,) = access_request.access_requests(po)
    assert (seen.id, seen.due_on, seen.answered_on) == (request.id, request.due_on, None)
    before = world.admin.vault.audit.head().seq
    out = tmp_path / "inzage"
    out.mkdir()
    with pytest.raises(PermissionDenied):
        access_request.export_access_request(po, request.id, out)
    assert list(out.iterdir()) == []
    denied = world.admin.vault.audit.entries(after_seq=before)
    assert [e.details_dict()["operation"] for e in denied] == ["access_request.export"]
    access_request.export_access_request(world.as_role("hr"), request.id, out)
    (answered,) = access_request.access_requests(po)
    assert answered.answered_on == date.today()
    assert access_request.open_access_requests(po) == []


def test_the_administrator_can_answer_an_access_request(world, tmp_path):
    settings.set_setting(world.admin, "foundation.name", "Stichting Voorbeeld")
    po = world.as_role("privacy_officer")
    request = access_request.register_access_request(po, world.staff_a.id, date.today())
    admin = world.as_role("admin")
    (listed,) = access_request.open_access_requests(admin)
    pdf, data = access_request.export_access_request(admin, listed.id, tmp_path)
    assert pdf.is_file() and data.is_file()
    assert access_request.access_requests(po)[0].answered_on == date.today()
    assert request.id == listed.id


# Service calls that act on an incident (or its evidence): their school is the case's.
INCIDENT_BOUND = [
    "incidents.get_incident",
    "incidents.incident_history",
    "incidents.dossiers_of_incident",
    "evidence.add_evidence",
    "evidence.add_evidence_metadata_only",
    "evidence.list_evidence",
    "evidence.read_evidence",
    "evidence.export_evidence",
    "packets.build_police_packet",
]


@pytest.mark.parametrize("role", ROLES)
def test_a_witness_does_not_bring_a_case_into_his_schools_scope(world, role, tmp_path):
    """School b's case, with a pupil of school a as witness, is school b's for the matrix:
    the director of school a is refused exactly as for any other school b incident."""
    hr = world.as_role("hr")
    draft = incident_draft(
        world.school_b,
        world.pupil_b,
        parties=(PartyDraft(world.pupil_b.id, "subject"), PartyDraft(world.pupil_a.id, "witness")),
    )
    case = incidents.record_incident(hr, draft)
    item = evidence.add_evidence(hr, case.id, io.BytesIO(PNG), EvidenceDraft(original_name="w.png"))
    session = world.as_role(role)
    audit = world.admin.vault.audit
    record = {**_rec(world, "b"), "incident": case, "evidence": item.id}
    for name in INCIDENT_BOUND:
        operation, _bound, call, *_ = CASES[name]
        expected = allowed(session, operation, [world.school_b.id])
        before = audit.head().seq
        if expected:
            call(session, record, tmp_path)
        else:
            with pytest.raises(PermissionDenied):
                call(session, record, tmp_path)
            assert [e.action for e in audit.entries(after_seq=before)] == ["denied"], name
