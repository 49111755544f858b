"""One clock for the whole product: a moment is typed and shown as the clock in the
Netherlands shows it, stored in UTC, and printed the same, whatever zone the computer is
set to (UTC, as many laptops are set by their image, or somewhere far away)."""

from __future__ import annotations

import os
import subprocess
import zipfile
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from skot_dossier.services import incidents, mandates, packets, people
from tests.ui import keyboard
from ui.dossier.incident_dialog import IncidentDialog
from ui.intake.wizard import IntakeWizard
from ui.pages.audit_model import local_time

HAPPENED = "15-01-2025 19:00"  # winter: Amsterdam is UTC+1
KNOWN = "15-07-2025 08:30"  # summer: UTC+2


def _type(wizard, field, text: str) -> None:
    keyboard.tab_to(wizard, field)
    keyboard.type_text(wizard, text)
    keyboard.press(wizard, Qt.Key.Key_Tab)


def test_what_is_typed_is_what_is_shown_stored_and_printed(
    qtbot, ui_vault, tmp_path, computer_zone
):
    admin = ui_vault.unlock("beheer")
    filer = mandates.register_mandate(
        admin, "police_report", "Jan Klaassen", "directeur", "namens het bevoegd gezag"
    )
    admin.close()
    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.staff_dossier)
    wizard = keyboard.show(qtbot, IntakeWizard(session, view))
    wizard.what.title_edit.setText("Dreigbericht")
    wizard.what.description.setPlainText("Bericht via Snapchat")
    _type(wizard, wizard.what.occurred, HAPPENED)
    _type(wizard, wizard.what.known, KNOWN)
    for _ in range(4):  # what, online, persons, evidence
        wizard.next()
    assert wizard.currentPage() is wizard.summary
    assert HAPPENED in wizard.summary.browser.toPlainText()
    wizard.next()
    incident = incidents.get_incident(session, wizard.incident.id)

    # Stored in UTC, from the Dutch wall clock (not from the computer's zone).
    assert incident.occurred_at == datetime(2025, 1, 15, 18, 0, tzinfo=UTC)
    assert incident.known_at == datetime(2025, 7, 15, 6, 30, tzinfo=UTC)

    # On screen.
    details = IncidentDialog(incident).browser.toPlainText()
    assert HAPPENED in details and KNOWN in details
    assert local_time("2025-01-15T18:00:00+00:00") == "15-01-2025 19:00:00"

    # On paper: the police packet's cover.
    request = packets.PacketRequest(filer_mandate_id=filer.id, offences=("art. 285 Sr",))
    result = packets.build_police_packet(session, incident.id, request, tmp_path / "p.zip")
    with zipfile.ZipFile(result.path) as archive:
        archive.extract(packets.COVER, tmp_path)
    cover = subprocess.run(
        ["pdftotext", str(tmp_path / packets.COVER), "-"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TZ": computer_zone},
    ).stdout
    assert "15 januari 2025, 19:00" in cover and "15 juli 2025, 08:30" in cover
    wizard.discard()
    session.close()


def test_a_stored_moment_reads_the_same_on_every_computer(computer_zone):
    from ui.text import datetime_text

    stored = datetime(2025, 7, 15, 6, 30, tzinfo=UTC)
    assert datetime_text(stored) == "15-07-2025 08:30"
    assert local_time(stored.isoformat()) == "15-07-2025 08:30:00"
