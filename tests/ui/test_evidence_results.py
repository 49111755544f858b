"""What became of each file, in words a person reads: kinds of file instead of media types,
sizes the Dutch way, and a description without a file not called "stored"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skot_dossier.services import access, people
from skot_dossier.services.settings import set_setting
from tests.ui import keyboard


def _results(dialog) -> dict[str, str]:
    table = dialog.result_page.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_refused_files_are_explained_in_plain_dutch(qtbot, ui_vault, tmp_path):
    admin = ui_vault.unlock("beheer")
    set_setting(admin, "evidence.max_bytes", str(1024**2))  # 1 MiB, for this test
    access.lock(admin)
    big = tmp_path / "opname.txt"
    big.write_bytes(b"a" * (2 * 1024**2 + 300 * 1024))  # 2.3 MiB of text
    lying = tmp_path / "foto.png"
    lying.write_bytes(b"%PDF-1.4\n" + bytes(500))
    good = tmp_path / "chat.txt"
    good.write_text("Bericht van @anoniem_1234", encoding="utf-8")

    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    dialog = keyboard.show(qtbot, window.workspace.add_evidence(page.view.incidents[0]))
    dialog.picker.add_files([big, lying, good])  # as chosen in the file dialog
    keyboard.press(dialog, Qt.Key.Key_Return)  # Save
    results = _results(dialog)
    assert results["opname.txt"] == "Het bestand is te groot (2,3 MB; de grens is 1,0 MB)."
    assert "MiB" not in results["opname.txt"]
    assert results["foto.png"].startswith(
        "Soort bestand volgens de naam: Afbeelding (PNG); volgens de inhoud: Pdf-document."
    )
    assert "/" not in results["foto.png"]  # no "image/png"
    assert results["chat.txt"].startswith("Opgeslagen (")
    message = dialog.result_page.message.text()
    assert message == "Bewijs: 1 bestand opgeslagen, 2 bestanden niet opgeslagen."
    window.close()


def test_a_description_without_a_file_is_not_called_stored(qtbot, ui_vault):
    window = keyboard.main_window(qtbot, ui_vault, "directeur")
    page = window.workspace.open_dossier(ui_vault.pupil_dossier)
    dialog = keyboard.show(qtbot, window.workspace.add_evidence(page.view.incidents[0]))
    picker = dialog.picker
    picker.metadata_mode.setChecked(True)
    keyboard.tab_to(dialog, picker.seen_where)
    keyboard.type_text(dialog, "in de groepsapp van groep 6")
    keyboard.tab_to(dialog, picker.seen_by)
    keyboard.type_text(dialog, "de directeur")
    keyboard.press(dialog, Qt.Key.Key_Return)
    message = dialog.result_page.message.text()
    assert message == "Bewijs: 1 beschrijving vastgelegd, zonder bestand."
    assert "opgeslagen" not in message
    assert people.open_dossier(window.session, ui_vault.pupil_dossier)
    window.close()
