"""Enter, Escape and busy dialogs: one set of rules for every dialog and wizard.

- Where an edit field handles Enter itself (a search, a passphrase), the key
  stops there: it never goes on to a default button. Qt passes a line edit's
  Return on to the dialog, whose default button then fires as well; when the
  field's own action has just moved the focus, that is whatever button took it.
- Destructive buttons (lift, remove, destroy) are never default or auto-default:
  Enter never triggers them, only a deliberate click or Space on the button.
- Escape, Cancel or the window's close button: a busy dialog is not closed (or
  cancels its work cleanly, where it can); a dialog with typed work asks first.
- Only a button box's first button may be made its default by hand: the box makes
  its default button its focus proxy, so Tab into the box lands there and a button
  before it is reachable only backwards (the break-the-glass and destroy dialogs
  once hid their confirm button that way).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DESTRUCTIVE = "destructive"  # a button property: Enter never triggers it
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def is_enter(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS and event.modifiers() in PLAIN


class _EnterRuns(QObject):
    def __init__(self, widget: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(widget)
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and is_enter(event):
            self._slot()
            return True  # handled here: it never reaches a default button
        return False


def enter_runs(widget: QWidget, slot: Callable[[], object]) -> None:
    """Enter (or keypad Enter) in ``widget`` runs ``slot`` and nothing else."""
    _EnterRuns(widget, slot)


def never_default(*buttons: QPushButton | None) -> None:
    """Buttons beside a field (Look up, Place): never the dialog's default.

    Enter on such a button, when it has the focus, clicks it and goes no further.
    """
    for button in buttons:
        if button is not None:
            button.setAutoDefault(False)
            button.setDefault(False)
            enter_runs(button, button.click)


def destructive(*buttons: QPushButton | None) -> None:
    """Lift, remove, destroy, discard: Enter never triggers them, not even when focused.

    Only a deliberate click or Space does (and the step then asks for confirmation).
    In a QDialogButtonBox such a button must have the DestructiveRole: the box makes
    its first accept button the default when it is shown.
    """
    for button in buttons:
        if button is not None:
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setProperty(DESTRUCTIVE, True)
            enter_runs(button, lambda: None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarefulClose", text)


# The words of the discard question (context "CarefulClose"; lupdate reads these).
DISCARD_TITLE = QT_TRANSLATE_NOOP("CarefulClose", "Discard what you typed?")
DISCARD_TEXT = QT_TRANSLATE_NOOP("CarefulClose", "Close this window and discard what you typed?")
DISCARD_DETAIL = QT_TRANSLATE_NOOP("CarefulClose", "Nothing of it has been saved yet.")
DISCARD_BUTTON = QT_TRANSLATE_NOOP("CarefulClose", "&Discard")
KEEP_BUTTON = QT_TRANSLATE_NOOP("CarefulClose", "&Keep editing")


class CarefulClose:
    """Mixed into a QDialog or QWizard (before the Qt class).

    Subclasses say whether they are ``is_busy()`` and whether they hold
    ``typed_work()``; a busy one may ``cancel_busy()`` (True once its work is
    cancelled cleanly, so it may close). ``discard()`` closes without asking,
    for locking the app.
    """

    discard_box: QMessageBox | None = None

    def is_busy(self) -> bool:
        return False

    def cancel_busy(self) -> bool:
        return False

    def typed_work(self) -> bool:
        return False

    def reject(self) -> None:
        if self.is_busy():
            if self.cancel_busy():
                self.discard()
            return
        if self.typed_work():
            self.ask_discard()
            return
        self.discard()

    def discard(self) -> None:
        box, self.discard_box = self.discard_box, None
        if box is not None:
            box.done(0)
        super().reject()  # type: ignore[misc]

    def ask_discard(self) -> QMessageBox:
        """A question on top of the dialog; "Keep editing" is the default and Escape."""
        if self.discard_box is not None:
            self.discard_box.raise_()
            return self.discard_box
        box = QMessageBox(self)  # type: ignore[call-overload]
        box.setObjectName("discardQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr(DISCARD_TITLE))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(_tr(DISCARD_TEXT))
        box.setInformativeText(_tr(DISCARD_DETAIL))
        discard = box.addButton(_tr(DISCARD_BUTTON), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardTyped")
        keep = box.addButton(_tr(KEEP_BUTTON), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditing")
        destructive(discard)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._answered(box, button, discard))
        self.discard_box = box
        box.open()
        return box

    def _answered(
        self, box: QMessageBox, button: QAbstractButton, discard: QAbstractButton
    ) -> None:
        if self.discard_box is box:
            self.discard_box = None
        if button is discard:
            self.discard()


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    yes_text: str,
    on_yes: Callable[[], object],
    *,
    name: str = "confirmBox",
) -> QMessageBox:
    """Ask before a destructive step; "Cancel" is the default, Enter never says yes."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName(f"{name}Yes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    destructive(yes)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.buttonClicked.connect(lambda button: button is yes and on_yes())
    box.open()
    return box
