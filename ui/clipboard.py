"""Copy personal data to the clipboard for a short while only.

The clipboard is cleared after the configured delay (default 30 s), but only
when it still holds our text: whatever the user copied since stays.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from ui import settings


class ClipboardGuard(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    def copy(self, text: str, seconds: int | None = None) -> None:
        if seconds is None:
            seconds = settings.get(settings.CLIPBOARD_SECONDS)
        QGuiApplication.clipboard().setText(text)
        self._text = text
        self._timer.start(max(1, int(seconds)) * 1000)

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what we put there."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._text is not None and clipboard.text() == self._text:
            clipboard.clear()
        self._text = None


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    global _guard
    if _guard is None:
        _guard = ClipboardGuard()
    return _guard


def copy_private(text: str, seconds: int | None = None) -> None:
    guard().copy(text, seconds)


def clear_private() -> None:
    if _guard is not None:
        _guard.clear_now()
