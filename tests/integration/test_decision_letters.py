"""Decision letters state what the decision and its intention hold, not what is typed.

Appeal rulings annul decisions that changed the grounds of the intention
(DOMAIN §2.4); a decision letter quotes the registered intention letter; the
required elements of a letter follow from the dossier where the vault knows them.
"""

from __future__ import annotations

import pytest

from skot_dossier.documents.model import LockedParagraph
from skot_dossier.domain.validation import ValidationError
from skot_dossier.services import correspondence
from skot_dossier.services.correspondence import LetterRefused
from tests.integration.letter_cases import (
    GROUNDS,
    decide,
    draft_from_decision,
    letter_of,
    send_all,
    staff_dossier_id,
    with_letterhead,
)
from tests.integration.pdf_text import pdf_flat


@pytest.fixture
def vault(world):
    return with_letterhead(world)


# -- same grounds ------------------------------------------------------------------


def test_the_grounds_of_a_decision_letter_cannot_be_given_as_a_field(vault):
    with pytest.raises(ValidationError) as caught:
        letter_of(vault, "staff_decision_suspension_order", grounds="Andere, nieuwe gronden")
    assert "grounds" in caught.value.problems
    session, record, text = letter_of(vault, "staff_decision_suspension_order")
    assert any(GROUNDS in p for p in text.paragraphs)


def test_the_grounds_paragraph_of_a_decision_letter_cannot_be_edited(vault):
    session, record, text = letter_of(vault, "staff_decision_reprimand")
    grounds_at = next(i for i, p in enumerate(text.paragraphs) if GROUNDS in p)
    changed = list(text.paragraphs)
    changed[grounds_at] = changed[grounds_at].replace(GROUNDS, "Andere gronden")
    with pytest.raises(LockedParagraph):
        correspondence.edit_letter(session, record.id, changed)
    without = [p for i, p in enumerate(text.paragraphs) if i != grounds_at]
    with pytest.raises(LockedParagraph):
        correspondence.edit_letter(session, record.id, without)
    others = [*text.paragraphs, "Een extra alinea met een toelichting."]
    edited = correspondence.edit_letter(session, record.id, others)  # the rest may change
    assert edited.paragraphs[-1] == "Een extra alinea met een toelichting."
    correspondence.finalize_letter(session, record.id)
    _, pdf = correspondence.letter_pdf(session, record.id)
    assert GROUNDS in pdf_flat(pdf)


def test_a_decision_letter_is_drafted_from_its_decision(vault):
    hr = vault.as_role("hr")
    with pytest.raises(ValidationError) as caught:
        correspondence.draft_letter(
            hr,
            staff_dossier_id(vault),
            "staff_decision_reprimand",
            fields={"grounds": "Wat dan ook", "intention_reference": "X/1", "cao_article": "9"},
        )
    assert "decision_id" in caught.value.problems


# -- kenmerk -----------------------------------------------------------------------


def test_the_decision_letter_quotes_the_registered_intention_letter(vault):
    session, intention = decide(vault, "staff.schriftelijke_berisping")
    sent = send_all(session, intention)  # the invitation first, then the intention letter
    assert set(sent) == {"invitation_staff", "staff_intention_reprimand"}
    assert sent["invitation_staff"].finalized_at <= sent["staff_intention_reprimand"].finalized_at
    session, decision = decide(vault, "staff.schriftelijke_berisping", intention_id=intention.id)
    record, text = draft_from_decision(session, decision, "staff_decision_reprimand")
    first = text.paragraphs[0]
    assert f"kenmerk {sent['staff_intention_reprimand'].reference}" in first
    assert sent["invitation_staff"].reference not in " ".join(text.paragraphs)


# -- required elements ---------------------------------------------------------------


def test_a_letter_without_the_signers_role_cannot_be_finalized(vault):
    """A draft from before the mandate register (signer typed in settings, no role)."""
    session, record, _ = letter_of(vault, "staff_intention_reprimand")
    db = vault.admin.db
    import json

    stored = json.loads(db.scalar("SELECT fields FROM letters WHERE id = ?", (record.id,)))
    stored["signer"]["role"] = ""
    with db.transaction():
        db.execute("UPDATE letters SET fields = ? WHERE id = ?", (json.dumps(stored), record.id))
    with pytest.raises(LetterRefused, match="role"):
        correspondence.finalize_letter(session, record.id)


@pytest.mark.parametrize(("days", "informed"), [(1, False), (3, True)])
def test_the_inspectie_sentence_follows_from_the_duration(vault, days, informed):
    session, decision = decide(vault, "pupil.schorsing", duration_days=days)
    needed = correspondence.missing_fields(
        session, decision.dossier_id, "pupil_suspension", decision_id=decision.id
    )
    assert "inspectie_informed" not in needed
    with pytest.raises(ValidationError) as caught:
        draft_from_decision(
            session, decision, "pupil_suspension", inspectie_informed="nee" if informed else "ja"
        )
    assert "inspectie_informed" in caught.value.problems
    _, text = draft_from_decision(session, decision, "pupil_suspension")
    body = " ".join(text.paragraphs)
    assert ("Inspectie van het Onderwijs" in body) is informed


def test_missing_fields_names_what_the_draft_then_requires(vault):
    session, intention = decide(vault, "staff.schorsing_disciplinair")
    needed = correspondence.missing_fields(
        session, intention.dossier_id, "staff_intention_suspension", decision_id=intention.id
    )
    assert "salary_consequence" in needed  # a disciplinary suspension: salary is stated
    send_all(session, intention)
    session, decision = decide(vault, "staff.schorsing_disciplinair", intention_id=intention.id)
    needed = correspondence.missing_fields(
        session, decision.dossier_id, "staff_decision_suspension_penalty", decision_id=decision.id
    )
    assert "view_weighing" in needed  # a view was given: how it was weighed
    assert "view_summary" not in needed and "view_given" not in needed

    session, removal = decide(vault, "pupil.verwijdering")
    send_all(session, removal)
    session, removal = decide(vault, "pupil.verwijdering", intention_id=removal.id)
    needed = correspondence.missing_fields(
        session,
        removal.dossier_id,
        "pupil_decision_removal",
        decision_id=removal.id,
        fields={"other_school_found": "ja"},
    )
    assert {"receiving_school", "removal_date", "view_weighing"} <= set(needed)


def test_the_inspectie_notice_takes_the_school_code_from_the_school(vault):
    session, decision = decide(vault, "pupil.schorsing", duration_days=3)
    needed = correspondence.missing_fields(
        session, decision.dossier_id, "inspectie_suspension_notice", decision_id=decision.id
    )
    assert "school_code" not in needed
    record, _ = draft_from_decision(session, decision, "inspectie_suspension_notice")
    correspondence.finalize_letter(session, record.id)
    _, pdf = correspondence.letter_pdf(session, record.id)
    assert f"instellingscode {vault.school_a.brin}" in pdf_flat(pdf)
