"""Sao lưu và khôi phục: back up now, to a USB stick, list the backups, restore one.

The dialog only works on files (``models.backup`` and its siblings); putting a backup back
into the open register is the window's business (``gui.window.recovery``), handed
in as ``restorer``. Every copy runs on a worker thread behind a busy dialog
that cannot be cancelled half-way: a backup or a restore stopped in the middle
would be worth nothing, and each takes seconds.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import ERROR_STYLE, NOTICE_STYLE, fit_to_screen, show_message
from gui.widgets.tasks import BackgroundTask
from models import backup, backup_names, backup_thinning
from models.backup_names import BackupInfo
from models.errors import UserError
from models.paths import backups_dir
from models.vntext import (
    show_date as format_date,
)
from models.vntext import (
    show_datetime as format_datetime,
)
from models.vntext import (
    show_decimal as format_decimal,
)

# The busy dialog appears only for work that takes longer than a glance.
_SHOW_AFTER_MS = 300

# The reasons in models.backup_names.REASON_LABELS, through the translator.
REASON_TEXTS = {
    backup_names.REASON_AUTO: QT_TRANSLATE_NOOP("Backups", "Tự động"),
    backup_names.REASON_MANUAL: QT_TRANSLATE_NOOP("Backups", "Sao lưu theo yêu cầu"),
    backup_names.REASON_IMPORT: QT_TRANSLATE_NOOP("Backups", "Trước khi nhận gói dữ liệu"),
    backup_names.REASON_MEMBER_IMPORT: QT_TRANSLATE_NOOP(
        "Backups", "Trước khi nhập danh sách đảng viên"
    ),
    backup_names.REASON_MIGRATION: QT_TRANSLATE_NOOP("Backups", "Trước khi nâng cấp"),
    backup_names.REASON_RESTORE: QT_TRANSLATE_NOOP("Backups", "Trước khi khôi phục"),
    backup_names.REASON_UNDO: QT_TRANSLATE_NOOP("Backups", "Trước khi hoàn tác lần nhận gói"),
    backup_names.REASON_DAMAGED: QT_TRANSLATE_NOOP(
        "Backups", "Bản hỏng giữ lại trước khi khôi phục"
    ),
}
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}_\d{6}_")


# --------------------------------------------------------------- describing


def backup_info(path: Path) -> BackupInfo | None:
    """When and why a backup file was taken, from its name.

    A copy on a USB stick carries the register's name in front
    (``so-nghi-quyet_2026-11-25_193012_thu-cong.db``); that prefix is skipped.
    """
    path = Path(path)
    info = backup_names.parse_backup_name(path)
    if info is not None:
        return info
    found = _STAMP.search(path.name)
    if found is None:
        return None
    named = backup_names.parse_backup_name(path.with_name(path.name[found.start():]))
    return BackupInfo(path, named.taken, named.reason, named.seq) if named else None


def reason_text(reason: str) -> str:
    """A backup's reason in words ("truoc-nang-cap-v3" is still "Trước khi nâng cấp")."""
    for key in sorted(REASON_TEXTS, key=len, reverse=True):
        if reason == key or reason.startswith(key + "-"):
            return QCoreApplication.translate("Backups", REASON_TEXTS[key])
    return reason


def when_text(info: BackupInfo) -> str:
    """``05/03/2025 lúc 14:30``."""
    return QCoreApplication.translate("Backups", "{date} lúc {time}").format(
        date=format_date(info.taken.date()), time=info.taken.strftime("%H:%M")
    )


def describe_backup(path: Path) -> str:
    """``ngày 05/03/2025 lúc 14:30 (Tự động)``, or the file's name when it says nothing."""
    info = backup_info(path)
    if info is None:
        return QCoreApplication.translate("Backups", "trong tệp “{name}”").format(
            name=Path(path).name
        )
    return QCoreApplication.translate("Backups", "ngày {when} ({reason})").format(
        when=when_text(info), reason=reason_text(info.reason)
    )


def size_text(path: Path) -> str:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return ""
    return f"{format_decimal(size / 1_000_000, 1)} MB"


# ----------------------------------------------------------------- waiting


class _BusyDialog(QProgressDialog):
    """A moving bar without Hủy: Esc and the close box do nothing while the work runs."""

    def reject(self) -> None:
        return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.ignore()


