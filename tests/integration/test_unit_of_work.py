"""A change and its audit entry commit together or not at all."""

from __future__ import annotations

import pytest

from skot_dossier.services.permissions import authorize
from skot_dossier.services.session import unit_of_work
from skot_dossier.services.settings import get_setting, set_setting


def test_change_and_entry_commit_together(session):
    before = len(session.vault.audit.entries())
    set_setting(session, "school.name", "De Regenboog <b>&</b>")
    assert get_setting(session, "school.name") == "De Regenboog <b>&</b>"
    entries = session.vault.audit.entries()
    assert len(entries) == before + 1
    assert (entries[-1].action, entries[-1].object_id, entries[-1].actor) == (
        "update",
        "school.name",
        "beheer",
    )


def test_failure_in_the_body_leaves_neither(session):
    before = len(session.vault.audit.entries())
    grant = authorize(session, "settings.manage", object_type="setting", object_id="x")
    with (
        pytest.raises(ZeroDivisionError),
        unit_of_work(session, "update", grant=grant, object_id="x"),
    ):
        session.db.execute("INSERT INTO settings VALUES ('x', 'half-done')")
        _ = 1 / 0
    assert get_setting(session, "x") is None
    assert len(session.vault.audit.entries()) == before


def test_a_unit_of_work_needs_the_grant_that_allowed_it(session):
    before = len(session.vault.audit.entries())
    with pytest.raises(ValueError, match="grant"), unit_of_work(session, "update", grant=()):
        session.db.execute("INSERT INTO settings VALUES ('z', 'ungranted')")
    assert get_setting(session, "z") is None
    assert len(session.vault.audit.entries()) == before


def test_failure_while_writing_the_entry_rolls_back_the_change(session, monkeypatch):
    before = len(session.vault.audit.entries())

    def broken_append(**kwargs):
        raise OSError("disk went away")

    monkeypatch.setattr(session.vault.audit, "append", broken_append)
    with pytest.raises(OSError):
        set_setting(session, "y", "value")
    monkeypatch.undo()
    assert get_setting(session, "y") is None
    assert len(session.vault.audit.entries()) == before
    assert session.vault.audit.verify().ok


def test_settings_other_services_read_are_checked_when_set(session):
    from skot_dossier.domain.validation import ValidationError

    before = len(session.vault.audit.entries())
    for key, bad in (
        ("evidence.max_bytes", "veel"),
        ("evidence.max_bytes", "-5"),
        ("calendar.holidays", '[["2026-12-31", "2026-12-01", "Kerst"]]'),
        ("calendar.holidays", "geen json"),
        ("retention.policy", "{}"),
        ("retention.two_person_approval", "ja"),
    ):
        with pytest.raises(ValidationError) as caught:
            set_setting(session, key, bad)
        assert key in caught.value.problems
    assert len(session.vault.audit.entries()) == before
    set_setting(session, "calendar.holidays", '[["2026-12-21", "2027-01-01", "Kerstvakantie"]]')
