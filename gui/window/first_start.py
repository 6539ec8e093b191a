"""The first start: who the unit is, who is above it, and an empty or a demo register.

Shown once, while the settings say the register is not set up. Everything
asked here can be changed later under Cài đặt.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import ErrorLabel, fit_to_screen
from gui.widgets.help import add_help_key
from gui.widgets.tasks import run_with_database
from models.errors import ValidationError
from models.register import Register
from models.settings import UnitSettings, get_settings, save_settings, validate_settings

DEMO_MEMBERS = 1200
DEMO_YEARS = 3
DEMO_CHI_BO = 40


def _align_labels(*forms: QFormLayout) -> None:
    """One label column for several forms, so that their fields start at the same place."""
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        for form in forms
        for row in range(form.rowCount())
    ]
    widest = max(label.sizeHint().width() for label in labels)
    for form in forms:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for label in labels:
        label.setMinimumWidth(widest)


class FirstStartDialog(QDialog):
    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Bắt đầu dùng Sổ Nghị quyết"))
        current = get_settings(db)
        self._current = current

        outer = QVBoxLayout(self)
        # The questions scroll when large text makes them taller than the screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        welcome = QLabel(self.tr("Chào mừng bạn đến với Sổ Nghị quyết"), self)
        font = QFont(welcome.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        welcome.setFont(font)
        layout.addWidget(welcome)
        intro = QLabel(
            self.tr(
                "Hãy cho biết tên đơn vị và cấp trên. Các tên này được in trên biên bản, "
                "báo cáo; có thể sửa lại bất cứ lúc nào trong mục Cài đặt."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        unit_box = QGroupBox(self.tr("Đơn vị"), self)
        unit_form = QFormLayout(unit_box)
        self.unit_name = QLineEdit(unit_box)
        self.unit_name.setPlaceholderText(self.tr("ví dụ: Đảng ủy xã Cẩm Giàng"))
        if current.unit_name != UnitSettings.unit_name:
            self.unit_name.setText(current.unit_name)
        self.unit_abbr = QLineEdit(current.unit_abbr, unit_box)
        self.unit_abbr.setPlaceholderText(self.tr("ví dụ: ĐU"))
        self.unit_office = QLineEdit(current.unit_office, unit_box)
        self.place = QLineEdit(current.place, unit_box)
        self.place.setPlaceholderText(
            self.tr("tên địa danh ghi trước ngày tháng, ví dụ: Cẩm Giàng")
        )
        self.term = QLineEdit(current.term, unit_box)
        self.term.setPlaceholderText(self.tr("ví dụ: 2025-2030"))
        unit_form.addRow(self.tr("Tên đơn vị:"), self.unit_name)
        unit_form.addRow(self.tr("Viết tắt:"), self.unit_abbr)
        unit_form.addRow(self.tr("Văn phòng:"), self.unit_office)
        unit_form.addRow(self.tr("Địa danh:"), self.place)
        unit_form.addRow(self.tr("Nhiệm kỳ:"), self.term)
        layout.addWidget(unit_box)

        upper_box = QGroupBox(self.tr("Cấp trên"), self)
        upper_form = QFormLayout(upper_box)
        self.upper_name = QLineEdit(current.upper_name, upper_box)
        self.upper_name.setPlaceholderText(self.tr("ví dụ: Đảng bộ tỉnh Hải Dương"))
        self.upper_abbr = QLineEdit(current.upper_abbr, upper_box)
        self.upper_office = QLineEdit(current.upper_office, upper_box)
        upper_form.addRow(self.tr("Tên cấp trên:"), self.upper_name)
        upper_form.addRow(self.tr("Viết tắt:"), self.upper_abbr)
        upper_form.addRow(self.tr("Cơ quan nhận báo cáo:"), self.upper_office)
        layout.addWidget(upper_box)

        signer_box = QGroupBox(self.tr("Người ký văn bản"), self)
        signer_form = QFormLayout(signer_box)
        self.leader_name = QLineEdit(current.leader_name, signer_box)
        self.leader_name.setPlaceholderText(self.tr("ví dụ: Nguyễn Văn Thắng"))
        self.leader_position = QLineEdit(current.leader_position, signer_box)
        self.leader_position.setPlaceholderText(self.tr("ví dụ: Bí thư Đảng ủy"))
        signer_form.addRow(self.tr("Họ tên người ký:"), self.leader_name)
        signer_form.addRow(self.tr("Chức vụ người ký:"), self.leader_position)
        signer_note = QLabel(
            self.tr(
                "Người ký kế hoạch, báo cáo; cũng là người chủ trì ghi sẵn trong hội nghị mới."
            ),
            signer_box,
        )
        signer_note.setWordWrap(True)
        signer_form.addRow(signer_note)
        layout.addWidget(signer_box)
        _align_labels(unit_form, upper_form)

        role_box = QGroupBox(self.tr("Máy này dùng cho"), self)
        role_row = QHBoxLayout(role_box)
        self.role_unit = QRadioButton(self.tr("Văn phòng cấp cơ sở (xã, phường, cơ quan)"))
        self.role_upper = QRadioButton(self.tr("Cấp trên tổng hợp"))
        self.role_group = QButtonGroup(self)
        for button in (self.role_unit, self.role_upper):
            self.role_group.addButton(button)
            role_row.addWidget(button)
        (self.role_upper if current.role == "upper" else self.role_unit).setChecked(True)
        layout.addWidget(role_box)

        data_box = QGroupBox(self.tr("Dữ liệu ban đầu"), self)
        data_layout = QVBoxLayout(data_box)
        self.empty_register = QRadioButton(
            self.tr("Sổ trống: tự nhập văn bản, chi bộ, đảng viên của đơn vị"), data_box
        )
        self.demo_register = QRadioButton(
            self.tr(
                "Dữ liệu mẫu để làm quen (khoảng 1.200 đảng viên, 3 năm); chỉ nên chọn khi dùng thử"
            ),
            data_box,
        )
        self.data_group = QButtonGroup(self)
        self.data_group.addButton(self.empty_register)
        self.data_group.addButton(self.demo_register)
        self.empty_register.setChecked(True)
        data_layout.addWidget(self.empty_register)
        data_layout.addWidget(self.demo_register)
        layout.addWidget(data_box)

        layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.errors = ErrorLabel(self)
        outer.addWidget(self.errors)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("Bắt đầu"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.quit_button = QPushButton(self.tr("Thoát"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.quit_button)
        outer.addLayout(buttons)
        self.unit_name.setFocus(Qt.FocusReason.OtherFocusReason)
        add_help_key(self, "first_start")
        fit_to_screen(self, 95, 40)

    def chosen_settings(self) -> UnitSettings:
        return dataclasses.replace(
            self._current,
            unit_name=self.unit_name.text().strip(),
            unit_abbr=self.unit_abbr.text().strip(),
            unit_office=self.unit_office.text().strip(),
            place=self.place.text().strip(),
            term=self.term.text().strip(),
            upper_name=self.upper_name.text().strip(),
            upper_abbr=self.upper_abbr.text().strip(),
            upper_office=self.upper_office.text().strip(),
            leader_name=self.leader_name.text().strip(),
            leader_position=self.leader_position.text().strip(),
            role="upper" if self.role_upper.isChecked() else "unit",
            initialised=True,
        )

    def start(self) -> None:
        settings = self.chosen_settings()
        problems = validate_settings(settings)
        if problems:
            self.errors.show_problems(problems)
            return
        if self.demo_register.isChecked() and self._make_demo() is None:
            # Cancelled (nothing was written) or failed (the message was shown).
            self.errors.show_problems([self.tr("Chưa tạo dữ liệu mẫu; sổ vẫn trống.")])
            return
        try:
            save_settings(self.db, settings)
        except ValidationError as exc:
            self.errors.show_problems(exc.problems)
            return
        self.accept()

    def _make_demo(self) -> dict[str, int] | None:
        """Demo data on a worker thread behind a progress bar with Hủy; None if not made."""
        from models.demo import generate  # only when asked for: it is not needed otherwise

        def work(progress, worker_db):
            return generate(
                worker_db,
                members=DEMO_MEMBERS,
                years=DEMO_YEARS,
                chi_bo=DEMO_CHI_BO,
                progress=progress,
            )

        return run_with_database(self, self.tr("Đang tạo dữ liệu mẫu"), self.db, work)
