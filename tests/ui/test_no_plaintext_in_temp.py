"""After a whole UI session nothing decrypted is left in temp, nor unencrypted in the vault."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path

from tests.helpers import PASSPHRASE, canary_forms, contains_bytes
from ui.main_window import MainWindow


def test_a_full_session_leaves_no_canary_in_temp(qtbot, ui_vault, tmp_path, monkeypatch):
    system_temp = Path(tempfile.gettempdir())
    own_temp = tmp_path / "temp"
    own_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_temp))
    started = time.time()
    canary = f"Kanarie{secrets.token_hex(6)}"
    sources = tmp_path / "bronnen"
    sources.mkdir()
    shot = sources / "bewijs.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + canary.encode() * 400)
    note = sources / "chat.txt"
    note.write_text(f"bericht over {canary}", encoding="utf-8")

    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur")
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    form = workspace.new_dossier()
    form.given_name.setText(canary)
    form.family_name.setText("Öztürk")
    form.number.setText("L-7777")
    form.save()
    page = workspace.dossier_page
    wizard = workspace.new_incident()
    wizard.what.title_edit.setText(f"Incident {canary}")
    wizard.what.description.setPlainText(f"Omschrijving {canary}")
    for _ in range(3):
        wizard.next()
    wizard.evidence.picker.add_files([shot, note])
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.result_page
    wizard.accept()
    page.tabs.setCurrentIndex(page.EVIDENCE)
    tab = page.evidence
    for row in range(tab.model.rowCount()):
        tab.table.selectRow(row)
    assert tab.model.rowCount() == 2
    workspace.focus_search()
    workspace.list_page.search.setText(canary)
    workspace.list_page._run_search()
    assert workspace.list_page.results.rowCount() >= 1
    window.lock()
    window.lock_screen.panel.secret.setText(PASSPHRASE)
    window.lock_screen.panel.submit()
    window.close()

    needles = canary_forms(canary)
    assert contains_bytes(own_temp, needles) == []
    assert contains_bytes(ui_vault.path, needles) == []  # encrypted at rest, WAL included
    leaks = [p for p in _new_files(system_temp, started) if sources not in p.parents]
    assert [p for p in leaks if _holds(p, needles)] == []


def _new_files(root: Path, since: float) -> list[Path]:
    """Files written below ``root`` since the session started (unreadable ones skipped)."""
    found = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _error: None):
        for name in names:
            path = Path(folder) / name
            try:
                info = path.stat()
            except OSError:
                continue
            if info.st_mtime >= since and info.st_size < 64 * 1024**2:
                found.append(path)
    return found


def _holds(path: Path, needles: list[bytes]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(n in data for n in needles)
