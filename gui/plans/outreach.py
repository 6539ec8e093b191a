"""Tuyên truyền: the propaganda log, and the editor of one activity."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from gui.widgets.common import (
    DateField,
    IntField,
    TextBox,
    document_picker,
    fill_combo,
    fit_to_screen,
    narrow_combo,
    select_data,
)
from gui.widgets.editor import EditorDialog
from gui.widgets.listpage import FilterSpec, ListPage
from gui.widgets.tablemodel import Column
from models.errors import ValidationError
from models.listing import document_choices, outreach_rows
from models.lookups import list_lookups, shown_name
from models.outreach import Activity, delete_activity, get_activity, save_activity
from models.register import Register
from models.store import can_edit
from models.vntext import show_date as format_date
from models.vntext import show_int as format_int


class ActivityEditor(EditorDialog):
    help_section = "outreach"

    def __init__(self, db: Register, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.record_uuid = uuid
        self.setWindowTitle(
            self.tr("Hoạt động tuyên truyền mới")
            if uuid is None
            else self.tr("Sửa hoạt động tuyên truyền")
        )
        item = get_activity(db, uuid) if uuid is not None else None
        self._measures = {r.name: r.extra for r in list_lookups(db, "channel")}
        self.held_on = DateField(self)
        self.channel = narrow_combo(QComboBox(self), 24)
        channels = [(name, shown_name(name)) for name in self._measures]
        if item is not None and item.channel not in self._measures:
            channels.append((item.channel, item.channel))
        fill_combo(self.channel, [("", self.tr("— chọn hình thức —")), *channels])
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.description = TextBox(self, lines=3)
        self.document = document_picker(
            self, document_choices(db), none_text=self.tr("(không gắn văn bản)")
        )
        self.quantity = IntField(self)
        self.measure = QLineEdit(self)
        self.measure.setPlaceholderText(self.tr("ví dụ: buổi, tin bài, lượt phát, cái"))
        self.reach = IntField(self, placeholder=self.tr("số người nghe, xem (nếu biết)"))
        self.add_row(self.tr("Ngày thực hiện:"), self.held_on)
        self.add_row(self.tr("Hình thức:"), self.channel)
        self.add_row(self.tr("Nội dung:"), self.description)
        self.add_row(self.tr("Văn bản tuyên truyền:"), self.document)
        self.add_row(self.tr("Số lượng:"), self.quantity)
        self.add_row(self.tr("Đơn vị tính:"), self.measure)
        self.add_row(self.tr("Số người được tuyên truyền:"), self.reach)
        if item is not None:
            self.held_on.set_date(item.held_on)
            select_data(self.channel, item.channel)
            self.description.setPlainText(item.description)
            select_data(self.document, item.document_uuid)
            self.quantity.set_value(item.quantity)
            self.measure.setText(item.measure)
            self.reach.set_value(item.reach)
            if not can_edit(db, item.owner_unit):
                self.set_read_only(self.tr("Hoạt động này thuộc đơn vị khác; ở đây chỉ xem."))
        else:
            self.quantity.set_value(1)
        fit_to_screen(self, 90, 22)
        self.finish_setup()

    def _channel_changed(self) -> None:
        measure = self._measures.get(self.channel.currentData() or "", "")
        if measure and not self.measure.text().strip():
            self.measure.setText(measure)

    def write(self) -> None:
        problems: list[str] = []
        quantity = self.quantity.value(self.tr("Số lượng"), problems, default=0)
        reach = self.reach.value(self.tr("Số người được tuyên truyền"), problems, default=0)
        if problems:
            raise ValidationError(problems)
        saved = save_activity(
            self.db,
            Activity(
                uuid=self.record_uuid or "",
                held_on=self.held_on.date_text() or "",
                channel=self.channel.currentData() or "",
                description=self.description.toPlainText(),
                document_uuid=self.document.currentData(),
                quantity=quantity or 0,
                measure=self.measure.text(),
                reach=reach or 0,
            ),
        )
        self.record_uuid = saved.uuid


class OutreachPage(ListPage):
    table_name = "outreach"

    def heading_text(self) -> str:
        return self.tr("Hoạt động tuyên truyền")

    def noun(self) -> str:
        return self.tr("hoạt động")

    def make_columns(self) -> list[Column]:
        return [
            Column("held_on", self.tr("Ngày"), "date", width=11),
            Column("channel_name", self.tr("Hình thức"), width=26),
            Column("description", self.tr("Nội dung"), stretch=True),
            Column("document", self.tr("Văn bản"), width=13),
            Column(
                "quantity", self.tr("Số lượng"), "int", width=12,
                display=lambda r: f"{format_int(r['quantity'])} {r['measure_name']}".strip(),
            ),
            Column("reach", self.tr("Số người"), "int", width=9),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("year", self.tr("Mọi năm"), descending=True),
            FilterSpec("channel_name", self.tr("Mọi hình thức")),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return outreach_rows(self.db, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        return ActivityEditor(self.db, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_activity(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("hoạt động “{channel}” ngày {day}").format(
            channel=row["channel_name"], day=format_date(row["held_on"])
        )
