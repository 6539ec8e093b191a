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
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from gui.widgets.common import DateField, follow_text_size
from gui.widgets.flow_layout import FlowLayout, flow_policy
from gui.widgets.numbers import format_int, format_percent
from models.attendance import (
    AttendanceLine,
    AttendanceTotals,
    attendance_sheet,
    record_makeup,
    totals_of,
)
from models.conference_editing import roster_preview
from models.errors import ValidationError
from models.lookups import lookup_names
from models.vntext import fold, format_date, parse_date

ABSENT = ("absent_reason", "absent_no_reason")
# A long full name: the name column is never narrower than this.
NAME_SAMPLE = "Nguyễn Thị Phương Thảo"

COL_NUMBER, COL_NAME, COL_CHI_BO, COL_KIND, COL_STATUS, COL_REASON, COL_MAKEUP = range(7)

_STATUS_BRUSHES = {
    "absent_reason": QBrush(QColor("#fde3c4")),
    "absent_no_reason": QBrush(QColor("#f7c6c6")),
    "excused": QBrush(QColor("#e4e4e4")),
}
_BAND_BRUSH = QBrush(QColor("#eef4fb"))
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

# Roles as plain ints: the model answers them thousands of times per repaint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES_USED = frozenset((_DISPLAY, _BACKGROUND, _FONT, _ALIGNMENT, _TOOLTIP))


