"""Start the desktop app: ``skot-dossier [--vault PATH]``.

Without a vault (or with one that is gone) the welcome screen opens; with one,
the unlock dialog. Dutch is the default language (a setting).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from skot_dossier.fsutil import set_private_umask
from ui import i18n, settings, theme, vault_worker
from ui.main_window import QUIT_WAIT_MS, MainWindow
from ui.resources import icon
from ui.welcome_window import WelcomeWindow

ORGANIZATION = "SKOT"
APPLICATION = "SKOT Dossier"


def configure(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("app"))
    theme.apply(app)


class Controller(QObject):
    """Welcome → (create | open + unlock) → main window → close vault → welcome."""

    def __init__(self, *, kdf=None) -> None:
        super().__init__()
        self.kdf = kdf
        self.welcome: WelcomeWindow | None = None
        self.window: MainWindow | None = None
        self._retired: list = []

    def start(self, vault: Path | None = None) -> None:
        self.show_welcome()
        if vault is not None and (vault / "vault.json").is_file():
            self.welcome.open_vault(vault)

    def show_welcome(self) -> WelcomeWindow:
        self.welcome = WelcomeWindow(kdf=self.kdf)
        self.welcome.session_ready.connect(self.open_window)
        self.welcome.show()
        return self.welcome

    def open_window(self, session, path: Path, login: str) -> MainWindow:
        self.window = MainWindow(session, path, login, kdf=self.kdf)
        self.window.vault_closed.connect(self._vault_closed)
        self.window.show()
        if self.welcome is not None:
            welcome, self.welcome = self.welcome, None
            self._retire(welcome)
        return self.window

    def _vault_closed(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            self._retire(window)
        self.show_welcome()

    def _retire(self, window) -> None:
        """Close a window and let Qt delete it from the event loop.

        Dropping the last Python reference would delete it at once, while its
        children may still wait for their own deleteLater(); keep the reference
        until Qt has destroyed it.
        """
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]
        window.close()
        window.deleteLater()
        self._retired.append(window)


def main(argv: list[str] | None = None) -> int:
    set_private_umask()
    parser = argparse.ArgumentParser(prog="skot-dossier")
    parser.add_argument("--vault", help="the vault folder to open")
    parser.add_argument("--language", choices=sorted(settings.LANGUAGES), help="nl or en")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    app = QApplication([sys.argv[0], *qt_args])
    configure(app)
    i18n.install(app, args.language)
    vault = args.vault or settings.get(settings.LAST_VAULT)
    controller = Controller()
    controller.start(Path(vault) if vault else None)
    # A vault still closing (its last call running) gets a bounded moment to finish.
    app.aboutToQuit.connect(lambda: vault_worker.wait_all(QUIT_WAIT_MS))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
