"""One change at a time from a dialog, on the vault worker.

The buttons that start it are disabled while it runs (the dialog says it is busy,
so Escape does not close it half-way); what the core refuses is shown in the
dialog: field problems beside their fields, anything else in the general line
(in the user's language, ``ui.messages.error_text``). The dialog then stays open
with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from skot_dossier.domain.validation import ValidationError
from ui import vault_worker
from ui.messages import error_text
from ui.vault_worker import ChangesFor
from ui.widgets import FormErrors


class Saving:
    def __init__(
        self,
        owner: QWidget,
        session,
        *buttons: QWidget,
        errors: FormErrors | None = None,
        refresh: Callable[[], None] | None = None,
    ) -> None:
        """``refresh()`` sets the buttons right again after the work (where their
        state depends on more than being busy)."""
        self.owner = owner
        self.session = session
        self.buttons = buttons
        self.errors = errors
        self.refresh = refresh
        self.busy = False

    def run(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        *,
        changes: ChangesFor = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Run ``fn(session)``; False (and nothing runs) while an earlier one is busy."""
        if self.busy:
            return False
        self._set_busy(True)
        if self.errors is not None:
            self.errors.clear()

        def ok(result: Any) -> None:
            self._set_busy(False)
            done(result)

        def refused(exc: BaseException) -> None:
            self._set_busy(False)
            (failed or self.show_failure)(exc)

        vault_worker.run(self.session, fn, ok, refused, owner=self.owner, changes=changes)
        return True

    def show_failure(self, exc: BaseException) -> None:
        if self.errors is None:
            return
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        elif self.errors.general is not None:
            self.errors.general.show_message(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.buttons:
            button.setEnabled(not busy)
        if not busy and self.refresh is not None:
            self.refresh()
