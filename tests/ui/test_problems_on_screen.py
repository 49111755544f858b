"""Problems the core reports reach a real screen in Dutch, with their values filled in,
and no English: a field problem in the person form, an unlock error, a refusal of a
service shown in a dialog, and a problem with values (sizes) in the evidence dialog."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from skot_dossier.services import incidents, privacy, settings
from skot_dossier.vault.attempts import AttemptCounter
from tests.helpers import PASSPHRASE
from ui.dossier.add_evidence_dialog import AddEvidenceDialog
from ui.forms.person_form import PersonForm
from ui.unlock_dialog import UnlockDialog
from ui.workspace import Workspace

# Words of the English texts (the screen's and the command line's) that Dutch never uses.
ENGLISH = re.compile(
    r"\b(the|this|that|not|and|must|with|cannot|already|required|too|file|passphrase|"
    r"altered|limit|restricted|changed)\b",
    re.IGNORECASE,
)


def _dutch(text: str) -> str:
    assert text.strip()
    assert not ENGLISH.search(text), text
    return text


def _click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_field_problems_in_the_person_form_are_dutch_with_their_values(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    form = workspace.new_dossier()
    assert isinstance(form, PersonForm)
    form.show()
    form.given_name.setText("Zoë")
    form.family_name.setText("ä" * 101)
    form.number.setText("L-1001")  # the number of Şeyma's dossier
    _click(form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.isVisible()
    family = _dutch(form.errors.labels["family_name"].text())
    assert family == "Te lang (101 tekens; hoogstens 100)."
    number = _dutch(form.errors.labels["number"].text())
    assert number == "Iemand anders heeft dit nummer al."
    _dutch(form.errors.general.text())
    session.close()


def test_an_unlock_error_names_the_login_in_dutch_and_leaves_out_the_detail(
    qtbot, created, vault_dir
):
    created[0].close()
    data = json.loads((vault_dir / "vault.json").read_text("utf-8"))
    data["keyslots"][0]["kdf"]["time_cost"] = 0  # impossible: never derived
    (vault_dir / "vault.json").write_text(json.dumps(data), "utf-8")
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    qtbot.keyClicks(panel.secret, PASSPHRASE)
    _click(panel.ok_button)
    qtbot.waitUntil(lambda: bool(panel.message.text()), timeout=5000)
    text = panel.message.text()
    assert "„hr”" in text and "vault.json" in text and "gewijzigd" in text
    assert "key-derivation" not in text and "time cost" not in text  # the log's detail
    _dutch(text.replace("vault.json", ""))
    assert AttemptCounter(vault_dir).state().failures == 0


def test_a_refusal_of_the_service_is_shown_in_dutch_in_the_dialog(qtbot, ui_vault):
    officer = ui_vault.unlock("privacy")
    privacy.restrict_processing(
        officer, ui_vault.pupil_dossier, "De ouders maken bezwaar tegen de verwerking."
    )
    officer.close()
    session = ui_vault.unlock("directeur")
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    workspace.show()
    page = workspace.open_dossier(ui_vault.pupil_dossier)
    _click(page.edit_button)
    (form,) = [f for f in workspace.findChildren(PersonForm) if f.isVisible()]
    form.given_name.setText("Şeyma Nur")
    form.reason.setText("Tweede voornaam op verzoek van de ouders")
    _click(form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.isVisible()
    text = _dutch(form.errors.general.text())
    assert "beperkt (AVG art. 18)" in text
    session.close()


def test_a_problem_with_values_in_the_evidence_dialog_is_dutch(qtbot, ui_vault, tmp_path):
    admin = ui_vault.unlock("beheer")
    settings.set_setting(admin, "evidence.max_bytes", str(1024))
    admin.close()
    big = tmp_path / "schermafdruk.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    session = ui_vault.unlock("directeur")
    incident = incidents.get_incident(session, ui_vault.incident_id)
    dialog = AddEvidenceDialog(session, incident)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.add_files([big])
    _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.result_page, timeout=5000)
    cell = dialog.result_page.table.item(0, 1).text()
    assert _dutch(cell) == "Het bestand is te groot (2,9 kB; de grens is 1,0 kB).", cell
    session.close()
