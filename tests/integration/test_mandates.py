"""The mandate register: who files a police report and who signs for the board.

The protocol says "een daartoe bevoegde medewerker" files the report; letters
and decisions carry an authorised signature. Packets and letters take the
filer and the signer from the register and refuse anyone without a mandate.
"""

from __future__ import annotations

import io
import subprocess
from datetime import date, timedelta

import pytest

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import correspondence, evidence, incidents, mandates, packets
from skot_dossier.services.mandates import MandateRefused
from skot_dossier.services.permissions import PermissionDenied
from tests.integration.letter_cases import INVITATION, with_letterhead
from tests.integration.test_cli import run
from tests.vaults import PNG, incident_draft


@pytest.fixture
def setup(world):
    with_letterhead(world)
    return world


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def _case(world):
    hr = world.as_role("hr")
    inc = incidents.record_incident(
        hr, incident_draft(world.school_a, world.pupil_a, world.staff_a, category="threat")
    )
    evidence.add_evidence(hr, inc.id, io.BytesIO(PNG), EvidenceDraft(original_name="a.png"))
    return hr, inc


def test_only_the_administrator_keeps_the_register_and_it_is_audited(setup):
    world = setup
    hr = world.as_role("hr")
    with pytest.raises(PermissionDenied):
        mandates.register_mandate(hr, "police_report", "Stagiair Test", "stagiair")
    assert world.admin.vault.audit.entries()[-1].action == "denied"
    director_mandate = mandates.register_mandate(
        world.admin,
        "sign_letters",
        "Jan Klaassen",
        "Directeur",
        "in mandaat",
        school_ids=[world.school_a.id],
        valid_until=date.today() + timedelta(days=365),
    )
    entry = world.admin.vault.audit.entries()[-1]
    assert (entry.action, entry.object_type, entry.object_id) == (
        "create",
        "mandate",
        director_mandate.id,
    )
    assert entry.details_dict()["kind"] == "sign_letters"
    register = mandates.list_mandates(hr)
    assert director_mandate.id in {m.id for m in register}
    revoked = mandates.revoke_mandate(world.admin, director_mandate.id, "Andere functie")
    assert revoked.revoked_at is not None and revoked.revoke_reason == "Andere functie"
    assert director_mandate.id in {m.id for m in mandates.list_mandates(hr)}  # history kept
    with pytest.raises(ValidationError) as caught:
        mandates.register_mandate(world.admin, "sign_letters", "Piet", "", "")
    assert "holder_role" in caught.value.problems
    assert world.admin.vault.audit.verify().ok


def test_packet_takes_the_filer_from_the_register(setup, tmp_path):
    world = setup
    hr, inc = _case(world)
    result = packets.build_police_packet(
        hr,
        inc.id,
        packets.PacketRequest(world.police_mandate, ("art. 285 Sr",)),
        tmp_path / "ok.zip",
    )
    import zipfile

    with zipfile.ZipFile(result.path) as archive:
        cover = archive.read(packets.COVER)
    flat = _pdf_text(cover, tmp_path)
    assert "Hanna Şahin, HR-adviseur" in flat and "mandaatregister" in flat
    entry = world.admin.vault.audit.entries()[-1]
    assert entry.details_dict()["filer_mandate"] == world.police_mandate


def test_packet_refuses_someone_without_a_police_report_mandate(setup, tmp_path):
    world = setup
    hr, inc = _case(world)
    elsewhere = mandates.register_mandate(
        world.admin,
        "police_report",
        "Marie Bos",
        "Directeur",
        school_ids=[world.school_b.id],
    )
    ended = mandates.register_mandate(world.admin, "police_report", "Oud Lid", "Oud-directeur")
    mandates.revoke_mandate(world.admin, ended.id, "Met pensioen")
    for who in ("", "Stagiair Test", world.signer_mandate, elsewhere.id, ended.id):
        target = tmp_path / f"p{abs(hash(who))}.zip"
        with pytest.raises(MandateRefused):
            packets.build_police_packet(
                hr, inc.id, packets.PacketRequest(who, ("art. 285 Sr",)), target
            )
        assert not target.exists()