def wait_for(
    parent: QWidget | None, title: str, label: str, fn: Callable[..., Any], *args: Any
) -> Any:
    """Run ``fn(*args)`` on a worker thread while the window keeps painting.

    Returns what ``fn`` returned, or raises what it raised, here on the
    window's thread. A busy bar shows if the work takes more than a moment.
    """

    def work(_progress: Callable[..., bool], *work_args: Any) -> Any:
        return fn(*work_args)

    dialog = _BusyDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setRange(0, 0)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
    dialog.hide()

    task = BackgroundTask(work, *args)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    task.finished.connect(lambda result: outcome.update(result=result))
    task.failed.connect(lambda error: outcome.update(error=error))
    task.ended.connect(loop.quit)
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: dialog.show() if task.is_running() else None)
    task.start()
    timer.start(_SHOW_AFTER_MS)
    if task.is_running():
        loop.exec()
    while task.is_running():
        # The loop returned early (the program is quitting): the thread must still end
        # before its objects go, and the copy must not be cut off half-way.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def _take_manual_backup(db_path: Path) -> Path:
    from datetime import datetime

    taken = backup.take_backup(db_path, backup_names.REASON_MANUAL)
    backup_thinning.thin_backups(backups_dir(db_path), datetime.now())
    return taken


def _backup_to_folder(db_path: Path, folder: Path) -> Path:
    from datetime import datetime

    written = backup.backup_to(db_path, folder)
    backup_thinning.thin_backups(backups_dir(db_path), datetime.now())
    return written


def pick_backup_file(parent: QWidget | None) -> Path | None:
    """A backup file anywhere (a USB stick), chosen in the usual open-file window."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Chọn tệp sao lưu"),
        "",
        QCoreApplication.translate("Backups", "Bản sao lưu (*.db);;Mọi tệp (*)"),
    )
    return Path(name) if name else None


# ----------------------------------------------------------------- the list


class BackupTable(QTableWidget):
    """The backups of one register, newest first: when, why, how large."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Thời điểm sao lưu"), self.tr("Lý do"), self.tr("Dung lượng")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def load(self, backups: list[BackupInfo]) -> None:
        chosen = self.selected_path()
        self.setRowCount(0)
        for info in backups:
            row = self.rowCount()
            self.insertRow(row)
            when = QTableWidgetItem(format_datetime(info.taken))
            when.setData(Qt.ItemDataRole.UserRole, str(info.path))
            when.setToolTip(str(info.path))
            self.setItem(row, 0, when)
            self.setItem(row, 1, QTableWidgetItem(reason_text(info.reason)))
            size = QTableWidgetItem(size_text(info.path))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 2, size)
            if chosen is not None and info.path == chosen:
                self.selectRow(row)

    def paths(self) -> list[Path]:
        role = Qt.ItemDataRole.UserRole
        return [Path(self.item(r, 0).data(role)) for r in range(self.rowCount())]

    def select_path(self, path: Path) -> bool:
        for row, shown in enumerate(self.paths()):
            if shown == Path(path):
                self.selectRow(row)
                return True
        return False

    def selected_path(self) -> Path | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows:
            return None
        return Path(self.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))


