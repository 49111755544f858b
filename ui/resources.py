"""Translations and icons of the front end, found through the core's one resource locator."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from skot_dossier.resources import resource_path


def i18n_dir() -> Path:
    return resource_path("i18n")


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG); an empty icon when it is missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
