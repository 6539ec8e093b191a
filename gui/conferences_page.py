"""Hội nghị: the list of study conferences; the editor opens from here."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from gui.conference_editor import open_conference_editor
from gui.listpage import FilterSpec, ListPage
from gui.tablemodel import Column
from models.conferences import delete_conference
from models.listing import conference_rows
from models.vntext import format_int


def _attendance(row: dict[str, Any]) -> str:
    if not row["eligible"]:
        return ""
    return f"{format_int(row['studied'])}/{format_int(row['eligible'])}"


class ConferencesPage(ListPage):
    table_name = "conferences"

    def heading_text(self) -> str:
        return self.tr("Hội nghị học tập, quán triệt")

    def noun(self) -> str:
        return self.tr("hội nghị")

    def make_columns(self) -> list[Column]:
        return [
            Column(
                "reg_number", self.tr("Số"), "int", width=4,
                display=lambda r: f"{r['reg_number']:02d}" if r["reg_number"] else "",
            ),
            Column("starts_at", self.tr("Thời gian"), "datetime", width=14),
            Column("title", self.tr("Tên hội nghị"), stretch=True),
            Column("format_name", self.tr("Hình thức"), width=9),
            Column("documents", self.tr("Văn bản"), width=11),
            Column("studied", self.tr("Đã học"), "int", width=10, display=_attendance),
            Column("rate", self.tr("Tỷ lệ"), "percent", width=6),
            Column(
                "bridge_points", self.tr("Điểm cầu"), "int", width=6,
                display=lambda r: format_int(r["bridge_points"]) if r["bridge_points"] else "",
            ),
            Column("status_name", self.tr("Trạng thái"), width=10),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("year", self.tr("Mọi năm"), descending=True),
            FilterSpec("kind_name", self.tr("Mọi loại")),
            FilterSpec("format_name", self.tr("Mọi hình thức")),
            FilterSpec("status_name", self.tr("Mọi trạng thái")),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return conference_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        # The conference editor is modal and returns whether anything was saved.
        if open_conference_editor(self, self.db, row["id"] if row else None):
            self.refresh()
        return None

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_conference(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("hội nghị “{title}” cùng danh sách điểm danh của hội nghị").format(
            title=row["title"]
        )
