"""Run in a child process on a 1280×720 screen: where do the big windows open?

Prints one JSON object: per window, its frame and the screen's free area. The
offscreen platform gets its screen size from a configuration file, so this
cannot run inside the test process (which has its own screen).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv[:1])
    from tests.vaults import build_ui_vault
    from ui import i18n, workers
    from ui.app import configure
    from ui.main_window import MainWindow

    configure(app)
    i18n.install(app, "nl")
    workers.set_pool(workers.SynchronousPool())
    folder = Path(tempfile.mkdtemp(prefix="small-screen-"))
    vault = build_ui_vault(folder / "School.skotvault")
    window = MainWindow(vault.unlock("directeur"), vault.path, "directeur")
    workspace = window.workspace
    result = {}

    def measure(name, shown) -> None:
        shown.show()
        app.processEvents()
        hint = shown.minimumSizeHint()
        result[name] = {
            "frame": list(shown.frameGeometry().getRect()),
            "minimum": [hint.width(), hint.height()],
        }
        getattr(shown, "discard", lambda: None)()

    measure("main window", window)
    measure("new dossier", workspace.new_dossier())
    page = workspace.open_dossier(vault.pupil_dossier)
    measure("edit details", workspace.edit_person(page.view.person))
    measure("new incident", workspace.new_incident())
    result["screen"] = list(app.primaryScreen().availableGeometry().getRect())
    print(json.dumps(result))
    window.close()


if __name__ == "__main__":
    main()
