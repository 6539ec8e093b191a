"""A first page of plain counts: what is in the register and what needs attention."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from models.listing import summary_counts
from models.settings import get_settings
from models.vntext import format_int


class SummaryPage(QWidget):
    def __init__(self, db: Database, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(16)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.cards: dict[str, QLabel] = {}
        titles = [
            ("members", self.tr("Đảng viên đang sinh hoạt")),
            ("excused", self.tr("Trong đó miễn sinh hoạt")),
            ("chi_bo", self.tr("Chi bộ")),
            ("documents", self.tr("Văn bản trong sổ")),
            ("conferences_year", self.tr("Hội nghị trong năm nay")),
            ("outreach_year", self.tr("Hoạt động tuyên truyền năm nay")),
            ("plans", self.tr("Chương trình, kế hoạch")),
            ("tasks_overdue", self.tr("Nhiệm vụ quá hạn")),
            ("absent_not_made_up", self.tr("Lượt vắng chưa học bù")),
        ]
        for index, (key, title) in enumerate(titles):
            self.cards[key] = self._card(title, index)

    def _card(self, title: str, index: int) -> QLabel:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName("card")
        frame.setStyleSheet("QFrame#card { background: white; border: 1px solid #d8d2c4; "
                            "border-radius: 6px; }")
        box = QVBoxLayout(frame)
        caption = QLabel(title, frame)
        caption.setWordWrap(True)
        number = QLabel("", frame)
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        number.setFont(font)
        box.addWidget(caption)
        box.addWidget(number)
        self.grid.addWidget(frame, index // 3, index % 3)
        return number

    def refresh(self) -> None:
        self.heading.setText(get_settings(self.db).unit_name)
        counts = summary_counts(self.db)
        for key, label in self.cards.items():
            label.setText(format_int(counts.get(key, 0)))
            attention = key in ("tasks_overdue", "absent_not_made_up") and counts.get(key, 0)
            label.setStyleSheet("color: #b00020;" if attention else "")
