"""Start the desktop app: ``skot-dossier --vault PATH``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from skot_dossier.errors import SkotError
from skot_dossier.fsutil import set_private_umask
from skot_dossier.services import access
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.unlock_dialog import UnlockDialog


class Controller:
    """Unlock → main window → lock → unlock again, for one vault."""

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = vault_path
        self.window: MainWindow | None = None

    def start(self) -> bool:
        try:
            dialog = UnlockDialog(self.vault_path)
        except SkotError as exc:
            QMessageBox.critical(None, "SKOT Dossier", error_text(exc))
            return False
        if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.session is None:
            return False
        self.window = MainWindow(dialog.session)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        return True

    def lock(self) -> None:
        window = self.window
        if window is None:
            return
        session = window.session
        window.forget_session()
        window.hide()
        if session is not None:
            access.lock(session)
        self.window = None
        window.deleteLater()
        if not self.start():
            QApplication.quit()


def main(argv: list[str] | None = None) -> int:
    set_private_umask()
    parser = argparse.ArgumentParser(prog="skot-dossier")
    parser.add_argument("--vault", help="the vault folder to open")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName("SKOT")
    app.setApplicationName("SKOT Dossier")
    app.setQuitOnLastWindowClosed(True)
    settings = QSettings()
    vault = args.vault or settings.value("last_vault", "")
    if not vault:
        vault = QFileDialog.getExistingDirectory(None, app.translate("App", "Open a vault"))
        if not vault:
            return 0
    controller = Controller(Path(vault))
    if not controller.start():
        return 0
    settings.setValue("last_vault", str(Path(vault).resolve()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
