"""Letters, police-report packets and access exports through the services."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from datetime import date, timedelta

import pytest

from skot_dossier.audit import Anchor
from skot_dossier.documents.letters import letter_ids, letter_template
from skot_dossier.documents.samples import SAMPLE_FIELDS
from skot_dossier.domain.drafts import EvidenceDraft, PartyDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import (
    access_request,
    correspondence,
    deadlines,
    decisions,
    evidence,
    incidents,
    packets,
    people,
)
from skot_dossier.services.correspondence import LetterRefused
from skot_dossier.services.settings import set_setting
from tests.helpers import school_day
from tests.integration.letter_cases import letter_of
from tests.vaults import PNG, create_pupil, incident_draft, pupil_draft

TODAY = date.today()


@pytest.fixture
def letters_world(world):
    admin = world.admin
    set_setting(admin, "foundation.name", "Stichting Voorbeeldonderwijs <Noord> & Oost")
    set_setting(admin, "foundation.address", "Postbus 9999\n9999 ZZ Vriezenveen")
    set_setting(admin, "inspectie.address", "Postbus 9998\n9999 ZT Utrecht")
    return world


def _text(pdf: bytes, tmp_path, name="x") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _dossier_for(world, audience):
    from skot_dossier.store import people as store

    if audience == "employee":
        return store.dossier_of_person(world.admin.db, world.staff_a.id).id, world.staff_a
    return world.dossier_a.id, world.pupil_a


@pytest.mark.parametrize("letter_type", letter_ids())
def test_every_letter_type_lands_in_the_dossier(letters_world, letter_type, tmp_path):
    world = letters_world
    hr = world.as_role("hr")
    template = letter_template(letter_type)
    contact = "mevrouw <b>A. Kuipers</b> & zn"
    if template.from_decision:  # drafted from its decision, as the user gets to it
        session, record, text = letter_of(world, letter_type, contact_person=contact)
        dossier_id = record.dossier_id
    else:
        session = hr
        dossier_id, person = _dossier_for(world, template.audience)
        fields = dict(SAMPLE_FIELDS[letter_type])
        fields["contact_person"] = contact
        fields.pop("pupil_name", None)  # the vault knows the pupil
        fields.pop("pupil_group", None)
        incident_id = world.incident_a.id
        if template.audience == "victim_parents":  # an incident that happened to a pupil
            incident_id = incidents.record_incident(
                hr, incident_draft(world.school_a, world.staff_a, world.pupil_a)
            ).id
            dossier_id = _dossier_for(world, "employee")[0]
        record, text = correspondence.draft_letter(
            hr, dossier_id, letter_type, fields=fields, incident_id=incident_id
        )
    assert record.status == "draft"
    final = correspondence.finalize_letter(session, record.id)
    assert final.status == "final" and len(final.sha256) == 64
    _, pdf = correspondence.letter_pdf(session, record.id)
    content = _text(pdf, tmp_path)
    flat = " ".join(content.split())
    assert text.subject.split()[0] in flat
    assert final.reference in flat and "Controlegetal" in flat
    if "contact_person" in template.required:
        assert contact in flat  # user text prints literally
    if template.audience in ("parents", "inspectie", "victim_parents"):
        assert "Şeyma Yılmaz" in flat
    if template.audience == "employee":
        assert "Geachte heer Wójcik," in flat
    anchor_text = final_anchor(flat)
    assert world.admin.vault.audit.verify([Anchor.parse(anchor_text)]).ok
    view = people.open_dossier(session, dossier_id)
    assert any(t.kind.value == "letter" and final.reference in t.summary for t in view.timeline)
    entry = [e for e in world.admin.vault.audit.entries() if e.action == "finalize"][-1]
    assert entry.details_dict()["sha256"] == final.sha256
    with pytest.raises(LetterRefused):
        correspondence.edit_letter(session, record.id, ["nieuwe tekst"])


def final_anchor(flat: str) -> str:
    after = flat.split("Controlegetal:", 1)[1].split()
    return after[0]


def test_missing_fields_are_named_and_nothing_is_stored(letters_world):
    hr = letters_world.as_role("hr")
    dossier_id, _ = _dossier_for(letters_world, "employee")
    missing = correspondence.missing_fields(hr, dossier_id, "staff_warning")
    assert set(missing) >= {"conversation_date", "facts", "expected_conduct"}
    with pytest.raises(ValidationError) as caught:
        correspondence.draft_letter(hr, dossier_id, "staff_warning")
    assert set(caught.value.problems) >= set(missing)
    assert correspondence.list_letters(hr, dossier_id) == []


def test_edit_preview_export_and_print(letters_world, tmp_path):
    hr = letters_world.as_role("hr")
    dossier_id, _ = _dossier_for(letters_world, "employee")
    record, text = correspondence.draft_letter(
        hr, dossier_id, "staff_warning", fields=SAMPLE_FIELDS["staff_warning"]
    )
    edited = correspondence.edit_letter(
        hr, record.id, [*text.paragraphs, "Extra alinea met <i>opmaak</i> & ."]
    )
    preview_pdf = correspondence.preview_pdf(hr, record.id)
    from pypdf import PdfReader

    assert "CONCEPT" in PdfReader(io.BytesIO(preview_pdf)).pages[0].extract_text()
    assert "Extra alinea met <i>opmaak</i> & ." in _text(preview_pdf, tmp_path, "p")
    correspondence.finalize_letter(hr, record.id)
    out = correspondence.export_letter(hr, record.id, tmp_path / "brief.pdf")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert "Extra alinea" in _text(out.read_bytes(), tmp_path, "e")
    correspondence.record_print(hr, record.id)
    actions = [e.action for e in letters_world.admin.vault.audit.entries()][-2:]
    assert actions == ["export", "print"]
    assert edited.paragraphs[-1].startswith("Extra alinea")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 2000


def test_decision_proposes_the_letters_the_protocol_requires(letters_world):
    world = letters_world
    director = world.as_role("director")
    draft = decisions.start_decision(
        director, world.dossier_a.id, "pupil.schorsing", incident_id=world.incident_a.id
    )
    decisions.update_draft(
        director,
        draft.id,
        facts_relied_on="Nepaccount",
        grounds="Nepaccount op naam van klasgenoot",
        duration_days=3,
        start_date=school_day(TODAY),
        hearing_date=TODAY - timedelta(days=1),
        hearing_summary="Leerling en ouders gehoord",
    )
    for row in decisions.checklist(director, draft.id):
        decisions.set_checklist_item(director, draft.id, row.item.id, True)
    decisions.finalize(director, draft.id)
    proposed = {r.letter_type: r for r in correspondence.list_letters(director, world.dossier_a.id)}
    assert {"pupil_suspension", "inspectie_suspension_notice"} <= set(proposed)
    assert all(r.status == "proposed" for r in proposed.values())
    needed = correspondence.missing_fields(
        director, world.dossier_a.id, "pupil_suspension", decision_id=draft.id
    )
    assert "grounds" not in needed and "start_date" not in needed and "reasons" not in needed
    extra = {k: v for k, v in SAMPLE_FIELDS["pupil_suspension"].items() if k in needed}
    record, text = correspondence.draft_proposed(
        director, proposed["pupil_suspension"].id, fields=extra
    )
    body = " ".join(text.paragraphs)
    assert "Nepaccount op naam van klasgenoot" in body and "3 schooldagen" in body


# -- police packet -------------------------------------------------------------


def _packet_case(world):
    hr = world.as_role("hr")
    inc = incidents.record_incident(
        hr,
        incident_draft(
            world.school_a,
            world.pupil_a,
            world.staff_a,
            category="defamation",
            title="Laster over juf op TikTok",
        ),
    )
    evidence.add_evidence(
        hr,
        inc.id,
        io.BytesIO(PNG),
        EvidenceDraft(
            original_name="scherm foto (1).png",
            source_url="https://tiktok.example/@x/1",
            captured_by="juf Bos",
        ),
    )
    evidence.add_evidence(
        hr, inc.id, io.BytesIO(b"chat log\nregel 2\n"), EvidenceDraft(original_name="chat.txt")
    )
    evidence.add_evidence_metadata_only(
        hr,
        inc.id,
        EvidenceDraft(
            original_name="niet-opgeslagen.jpg",
            seen_where="Snapchat",
            seen_by="juf Bos",
            captured_at=inc.known_at,
            description="Alleen gezien",
        ),
    )
    return hr, inc


def _request(world, **changes):
    values = dict(
        filer_mandate_id=world.police_mandate,
        offences=("art. 262 Sr",),
        witnesses=("Collega P. de Vries",),
        power_of_attorney=True,
    )
    values.update(changes)
    return packets.PacketRequest(**values)


def test_packet_verifies_with_sha256sum_and_never_holds_metadata_only(letters_world, tmp_path):
    hr, inc = _packet_case(letters_world)
    result = packets.build_police_packet(
        hr, inc.id, _request(letters_world), tmp_path / "aangifte.zip"
    )
    assert result.files == 2 and len(result.withheld) == 1
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        archive.extractall(folder)
    assert "niet-opgeslagen" not in " ".join(names)
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 2
    cover = subprocess.run(
        ["pdftotext", str(folder / packets.COVER), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(cover.split())
    import hashlib

    manifest_hash = hashlib.sha256((folder / "SHA256SUMS").read_bytes()).hexdigest()
    assert manifest_hash == result.manifest_sha256
    assert manifest_hash[:40] in flat.replace(" ", "")
    assert "Hanna Şahin" in flat and "art. 262 Sr" in flat and "Laster" in flat
    assert "https://tiktok.example/@seyma_x/1" in flat
    assert oct(result.path.stat().st_mode & 0o777) == "0o600"
    entry = letters_world.admin.vault.audit.entries()[-1]
    assert entry.action == "export" and entry.object_type == "packet"
    timeline = people.open_dossier(hr, letters_world.dossier_a.id).timeline
    assert any(t.kind.value == "police_contact" for t in timeline)


def test_complaint_offence_for_staff_victim_needs_power_of_attorney(letters_world, tmp_path):
    hr, inc = _packet_case(letters_world)
    with pytest.raises(ValidationError) as caught:
        packets.build_police_packet(
            hr, inc.id, _request(letters_world, power_of_attorney=False), tmp_path / "p.zip"
        )
    assert "power_of_attorney" in caught.value.problems
    assert not (tmp_path / "p.zip").exists()
    with pytest.raises(ValidationError):
        packets.build_police_packet(
            hr, inc.id, _request(letters_world, offences=("art. 999 Sr",)), tmp_path / "p.zip"
        )


# -- access request ------------------------------------------------------------


def test_access_export_has_the_persons_data_and_not_other_peoples_names(letters_world, tmp_path):
    world = letters_world
    hr = world.as_role("hr")
    other, _ = create_pupil(hr, pupil_draft(world.school_a, "L-88", given="Minh", family="Hoàng"))
    incidents.record_incident(
        hr,
        incident_draft(
            world.school_a,
            world.pupil_a,
            title="Ruzie met Minh Hoàng",
            description="Şeyma schreef dat Minh Hoàng een leugenaar is.",
            parties=(PartyDraft(world.pupil_a.id, "subject"), PartyDraft(other.id, "victim")),
        ),
    )
    request = access_request.register_access_request(
        hr, world.pupil_a.id, TODAY - timedelta(days=3)
    )
    from skot_dossier.protocol.calendar import add_months

    assert request.due_on == add_months(TODAY - timedelta(days=3), 1)
    overview = deadlines.deadlines_overview(hr, horizon_days=40)
    assert any(d.id == request.id and d.rule_id == "access_request" for d in overview.upcoming)
    pdf_path, json_path = access_request.export_access_request(hr, request.id, tmp_path)
    data = json.loads(json_path.read_text("utf-8"))
    raw = json_path.read_text("utf-8")
    assert data["person"]["family_name"] == "Yılmaz"
    assert "Minh" not in raw and "Hoàng" not in raw and "Wójcik" not in raw
    assert any("andere betrokkene" in w["what"] for w in data["withheld"])
    assert data["access_log"] and all(a["who"] != "test-hr" for a in data["access_log"])
    pdf_text = subprocess.run(
        ["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Şeyma" in pdf_text and "Minh" not in pdf_text and "Hoàng" not in pdf_text
    assert access_request.open_access_requests(hr) == []
    entry = world.admin.vault.audit.entries()[-1]
    assert (entry.action, entry.object_id, entry.subject_id) == (
        "export",
        request.id,
        world.pupil_a.id,
    )
    from skot_dossier.services.people import NotFound

    with pytest.raises(NotFound):  # answered once; a second export needs a new request
        access_request.export_access_request(hr, request.id, tmp_path)
