"""Run slow work (key derivation, evidence import, exports) off the GUI thread.

A task only emits signals; it never touches widgets. The pool is injectable
so tests can run tasks synchronously. A task may report progress and be
asked to stop; the work function then sees ``report()`` return False.

A task started for a widget (``owner``) delivers its result only while that
widget lives. A task nobody waits for any more (``abandon()``, or its owner
was closed) hands its result to ``discard`` instead: whatever the work opened
(an unlocked session) is closed, so nothing outlives the dialog that asked for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500
NEVER_BY_ITSELF_MS = 24 * 3600 * 1000


class TaskSignals(QObject):
    progress = Signal(object, object)  # done, total (Python ints: files may exceed 2 GiB)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One piece of work. ``fn`` gets the task itself when ``with_control`` is set."""

    def __init__(self, fn: Callable[..., Any], *, with_control: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.with_control = with_control
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.abandoned = False
        self.discard: Callable[[Any], None] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def abandon(self) -> None:
        """Nobody waits for the result any more: stop if possible, discard what arrives."""
        self.abandoned = True
        self._cancel.set()

    def report(self, done: int, total: int) -> bool:
        """Called by the work function; False means: stop, the user cancelled."""
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:  # the app is closing: nobody is waiting for this any more
            self._cancel.set()
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self) if self.with_control else self.fn()
        except BaseException as exc:  # handed to the GUI thread, shown there
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the task ran
            signal.emit(value)


class SynchronousPool:
    """Runs tasks at once, on the calling thread (for tests)."""

    def start(self, task: QRunnable) -> None:
        task.run()


_pool: Any = None
_running: set[Task] = set()
_running_lock = threading.Lock()


def set_pool(pool: Any) -> None:
    global _pool
    _pool = pool


def _finish(task: Task) -> None:
    with _running_lock:
        _running.discard(task)


def running_tasks() -> list[Task]:
    with _running_lock:
        return list(_running)


def _alive(owner: QObject | None) -> bool:
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _deliver(task: Task, owner: QObject | None, slot: Callable[[Any], None], value: Any) -> None:
    """On the GUI thread: hand a result to its slot, or discard it when nobody waits.

    Discarding (closing a session nobody received, which logs the lock) touches the
    vault, so it runs off the GUI thread as well.
    """
    _finish(task)
    if task.abandoned or not _alive(owner):
        if task.discard is not None and not isinstance(value, BaseException):
            discard = task.discard

            def clean_up() -> None:
                with contextlib.suppress(Exception):  # cleaning up never raises
                    discard(value)

            run_task(clean_up, _ignore, _ignore)
        return
    slot(value)


def _ignore(_value: Any) -> None:
    return None


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    with_control: bool = False,
    owner: QObject | None = None,
    discard: Callable[[Any], None] | None = None,
    defer: bool = False,
) -> Task:
    """Run ``fn`` off the GUI thread; its result goes to ``on_done`` (or ``on_error``).

    With ``owner`` the result is delivered only while that object lives; a result
    nobody receives goes to ``discard`` (for example: close the session it opened).
    The task stays in ``running_tasks()`` until its result has been handled. With
    ``defer`` the task is made but not started: :func:`start` it on a pool.
    """
    if owner is None:  # a method of a widget: deliver only while that widget lives
        receiver = getattr(on_done, "__self__", None)
        owner = receiver if isinstance(receiver, QObject) else None
    task = Task(fn, with_control=with_control)
    task.setAutoDelete(False)
    task.discard = discard
    task.signals.finished.connect(lambda value: _deliver(task, owner, on_done, value))
    task.signals.failed.connect(lambda exc: _deliver(task, owner, on_error, exc))
    if on_progress is not None:
        task.signals.progress.connect(
            lambda done, total: (
                None if task.abandoned or not _alive(owner) else on_progress(done, total)
            )
        )
    if not defer:
        start(task)
    return task


def start(task: Task, pool: QThreadPool | None = None) -> None:
    """Start ``task`` on ``pool`` (default: the shared one); tests' injected pool wins."""
    with _running_lock:
        _running.add(task)
    (_pool or pool or QThreadPool.globalInstance()).start(task)


class DelayedProgress:
    """A progress dialog that shows only when work takes longer than ~0.5 s.

    Quick jobs never flicker a dialog; long ones can be cancelled, which asks
    the task to stop (the core then rolls back and stores nothing).
    """

    def __init__(self, parent: QWidget | None, label: str, task: Task | None = None) -> None:
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("delayedProgress")
        self.dialog.setWindowTitle(label)
        self.dialog.setLabelText(label)
        self.dialog.setRange(0, 1000)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Qt would show the dialog as soon as it *estimates* a long job; we show it
        # only once the job has really taken half a second.
        self.dialog.setMinimumDuration(NEVER_BY_ITSELF_MS)
        self.dialog.setValue(0)
        self.task = task
        self._closed = False
        self.dialog.canceled.connect(self._cancel)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_if_running)

    @property
    def closed(self) -> bool:
        """The work has ended (the dialog was closed, or never needed)."""
        return self._closed

    def _show_if_running(self) -> None:
        if not self._closed and shiboken6.isValid(self.dialog):
            self.dialog.show()

    def attach(self, task: Task) -> None:
        self.task = task
        if self.dialog.wasCanceled():
            task.cancel()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def update(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled() and self.task is not None:
            self.task.cancel()
        if total > 0:
            self.dialog.setValue(min(1000, int(done * 1000 / total)))

    def set_label(self, text: str) -> None:
        self.dialog.setLabelText(text)

    def close(self) -> None:
        self._closed = True
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.reset()
        self.dialog.hide()
        QTimer.singleShot(0, self.dialog.deleteLater)
