"""The dossier table model, without a view: pages, filters, stale results, clearing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from skot_dossier.domain.drafts import PersonDraft
from skot_dossier.services import people
from ui.pages.dossier_list_model import DossierTableModel
from ui.table_model import RECORD_ROLE


def _add_staff(session, school_id: str, count: int) -> None:
    for n in range(count):
        people.create_person(
            session,
            PersonDraft(
                kind="staff",
                given_name=f"Medewerker{n:02d}",
                family_name=f"Achternaam{n:02d}",
                number=f"P-9{n:03d}",
                school_ids=(school_id,),
            ),
        )


def _source(**filters):
    return lambda session, offset, limit: people.list_dossiers(
        session, offset=offset, limit=limit, **filters
    )


def test_pages_load_one_at_a_time_until_exhausted(qapp, ui_vault):
    session = ui_vault.unlock("directeur")
    try:
        _add_staff(session, ui_vault.school_a, 5)  # 7 dossiers in all
        model = DossierTableModel(session, page_size=3)
        model.set_source(_source())
        assert model.rowCount() == 3
        assert model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 6
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 7
        assert not model.canFetchMore(QModelIndex())
        names = [model.index(r, model.NAME).data() for r in range(7)]
        assert "Şeyma Yılmaz" in names and "Łukasz Wójcik" in names
        assert len(set(names)) == 7
    finally:
        session.close()


def test_columns_show_dutch_words_and_the_record(qapp, ui_vault):
    session = ui_vault.unlock("directeur")
    try:
        model = DossierTableModel(session)
        model.set_source(_source(kind="pupil"))
        assert model.rowCount() == 1
        assert model.headerData(model.KIND, Qt.Orientation.Horizontal) == "Medewerker/leerling"
        assert model.index(0, model.KIND).data() == "Leerling"
        assert model.index(0, model.STATUS).data() == "Open"
        assert model.index(0, model.SCHOOLS).data() == "Basisschool De Vliegeraar"
        assert model.index(0, model.INCIDENTS).data() == "1"
        assert model.index(0, 0).data(RECORD_ROLE).dossier_id == ui_vault.pupil_dossier
    finally:
        session.close()


def test_filters_are_asked_of_the_service(qapp, ui_vault):
    session = ui_vault.unlock("directeur")
    try:
        model = DossierTableModel(session)
        model.set_source(_source(kind="staff"))
        assert [s.name for s in model.summaries()] == ["Łukasz Wójcik"]
        model.set_source(_source(status="closed"))
        assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
        model.set_source(_source(school_id=ui_vault.school_b))
        assert model.rowCount() == 0
    finally:
        session.close()


def test_a_late_page_of_an_old_query_is_dropped(qapp, ui_vault):
    session = ui_vault.unlock("directeur")
    try:
        model = DossierTableModel(session)
        late_rows = people.list_dossiers(session)
        model.set_source(_source(kind="staff"))
        model._append(model._generation - 1, late_rows)  # from a query that was replaced
        assert model.rowCount() == 1
    finally:
        session.close()


def test_clear_drops_every_row(qapp, ui_vault):
    session = ui_vault.unlock("directeur")
    try:
        model = DossierTableModel(session)
        model.set_source(_source())
        assert model.rowCount() == 2
        model.clear()
        assert model.rowCount() == 0
        assert not model.canFetchMore(QModelIndex())
    finally:
        session.close()


def test_a_refresh_keeps_the_rows_until_the_new_page_has_come(qapp, ui_vault):
    """Read again after a change: no empty list in between (nothing flickers)."""
    from ui import workers

    session = ui_vault.unlock("directeur")
    held: list = []

    class HeldPool:
        """Keeps the tasks until the test lets them run."""

        def start(self, task) -> None:
            held.append(task)

    try:
        model = DossierTableModel(session)
        model.set_source(_source())
        assert model.rowCount() == 2
        workers.set_pool(HeldPool())
        _add_staff(session, ui_vault.school_a, 1)
        model.set_source(_source(), keep_rows=True)
        assert model.rowCount() == 2 and model.is_loading()  # the old rows, still shown
        workers.set_pool(workers.SynchronousPool())
        held.pop().run()
        assert model.rowCount() == 3 and not model.is_loading()
        model.set_source(_source(kind="pupil"))  # a new query starts empty
        assert model.rowCount() == 1
    finally:
        session.close()
