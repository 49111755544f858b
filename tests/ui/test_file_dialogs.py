"""Qt's own file dialog speaks Dutch in the Dutch app: every text a person can see in it
(labels, buttons, tooltips, column headers, the right-click menu) differs from English,
except words that are the same in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SAME_IN_BOTH = {"Type"}  # a Dutch word too
MODES = ("open", "save", "directory")


def _dialog(mode: str, folder) -> QFileDialog:
    dialog = QFileDialog(None, "SKOT Dossier", str(folder), "PDF (*.pdf)")
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "directory":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    return dialog


def _texts(dialog: QFileDialog) -> dict[str, str]:
    """What a person reads in the dialog, keyed by where it is shown."""
    found = {}
    for index, widget in enumerate(dialog.findChildren(QWidget)):
        if not widget.isVisibleTo(dialog):
            continue
        name = f"{type(widget).__name__}:{widget.objectName() or index}"
        for attribute in ("text", "toolTip"):
            read = getattr(widget, attribute, None)
            value = read() if callable(read) else ""
            if isinstance(value, str) and value.strip():
                found[f"{name}.{attribute}"] = value
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if header:
                    found[f"{name}.header{column}"] = str(header)
            root = widget.rootIndex()
            for row in range(model.rowCount(root)):  # the "Type" of each file and folder
                entry = model.index(row, 0, root).data()
                kind = model.index(row, 2, root).data()
                if kind:
                    found[f"{name}.{entry}.type"] = str(kind)
    for action in dialog.findChildren(QAction):
        if action.text():
            found[f"action:{action.objectName() or action.text()}"] = action.text()
    return found


@pytest.mark.parametrize("mode", MODES)
def test_no_english_in_the_dutch_file_dialog(qtbot, qapp, tmp_path, mode):
    (tmp_path / "brieven").mkdir()
    (tmp_path / "brief.pdf").write_bytes(b"%PDF-1.4\n")
    seen = {}
    for language in ("en", "nl"):
        i18n.install(qapp, language)
        dialog = _dialog(mode, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        view = dialog.findChild(QAbstractItemView, "treeView")
        qtbot.waitUntil(lambda v=view: v.model().rowCount(v.rootIndex()) > 0, timeout=5000)
        seen[language] = _texts(dialog)
        dialog.close()
    english = {
        where: text
        for where, text in seen["nl"].items()
        if text == seen["en"].get(where)
        and any(c.isalpha() for c in text)
        and text not in SAME_IN_BOTH
        and "*" not in text  # a file filter such as "PDF (*.pdf)"
        and "/" not in text  # a folder
    }
    assert english == {}
    assert any(where.endswith("brieven.type") for where in seen["nl"])  # the rows were read


@pytest.mark.parametrize(
    ("system", "app", "own_dialog"),
    [("nl_NL.UTF-8", "nl", False), ("en_GB.UTF-8", "nl", True), ("en_GB.UTF-8", "en", False)],
)
def test_the_systems_dialog_only_where_it_speaks_the_apps_language(system, app, own_dialog):
    """A computer set to English would show its own file dialog in English: the Dutch
    app then uses Qt's (translated) dialog instead."""
    code = (
        "from PySide6.QtWidgets import QApplication, QFileDialog\n"
        "app = QApplication([])\n"
        "from ui import i18n\n"
        f"i18n.install(app, {app!r})\n"
        "print(bool(i18n.file_dialog_options() & QFileDialog.Option.DontUseNativeDialog))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=system, LANGUAGE="", PYTHONPATH=str(ROOT), HOME=os.environ.get("HOME", ""))
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == str(own_dialog)