class AttendanceModel(QAbstractTableModel):
    """Every eligible member, grouped by chi bộ, with a filter that runs per keystroke.

    Rows of the model are the visible lines (``visible[row]`` is the index in
    ``lines``); names are folded once on load so that filtering is a plain
    substring test.
    """

    totals_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[AttendanceLine] = []
        self._folded: list[str] = []
        self._group: list[int] = []
        self._original: dict[str, tuple[str, str]] = {}
        self._visible: list[int] = []
        self._overall: list[int | None] = []
        self._in_chi_bo: list[int | None] = []
        self._numbers: list[int | None] = []
        self._totals = AttendanceTotals()
        self.status_labels = {
            "present": self.tr("Có mặt"),
            "absent_reason": self.tr("Vắng có lý do"),
            "absent_no_reason": self.tr("Vắng không lý do"),
            "excused": self.tr("Miễn sinh hoạt"),
        }
        self._headers = [
            self.tr("STT"),
            self.tr("Họ và tên"),
            self.tr("Chi bộ"),
            self.tr("Đảng viên"),
            self.tr("Điểm danh"),
            self.tr("Lý do vắng"),
            self.tr("Học bù ngày"),
        ]
        self._changed_font = QFont()
        self._changed_font.setBold(True)
        self._official = self.tr("Chính thức")
        self._probationary = self.tr("Dự bị")
        self.kind_labels = (self._official, self._probationary)

    # --- loading and filtering ------------------------------------------

    def set_lines(self, lines: list[AttendanceLine]) -> None:
        self.beginResetModel()
        self._lines = [replace(line) for line in lines]
        self._folded = [fold(line.full_name) for line in self._lines]
        self._group = []
        group, previous = -1, None
        for line in self._lines:
            if line.chi_bo_uuid != previous:
                group, previous = group + 1, line.chi_bo_uuid
            self._group.append(group)
        self._original = {line.member_uuid: (line.status, line.reason) for line in self._lines}
        self._visible = list(range(len(self._lines)))
        self._number_lines()
        self.endResetModel()
        self._recount()

    def _number_lines(self) -> None:
        """The numbers of the printed sign-in sheet (reports.signin): those excused
        are not on it; the sheet of all chi bộ runs 1…N, a chi bộ's own sheet 1…n."""
        self._overall: list[int | None] = []
        self._in_chi_bo: list[int | None] = []
        overall = 0
        per: dict[str, int] = {}
        for line in self._lines:
            if line.status == "excused":
                self._overall.append(None)
                self._in_chi_bo.append(None)
                continue
            overall += 1
            per[line.chi_bo_uuid] = per.get(line.chi_bo_uuid, 0) + 1
            self._overall.append(overall)
            self._in_chi_bo.append(per[line.chi_bo_uuid])
        self._numbers = self._overall

    def set_filter(
        self, needle: str = "", chi_bo_uuid: str | None = None, absent_only: bool = False
    ) -> int:
        """Show only the lines whose name contains every word of ``needle``.

        A number instead of a name finds the member of that number on the printed
        sign-in sheet: of one chi bộ when one is chosen, of all otherwise.
        """
        self._numbers = self._in_chi_bo if chi_bo_uuid else self._overall
        tokens = fold(needle).split()
        names = self._folded
        if needle.strip().isdigit():
            wanted = int(needle.strip())
            rows = [i for i, number in enumerate(self._numbers) if number == wanted]
        elif len(tokens) == 1:
            token = tokens[0]
            rows = [i for i, name in enumerate(names) if token in name]
        elif tokens:
            rows = [i for i, name in enumerate(names) if all(t in name for t in tokens)]
        else:
            rows = range(len(names))
        if chi_bo_uuid:
            rows = [i for i in rows if self._lines[i].chi_bo_uuid == chi_bo_uuid]
        if absent_only:
            rows = [i for i in rows if self._lines[i].status in ABSENT]
        self.beginResetModel()
        self._visible = list(rows)
        self.endResetModel()
        return len(self._visible)

    # --- reading ----------------------------------------------------------

    @property
    def lines(self) -> list[AttendanceLine]:
        return self._lines

    def line(self, row: int) -> AttendanceLine:
        return self._lines[self._visible[row]]

    def visible_count(self) -> int:
        return len(self._visible)

    def row_of_member(self, member_uuid: str) -> int | None:
        for row, index in enumerate(self._visible):
            if self._lines[index].member_uuid == member_uuid:
                return row
        return None

    def totals(self) -> AttendanceTotals:
        return self._totals

    def pending_marks(self) -> list[tuple[str, str, str]]:
        """``(member_uuid, status, reason)`` for every line changed since loading."""
        return [
            (line.member_uuid, line.status, line.reason)
            for line in self._lines
            if self._original.get(line.member_uuid) != (line.status, line.reason)
        ]

    def has_changes(self) -> bool:
        return any(
            self._original.get(line.member_uuid) != (line.status, line.reason)
            for line in self._lines
        )

    def chi_bo_choices(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for line in self._lines:
            seen.setdefault(line.chi_bo_uuid, line.chi_bo)
        return list(seen.items())

    # --- marking ----------------------------------------------------------

    def mark(self, rows: list[int], status: str, reason: str = "") -> int:
        """Mark the visible ``rows``; returns how many lines changed."""
        changed = 0
        for row in rows:
            line = self.line(row)
            new_reason = reason if status == "absent_reason" else ""
            if (line.status, line.reason) != (status, new_reason):
                line.status, line.reason = status, new_reason
                if status == "present":
                    # The register drops the make-up link of someone now present.
                    line.makeup_on = None
                changed += 1
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1)
            )
        if changed:
            self._recount()
        return changed

    def reapply(self, marks: dict[str, tuple[str, str]]) -> None:
        """Put back marks made on a roster that has just been rebuilt (``set_lines``)."""
        for line in self._lines:
            if line.member_uuid in marks:
                line.status, line.reason = marks[line.member_uuid]
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self._recount()

    def mark_chi_bo_present(self, chi_bo_uuid: str) -> int:
        """Everyone of the chi bộ present, except those excused from Party activity."""
        changed = 0
        for line in self._lines:
            if line.chi_bo_uuid == chi_bo_uuid and line.status in ABSENT:
                line.status, line.reason, line.makeup_on = "present", "", None
                changed += 1
        if changed and self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, self.columnCount() - 1)
            )
            self._recount()
        return changed

    def _recount(self) -> None:
        self._totals = totals_of(self._lines)
        self.totals_changed.emit()

    # --- Qt model -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        # Called about ten times per visible cell on every repaint: the roles
        # nobody sets are answered first and cheaply.
        row = index.row()
        if role not in _ROLES_USED or row < 0:
            return None
        line_index = self._visible[row]
        line = self._lines[line_index]
        column = index.column()
        if role == _DISPLAY:
            if column == COL_NAME:
                return line.full_name
            if column == COL_STATUS:
                return self.status_labels.get(line.status, line.status)
            if column == COL_CHI_BO:
                return line.chi_bo
            if column == COL_NUMBER:
                number = self._numbers[line_index]
                return "" if number is None else format_int(number)
            if column == COL_KIND:
                return self._official if line.official else self._probationary
            if column == COL_REASON:
                return line.reason
            return format_date(line.makeup_on) if line.makeup_on else ""
        if role == _BACKGROUND:
            if column in (COL_STATUS, COL_REASON) and line.status in _STATUS_BRUSHES:
                return _STATUS_BRUSHES[line.status]
            return _BAND_BRUSH if self._group[line_index] % 2 else None
        if role == _FONT:
            if column == COL_STATUS and (
                self._original.get(line.member_uuid) != (line.status, line.reason)
            ):
                return self._changed_font
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column == COL_NUMBER else None
        if column in (COL_NAME, COL_CHI_BO, COL_REASON):
            extra = f" — {line.reason}" if line.reason else ""
            return f"{line.full_name} — {line.chi_bo}{extra}"
        return None


