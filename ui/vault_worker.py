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
is asked to stop, and nothing new is accepted.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

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
    }
)


@dataclass(frozen=True)
class Changes:
    """What one operation changed: kinds of data, and (where known) which dossiers.

    An empty ``dossier_ids`` means "possibly any dossier" for the kinds named.
    """

    kinds: frozenset[str]
    dossier_ids: frozenset[str] = frozenset()

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
        return Changes(self.kinds | other.kinds, dossiers)


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
            if not self._closed:  # after a lock nobody may see the result any more
                if on_done is not None and _alive(owner):
                    on_done(result)
                announced = changes(result) if callable(changes) else changes
                if announced is not None:
                    self.changed.emit(announced)
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

    def close(self, then: Callable[[], None] | None = None) -> None:
        """Stop accepting work and drop what is queued; ``then`` runs once idle.

        The running call is asked to stop (long work checks ``task.report()``);
        queued calls are skipped without touching the vault. The GUI thread does
        not wait: ``then`` (for example closing the session) runs on the GUI
        thread as soon as the running call has returned, or at once when idle.
        """
        self._closed = True
        with self._lock:
            tasks = list(self._queued)
            if then is not None:
                self._after_close.append(then)
        for task in tasks:
            task.cancel()
        if not tasks:
            self._run_after_close()

    def wait(self, wait_ms: int = 30_000) -> bool:
        """Block until the thread is idle (only when the app quits)."""
        return self._pool.waitForDone(wait_ms)

    def _run_after_close(self) -> None:
        with self._lock:
            callbacks, self._after_close = self._after_close, []
        self.session = None  # the locked session is no longer reachable from here
        for callback in callbacks:
            callback()

    def serves(self, session: Any) -> bool:
        return self._session_ref() is session


# -- one worker per open session -------------------------------------------------

# id(session) -> its worker; a closed worker stays (without its session) so that late
# requests for a locked session are refused instead of opening a new worker.
_workers: dict[int, VaultWorker] = {}


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


def detach(session: Any, then: Callable[[], None] | None = None) -> None:
    """Close the worker of ``session`` (on lock); ``then`` runs once it is idle."""
    worker = _workers.get(id(session))
    if worker is None or not worker.serves(session) or worker.closed:
        if then is not None:
            then()
        return
    worker.close(then)


def run(session: Any, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
    """Shorthand: ``vault_worker.run(session, fn, on_done, ...)``."""
    return of(session).run(fn, *args, **kwargs)
