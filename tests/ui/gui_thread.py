"""Catch vault work that ui/ code does outside the vault worker.

Every query reaches SQLCipher through ``Database.connection``. The guard wraps
that property and looks at the call stack of each query:

- inside the vault worker's work function (``VaultWorker.run.<locals>.work``, or
  the worker's closing of the session): fine, that is the one serialized thread;
- inside a plain ``workers.Task`` (``run_task``): fine only while no vault worker
  serves that database (unlocking, creating or restoring a vault opens its own);
  work on an open session through ``run_task`` would not be serialized;
- anywhere else with a frame in ui/: the GUI thread is querying the vault.
  (With the tests' synchronous pool a task's callbacks run inside ``Task.run``;
  they are told apart from its work because they come through ``Task._emit``.)

Queries whose stack has no frame in ui/ (a test's own setup, the core's tests)
are not the UI's and are left alone.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import skot_dossier
import ui
from skot_dossier.vault.database import Database
from ui import vault_worker

UI_DIR = str(Path(ui.__file__).resolve().parent) + os.sep
CORE_DIR = str(Path(skot_dossier.__file__).resolve().parent) + os.sep
ROOT = str(Path(ui.__file__).resolve().parent.parent) + os.sep
MACHINERY = {UI_DIR + "workers.py", UI_DIR + "vault_worker.py"}
WORKER_FRAMES = {"VaultWorker.run.<locals>.work", "VaultWorker._close_session"}
GUI, UNSERIALIZED = "gui-thread", "run_task-on-session"


@dataclass(frozen=True)
class Violation:
    kind: str  # GUI or UNSERIALIZED
    caller: str  # the innermost ui/ frame: "ui/x.py:123 Class.method"
    call: str  # the core function it called: "services.people.list_schools"

    def __str__(self) -> str:
        return f"{self.kind}: {self.caller} -> {self.call}"


def _where(frame: FrameType) -> str:
    file = frame.f_code.co_filename.removeprefix(ROOT)
    return f"{file}:{frame.f_lineno} {frame.f_code.co_qualname}"


def _core_name(frame: FrameType | None) -> str:
    if frame is None:
        return "?"
    module = frame.f_code.co_filename.removeprefix(CORE_DIR).removesuffix(".py")
    return f"{module.replace(os.sep, '.')}.{frame.f_code.co_qualname}"


def _served(db: Database) -> bool:
    """Whether a vault worker serves (or served) the session that owns ``db``."""
    for worker in list(vault_worker._workers.values()):
        session = worker._session_ref()
        if session is not None and session.vault.db is db:
            return True
    return False


def judge(db: Database, frame: FrameType | None) -> Violation | None:
    """The violation the query made from ``frame`` (innermost first) is, if any."""
    ui_frame: FrameType | None = None
    core_entry: FrameType | None = None  # the core function the ui/ code called
    callee: FrameType | None = None
    while frame is not None:
        code = frame.f_code
        file = code.co_filename
        if file in MACHINERY and code.co_qualname in WORKER_FRAMES:
            return None
        if file in MACHINERY and code.co_qualname == "Task.run":
            if callee is None or callee.f_code.co_qualname != "Task._emit":
                if _served(db):
                    return Violation(UNSERIALIZED, _where(callee or frame), _core_name(core_entry))
                return None  # a task's own work: unlocking, creating, restoring
            break  # a task's callback: GUI-thread code
        if file.startswith(UI_DIR):  # the workers' own callbacks count too
            if ui_frame is None:
                ui_frame = frame
        elif file.startswith(CORE_DIR) and ui_frame is None:
            core_entry = frame
        callee = frame
        frame = frame.f_back
    if ui_frame is None:
        return None
    return Violation(GUI, _where(ui_frame), _core_name(core_entry))


class GuiThreadGuard:
    """Installed around each UI test; ``take()`` hands over (and forgets) what it saw."""

    def __init__(self) -> None:
        self._seen: list[Violation] = []
        self._lock = threading.Lock()
        self._original = Database.__dict__["connection"]

    def install(self) -> None:
        original, guard = self._original, self

        def connection(db: Database):
            violation = judge(db, sys._getframe(1))
            if violation is not None:
                with guard._lock:
                    guard._seen.append(violation)
            return original.fget(db)

        Database.connection = property(connection)  # type: ignore[method-assign]

    def uninstall(self) -> None:
        Database.connection = self._original  # type: ignore[method-assign]

    def take(self) -> list[Violation]:
        with self._lock:
            seen, self._seen = self._seen, []
        return seen


def report(test: str, violations: list[Violation], path: str) -> None:
    """Append what a test saw to a JSON-lines file (for counting call sites)."""
    with open(path, "a", encoding="utf-8") as out:
        for v in violations:
            out.write(
                json.dumps({"test": test, "kind": v.kind, "caller": v.caller, "call": v.call})
            )
            out.write("\n")


def summary(violations: list[Violation]) -> str:
    counts: dict[str, int] = {}
    for v in violations:
        counts[str(v)] = counts.get(str(v), 0) + 1
    return "\n".join(f"  {text}  (x{n})" for text, n in sorted(counts.items()))


__all__ = ["GUI", "UNSERIALIZED", "GuiThreadGuard", "Violation", "judge", "report", "summary"]
