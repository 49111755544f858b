"""The privacy officer's exports say what the screen says: in Dutch words, with the kind of
record, for exactly the entries the screen shows, and in cells that wrap between words."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

import pytest

from skot_dossier.audit import labels
from skot_dossier.privacy.report_pdf import Report, Section, render_report
from skot_dossier.services import audit_review, people, privacy
from skot_dossier.services.audit_review import LogQuery
from tests.helpers import PASSPHRASE
from tests.vaults import UiVault, build_ui_vault

ROOT = Path(__file__).resolve().parents[2]
RAW_CODES = ("keyholder", "director", "privacy_officer", "create", "unlock", "list", "view")


@pytest.fixture
def vault(tmp_path) -> UiVault:
    """A vault whose logins differ from the users' names ("directeur" is Jan Klaassen)."""
    built = build_ui_vault(tmp_path / "School.skotvault")
    hr = built.unlock("hr")
    try:
        privacy.record_case_reason(hr, built.pupil_id, "Getuige in de zaak van het filmpje")
        people.open_dossier(hr, built.pupil_dossier)
    finally:
        hr.close()
    return built


@pytest.fixture
def po(vault):
    session = vault.unlock("privacy")
    yield session
    session.close()


def _pdf_text(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _csv_rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text("utf-8-sig").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def test_filtering_by_a_users_name_finds_their_unlocks_and_locks(po):
    rows = audit_review.review(po, actor="Jan Klaassen")
    actions = {r.entry.action for r in rows}
    assert {"unlock", "lock"} <= actions  # logged under the login "directeur"
    assert {r.actor for r in rows} == {"Jan Klaassen"}
    unlock = next(r for r in rows if r.entry.action == "unlock")
    assert unlock.entry.actor == "directeur"  # the stored entry is unchanged
    assert labels.actor_text(unlock.actor, unlock.entry.role) == "Jan Klaassen (Sleutelhouder)"


def test_exports_use_the_screens_dutch_words_and_name_the_kind_of_record(po, tmp_path):
    pdf = audit_review.export_pdf(po, tmp_path / "log.pdf")
    text = _pdf_text(pdf, "-layout")
    words = set(re.findall(r"[\w-]+", text))
    for expected in ("Ontgrendeld", "Vergrendeld", "Sleutelhouder", "Aangemaakt", "Bekeken"):
        assert expected in words, expected
    assert {"Inlognaam", "toegevoegd"} <= words  # "add-keyslot", whole words
    assert {"Gegeven", "persoon", "dossier", "kluis"} <= words  # the kind of record
    for code in RAW_CODES:
        assert not re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text), code

    rows = _csv_rows(audit_review.export_csv(po, tmp_path / "log.csv"))
    assert {"Gebruiker", "Rol", "Actie", "Soort gegeven", "Uitkomst"} <= set(rows[0])
    unlocks = [r for r in rows if r["Actie"] == "Ontgrendeld"]
    assert unlocks and {r["Rol"] for r in unlocks} == {"Sleutelhouder"}
    assert "Jan Klaassen" in {r["Gebruiker"] for r in unlocks}
    assert {r["Soort gegeven"] for r in rows} >= {"dossier", "persoon", "kluis"}
    assert {r["Uitkomst"] for r in rows} <= {"gelukt", "geweigerd", "mislukt"}
    for row in rows:
        assert row["Actie"] not in labels.ACTIONS and row["Rol"] not in labels.ROLES


def _shown_before(session, query: LogQuery, seq: int) -> list[int]:
    """The entries the screen showed for ``query`` when the log ended at ``seq``."""
    return sorted(
        r.entry.seq for r in audit_review.query_rows(session, query) if r.entry.seq <= seq
    )


def test_an_export_covers_exactly_the_filtered_list(po, tmp_path):
    query = LogQuery(actor="Fatima Bakker", action="view")
    head = po.vault.audit.head().seq
    rows = _csv_rows(audit_review.export_csv(po, tmp_path / "hr-views.csv", query))
    assert rows  # HR viewed the pupil's dossier
    assert [int(r["Nr."]) for r in rows] == _shown_before(po, query, head)
    assert {r["Gebruiker"] for r in rows} == {"Fatima Bakker"}
    assert {r["Actie"] for r in rows} == {"Bekeken"}
    header = (tmp_path / "hr-views.csv").read_text("utf-8-sig")
    assert "# gebruiker,Fatima Bakker" in header and "# actie,Bekeken" in header

    flagged = LogQuery(flagged_only=True)
    head = po.vault.audit.head().seq
    text = _pdf_text(audit_review.export_pdf(po, tmp_path / "flagged.pdf", flagged), "-layout")
    entry = po.vault.audit.entries()[-1]
    assert "alleen regels met een signaal" in text
    count = len(_shown_before(po, flagged, head))
    assert count and re.search(rf"Aantal regels\s+{count}\b", text)
    assert entry.action == "export" and entry.details_dict()["filters"] == ["flagged_only"]


