"""Conflicts held for a person: the same record changed in two places with the same
revision (a unit restored an old backup and went on editing). The register never
chooses; the clerk sees each differing field side by side and keeps one copy."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.sync.shared import capitalised, data_label, list_table, section_heading
from gui.widgets.common import fit_to_screen, show_message
from gui.widgets.tablemodel import Column
from models import exchange_conflicts
from models.errors import UserError
from models.exchange_view import ConflictView, conflict_view
from models.register import Register
from models.vntext import show_int as format_int


class ConflictDialog(QDialog):
    """One conflict: each field that differs, "Trong sổ" beside "Trong gói"."""

    def __init__(self, db: Register, view: ConflictView, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.view = view
        self.kept: str | None = None  # "here" or "incoming" once chosen
        self.setWindowTitle(self.tr("Xung đột cần chọn"))
        layout = QVBoxLayout(self)
        title = section_heading(
            f"{capitalised(view.kind)}: {view.title} — {view.owner}", self
        )
        title.setObjectName("data")
        title.setWordWrap(True)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Bản ghi này được sửa ở hai nơi khác nhau (phát hiện lúc {when}). Cột “Trong "
                "sổ” là bản đang có trong sổ này, cột “Trong gói” là bản trong gói vừa nhận. "
                "Chọn bản đúng để giữ lại; bản kia bị bỏ."
            ).format(when=view.detected_at),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(view.differences), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mục"), self.tr("Trong sổ"), self.tr("Trong gói")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, difference in enumerate(view.differences):
            for column, text in enumerate(
                (difference.label, difference.here, difference.incoming)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)
        if not view.differences:
            layout.addWidget(QLabel(
                self.tr("Hai bản chỉ khác nhau ở phần sổ tự ghi (mã, lần sửa); giữ bản nào "
                        "cũng được."),
                self,
            ))
        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            self.tr("Giữ bản trong sổ"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.take_button = buttons.addButton(
            self.tr("Lấy bản trong gói"), QDialogButtonBox.ButtonRole.ActionRole
        )
        later = buttons.addButton(self.tr("Để sau"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self.resolve(take_incoming=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_incoming=True))
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 110, 24)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def resolve(self, *, take_incoming: bool) -> None:
        try:
            notice = exchange_conflicts.resolve_conflict(self.db, self.view.id, take_incoming)
        except UserError as error:
            show_message(self, self.windowTitle(), str(error), warning=True)
            self.reject()
            return
        if notice:  # closed all the same, keeping the newer copy that has arrived
            show_message(self, self.windowTitle(), notice)
        self.kept = "incoming" if take_incoming and not notice else "here"
        self.accept()


class ConflictsTab(QWidget):
    countChanged = Signal()
    changed = Signal()

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.views: list[ConflictView] = []
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Xung đột xảy ra khi cùng một bản ghi được sửa ở hai nơi, ví dụ đơn vị khôi "
                "phục bản sao lưu cũ rồi sửa tiếp. Sổ không tự chọn bản nào: hãy xem từng xung "
                "đột và chọn bản giữ lại."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.empty = data_label(self)
        layout.addWidget(self.empty)
        self.columns = [
            Column("detected_at", self.tr("Phát hiện lúc"), width=16),
            Column("kind", self.tr("Loại dữ liệu"), width=20),
            Column("title", self.tr("Bản ghi"), stretch=True),
            Column("owner", self.tr("Của đơn vị"), width=26),
            Column("fields", self.tr("Số mục khác nhau"), "int", width=14),
        ]
        self.model, self.proxy, self.table = list_table(self.columns, self)
        self.table.activated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Xem và chọn bản giữ lại…"), self)
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def refresh(self) -> None:
        self.views = [conflict_view(self.db, c) for c in exchange_conflicts.list_conflicts(self.db)]
        rows: list[dict[str, Any]] = [
            {
                "id": view.id,
                "detected_at": view.detected_at,
                "kind": capitalised(view.kind),
                "title": view.title,
                "owner": view.owner,
                "fields": len(view.differences),
            }
            for view in self.views
        ]
        self.model.set_rows(rows)
        self.empty.setText(
            self.tr("Không có xung đột nào chờ xử lý.") if not rows
            else self.tr("Còn {count} xung đột chờ chọn.").format(count=format_int(len(rows)))
        )
        self.open_button.setEnabled(bool(rows))
        if rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self.countChanged.emit()

    def count(self) -> int:
        return len(self.views)

    def open_selected(self) -> ConflictDialog | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        wanted = self.proxy.row_at(selected[0].row())["id"]
        view = next((v for v in self.views if v.id == wanted), None)
        if view is None:
            return None
        dialog = ConflictDialog(self.db, view, self)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: ConflictDialog) -> None:
        dialog.deleteLater()
        # Also after a refusal: the conflict may have been settled by a newer copy.
        self.refresh()
        if dialog.kept is not None:
            self.changed.emit()
