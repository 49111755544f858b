"""Check the audit log's chain and say plainly whether it is intact.

A green or red panel with the first problem in words and the check number
(controlegetal) to compare with a filed checkpoint. A filed check number that
was typed wrongly (its check character does not match) gets an amber panel
that says so: a typing error is not a rewritten log. The check runs off the
GUI thread; a role that may not check sees a sentence instead of a button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skot_dossier.services import audit_review
from skot_dossier.services.permissions import PermissionDenied
from ui import audit_labels, vault_worker
from ui.keys import enter_runs
from ui.messages import error_text
from ui.text import fmt

STYLES = {
    "ok": "#verifyResult { background: #e6f4ea; border: 1px solid #7cc492; border-radius: 4px; }",
    "broken": (
        "#verifyResult { background: #fde7e9; border: 1px solid #e3a0a6; border-radius: 4px; }"
    ),
    "mistyped": (
        "#verifyResult { background: #fff4ce; border: 1px solid #d9b44a; border-radius: 4px; }"
    ),
}
SYMBOL_COLOURS = {"ok": "#1e7b34", "broken": "#a4262c", "mistyped": "#7a5a00"}


class VerifyPanel(QWidget):
    """A button and, once checked, the result; emits ``verified(report)``."""

    verified = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report = None
        self._task = None
        self.button = QPushButton(self.tr("&Check the log"), self)  # the page places it
        self.button.setObjectName("verifyLog")
        self.button.setToolTip(
            self.tr("Recompute every entry's seal and check that none was changed or removed.")
        )
        self.button.clicked.connect(self.verify)
        self.filed = QLineEdit(self)
        self.filed.setObjectName("filedAnchor")
        self.filed.setPlaceholderText(
            self.tr(
                "Optional: a check number from a filed checkpoint, e.g. 1234-3f9a1c2b77d0e4aa-K"
            )
        )
        enter_runs(self.filed, self.verify)  # Enter checks the log against the typed number
        self.filed.textChanged.connect(self.clear)  # a verdict belongs to the number it checked
        self.frame = QFrame()
        self.frame.setObjectName("verifyResult")
        self.symbol = QLabel()
        self.symbol.setObjectName("verifySymbol")
        font = self.symbol.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.symbol.setFont(font)
        self.result = QLabel()
        self.result.setObjectName("verifyText")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setStyleSheet("border: none; background: transparent; color: #1b1b1b;")
        self.anchor = QLabel()
        self.anchor.setObjectName("verifyAnchor")
        self.anchor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anchor.setStyleSheet(
            "border: none; background: transparent; color: #1b1b1b; "
            "font-family: 'DejaVu Sans Mono', monospace;"
        )
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.result)
        text.addWidget(self.anchor)
        inner = QHBoxLayout(self.frame)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(text, 1)
        self.frame.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filed)
        layout.addWidget(self.frame)

    def verify(self) -> None:
        if self._task is not None:
            return
        self.button.setEnabled(False)
        filed = [t for t in self.filed.text().replace(",", " ").split() if t]
        self._task = running = object()
        task = vault_worker.run(
            self.session,
            lambda s: audit_review.verify_log(s, filed),
            self._done,
            self._failed,
            owner=self,
        )
        if self._task is running:  # still busy (a synchronous pool has already finished)
            self._task = task

    def _done(self, report) -> None:
        self._task = None
        self.button.setEnabled(True)
        self.report = report
        if report.ok and report.mistyped:
            self._show("mistyped", "?", self.mistyped_text(report))
        elif report.ok:
            self._show(
                "ok",
                "✓",
                QCoreApplication.translate(
                    "VerifyPanel",
                    "The log is intact: all %n entry(ies) checked, none changed or removed.",
                    None,
                    report.entries,
                ),
            )
        else:
            text = self.problem_text(report)
            if report.mistyped:
                text += "\n" + self._mistyped_sentence(report)
            self._show("broken", "✗", text)
        self.anchor.setText(
            fmt(self.tr("Check number (controlegetal): %1"), str(report.head or "—"))
        )
        self.verified.emit(report)

    def mistyped_text(self, report) -> str:
        intact = QCoreApplication.translate(
            "VerifyPanel",
            "The log itself is intact: all %n entry(ies) checked, none changed or removed.",
            None,
            report.entries,
        )
        return intact + "\n" + self._mistyped_sentence(report)

    def _mistyped_sentence(self, report) -> str:
        return fmt(
            self.tr(
                "Mistyped check number, not compared: %1. Its last character does not match "
                "the rest. This is a typing error, not a sign that the log was changed; type "
                "the number again exactly as printed."
            ),
            ", ".join(report.mistyped),
        )

    def problem_text(self, report) -> str:
        first = report.first_problem
        text = self.tr("The log is NOT intact.")
        if first is not None:
            text += " " + audit_labels.problem(first.kind, first.seq, first.explanation)
        more = len(report.problems) - 1
        if more > 0:
            text += " " + QCoreApplication.translate(
                "VerifyPanel", "There is %n more problem(s).", None, more
            )
        return (
            text
            + "\n"
            + self.tr(
                "Tell the board and the administrator at once, and keep the last filed "
                "checkpoint and the backups: they show what the log said before."
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.button.setEnabled(True)
        if isinstance(exc, PermissionDenied):
            text = self.tr("Your role may not check the audit log.")
        else:
            text = fmt(self.tr("The log could not be checked. %1"), error_text(exc))
        self._show("broken", "!", text)
        self.anchor.clear()

    def _show(self, kind: str, symbol: str, text: str) -> None:
        self.frame.setStyleSheet(STYLES[kind])
        self.symbol.setText(symbol)
        self.symbol.setStyleSheet(
            "border: none; background: transparent; color: " + SYMBOL_COLOURS[kind] + ";"
        )
        self.result.setText(text)
        self.frame.show()

    def is_ok(self) -> bool | None:
        """True only when the chain is intact and every filed number was compared."""
        return None if self.report is None else self.report.ok and not self.report.mistyped

    def clear(self) -> None:
        self.report = None
        self.result.clear()
        self.anchor.clear()
        self.frame.hide()
