"""The vault worker: one background thread per session, in order, with change notices."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QTimer

from skot_dossier.services import people
from ui import vault_worker, workers
from ui.vault_worker import DOSSIER, LETTER, Changes, VaultClosed, VaultWorker, changes


@pytest.fixture
def real_threads():
    """This test runs tasks on real threads, as the app does."""
    workers.set_pool(None)
    yield
    workers.set_pool(workers.SynchronousPool())


@pytest.fixture
def session(ui_vault):
    s = ui_vault.unlock("hr")
    yield s
    worker = vault_worker._workers.get(id(s))
    if worker is not None:
        worker.close()
        worker.wait()
    s.close()


def test_calls_run_in_order_on_one_thread_that_is_not_the_gui_thread(qtbot, real_threads, session):
    worker = vault_worker.attach(session)
    seen: list[tuple[int, int]] = []
    results: list[tuple[int, int]] = []
    gui = threading.get_ident()

    def call(i):
        def fn(s):
            assert s is session
            seen.append((i, threading.get_ident()))
            return i

        return fn

    for i in range(20):
        worker.run(call(i), lambda r: results.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: len(results) == 20, timeout=10_000)
    assert [i for i, _ in seen] == list(range(20))
    threads = {t for _, t in seen}
    assert len(threads) == 1 and gui not in threads
    assert [r for r, _ in results] == list(range(20))
    assert {t for _, t in results} == {gui}  # callbacks come back to the GUI thread


def test_a_real_service_call_through_the_worker(qtbot, real_threads, session):
    got = []
    vault_worker.run(session, people.list_schools, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert {s.name for s in got[0]} == {"Basisschool De Vliegeraar", "Kindcentrum Het Zonnelied"}


def test_the_gui_keeps_running_while_the_vault_is_busy(qtbot, real_threads, session):
    release = threading.Event()
    ticks = []
    done = []
    worker = vault_worker.attach(session)
    worker.run(lambda s: release.wait(10), done.append)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)  # the event loop is not blocked
    assert worker.is_busy() and not done
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    timer.stop()
    assert not worker.is_busy()


def test_changes_are_announced_after_the_callback_and_only_on_success(qtbot, session):
    worker = VaultWorker(session)
    order = []
    worker.changed.connect(lambda c: order.append(("changed", c)))
    worker.run(
        lambda s: "letter-1",
        lambda r: order.append(("done", r)),
        changes=changes(LETTER, dossiers=["d1"]),
    )
    worker.run(
        lambda s: 1 / 0, None, lambda e: order.append(("error", type(e))), changes=changes(DOSSIER)
    )
    assert order == [
        ("done", "letter-1"),
        ("changed", Changes(frozenset({LETTER}), frozenset({"d1"}))),
        ("error", ZeroDivisionError),
    ]


def test_changes_can_depend_on_the_result(qtbot, session):
    worker = VaultWorker(session)
    seen = []
    worker.changed.connect(seen.append)
    worker.run(lambda s: "d9", None, changes=lambda dossier: changes(DOSSIER, dossiers=[dossier]))
    assert seen == [changes(DOSSIER, dossiers=["d9"])]


def test_a_result_for_a_deleted_widget_is_dropped_but_still_announced(qtbot, real_threads, session):
    worker = vault_worker.attach(session)
    release = threading.Event()
    owner = QObject()
    called = []
    announced = []
    worker.changed.connect(announced.append)
    worker.run(
        lambda s: release.wait(10),
        called.append,
        called.append,
        owner=owner,
        changes=changes(DOSSIER),
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(owner), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: bool(announced), timeout=5_000)
    assert called == []


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_closing_drops_queued_work_and_refuses_new_work(qtbot, real_threads, session):
    worker = vault_worker.attach(session)
    started = threading.Event()
    release = threading.Event()
    ran = []

    def blocking(s):
        started.set()
        release.wait(10)
        return "first"

    worker.run(blocking, ran.append)
    for i in range(3):
        worker.run(lambda s, i=i: ran.append(i))
    assert started.wait(5)
    closed = []
    vault_worker.detach(session, lambda: closed.append(True))
    assert closed == []  # the running call has not returned yet; the GUI did not wait
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=5_000)
    assert ran == []  # queued calls skipped; the running one's result shown to nobody
    with pytest.raises(VaultClosed):
        worker.run(lambda s: None)
    with pytest.raises(VaultClosed):
        vault_worker.of(session)


def test_touches_by_kind_and_dossier():
    c = changes(LETTER, dossiers=["d1"])
    assert c.touches(LETTER)
    assert c.touches(LETTER, DOSSIER, dossier_id="d1")
    assert not c.touches(LETTER, dossier_id="d2")
    assert not c.touches(DOSSIER)
    anywhere = changes(DOSSIER)
    assert anywhere.touches(DOSSIER, dossier_id="any")
    assert (c | anywhere).touches(LETTER, dossier_id="d2")  # "any dossier" wins
    with pytest.raises(ValueError):
        changes("letters")


def test_the_session_is_closed_on_the_worker_after_the_running_call(qtbot, real_threads, session):
    worker = vault_worker.attach(session)
    started, release = threading.Event(), threading.Event()
    closed_on: list[int] = []
    then: list[bool] = []
    worker.run(lambda s: (started.set(), release.wait(10)))
    assert started.wait(5)

    def close(s):
        assert s is session
        closed_on.append(threading.get_ident())
        s.close()

    vault_worker.detach(session, lambda: then.append(session.vault.db.is_open), close=close)
    assert vault_worker.closing() and session.vault.db.is_open and closed_on == []
    waiting: list[bool] = []
    vault_worker.when_closed(lambda: waiting.append(True))
    assert waiting == []  # an unlock of this vault would wait
    release.set()
    qtbot.waitUntil(lambda: then == [False], timeout=5_000)  # ``then`` once it is closed
    assert closed_on and closed_on[0] != threading.get_ident()  # not the GUI thread
    assert waiting == [True] and not vault_worker.closing()


def test_when_closed_runs_at_once_when_nothing_is_closing_and_drops_a_deleted_owner(
    qtbot, real_threads, session
):
    ran: list[str] = []
    vault_worker.when_closed(lambda: ran.append("now"))
    assert ran == ["now"]
    worker = vault_worker.attach(session)
    release = threading.Event()
    worker.run(lambda s: release.wait(10))
    vault_worker.detach(session, close=lambda s: s.close())
    owner = QObject()
    vault_worker.when_closed(lambda: ran.append("owner gone"), owner)
    vault_worker.when_closed(lambda: ran.append("later"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(owner), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: "later" in ran, timeout=5_000)
    assert ran == ["now", "later"]


def test_wait_all_blocks_until_the_running_call_returned(qtbot, real_threads, session):
    worker = vault_worker.attach(session)
    done = threading.Event()
    worker.run(lambda s: (threading.Event().wait(0.2), done.set()))
    assert vault_worker.wait_all(10_000)
    assert done.is_set()


def test_a_watching_screen_out_of_sight_refreshes_once_shown(qtbot, session):
    from PySide6.QtWidgets import QLabel, QStackedWidget

    worker = vault_worker.attach(session)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, behind = QLabel("voor"), QLabel("achter")
    stack.addWidget(front)
    stack.addWidget(behind)
    stack.show()
    refreshed: list[str] = []
    vault_worker.watch(front, session, lambda: refreshed.append("front"), DOSSIER)
    vault_worker.watch(behind, session, lambda: refreshed.append("behind"), DOSSIER)
    vault_worker.watch(
        front, session, lambda: refreshed.append("d1 only"), LETTER, dossier_id=lambda: "d1"
    )
    worker.run(lambda s: None, changes=changes(DOSSIER))
    assert refreshed == ["front"]  # the page behind is only marked
    worker.run(lambda s: None, changes=changes(LETTER, dossiers=["d2"]))
    assert refreshed == ["front"]  # another dossier's letter
    stack.setCurrentWidget(behind)
    assert refreshed == ["front", "behind"]  # shown: it reads what changed meanwhile
    stack.setCurrentWidget(front)
    assert refreshed == ["front", "behind"]  # nothing changed for the front since
    with pytest.raises(ValueError):
        vault_worker.watch(front, session, lambda: None, "letters")


def test_a_screen_made_after_a_change_does_not_refresh_for_it(qtbot, session):
    """The page opened in an operation's own callback (a new dossier) loads fresh data."""
    from PySide6.QtWidgets import QLabel

    worker = vault_worker.attach(session)
    refreshed: list[str] = []
    made: list[QLabel] = []

    def open_page(_result) -> None:
        label = QLabel()
        made.append(label)
        vault_worker.watch(label, session, lambda: refreshed.append("again"), DOSSIER)

    worker.run(lambda s: "d1", open_page, changes=changes(DOSSIER, dossiers=["d1"]))
    assert made and refreshed == []
    worker.run(lambda s: None, changes=changes(DOSSIER))  # a later change does count
    assert refreshed == ["again"]
