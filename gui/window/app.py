"""Starting the window: the application object, its font, its language, the register.

The font is Noto Sans from ``resources/fonts``: the fonts an office PC offers
clip Vietnamese capital accents or lack them. Vietnamese is the source language
of every string, so the window is Vietnamese with no translation loaded;
``--lang en`` loads the English one for maintainers.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from gui.widgets import collector
from gui.widgets.fonts import apply_text_scale
from gui.widgets.language import install_language


def create_application(lang: str = "vi", argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("SoNghiQuyet")
    QCoreApplication.setApplicationName("SoNghiQuyet")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Sổ Nghị quyết"))
    collector.install(app)
    install_language(app, lang)
    apply_text_scale(app, 1.0)
    return app  # type: ignore[return-value]


class _ErrorRelay(QObject):
    """Carries an unexpected error from any thread to a message box on the window's thread."""

    raised = Signal(str, str)

    def __init__(self) -> None:
        from PySide6.QtCore import Qt  # not at the top: see gui.window.main_window

        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, summary: str, log_path: Path | None) -> None:
        self.raised.emit(summary, str(log_path or ""))

    def _show(self, summary: str, log_path: str) -> None:
        from gui.widgets.common import show_message

        text = summary
        if log_path:
            text += "\n\n" + QCoreApplication.translate(
                "App", "Chi tiết được ghi trong tệp: {path}"
            ).format(path=log_path)
        show_message(
            QApplication.activeWindow(),
            QCoreApplication.translate("App", "Lỗi ngoài dự kiến"),
            text,
            warning=True,
        )


def explain_fault(exc: BaseException, db_path: Path) -> str | None:
    """A full disk, a read-only folder, a pulled stick met while the window works, said
    by its cause (``models.faults``) instead of as an unexpected error."""
    from models.cipher import ANY_SQLITE_ERROR
    from models.faults import explain_os, explain_sqlite

    if isinstance(exc, ANY_SQLITE_ERROR):
        return str(explain_sqlite(exc, db_path))
    if isinstance(exc, OSError):
        return str(explain_os(exc, db_path))
    return None


def run_gui(db_path: Path, lang: str = "vi") -> int:
    """Open the register at ``db_path`` in the window; returns the exit code.

    The window shows first and the register opens behind it (opening loads
    most of the program). The window holds the register for itself (a second
    window on the same file is refused with a message), writes a log beside
    it, and shows unexpected errors as a sentence instead of vanishing. The
    register is checked before it is opened; a damaged one is never opened,
    and the clerk is offered a backup instead (``gui.window.recovery``).
    """
    from gui.window.main_window import MainWindow
    from models.errors import UserError
    from models.instance_lock import InstanceLock

    db_path = Path(db_path)
    app = create_application(lang)
    title = QCoreApplication.translate("App", "Không mở được sổ dữ liệu")
    lock = InstanceLock(db_path)
    try:
        lock.acquire()
    except UserError as exc:
        from gui.widgets.common import show_message

        show_message(None, title, str(exc), warning=True)
        return 1
    window = MainWindow(None, db_path)
    window.show_first_time()
    app.processEvents()

    from gui.settings.keys import show_recovery_code_once, unlock_with_passphrase
    from gui.window.recovery import open_register
    from models import paths
    from models.applog import install_excepthook, setup_logging
    from models.leftovers import remove_leftovers
    from models.settings import get_settings

    relay = _ErrorRelay()
    uninstall = None
    db = None
    try:
        setup_logging(paths.logs_dir(db_path))
        uninstall = install_excepthook(relay.report, lambda exc: explain_fault(exc, db_path))
        if not unlock_with_passphrase(window):
            return 1
        # This process holds the writer lock: nothing else is writing a copy now.
        remove_leftovers(db_path)
        db = open_register(window, db_path)
        if db is None:
            return 1
        settings = get_settings(db)
        apply_text_scale(app, settings.text_scale)
        if not settings.initialised:
            from gui.window.first_start import FirstStartDialog

            if FirstStartDialog(db, window).exec() != QDialog.DialogCode.Accepted:
                return 0
            settings = get_settings(db)
        # Once, on the PC where the key was made: the code that opens backups elsewhere.
        show_recovery_code_once(window, settings.unit_name)
        window.attach(db)
        return app.exec()
    finally:
        if uninstall is not None:
            uninstall()
        # A restore from the window gives it a new connection; both are closed.
        for database in (db, window.db):
            if database is not None:
                database.conn.close()
        lock.release()
