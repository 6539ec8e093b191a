"""The main window: side bar of pages, the page itself, and the status bar.

Pages are built the first time they are opened (see ``gui.window.pages``), so the
window appears at once however large the register. The window can even show
before the register is open (``attach`` gives it the database afterwards):
opening the register loads most of the program, and a window that appears
first tells the clerk the program has started. The window remembers its
size, position and last page between sessions.

Nothing on the way to the first paint touches ``PySide6.QtCore.Qt``: PySide6
builds the two hundred enums of that namespace on first use (about 17 ms on
Python 3.11, a sixth of a bare window's start), so they wait until after it.
"""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.window.pages import PAGE_FACTORIES, PageSpec

if TYPE_CHECKING:
    from models.register import Register

SETTINGS_ORG = "SoNghiQuyet"
SETTINGS_APP = "SoNghiQuyet"


def ui_settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


AUTO_BACKUP_EVERY = dt.timedelta(hours=1)
AUTO_BACKUP_CHECK_MS = 10 * 60 * 1000
CLOSING_BACKUP_AFTER = dt.timedelta(minutes=5)


def automatic_backup(db_path: Path, interval: dt.timedelta) -> str:
    """A backup if the register changed since the last one and ``interval`` has passed.

    Runs on a background thread; a failure goes to the log (the status bar
    keeps showing the last good backup, which is what the clerk needs to see).
    Returns the message when the copy showed the register itself damaged, the
    one failure the clerk must hear about at once; otherwise "".
    """
    import logging

    from models import backup, backup_names, backup_thinning, paths

    try:
        if backup.backup_if_due(db_path, interval) is not None:
            backup_thinning.thin_backups(paths.backups_dir(db_path), dt.datetime.now())
    except backup_names.DamagedDatabaseError as exc:
        logging.getLogger(__name__).error("Sao lưu tự động thấy sổ bị hỏng: %s", exc)
        return str(exc)
    except Exception:  # noqa: BLE001 — a failed automatic backup must not stop the work
        logging.getLogger(__name__).exception("Sao lưu tự động không thành công")
    return ""


