"""Điểm cầu, Khách mời, Thảo luận, Kết luận: what happened at the conference, with the live
totals of people at the bridge points and of the votes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.conferences.editor_parts import RowsTable
from gui.widgets.numbers import format_int as show_int
from gui.widgets.numbers import format_percent as show_percent
from models.vntext import parse_int, rate_percent


class ProceedingsTabs:
    """Điểm cầu, Khách mời, Thảo luận, Kết luận: part of the conference editor.

    Methods of ``ConferenceEditor`` (``self`` is the editor: the tabs share its fields
    and its save). Their strings are in this class's translation context, which
    PySide finds by going up from the editor's class.
    """

    def _bridge_tab(self) -> QWidget:
        page = QWidget()
        self.bridges = RowsTable(
            [self.tr("Tên điểm cầu"), self.tr("Người chủ trì điểm cầu"), self.tr("Số người dự")],
            numeric=(2,),
        )
        count_header = self.bridges.table.horizontalHeader()
        count_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.bridges.table.setColumnWidth(
            2, self.fontMetrics().horizontalAdvance(self.tr("Số người dự")) + 40
        )
        self.bridges.changed.connect(self._show_bridge_total)
        self.bridge_total = QLabel()
        hint = QLabel(
            self.tr("Ghi các điểm cầu trực tuyến của đơn vị: tên, người chủ trì và số người dự.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.bridges, 1)
        layout.addWidget(self.bridge_total)
        return page

    def _guests_tab(self) -> QWidget:
        page = QWidget()
        self.guests = RowsTable([self.tr("Họ và tên"), self.tr("Chức vụ, đơn vị")])
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Đại biểu, khách mời dự hội nghị:")))
        layout.addWidget(self.guests, 1)
        self.guests_page = page
        return page

    def _discussion_tab(self) -> QWidget:
        page = QWidget()
        self.speeches = RowsTable(
            [self.tr("Người phát biểu"), self.tr("Chức vụ"), self.tr("Nội dung phát biểu")]
        )
        header = self.speeches.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.speeches.table.setColumnWidth(0, 200)
        self.speeches.table.setColumnWidth(1, 200)
        self.speech_text = QPlainTextEdit()
        self.speech_text.setPlaceholderText(
            self.tr("Chọn một ý kiến ở bảng trên để ghi đầy đủ nội dung phát biểu tại đây.")
        )
        self.speeches.table.currentCellChanged.connect(self._show_speech)
        self.speech_text.textChanged.connect(self._store_speech)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.speeches)
        split.addWidget(self.speech_text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Ý kiến thảo luận, theo thứ tự phát biểu:")))
        layout.addWidget(split, 1)
        self.discussion_page = page
        return page

    def _conclusion_tab(self) -> QWidget:
        page = QWidget()
        self.conclusion = QPlainTextEdit()
        self.conclusion.setPlaceholderText(self.tr("Kết luận của đồng chí chủ trì hội nghị"))
        self.votes_for = QLineEdit()
        self.votes_against = QLineEdit()
        self.votes_other = QLineEdit()
        self.vote_rates = [QLabel(), QLabel(), QLabel()]
        self.vote_total = QLabel()
        votes = QGroupBox(self.tr("Biểu quyết (nếu có)"))
        grid = QGridLayout(votes)
        for row, (text, edit) in enumerate(
            (
                (self.tr("Tán thành:"), self.votes_for),
                (self.tr("Không tán thành:"), self.votes_against),
                (self.tr("Ý kiến khác:"), self.votes_other),
            )
        ):
            edit.setPlaceholderText(self.tr("số phiếu"))
            edit.setMaximumWidth(140)
            edit.textChanged.connect(self._show_vote_rates)
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(self.vote_rates[row], row, 2)
        grid.addWidget(self.vote_total, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Kết luận hội nghị:")))
        layout.addWidget(self.conclusion, 1)
        layout.addWidget(votes)
        self.conclusion_page = page
        return page

    def _show_bridge_total(self) -> None:
        count, people, unreadable = 0, 0, False
        for _uuid, texts, _codes in self.bridges.rows():
            count += 1
            try:
                people += parse_int(texts[2]) or 0
            except ValueError:
                unreadable = True
        text = self.tr("Tổng cộng: {count} điểm cầu, {people} người dự").format(
            count=show_int(count), people=show_int(people)
        )
        if unreadable:
            text += self.tr(" (có số người dự chưa đúng dạng số)")
        self.bridge_total.setText(text)

    def _show_vote_rates(self) -> None:
        values: list[int | None] = []
        for edit in (self.votes_for, self.votes_against, self.votes_other):
            try:
                values.append(parse_int(edit.text()))
            except ValueError:
                values.append(None)
        total = sum(v for v in values if v and v > 0)
        for label, value in zip(self.vote_rates, values, strict=True):
            rate = rate_percent(value, total) if value is not None and value >= 0 else None
            label.setText(show_percent(rate) if rate is not None else "")
        self.vote_total.setText(
            self.tr("Tổng số phiếu: {total}").format(total=show_int(total)) if total else ""
        )

    def _show_speech(self, row: int, _column: int, previous: int, _previous_column: int) -> None:
        if row == previous:
            return
        item = self.speeches.table.item(row, 2) if row >= 0 else None
        self.speech_text.blockSignals(True)
        self.speech_text.setPlainText(item.text() if item else "")
        self.speech_text.setEnabled(item is not None)
        self.speech_text.blockSignals(False)

    def _store_speech(self) -> None:
        row = self.speeches.table.currentRow()
        item = self.speeches.table.item(row, 2) if row >= 0 else None
        if item is not None:
            self.speeches.table.blockSignals(True)
            item.setText(self.speech_text.toPlainText())
            self.speeches.table.blockSignals(False)
