"""A new passphrase typed twice, with the strength meter: shared by the passphrase dialogs.

The rows go into the dialog's own form, so their labels line up with the
dialog's other fields.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.passphrase_meter import PassphraseMeter


class NewPassphraseFields(QObject):
    """Emits ``changed`` on every keystroke; :meth:`problem` says what still is wrong."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(parent)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(parent)
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter(parent)
        self.show_text = QCheckBox(self.tr("Show what I type"), parent)
        self.show_text.toggled.connect(self._show_text)
        self.passphrase.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(self._changed)
        label = QLabel(self.tr("New &passphrase:"), parent)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.show_text)

    def _show_text(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        self.changed.emit()

    def text(self) -> str:
        return self.passphrase.text()

    def is_complete(self) -> bool:
        """Long enough and repeated: the buttons may be used (the core still checks it)."""
        return self.meter.level > 0 and bool(self.repeat.text())

    def problem(self) -> str:
        """A sentence when the two entries differ; empty when they may be saved."""
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases are not the same.")
        return ""

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.show_text):
            widget.setEnabled(not busy)

    def focus(self) -> None:
        self.passphrase.setFocus()

    def clear(self) -> None:
        """Wipe both fields (QLineEdit keeps no other copy of the text)."""
        self.passphrase.clear()
        self.repeat.clear()