class MainWindow(QMainWindow):
    backup_on_close = True
    # From the automatic backup's thread: the register turned out to be damaged.
    damageFound = Signal(str)

    def __init__(
        self,
        db: Register | None,
        db_path: Path,
        settings: QSettings | None = None,
        pages: dict[str, PageSpec] | None = None,
    ):
        super().__init__()
        self.db: Register | None = None
        self.db_path = Path(db_path)
        self.settings = settings if settings is not None else ui_settings()
        self.specs = dict(pages if pages is not None else PAGE_FACTORIES)
        self.keys = list(self.specs)
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        # The system adds the program's name (QApplication's display name, set in
        # gui.window.app) after the title: the title itself is the unit's name only.
        self.setWindowTitle("")

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget(central)
        side.setObjectName("sideBar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 6, 6)
        self.sidebar = QListWidget(side)
        self.sidebar.setObjectName("pageList")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            "QListWidget#pageList { background: transparent; }"
            "QListWidget#pageList::item { padding: 7px 10px; border-radius: 4px; }"
            "QListWidget#pageList::item:selected { background: #a31515; color: white; }"
        )
        for key in self.keys:
            QListWidgetItem(self.specs[key].translated_title(), self.sidebar)
        side_layout.addWidget(self.sidebar, 1)
        self.backup_button = QPushButton(self.tr("Sao lưu"), side)
        self.backup_button.setToolTip(self.tr("Sao lưu và khôi phục sổ dữ liệu"))
        self.backup_button.clicked.connect(self.show_backups)
        self.backup_button.setEnabled(False)
        side_layout.addWidget(self.backup_button)
        self.help_button = QPushButton(self.tr("Trợ giúp (F1)"), side)
        self.help_button.clicked.connect(self.show_help)
        side_layout.addWidget(self.help_button)
        side.setStyleSheet("QWidget#sideBar { background: #f3efe6; }")
        self._fit_sidebar()
        row.addWidget(side)
        self.stack = QStackedWidget(central)
        self.opening = self._opening_label()
        self.stack.addWidget(self.opening)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._backup_thread: threading.Thread | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._backup_in_background)
        self.damageFound.connect(self._show_damage)
        self._damage = ""

        self._add_action(QKeySequence.StandardKey.New, self.new_item)
        self._add_action(QKeySequence.StandardKey.Find, self.focus_search)
        self._add_action(QKeySequence.StandardKey.Save, self.save_page)
        self._add_action(QKeySequence.StandardKey.HelpContents, self.show_help)  # F1

        self._restore_state()
        self.sidebar.setEnabled(False)
        if db is not None:
            self.attach(db)

    def attach(self, db: Register) -> None:
        """Give the window its open register: title, backups, the last page used."""
        self.db = db
        self._damage = ""  # a register just opened or restored has passed its check
        self._update_title()
        self.update_backup_label()
        self._backup_timer.start()
        self.sidebar.setEnabled(True)
        self.backup_button.setEnabled(True)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        last = str(self.settings.value("window/page", "overview"))
        self.sidebar.setCurrentRow(self.keys.index(last) if last in self.keys else 0)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()

    # --- building -------------------------------------------------------

    def _add_action(self, keys: QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(self)
        # For the whole window (QAction's default). setShortcuts, unlike
        # QKeySequence(keys), leaves the Qt namespace unbuilt (see above).
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _opening_label(self) -> QLabel:
        label = QLabel(self.tr("Đang mở sổ dữ liệu…"), self.stack)
        # Centred through the style sheet: Qt.AlignmentFlag would build the Qt namespace early.
        label.setStyleSheet("qproperty-alignment: AlignCenter;")
        return label

    def _fit_sidebar(self) -> None:
        """As wide as the longest page title and its item padding (7px 10px), no wider.

        Every pixel here is taken from the page beside it, which at large text
        needs them all; the text size can change at run time (Cài đặt), so this
        runs again on every font change (``changeEvent``).
        """
        side = self.sidebar.parentWidget()
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(s.translated_title()) for s in self.specs.values())
        margins = side.layout().contentsMargins()
        # Item padding, the view's frame and focus margins, and a character to breathe.
        items = widest + 2 * 10 + 2 * self.sidebar.frameWidth() + metrics.averageCharWidth() * 2
        buttons = max(self.backup_button.sizeHint().width(), self.help_button.sizeHint().width())
        side.setFixedWidth(max(items, buttons) + margins.left() + margins.right())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            # A widget with its own style sheet keeps the font it had when the
            # sheet was applied (Qt does not pass it a new application font);
            # applying the sheet again gives it the text size just chosen.
            for widget in self.findChildren(QWidget):
                sheet = widget.styleSheet()
                if sheet:
                    widget.setStyleSheet(sheet)
            self._fit_sidebar()

    def _update_title(self) -> None:
        from models.settings import get_settings

        # "Đảng ủy xã Cẩm Giàng — Sổ Nghị quyết" on screen: the system appends the
        # program's name; putting it here too showed it twice.
        self.setWindowTitle(get_settings(self.db).unit_name)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        self.first_open = not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry))
        if self.first_open:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(760, screen.height()))

    def show_first_time(self) -> None:
        """Show the window: maximised the first time (every pixel of a small office
        screen is needed), afterwards as the clerk left it."""
        if self.first_open:
            self.showMaximized()
        else:
            self.show()

    # --- pages ----------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            assert self.db is not None, "pages are built once the register is attached"
            # Each page sits in a scroll area: with very large text a page wider or
            # taller than the screen scrolls instead of pushing the window off it.
            holder = QScrollArea(self.stack)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            widget = self.specs[key].factory(self.db, holder)
            holder.setWidget(widget)
            self.pages[key] = widget
            self._holders[key] = holder
            self.stack.addWidget(holder)
            signal = getattr(widget, "countChanged", None)
            if signal is not None:
                signal.connect(self._page_count_changed)
            saved = getattr(widget, "settingsSaved", None)
            if saved is not None:
                saved.connect(self._update_title)
            pages = getattr(widget, "pageRequested", None)
            if pages is not None:
                pages.connect(self.show_page)
            wanted = getattr(widget, "open_requested", None)
            if wanted is not None:
                wanted.connect(self.open_item)
            backups = getattr(widget, "backupsRequested", None)
            if backups is not None:
                from PySide6.QtCore import Qt

                # Queued: a restore from that dialog drops the page whose button opened it.
                backups.connect(self.show_backups, Qt.ConnectionType.QueuedConnection)
        return self.pages[key]

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else self.keys[0]

    def current_page(self) -> QWidget | None:
        return self.page(self.current_key()) if self.db is not None else None

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.keys.index(key))

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        previous = self.shown_page()
        leave = getattr(previous, "can_leave", None)
        if previous is not None and leave is not None and not leave():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self._row_of(previous))
            self.sidebar.blockSignals(False)
            return
        widget = self.page(self.keys[row])
        self.stack.setCurrentWidget(self._holders[self.keys[row]])
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()
        self.settings.setValue("window/page", self.keys[row])
        self._page_count_changed()
        self.update_backup_label()

    def shown_page(self) -> QWidget | None:
        """The page in front (``None`` while the register is opening)."""
        for key, holder in self._holders.items():
            if holder is self.stack.currentWidget():
                return self.pages[key]
        return None

    def _row_of(self, widget: QWidget) -> int:
        for key, page in self.pages.items():
            if page is widget:
                return self.keys.index(key)
        return 0

    def _page_count_changed(self) -> None:
        text = getattr(self.shown_page(), "row_count_text", None)
        self.count_label.setText(text() if text is not None else "")

    def update_backup_label(self) -> None:
        from gui.widgets.common import ERROR_STYLE
        from models import backup_names, backup_thinning
        from models.vntext import show_datetime as format_datetime
        from models.vntext import show_int as format_int
        from models.vntext import show_size as format_size

        if self._damage:
            self.backup_label.setStyleSheet(ERROR_STYLE)
            self.backup_label.setText(
                self.tr("Sổ dữ liệu có thể đã bị hỏng: bấm “Sao lưu” để khôi phục")
            )
            self.backup_label.setToolTip(self._damage)
            return
        self.backup_label.setStyleSheet("")
        self.backup_label.setToolTip("")
        last = backup_names.last_backup(self.db_path)
        if last is None:
            self.backup_label.setText(self.tr("Sao lưu gần nhất: chưa có"))
            return
        count, size = backup_names.backups_usage(self.db_path)
        self.backup_label.setText(
            self.tr("Sao lưu gần nhất: {when} · {count} bản sao lưu, {size}").format(
                when=format_datetime(last.taken), count=format_int(count), size=format_size(size)
            )
        )
        self.backup_label.setToolTip(
            self.tr("Các bản sao lưu dùng {size} trên đĩa; bản cũ được dọn bớt để tổng dung "
                    "lượng không quá khoảng {copies} lần cỡ sổ.").format(
                size=format_size(size), copies=backup_thinning.BUDGET_COPIES)
        )

    def _backup_in_background(self) -> None:
        """Every few minutes: a backup on a thread if one is due, then the label."""
        if self._backup_thread is not None and self._backup_thread.is_alive():
            return
        self.update_backup_label()
        def run() -> None:
            problem = automatic_backup(self.db_path, AUTO_BACKUP_EVERY)
            if problem:
                self.damageFound.emit(problem)

        self._backup_thread = threading.Thread(target=run, name="sao-luu-tu-dong", daemon=True)
        self._backup_thread.start()

    def _show_damage(self, problem: str) -> None:
        """Said in red where the last backup is shown, until a restore; restoring is one click."""
        self._damage = problem
        self.update_backup_label()

    def open_item(self, kind: str, uuid: str) -> None:
        """Go to what the overview says needs attention, and open it.

        ``kind`` as in ``models.indicators.AttentionItem``: a task opens its
        plan; a conference missing make-up sessions opens in its editor; a
        document whose reflections are missing opens its reflections sheet; a
        document under its study target lists the conferences that studied it.
        """
        from gui.widgets.common import show_message
        from models.documents import get_document
        from models.errors import NotFoundError
        from models.store import fetch_row

        if kind == "package":  # the month's package is not sent yet
            self.show_page("sync")
            return
        try:
            if kind == "task":
                self.show_page("plans")
                found = self.current_page().reveal(
                    fetch_row(self.db, "tasks", uuid)["plan_uuid"]
                )
            elif kind in ("makeup", "reflection"):
                self.show_page("conferences" if kind == "makeup" else "reflections")
                found = self.current_page().reveal(uuid)
            else:
                self.show_page("conferences")
                self.current_page().show_search(get_document(self.db, uuid).symbol)
                found = True
        except NotFoundError:
            found = False
        if not found:
            show_message(
                self, self.tr("Tổng quan"), self.tr("Mục này không còn trong sổ dữ liệu.")
            )

    # --- backups and restore ----------------------------------------------

    def backup_dialog(self):
        """Sao lưu và khôi phục for this register; a restore goes through
        ``gui.window.recovery``."""
        from gui.settings.backups import BackupDialog
        from gui.window.recovery import restore_into_window

        dialog = BackupDialog(
            self.db_path, self, restorer=lambda path: restore_into_window(self, path)
        )
        dialog.backupsChanged.connect(self.update_backup_label)
        return dialog

    def show_backups(self) -> None:
        if self.db is None:
            return
        dialog = self.backup_dialog()
        dialog.exec()
        dialog.deleteLater()

    def can_leave_page(self) -> bool:
        """Asks about unsaved changes on the page shown; False if the clerk stays."""
        # Pages sit in scroll areas: ask the page, not the stack's widget.
        leave = getattr(self.current_page(), "can_leave", None)
        return leave is None or leave()

    def detach(self) -> Register | None:
        """Let go of the register before its file is replaced; ``attach`` takes the new one.

        Work the pages have on worker threads ends first, while the old
        connection is still open; then the pages, which hold that connection,
        are destroyed at once, so no timer of theirs can reach it later.
        Returns the old database for the caller to close.
        """
        import shiboken6

        from gui.widgets.tasks import finish_running_tasks

        db = self.db
        if db is None:
            return None
        self.settings.setValue("window/page", self.current_key())
        self._backup_timer.stop()
        if self._backup_thread is not None:
            self._backup_thread.join()
        finish_running_tasks()
        self.sidebar.currentRowChanged.disconnect(self._row_changed)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.opening = self._opening_label()
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        pages, self.pages = self.pages, {}
        for widget in pages.values():
            self.stack.removeWidget(widget)
            shiboken6.delete(widget)
        self.count_label.clear()
        self.db = None
        return db

    # --- shortcuts ------------------------------------------------------

    def _call(self, name: str) -> None:
        method = getattr(self.current_page(), name, None)
        if method is not None:
            method()

    def new_item(self) -> None:
        self._call("new_item")

    def focus_search(self) -> None:
        self._call("focus_search")

    def save_page(self) -> None:
        self._call("save")

    def show_help(self) -> None:
        """F1: the help section of the page in front; the first steps before a register."""
        from gui.widgets.help import show_help

        page = self.shown_page()
        self.help_dialog = show_help(self, self.current_key() if page is not None else "start")

    # --- closing --------------------------------------------------------

    def close_without_backup(self) -> None:
        """Close with no backup on the way out: a restored register would not open (the
        copy kept before the restore is in the backups folder)."""
        self.backup_on_close = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        leave = getattr(self.shown_page(), "can_leave", None)
        if leave is not None and not leave():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.db is not None:
            self.settings.setValue("window/page", self.current_key())
        self.settings.sync()
        self._backup_timer.stop()
        if self._backup_thread is not None:
            self._backup_thread.join()
        if self.backup_on_close and self.db is not None:
            # The day's last work is kept before the window goes: a few hundred ms at most.
            automatic_backup(self.db_path, CLOSING_BACKUP_AFTER)
        event.accept()
