"""Qt's own words that its Dutch translation (qtbase_nl.qm) lacks, translated by us.

Qt 6 gave these labels of its file dialog an Alt-letter; qtbase_nl.qm still has
only the old texts, so the Dutch dialog said "Look in:" and "Files of type:".
Listed here, lupdate puts them in our .ts files (context as Qt uses it), and
our translator answers where Qt's has nothing. ``tests/ui/test_file_dialogs.py``
walks the dialog's texts to find any new gap.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
