"""Small text helpers: placeholders, dates and sizes the way a Dutch user reads them."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import Qt

from skot_dossier.domain import clock

_PLACEHOLDER = re.compile(r"%([1-9])")


def fmt(template: str, *args: object) -> str:
    """Fill %1..%9 in one pass, so a value that contains "%2" stays as typed."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def datetime_text(value: datetime | None, *, seconds: bool = False) -> str:
    """A stored (UTC) moment on the foundation's wall clock, whatever the computer's zone."""
    if value is None:
        return ""
    local = clock.local(value)
    shown = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second if seconds else 0),
    )
    locale = QLocale()
    if not seconds:
        return locale.toString(shown, QLocale.FormatType.ShortFormat)
    return locale.toString(shown, locale.dateFormat(QLocale.FormatType.ShortFormat) + " HH:mm:ss")


def moment_date_text(value: datetime | None) -> str:
    """The day a stored moment fell on, on the foundation's wall clock."""
    return "" if value is None else date_text(clock.local_date(value))


def size_text(size: int) -> str:
    locale = QLocale()
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def short_hash(sha256: str) -> str:
    return f"{sha256[:12]}…" if len(sha256) > 12 else sha256


def tooltip_text(text: str) -> str:
    """User text as a tooltip that shows exactly what was typed.

    Qt shows a tooltip that merely looks like HTML (``<b>x</b>``) as rich text;
    converted, the text is always rich text whose content is the plain text.
    """
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def mnemonic_safe(text: str) -> str:
    """User text on a button, check box or tab: a single ``&`` would become a shortcut."""
    return text.replace("&", "&&")
