"""Thu hoạch: per document, who handed in a written reflection and its grade.

The page lists documents with their counts; the sheet of one document lists
every member with a tick for "handed in" and a grade, filtered by chi bộ or by
name so that a stack of papers can be ticked off quickly.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QWidget,
)

from gui.widgets.common import fill_combo, fit_to_screen, narrow_combo, select_data, show_message
from gui.widgets.editor import EditorDialog
from gui.widgets.listpage import FilterSpec, ListPage
from gui.widgets.tablemodel import Column, FoldFilterProxy, RowTableView
from models.documents import get_document
from models.listing import reflection_document_rows
from models.lookups import lookup_names, shown_name
from models.reflection_sheet import reflection_sheet, save_reflections
from models.reflections import Reflection
from models.register import Register
from models.vntext import parse_date
from models.vntext import show_date as format_date
from models.vntext import show_int as format_int

SHEET_KEYS = ("chi_bo", "full_name", "note", "submitted", "submitted_on", "grade")


def _checked(value: Any) -> bool:
    raw = value.value if hasattr(value, "value") else value
    return int(raw) == Qt.CheckState.Checked.value


class SheetModel(QAbstractTableModel):
    """Every member's line for one document; tick, date and grade are editable."""

    def __init__(self, headers: list[str], excused_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = headers
        self.excused_text = excused_text
        self.lines: list[dict[str, Any]] = []

    def set_lines(self, lines: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def row_at(self, row: int) -> dict[str, Any]:
        return self.lines[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(SHEET_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = SHEET_KEYS[index.column()]
        if key == "submitted":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key in ("submitted_on", "grade"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = SHEET_KEYS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and key == "submitted":
            return Qt.CheckState.Checked if line["submitted"] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "submitted":
                return None
            if key == "note":
                return self.excused_text if line["excused"] else ""
            if key == "grade" and role == Qt.ItemDataRole.DisplayRole:
                return shown_name(line["grade"] or "")  # a built-in grade in the language
            return line[key]
        if role == Qt.ItemDataRole.UserRole:
            return line[key] if key != "note" else line["excused"]
        return None

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if not index.isValid():
            return False
        line = self.lines[index.row()]
        key = SHEET_KEYS[index.column()]
        if key == "submitted" and role == Qt.ItemDataRole.CheckStateRole:
            self.set_submitted(index.row(), _checked(value))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if key == "submitted_on":
            try:
                day = parse_date(text)
                text = day.strftime("%d/%m/%Y") if day else ""
            except ValueError:
                pass  # kept as typed; saving says what is wrong
            line["submitted_on"] = text
        elif key == "grade":
            line["grade"] = text
            if text:
                line["submitted"] = True  # a graded paper was handed in
        self._row_changed(index.row())
        return True

    def set_submitted(self, row: int, submitted: bool) -> None:
        line = self.lines[row]
        line["submitted"] = submitted
        if not submitted:
            line["grade"] = ""
            line["submitted_on"] = ""
        self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(SHEET_KEYS) - 1))

    def snapshot(self) -> tuple:
        return tuple((ln["submitted"], ln["submitted_on"], ln["grade"]) for ln in self.lines)


class GradeDelegate(QStyledItemDelegate):
    def __init__(self, grades: list[str], empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.grades = grades
        self.empty_text = empty_text

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        fill_combo(combo, [("", self.empty_text)] + [(g, shown_name(g)) for g in self.grades])
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        select_data(editor, index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReflectionSheet(EditorDialog):
    """The sheet of one document: tick who handed in, pick grades, Lưu."""

    help_section = "reflections"

    def __init__(self, db: Register, document_uuid: str, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.document_uuid = document_uuid
        self.record_uuid = document_uuid
        doc = get_document(db, document_uuid)
        self.setWindowTitle(self.tr("Bài thu hoạch — {symbol}").format(symbol=doc.symbol))
        heading = QLabel(f"{doc.symbol} — {doc.title}", self.body)
        heading.setWordWrap(True)
        self.body_layout.addWidget(heading)

        tools = QHBoxLayout()
        self.search = QLineEdit(self.body)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm tên (gõ không dấu cũng được)…"))
        self.chi_bo = narrow_combo(QComboBox(self.body))
        self.chi_bo.setMaxVisibleItems(25)
        self.only_missing = QCheckBox(self.tr("Chỉ người chưa nộp"), self.body)
        tools.addWidget(self.search, 2)
        tools.addWidget(self.chi_bo, 1)
        tools.addWidget(self.only_missing)
        self.body_layout.addLayout(tools)

        grades = lookup_names(db, "grade")
        self.model = SheetModel(
            [
                self.tr("Chi bộ"),
                self.tr("Họ và tên"),
                self.tr("Ghi chú"),
                self.tr("Đã nộp"),
                self.tr("Ngày nộp"),
                self.tr("Xếp loại"),
            ],
            self.tr("Miễn sinh hoạt"),
            self,
        )
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = RowTableView(self.body)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setItemDelegateForColumn(
            SHEET_KEYS.index("grade"), GradeDelegate(grades, self.tr("(chưa xếp loại)"), self)
        )
        header = self.view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((24, 24, 14, 8, 12, 14)):
            header.resizeSection(column, char * width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.fontMetrics().height() * 14)
        self.body_layout.addWidget(self.view, 1)

        actions = QHBoxLayout()
        self.tick_button = QPushButton(self.tr("Đánh dấu đã nộp (phím cách)"), self.body)
        self.tick_button.setToolTip(
            self.tr("Đánh dấu các dòng đang chọn là đã nộp; bấm lại để bỏ dấu")
        )
        self.tick_button.clicked.connect(self.toggle_selected)
        self.tick_shown_button = QPushButton(
            self.tr("Đánh dấu đã nộp cho mọi dòng đang hiện"), self.body
        )
        self.tick_shown_button.clicked.connect(self.tick_shown)
        self.totals = QLabel(self.body)
        actions.addWidget(self.tick_button)
        actions.addWidget(self.tick_shown_button)
        actions.addStretch(1)
        actions.addWidget(self.totals)
        self.body_layout.addLayout(actions)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.view)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_selected)

        self.search.textChanged.connect(self.proxy.set_query)
        self.chi_bo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter("chi_bo", self.chi_bo.currentData())
        )
        self.only_missing.toggled.connect(
            lambda on: self.proxy.set_filter("submitted", False if on else None)
        )
        self.model.dataChanged.connect(self._update_totals)
        self.model.modelReset.connect(self._update_totals)
        self._load()
        fit_to_screen(self, 120, 36)
        self.finish_setup()
        self.search.setFocus()

    def _load(self) -> None:
        lines = [
            {
                "member_uuid": ln.member_uuid,
                "chi_bo": ln.chi_bo,
                "full_name": ln.full_name,
                "excused": ln.excused,
                "studied": ln.studied,
                "submitted": ln.submitted,
                "submitted_on": format_date(ln.submitted_on),
                "grade": ln.grade,
                "search": ln.search,
            }
            for ln in reflection_sheet(self.db, self.document_uuid)
        ]
        self._saved = {ln["member_uuid"]: dict(ln) for ln in lines}
        self.model.set_lines(lines)
        chi_bo = list(dict.fromkeys(ln["chi_bo"] for ln in lines))
        fill_combo(self.chi_bo, [(None, self.tr("Mọi chi bộ"))] + [(c, c) for c in chi_bo])

    def _update_totals(self, *_args: Any) -> None:
        # Counted as the list of documents and the overview count: of the members who
        # studied the document (present, or caught up at a make-up session).
        expected = [ln for ln in self.model.lines if ln["studied"]]
        handed = sum(1 for ln in expected if ln["submitted"])
        graded = sum(1 for ln in expected if ln["grade"])
        self.totals.setText(
            self.tr(
                "Đã nộp {handed}/{total} đảng viên đã học tập, đã xếp loại {graded}"
            ).format(
                handed=format_int(handed), total=format_int(len(expected)),
                graded=format_int(graded),
            )
        )

    def _selected_source_rows(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return sorted(self.proxy.mapToSource(i).row() for i in rows)

    def toggle_selected(self) -> None:
        rows = self._selected_source_rows()
        if not rows:
            return
        # All ticked already: untick; otherwise tick them all.
        tick = not all(self.model.lines[r]["submitted"] for r in rows)
        for row in rows:
            if self.model.lines[row]["submitted"] != tick:
                self.model.set_submitted(row, tick)

    def tick_shown(self) -> None:
        # Rows first, then ticks: a ticked row may leave the view ("Chỉ người chưa nộp").
        rows = [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]
        for row in rows:
            if not self.model.lines[row]["submitted"]:
                self.model.set_submitted(row, True)

    def snapshot(self) -> Any:
        return self.model.snapshot()

    def write(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.view and self.view.isAncestorOf(focus):
            self.view.commitData(focus)
        changed = [
            ln for ln in self.model.lines
            if (ln["submitted"], ln["submitted_on"], ln["grade"]) != (
                self._saved[ln["member_uuid"]]["submitted"],
                self._saved[ln["member_uuid"]]["submitted_on"],
                self._saved[ln["member_uuid"]]["grade"],
            )
        ]
        save_reflections(
            self.db,
            [
                Reflection(
                    member_uuid=ln["member_uuid"],
                    document_uuid=self.document_uuid,
                    submitted=ln["submitted"],
                    submitted_on=ln["submitted_on"] or None,
                    grade=ln["grade"],
                )
                for ln in changed
            ],
        )
        self._saved = {ln["member_uuid"]: dict(ln) for ln in self.model.lines}


class ReflectionsPage(ListPage):
    can_create = False

    def heading_text(self) -> str:
        return self.tr("Bài thu hoạch theo văn bản")

    def noun(self) -> str:
        return self.tr("văn bản")

    def edit_text(self) -> str:
        return self.tr("Nhập bài thu hoạch")

    def make_columns(self) -> list[Column]:
        return [
            Column("symbol", self.tr("Số, ký hiệu"), width=13, least=10),
            Column("title", self.tr("Trích yếu"), stretch=True),
            Column("issued_on", self.tr("Ngày ban hành"), "date", width=11),
            Column("studied", self.tr("Học tập"), width=12),
            Column(
                "submitted", self.tr("Đã nộp"), "int", width=11,
                display=lambda r: f"{format_int(r['submitted'])}/{format_int(r['expected'])}",
            ),
            Column("rate", self.tr("Tỷ lệ nộp"), "percent", width=9),
            Column("graded", self.tr("Đã xếp loại"), "int", width=10),
        ]

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("year", self.tr("Mọi năm"), descending=True),
            FilterSpec("studied", self.tr("Đã và chưa học tập")),
        ]

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return reflection_document_rows(self.db)

    def new_item(self) -> None:
        """Ctrl+N here opens the sheet of the chosen document: there is nothing else to add."""
        if self.selected_row() is None:
            show_message(
                self,
                self.tr("Bài thu hoạch"),
                self.tr("Hãy chọn một văn bản trong danh sách rồi bấm “Nhập bài thu hoạch”."),
            )
            return
        self.edit_selected()

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        if row is None:
            return None
        return ReflectionSheet(self.db, row["uuid"], self)
