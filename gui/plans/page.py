"""Kế hoạch hành động: programmes and plans written after studying a document."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from gui.plans.editor import PlanEditor
from gui.widgets.listpage import FilterSpec, ListPage
from gui.widgets.tablemodel import Column
from models.listing import plan_rows
from models.plans import delete_plan
from models.register import Register
from models.vntext import show_int as format_int


class PlansPage(ListPage):
    table_name = "plans"

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._add_print_buttons()

    def heading_text(self) -> str:
        return self.tr("Chương trình, kế hoạch hành động")

    def noun(self) -> str:
        return self.tr("kế hoạch")

    def make_columns(self) -> list[Column]:
        return [
            Column("number_text", self.tr("Số"), width=7),
            Column("title", self.tr("Tên"), stretch=True),
            Column("document", self.tr("Văn bản"), width=11),
            Column(
                "chi_bo", self.tr("Chi bộ"), width=16,
                display=lambda r: r["chi_bo"] or self.tr("Toàn Đảng bộ"),
            ),
            Column("issued_on", self.tr("Ngày ban hành"), "date", width=11),
            Column(
                "done", self.tr("Hoàn thành"), "int", width=10,
                display=lambda r: f"{format_int(r['done'])}/{format_int(r['tasks'])}",
            ),
            Column(
                "overdue", self.tr("Quá hạn"), "int", width=8,
                display=lambda r: format_int(r["overdue"]) if r["overdue"] else "",
            ),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("year", self.tr("Mọi năm"), descending=True),
            FilterSpec("kind_name", self.tr("Mọi loại")),
            FilterSpec("has_overdue", self.tr("Quá hạn hay không")),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return plan_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        return PlanEditor(self.db, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_plan(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("kế hoạch “{title}” cùng các nhiệm vụ của nó").format(title=row["title"])

    # --- printing (gui.printing.jobs) ------------------------------------------

    def _add_print_buttons(self) -> None:
        # One button (the list's row of buttons stays narrow): the preview has In and Lưu PDF.
        self.preview_button = QPushButton(self.tr("Xem trước và in"), self)
        self.preview_button.setToolTip(
            self.tr("Xem kế hoạch đúng như khi in, rồi In hoặc Lưu PDF (Ctrl+P: in ngay)")
        )
        self.preview_button.clicked.connect(self.preview_plan)
        self.extra_actions.addWidget(self.preview_button)
        self._update_buttons()

    def _update_buttons(self, *args: Any) -> None:
        super()._update_buttons(*args)
        if hasattr(self, "preview_button"):
            self.preview_button.setEnabled(
                self.selected_row() is not None and not self.showing_deleted
            )

    def preview_plan(self) -> QDialog | None:
        from gui.printing.jobs import plan_job
        from gui.printing.preview import preview_job

        row = None if self.showing_deleted else self.selected_row()
        return preview_job(self, self.db, plan_job(row["uuid"])) if row else None

    def print_selected(self) -> None:
        from gui.printing.jobs import plan_job, print_job

        row = None if self.showing_deleted else self.selected_row()
        if row is not None:
            print_job(self, self.db, plan_job(row["uuid"]))
