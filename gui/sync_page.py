"""The USB exchange page: the packages received so far and the offices they came from.

The sending and receiving itself comes with the ``sync`` package; until then
this page lists what the register already knows about other offices.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from gui.tablemodel import Column, FoldFilterProxy, RowTableModel, RowTableView
from models.listing import import_log_rows, unit_rows
from models.vntext import format_int


class SyncPage(QWidget):
    def __init__(self, db: Database, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Gói dữ liệu qua USB"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        layout.addWidget(QLabel(self.tr("Các gói dữ liệu đã nhận:"), self))
        self.empty_log = QLabel(self.tr("Chưa nhận gói dữ liệu nào."), self)
        layout.addWidget(self.empty_log)
        self.log_columns = [
            Column("imported_at", self.tr("Thời điểm nhận"), "datetime", width=18),
            Column("sender", self.tr("Đơn vị gửi"), width=30),
            Column("file_name", self.tr("Tên tệp"), stretch=True),
        ]
        self.log_model = RowTableModel(self.log_columns, self)
        log_proxy = FoldFilterProxy(self)
        log_proxy.setSourceModel(self.log_model)
        self.log_table = RowTableView(self)
        self.log_table.setModel(log_proxy)
        self.log_table.set_columns(self.log_columns)
        layout.addWidget(self.log_table, 2)

        layout.addWidget(QLabel(self.tr("Các đơn vị sổ này biết:"), self))
        self.unit_columns = [
            Column("name", self.tr("Đơn vị"), stretch=True),
            Column("abbr", self.tr("Viết tắt"), width=10),
            Column(
                "role", self.tr("Vai trò"), width=16,
                display=lambda r: self.tr("Cấp trên") if r["role"] == "upper" else self.tr(
                    "Cơ sở"
                ),
            ),
            Column(
                "self", self.tr("Ghi chú"), width=16,
                display=lambda r: self.tr("Đơn vị này") if r["self"] else "",
            ),
            Column("last_package_at", self.tr("Gói gần nhất"), "datetime", width=18),
        ]
        self.unit_model = RowTableModel(self.unit_columns, self)
        unit_proxy = FoldFilterProxy(self)
        unit_proxy.setSourceModel(self.unit_model)
        self.unit_table = RowTableView(self)
        self.unit_table.setModel(unit_proxy)
        self.unit_table.set_columns(self.unit_columns)
        layout.addWidget(self.unit_table, 1)

    def refresh(self) -> None:
        rows = import_log_rows(self.db)
        self.log_model.set_rows(rows)
        self.empty_log.setVisible(not rows)
        self.unit_model.set_rows(unit_rows(self.db))

    def row_count_text(self) -> str:
        return self.tr("{count} gói đã nhận").format(count=format_int(self.log_model.rowCount()))