def test_the_who_looked_view_can_be_exported(po, vault, tmp_path):
    query = LogQuery(person_id=vault.pupil_id)
    head = po.vault.audit.head().seq
    pdf = audit_review.export_pdf(po, tmp_path / "wie.pdf", query)
    shown = _shown_before(po, query, head)
    text = _pdf_text(pdf, "-layout")
    assert "Wie heeft deze gegevens ingezien" in text and "Şeyma Yılmaz" in text
    assert re.search(rf"Aantal regels\s+{len(shown)}\b", text)
    head = po.vault.audit.head().seq
    rows = _csv_rows(audit_review.export_csv(po, tmp_path / "wie.csv", query))
    entry = po.vault.audit.entries()[-1]
    assert [int(r["Nr."]) for r in rows] == _shown_before(po, query, head)
    assert {"Zaakreden vastgelegd", "Bekeken"} <= {r["Actie"] for r in rows}
    assert {r["Betrokkene"] for r in rows} == {"Şeyma Yılmaz"}
    # The export is itself an access to the pupil's data: it shows up for her.
    assert entry.subject_id == vault.pupil_id and entry.details_dict()["view"] == "who-looked"


def test_table_cells_wrap_between_words_never_inside_one():
    long_words = ("Verwerkingsbeperking", "Inlognaam", "Sleutelhouder", "Functionaris")
    pdf = render_report(
        Report(
            title="Proef",
            sections=(
                Section(
                    "Regels",
                    table_header=("Nr.", "Actie", "Doel"),
                    table_rows=tuple(
                        (str(n), f"{word} opgeheven", "Een doel met gewone woorden")
                        for n, word in enumerate(long_words)
                    ),
                    column_widths_mm=(10, 12, 148),  # far too narrow for the action
                ),
            ),
        )
    )
    target = Path(__file__).parent / "_wrap.pdf"
    try:
        target.write_bytes(pdf)
        words = set(_pdf_text(target, "-raw").split())
    finally:
        target.unlink(missing_ok=True)
    assert set(long_words) <= words


def _codes_the_core_writes() -> tuple[set[str], set[str]]:
    actions, objects = set(), set()
    for path in (ROOT / "skot_dossier").rglob("*.py"):
        if path.name == "cli.py":
            continue  # argparse's action="store_true"
        text = path.read_text("utf-8")
        actions |= set(re.findall(r'unit_of_work\(\s*session,\s*"([a-z-]+)"', text))
        actions |= set(re.findall(r'\baction="([a-z-]+)"', text))
        actions |= set(re.findall(r'_save_header\(\s*[^,]+,\s*"([a-z-]+)"', text, re.S))
        actions |= set(re.findall(r'log_keyholder\(\s*"([a-z-]+)"', text, re.S))
        objects |= set(re.findall(r'\bobject_type="([a-z_-]+)"', text))
    return actions, objects


def test_every_code_the_core_writes_has_words():
    actions, objects = _codes_the_core_writes()
    assert {"unlock", "lock", "add-keyslot", "view", "erase"} <= actions  # the scan works
    assert actions - set(labels.ACTIONS) == set()
    assert objects - set(labels.OBJECTS) == set()
    for table in (labels.ACTIONS, labels.OBJECTS, labels.FLAGS, labels.ROLES, labels.PROBLEMS):
        for label in table.values():
            assert label.nl and label.en


def test_a_vault_without_users_names_the_keyholder(tmp_path):
    from skot_dossier.services import access
    from skot_dossier.vault import INSECURE_TEST_PROFILE

    session, _ = access.create_vault(
        tmp_path / "v.skotvault", "Beheerder", "admin", PASSPHRASE, kdf=INSECURE_TEST_PROFILE
    )
    try:
        assert labels.actor_text("(unknown)", "(none)") == "(onbekend) (onbekend)"
        assert labels.role("admin", "en") == "Administrator"
    finally:
        session.close()
