"""New dossier and edit details: validation next to the fields, then a real dossier."""

from __future__ import annotations

from skot_dossier.services import people
from ui.forms.person_form import PersonForm
from ui.workspace import Workspace


def test_new_pupil_dossier_with_a_guardian(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    form = workspace.new_dossier()
    assert isinstance(form, PersonForm)
    assert form.schools.chosen() == (ui_vault.school_a,)  # a director's only school
    form.given_name.setText("Zoë")
    form.number.setText("L-1002")
    guardian = form.guardians.add()
    guardian.name.setText("Noah de Vries")
    guardian.address.street.setText("Molenweg 3")
    guardian.address.postcode.setText("76")
    guardian.address.town.setText("Vriezenveen")
    form.save()
    assert form.isVisible()  # nothing saved yet
    assert "verplicht" in form.errors.labels["family_name"].text()
    assert form.errors.labels["family_name"].isVisibleTo(form)
    assert "postcode" in guardian.errors.labels["address.postcode"].text()
    assert "rode melding" in form.errors.general.text()

    form.family_name.setText("van Dijk-Çelik")
    guardian.address.postcode.setText("7671ab")
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    person, dossier_id = saved.args
    assert person.full_name == "Zoë van Dijk-Çelik"
    assert person.guardians[0].address.postcode == "7671 AB"
    page = workspace.dossier_page
    assert page is not None and page.dossier_id == dossier_id
    assert page.name.text() == "Zoë van Dijk-Çelik"
    session.close()


def test_staff_member_and_an_edit_with_reason(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    schools = people.list_schools(session)[:1]
    form = PersonForm(session, schools)
    qtbot.addWidget(form)
    form.as_staff.setChecked(True)
    assert form.staff_box.isVisibleTo(form) is not form.pupil_box.isVisibleTo(form)
    form.given_name.setText("Şükrü")
    form.family_name.setText("Öztürk")
    form.number.setText("P-2002")
    form.position.setText("Intern begeleider")
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    person = saved.args[0]

    edit = PersonForm(session, schools, person)
    qtbot.addWidget(edit)
    assert not edit.as_pupil.isEnabled()
    edit.position.setText("Locatieleider")
    edit.save()
    assert "verplicht" in edit.errors.labels["reason"].text()
    edit.reason.setText("Nieuwe functie per 1 november")
    with qtbot.waitSignal(edit.saved):
        edit.save()
    assert people.get_person(session, person.id).position == "Locatieleider"
    session.close()
