"""The table behind every list: rows as plain dicts, sorting, accent-free search.

A list holds thousands of rows (members, attendance), so the view draws from a
model (no widget per row), the search matches against a folded text computed
once per row, and the view's rows all have one height.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QToolTip, QWidget

from gui.widgets.numbers import format_int, format_percent
from models.vntext import (
    fold,
    parse_date,
    search_key,
)
from models.vntext import (
    show_date as format_date,
)
from models.vntext import (
    show_datetime as format_datetime,
)

STRETCH_MIN_CHARS = 28
# When even the other columns at their least leave too little, the stretch column
# goes down to this before the table scrolls sideways.
STRETCH_LEAST_CHARS = 18
# A fixed column shrunk for room still shows this many characters of its values.
LEAST_CHARS = 6
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# What the cell holds, typed (int, float, date, datetime or the text shown): for Excel.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

# Dates are as wide as their digits, which are wider than an average character.
_SAMPLES = {"date": "00/00/0000", "datetime": "00:00 00/00/0000"}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One column of a list: which key of the row, its heading, how it reads.

    ``kind`` picks the Vietnamese style: text, int (16.100), date (05/03/2023),
    datetime (08:00 05/03/2023), percent (99,16%). ``width`` is in average
    characters; the ``stretch`` column takes what is left. When the view is too
    narrow for every ``width`` (large text on a small screen), a column gives
    up width down to its heading on two lines, a date, or ``least`` characters
    (the name or number a clerk reads the row by).
    """

    key: str
    title: str
    kind: str = "text"
    width: int = 12
    stretch: bool = False
    least: int = LEAST_CHARS
    display: Callable[[dict[str, Any]], str] | None = None
    sort_key: Callable[[dict[str, Any]], Any] | None = None

    def text(self, row: dict[str, Any]) -> str:
        if self.display is not None:
            return self.display(row)
        value = row.get(self.key)
        if value is None or value == "":
            return ""
        if self.kind == "int":
            return format_int(value)
        if self.kind == "date":
            return format_date(value)
        if self.kind == "datetime":
            return format_datetime(value)
        if self.kind == "percent":
            return format_percent(value, 1)
        return str(value)

    def value(self, row: dict[str, Any]) -> Any:
        """The cell as a typed value: a number, a date or the text shown; ``None`` when empty.

        Numbers stay numbers and dates stay dates (a spreadsheet can sum and sort
        them); a percent is a fraction (99,16% is 0.9916). A column that shows
        something other than a number or date ("Toàn Đảng bộ" for no chi bộ) gives
        its text, and so does a value that cannot be read as its kind.
        """
        shown = self.text(row)
        if shown == "":
            return None
        raw = row.get(self.key)
        number = isinstance(raw, int | float) and not isinstance(raw, bool)
        if self.kind == "int" and number:
            return raw
        if self.kind == "percent" and number:
            return raw / 100
        if self.kind == "text" and isinstance(raw, int) and not isinstance(raw, bool):
            return raw if shown == str(raw) else shown  # a year or a count kept as text
        try:
            if self.kind == "date" and isinstance(raw, str | dt.date):
                return parse_date(raw)
            if self.kind == "datetime" and isinstance(raw, str):
                return dt.datetime.fromisoformat(raw)
        except ValueError:
            return shown
        return shown

    def sort_value(self, row: dict[str, Any]) -> Any:
        if self.sort_key is not None:
            return self.sort_key(row)
        value = row.get(self.key)
        if self.kind in ("int", "percent"):
            return -1e18 if value is None else float(value)
        if value is None:
            return ""
        return fold(str(value)) if self.kind == "text" else str(value)


