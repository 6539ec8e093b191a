"""The attendance sheet: marking a thousand members from the paper sheet, by keyboard.

The clerk types part of a name (accents optional) in the search box, Enter
goes to the table, one key marks (P or Space present, L absent with a reason,
K absent without), Enter goes back to the search box for the next name.
Shift+P marks the whole chi bộ of the current row present. Marks stay in
memory until the conference is saved, then go in with it in one transaction.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.conferences.attendance_dialogs import MakeupDialog, ReasonPicker
from gui.conferences.attendance_model import (
    ABSENT,
    COL_CHI_BO,
    COL_KIND,
    COL_MAKEUP,
    COL_NAME,
    COL_NUMBER,
    COL_REASON,
    COL_STATUS,
    AttendanceModel,
)
from gui.widgets.common import follow_text_size
from gui.widgets.flow_layout import FlowLayout, flow_policy
from gui.widgets.numbers import format_int, format_percent
from models.attendance import AttendanceTotals, attendance_sheet, record_makeup
from models.conference_editing import roster_preview
from models.errors import ValidationError
from models.lookups import lookup_names
from models.register import Register

# A long full name: the name column is never narrower than this.
NAME_SAMPLE = "Nguyễn Thị Phương Thảo"


class AttendanceSheet(QWidget):
    """The sheet of one conference (or of a new one, before it is saved).

    ``changed`` fires on every mark (totals already updated); ``makeup_recorded``
    after a make-up session was written. ``save_first`` is set by the editor:
    called before a make-up session when there is something unsaved, it saves
    and returns True, or returns False to stop.
    """

    changed = Signal()
    makeup_recorded = Signal()

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.conference_uuid: str | None = None
        self.conference_start: dt.date | None = None
        self.save_first: Callable[[], bool] | None = None
        self._picker: ReasonPicker | None = None
        self._reasons = lookup_names(db, "absence_reason")

        self.model = AttendanceModel(self)
        self.model.totals_changed.connect(self._show_totals)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ vài chữ của tên, không cần dấu…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        self.chi_bo = QComboBox()
        # Chi bộ names run long: the box must not push the search box into a sliver.
        self.chi_bo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chi_bo.setMinimumContentsLength(14)
        self.chi_bo.currentIndexChanged.connect(self._apply_filter)
        self.absent_only = QCheckBox(self.tr("Chỉ hiện người vắng"))
        self.absent_only.toggled.connect(self._apply_filter)
        self.shown = QLabel()
        # A fixed width: a count changing on every key must not re-lay out the buttons.
        self.shown.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.000/00.000 người") + 8)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        find = QLabel(self.tr("&Tìm tên:"))
        find.setBuddy(self.search)
        top.addWidget(find)
        top.addWidget(self.search, 3)
        top.addWidget(QLabel(self.tr("Chi bộ:")))
        top.addWidget(self.chi_bo, 2)
        top.addWidget(self.absent_only)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # The widths follow the viewport (and the text size): see fit_columns().
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)

        self.btn_present = QPushButton(self.tr("Có mặt (P)"))
        self.btn_reason = QPushButton(self.tr("Vắng có lý do (L)…"))
        self.btn_no_reason = QPushButton(self.tr("Vắng không lý do (K)"))
        self.btn_chi_bo = QPushButton(self.tr("&Cả chi bộ có mặt (Shift+P)"))
        self.btn_makeup = QPushButton(self.tr("&Học bù…"))
        self.btn_present.clicked.connect(lambda: self.mark_selected("present"))
        self.btn_reason.clicked.connect(self.ask_reason)
        self.btn_no_reason.clicked.connect(lambda: self.mark_selected("absent_no_reason"))
        self.btn_chi_bo.clicked.connect(self.mark_chi_bo_present)
        self.btn_makeup.clicked.connect(self.record_makeup)
        # One row when it fits; wrapped onto two with large text in English, so the
        # editor stays inside a 1,366-pixel screen.
        self.button_bar = QWidget()
        flow_policy(self.button_bar)
        buttons = FlowLayout(self.button_bar, stretch_last=True)
        for button in (
            self.btn_present,
            self.btn_reason,
            self.btn_no_reason,
            self.btn_chi_bo,
            self.btn_makeup,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addWidget(self.shown)

        self.summary = follow_text_size(QLabel(), 1.25)
        self.breakdown = QLabel()
        self.breakdown.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Phím: P hoặc phím cách = có mặt · L = vắng có lý do · K = vắng không lý do · "
                "Shift+P = cả chi bộ có mặt · Enter = dòng sau (hoặc về ô tìm) · Esc = về ô tìm · "
                "Ô tìm nhận cả số thứ tự trên danh sách ký: gõ số rồi L, K hoặc P ngay tại đó"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        # A new conference's sheet starts with everyone present, as a clerk copying
        # the paper sheet expects: said in plain words above it, so that no one
        # saves it believing nobody was marked.
        self.starts_present = QLabel(
            self.tr(
                "Hội nghị mới: mọi đảng viên đang được ghi “Có mặt” (trừ người được miễn "
                "sinh hoạt). Chỉ cần đánh dấu những người vắng: gõ vài chữ của tên hoặc "
                "số thứ tự, rồi L (vắng có lý do) hoặc K (vắng không lý do)."
            )
        )
        self.starts_present.setWordWrap(True)
        self.starts_present.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c068; padding: 6px;"
        )
        self.starts_present.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.starts_present)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.button_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.breakdown)
        layout.addWidget(hint)

    # --- loading ------------------------------------------------------------

    def load(self, conference_uuid: str | None, starts_on: dt.date | None = None) -> None:
        """The sheet of a saved conference, or the roster a new one will get."""
        self.conference_uuid = conference_uuid
        self.conference_start = starts_on
        lines = attendance_sheet(self.db, conference_uuid) if conference_uuid else (
            roster_preview(self.db, starts_on)
        )
        current = self._current_member()
        self.model.set_lines(lines)
        self.starts_present.setVisible(conference_uuid is None)
        self.fit_columns()
        self.chi_bo.blockSignals(True)
        self.chi_bo.clear()
        self.chi_bo.addItem(self.tr("Tất cả chi bộ"), None)
        for uuid, name in self.model.chi_bo_choices():
            self.chi_bo.addItem(name, uuid)
        self.chi_bo.blockSignals(False)
        self._apply_filter()
        if current:
            self._go_to_member(current)
        self.btn_makeup.setEnabled(True)

    def follow_date(self, on: dt.date) -> None:
        """A new conference's roster follows its date: those who had joined the Party by
        then. The marks already made stay on the members who remain."""
        if self.conference_uuid is not None or on == self.conference_start:
            return
        marks = {uuid: (status, reason) for uuid, status, reason in self.pending_marks()}
        self.load(None, on)
        self.model.reapply(marks)
        self.changed.emit()

    def pending_marks(self) -> list[tuple[str, str, str]]:
        return self.model.pending_marks()

    def has_changes(self) -> bool:
        return self.model.has_changes()

    def totals(self) -> AttendanceTotals:
        return self.model.totals()

    # --- column widths -------------------------------------------------------

    def fit_columns(self) -> None:
        """Share the table's width so that names can always be read.

        STT, Đảng viên, Điểm danh and Học bù ngày keep the width of their
        contents; the name column never gets narrower than a long full name;
        Chi bộ and Lý do vắng give way (their text ends in “…”, the tooltip
        holds it whole) when the text is large or the window narrow.
        """
        metrics = self.table.fontMetrics()
        width = metrics.horizontalAdvance
        header = self.table.horizontalHeader()
        pad = 2 * metrics.averageCharWidth() + 8

        def fitted(column: int, *samples: str) -> int:
            needed = max(width(sample) for sample in samples) + pad
            return max(needed, header.sectionSizeHint(column))

        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        count = format_int(max(len(self.model.lines), 99))
        fixed = {
            COL_NUMBER: fitted(COL_NUMBER, count),
            COL_KIND: fitted(COL_KIND, *self.model.kind_labels),
            COL_STATUS: fitted(COL_STATUS, *self.model.status_labels.values()),
            COL_MAKEUP: fitted(COL_MAKEUP, "00/00/0000"),
        }
        chi_bo_names = [name for _uuid, name in self.model.chi_bo_choices()]
        wanted = {
            COL_CHI_BO: min(fitted(COL_CHI_BO, "Chi bộ Thôn Đông Hưng 2", *chi_bo_names),
                            width("M") * 30),
            COL_REASON: fitted(COL_REASON, "Tuổi cao, sức yếu, đi viện"),
        }
        smallest = {column: fitted(column, "Chi bộ…") for column in wanted}
        # The stretched name column takes what is left, at least a long name.
        room = (
            self.table.viewport().width() - sum(fixed.values()) - fitted(COL_NAME, NAME_SAMPLE)
        )
        if room < sum(wanted.values()):
            spare = max(room - sum(smallest.values()), 0)
            extra = sum(wanted.values()) - sum(smallest.values())
            wanted = {
                column: smallest[column] + (wanted[column] - smallest[column]) * spare // extra
                for column in wanted
            }
        for column, size in (fixed | wanted).items():
            self.table.setColumnWidth(column, size)

    # --- filtering ----------------------------------------------------------

    def _apply_filter(self) -> None:
        count = self.model.set_filter(
            self.search.text(), self.chi_bo.currentData(), self.absent_only.isChecked()
        )
        total = len(self.model.lines)
        self.shown.setText(
            self.tr("{shown}/{total} người").format(
                shown=format_int(count), total=format_int(total)
            )
        )
        if count:
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.visible_count():
            return
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _current_member(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.visible_count():
            return None
        return self.model.line(index.row()).member_uuid

    def _go_to_member(self, member_uuid: str) -> None:
        row = self.model.row_of_member(member_uuid)
        if row is not None:
            self._select_row(row)

    def _selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    # --- marking ------------------------------------------------------------

    def mark_selected(self, status: str, reason: str = "", rows: list[int] | None = None) -> None:
        rows = self._selected_rows() if rows is None else rows
        if rows and self.model.mark(rows, status, reason):
            self.changed.emit()

    def ask_reason(self) -> None:
        """L: the reason picker; the mark is made when it is accepted."""
        rows = self._selected_rows()
        if not rows:
            return
        if not self._reasons:
            QMessageBox.information(
                self,
                self.tr("Lý do vắng mặt"),
                self.tr(
                    "Danh mục lý do vắng mặt đang trống. Hãy thêm lý do trong phần Danh mục."
                ),
            )
            return
        names = [self.model.line(r).full_name for r in rows]
        who = names[0] if len(names) == 1 else self.tr("{n} đồng chí").format(
            n=format_int(len(names))
        )
        members = [self.model.line(r).member_uuid for r in rows]
        picker = ReasonPicker(self._reasons, who, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._reason_chosen(members, picker.reason()))
        picker.finished.connect(lambda _result: self._after_picker())
        self._picker = picker
        picker.open()

    def _after_picker(self) -> None:
        """Back to the next name when a search found this one, else to the table."""
        # The editor takes the keyboard back at once (some desktops leave no window
        # active when a dialog closes, and the next number typed would be lost).
        self.window().activateWindow()
        if self.search.text():
            self.search.setFocus()
            self.search.selectAll()
        else:
            self.table.setFocus()

    def _reason_chosen(self, members: list[str], reason: str) -> None:
        self._picker = None
        rows = [r for r in (self.model.row_of_member(m) for m in members) if r is not None]
        self.mark_selected("absent_reason", reason, rows)

    def mark_chi_bo_present(self) -> None:
        member = self._current_member()
        if member is None:
            return
        line = self.model.line(self.table.currentIndex().row())
        if self.model.mark_chi_bo_present(line.chi_bo_uuid):
            self.changed.emit()

    # --- keys -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.table:
            return self._table_key(event)
        if watched is self.search:
            return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        plain = (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ) == Qt.KeyboardModifier.NoModifier
        if (
            plain
            and key in (Qt.Key.Key_L, Qt.Key.Key_K, Qt.Key.Key_P)
            and self.search.text().strip().isdigit()
            and self.model.visible_count() == 1
        ):
            # A number from the sign-in sheet, then the mark: no name has digits, so
            # the letter is the mark, made from the search box (“37 L 1”, then the next).
            self._select_row(0)
            if key == Qt.Key.Key_L:
                self.ask_reason()
            else:
                self.mark_selected("present" if key == Qt.Key.Key_P else "absent_no_reason")
                self.search.selectAll()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            if self.model.visible_count():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self._select_row(0)
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def _table_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_P and mods == Qt.KeyboardModifier.ShiftModifier:
            self.mark_chi_bo_present()
            return True
        if plain and key in (Qt.Key.Key_P, Qt.Key.Key_Space):
            self.mark_selected("present")
            return True
        if plain and key == Qt.Key.Key_K:
            self.mark_selected("absent_no_reason")
            return True
        if plain and key == Qt.Key.Key_L:
            self.ask_reason()
            return True
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.search.text():
                self.search.setFocus()
                self.search.selectAll()
            else:
                self._select_row(self.table.currentIndex().row() + 1)
            return True
        if plain and key == Qt.Key.Key_Escape:
            self.search.setFocus()
            self.search.selectAll()
            return True
        return False

    # --- totals ---------------------------------------------------------------

    def _show_totals(self) -> None:
        t = self.model.totals()
        # The live line under the sheet, in the window's words and number style.
        summary = self.tr("Có mặt {present}/{eligible}").format(
            present=format_int(t.present), eligible=format_int(t.eligible)
        )
        if t.present_rate is not None:
            summary += f" — {format_percent(t.present_rate, 1)}"
        self.summary.setText(summary)
        self.breakdown.setText(
            self.tr(
                "Tổng số {members} đảng viên (chính thức {official}, dự bị {probationary}) · "
                "Miễn sinh hoạt {excused} · Phải dự {eligible} · Có mặt {present} · "
                "Vắng có lý do {absent_reason} · Vắng không lý do {absent_no_reason} · "
                "Đã học bù {made_up}"
            ).format(
                members=format_int(t.members),
                official=format_int(t.official),
                probationary=format_int(t.probationary),
                excused=format_int(t.excused),
                eligible=format_int(t.eligible),
                present=format_int(t.present),
                absent_reason=format_int(t.absent_reason),
                absent_no_reason=format_int(t.absent_no_reason),
                made_up=format_int(t.made_up),
            )
        )

    # --- make-up sessions ---------------------------------------------------

    def record_makeup(self) -> None:
        """Học bù…: the selected absentees caught up on a date the clerk gives."""
        chosen = [self.model.line(r) for r in self._selected_rows()]
        absentees = [line for line in chosen if line.status in ABSENT]
        if not absentees:
            QMessageBox.information(
                self,
                self.tr("Học bù"),
                self.tr(
                    "Hãy chọn những đồng chí vắng mặt đã học bù (giữ Ctrl hoặc Shift để chọn "
                    "nhiều người; đánh dấu “Chỉ hiện người vắng” cho dễ chọn), rồi bấm Học bù."
                ),
            )
            return
        members = [line.member_uuid for line in absentees]
        names = [line.full_name for line in absentees]
        if self.conference_uuid is None or self.has_changes():
            if self.save_first is None or not self.save_first():
                if self.save_first is None:
                    QMessageBox.information(
                        self,
                        self.tr("Học bù"),
                        self.tr("Hãy lưu hội nghị và điểm danh trước khi ghi học bù."),
                    )
                return
        conference_uuid = self.conference_uuid
        if conference_uuid is None:
            return

        def record(held_on: str, place: str, note: str) -> list[str]:
            try:
                record_makeup(self.db, conference_uuid, held_on, members, place, note)
            except ValidationError as exc:
                return exc.problems
            return []

        dialog = MakeupDialog(names, self.conference_start, record, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load(conference_uuid, self.conference_start)
            self.makeup_recorded.emit()
