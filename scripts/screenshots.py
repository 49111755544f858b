"""Regenerate docs/screenshots/*.png from a throwaway demo vault.

Run via ``make screenshots`` (a real X server under Xvfb) or offscreen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from skot_dossier.cli import DEMO_PASSPHRASE  # noqa: E402
from skot_dossier.demo import create_demo_vault  # noqa: E402
from skot_dossier.services import access  # noqa: E402
from skot_dossier.vault import INSECURE_TEST_PROFILE  # noqa: E402
from ui import workers  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.unlock_dialog import UnlockDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def grab(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("SKOT Dossier")
    workers.set_pool(workers.SynchronousPool())
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Demo.skotvault"
        # A throwaway vault for pictures only, so the cheap test KDF is fine here.
        create_demo_vault(folder, DEMO_PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
        dialog = UnlockDialog(folder)
        grab(dialog, "unlock")
        dialog.secret.setText("wrong passphrase")
        dialog.submit()
        grab(dialog, "unlock-wrong-passphrase")
        session = access.unlock(folder, DEMO_PASSPHRASE, label="hr")
        window = MainWindow(session)
        grab(window, "main-window")
        window.close()
        access.lock(session)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
