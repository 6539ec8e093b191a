"""The rows behind the attendance sheet: every eligible member, grouped by chi bộ, filtered per
keystroke, with the marks not yet saved.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from gui.widgets.numbers import format_int
from models.attendance import AttendanceLine, AttendanceTotals, totals_of
from models.lookups import shown_name
from models.vntext import fold
from models.vntext import show_date as format_date

ABSENT = ("absent_reason", "absent_no_reason")
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
                return shown_name(line.reason)
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
            extra = f" — {shown_name(line.reason)}" if line.reason else ""
            return f"{line.full_name} — {line.chi_bo}{extra}"
        return None
