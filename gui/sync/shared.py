"""Pieces shared by the tabs of the Đồng bộ USB page: where to write or read
(a detected USB drive or a folder), coloured notices, section headings."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from gui.sync.jobs import Refusal
from gui.widgets.common import confirm
from gui.widgets.tablemodel import Column, FoldFilterProxy, RowTableModel, RowTableView
from sync.transfer import list_removable_drives

NOTICE_STYLES = {
    "ok": "color: #1d5e20; background: #e6f4e7; padding: 8px; border-radius: 4px;",
    "info": "color: #1f3b57; background: #eaf1f8; padding: 8px; border-radius: 4px;",
    "warning": "color: #6b4100; background: #fff3cd; padding: 8px; border-radius: 4px;",
    "error": "color: #8b0000; background: #fdecea; padding: 8px; border-radius: 4px;",
}
WARNING_BACKGROUND = "#fff3cd"
WARNING_TEXT = "#6b4100"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class Notice(QLabel):
    """A coloured box of text: done (green), to know (blue), to check (yellow),
    refused (red). It carries messages of the exchange word for word, so it is
    marked as data for the translation check."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("data")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        self.level = level
        self.setStyleSheet(NOTICE_STYLES[level])
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.level = ""
        self.clear()
        self.hide()


def fingerprint_chars(widget: QWidget) -> int:
    """A column width (in average characters, as ``Column`` wants) that shows a
    whole fingerprint: hex digits are wider than the average character."""
    metrics = widget.fontMetrics()
    sample = "-".join(["8B8D"] * 10)
    return -(-metrics.horizontalAdvance(sample) // max(1, metrics.averageCharWidth())) + 2


def data_label(parent: QWidget | None = None) -> QLabel:
    """A label showing what the register holds (names, fingerprints, times)."""
    label = QLabel(parent)
    label.setObjectName("data")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def main_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """The one button a tab is for: larger and bold, so it is found at once."""
    button = QPushButton(text, parent)
    font = QFont(button.font())
    font.setBold(True)
    button.setFont(font)
    button.setMinimumHeight(int(button.fontMetrics().height() * 2.2))
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class FolderChooser(QWidget):
    """Where a package goes or comes from: the USB drives plugged in, or a folder.

    The drives are looked for when the chooser is made and when “Tìm lại USB” is
    pressed; a folder picked by hand stays in the list. ``folderChanged(path)``
    (``None`` when nothing is chosen) follows the choice.
    """

    folderChanged = Signal(object)

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._picked: list[Path] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(caption, self)
        row.addWidget(self.caption)
        self.combo = QComboBox(self)
        self.combo.setObjectName("data")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(10)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.currentIndexChanged.connect(lambda _i: self.folderChanged.emit(self.folder()))
        row.addWidget(self.combo, 1)
        self.rescan_button = QPushButton(self.tr("Tìm lại USB"), self)
        self.rescan_button.setToolTip(self.tr("Tìm lại các ổ USB vừa cắm vào máy"))
        self.rescan_button.clicked.connect(lambda: self.rescan(always_tell=True))
        row.addWidget(self.rescan_button)
        self.pick_button = QPushButton(self.tr("Chọn thư mục khác…"), self)
        self.pick_button.clicked.connect(self.pick_folder)
        row.addWidget(self.pick_button)
        self.rescan()

    def folder(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def rescan(self, *, always_tell: bool = False) -> None:
        """Look for drives again; keep the current choice if it is still there.

        ``always_tell``: emit ``folderChanged`` even for the same folder (the clerk
        asked to look again, so whatever lists the folder reads it again)."""
        current = self.folder()
        drives = list_removable_drives()
        self.combo.blockSignals(True)
        self.combo.clear()
        for label, path in drives:
            self.combo.addItem(self.tr("Ổ USB {name} — {path}").format(name=label, path=path),
                               str(path))
        for path in self._picked:
            if all(Path(self.combo.itemData(i)) != path for i in range(self.combo.count())):
                self.combo.addItem(self.tr("Thư mục {path}").format(path=path), str(path))
        if self.combo.count() == 0:
            self.combo.addItem(
                self.tr("Chưa thấy USB nào: cắm USB rồi bấm “Tìm lại USB”, hoặc chọn thư mục"),
                None,
            )
        index = self.combo.findData(str(current)) if current else -1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        if always_tell or self.folder() != current:
            self.folderChanged.emit(self.folder())

    def set_folder(self, path: Path) -> None:
        """Choose ``path`` (added to the list if it is not a detected drive)."""
        path = Path(path)
        if path not in self._picked:
            self._picked.append(path)
        self.rescan()
        index = self.combo.findData(str(path))
        if index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)

    def pick_folder(self) -> None:
        start = str(self.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục"), start)
        if chosen:
            self.set_folder(Path(chosen))


class WarningRowModel(RowTableModel):
    """Rows whose ``warn`` key is true are drawn on a warning colour (a silent unit)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            if self.row_at(index.row()).get("warn"):
                return QColor(WARNING_BACKGROUND)
            return None
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            if self.row_at(index.row()).get("warn"):
                return QColor(WARNING_TEXT)
            return None
        return super().data(index, role)


def list_table(columns: list[Column], parent: QWidget, *, model: RowTableModel | None = None
               ) -> tuple[RowTableModel, FoldFilterProxy, RowTableView]:
    """A read-only list as the other pages show theirs."""
    model = model or RowTableModel(columns, parent)
    proxy = FoldFilterProxy(parent)
    proxy.setSourceModel(model)
    view = RowTableView(parent)
    view.setModel(proxy)
    view.set_columns(columns)
    return model, proxy, view


def ask_to_approve(parent: QWidget, refusal: Refusal) -> bool:
    """Asked twice before a sender's new key (or a unit not set up from here) is
    trusted: once that the fingerprints were compared by phone, once that the old
    key is given up. The safe answer is the default both times."""
    sender = refusal.sender_name or QCoreApplication.translate("SyncApprove", "nơi gửi")
    title = QCoreApplication.translate("SyncApprove", "Chấp nhận khóa mới")
    if refusal.unknown_sender:
        first = QCoreApplication.translate(
            "SyncApprove",
            "{sender} chưa có trong danh sách đơn vị của sổ này (chưa được cấp tệp thiết lập "
            "từ đây).\n\nHãy gọi điện cho {sender} và nhờ đọc dấu vân tay khóa của họ (trang "
            "Đồng bộ USB, thẻ “Khóa bảo mật”). Dấu vân tay trong gói là:\n\n{fingerprint}\n\n"
            "Hai bên đã đọc khớp nhau từng nhóm chữ số chưa?",
        )
        second = QCoreApplication.translate(
            "SyncApprove",
            "Từ nay sổ sẽ nhận {sender} là đơn vị cấp dưới và tin các gói ký bằng khóa này. "
            "Chắc chắn chấp nhận đơn vị mới?",
        )
        accept = QCoreApplication.translate("SyncApprove", "Chấp nhận đơn vị mới")
    else:
        first = QCoreApplication.translate(
            "SyncApprove",
            "Gói của {sender} được ký bằng một khóa khác với khóa sổ đã ghi nhận. Điều này "
            "xảy ra khi nơi gửi cài lại máy hoặc đổi máy, nhưng cũng có thể là gói giả "
            "mạo.\n\nHãy gọi điện cho {sender} và nhờ đọc dấu vân tay khóa của họ (trang "
            "Đồng bộ USB, thẻ “Khóa bảo mật”). Dấu vân tay trong gói là:\n\n{fingerprint}\n\n"
            "Hai bên đã đọc khớp nhau từng nhóm chữ số chưa?",
        )
        second = QCoreApplication.translate(
            "SyncApprove",
            "Từ nay sổ sẽ tin các gói của {sender} ký bằng khóa mới này và không tin khóa cũ "
            "nữa. Chắc chắn chấp nhận khóa mới?",
        )
        accept = QCoreApplication.translate("SyncApprove", "Chấp nhận khóa mới")
    if not confirm(
        parent, title, first.format(sender=sender, fingerprint=refusal.fingerprint),
        QCoreApplication.translate("SyncApprove", "Đã khớp"),
        QCoreApplication.translate("SyncApprove", "Chưa, không nhận"),
    ):
        return False
    return confirm(
        parent, title, second.format(sender=sender), accept,
        QCoreApplication.translate("SyncApprove", "Không chấp nhận"),
    )
