"""The police packet's cover, read back as the police would read it.

What was withheld (metadata only) says where, by whom and when it was seen;
timeline entries carry Dutch labels; every hash is on one line; every date is
written the Dutch way.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest

from skot_dossier.documents import dutch_date
from skot_dossier.domain.clock import LOCAL, local_date
from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.domain.enums import TimelineKind
from skot_dossier.services import evidence, incidents, packets
from skot_dossier.services.settings import set_setting
from tests.integration.pdf_text import pdf_flat, pdf_lines
from tests.vaults import PNG, incident_draft

SEEN_AT = datetime(2026, 11, 3, 19, 45, tzinfo=UTC)


@pytest.fixture
def cover(world, tmp_path):
    set_setting(world.admin, "foundation.name", "Stichting Voorbeeldonderwijs")
    hr = world.as_role("hr")
    inc = incidents.record_incident(
        hr, incident_draft(world.school_a, world.pupil_a, world.staff_a, category="threat")
    )
    files = [
        evidence.add_evidence(
            hr, inc.id, io.BytesIO(PNG + bytes([n])), EvidenceDraft(original_name=f"s{n}.png")
        )
        for n in range(2)
    ]
    evidence.add_evidence_metadata_only(
        hr,
        inc.id,
        EvidenceDraft(
            original_name="video-niet-opgeslagen",
            seen_where="Snapchat-verhaal van @anoniem_42",
            seen_by="juf Zoë Ödegård en de intern begeleider",
            captured_at=SEEN_AT,
            description="Alleen bekeken, niet opgeslagen",
        ),
    )
    dossier_id = world.dossier_a.id
    for kind, summary in (
        ("hearing", "Beide kanten gehoord"),
        ("parent_contact", "Ouders gebeld"),
        ("police_contact", "Wijkagent ingelicht"),
    ):
        incidents.add_timeline_entry(
            hr, dossier_id, kind, date.today() - timedelta(days=1), summary, inc.id
        )
    result = packets.build_police_packet(
        hr,
        inc.id,
        packets.PacketRequest(world.police_mandate, ("art. 285 Sr",)),
        tmp_path / "p.zip",
    )
    with zipfile.ZipFile(result.path) as archive:
        pdf = archive.read(packets.COVER)
    return pdf, files, result, inc


def test_what_was_withheld_says_where_by_whom_and_when_it_was_seen(cover):
    pdf, _files, _result, _inc = cover
    flat = pdf_flat(pdf)
    assert "Snapchat-verhaal van @anoniem_42" in flat
    assert "juf Zoë Ödegård en de intern begeleider" in flat
    seen = SEEN_AT.astimezone(LOCAL)  # the time zone the app writes in
    assert dutch_date(local_date(SEEN_AT)) in flat
    assert seen.strftime("%H:%M") in flat


def test_timeline_entries_carry_dutch_labels(cover):
    flat = pdf_flat(cover[0])
    for label in ("Hoor en wederhoor", "Contact met ouders", "Contact met de politie"):
        assert label in flat
    for kind in TimelineKind:
        assert not re.search(rf"\b{kind.value}\b", flat), kind.value


def test_every_hash_is_printed_on_one_line(cover):
    pdf, files, result, _inc = cover
    lines = pdf_lines(pdf)
    for digest in [f.sha256 for f in files] + [result.manifest_sha256]:
        assert any(digest in line for line in lines), digest


def test_dates_are_written_the_dutch_way(cover):
    pdf, _files, _result, inc = cover
    flat = pdf_flat(pdf)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", flat)  # no ISO dates
    assert not re.search(r"\b\d{2}-\d{2}-\d{4}\b", flat)  # nor numeric ones
    assert dutch_date(local_date(inc.occurred_at)) in flat
