"""Cài đặt: the unit's names, how documents print, the text size, the shared lists."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import (
    ErrorLabel,
    IntField,
    ask_save_changes,
    fill_combo,
    fit_to_screen,
    follow_text_size,
    narrow_combo,
    select_data,
    widget_value,
)
from gui.widgets.editor import EditorDialog
from gui.widgets.fonts import apply_text_scale
from gui.widgets.listpage import ListPage
from gui.widgets.tablemodel import Column
from models.errors import UserError, ValidationError
from models.listing import lookup_rows
from models.lookups import LISTS, Lookup, delete_lookup, list_lookups, save_lookup
from models.register import Register
from models.settings import ROLES, get_settings, save_settings
from models.store import can_edit, fetch_row, from_row
from models.vntext import format_percent

TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
# The widest window, the conference editor, needs about this many pixels per unit of
# text size (1,287 at 150%, 1,641 at 200%). Up to 150% fits a 1366-pixel screen; the
# larger sizes are offered only where the screen is wide enough to show it whole.
PIXELS_PER_SCALE = 860
ALWAYS_OFFERED = 1.5


def text_scales_for(screen_width: int) -> list[float]:
    """Text sizes to offer on a screen ``screen_width`` logical pixels wide: up to 150%
    always (every window fits 1366 pixels at 100% display scaling), larger ones only
    where the conference editor fits. With Windows display scaling above 100% a small
    screen has fewer logical pixels, and 150% may then need scrolling."""
    return [
        s for s in TEXT_SCALES if s <= ALWAYS_OFFERED or s * PIXELS_PER_SCALE <= screen_width
    ]


def lookup_titles() -> dict[str, str]:
    """The names of the lists (models.lookups.LISTS) in the window's language."""
    titles = {
        "doc_type": QCoreApplication.translate("Lookups", "Loại văn bản"),
        "level": QCoreApplication.translate("Lookups", "Cấp ban hành"),
        "channel": QCoreApplication.translate("Lookups", "Hình thức tuyên truyền"),
        "grade": QCoreApplication.translate("Lookups", "Xếp loại bài thu hoạch"),
        "absence_reason": QCoreApplication.translate("Lookups", "Lý do vắng mặt"),
    }
    return {key: titles.get(key, name) for key, name in LISTS.items()}


