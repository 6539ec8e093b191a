"""Thông tin chung: the conference's name, kind, times, place, who chaired and who wrote
the minutes.
"""
from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from models.conferences import next_reg_number
from models.i18n import english
from models.lookups import lookup_names


class GeneralTab:
    """Thông tin chung: part of the conference editor.

    Methods of ``ConferenceEditor`` (``self`` is the editor: the tabs share its fields
    and its save). Their strings are in this class's translation context, which
    PySide finds by going up from the editor's class.
    """

    def _general_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("Ví dụ: Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW")
        )
        self.kind = QComboBox()
        for code, label in self._kinds.items():
            self.kind.addItem(label, code)
        self.format = QComboBox()
        for code, label in self._formats.items():
            self.format.addItem(label, code)
        self.host_level = QComboBox()
        self.host_level.setEditable(True)
        self.host_level.addItems(["", *lookup_names(self.db, "level")])
        # The boxes give way rather than widen the editor past a small screen with
        # large text (their lists still open wide enough to read).
        for box in (self.kind, self.format, self.host_level):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        # The same order as every other date the language shows (models.vntext).
        moment_format = "yyyy-MM-dd HH:mm" if english() else "HH:mm dd/MM/yyyy"
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(moment_format)
            edit.setCalendarPopup(True)
        self.place = QLineEdit()
        self.chair = QLineEdit()
        self.chair_position = QLineEdit()
        self.secretary = QLineEdit()
        self.secretary_position = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(
            self.tr("Nội dung hội nghị (các văn bản được học tập, quán triệt, triển khai…)")
        )
        self.reg_number = QSpinBox()
        self.reg_number.setRange(0, 9999)
        self.reg_number.setSpecialValueText(self.tr("chưa ghi"))
        self.btn_next_number = QPushButton(self.tr("Lấy số tiếp theo"))
        self.btn_next_number.clicked.connect(self._next_number)
        self.term = QLineEdit()
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #8a5a00;")
        self.read_only_note.hide()

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        # Places and positions run long ("Bí thư Đảng ủy, Chủ tịch UBND xã"), names
        # do not: the place takes a whole line, a position two thirds of one.
        grid.addWidget(label(self.tr("&Tên hội nghị (*):"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 5)
        grid.addWidget(label(self.tr("Loại:"), self.kind), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(label(self.tr("Hình thức:"), self.format), 1, 2)
        grid.addWidget(self.format, 1, 3)
        grid.addWidget(label(self.tr("Cấp chủ trì:"), self.host_level), 1, 4)
        grid.addWidget(self.host_level, 1, 5)
        grid.addWidget(label(self.tr("Bắt đầu:"), self.starts), 2, 0)
        grid.addWidget(self.starts, 2, 1)
        grid.addWidget(label(self.tr("Kết thúc:"), self.ends), 2, 2)
        grid.addWidget(self.ends, 2, 3)
        grid.addWidget(label(self.tr("Nhiệm kỳ:"), self.term), 2, 4)
        grid.addWidget(self.term, 2, 5)
        grid.addWidget(label(self.tr("Địa điểm:"), self.place), 3, 0)
        grid.addWidget(self.place, 3, 1, 1, 5)
        grid.addWidget(label(self.tr("Chủ trì:"), self.chair), 4, 0)
        grid.addWidget(self.chair, 4, 1)
        grid.addWidget(label(self.tr("Chức vụ:"), self.chair_position), 4, 2)
        grid.addWidget(self.chair_position, 4, 3, 1, 3)
        grid.addWidget(label(self.tr("Người ghi biên bản:"), self.secretary), 5, 0)
        grid.addWidget(self.secretary, 5, 1)
        grid.addWidget(label(self.tr("Chức vụ:"), self.secretary_position), 5, 2)
        grid.addWidget(self.secretary_position, 5, 3, 1, 3)
        grid.addWidget(label(self.tr("Nội dung:"), self.content), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.content, 6, 1, 1, 5)
        number_row = QHBoxLayout()
        number_row.addWidget(self.reg_number)
        number_row.addWidget(self.btn_next_number)
        number_row.addStretch(1)
        grid.addWidget(label(self.tr("Số biên bản:"), self.reg_number), 7, 0)
        grid.addLayout(number_row, 7, 1)
        grid.addWidget(label(self.tr("Số bản:"), self.copies), 7, 2)
        copies_row = QHBoxLayout()
        copies_row.addWidget(self.copies)
        copies_row.addStretch(1)
        grid.addLayout(copies_row, 7, 3)
        grid.addWidget(self.read_only_note, 8, 0, 1, 6)
        # Tab goes through the fields as they are read: left to right, line by line.
        order = (
            self.title, self.kind, self.format, self.host_level, self.starts, self.ends,
            self.term, self.place, self.chair, self.chair_position, self.secretary,
            self.secretary_position, self.content, self.reg_number, self.btn_next_number,
            self.copies,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(5, 3)
        grid.setRowStretch(6, 1)
        self.general_page = page
        return page

    def _next_number(self) -> None:
        self.reg_number.setValue(next_reg_number(self.db, self.term.text().strip()))
