"""Notice when nobody has touched the app for a while (for the auto-lock)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter: any input restarts the countdown."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self.idle.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @classmethod
    def minutes(cls, minutes: int, parent: QObject | None = None) -> IdleWatcher:
        return cls(max(1, minutes) * 60_000, parent)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(max(1, interval_ms))
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
