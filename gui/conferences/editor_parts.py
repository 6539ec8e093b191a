"""Pieces of the conference editor: a question with the clerk's own buttons, and the table of
rows (presenters, bridge points, guests, speeches) typed in place.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
UUID_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[tuple[QMessageBox.StandardButton, str]],
    default: QMessageBox.StandardButton,
    informative: str = "",
) -> QMessageBox.StandardButton:
    """A question with buttons in the clerk's words; returns the button pressed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    flags = QMessageBox.StandardButton.NoButton
    for button, _ in buttons:
        flags |= button
    box.setStandardButtons(flags)
    for button, label in buttons:
        box.button(button).setText(label)
    box.setDefaultButton(default)
    box.setEscapeButton(buttons[-1][0])
    return QMessageBox.StandardButton(box.exec())


class ChoiceDelegate(QStyledItemDelegate):
    """A cell chosen from a fixed list; the code is kept beside the label."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("", "")
        for code, label in self.choices.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(CODE_ROLE) or "")
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
            model.setData(index, editor.currentData(), CODE_ROLE)


class RowsTable(QWidget):
    """An editable list of rows (presenters, bridge points, guests, speeches).

    Rows keep the identity (uuid) of the record they came from so that saving
    changes it in place rather than deleting and re-adding it.
    """

    changed = Signal()

    def __init__(
        self, headers: list[str], numeric: tuple[int, ...] = (), parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.numeric = numeric
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.btn_add = QPushButton(self.tr("Thêm dòng"))
        self.btn_remove = QPushButton(self.tr("Xóa dòng"))
        self.btn_up = QPushButton(self.tr("Lên trên"))
        self.btn_down = QPushButton(self.tr("Xuống dưới"))
        self.btn_add.clicked.connect(lambda: self.add_row())
        self.btn_remove.clicked.connect(lambda: self.remove_row())
        self.btn_up.clicked.connect(lambda: self.move_row(-1))
        self.btn_down.clicked.connect(lambda: self.move_row(1))
        buttons = QHBoxLayout()
        for button in (self.btn_add, self.btn_remove, self.btn_up, self.btn_down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: list[str] | None = None, uuid: str = "") -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if values and column < len(values) else ""
            item = QTableWidgetItem(text)
            if column in self.numeric:
                item.setTextAlignment(_RIGHT)
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(UUID_ROLE, uuid)
        self.table.blockSignals(False)
        if values is None:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()
        return row

    def set_code(self, row: int, column: int, code: str, label: str) -> None:
        self.table.blockSignals(True)
        item = self.table.item(row, column)
        item.setText(label)
        item.setData(CODE_ROLE, code)
        self.table.blockSignals(False)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for column in range(self.table.columnCount()):
            a = self.table.takeItem(row, column)
            b = self.table.takeItem(target, column)
            self.table.setItem(row, column, b)
            self.table.setItem(target, column, a)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, self.table.currentColumn())
        self.changed.emit()

    def clear(self) -> None:
        self.table.setRowCount(0)

    def commit_edit(self) -> None:
        """Take in a cell still being typed (Ctrl+S pressed before leaving it)."""
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)

    def rows(self) -> list[tuple[str, list[str], list[str]]]:
        """``(uuid, texts, codes)`` of every row that is not left blank."""
        result = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(self.table.columnCount())]
            texts = [item.text().strip() if item else "" for item in items]
            codes = [(item.data(CODE_ROLE) or "") if item else "" for item in items]
            if not any(texts):
                continue
            uuid = items[0].data(UUID_ROLE) if items[0] else ""
            result.append((uuid or "", texts, codes))
        return result

    def state(self) -> tuple:
        return tuple((u, tuple(t), tuple(c)) for u, t, c in self.rows())