class ReasonPicker(QDialog):
    """The quick list of absence reasons: first one chosen, Enter accepts, 1–9 pick."""

    def __init__(self, reasons: list[str], who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lý do vắng mặt"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Lý do vắng của {who}:").format(who=who)))
        self.list = QListWidget()
        for number, reason in enumerate(reasons, start=1):
            self.list.addItem(f"{number}. {reason}" if number <= 9 else reason)
        self._reasons = reasons
        self.list.setCurrentRow(0)
        self.list.doubleClicked.connect(self.accept)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Chọn"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.installEventFilter(self)
        self.list.setFocus()

    def reason(self) -> str:
        row = self.list.currentRow()
        return self._reasons[row] if 0 <= row < len(self._reasons) else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and (
            event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                row = key - Qt.Key.Key_1
                if row < self.list.count():
                    self.list.setCurrentRow(row)
                    self.accept()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)


class MakeupDialog(QDialog):
    """Date and place of a make-up session for the chosen absentees."""

    def __init__(
        self,
        names: list[str],
        earliest: dt.date | None,
        record: Callable[[str, str, str], list[str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._record = record
        self.setWindowTitle(self.tr("Học bù"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        shown = ", ".join(names[:8]) + ("…" if len(names) > 8 else "")
        who = QLabel(
            self.tr("Ghi học bù cho {count} đồng chí: {names}").format(
                count=format_int(len(names)), names=shown
            )
        )
        who.setWordWrap(True)
        layout.addWidget(who)
        form = QFormLayout()
        # Typed as on paper, like every other date: a date box jumps to the month
        # by itself after two digits, so the Tab a clerk adds skipped to the year
        # and the rest of the date landed in “Địa điểm”. The models check the text
        # (a day before the conference is refused with a message).
        self.date = DateField()
        first = max(dt.date.today(), earliest) if earliest else dt.date.today()
        self.date.setText(first.strftime("%d/%m/%Y"))
        self.place = QLineEdit()
        self.note = QLineEdit()
        form.addRow(self.tr("Ngày học bù:"), self.date)
        form.addRow(self.tr("Địa điểm:"), self.place)
        form.addRow(self.tr("Ghi chú:"), self.note)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Ghi học bù"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Typing replaces today's date at once.
        self.date.setFocus()
        self.date.selectAll()

    def held_on(self) -> str:
        """The day as ISO when it reads as a date; otherwise as typed, for the models to
        say what is wrong with it."""
        text = self.date.text().strip()
        try:
            day = parse_date(text)
        except ValueError:
            return text
        return day.isoformat() if day else ""

    def _accept(self) -> None:
        problems = self._record(self.held_on(), self.place.text(), self.note.text())
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
            return
        self.accept()


class AttendanceSheet(QWidget):
    """The sheet of one conference (or of a new one, before it is saved).

    ``changed`` fires on every mark (totals already updated); ``makeup_recorded``
    after a make-up session was written. ``save_first`` is set by the editor:
    called before a make-up session when there is something unsaved, it saves
    and returns True, or returns False to stop.
    """

    changed = Signal()
    makeup_recorded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
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
