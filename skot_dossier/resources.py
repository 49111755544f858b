"""Find the ``resources/`` tree in a checkout, an installed tree or a frozen build.

PyInstaller unpacks data files under ``sys._MEIPASS`` (build.spec bundles the
tree as ``resources``); everywhere else the tree sits next to the package.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` folder of this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A path below ``resources``; does not check that it exists."""
    return resources_root().joinpath(*parts)
