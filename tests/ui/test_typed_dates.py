"""Dates and times typed day first, as a Dutch user types them, land as typed; what is wrong
with the finished value is said at the field at once, not on the last page."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from skot_dossier.domain.clock import LOCAL, today
from skot_dossier.services import people
from tests.ui import keyboard
from ui.date_fields import MomentEdit
from ui.dossier.timeline_dialog import TimelineEntryDialog
from ui.forms.person_form import PersonForm
from ui.intake.wizard import IntakeWizard


def _wizard(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.pupil_dossier)
    wizard = keyboard.show(qtbot, IntakeWizard(session, view))
    return session, wizard


def _type_into(window, field, text: str) -> None:
    keyboard.tab_to(window, field)
    keyboard.type_text(window, text)
    keyboard.press(window, Qt.Key.Key_Tab)  # done typing: on to the next field


def test_happened_on_typed_day_first_is_what_was_typed(qtbot, ui_vault):
    session, wizard = _wizard(qtbot, ui_vault)
    what = wizard.what
    _type_into(wizard, what.occurred, "30-11-2025 19:00")
    assert what.occurred.text() == "30-11-2025 19:00"
    assert what.occurred.value() == datetime(2025, 11, 30, 19, 0, tzinfo=LOCAL)
    _type_into(wizard, what.known, "29-02-2024 23:59")  # through 29 December to February
    assert what.known.text() == "29-02-2024 23:59"
    # Known before it happened: said beside the field as soon as it is typed.
    message = what.errors.labels["known_at"]
    assert message.isVisibleTo(what) and "vóór het moment waarop het gebeurde" in message.text()
    _type_into(wizard, what.known, "01-12-2025 08:15")
    assert not message.isVisibleTo(what)
    assert what.known.calendarWidget().selectedDate().toPython() == date(2025, 12, 1)
    session.close()


def test_a_future_moment_is_refused_at_the_field_not_on_the_last_page(qtbot, ui_vault):
    session, wizard = _wizard(qtbot, ui_vault)
    what = wizard.what
    what.title_edit.setText("Dreigbericht")
    what.description.setPlainText("Bericht via Snapchat")
    next_year = today().year + 1
    _type_into(wizard, what.occurred, f"03-01-{next_year} 10:00")
    message = what.errors.labels["occurred_at"]
    assert message.isVisibleTo(what) and "toekomst" in message.text()
    assert what.occurred.text() == f"03-01-{next_year} 10:00"  # kept as typed, to correct
    keyboard.press(wizard, Qt.Key.Key_Return)  # Next: stays here and says why
    assert wizard.currentPage() is what
    _type_into(wizard, what.occurred, "31-04-2025 10:00")  # April has 30 days
    assert "bestaat niet" in message.text()
    session.close()


def test_timeline_date_typed_day_first_and_the_calendar_opens_there(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.pupil_dossier)
    dialog = keyboard.show(qtbot, TimelineEntryDialog(session, view))
    _type_into(dialog, dialog.happened_on, "30-11-2025")
    assert dialog.happened_on.text() == "30-11-2025"
    assert dialog.happened_on.value() == date(2025, 11, 30)
    assert dialog.happened_on.calendarWidget().selectedDate().toPython() == date(2025, 11, 30)
    _type_into(dialog, dialog.happened_on, f"02-01-{today().year + 1}")
    assert "toekomst" in dialog.errors.labels["happened_on"].text()
    dialog.discard()
    session.close()


def test_an_empty_birth_date_takes_a_typed_date(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    form = keyboard.show(qtbot, PersonForm(session, people.list_schools(session)))
    _type_into(form, form.birth_date, "04-03-2015")
    assert form.birth_date.value() == date(2015, 3, 4)
    form.discard()
    session.close()


def test_moment_field_keeps_the_foundation_wall_clock():
    field = MomentEdit(datetime(2026, 3, 29, 1, 30, tzinfo=LOCAL))  # the night clocks change
    assert field.text() == "29-03-2026 01:30"
    assert field.value().utcoffset().total_seconds() == 3600
