"""One serialized worker per open vault: every service call of a screen runs there.

As in Anki's task manager, all work on the collection (here: the vault of one
session) runs on a single background thread, in the order it was asked for.
The GUI thread never waits on the vault, and two calls never interleave on the
one SQLCipher connection.

An operation that changes data says what it changed (:class:`Changes`). Once it
has succeeded and its own callback has run, the worker announces the change
once (``changed``); every screen that shows such data refreshes itself from
that one notification, instead of being reloaded by hand from the screen that
made the change (Anki's ``OpChanges`` / ``operation_did_execute``).

A result that arrives after the widget that asked for it is gone is dropped:
locking the vault or closing a dialog never runs a callback on a deleted
object. Locking closes the worker: queued work is dropped, the running call
is asked to stop, and nothing new is accepted. The session itself is closed on
the worker's thread once the running call has returned (``detach(close=...)``);
the GUI thread never waits for that, except (bounded) when the app quits.

A screen that shows data subscribes with :func:`watch`: it refreshes when a
change touches what it shows, or (when it is out of sight, e.g. a page behind
another) once it is shown again, so no list is read, and logged as read, for
nobody to see.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ui import workers
from ui.workers import Task

# What an operation can change; screens listen for the kinds they show.
PERSON = "person"
DOSSIER = "dossier"
INCIDENT = "incident"
TIMELINE = "timeline"
EVIDENCE = "evidence"
DECISION = "decision"
LETTER = "letter"
PACKET = "packet"
DEADLINE = "deadline"
HOLD = "hold"
RETENTION = "retention"
ACCESS_REQUEST = "access_request"
SETTINGS = "settings"
SCHOOL = "school"
USER = "user"
AUDIT = "audit"  # what the audit log itself shows changed: an export, a checkpoint
KINDS = frozenset(
    {
        PERSON,
        DOSSIER,
        INCIDENT,
        TIMELINE,
        EVIDENCE,
        DECISION,
        LETTER,
        PACKET,
        DEADLINE,
        HOLD,
        RETENTION,
        ACCESS_REQUEST,
        SETTINGS,
        SCHOOL,
        USER,
        AUDIT,
    }
)


@dataclass(frozen=True)
class Changes:
    """What one operation changed: kinds of data, and (where known) which dossiers.

    An empty ``dossier_ids`` means "possibly any dossier" for the kinds named.
    ``seq`` numbers the announcement (the worker's count of finished calls): a
    screen made after it loads fresh data and need not refresh for it.
    """

    kinds: frozenset[str]
    dossier_ids: frozenset[str] = frozenset()
    seq: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        unknown = self.kinds - KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")

    def touches(self, *kinds: str, dossier_id: str = "") -> bool:
        """True if this change may affect data of one of ``kinds`` (in that dossier)."""
        if not self.kinds.intersection(kinds):
            return False
        return not dossier_id or not self.dossier_ids or dossier_id in self.dossier_ids

    def __or__(self, other: Changes) -> Changes:
        if not self.dossier_ids or not other.dossier_ids:
            dossiers: frozenset[str] = frozenset()
        else:
            dossiers = self.dossier_ids | other.dossier_ids
        return Changes(self.kinds | other.kinds, dossiers, max(self.seq, other.seq))


def changes(*kinds: str, dossiers: Iterable[str] = ()) -> Changes:
    return Changes(frozenset(kinds), frozenset(d for d in dossiers if d))


ChangesFor = Changes | Callable[[Any], Changes | None] | None


class VaultClosed(RuntimeError):
    """Work was asked of a worker whose vault is locked or closed."""


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class VaultWorker(QObject):
    """The one thread that talks to the vault of ``session``."""

    changed = Signal(object)  # Changes, after a successful operation
    busy_changed = Signal(bool)

    def __init__(self, session: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._session_ref = weakref.ref(session)
        self._pool = QThreadPool(self)
        self._pool.setObjectName("vaultWorker")
        self._pool.setMaxThreadCount(1)  # serialized: one call at a time, in order
        self._pool.setExpiryTimeout(-1)  # keep the one thread for the session's life
        self._closed = False
        self._lock = threading.Lock()
        self._queued: list[Task] = []
        self._after_close: list[Callable[[], None]] = []
        self.finished_calls = 0  # calls whose result has come back (numbers the changes)

    # -- asking for work ------------------------------------------------------

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        changes: ChangesFor = None,
        on_progress: Callable[[int, int], None] | None = None,
        with_control: bool = False,
    ) -> Task:
        """Run ``fn(session)`` (or ``fn(session, task)`` with ``with_control``) in order.

        ``on_done``/``on_error`` run on the GUI thread, unless ``owner`` has been
        deleted by then. ``changes`` (or a function of the result that returns
        them) is announced through ``changed`` after ``on_done``, also when the
        owner is gone: other screens still show the changed data.
        """
        if self._closed:
            raise VaultClosed("the vault is locked")
        session = self.session

        def work(*control: Task) -> Any:
            if self._closed:
                raise VaultClosed("the vault is locked")
            return fn(session, *control)

        def done(result: Any) -> None:
            self.finished_calls += 1
            seq = self.finished_calls
            if not self._closed:  # after a lock nobody may see the result any more
                if on_done is not None and _alive(owner):
                    on_done(result)
                announced = changes(result) if callable(changes) else changes
                if announced is not None:
                    self.changed.emit(replace(announced, seq=seq))
            self._forget(task)

        def failed(exc: BaseException) -> None:
            if not self._closed and on_error is not None and _alive(owner):
                on_error(exc)
            self._forget(task)

        progress = None
        if on_progress is not None:

            def progress(done_: int, total: int) -> None:
                if _alive(owner):
                    on_progress(done_, total)

        task = workers.run_task(
            work, done, failed, on_progress=progress, with_control=with_control, defer=True
        )
        with self._lock:
            was_idle = not self._queued
            self._queued.append(task)
        if was_idle:
            self.busy_changed.emit(True)
        workers.start(task, self._pool)
        return task

    def _forget(self, task: Task) -> None:
        with self._lock:
            with contextlib.suppress(ValueError):
                self._queued.remove(task)
            idle = not self._queued
        if idle and shiboken6.isValid(self):
            self.busy_changed.emit(False)
            if self._closed:
                self._run_after_close()

    # -- state ------------------------------------------------------------------

    def is_busy(self) -> bool:
        with self._lock:
            return bool(self._queued)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(
        self,
        then: Callable[[], None] | None = None,
        *,
        close: Callable[[Any], None] | None = None,
    ) -> None:
        """Stop accepting work and drop what is queued; ``then`` runs once idle.

        The running call is asked to stop (long work checks ``task.report()``);
        queued calls are skipped without touching the vault. ``close(session)``
        (for example ``access.lock``) runs last on the worker's own thread, after
        the running call has returned. The GUI thread does not wait: ``then``
        runs on it once all that is done, or at once when the worker was idle and
        nothing is to be closed.
        """
        if self._closed:
            if then is not None:
                self._after_closing(then)
            return
        self._closed = True
        _closing.add(self)
        with self._lock:
            tasks = list(self._queued)
            if then is not None:
                self._after_close.append(then)
        for task in tasks:
            task.cancel()
        if close is not None and self.session is not None:
            session = self.session
            last = workers.run_task(
                lambda: self._close_session(close, session),
                lambda _result: self._forget(last),
                lambda _exc: self._forget(last),
                defer=True,
            )
            with self._lock:
                self._queued.append(last)
            workers.start(last, self._pool)
        elif not tasks:
            self._run_after_close()

    @staticmethod
    def _close_session(close: Callable[[Any], None], session: Any) -> None:
        """On the worker's thread, after every call before it: close the session."""
        with contextlib.suppress(Exception):  # locking must always end in a closed vault
            close(session)

    def _after_closing(self, then: Callable[[], None]) -> None:
        with self._lock:
            pending = bool(self._queued)
            if pending:
                self._after_close.append(then)
        if not pending:
            then()

    def wait(self, wait_ms: int = 30_000) -> bool:
        """Block until the thread is idle (only when the app quits)."""
        if not shiboken6.isValid(self._pool):
            return True
        return self._pool.waitForDone(wait_ms)

    def closing(self) -> bool:
        """Closed, with the running call or the closing of the session still to finish."""
        return self._closed and self.is_busy()

    def _run_after_close(self) -> None:
        with self._lock:
            callbacks, self._after_close = self._after_close, []
        self.session = None  # the locked session is no longer reachable from here
        _closing.discard(self)
        if shiboken6.isValid(self._pool):
            self._pool.deleteLater()  # its one thread ends with it
        for callback in callbacks:
            callback()
        if not _closing:
            _all_closed()

    def serves(self, session: Any) -> bool:
        return self._session_ref() is session


# -- one worker per open session -------------------------------------------------

# id(session) -> its worker; a closed worker stays (without its session) so that late
# requests for a locked session are refused instead of opening a new worker.
_workers: dict[int, VaultWorker] = {}
# Workers closed whose session is not closed yet; and who waits for them.
_closing: set[VaultWorker] = set()
_waiting: list[tuple[Callable[[], None], Any]] = []


def _prune() -> None:
    for key in [k for k, w in _workers.items() if w._session_ref() is None]:
        del _workers[key]


def attach(session: Any, parent: QObject | None = None) -> VaultWorker:
    """The worker of a freshly unlocked session (created once per session)."""
    worker = _workers.get(id(session))
    if worker is not None and worker.serves(session):
        if worker.closed:
            raise VaultClosed("the vault is locked")
        return worker
    _prune()
    worker = VaultWorker(session, parent)
    _workers[id(session)] = worker
    return worker


def of(session: Any) -> VaultWorker:
    """The worker of ``session``; a session opened outside the app gets one on demand."""
    return attach(session)


def detach(
    session: Any,
    then: Callable[[], None] | None = None,
    *,
    close: Callable[[Any], None] | None = None,
) -> None:
    """Close the worker of ``session`` (on lock); ``then`` runs once it is idle.

    ``close(session)`` runs on the worker's thread after the running call (on a
    session no worker serves: at once, here).
    """
    worker = _workers.get(id(session))
    if worker is None or not worker.serves(session):
        if close is not None:
            with contextlib.suppress(Exception):
                close(session)
        if then is not None:
            then()
        return
    worker.close(then, close=close)


def closing() -> bool:
    """Whether some vault is still being closed (its last call has not returned)."""
    return bool(_closing)


def when_closed(callback: Callable[[], None], owner: QObject | None = None) -> None:
    """Run ``callback`` once no vault is still being closed (at once when none is).

    Unlocking waits on this: the vault's lock file is free only once the locked
    session has closed. ``callback`` is dropped when ``owner`` is deleted first.
    """
    if not _closing:
        callback()
        return
    _waiting.append((callback, owner))


def _all_closed() -> None:
    waiting, _waiting[:] = list(_waiting), []
    for callback, owner in waiting:
        if _alive(owner):
            callback()


def wait_all(wait_ms: int = 10_000) -> bool:
    """When the app quits: wait (at most ``wait_ms`` in all) for every worker to finish."""
    deadline = time.monotonic() + wait_ms / 1000
    done = True
    for worker in list(_workers.values()):
        left = max(0, int((deadline - time.monotonic()) * 1000))
        done = worker.wait(left) and done
    return done


def close_all(wait_ms: int = 10_000) -> bool:
    """Close every worker and wait (bounded) for them; forget them all (app quit, tests)."""
    for worker in list(_workers.values()):
        worker.close()
    done = wait_all(wait_ms)
    _workers.clear()
    _closing.clear()
    _waiting.clear()
    return done


def run(session: Any, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
    """Shorthand: ``vault_worker.run(session, fn, on_done, ...)``."""
    return of(session).run(fn, *args, **kwargs)


# -- screens that show data ------------------------------------------------------


class Latest:
    """A screen's reads: only the answer to its latest request is shown.

    A read asked for again (a filter changed, a change announced) makes the answers
    still on their way stale; ``drop()`` does that too (the screen was cleared).
    """

    def __init__(self, owner: QObject, session: Any) -> None:
        self.owner = owner
        self.session = session
        self.generation = 0
        self.loading = False

    def run(
        self,
        fn: Callable[[Any], Any],
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        self.generation += 1
        generation = self.generation
        self.loading = True

        def done(result: Any) -> None:
            if generation == self.generation:
                self.loading = False
                show(result)

        def refused(exc: BaseException) -> None:
            if generation == self.generation:
                self.loading = False
                if failed is not None:
                    failed(exc)

        return run(self.session, fn, done, refused, owner=self.owner)

    def drop(self) -> None:
        self.generation += 1
        self.loading = False


def _out_of_sight(widget: QWidget) -> bool:
    """On a window that is shown, but not itself visible (a page behind another)."""
    window = widget.window()
    return window.isVisible() and not widget.isVisible()


class ChangeWatch(QObject):
    """Refreshes a widget when an announced change touches what it shows."""

    def __init__(
        self,
        widget: QWidget,
        worker: VaultWorker,
        refresh: Callable[[], object],
        kinds: frozenset[str] | None,
        dossier_id: Callable[[], str] | None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._kinds = kinds
        self._dossier_id = dossier_id
        self._since = worker.finished_calls  # the widget loads after this: it sees those
        self.stale = False
        worker.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        widget = self._widget
        if not shiboken6.isValid(widget) or 0 < changes.seq <= self._since:
            return
        if self._kinds is not None:
            dossier_id = self._dossier_id() if self._dossier_id is not None else ""
            if not changes.touches(*self._kinds, dossier_id=dossier_id):
                return
        if _out_of_sight(widget):
            self.stale = True  # refreshed once shown: nobody reads a list nobody sees
            return
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


def watch(
    widget: QWidget,
    session: Any,
    refresh: Callable[[], object],
    *kinds: str,
    dossier_id: Callable[[], str] | None = None,
) -> ChangeWatch:
    """Call ``refresh()`` after an operation that changed data of ``kinds``.

    No kinds: any change (the audit log, where every change is an entry). With
    ``dossier_id`` only changes of that dossier (or of any dossier) count. A
    widget out of sight is refreshed once it is shown again. The watch ends
    with the widget.
    """
    unknown = set(kinds) - KINDS
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    return ChangeWatch(widget, of(session), refresh, frozenset(kinds) or None, dossier_id)
