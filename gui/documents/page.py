"""Sổ văn bản: the register of directives, resolutions and the rest."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from gui.documents.editor import DocumentEditor
from gui.widgets.listpage import FilterSpec, ListPage
from gui.widgets.tablemodel import Column
from models.documents import delete_document
from models.listing import document_rows
from models.register import Register


class DocumentsPage(ListPage):
    table_name = "documents"

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.report_button = QPushButton(self.tr("Báo cáo học tập…"), self)
        self.report_button.setToolTip(
            self.tr("Báo cáo kết quả học tập, quán triệt văn bản đang chọn (hoặc mọi văn bản)")
        )
        self.report_button.clicked.connect(self.open_report)
        self.extra_actions.addWidget(self.report_button)

    def heading_text(self) -> str:
        return self.tr("Sổ văn bản")

    def noun(self) -> str:
        return self.tr("văn bản")

    def make_columns(self) -> list[Column]:
        return [
            Column("symbol", self.tr("Số, ký hiệu"), width=13, least=10),
            Column("type_name", self.tr("Loại"), width=11),
            Column("title", self.tr("Trích yếu"), stretch=True),
            Column("issuer", self.tr("Cơ quan ban hành"), width=18),
            Column("issued_on", self.tr("Ngày ban hành"), "date", width=11),
            Column("term", self.tr("Khóa"), width=9),
            Column(
                "files", self.tr("Tệp"), "int", width=4,
                display=lambda r: str(r["files"]) if r["files"] else "",
            ),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("year", self.tr("Mọi năm"), descending=True),
            FilterSpec("type_name", self.tr("Mọi loại")),
            FilterSpec("level_name", self.tr("Mọi cấp")),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return document_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        return DocumentEditor(self.db, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_document(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("văn bản {symbol} “{title}”").format(
            symbol=row["symbol"], title=row["title"]
        )

    def open_report(self) -> QDialog:
        """Báo cáo kết quả học tập, quán triệt, for the selected document (gui.printing.dialogs)."""
        from gui.printing.dialogs import StudyReportDialog

        row = None if self.showing_deleted else self.selected_row()
        dialog = StudyReportDialog(self.db, self, document=row["uuid"] if row else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
