"""Run slow work (key derivation, PDFs, imports) off the GUI thread.

A task only emits signals; it never touches widgets. The pool is injectable
so tests can run tasks synchronously.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class SynchronousPool:
    """Runs tasks at once, on the calling thread (for tests)."""

    def start(self, task: QRunnable) -> None:
        task.run()


_pool: Any = None


def set_pool(pool: Any) -> None:
    global _pool
    _pool = pool


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None],
) -> Task:
    task = Task(fn)
    task.setAutoDelete(False)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    (_pool or QThreadPool.globalInstance()).start(task)
    return task
