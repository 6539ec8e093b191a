"""A page that is a list: buttons, search box, filters, the table, the deleted items.

Each page says which columns it shows, which filters fit it, where its rows
come from and how to open, delete and restore an item; this class does the
rest the same way everywhere, so the clerk learns it once.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import ShrinkingCombo, confirm_delete, follow_text_size, show_message
from gui.widgets.numbers import format_int
from gui.widgets.tablemodel import Column, FoldFilterProxy, RowTableModel, RowTableView
from models.errors import UserError
from models.recycle import restore
from models.register import Register


@dataclass(frozen=True)
class FilterSpec:
    """A combo box that keeps rows whose ``key`` equals the chosen value."""

    key: str
    all_text: str
    label: Callable[[Any], str] = str
    descending: bool = False


class ListPage(QWidget):
    """Base of the list pages. Subclasses set the class attributes and the hooks."""

    countChanged = Signal()

    table_name: str | None = None  # for restoring deleted items; None: no deleted view
    can_create = True

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.showing_deleted = False
        self._editor: QDialog | None = None
        self._filter_combos: list[tuple[FilterSpec, QComboBox]] = []

        layout = QVBoxLayout(self)
        self.heading = follow_text_size(QLabel(self.heading_text(), self), 1.25)
        layout.addWidget(self.heading)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.new_text(), self)
        self.new_button.setToolTip(self.tr("Thêm mới (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.edit_text(), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Xóa"), self)
        self.delete_button.setToolTip(self.tr("Xóa mục đang chọn (phím Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Khôi phục"), self)
        self.restore_button.setToolTip(self.tr("Đưa mục đã xóa trở lại danh sách"))
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.new_button, self.edit_button, self.delete_button, self.restore_button):
            actions.addWidget(button)
        self.extra_actions = QHBoxLayout()
        actions.addLayout(self.extra_actions)
        actions.addStretch(1)
        self.deleted_button = QPushButton(self.tr("Mục đã xóa"), self)
        self.deleted_button.setCheckable(True)
        self.deleted_button.setToolTip(self.tr("Xem các mục đã xóa để khôi phục"))
        self.deleted_button.toggled.connect(self.set_showing_deleted)
        actions.addWidget(self.deleted_button)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm (gõ không dấu cũng được)… Ctrl+F"))
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_search()
        filters.addWidget(self.search, 2)
        for spec in self.filter_specs():
            combo = ShrinkingCombo(self)
            combo.setMaxVisibleItems(20)
            combo.currentIndexChanged.connect(self._filter_changed)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            filters.addWidget(combo)
            self._filter_combos.append((spec, combo))
        filters.addStretch(0)
        # Beside the search and filters: it writes out what they leave on screen.
        self.excel_button = QPushButton(self.tr("Xuất Excel"), self)
        self.excel_button.setToolTip(
            self.tr("Ghi danh sách đang hiển thị (đã tìm, lọc, sắp xếp) ra tệp Excel")
        )
        self.excel_button.clicked.connect(self.export_excel)
        filters.addWidget(self.excel_button)
        layout.addLayout(filters)

        self.columns = self.make_columns()
        self.model = RowTableModel(self.columns, self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RowTableView(self)
        self.table.setModel(self.proxy)
        self.table.set_columns(self.columns)
        # Only activated: a double click emits doubleClicked and then activated, and
        # connecting both opened the same record in two editors. activated also
        # carries Enter (and a single click where the desktop opens on one click).
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._query_changed)
        self.proxy.rowsInserted.connect(self._count_changed)
        self.proxy.rowsRemoved.connect(self._count_changed)
        self.proxy.modelReset.connect(self._count_changed)
        self.proxy.layoutChanged.connect(self._count_changed)

        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        printing = getattr(self, "print_selected", None)  # pages that print define it
        if printing is not None:
            # Only on the page in front: the stack hides the others, and Qt skips hidden ones.
            print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
            print_key.setContext(Qt.ShortcutContext.WindowShortcut)
            print_key.activated.connect(printing)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._search_to_table)

        if self.table_name is None:
            self.deleted_button.hide()
            self.delete_button.hide()
        if not self.can_create:
            self.new_button.hide()
        self.restore_button.hide()
        self._loaded = False
        self._update_buttons()

    def _fit_search(self) -> None:
        # Enough to read what it is for and what was typed, even with large text.
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 18)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_search()

    # --- hooks for subclasses -------------------------------------------

    def heading_text(self) -> str:
        return ""

    def noun(self) -> str:
        return self.tr("mục")

    def new_text(self) -> str:
        return self.tr("Thêm mới")

    def edit_text(self) -> str:
        return self.tr("Sửa")

    def make_columns(self) -> list[Column]:
        return []

    def filter_specs(self) -> list[FilterSpec]:
        return []

    def fetch_rows(self, deleted: bool) -> list[dict[str, Any]]:
        return []

    def make_editor(self, row: dict[str, Any] | None) -> QDialog | None:
        """The editor for ``row`` (``None``: a new item), or ``None`` if handled already."""
        return None

    def delete_row(self, row: dict[str, Any]) -> None:
        """Delete through the models (raises ``UserError`` when refused)."""

    def describe(self, row: dict[str, Any]) -> str:
        return self.noun()

    # --- loading --------------------------------------------------------

    def refresh(self) -> None:
        """Load the rows again, keeping the selection and the filters where they were."""
        selected = self.selected_row()
        key = selected.get("uuid") if selected else None
        rows = self.fetch_rows(self.showing_deleted)
        self.model.set_rows(rows)
        self._fill_filters(rows)
        self._loaded = True
        if key is not None:
            self.select_uuid(key)
        self._update_buttons()
        self.countChanged.emit()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def _fill_filters(self, rows: list[dict[str, Any]]) -> None:
        for spec, combo in self._filter_combos:
            current = combo.currentData()
            values = sorted(
                {row.get(spec.key) for row in rows} - {None, ""},
                key=lambda v: v if isinstance(v, int) else str(v),
                reverse=spec.descending,
            )
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(spec.all_text, None)
            for value in values:
                combo.addItem(spec.label(value), value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            # The closed box stays narrow; its list opens wide enough to read every item.
            metrics = combo.fontMetrics()
            widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
            combo.view().setMinimumWidth(widest + metrics.averageCharWidth() * 4)
            combo.blockSignals(False)
            self.proxy.set_filter(spec.key, combo.currentData())

    def _filter_changed(self) -> None:
        for spec, combo in self._filter_combos:
            self.proxy.set_filter(spec.key, combo.currentData())
        self._update_buttons()

    def _query_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_buttons()

    def _count_changed(self, *_args: Any) -> None:
        self.countChanged.emit()

    # --- selection ------------------------------------------------------

    def selected_row(self) -> dict[str, Any] | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.proxy.row_at(indexes[0].row())

    def select_uuid(self, uuid: str) -> bool:
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.row_at(proxy_row).get("uuid") == uuid:
                index = self.proxy.index(proxy_row, 0)
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def reveal(self, uuid: str, *, edit: bool = True) -> bool:
        """Show the item ``uuid`` (clearing search and filters if they hide it), then open it."""
        if self.showing_deleted:
            self.set_showing_deleted(False)
        else:
            self.refresh()
        if not self.select_uuid(uuid):
            self.search.clear()
            for _spec, combo in self._filter_combos:
                combo.setCurrentIndex(0)
            if not self.select_uuid(uuid):
                return False
        if edit:
            self.edit_selected()
        return True

    def show_search(self, text: str) -> None:
        """The whole list (not the deleted items, no filters) searched for ``text``."""
        if self.showing_deleted:
            self.set_showing_deleted(False)
        for _spec, combo in self._filter_combos:
            combo.setCurrentIndex(0)
        self.search.setText(text)

    def _search_to_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _update_buttons(self, *_args: Any) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has and not self.showing_deleted)
        self.delete_button.setEnabled(has and not self.showing_deleted)
        self.restore_button.setEnabled(has and self.showing_deleted)

    # --- status bar -----------------------------------------------------

    def row_count_text(self) -> str:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        noun = self.noun()
        if self.showing_deleted:
            return self.tr("{shown}/{total} {noun} đã xóa").format(
                shown=format_int(shown), total=format_int(total), noun=noun
            )
        if shown == total:
            return self.tr("{total} {noun}").format(total=format_int(total), noun=noun)
        return self.tr("Đang hiển thị {shown}/{total} {noun}").format(
            shown=format_int(shown), total=format_int(total), noun=noun
        )

    # --- actions --------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_showing_deleted(self, on: bool) -> None:
        self.showing_deleted = on
        if self.deleted_button.isChecked() != on:
            self.deleted_button.setChecked(on)
        self.new_button.setVisible(self.can_create and not on)
        self.edit_button.setVisible(not on)
        self.delete_button.setVisible(not on)
        self.restore_button.setVisible(on)
        self.heading.setText(
            self.tr("{heading} — mục đã xóa").format(heading=self.heading_text())
            if on
            else self.heading_text()
        )
        self.refresh()

    def new_item(self) -> None:
        if self.showing_deleted:
            self.set_showing_deleted(False)
        if self.can_create:
            self._open(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.showing_deleted:
            return
        self._open(row)

    def _open(self, row: dict[str, Any] | None) -> None:
        editor = self.make_editor(row)
        if editor is None:
            return
        self._editor = editor
        editor.saved.connect(self._after_save)  # type: ignore[attr-defined]
        editor.finished.connect(self._editor_closed)
        editor.open()
        editor.activateWindow()

    def current_editor(self) -> QDialog | None:
        return self._editor

    def _after_save(self) -> None:
        saved = getattr(self._editor, "record_uuid", None)
        self.refresh()
        if saved:
            self.select_uuid(saved)

    def _editor_closed(self, _code: int) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.deleteLater()
        self.table.setFocus()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.showing_deleted or self.table_name is None:
            return
        if not confirm_delete(self, self.describe(row)):
            return
        try:
            self.delete_row(row)
        except UserError as exc:
            show_message(self, self.tr("Không xóa được"), str(exc), warning=True)
            return
        self.refresh()

    def export_excel(self) -> None:
        """Xuất Excel: the rows shown, as filtered and sorted, with the visible columns."""
        from gui.widgets.xlsx_export import export_list

        export_list(self, self.heading.text(), self.table, self.proxy, self.columns)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.showing_deleted or self.table_name is None:
            return
        try:
            restore(self.db, self.table_name, row["uuid"])
        except UserError as exc:
            show_message(self, self.tr("Không khôi phục được"), str(exc), warning=True)
            return
        self.refresh()
