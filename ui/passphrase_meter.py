"""A rough passphrase strength estimate and the bar that shows it.

Long phrases of ordinary words score well; short strings, repeated
characters and well-known passwords score badly. The core enforces the
minimum; this only helps a person choose.
"""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

MIN_CHARS = 10
COMMON = (
    "password",
    "wachtwoord",
    "welkom",
    "welcome",
    "qwerty",
    "azerty",
    "123456",
    "abcdef",
    "letmein",
    "geheim",
    "skot",
    "school",
    "dossier",
)
LEVELS = (
    (QT_TRANSLATE_NOOP("PassphraseMeter", "Too short"), "#a4262c"),
    (QT_TRANSLATE_NOOP("PassphraseMeter", "Weak"), "#d13438"),
    (QT_TRANSLATE_NOOP("PassphraseMeter", "Fair"), "#ca5010"),
    (QT_TRANSLATE_NOOP("PassphraseMeter", "Good"), "#498205"),
    (QT_TRANSLATE_NOOP("PassphraseMeter", "Strong"), "#107c10"),
)


def estimate_bits(text: str) -> float:
    text = unicodedata.normalize("NFC", text)
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 60
    # Repeats add little: count each run of the same character once.
    effective = sum(1 for i, c in enumerate(text) if i == 0 or c != text[i - 1])
    bits = effective * math.log2(max(pool, 2))
    lowered = text.lower()
    for word in COMMON:
        if word in lowered:
            bits -= len(word) * math.log2(max(pool, 2)) * 0.8
    if len(set(text)) < 4:
        bits = min(bits, 10.0)
    return max(bits, 0.0)


def strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 good, 4 strong."""
    if len(unicodedata.normalize("NFC", text).strip()) < MIN_CHARS:
        return 0
    bits = estimate_bits(text)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


class PassphraseMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseMeter")
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.label = QLabel()
        self.label.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.level = 0
        self.update_for("")

    def update_for(self, text: str) -> int:
        self.level = strength(text)
        name, colour = LEVELS[self.level]
        self.bar.setValue(self.level)
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: 1px solid #c8c8c8; border-radius: 4px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
        )
        self.label.setText(QCoreApplication.translate("PassphraseMeter", name) if text else "")
        self.label.setStyleSheet(f"color: {colour};")
        return self.level
