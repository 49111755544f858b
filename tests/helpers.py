"""Constants and small helpers shared by the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "Łukasz-Wójcik-Şeyma-2026"


def files_under(folder: Path) -> list[Path]:
    return [p for p in Path(folder).rglob("*") if p.is_file()]


def contains_bytes(folder: Path, needles: list[bytes]) -> list[Path]:
    """Files below ``folder`` that contain any of ``needles``."""
    hits = []
    for path in files_under(folder):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(path)
    return hits


def canary_forms(text: str) -> list[bytes]:
    """Encodings a leak could take. Canaries carry a random part, so the test
    source itself (which may sit in the temp dir) never matches."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def run_python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def school_day(day):
    """``day`` itself on a weekday, else the Monday after: where a suspension may start.

    Tests that start a pupil's suspension "today" must not depend on the weekday
    the suite runs on (no holidays are set in the test vaults).
    """
    from datetime import timedelta

    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)
