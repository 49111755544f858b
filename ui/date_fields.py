"""Date and time fields that take what a person types, day first, and check the result.

Qt's date fields check every half-typed value against their range: with a
maximum of "now", typing 30-11-2026 day first made 30 December (too late)
and the field jumped to whatever it could still accept. These fields have a
wide range and check only the finished value, beside the field. They also
skip a typed separator ("-", ":", " ") where the field has already moved on,
let Tab go to the next field (not the next part of the date),
keep the day typed first when the month typed after it has that day, and
start an empty optional date at today when a digit is typed.

A moment is typed and shown on the foundation's wall clock (Europe/Amsterdam),
whatever the computer's zone; :meth:`MomentEdit.value` is an aware datetime.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QWidget

from skot_dossier.domain import clock
from skot_dossier.problems import Problem, problem

EMPTY_DATE = QDate(1899, 12, 31)  # an OptionalDateEdit's "no date" (shown as a dash)
FIRST_DATE = QDate(1900, 1, 1)
LAST_DATE = QDate(2100, 12, 31)
SEPARATORS = frozenset("-/.: ,")
# Moments up to this much ahead are no typing error: computer clocks differ a little.
CLOCK_SKEW = timedelta(minutes=10)

# Problems from the core's catalogue (said in the user's language by ui.messages).
IN_FUTURE = problem("in_future")
NO_SUCH_DAY = problem("not_a_date")


class _TypedDates:
    """Mixed into QDateEdit / QDateTimeEdit (before the Qt class)."""

    _wanted_day = 0
    _day_missing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        text = event.text()
        if text and text in SEPARATORS and self._after_separator():
            event.accept()  # the field moved on by itself already
            return
        if text.isdigit() and edit.specialValueText() and edit.date() == edit.minimumDate():
            today = clock.today()  # an empty date starts at today; the digits replace it
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
            edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
        section = edit.currentSection()
        super().keyPressEvent(event)  # type: ignore[misc]
        if not text.isdigit():
            return
        if section == QDateTimeEdit.Section.DaySection:
            self._wanted_day = edit.date().day()
        elif section in (QDateTimeEdit.Section.MonthSection, QDateTimeEdit.Section.YearSection):
            self._keep_wanted_day()

    def _after_separator(self) -> bool:
        line = self.lineEdit()  # type: ignore[attr-defined]
        position = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return position > 0 and line.text()[position - 1] in SEPARATORS

    def _keep_wanted_day(self) -> None:
        """Typing 29-02-2024 passes through 29 December: keep the 29 once February allows."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        chosen, wanted = edit.date(), self._wanted_day
        self._day_missing = bool(wanted) and chosen.day() != wanted
        if self._day_missing and QDate.isValid(chosen.year(), chosen.month(), wanted):
            edit.setDate(QDate(chosen.year(), chosen.month(), wanted))
            self._day_missing = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        """Tab goes to the next field, as everywhere else. (Qt's date fields walk their
        own sections on Tab; an empty optional date then never let go of the focus.)
        Typing a separator or the arrow keys move between day, month and year."""
        return QAbstractSpinBox.focusNextPrevChild(self, next)  # type: ignore[arg-type]

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)  # type: ignore[misc]
        self._wanted_day = 0

    def day_exists(self) -> bool:
        """False when the day typed first does not exist in the month typed after it."""
        return not self._day_missing

    def _forget_typing(self) -> None:
        self._wanted_day = 0
        self._day_missing = False


def _day_problem(field: _TypedDates, value: date | None, allow_future: bool) -> Problem | None:
    if value is None:
        return None
    if not field.day_exists():
        return NO_SUCH_DAY
    if not allow_future and value > clock.today():
        return IN_FUTURE
    return None


class DayEdit(_TypedDates, QDateEdit):
    """A date (no time), by default not later than today in the Netherlands."""

    checked = Signal(object)  # the Problem with the finished value (None when none)

    def __init__(
        self, value: date | None = None, parent: QWidget | None = None, *, allow_future=False
    ) -> None:
        super().__init__(parent)
        self.allow_future = allow_future
        self.setCalendarPopup(True)
        self.setDateRange(FIRST_DATE, LAST_DATE)
        self.set_value(value or clock.today())
        self.editingFinished.connect(lambda: self.checked.emit(self.problem()))

    def value(self) -> date:
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date) -> None:
        self._forget_typing()
        self.setDate(QDate(value.year, value.month, value.day))

    def problem(self) -> Problem | None:
        return _day_problem(self, self.value(), self.allow_future)


class OptionalDateEdit(_TypedDates, QDateEdit):
    """A date field that may stay empty (shown as a dash)."""

    checked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_future: bool = True) -> None:
        super().__init__(parent)
        self.allow_future = allow_future
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY_DATE)
        self.setMaximumDate(LAST_DATE)
        self.setSpecialValueText("—")
        self.setDate(EMPTY_DATE)
        self.editingFinished.connect(lambda: self.checked.emit(self.problem()))

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == EMPTY_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self._forget_typing()
        self.setDate(EMPTY_DATE if value is None else QDate(value.year, value.month, value.day))

    def problem(self) -> Problem | None:
        return _day_problem(self, self.value(), self.allow_future)


class MomentEdit(_TypedDates, QDateTimeEdit):
    """Date and time on the foundation's wall clock; by default not in the future.

    The widget holds the wall-clock fields as they are (a UTC-labelled QDateTime,
    so the computer's own zone and its summer time never shift them); the zone
    is applied in Python.
    """

    checked = Signal(object)

    def __init__(
        self, value: datetime | None = None, parent: QWidget | None = None, *, allow_future=False
    ) -> None:
        super().__init__(parent)
        self.allow_future = allow_future
        self.setTimeZone(QTimeZone.utc())
        self.setCalendarPopup(True)
        first, last = datetime(1900, 1, 1), datetime(2100, 12, 31, 23, 59)
        self.setDateTimeRange(_fields(first), _fields(last))
        self.set_value(value or clock.now())
        self.editingFinished.connect(lambda: self.checked.emit(self.problem()))

    def value(self) -> datetime:
        shown = self.dateTime()
        day, time = shown.date(), shown.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=clock.LOCAL
        )

    def set_value(self, moment: datetime) -> None:
        self._forget_typing()
        self.setDateTime(_fields(clock.local(moment).replace(second=0, microsecond=0)))

    def problem(self) -> Problem | None:
        if not self.day_exists():
            return NO_SUCH_DAY
        if not self.allow_future and clock.as_utc(self.value()) > clock.now() + CLOCK_SKEW:
            return IN_FUTURE
        return None


def _fields(moment: datetime) -> QDateTime:
    """Wall-clock fields as a QDateTime no zone can shift."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
        QTimeZone.utc(),
    )
