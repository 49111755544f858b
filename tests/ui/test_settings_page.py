"""Settings: this computer's preferences, and an administrator's schools and users."""

from __future__ import annotations

from skot_dossier.services import access
from skot_dossier.vault import INSECURE_TEST_PROFILE
from tests.helpers import PASSPHRASE
from ui import settings
from ui.main_window import MainWindow
from ui.pages.info_pages import NotForRolePage


def test_administrator_adds_a_school_and_a_user(qtbot, ui_vault):
    session = ui_vault.unlock("beheer")
    window = MainWindow(session, ui_vault.path, "beheer", kdf=INSECURE_TEST_PROFILE)
    qtbot.addWidget(window)
    workspace = window.workspace
    assert workspace.current_key() == "settings"  # an administrator sees no dossiers
    workspace.show_page("dossiers")
    assert isinstance(workspace.dossier_area.currentWidget(), NotForRolePage)
    assert "Beheerder" in workspace.dossier_area.currentWidget().text.text()
    assert not window.new_dossier_action.isEnabled()

    page = workspace.page("settings")
    assert page.schools_model.rowCount() == 2
    dialog = page.add_school()
    dialog.name.setText("Basisschool De Zandloper")
    dialog.brin.setText("99C3")
    dialog.address.street.setText("Schoolplein 4")
    dialog.address.postcode.setText("12345")
    dialog.address.town.setText("Westerhaar")
    dialog.director.setText("Ingrid Çakır")
    dialog.save()
    assert "postcode" in dialog.errors.labels["address.postcode"].text()
    dialog.address.postcode.setText("7676 AB")
    dialog.save()
    assert page.schools_model.rowCount() == 3

    user = page.add_user()
    user.name.setText("Priya Ramdin")
    user.login.setText("privacy")
    user.role.setCurrentIndex(user.role.findData("privacy_officer"))
    user.passphrase.setText(PASSPHRASE)
    user.save()
    assert page.users_model.rowCount() == 4
    assert "privacy" in access.describe_vault(ui_vault.path).user_labels
    window.close()


def test_workstation_settings_are_saved_and_hold_no_personal_data(qtbot, ui_vault):
    window = MainWindow(ui_vault.unlock("directeur"), ui_vault.path, "directeur")
    qtbot.addWidget(window)
    page = window.workspace.page("settings")
    assert page.schools_model is None  # not an administrator: no school management
    page.idle.setValue(12)
    assert settings.get(settings.IDLE_MINUTES) == 12
    assert window.idle.interval_ms() == 12 * 60_000
    page.language.setCurrentIndex(page.language.findData("en"))
    assert settings.get(settings.LANGUAGE) == "en"
    window.workspace.open_dossier(ui_vault.pupil_dossier)
    window.close()
    stored = settings.QSettings()
    stored.sync()
    values = " ".join(str(stored.value(key)) for key in stored.allKeys())
    assert "Yılmaz" not in values and ui_vault.pupil_dossier not in values
    assert stored.value(settings.WINDOW_GEOMETRY.key)  # geometry is remembered
