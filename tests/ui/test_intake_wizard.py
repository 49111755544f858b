"""The incident intake wizard, start to finish, with evidence and accented names."""

from __future__ import annotations

import hashlib
import io

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWizard

from skot_dossier.domain.drafts import EvidenceDraft
from skot_dossier.services import evidence, incidents, people
from skot_dossier.services.evidence import Cancelled
from ui import vault_worker, workers
from ui.intake.evidence_import import store_plan
from ui.intake.evidence_picker import EvidencePlan
from ui.intake.wizard import IntakeWizard
from ui.workspace import Workspace


def _drop(widget, paths) -> None:
    """What the file manager sends: drag enter, then drop, on the list's viewport."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPointF(10, 10), *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(10, 10), *args))


def _fill_first_pages(wizard: IntakeWizard, title: str, category: str = "threat") -> None:
    what = wizard.what
    what.title_edit.setText(title)
    what.category.setCurrentIndex(what.category.findData(category))
    what.seriousness.setCurrentIndex(what.seriousness.findData("high"))
    what.description.setPlainText("Dreigbericht via Snapchat aan juf Zoë; gezien door Jeroen.")
    wizard.next()
    assert wizard.currentPage() is wizard.online
    wizard.online.platforms["snapchat"].setChecked(True)
    wizard.online.urls.setPlainText("snapchat.example/add/x")
    wizard.next()
    assert wizard.currentPage() is wizard.online  # not a web address: stays, says why
    assert "http" in wizard.online.errors.labels["urls"].text()
    wizard.online.urls.setPlainText("https://snapchat.example/add/x")
    wizard.online.handles.setPlainText("@anoniem_1234")
    wizard.next()
    assert wizard.currentPage() is wizard.persons


def test_intake_with_evidence_from_the_file_picker_and_drag_and_drop(qtbot, ui_vault, tmp_path):
    session = ui_vault.unlock("directeur")
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    page = workspace.open_dossier(ui_vault.staff_dossier)
    wizard = workspace.new_incident()
    assert wizard.persons.party_drafts()[0].person_id == ui_vault.staff_id  # preset
    _fill_first_pages(wizard, "Dreigbericht aan meester Łukasz")

    persons = wizard.persons
    persons.parties.removeRow(0)
    persons.query.setText("Yılmaz")
    persons.run_search()
    assert persons.found.count() == 1
    persons.role.setCurrentIndex(persons.role.findData("subject"))
    persons.add_selected()
    persons.query.setText("Wójcik")
    persons.run_search()
    persons.role.setCurrentIndex(persons.role.findData("victim"))
    persons.add_selected()
    assert [n for n, _ in persons.party_names()] == ["Şeyma Yılmaz", "Łukasz Wójcik"]
    wizard.next()
    assert wizard.currentPage() is wizard.evidence

    shot = tmp_path / "schermafbeelding Zoë.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    chat = tmp_path / "chat.txt"
    chat.write_text("Bericht van @anoniem_1234: ik weet waar je woont", encoding="utf-8")
    picker = wizard.evidence.picker
    picker.add_files([shot])
    _drop(picker.file_list.viewport(), [chat])
    assert picker.files() == [shot, chat]
    assert not picker.confirm.isVisible()  # not a category with a minors' images risk
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    summary = wizard.summary.browser.toPlainText()
    assert "Şeyma Yılmaz" in summary and "schermafbeelding Zoë.png" in summary
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Vastleggen"

    with qtbot.waitSignal(wizard.recorded):
        wizard.next()
    assert wizard.currentPage() is wizard.result_page
    table = wizard.result_page.table
    digests = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert digests[shot.name] == hashlib.sha256(shot.read_bytes()).hexdigest()
    assert digests["chat.txt"] == hashlib.sha256(chat.read_bytes()).hexdigest()
    stored = evidence.list_evidence(session, wizard.incident.id)
    assert {e.original_name for e in stored} == {shot.name, "chat.txt"}
    wizard.accept()
    assert page.incidents.model.rowCount() == 2  # the dossier page shows the new one too
    pupil_view = people.open_dossier(session, ui_vault.pupil_dossier)
    assert any(i.title == "Dreigbericht aan meester Łukasz" for i in pupil_view.incidents)
    session.close()


def test_minors_images_guard_and_the_metadata_only_route(qtbot, ui_vault, tmp_path):
    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.pupil_dossier)
    wizard = IntakeWizard(session, view)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_first_pages(wizard, "Foto doorgestuurd", category="sexting")
    assert wizard.what.warning.isVisibleTo(wizard.what)
    wizard.next()
    picker = wizard.evidence.picker
    assert picker.guard.isVisibleTo(wizard.evidence)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(2000))
    picker.add_files([photo])
    wizard.next()
    assert wizard.currentPage() is wizard.evidence  # no confirmation: not stored, not past
    assert picker.errors.labels["file"].isVisibleTo(picker)

    picker.metadata_mode.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.evidence
    assert "waar" in picker.errors.labels["seen_where"].text()
    picker.seen_where.setText("Groepsapp van groep 8")
    picker.seen_by.setText("De directeur en de leerkracht van groep 8")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.result_page
    stored = evidence.list_evidence(session, wizard.incident.id)
    assert len(stored) == 1 and stored[0].metadata_only and stored[0].size == 0
    assert "foto.jpg" not in {e.original_name for e in stored}
    wizard.accept()
    session.close()


def test_cancelling_a_big_import_stores_nothing_of_that_file(ui_vault, tmp_path):
    session = ui_vault.unlock("directeur")
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.write(b"\x00\x00\x00\x18ftypmp42")
        out.write(bytes(12 * 1024 * 1024))
    reports = []
    control: list[workers.Task] = []
    results: list = []

    def cancel_midway(done: int, total: int) -> None:
        reports.append((done, total))
        if done > 0:
            control[0].cancel()

    def work(s, task):
        control.append(task)
        return store_plan(s, ui_vault.incident_id, plan, task)

    plan = EvidencePlan(files=[(big, EvidenceDraft(original_name=big.name))])
    vault_worker.run(
        session, work, results.append, results.append, on_progress=cancel_midway, with_control=True
    )
    outcomes = results[0]
    assert reports and reports[0][1] == big.stat().st_size
    assert isinstance(outcomes[0].error, Cancelled)
    names = {e.original_name for e in evidence.list_evidence(session, ui_vault.incident_id)}
    assert "video.mp4" not in names
    evidence.add_evidence(
        session,
        ui_vault.incident_id,
        io.BytesIO(b"%PDF-1.4 nog steeds bruikbaar"),
        EvidenceDraft(original_name="na-annuleren.pdf"),
    )
    session.close()


def test_the_summary_warns_when_the_description_names_a_pupil_who_is_no_party(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.staff_dossier)
    wizard = IntakeWizard(session, view)  # the teacher is the person concerned
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    _fill_first_pages(wizard, "Filmpje in de klas")
    wizard.what.description.setPlainText("Meester Łukasz zag dat Şeyma Yılmaz het filmde.")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    warning = wizard.summary.names_warning
    assert warning.isVisibleTo(wizard.summary)
    assert "“Şeyma Yılmaz”" in warning.text() and "Wie zijn betrokken" in warning.text()
    # Going back and adding her as a party makes the warning go.
    wizard.back()
    wizard.back()
    persons = wizard.persons
    persons.query.setText("Yılmaz")
    persons.run_search()
    persons.role.setCurrentIndex(persons.role.findData("witness"))
    persons.add_selected()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    assert not warning.isVisibleTo(wizard.summary)
    wizard.reject()


def test_the_capacity_of_a_staff_post_and_declared_minor_images_are_recorded(qtbot, ui_vault):
    """Protocol, Communiceren: a professional post or a private account; and a
    declaration of possible minors' images, which makes the evidence page ask for the
    confirmation whatever the category."""
    from PySide6.QtTest import QTest

    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.staff_dossier)
    wizard = IntakeWizard(session, view)
    qtbot.addWidget(wizard)
    wizard.show()
    what = wizard.what
    assert [what.posted_as.itemData(i) for i in range(what.posted_as.count())] == [
        "",
        "professional",
        "private",
    ]
    assert what.posted_as.itemText(2) == "Vanaf het privéaccount van de medewerker"
    what.posted_as.setFocus()
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_End)  # the last option: private
    assert what.posted_as.currentData() == "private"
    what.minor_images.setFocus()
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    assert what.minor_images.isChecked() and what.warning.isVisibleTo(what)
    _fill_first_pages(wizard, "Bericht op privéaccount", category="threat")
    assert wizard.what.minor_images.isChecked()  # the category did not reset it
    wizard.next()
    assert wizard.evidence.picker.confirm.isVisibleTo(wizard.evidence)
    wizard.next()
    summary = wizard.summary.browser.toPlainText()
    assert "Vanaf het privéaccount van de medewerker" in summary
    with qtbot.waitSignal(wizard.recorded):
        wizard.next()
    recorded = incidents.get_incident(session, wizard.incident.id)
    assert recorded.posted_as.value == "private" and recorded.minor_images
    wizard.accept()
    session.close()


def test_a_capacity_without_a_staff_member_is_explained_in_dutch(qtbot, ui_vault):
    session = ui_vault.unlock("directeur")
    view = people.open_dossier(session, ui_vault.pupil_dossier)
    wizard = IntakeWizard(session, view)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.what.posted_as.setCurrentIndex(1)
    _fill_first_pages(wizard, "Filmpje", category="insult")
    wizard.next()
    wizard.next()
    wizard.next()  # record: refused, the pupil is the only party
    assert wizard.incident is None
    shown = wizard.what.errors.labels["posted_as"].text()
    assert shown.startswith("Alleen bij een bericht van een medewerker")
    session.close()