class RowTableModel(QAbstractTableModel):
    """Read-only rows (dicts) shown through ``Column`` definitions."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        for row in rows:
            if "search" not in row:
                row["search"] = search_key(" ".join(c.text(row) for c in self.columns))
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return self._rows

    def row_at(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.stretch:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_value(row)
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in ("int", "percent") else _LEFT
        return None


class FoldFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort value and keeps the rows that match.

    A row matches when every word of the query, folded and split at anything
    that is not a letter or digit (``models.vntext.search_key``), is in the
    row's text folded alike ("dang uy" finds "Đảng ủy", "57 nq" finds "57-NQ/TW"),
    and every chosen filter equals the row's value for that key (year, type, chi bộ…).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._filters: dict[str, Any] = {}

    def set_query(self, text: str) -> None:
        words = search_key(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, key: str, value: Any) -> None:
        """Keep rows whose ``key`` equals ``value``; ``None`` removes the filter."""
        if self._filters.get(key) == value and (value is not None or key not in self._filters):
            return
        self.beginFilterChange()
        if value is None:
            self._filters.pop(key, None)
        else:
            self._filters[key] = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row)  # type: ignore[attr-defined]
        for key, value in self._filters.items():
            if row.get(key) != value:
                return False
        if not self._words:
            return True
        text = row.get("search", "")
        return all(word in text for word in self._words)

    def row_at(self, proxy_row: int) -> dict[str, Any]:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().row_at(source.row())  # type: ignore[attr-defined]

    def visible_rows(self) -> Iterable[dict[str, Any]]:
        for proxy_row in range(self.rowCount()):
            yield self.row_at(proxy_row)


class RowTableView(QTableView):
    """A list view with one row height, whole-row selection and column widths in characters."""

    # What the stretch column keeps while the others can give up width for it.
    stretch_min_chars = STRETCH_MIN_CHARS

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        # A heading too long for its shrunk column goes onto a second line, whole.
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self._fit_header_height)
        self._columns: list[Column] = []
        self._fitted_for = -1  # the viewport width the columns were last fitted to
        self._header_lines = 1
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))

    def set_columns(self, columns: list[Column]) -> None:
        """Size the columns for ``columns`` (call after setting the model)."""
        self._columns = columns
        self._fit_columns()
        # Rows come in the order that suits the list (newest first); no column sort yet.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        model = self.model()
        if model is not None:
            model.sort(-1)

    def _fit_columns(self) -> None:
        """Give each column its width in characters, shrinking them when the view is narrow.

        With large text on a 1366×768 screen the widths add up to more than the
        view. The fixed columns then give up what they have beyond their least
        (``_least_width``), each in proportion, so that the whole row fits while
        the stretch column keeps ``stretch_min_chars``; if that is still too
        wide the stretch column goes down to ``STRETCH_LEAST_CHARS``.
        """
        header = self.horizontalHeader()
        for index in range(len(self._columns)):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
        fixed = [i for i, c in enumerate(self._columns) if not c.stretch]
        wanted = {i: self._wanted_width(self._columns[i]) for i in fixed}
        least = {i: self._least_width(self._columns[i]) for i in fixed}
        stretch = len(self._columns) - len(fixed)
        room = self.viewport().width() - self._stretch_width(self.stretch_min_chars) * stretch
        spare = sum(wanted.values()) - sum(least.values())
        over = sum(wanted.values()) - room
        # 0: every column as wanted; 1: every column down to its least.
        give = 0.0 if over <= 0 or spare <= 0 else min(1.0, over / spare)
        for index in fixed:
            width = wanted[index] - (wanted[index] - least[index]) * give
            header.resizeSection(index, round(width))
        self._fit_stretch()

    def _wanted_width(self, column: Column) -> int:
        char = self.fontMetrics().averageCharWidth()
        title = self._title_width(column.title, lines=1)
        return max(column.width * char, title, self._least_width(column))

    def _least_width(self, column: Column) -> int:
        """The heading on two lines, a whole date, or ``column.least`` characters."""
        char = self.fontMetrics().averageCharWidth()
        sample = _SAMPLES.get(column.kind)
        cell = self.fontMetrics().horizontalAdvance(sample) + char * 2 if sample else 0
        least = char * min(column.width, column.least)
        return max(self._title_width(column.title, lines=2), cell, least)

    def _title_width(self, title: str, lines: int) -> int:
        """Room for ``title`` on at most ``lines`` lines, with the sort arrow beside it."""
        metrics = self.horizontalHeader().fontMetrics()
        words = title.split(" ")
        if lines == 1 or len(words) == 1:
            text = metrics.horizontalAdvance(title)
        else:
            text = min(
                max(
                    metrics.horizontalAdvance(" ".join(words[:cut])),
                    metrics.horizontalAdvance(" ".join(words[cut:])),
                )
                for cut in range(1, len(words))
            )
        style = self.horizontalHeader().style()
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        margins = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) * 4
        return text + max(arrow + margins, metrics.averageCharWidth() * 2)

    def _stretch_width(self, chars: int) -> int:
        return self.fontMetrics().averageCharWidth() * chars

    def _fit_stretch(self) -> None:
        header = self.horizontalHeader()
        stretch = [i for i, c in enumerate(self._columns) if c.stretch]
        if not stretch:
            return
        others = sum(
            header.sectionSize(i) for i in range(len(self._columns)) if i not in stretch
        )
        # The fixed columns have made room for stretch_min_chars if they could.
        left = (self.viewport().width() - others) // len(stretch)
        room = max(self._stretch_width(STRETCH_LEAST_CHARS), left)
        for index in stretch:
            header.resizeSection(index, room)

    def _fit_header_height(self, *_args: Any) -> None:
        """Two lines high while a column is narrower than its heading on one line."""
        header = self.horizontalHeader()
        wrapped = any(
            header.sectionSize(i) < self._title_width(c.title, lines=1)
            for i, c in enumerate(self._columns)
        )
        lines = 2 if wrapped else 1
        if lines != self._header_lines:
            self._header_lines = lines
            extra = header.fontMetrics().lineSpacing() if wrapped else 0
            header.setMinimumHeight(0)
            header.setMinimumHeight(header.sizeHint().height() + extra if wrapped else 0)
            self.updateGeometries()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A cell cut short ("Trực tu…") shows its whole text under the mouse.
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            text = str(index.data() or "") if index.isValid() else ""
            rect = self.visualRect(index)
            room = rect.width() - self.fontMetrics().averageCharWidth()
            if text and self.fontMetrics().horizontalAdvance(text) > room:
                QToolTip.showText(event.globalPos(), text, self.viewport(), rect)
                return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Also the viewport's resizes (a vertical scroll bar appearing) come here.
        if self.viewport().width() != self._fitted_for:
            self._fitted_for = self.viewport().width()
            self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            self._header_lines = 0  # measured again in the new font
            self._fit_columns()
            self._fit_header_height()
