"""The main window: menus, toolbar, status bar, auto-lock, and the lock screen.

While unlocked it shows a :class:`Workspace`; locking drops the workspace and
every model holding personal data, closes the vault, and shows only the
unlock panel. Unlocking builds a new workspace at the same place.

The window attaches the session's vault worker when it gets the session and
detaches it on lock: the lock panel and the cleared screens appear at once,
and the session is closed on the worker's thread once its running call has
returned. Only quitting the app waits for that (bounded).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar

from skot_dossier.domain.enums import Role
from skot_dossier.errors import SkotError
from skot_dossier.services import access
from skot_dossier.services.permissions import allowed
from ui import clipboard, labels, privacy, settings, vault_worker
from ui.backup_action import BackupRunner
from ui.idle import IdleWatcher
from ui.lock_screen import LockScreen
from ui.messages import error_text
from ui.reset_passphrase_dialog import ResetPassphraseDialog
from ui.resources import icon
from ui.text import fmt
from ui.widgets import fit_on_screen, show_info
from ui.workspace import Location, Workspace

PREFERRED_SIZE = QSize(1240, 800)
QUIT_WAIT_MS = 15_000  # quitting waits this long at most for the vault's running call


def failed_attempts_text(failed: int, role: str) -> str:
    """The warning after wrong passphrases, with the next step for this role: the
    privacy officer is not told to report it to the privacy officer."""
    translate = QCoreApplication.translate
    if role == Role.PRIVACY_OFFICER:
        return translate(
            "MainWindow",
            "Warning: %n wrong passphrase(s) were typed for this vault since it was last "
            "unlocked. If that was not you, see in the audit log when it happened (the "
            "attempts are entered there now) and tell the administrator.",
            None,
            failed,
        )
    return translate(
        "MainWindow",
        "Warning: %n wrong passphrase(s) were typed for this vault since it was "
        "last unlocked. If that was not you, tell the privacy officer.",
        None,
        failed,
    )


class MainWindow(QMainWindow):
    closed = Signal()
    vault_closed = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        session,
        vault_path: Path,
        login: str = "",
        *,
        kdf=None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.session = None
        self.vault_path = Path(vault_path)
        self.login = login
        self.kdf = kdf
        self.workspace: Workspace | None = None
        self.lock_screen: LockScreen | None = None
        # Where to return after unlocking, and for whom: only the same user goes back.
        self._resume: Location | None = None
        self._resume_user = ""
        self._closing = False
        self._vault_closing = False  # "Close vault": back to the welcome screen, no waiting
        self._lock_when_idle = False
        self.worker: vault_worker.VaultWorker | None = None
        self.by_recovery = False  # unlocked with the recovery key
        self._logins: tuple[str, ...] = ()
        self.backup_runner: BackupRunner | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(fmt(self.tr("%1 — SKOT Dossier"), self.vault_path.stem))
        self.setWindowIcon(icon("app"))
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self._build_actions()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.user_label)
        minutes = settings.get(settings.IDLE_MINUTES)
        self.idle = IdleWatcher(idle_ms if idle_ms else max(1, minutes) * 60_000, self)
        self.idle.idle.connect(lambda: self.lock(cancel_running=False))
        self._restore_geometry()
        self._start(session)

    # -- actions ----------------------------------------------------------------

    def _action(self, text: str, shortcut: str = "", name: str = "", slot=None) -> QAction:
        action = QAction(icon(name) if name else icon(""), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", "lock", lambda: self.lock())
        self.close_vault_action = self._action(self.tr("&Close vault"), slot=self.close_vault)
        self.backup_action = self._action(self.tr("Make a &backup…"), slot=self.make_backup)
        self.reset_passphrase_action = self._action(
            self.tr("&Reset a passphrase…"), slot=self.reset_passphrase
        )
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", slot=self.close)
        self.new_dossier_action = self._action(
            self.tr("New &dossier…"), "Ctrl+Shift+N", "new-dossier", lambda: self._ws("new_dossier")
        )
        self.new_incident_action = self._action(
            self.tr("New &incident…"), "Ctrl+N", "new-incident", lambda: self._ws("new_incident")
        )
        self.search_action = self._action(
            self.tr("&Search"), "Ctrl+F", "search", lambda: self._ws("focus_search")
        )
        about = self._action(self.tr("&About SKOT Dossier"), slot=self._about)
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.close_vault_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.backup_action)
        vault_menu.addAction(self.reset_passphrase_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        dossier_menu = self.menuBar().addMenu(self.tr("&Dossier"))
        for action in (self.new_dossier_action, self.new_incident_action, self.search_action):
            dossier_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about)
        self.toolbar = QToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_dossier_action)
        self.toolbar.addAction(self.new_incident_action)
        self.toolbar.addAction(self.search_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self.session_actions = (
            self.lock_action,
            self.close_vault_action,
            self.backup_action,
            self.reset_passphrase_action,
            self.new_dossier_action,
            self.new_incident_action,
            self.search_action,
        )

    def _ws(self, method: str) -> None:
        if self.workspace is not None:
            getattr(self.workspace, method)()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SKOT Dossier"),
            self.tr(
                "SKOT Dossier keeps dossiers about social-media misuse, encrypted and only on "
                "this computer. Every view and change is logged."
            ),
        )

    # -- unlocked ---------------------------------------------------------------

    def _start(self, session) -> None:
        self.session = session
        self.worker = vault_worker.attach(session)
        self._lock_when_idle = False
        self.workspace = Workspace(session, self.central, kdf=self.kdf)
        self.workspace.idle_minutes_changed.connect(
            lambda minutes: self.idle.set_interval_ms(minutes * 60_000)
        )
        self.workspace.status_message.connect(self.statusBar().showMessage)
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self.menuBar().show()
        for action in self.session_actions:
            action.setEnabled(True)
        self.new_dossier_action.setEnabled(allowed(session, "person.create"))
        self.new_incident_action.setEnabled(allowed(session, "incident.create"))
        self.search_action.setEnabled(allowed(session, "search"))
        self.backup_action.setEnabled(allowed(session, "vault.backup"))
        self.reset_passphrase_action.setEnabled(False)  # known once the status has come
        vault_worker.run(session, access.vault_status, self._show_status, self._status_failed)
        same_user = bool(self._resume_user) and self._resume_user == session.actor.user_id
        self.workspace.resume(self._resume if same_user else None)
        self._resume, self._resume_user = None, ""
        self.idle.start()
        self.unlocked.emit()

    def _status_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(error_text(exc))

    def _show_status(self, status: access.VaultStatus) -> None:
        if self.session is None or self.workspace is None:
            return
        self.by_recovery = status.slot_kind == "recovery"
        self._logins = status.keyslot_labels
        self.reset_passphrase_action.setEnabled(self.by_recovery or status.role == "admin")
        # Backups are for the administrator and HR, or whoever holds the recovery key.
        self.backup_action.setEnabled(self.by_recovery or allowed(self.session, "vault.backup"))
        self.user_label.setText(
            self.tr("Unlocked with the recovery key")
            if self.by_recovery
            else fmt(self.tr("User: %1 · Role: %2"), status.user, labels.role(status.role))
        )
        failed = status.failed_attempts_before_unlock
        warning = failed_attempts_text(failed, status.role) if failed else ""
        if self.by_recovery:
            self._show_recovery_banner(warning)
            QTimer.singleShot(0, self, self._offer_reset)
        elif failed:
            self.workspace.banner.show_message(warning, "warning")
        elif status.role == "none":
            self.workspace.banner.show_message(
                self.tr(
                    "You are signed in without a user role (for example with the recovery key), "
                    "so dossiers stay closed. Ask the administrator to set up your account."
                ),
                "warning",
            )

    # -- backup and passphrases ---------------------------------------------------

    def make_backup(self) -> BackupRunner | None:
        """Ask where to save, then write the backup off the GUI thread."""
        if self.session is None or (self.backup_runner and self.backup_runner.busy):
            return None
        if self.backup_runner is not None:
            self.backup_runner.deleteLater()
        self.backup_runner = BackupRunner(self, self.session, self.vault_path)
        self.backup_runner.choose_and_run()
        return self.backup_runner

    def _show_recovery_banner(self, warning: str = "") -> None:
        text = self.tr(
            "You unlocked this vault with the recovery key. Use it only to give someone "
            "a new passphrase when theirs is forgotten; then lock the vault and unlock it "
            "with that passphrase. Dossiers stay closed in this session."
        )
        self.workspace.banner.show_message(
            f"{text}\n\n{warning}" if warning else text,
            "warning",
            self.tr("Reset a passphrase…"),
            self.reset_passphrase,
        )

    def _offer_reset(self) -> None:
        if self.session is not None and self.by_recovery and not self._reset_dialog():
            self.reset_passphrase()

    def _reset_dialog(self) -> ResetPassphraseDialog | None:
        dialogs = [d for d in self.findChildren(ResetPassphraseDialog) if d.isVisible()]
        return dialogs[0] if dialogs else None

    def reset_passphrase(self) -> ResetPassphraseDialog | None:
        if self.session is None:
            return None
        open_already = self._reset_dialog()
        if open_already is not None:
            open_already.raise_()
            return open_already
        dialog = ResetPassphraseDialog(self.session, self._logins, self, preferred=self.login)
        dialog.reset.connect(self._passphrase_reset)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _passphrase_reset(self, login: str) -> None:
        if not self.by_recovery:  # an administrator reset someone else's passphrase
            show_info(
                self,
                fmt(
                    self.tr("The passphrase of %1 has been reset. Give it to them in person."),
                    login,
                ),
            )
            return
        self.login = login  # the unlock panel offers this user next
        self.workspace.banner.show_message(
            fmt(
                self.tr(
                    "The passphrase of %1 has been reset. Lock the vault now and unlock it "
                    "with the new passphrase."
                ),
                login,
            ),
            "info",
            self.tr("Lock now"),
            self.lock,
        )

    # -- locking ----------------------------------------------------------------

    def lock(self, cancel_running: bool = True) -> None:
        """Drop every decrypted model, close the vault, show only the unlock panel.

        Everything is cleared and the lock panel shown at once. The vault worker is
        closed: queued calls are skipped, the running one is asked to stop, and the
        session is closed on the worker's thread once that call has returned; no
        result reaches a screen any more. The idle lock instead lets the running
        work finish (an evidence import the user is waiting for is not thrown away)
        and locks right after.
        """
        if self.session is None:
            return
        worker = self.worker
        if not cancel_running and worker is not None and worker.is_busy():
            if not self._lock_when_idle:
                self._lock_when_idle = True
                worker.busy_changed.connect(self._idle_lock_ready)
            return
        self.idle.stop()
        self._resume = self.workspace.location() if self.workspace else None
        self._resume_user = self.session.actor.user_id if self.session is not None else ""
        self._close_dialogs()
        privacy.forget_all()
        clipboard.clear_private()
        if self.workspace is not None:
            self.workspace.clear()
            self.workspace.hide()
            # Deleting a page removes it from the stack; removeWidget() would hand the
            # C++ object back to Python and risk a second delete by the garbage collector.
            self.workspace.deleteLater()
            self.workspace = None
        if self.backup_runner is not None:
            self.backup_runner.deleteLater()
            self.backup_runner = None
        session, self.session = self.session, None
        self.worker = None
        vault_worker.detach(session, close=access.lock)
        self.user_label.clear()
        self.statusBar().clearMessage()
        for action in self.session_actions:
            action.setEnabled(False)
        self.toolbar.hide()
        self.menuBar().hide()
        self.locked.emit()
        if not self._closing:
            self._show_lock_screen()

    def _idle_lock_ready(self, busy: bool) -> None:
        if not busy and self._lock_when_idle:
            self._lock_when_idle = False
            self.lock(cancel_running=False)

    def _close_dialogs(self) -> None:
        """Locking closes every dialog at once: nothing typed is kept, nothing asks."""
        for dialog in self.findChildren(QDialog):
            getattr(dialog, "discard", dialog.reject)()
            dialog.deleteLater()

    def _show_lock_screen(self) -> None:
        try:
            self.lock_screen = LockScreen(self.vault_path, self.login, self.central)
        except (SkotError, OSError) as exc:
            self.statusBar().showMessage(error_text(exc))
            return
        self.lock_screen.panel.unlocked.connect(self._unlocked_again)
        self.lock_screen.panel.cancelled.connect(self.close_vault)
        self.central.addWidget(self.lock_screen)
        self.central.setCurrentWidget(self.lock_screen)
        self.lock_screen.panel.focus_secret()

    def _unlocked_again(self, session) -> None:
        screen, self.lock_screen = self.lock_screen, None
        if screen is not None:
            if not screen.panel.use_recovery.isChecked():
                self.login = screen.panel.user.currentText()
            screen.hide()
            screen.deleteLater()
        self._start(session)

    def is_locked(self) -> bool:
        return self.session is None

    def close_vault(self) -> None:
        self._closing = True
        self._vault_closing = True
        self.lock()
        self.vault_closed.emit()
        self.close()

    # -- window -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """Where the window was (Qt keeps a restored window on a screen that exists);
        the first time: as large as fits, on the screen, never partly off it."""
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            fit_on_screen(self, PREFERRED_SIZE)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.put(settings.WINDOW_STATE, bytes(self.saveState().data()))
        self._closing = True
        self.lock()
        self.idle.detach()
        if not self._vault_closing:
            # The app quits: give the vault's running call time to return and the
            # session time to close (bounded), so the vault is left locked and logged.
            vault_worker.wait_all(QUIT_WAIT_MS)
        super().closeEvent(event)
        self.closed.emit()
