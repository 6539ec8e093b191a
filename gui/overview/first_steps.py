"""Bắt đầu: the way from an empty register to the first printed minutes, ticked as it goes.

Shown on the overview until every step is done. Each step names the page that
does it and goes there with one click.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from models.first_steps import FirstSteps, first_steps
from models.register import Register

TICKED, UNTICKED = "☑", "☐"


class FirstStepsBox(QGroupBox):
    """The checklist; ``pageRequested(key)`` asks the window for a page."""

    pageRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Bắt đầu: từ sổ trống đến biên bản đầu tiên"), parent)
        self.steps = [
            ("members", "organisation", self.tr(
                "Thêm chi bộ và đảng viên (Tổ chức đảng), hoặc nhập danh sách từ tệp Excel")),
            ("document", "documents", self.tr("Thêm văn bản cần học tập (Văn bản)")),
            ("conference", "conferences", self.tr("Tạo hội nghị học tập (Hội nghị, Thêm mới)")),
            ("attendance", "conferences", self.tr(
                "Điểm danh trong hội nghị (tab Điểm danh), rồi Lưu")),
            ("printed", "conferences", self.tr(
                "Xem trước và in biên bản (Hội nghị, Xem trước biên bản)")),
        ]
        grid = QGridLayout(self)
        self.marks: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, page, text) in enumerate(self.steps):
            mark = QLabel(UNTICKED, self)
            label = QLabel(f"{row + 1}. {text}", self)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Mở"), self)
            button.clicked.connect(lambda _checked=False, p=page: self.pageRequested.emit(p))
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.marks[key], self.labels[key], self.buttons[key] = mark, label, button
        grid.setColumnStretch(1, 1)

    def show_steps(self, steps: FirstSteps) -> None:
        """Tick what is done; the whole box goes once everything is."""
        for key, _page, _text in self.steps:
            done = getattr(steps, key)
            self.marks[key].setText(TICKED if done else UNTICKED)
            self.labels[key].setStyleSheet("color: #2e7d32;" if done else "")
            self.buttons[key].setVisible(not done)
        self.setVisible(not steps.all_done())

    def refresh(self, db: Register) -> None:
        self.show_steps(first_steps(db))