class LookupEditor(EditorDialog):
    help_section = "settings"

    def __init__(
        self,
        db: Register,
        list_name: str,
        uuid: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(db, parent)
        self.list_name = list_name
        self.record_uuid = uuid
        self.setWindowTitle(lookup_titles()[list_name])
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.extra = QLineEdit(self)
        self.position = IntField(self, grouped=False)
        self.add_row(self.tr("Tên:"), self.name)
        self.add_row(self.tr("Mã, viết tắt:"), self.code)
        if list_name == "channel":
            self.add_row(self.tr("Đơn vị tính thường dùng:"), self.extra)
        elif list_name == "grade":
            self.add_row(self.tr("Điểm (để sắp xếp):"), self.extra)
        else:
            self.extra.hide()
            self.track(self.extra)
        self.add_row(self.tr("Thứ tự:"), self.position)
        if uuid is not None:
            item = from_row(Lookup, fetch_row(db, "lookups", uuid))
            self.name.setText(item.name)
            self.code.setText(item.code)
            self.extra.setText(item.extra)
            self.position.set_value(item.position)
            if not can_edit(db, item.owner_unit):
                self.set_read_only(
                    self.tr("Mục này thuộc danh mục chung do cấp trên quản lý; ở đây chỉ xem. "
                            "Có thể thêm mục mới của đơn vị.")
                )
        else:
            self.position.set_value(len(list_lookups(db, list_name)))
        fit_to_screen(self, 70, 14)
        self.finish_setup()

    def write(self) -> None:
        problems: list[str] = []
        position = self.position.value(self.tr("Thứ tự"), problems, default=0)
        if problems:
            raise ValidationError(problems)
        saved = save_lookup(
            self.db,
            Lookup(
                uuid=self.record_uuid or "",
                list=self.list_name,
                code=self.code.text(),
                name=self.name.text(),
                extra=self.extra.text(),
                position=position or 0,
            ),
        )
        self.record_uuid = saved.uuid


class LookupList(ListPage):
    table_name = "lookups"

    def __init__(self, db: Register, parent: QWidget | None = None):
        self.list_name = next(iter(LISTS))
        super().__init__(db, parent)
        self.heading.hide()
        self.list_combo = QComboBox(self)
        fill_combo(self.list_combo, list(lookup_titles().items()), self.list_name)
        self.list_combo.currentIndexChanged.connect(self._list_changed)
        self.extra_actions.addWidget(QLabel(self.tr("Danh mục:"), self))
        self.extra_actions.addWidget(self.list_combo)

    def _list_changed(self) -> None:
        self.list_name = self.list_combo.currentData()
        self.refresh()

    def noun(self) -> str:
        return self.tr("mục")

    def make_columns(self) -> list[Column]:
        return [
            Column("position", self.tr("Thứ tự"), "int", width=6),
            Column("shown_name", self.tr("Tên"), stretch=True),
            Column("code", self.tr("Mã"), width=10),
            Column("extra", self.tr("Ghi chú"), width=12),
            Column(
                "editable", self.tr("Quản lý"), width=14,
                display=lambda r: self.tr("Đơn vị") if r["editable"] else self.tr("Cấp trên"),
            ),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return lookup_rows(self.db, self.list_name, deleted=deleted)

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        return LookupEditor(self.db, self.list_name, row["uuid"] if row else None, self)

    def delete_row(self, row: dict[str, Any]) -> None:
        delete_lookup(self.db, row["uuid"])

    def describe(self, row: dict[str, Any]) -> str:
        return self.tr("“{name}” khỏi danh mục").format(name=row["shown_name"])


class SettingsPage(QWidget):
    settingsSaved = Signal()
    # The window opens Sao lưu và khôi phục (gui.settings.backups) on this.
    backupsRequested = Signal()

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self._fields: list[QWidget] = []
        outer = QVBoxLayout(self)
        heading = follow_text_size(QLabel(self.tr("Cài đặt"), self), 1.25)
        outer.addWidget(heading)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body_layout = QVBoxLayout(body)
        # Two columns side by side; one under the other when large text needs the width.
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns = columns
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body_layout.addLayout(columns)

        unit = self._group(left, self.tr("Đơn vị"))
        self.unit_name = self._line(unit, self.tr("Tên đơn vị:"))
        self.unit_abbr = self._line(unit, self.tr("Viết tắt:"))
        self.unit_office = self._line(unit, self.tr("Văn phòng:"))
        self.leader_name = self._line(unit, self.tr("Người ký (họ tên):"))
        self.leader_position = self._line(unit, self.tr("Chức vụ người ký:"))
        self.role = narrow_combo(QComboBox(body), 20)
        fill_combo(self.role, list(ROLES.items()))
        self._add(unit, self.tr("Máy này dùng cho:"), self.role)

        upper = self._group(left, self.tr("Cấp trên"))
        self.upper_name = self._line(upper, self.tr("Tên cấp trên:"))
        self.upper_abbr = self._line(upper, self.tr("Viết tắt:"))
        self.upper_office = self._line(upper, self.tr("Cơ quan nhận báo cáo:"))

        follow = self._group(left, self.tr("Theo dõi"))
        self.target_rate = QDoubleSpinBox(body)
        self.target_rate.setRange(0, 100)
        self.target_rate.setDecimals(1)
        self.target_rate.setSuffix(" %")
        self._add(follow, self.tr("Tỷ lệ học tập cần đạt:"), self.target_rate)
        self.silent_days = QSpinBox(body)
        self.silent_days.setRange(0, 3650)
        self.silent_days.setSuffix(self.tr(" ngày"))
        self._add(follow, self.tr("Nhắc khi chưa gửi dữ liệu sau:"), self.silent_days)

        printing = self._group(right, self.tr("Văn bản in"))
        self.place = self._line(printing, self.tr("Địa danh:"))
        self.term = self._line(printing, self.tr("Nhiệm kỳ hiện tại:"))
        self.margins = {}
        for key, label in (
            ("margin_top_mm", self.tr("Lề trên:")),
            ("margin_bottom_mm", self.tr("Lề dưới:")),
            ("margin_left_mm", self.tr("Lề trái:")),
            ("margin_right_mm", self.tr("Lề phải:")),
        ):
            spin = QDoubleSpinBox(body)
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            self.margins[key] = spin
            self._add(printing, label, spin)

        screen = self._group(right, self.tr("Giao diện"))
        self.text_scale = QComboBox(body)
        self._add(screen, self.tr("Cỡ chữ giao diện:"), self.text_scale)

        data = self._group(right, self.tr("Dữ liệu"))
        # A read-only field: a long path scrolls inside it instead of widening the page.
        self.data_path = QLineEdit(str(self.db.path), body)
        self.data_path.setReadOnly(True)
        self.data_path.setToolTip(self.data_path.text())
        data.addRow(self.tr("Tệp sổ dữ liệu:"), self.data_path)
        open_folder = QPushButton(self.tr("Mở thư mục dữ liệu"), body)
        open_folder.clicked.connect(self._open_folder)
        data.addRow("", open_folder)
        self.backups_button = QPushButton(self.tr("Sao lưu và khôi phục…"), body)
        self.backups_button.clicked.connect(lambda: self.backupsRequested.emit())
        data.addRow("", self.backups_button)
        right.addStretch(1)
        left.addStretch(1)

        self.errors = ErrorLabel(body)
        body_layout.addWidget(self.errors)
        save_row = QHBoxLayout()
        self.saved_label = QLabel(body)
        self.save_button = QPushButton(self.tr("Lưu cài đặt"), body)
        self.save_button.setToolTip(self.tr("Lưu (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Bỏ thay đổi"), body)
        self.undo_button.clicked.connect(self.load)
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.undo_button)
        body_layout.addLayout(save_row)

        lists_box = QGroupBox(self.tr("Danh mục dùng chung"), body)
        lists_layout = QVBoxLayout(lists_box)
        self.lookups = LookupList(db, lists_box)
        self.lookups.setMinimumHeight(self.fontMetrics().height() * 18)
        lists_layout.addWidget(self.lookups)
        body_layout.addWidget(lists_box)

        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.countChanged = self.lookups.countChanged
        self.load()

    # --- building -------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        side_by_side = sum(
            self.columns.itemAt(i).layout().minimumSize().width() for i in range(2)
        ) + self.fontMetrics().averageCharWidth() * 6
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= side_by_side
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addWidget(box)
        return form

    def _add(self, form: QFormLayout, label: str, widget: QWidget) -> QWidget:
        form.addRow(label, widget)
        self._fields.append(widget)
        return widget

    def _line(self, form: QFormLayout, label: str) -> QLineEdit:
        return self._add(form, label, QLineEdit(self))  # type: ignore[return-value]

    # --- state ----------------------------------------------------------

    def load(self) -> None:
        settings = get_settings(self.db)
        self._settings = settings
        self.unit_name.setText(settings.unit_name)
        self.unit_abbr.setText(settings.unit_abbr)
        self.unit_office.setText(settings.unit_office)
        self.leader_name.setText(settings.leader_name)
        self.leader_position.setText(settings.leader_position)
        select_data(self.role, settings.role)
        self.upper_name.setText(settings.upper_name)
        self.upper_abbr.setText(settings.upper_abbr)
        self.upper_office.setText(settings.upper_office)
        self.target_rate.setValue(settings.target_rate)
        self.silent_days.setValue(settings.silent_days)
        self.place.setText(settings.place)
        self.term.setText(settings.term)
        for key, spin in self.margins.items():
            spin.setValue(getattr(settings, key))
        screen = self.screen().availableGeometry().width()
        scales = sorted({*text_scales_for(screen), settings.text_scale})
        fill_combo(
            self.text_scale,
            [(s, format_percent(s * 100, 0)) for s in scales],
            settings.text_scale,
        )
        for field in self._fields:
            if isinstance(field, QLineEdit):
                field.setCursorPosition(0)  # long names show their beginning
        self.errors.clear_problems()
        self.saved_label.clear()
        self._baseline = self.snapshot()

    def snapshot(self) -> tuple:
        return tuple(widget_value(w) for w in self._fields)

    def is_dirty(self) -> bool:
        return self.snapshot() != self._baseline

    def chosen_settings(self):
        return dataclasses.replace(
            self._settings,
            unit_name=self.unit_name.text().strip(),
            unit_abbr=self.unit_abbr.text().strip(),
            unit_office=self.unit_office.text().strip(),
            leader_name=self.leader_name.text().strip(),
            leader_position=self.leader_position.text().strip(),
            role=self.role.currentData(),
            upper_name=self.upper_name.text().strip(),
            upper_abbr=self.upper_abbr.text().strip(),
            upper_office=self.upper_office.text().strip(),
            target_rate=self.target_rate.value(),
            silent_days=self.silent_days.value(),
            place=self.place.text().strip(),
            term=self.term.text().strip(),
            text_scale=float(self.text_scale.currentData()),
            **{key: spin.value() for key, spin in self.margins.items()},
        )

    def save(self) -> bool:
        try:
            saved = save_settings(self.db, self.chosen_settings())
        except ValidationError as exc:
            self.errors.show_problems(exc.problems)
            return False
        except UserError as exc:
            self.errors.show_problems([str(exc)])
            return False
        if saved.text_scale != self._settings.text_scale:
            apply_text_scale(QApplication.instance(), saved.text_scale)  # type: ignore[arg-type]
        self.load()
        self.saved_label.setText(self.tr("Đã lưu cài đặt."))
        self.settingsSaved.emit()
        return True

    def can_leave(self) -> bool:
        """Asked before the window shows another page or closes."""
        if not self.is_dirty():
            return True
        answer = ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load()
            return True
        return False

    # --- the window's shortcuts -----------------------------------------

    def refresh(self) -> None:
        self.lookups.refresh()

    def row_count_text(self) -> str:
        # "14 mục" alone would not say of what: the count is of the list shown below.
        return self.tr("Danh mục “{name}”: {count}").format(
            name=lookup_titles()[self.lookups.list_name], count=self.lookups.row_count_text()
        )

    def new_item(self) -> None:
        self.lookups.new_item()

    def focus_search(self) -> None:
        self.lookups.focus_search()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.resolve().parent)))
