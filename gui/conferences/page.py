"""Hội nghị: the list of study conferences; the editor opens from here."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from gui.conferences.editor import open_conference_editor
from gui.widgets.listpage import FilterSpec, ListPage
from gui.widgets.numbers import format_int
from gui.widgets.tablemodel import Column
from models.conferences import delete_conference
from models.listing import conference_rows
from models.register import Register


def _attendance(row: dict[str, Any]) -> str:
    if not row["eligible"]:
        return ""
    return f"{format_int(row['studied'])}/{format_int(row['eligible'])}"


class ConferencesPage(ListPage):
    table_name = "conferences"

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._add_print_buttons()

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
            Column(
                "studied", self.tr("Đã học"), "int", width=10, least=10, display=_attendance
            ),
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
        saved: list[str] = []
        if open_conference_editor(self, self.db, row["id"] if row else None, saved.append):
            self.refresh()
            if saved:
                # The row saved is the one chosen: "In biên bản" next prints it, not another.
                self.reveal(saved[-1], edit=False)
        return None

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_conference(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("hội nghị “{title}” cùng danh sách điểm danh của hội nghị").format(
            title=row["title"]
        )

    # --- printing (gui.printing.jobs) ------------------------------------------

    def _add_print_buttons(self) -> None:
        self.preview_button = QPushButton(self.tr("Xem trước biên bản"), self)
        self.preview_button.setToolTip(self.tr("Xem biên bản đúng như khi in"))
        self.preview_button.clicked.connect(self.preview_minutes)
        self.print_button = QPushButton(self.tr("In biên bản"), self)
        self.print_button.setToolTip(
            self.tr("In biên bản của hội nghị đang chọn (Ctrl+P); sau khi in, biên bản "
                    "được đánh dấu đã in để ký")
        )
        self.print_button.clicked.connect(self.print_selected)
        self.more_button = QPushButton(self.tr("In khác"), self)
        menu = QMenu(self.more_button)
        self.save_pdf_action = menu.addAction(
            self.tr("Lưu biên bản ra tệp PDF…"), self.save_minutes_pdf
        )
        self.signin_action = menu.addAction(
            self.tr("Danh sách đảng viên ký dự hội nghị…"), self.open_signin
        )
        menu.addSeparator()
        menu.addAction(self.tr("Báo cáo kết quả học tập, quán triệt…"), self.open_report)
        self.more_button.setMenu(menu)
        for button in (self.preview_button, self.print_button, self.more_button):
            self.extra_actions.addWidget(button)
        self._update_buttons()

    def _update_buttons(self, *args: Any) -> None:
        super()._update_buttons(*args)
        if hasattr(self, "print_button"):
            has = self.selected_row() is not None and not self.showing_deleted
            for widget in (self.preview_button, self.print_button):
                widget.setEnabled(has)
            self.save_pdf_action.setEnabled(has)
            self.signin_action.setEnabled(has)

    def _selected_for_print(self) -> dict[str, Any] | None:
        return None if self.showing_deleted else self.selected_row()

    def preview_minutes(self) -> QDialog | None:
        from gui.printing.jobs import minutes_job
        from gui.printing.preview import preview_job

        row = self._selected_for_print()
        if row is None:
            return None
        dialog = preview_job(self, self.db, minutes_job(row["id"]))
        if dialog is not None:
            dialog.printed.connect(self.refresh)
        return dialog

    def print_selected(self) -> None:
        from gui.printing.jobs import minutes_job, print_job

        row = self._selected_for_print()
        if row is not None and print_job(self, self.db, minutes_job(row["id"])):
            self.refresh()

    def save_minutes_pdf(self) -> None:
        from gui.printing.jobs import minutes_job, save_job

        row = self._selected_for_print()
        if row is not None:
            save_job(self, self.db, minutes_job(row["id"]))

    def open_signin(self) -> QDialog | None:
        from gui.printing.dialogs import SigninDialog

        row = self._selected_for_print()
        if row is None:
            return None
        dialog = SigninDialog(self.db, row["id"], row["title"], self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_report(self) -> QDialog:
        from gui.printing.dialogs import StudyReportDialog

        dialog = StudyReportDialog(self.db, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
