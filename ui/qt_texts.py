"""Qt's own words that its Dutch translation (qtbase_nl.qm) lacks, translated by us.

Qt 6 gave two labels of its file dialog an Alt-letter, and qtbase_nl.qm has only
the old texts, so the Dutch dialog said "Look in:" and "Files of type:"; its
"Type" column called every folder "Folder". Written out below as Qt asks for
them (context, text, disambiguation), lupdate puts them in our .ts files, and our
translator answers where Qt's has nothing. ``tests/ui/test_file_dialogs.py``
walks the dialog's texts to find any new gap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated() -> dict[str, str]:
    """Each of Qt's words we translate, as it reads in the current language."""
    translate = QCoreApplication.translate
    return {
        "&Look in:": translate("QFileDialog", "&Look in:"),
        "Files of &type:": translate("QFileDialog", "Files of &type:"),
        "Folder": translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        "Shortcut": translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        "Drive": translate("QAbstractFileIconProvider", "Drive"),
    }
