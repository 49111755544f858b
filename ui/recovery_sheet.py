"""The recovery key on paper: a one-page PDF or a printout for the foundation's safe."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from skot_dossier.domain import clock
from skot_dossier.fsutil import atomic_write_bytes
from ui.text import date_text, fmt


class _Text(QObject):
    """Holds the sheet's sentences so they are translated under one context."""

    def paragraphs(self, vault_name: str, created: date) -> dict[str, str]:
        return {
            "title": self.tr("SKOT Dossier — recovery key"),
            "vault": fmt(self.tr("Vault: %1 — created on %2"), vault_name, date_text(created)),
            "keep": self.tr(
                "With this key anyone can open the vault, even without a passphrase. "
                "Keep this sheet in a locked safe of the foundation, separate from the "
                "computer. Do not photograph it and do not store it on the computer."
            ),
            "use": self.tr(
                'Use it only when every passphrase is lost: choose "Use the recovery key '
                'instead" when unlocking, and type the key with or without the dashes.'
            ),
            "signed": self.tr("Stored by (name and signature):"),
        }


def sheet_html(key: str, vault_name: str, created: date) -> str:
    text = {k: html.escape(v) for k, v in _Text().paragraphs(vault_name, created).items()}
    return "\n".join(
        [
            f"<h1 style='color:#1F3A5F'>{text['title']}</h1>",
            f"<p>{text['vault']}</p>",
            "<p style='font-family: DejaVu Sans Mono, monospace; font-size: 20pt; "
            f"border: 1px solid #1F3A5F; padding: 12px'>{html.escape(key)}</p>",
            f"<p>{text['keep']}</p>",
            f"<p>{text['use']}</p>",
            f"<p>{text['signed']}</p>",
            "<p>______________________________________________</p>",
        ]
    )


def _document(key: str, vault_name: str, created: date) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(sheet_html(key, vault_name, created))
    return document


def pdf_bytes(key: str, vault_name: str, created: date | None = None) -> bytes:
    """The sheet as a PDF, rendered in memory (nothing passes through a temp file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_Text().paragraphs(vault_name, clock.today())["title"])
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    _document(key, vault_name, created or clock.today()).print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def save_pdf(key: str, vault_name: str, target: Path) -> Path:
    atomic_write_bytes(Path(target), pdf_bytes(key, vault_name))
    return Path(target)


def print_sheet(key: str, vault_name: str, parent: QWidget | None = None) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _document(key, vault_name, clock.today()).print_(printer)
    return True
