"""Sửa phần đánh giá: the clerk's own words for a study report before it is printed.

The report's assessment (strengths, shortcomings), causes, directions and proposals
are drafted from the figures; here the clerk rewrites any of them. "Lưu" keeps the
text with this report (same kind, period, document and units) in the register, so
the preview, the printout, the PDF and the Word file all use it, today or later.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import show_message
from gui.widgets.tasks import Progress, run_with_database
from models.errors import UserError
from models.register import Register
from models.report_texts import ReportKey, forget_texts, save_texts
from reports import loaders
from reports.report_prose import PROSE_PARTS


def _load_prose(_progress: Progress, db: Register, options: dict) -> dict[str, list[str]]:
    """On the worker: the report's prose as it would print now (kept edits or draft)."""
    return loaders.load_study_report(db, **options).prose


class ReportProseDialog(QDialog):
    """One tab per part of the prose; a paragraph per line."""

    def __init__(self, db: Register, key: ReportKey, prose: dict[str, list[str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.key = key
        self.setWindowTitle(self.tr("Sửa phần đánh giá của báo cáo"))
        hint = QLabel(self.tr(
            "Phần này đã được viết sẵn từ số liệu; hãy sửa cho đúng tình hình đơn vị. Mỗi "
            "dòng là một đoạn văn. Bấm “Lưu” để giữ lại cho báo cáo này."), self)
        hint.setWordWrap(True)
        titles = [self.tr("Ưu điểm"), self.tr("Hạn chế, khuyết điểm"), self.tr("Nguyên nhân"),
                  self.tr("Phương hướng"), self.tr("Kiến nghị")]  # in PROSE_PARTS' order
        self.tabs = QTabWidget(self)
        self.editors: dict[str, QPlainTextEdit] = {}
        for part, title in zip(PROSE_PARTS, titles, strict=True):
            editor = QPlainTextEdit(self)
            editor.setPlainText("\n".join(prose.get(part, [])))
            self.editors[part] = editor
            self.tabs.addTab(editor, title)
        self.save_button = QPushButton(self.tr("Lưu"), self)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Về bản viết sẵn"), self)
        self.reset_button.setToolTip(self.tr("Bỏ phần đã sửa, dùng lại đoạn viết từ số liệu"))
        self.reset_button.clicked.connect(self.reset)
        cancel = QPushButton(self.tr("Hủy"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)
        self.resize(self.fontMetrics().averageCharWidth() * 90,
                    self.fontMetrics().height() * 28)

    def parts(self) -> dict[str, list[str]]:
        return {part: editor.toPlainText().split("\n") for part, editor in self.editors.items()}

    def save(self) -> bool:
        try:
            save_texts(self.db, self.key, self.parts())
        except UserError as exc:
            show_message(self, self.tr("Chưa lưu được"), str(exc), warning=True)
            return False
        self.accept()
        return True

    def reset(self) -> None:
        forget_texts(self.db, self.key)
        self.accept()


def edit_report_prose(parent: QWidget | None, db: Register, key: ReportKey,
                      options: dict) -> ReportProseDialog | None:
    """Draft (or load the kept) prose on a worker, then open the editor, non-modal."""
    title = QCoreApplication.translate("ReportProseDialog", "Đang soạn phần đánh giá…")
    prose = run_with_database(parent, title, db, _load_prose, options)
    if prose is None:
        return None
    dialog = ReportProseDialog(db, key, prose, parent)
    dialog.show()
    return dialog
