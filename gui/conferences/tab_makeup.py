"""Học bù: the make-up sessions of a conference, who caught up at each, and who is still to."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.conferences.editor_parts import ask
from gui.widgets.numbers import format_int as show_int
from models.attendance import list_makeup_sessions
from models.conference_editing import makeup_attendees
from models.vntext import show_date as format_date
from models.vntext import show_int as format_int


class MakeupTab:
    """Học bù: part of the conference editor.

    Methods of ``ConferenceEditor`` (``self`` is the editor: the tabs share its fields
    and its save). Their strings are in this class's translation context, which
    PySide finds by going up from the editor's class.
    """

    def _makeup_tab(self) -> QWidget:
        page = QWidget()
        self.makeup = QTableWidget(0, 5)
        self.makeup.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Địa điểm"), self.tr("Ghi chú"), self.tr("Số người"),
             self.tr("Những đồng chí học bù")]
        )
        self.makeup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.makeup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.makeup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line per session: a session of a hundred people must not become a row
        # taller than the table (its names are listed in full below).
        self.makeup.setWordWrap(False)
        self.makeup.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.makeup.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.makeup.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.makeup.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance
        for column, sample in enumerate(
            ("00/00/0000", "Nhà văn hóa thôn Đông", "Ghi chú buổi học", "Số người")
        ):
            self.makeup.setColumnWidth(column, width(sample) + 32)
        self.makeup.itemSelectionChanged.connect(self._show_makeup_names)

        self.makeup_names_title = QLabel()
        self.makeup_names_title.setWordWrap(True)
        self.makeup_names = QListWidget()
        # Names in columns, read left to right, so a long list fills the width.
        self.makeup_names.setFlow(QListView.Flow.LeftToRight)
        self.makeup_names.setWrapping(True)
        self.makeup_names.setResizeMode(QListView.ResizeMode.Adjust)
        self.makeup_names.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.makeup_names.setGridSize(
            QSize(width("000. Nguyễn Thị Phương Thảo") + 24, self.fontMetrics().height() + 8)
        )
        names_box = QWidget()
        names_layout = QVBoxLayout(names_box)
        names_layout.setContentsMargins(0, 0, 0, 0)
        names_layout.addWidget(self.makeup_names_title)
        names_layout.addWidget(self.makeup_names, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.makeup)
        split.addWidget(names_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.makeup_summary = QLabel()
        self.makeup_summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Để ghi học bù: sang tab Điểm danh, chọn những người vắng đã học bù, "
                "rồi bấm “Học bù…”."
            )
        )
        hint.setWordWrap(True)
        go = QPushButton(self.tr("Chọn người học bù…"))
        go.clicked.connect(self._go_to_absentees)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(go)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        layout.addWidget(self.makeup_summary)
        return page

    def _show_makeup(self) -> None:
        uuid = self.detail.conference.uuid if self.detail else ""
        sessions = list_makeup_sessions(self.db, uuid) if uuid else []
        self._makeup_people = makeup_attendees(self.db, uuid) if uuid else {}
        self._makeup_sessions = sessions
        self.makeup.setRowCount(len(sessions))
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for row, session in enumerate(sessions):
            who = self._makeup_people.get(session.uuid, [])
            for column, text in enumerate(
                (
                    format_date(session.held_on),
                    session.place,
                    session.note,
                    format_int(len(who)),
                    self._few_names(who),
                )
            ):
                item = QTableWidgetItem(text)
                item.setTextAlignment(top_right if column == 3 else top_left)
                item.setToolTip(text)
                self.makeup.setItem(row, column, item)
        self._sessions = len(sessions)
        if sessions:
            self.makeup.selectRow(len(sessions) - 1)
        self._show_makeup_names()
        self._show_makeup_summary()

    def _few_names(self, names: list[str]) -> str:
        """The first names of a session and how many more; the full list is shown below."""
        shown = 3
        if len(names) <= shown:
            return ", ".join(names)
        return self.tr("{names} và {more} đồng chí khác").format(
            names=", ".join(names[:shown]), more=show_int(len(names) - shown)
        )

    def _show_makeup_names(self) -> None:
        """The full list of who caught up at the session chosen in the table."""
        row = self.makeup.currentRow()
        sessions = self._makeup_sessions
        self.makeup_names.clear()
        if not 0 <= row < len(sessions) or not self.makeup.selectedItems():
            self.makeup_names_title.setText(
                self.tr("Chọn một buổi học bù ở bảng trên để xem đủ danh sách người học bù.")
                if sessions
                else self.tr("Chưa có buổi học bù nào.")
            )
            return
        session = sessions[row]
        who = self._makeup_people.get(session.uuid, [])
        self.makeup_names_title.setText(
            self.tr("Những đồng chí học bù ngày {date} ({count} đồng chí):").format(
                date=format_date(session.held_on), count=show_int(len(who))
            )
        )
        for number, name in enumerate(who, start=1):
            item = QListWidgetItem(f"{number}. {name}")
            item.setToolTip(name)
            self.makeup_names.addItem(item)

    def _show_makeup_summary(self) -> None:
        totals = self.sheet.totals()
        absent = totals.absent_reason + totals.absent_no_reason
        self.makeup_summary.setText(
            self.tr(
                "{sessions} buổi học bù · {made_up}/{absent} đồng chí vắng mặt đã học bù · "
                "còn {left} đồng chí chưa học bù"
            ).format(
                sessions=show_int(self._sessions),
                made_up=show_int(totals.made_up),
                absent=show_int(absent),
                left=show_int(absent - totals.made_up),
            )
        )

    def _go_to_absentees(self) -> None:
        self.tabs.setCurrentIndex(self.attendance_tab)
        self.sheet.absent_only.setChecked(True)
        self.sheet.table.setFocus()

    def _save_before_makeup(self) -> bool:
        answer = ask(
            self,
            self.tr("Học bù"),
            self.tr("Cần lưu hội nghị và điểm danh trước khi ghi học bù. Lưu ngay?"),
            [
                (QMessageBox.StandardButton.Save, self.tr("Lưu")),
                (QMessageBox.StandardButton.Cancel, self.tr("Hủy")),
            ],
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save and self.save()
