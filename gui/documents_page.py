"""Sổ văn bản: the register of directives, resolutions and the rest."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from gui.document_editor import DocumentEditor
from gui.listpage import FilterSpec, ListPage
from gui.tablemodel import Column
from models.documents import delete_document
from models.listing import document_rows


class DocumentsPage(ListPage):
    table_name = "documents"

    def heading_text(self) -> str:
        return self.tr("Sổ văn bản")

    def noun(self) -> str:
        return self.tr("văn bản")

    def make_columns(self) -> list[Column]:
        return [
            Column("symbol", self.tr("Số, ký hiệu"), width=13),
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
        return DocumentEditor(self.db, self.db_path, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_document(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("văn bản {symbol} “{title}”").format(
            symbol=row["symbol"], title=row["title"]
        )