def test_letters_are_signed_by_a_mandate_holder_and_refused_without_one(setup, tmp_path):
    world = setup
    hr = world.as_role("hr")
    record, _ = correspondence.draft_letter(
        hr, world.dossier_a.id, "invitation_parents", fields=INVITATION
    )
    correspondence.finalize_letter(hr, record.id)
    _, pdf = correspondence.letter_pdf(hr, record.id)
    flat = _pdf_text(pdf, tmp_path)
    assert "drs. H. ter Voorde Voorzitter college van bestuur namens het bevoegd gezag" in flat

    with pytest.raises(MandateRefused):  # a police-report mandate does not sign letters
        correspondence.draft_letter(
            hr,
            world.dossier_a.id,
            "invitation_parents",
            fields=INVITATION,
            signer_mandate_id=world.police_mandate,
        )
    draft, _ = correspondence.draft_letter(
        hr, world.dossier_a.id, "invitation_parents", fields=INVITATION
    )
    mandates.revoke_mandate(world.admin, world.signer_mandate, "Einde zittingstermijn")
    with pytest.raises(MandateRefused):  # no longer a mandate holder when it goes out
        correspondence.finalize_letter(hr, draft.id)
    with pytest.raises(MandateRefused):  # and nobody else holds one
        correspondence.draft_letter(hr, world.dossier_a.id, "invitation_parents", fields=INVITATION)


def test_with_several_signers_the_users_own_mandate_is_used_or_a_choice_is_asked(setup):
    world = setup
    director = world.as_role("director")
    mandates.register_mandate(world.admin, "sign_letters", "Piet Jansen", "Bestuurder")
    with pytest.raises(MandateRefused, match="choose"):
        correspondence.draft_letter(
            director, world.dossier_a.id, "invitation_parents", fields=INVITATION
        )
    record, text = correspondence.draft_letter(
        director,
        world.dossier_a.id,
        "invitation_parents",
        fields=INVITATION,
        signer_mandate_id=world.signer_mandate,
    )
    assert record.status == "draft"


def test_admin_cli_registers_lists_and_revokes(vault_dir, capsys, monkeypatch):
    import skot_dossier.vault.vault as vault_module
    from skot_dossier.vault import INSECURE_TEST_PROFILE
    from tests.helpers import PASSPHRASE

    monkeypatch.setattr(vault_module, "calibrate", lambda: INSECURE_TEST_PROFILE)
    v = str(vault_dir)
    base = ["--user", "beheer", "--passphrase-fd", "FD"]
    assert (
        run(["init", v, "--user", "beheer", "--role", "admin", "--passphrase-fd", "FD"], PASSPHRASE)
        == 0
    )
    capsys.readouterr()
    assert (
        run(
            [
                "mandate-add",
                v,
                *base,
                "--kind",
                "police_report",
                "--holder",
                "Hanna Şahin",
                "--role",
                "HR-adviseur",
                "--wording",
                "namens het bevoegd gezag",
            ],
            PASSPHRASE,
        )
        == 0
    )
    mandate_id = capsys.readouterr().out.split()[1]
    assert run(["mandate-list", v, *base], PASSPHRASE) == 0
    listed = capsys.readouterr().out
    assert "Hanna Şahin" in listed and "valid" in listed
    assert run(["mandate-revoke", v, *base, mandate_id, "--reason", "Vertrokken"], PASSPHRASE) == 0
    assert run(["mandate-list", v, *base], PASSPHRASE) == 0
    assert "revoked" in capsys.readouterr().out
    assert (
        run(
            [
                "mandate-add",
                v,
                *base,
                "--kind",
                "sign_letters",
                "--holder",
                "X Y",
                "--role",
                "Directeur",
                "--school",
                "NOPE",
            ],
            PASSPHRASE,
        )
        == 1
    )
    assert "Unknown school code" in capsys.readouterr().err
