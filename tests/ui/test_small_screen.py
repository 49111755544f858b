"""On a 1280×720 laptop every big window opens whole: inside the screen, not taller than it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

ROOT = Path(__file__).resolve().parents[2]


def test_big_windows_fit_a_1280_by_720_screen(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720}]})
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),  # the child's own empty settings
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.small_screen"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    screen = QRect(*found.pop("screen"))
    assert (screen.width(), screen.height()) == (1280, 720)
    for name, window in found.items():
        frame = QRect(*window["frame"])
        assert screen.contains(frame), f"{name} opens at {frame}, outside {screen}"
        assert frame.height() <= screen.height() - 40, f"{name} leaves no room for a title bar"
        assert window["minimum"][1] <= screen.height() - 48, f"{name} cannot shrink to fit"
