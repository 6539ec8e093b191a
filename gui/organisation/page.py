"""Tổ chức đảng: chi bộ, members, and groups of non-member participants, one tab each."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from gui.organisation.editors import ChiBoEditor, GroupEditor, MemberEditor
from gui.widgets.listpage import FilterSpec, ListPage
from gui.widgets.tablemodel import Column
from models.listing import chi_bo_rows, group_rows, member_rows
from models.organisation import delete_chi_bo, delete_member, list_chi_bo
from models.recycle import delete_group
from models.register import Register
from models.vntext import name_key


class ChiBoList(ListPage):
    table_name = "chi_bo"

    def heading_text(self) -> str:
        return self.tr("Danh sách chi bộ")

    def noun(self) -> str:
        return self.tr("chi bộ")

    def make_columns(self) -> list[Column]:
        return [
            Column("position", self.tr("Thứ tự"), "int", width=6),
            Column("name", self.tr("Tên chi bộ"), stretch=True),
            Column("kind", self.tr("Loại hình"), width=20),
            Column("members", self.tr("Đảng viên"), "int", width=9),
            Column("probationary", self.tr("Dự bị"), "int", width=7),
            Column("excused", self.tr("Miễn sinh hoạt"), "int", width=12),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [FilterSpec("kind", self.tr("Mọi loại hình"))]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return chi_bo_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        return ChiBoEditor(self.db, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_chi_bo(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("chi bộ “{name}”").format(name=row["name"])


class MemberList(ListPage):
    table_name = "members"

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.import_button = QPushButton(self.tr("Nhập danh sách đảng viên…"), self)
        self.import_button.setToolTip(
            self.tr("Nhập đảng viên từ tệp Excel (.xlsx) hoặc .csv, xem trước từng dòng")
        )
        self.import_button.clicked.connect(self.import_members)
        self.extra_actions.addWidget(self.import_button)

    def import_members(self) -> QDialog | None:
        """Nhập danh sách đảng viên… (gui.organisation.member_import)."""
        from gui.organisation.member_import import choose_and_open

        dialog = choose_and_open(self, self.db)
        if dialog is not None:
            dialog.imported.connect(lambda _result: self.refresh())
        return dialog

    def heading_text(self) -> str:
        return self.tr("Danh sách đảng viên")

    def noun(self) -> str:
        return self.tr("đảng viên")

    def make_columns(self) -> list[Column]:
        return [
            # The name takes what is left: it is what the clerk reads the row by.
            Column(
                "full_name", self.tr("Họ và tên"), stretch=True,
                sort_key=lambda r: " ".join(name_key(r["full_name"])),
            ),
            Column("chi_bo", self.tr("Chi bộ"), width=30, least=14),
            Column("gender", self.tr("Giới tính"), width=8),
            Column("birth_year", self.tr("Năm sinh"), width=8),
            Column("official_name", self.tr("Đảng viên"), width=10),
            Column("excused_name", self.tr("Miễn sinh hoạt"), width=13),
            Column("status_name", self.tr("Tình trạng"), width=13),
            Column("position_title", self.tr("Chức vụ"), width=16),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("chi_bo", self.tr("Mọi chi bộ")),
            FilterSpec("official_name", self.tr("Chính thức và dự bị")),
            FilterSpec("status_name", self.tr("Mọi tình trạng")),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return member_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        # A new member goes into the chi bộ the list is showing, if it shows one.
        shown = next((c.currentData() for s, c in self._filter_combos if s.key == "chi_bo"), None)
        chi_bo = next(
            (r["chi_bo_uuid"] for r in self.model.rows() if shown and r["chi_bo"] == shown), None
        )
        return MemberEditor(self.db, row["uuid"] if row else None, self, chi_bo_uuid=chi_bo)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_member(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("đảng viên {name} ({chi_bo})").format(
            name=row["full_name"], chi_bo=row["chi_bo"]
        )


class GroupList(ListPage):
    table_name = "participant_groups"

    def heading_text(self) -> str:
        return self.tr("Nhóm người tham dự không là đảng viên")

    def noun(self) -> str:
        return self.tr("nhóm")

    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Tên nhóm"), stretch=True),
            Column("headcount", self.tr("Số người"), "int", width=10),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return group_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        return GroupEditor(self.db, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_group(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("nhóm “{name}”").format(name=row["name"])


class OrganisationPage(QWidget):
    """Three lists in tabs; the window's shortcuts go to the tab in front."""

    countChanged = Signal()

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.chi_bo = ChiBoList(db, self.tabs)
        self.members = MemberList(db, self.tabs)
        self.groups = GroupList(db, self.tabs)
        self.tabs.addTab(self.members, self.tr("Đảng viên"))
        self.tabs.addTab(self.chi_bo, self.tr("Chi bộ"))
        self.tabs.addTab(self.groups, self.tr("Người tham dự khác"))
        for page in (self.chi_bo, self.members, self.groups):
            page.countChanged.connect(self.countChanged)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs)

    def current(self) -> ListPage:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def _tab_changed(self, _index: int) -> None:
        self.current().refresh()
        self.countChanged.emit()

    def refresh(self) -> None:
        if self.current() is self.members and not list_chi_bo(self.chi_bo.db):
            # A register with no chi bộ yet: members need one first, so begin there.
            self.tabs.setCurrentWidget(self.chi_bo)  # refreshes it (_tab_changed)
            return
        self.current().refresh()

    def row_count_text(self) -> str:
        return self.current().row_count_text()

    def new_item(self) -> None:
        self.current().new_item()

    def focus_search(self) -> None:
        self.current().focus_search()

    def delete_selected(self) -> None:
        self.current().delete_selected()
