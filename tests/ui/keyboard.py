"""Drive a shown window as a person does: real key events to the widget that has focus.

Keys go to ``window.focusWidget()``, so they propagate (field → dialog → default
button) exactly as in the app. Typed text goes one character at a time with
``QTest.sendKeyEvent``, which takes any script (``qtbot.keyClicks`` aborts on
non-ASCII text).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
    QWizard,
)


def show(qtbot, window: QWidget) -> QWidget:
    """Show, wait until it is on screen and active (focus moves only in an active window)."""
    if window.parentWidget() is None:
        qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def focused(window: QWidget) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None, f"nothing has the focus in {window.objectName() or window}"
    return widget


def press(window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(window), key, modifier)


def type_text(window: QWidget, text: str) -> None:
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            focused(window),
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )


def tab_to(window: QWidget, target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus, as a person would."""
    for _ in range(limit):
        if window.focusWidget() is target:
            return
        press(window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def modal(qtbot, name: str = "") -> QWidget:
    """The message box (or dialog) that has just opened on top."""
    found: list[QWidget] = []

    def opened() -> bool:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and (not name or widget.objectName() == name):
            found[:] = [widget]
            return True
        return False

    qtbot.waitUntil(opened, timeout=3000)
    qtbot.waitUntil(found[0].isActiveWindow, timeout=3000)  # keys and Alt-letters go there
    return found[0]


# -- mnemonics ------------------------------------------------------------------------

ANIMATED_CLICK_MS = 250  # Qt shows a shortcut's click for 100 ms before it fires
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str:
    """The Alt-letter of a text ("Pass&phrase" → "p"); "" when it has none."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else ""


def _texts(root: QWidget, within: QWidget) -> list[tuple[str, str]]:
    """(text, what) of every visible widget in ``root`` that has a mnemonic."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(within):
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), type(widget).__name__))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), "QLabel"))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), "QGroupBox"))
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            found += [(bar.tabText(i), "tab") for i in range(bar.count()) if bar.isTabVisible(i)]
    return [(text, what) for text, what in found if mnemonic(text)]


def clashes(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text, _what in texts:
        if mnemonic(text):
            by_letter.setdefault(mnemonic(text), []).append(text)
    return {letter: shown for letter, shown in by_letter.items() if len(shown) > 1}


def window_clashes(window: QWidget) -> dict[str, list[str]]:
    texts = _texts(window, window)
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar) and window.menuBar().isVisible():
        texts += [(a.text(), "menu") for a in window.menuBar().actions() if a.isVisible()]
    return clashes(texts)


def wizard_page_clashes(wizard: QWizard, page_id: int) -> dict[str, list[str]]:
    """The page's own mnemonics and those of the wizard buttons shown with it."""
    page = wizard.page(page_id)
    texts = _texts(page, page)
    ids = wizard.pageIds()
    shown = [QWizard.WizardButton.CancelButton]
    if page_id != ids[0]:
        shown.append(QWizard.WizardButton.BackButton)
    if page.isCommitPage():
        shown.append(QWizard.WizardButton.CommitButton)
    elif page_id == ids[-1] or page.isFinalPage():
        shown.append(QWizard.WizardButton.FinishButton)
    else:
        shown.append(QWizard.WizardButton.NextButton)
    texts += [(page.buttonText(which), "wizard button") for which in shown]
    return clashes(texts)


def main_window(qtbot, ui_vault, login: str):
    """The main window of ``login``, shown and active."""
    from ui.main_window import MainWindow

    return show(qtbot, MainWindow(ui_vault.unlock(login), ui_vault.path, login))


def select_all_and_type(window: QWidget, text: str) -> None:
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(window, text)


def modal_or_none() -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if widget is not None and widget.isVisible() else None


def discard(question: QWidget) -> None:
    """Answer "Discard" on the discard question, by Tab and Space."""
    button = question.findChild(QAbstractButton, "discardTyped")
    tab_to(question, button)
    press(question, Qt.Key.Key_Space)


def alt(window: QWidget, text: str) -> None:
    """Press the Alt-letter of a label or button text ("&Volgende >" → Alt+V).

    A button clicked by its Alt-letter shows the click briefly first (Qt's
    animateClick); wait for that, as a person's eye would.
    """
    letter = mnemonic(text)
    assert letter, f"{text!r} has no Alt-letter"
    press(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    QTest.qWait(ANIMATED_CLICK_MS)


def opened(qtbot, parent: QWidget, kind: type, timeout: int = 5000):
    """The visible dialog of ``kind`` under ``parent``: what a screen opens once the
    data it needs has come from the vault worker."""
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    return found[-1]


def none_opened(parent: QWidget, kind: type) -> bool:
    return not [w for w in parent.findChildren(kind) if w.isVisible()]