def heading_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class BackupDialog(QDialog):
    """Sao lưu và khôi phục, opened from the window.

    ``restorer(path) -> bool`` puts a backup into the open register (asking,
    checking and reopening); without one the dialog only backs up.
    ``backupsChanged`` fires after every new copy or restore, for the status bar.
    """

    backupsChanged = Signal()

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        restorer: Callable[[Path], bool] | None = None,
    ):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.restorer = restorer
        self.setWindowTitle(self.tr("Sao lưu và khôi phục"))
        layout = QVBoxLayout(self)

        self.last_label = heading_label("", self)
        layout.addWidget(self.last_label)
        intro = QLabel(
            self.tr(
                "Chương trình tự sao lưu sổ mỗi giờ khi có thay đổi và mỗi khi đóng cửa sổ. "
                "Mỗi tuần nên sao lưu thêm ra USB và cất USB ở nơi khác, phòng khi máy "
                "hỏng hoặc mất."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.usb_button = QPushButton(self.tr("Sao lưu ra USB / thư mục…"), self)
        self.usb_button.clicked.connect(self.backup_to_folder)
        self.folder_button = QPushButton(self.tr("Mở thư mục sao lưu"), self)
        self.folder_button.clicked.connect(self.open_folder)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.usb_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout.addWidget(self.notice)

        box = QGroupBox(self.tr("Các bản sao lưu trên máy này"), self)
        box_layout = QVBoxLayout(box)
        self.table = BackupTable(box)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        box_layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Chưa có bản sao lưu nào."), box)
        box_layout.addWidget(self.empty_label)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản này…"), box)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Khôi phục từ tệp khác…"), box)
        self.file_button.setToolTip(self.tr("Một bản sao lưu trên USB hoặc ở thư mục khác"))
        self.file_button.clicked.connect(self.restore_from_file)
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.file_button)
        restore_row.addStretch(1)
        box_layout.addLayout(restore_row)
        self.restore_hint = QLabel(
            self.tr(
                "Khôi phục đưa sổ về đúng như lúc sao lưu. Sổ hiện tại được giữ lại thành "
                "một bản sao lưu “Trước khi khôi phục”, nên không mất gì."
            ),
            box,
        )
        self.restore_hint.setWordWrap(True)
        box_layout.addWidget(self.restore_hint)
        for widget in (self.restore_button, self.file_button, self.restore_hint):
            widget.setVisible(restorer is not None)
        layout.addWidget(box, 1)

        closing = QHBoxLayout()
        closing.addStretch(1)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.clicked.connect(self.accept)
        closing.addWidget(self.close_button)
        layout.addLayout(closing)

        fit_to_screen(self, 88, 30)
        self.refresh()

    # --- state ------------------------------------------------------------

    def refresh(self) -> None:
        last = backup_names.last_backup(self.db_path)
        if last is None:
            self.last_label.setText(self.tr("Sổ này chưa được sao lưu lần nào."))
        else:
            self.last_label.setText(
                self.tr("Sao lưu gần nhất: {when} ({reason})").format(
                    when=when_text(last), reason=reason_text(last.reason)
                )
            )
        backups = backup_names.list_backups(self.db_path)
        self.table.load(backups)
        self.table.setVisible(bool(backups))
        self.empty_label.setVisible(not backups)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.table.selected_path() is not None)

    def _tell(self, text: str, *, error: bool = False) -> None:
        self.notice.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.notice.setText(text)
        self.notice.show()

    # --- actions ----------------------------------------------------------

    def backup_now(self) -> Path | None:
        try:
            taken = wait_for(
                self, self.tr("Sao lưu"), self.tr("Đang sao lưu sổ dữ liệu…"),
                _take_manual_backup, self.db_path,
            )
        except UserError as exc:
            self._tell(str(exc), error=True)
            return None
        self.refresh()
        self.table.select_path(taken)
        self._tell(self.tr("Đã sao lưu xong. Bản sao lưu mới nằm ở đầu danh sách."))
        self.backupsChanged.emit()
        return taken

    def choose_folder(self) -> Path | None:
        """The USB stick or folder to copy to (a test answers this instead of a person)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn USB hoặc thư mục để chép bản sao lưu")
        )
        return Path(folder) if folder else None

    def backup_to_folder(self) -> Path | None:
        folder = self.choose_folder()
        if folder is None:
            return None
        try:
            written = wait_for(
                self, self.tr("Sao lưu ra USB / thư mục"),
                self.tr("Đang chép bản sao lưu ra “{folder}”…").format(folder=folder),
                _backup_to_folder, self.db_path, folder,
            )
        except UserError as exc:
            self._tell(str(exc), error=True)
            return None
        self.refresh()
        self._tell(
            self.tr(
                "Đã chép bản sao lưu ra “{path}” và kiểm tra lại: bản chép đọc được, "
                "đúng từng byte. Có thể rút USB."
            ).format(path=written)
        )
        self.backupsChanged.emit()
        return written

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_dir(self.db_path))))

    def restore_selected(self) -> bool:
        path = self.table.selected_path()
        if path is None or self.restorer is None:
            return False
        return self._restore(path)

    def restore_from_file(self) -> bool:
        path = pick_backup_file(self)
        if path is None or self.restorer is None:
            return False
        return self._restore(path)

    def _restore(self, path: Path) -> bool:
        self.notice.hide()
        restored = self.restorer(path)
        self.refresh()
        if restored:
            self._tell(
                self.tr("Đã khôi phục sổ từ bản sao lưu {what}.").format(
                    what=describe_backup(path)
                )
            )
            self.backupsChanged.emit()
        return restored


class BackupChooser(QDialog):
    """Pick the backup to restore when the register will not open; ``chosen`` is the file."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Chọn bản sao lưu để khôi phục"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Chọn một bản sao lưu trong danh sách, hoặc bấm “Chọn tệp khác…” để lấy bản "
                "sao lưu trên USB. Bản được chọn sẽ được kiểm tra trước khi khôi phục."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = BackupTable(self)
        self.table.load(backup_names.list_backups(self.db_path))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.choose_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Chọn tệp khác…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.choose_button = QPushButton(self.tr("Khôi phục từ bản này"), self)
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_selected)
        self.back_button = QPushButton(self.tr("Quay lại"), self)
        self.back_button.clicked.connect(self.reject)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        if self.table.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        fit_to_screen(self, 80, 22)

    def _selection_changed(self) -> None:
        self.choose_button.setEnabled(self.table.selected_path() is not None)

    def choose_selected(self) -> None:
        path = self.table.selected_path()
        if path is not None:
            self.chosen = path
            self.accept()

    def choose_file(self) -> None:
        path = pick_backup_file(self)
        if path is not None:
            self.chosen = path
            self.accept()


def show_refusal(parent: QWidget | None, problems: list[str]) -> None:
    """A backup that cannot be restored: why, and that the register is as it was."""
    show_message(
        parent,
        QCoreApplication.translate("Backups", "Không khôi phục được"),
        QCoreApplication.translate(
            "Backups",
            "Không khôi phục từ bản này vì: {problem}\n\n"
            "Sổ dữ liệu được giữ nguyên, không có gì thay đổi. Hãy chọn một bản sao lưu khác.",
        ).format(problem=problems[0] if problems else ""),
        warning=True,
    )
