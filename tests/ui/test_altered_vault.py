"""An altered vault.json, as the person at the unlock dialog meets it: a clear sentence."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from skot_dossier.errors import VaultHeaderAltered
from skot_dossier.vault.attempts import AttemptCounter
from tests.helpers import PASSPHRASE
from ui import i18n
from ui.messages import error_text
from ui.unlock_dialog import UnlockDialog


def _rename_slot(vault_dir, old: str, new: str) -> None:
    data = json.loads((vault_dir / "vault.json").read_text("utf-8"))
    next(s for s in data["keyslots"] if s["label"] == old)["label"] = new
    (vault_dir / "vault.json").write_text(json.dumps(data), "utf-8")


def test_unlocking_a_renamed_slot_says_vault_json_was_altered(qtbot, created, vault_dir):
    created[0].close()
    _rename_slot(vault_dir, "hr", "directeur")
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    assert panel.user.currentText() == "directeur"
    qtbot.keyClicks(panel.secret, PASSPHRASE)
    # (Enter in the passphrase field is mended on the keyboard branch; the button is
    # what every user can use today.)
    qtbot.mouseClick(panel.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.message.text()), timeout=5000)
    text = panel.message.text()
    assert "vault.json" in text and "gewijzigd" in text
    assert "niet juist" not in text  # not "the passphrase is not correct"
    assert dialog.session is None
    assert AttemptCounter(vault_dir).state().failures == 0


def test_the_altered_message_exists_in_english_too(qapp):
    i18n.install(qapp, "en")
    try:
        text = error_text(VaultHeaderAltered())
        assert text.startswith("The vault's key file (vault.json) was changed")
    finally:
        i18n.install(qapp, "nl")
    assert error_text(VaultHeaderAltered()).startswith("Het sleutelbestand van de kluis")


def test_the_logboek_names_the_keyslot_upgrade_in_words(qapp):
    from ui import audit_labels

    assert audit_labels.action_text("rebind-keyslot", "keyslot") == (
        "Inlognaam aan de sleutel vastgemaakt (inlognaam)"
    )
