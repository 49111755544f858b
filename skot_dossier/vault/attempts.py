"""Failed unlock attempts, counted outside the encrypted database.

The encrypted audit log cannot be written while the vault is locked, so the
count lives in ``unlock-attempts.json`` (no personal data) and is entered into
the log at the next successful unlock. Repeated failures impose a growing
delay before the next attempt is even tried.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from skot_dossier.fsutil import atomic_write_bytes

ATTEMPTS_FILE = "unlock-attempts.json"
FREE_ATTEMPTS = 2
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong attempts."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, float(2 ** (failures - FREE_ATTEMPTS)))


@dataclass(frozen=True)
class AttemptState:
    failures: int = 0
    last_failure: float = 0.0
    first_failure: float = 0.0


class AttemptCounter:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = folder / ATTEMPTS_FILE
        self._clock = clock

    def state(self) -> AttemptState:
        try:
            data = json.loads(self._path.read_text("utf-8"))
            return AttemptState(
                int(data["failures"]), float(data["last_failure"]), float(data["first_failure"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return AttemptState()

    def seconds_to_wait(self) -> float:
        state = self.state()
        ready_at = state.last_failure + delay_after(state.failures)
        return max(0.0, ready_at - self._clock())

    def record_failure(self) -> AttemptState:
        old = self.state()
        now = self._clock()
        new = AttemptState(old.failures + 1, now, old.first_failure or now)
        payload = {
            "failures": new.failures,
            "last_failure": new.last_failure,
            "first_failure": new.first_failure,
        }
        atomic_write_bytes(self._path, json.dumps(payload).encode())
        return new

    def reset(self) -> None:
        self._path.unlink(missing_ok=True)
