"""The conference editor: everything the minutes of a study conference hold.

One dialog, one tab per part of the minutes. Lưu (Ctrl+S) writes the
conference, everything under it and the attendance marks in one transaction;
a refusal shows every problem at once in red and writes nothing. Leaving with
unsaved changes asks first.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from gui.conferences.attendance_sheet import AttendanceSheet
from gui.widgets.numbers import format_int as show_int
from gui.widgets.numbers import format_percent as show_percent
from gui.window.help import add_help_key
from models.attendance import MakeupSession, list_makeup_sessions
from models.conference_editing import makeup_attendees, save_conference_with_attendance
from models.conferences import (
    FORMATS,
    KINDS,
    PRESENTER_LEVELS,
    BridgePoint,
    Conference,
    ConferenceDetail,
    Guest,
    Presenter,
    Speech,
    get_conference_detail,
    next_reg_number,
)
from models.documents import list_documents
from models.errors import UserError, ValidationError
from models.lookups import lookup_codes, lookup_names
from models.rules.records import votes_problem
from models.settings import get_settings
from models.store import can_edit
from models.vntext import (
    format_date,
    format_int,
    parse_int,
    rate_percent,
    search_key,
)

ERROR_STYLE = "color: #b00020; font-weight: bold;"
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


class _ChoiceDelegate(QStyledItemDelegate):
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


class ConferenceEditor(QDialog):
    """Create or change one study conference.

    ``saved(uuid)`` fires after every successful Lưu; ``was_saved`` tells the
    caller whether anything was written while the editor was open.
    """

    saved = Signal(str)

    def __init__(self, db: Database, conference_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.was_saved = False
        self.detail: ConferenceDetail | None = None
        self._was_final = False
        self._clean: tuple = ()
        self._sessions = 0
        self._makeup_sessions: list[MakeupSession] = []
        self._makeup_people: dict[str, list[str]] = {}
        self.settings = get_settings(db)
        self.setWindowTitle(self.tr("Hội nghị"))
        self.setSizeGripEnabled(True)

        self._kinds = {
            "hoc_tap": self.tr("Học tập"),
            "quan_triet": self.tr("Quán triệt"),
            "trien_khai": self.tr("Triển khai"),
            "so_ket": self.tr("Sơ kết"),
            "tong_ket": self.tr("Tổng kết"),
        }
        self._formats = {
            "truc_tiep": self.tr("Trực tiếp"),
            "truc_tuyen": self.tr("Trực tuyến"),
            "ket_hop": self.tr("Kết hợp"),
        }
        self._levels = {
            "TW": self.tr("Báo cáo viên Trung ương"),
            "tinh": self.tr("Báo cáo viên cấp tỉnh"),
            "huyen": self.tr("Báo cáo viên cấp huyện"),
            "co_so": self.tr("Tuyên truyền viên cơ sở"),
        }
        for code, label in KINDS.items():
            self._kinds.setdefault(code, label)
        for code, label in FORMATS.items():
            self._formats.setdefault(code, label)
        for code, label in PRESENTER_LEVELS.items():
            self._levels.setdefault(code, label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("Thông tin chung"))
        self.tabs.addTab(self._documents_tab(), self.tr("Văn bản, báo cáo viên"))
        self.tabs.addTab(self._bridge_tab(), self.tr("Điểm cầu"))
        self.tabs.addTab(self._guests_tab(), self.tr("Khách mời"))
        self.tabs.addTab(self._discussion_tab(), self.tr("Thảo luận"))
        conclusion = self.tabs.addTab(self._conclusion_tab(), self.tr("Kết luận"))
        self.tabs.setTabToolTip(conclusion, self.tr("Kết luận, biểu quyết"))
        self.sheet = AttendanceSheet(db)
        self.sheet.save_first = self._save_before_makeup
        self.sheet.makeup_recorded.connect(self._show_makeup)
        self.sheet.changed.connect(self._show_makeup_summary)
        self.attendance_tab = self.tabs.addTab(self.sheet, self.tr("Điểm danh"))
        self.tabs.addTab(self._makeup_tab(), self.tr("Học bù"))
        # Every tab in sight, whole, at any text size: the editor is never narrower
        # than its tab names, and no tab hides behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)

        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.status = QLabel()
        self.btn_save = QPushButton(self.tr("Lưu (Ctrl+S)"))
        self.btn_close = QPushButton(self.tr("Đóng"))
        self.btn_save.clicked.connect(lambda: self.save())
        self.btn_close.clicked.connect(lambda: self.reject())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        add_help_key(self, self.help_section)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        self._add_print_buttons(bottom)
        bottom.addWidget(self.btn_save)
        bottom.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

        for button in self.findChildren(QPushButton):
            # Enter in a field must never save or close behind the clerk's back.
            button.setAutoDefault(False)
            button.setDefault(False)

        if conference_id is None:
            self._load_new()
        else:
            self._load(get_conference_detail(db, conference_id))
        self._fit_to_screen()
        # The clerk starts typing at once: the name of the conference, on the first tab.
        self.tabs.setCurrentIndex(0)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_section(self) -> str:
        """F1: the help of the tab in front."""
        index = self.tabs.currentIndex()
        if index == self.attendance_tab:
            return "attendance"
        return "makeup" if index == self.tabs.count() - 1 else "conference"

    def _fit_to_screen(self) -> None:
        """1180×700 where there is room; never past the screen (with large text on a
        1,366×768 screen the editor takes what there is, its title bar included)."""
        width, height = 1180, 700
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(max(width, self.minimumSizeHint().width()), room.width())
            height = min(height, room.height() - 40)
        self.resize(width, height)

    # --- building the tabs ----------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("Ví dụ: Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW")
        )
        self.kind = QComboBox()
        for code, label in self._kinds.items():
            self.kind.addItem(label, code)
        self.format = QComboBox()
        for code, label in self._formats.items():
            self.format.addItem(label, code)
        self.host_level = QComboBox()
        self.host_level.setEditable(True)
        self.host_level.addItems(["", *lookup_names(self.db, "level")])
        # The boxes give way rather than widen the editor past a small screen with
        # large text (their lists still open wide enough to read).
        for box in (self.kind, self.format, self.host_level):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.place = QLineEdit()
        self.chair = QLineEdit()
        self.chair_position = QLineEdit()
        self.secretary = QLineEdit()
        self.secretary_position = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(
            self.tr("Nội dung hội nghị (các văn bản được học tập, quán triệt, triển khai…)")
        )
        self.reg_number = QSpinBox()
        self.reg_number.setRange(0, 9999)
        self.reg_number.setSpecialValueText(self.tr("chưa ghi"))
        self.btn_next_number = QPushButton(self.tr("Lấy số tiếp theo"))
        self.btn_next_number.clicked.connect(self._next_number)
        self.term = QLineEdit()
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #8a5a00;")
        self.read_only_note.hide()

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        # Places and positions run long ("Bí thư Đảng ủy, Chủ tịch UBND xã"), names
        # do not: the place takes a whole line, a position two thirds of one.
        grid.addWidget(label(self.tr("&Tên hội nghị (*):"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 5)
        grid.addWidget(label(self.tr("Loại:"), self.kind), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(label(self.tr("Hình thức:"), self.format), 1, 2)
        grid.addWidget(self.format, 1, 3)
        grid.addWidget(label(self.tr("Cấp chủ trì:"), self.host_level), 1, 4)
        grid.addWidget(self.host_level, 1, 5)
        grid.addWidget(label(self.tr("Bắt đầu:"), self.starts), 2, 0)
        grid.addWidget(self.starts, 2, 1)
        grid.addWidget(label(self.tr("Kết thúc:"), self.ends), 2, 2)
        grid.addWidget(self.ends, 2, 3)
        grid.addWidget(label(self.tr("Nhiệm kỳ:"), self.term), 2, 4)
        grid.addWidget(self.term, 2, 5)
        grid.addWidget(label(self.tr("Địa điểm:"), self.place), 3, 0)
        grid.addWidget(self.place, 3, 1, 1, 5)
        grid.addWidget(label(self.tr("Chủ trì:"), self.chair), 4, 0)
        grid.addWidget(self.chair, 4, 1)
        grid.addWidget(label(self.tr("Chức vụ:"), self.chair_position), 4, 2)
        grid.addWidget(self.chair_position, 4, 3, 1, 3)
        grid.addWidget(label(self.tr("Người ghi biên bản:"), self.secretary), 5, 0)
        grid.addWidget(self.secretary, 5, 1)
        grid.addWidget(label(self.tr("Chức vụ:"), self.secretary_position), 5, 2)
        grid.addWidget(self.secretary_position, 5, 3, 1, 3)
        grid.addWidget(label(self.tr("Nội dung:"), self.content), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.content, 6, 1, 1, 5)
        number_row = QHBoxLayout()
        number_row.addWidget(self.reg_number)
        number_row.addWidget(self.btn_next_number)
        number_row.addStretch(1)
        grid.addWidget(label(self.tr("Số biên bản:"), self.reg_number), 7, 0)
        grid.addLayout(number_row, 7, 1)
        grid.addWidget(label(self.tr("Số bản:"), self.copies), 7, 2)
        copies_row = QHBoxLayout()
        copies_row.addWidget(self.copies)
        copies_row.addStretch(1)
        grid.addLayout(copies_row, 7, 3)
        grid.addWidget(self.read_only_note, 8, 0, 1, 6)
        # Tab goes through the fields as they are read: left to right, line by line.
        order = (
            self.title, self.kind, self.format, self.host_level, self.starts, self.ends,
            self.term, self.place, self.chair, self.chair_position, self.secretary,
            self.secretary_position, self.content, self.reg_number, self.btn_next_number,
            self.copies,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(5, 3)
        grid.setRowStretch(6, 1)
        self.general_page = page
        return page

    def _documents_tab(self) -> QWidget:
        page = QWidget()
        self._doc_types = lookup_codes(self.db, "doc_type")
        self._documents = {d.uuid: d for d in list_documents(self.db)}
        self._doc_labels = {uuid: self._document_label(uuid) for uuid in self._documents}
        self._doc_folded = {uuid: search_key(text) for uuid, text in self._doc_labels.items()}

        self.doc_search = QLineEdit()
        self.doc_search.setPlaceholderText(self.tr("Tìm văn bản theo số, tên (không cần dấu)…"))
        self.doc_search.setClearButtonEnabled(True)
        self.doc_search.textChanged.connect(self._filter_documents)
        # Enter adds the document found (the first one shown, highlighted as it is typed).
        self.doc_search.returnPressed.connect(self._add_document)
        self.doc_register = QListWidget()
        self.doc_chosen = QListWidget()
        for view in (self.doc_register, self.doc_chosen):
            # Titles are long: wrap them rather than scroll sideways.
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setAlternatingRowColors(True)
            view.setSpacing(2)
        for uuid, text in self._doc_labels.items():
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, uuid)
            item.setToolTip(text)
            self.doc_register.addItem(item)
        self.doc_register.itemActivated.connect(lambda _item: self._add_document())
        self.doc_chosen.itemActivated.connect(lambda _item: self._remove_document())
        self.btn_doc_add = QPushButton(self.tr("Chọn văn bản →"))
        self.btn_doc_remove = QPushButton(self.tr("← Bỏ chọn"))
        self.btn_doc_add.clicked.connect(self._add_document)
        self.btn_doc_remove.clicked.connect(self._remove_document)

        register = QVBoxLayout()
        register.addWidget(QLabel(self.tr("Sổ văn bản:")))
        register.addWidget(self.doc_search)
        register.addWidget(self.doc_register, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.btn_doc_add)
        middle.addWidget(self.btn_doc_remove)
        middle.addStretch(1)
        chosen = QVBoxLayout()
        chosen.addWidget(QLabel(self.tr("Văn bản học tập tại hội nghị:")))
        chosen.addWidget(self.doc_chosen, 1)
        docs = QGroupBox(self.tr("Văn bản học tập, quán triệt"))
        docs_layout = QHBoxLayout(docs)
        docs_layout.addLayout(register, 3)
        docs_layout.addLayout(middle)
        docs_layout.addLayout(chosen, 3)

        self.presenters = RowsTable(
            [self.tr("Họ và tên (*)"), self.tr("Cấp báo cáo viên"), self.tr("Chức vụ"),
             self.tr("Nội dung trình bày (*)")]
        )
        required = self.tr(
            "(*) phải ghi: biên bản in họ tên báo cáo viên và nội dung đồng chí trình bày."
        )
        for column in (0, 3):
            self.presenters.table.horizontalHeaderItem(column).setToolTip(required)
        self.presenters_note = QLabel(required)
        self.presenters_note.setWordWrap(True)
        self.presenters_note.setStyleSheet("color: #555;")
        self.presenters.table.setItemDelegateForColumn(
            1, _ChoiceDelegate(self._levels, self.presenters.table)
        )
        presenters = QGroupBox(self.tr("Báo cáo viên"))
        presenters_layout = QVBoxLayout(presenters)
        presenters_layout.addWidget(self.presenters)
        presenters_layout.addWidget(self.presenters_note)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(docs)
        split.addWidget(presenters)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(split)
        self.documents_page = page
        return page

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

    # --- loading --------------------------------------------------------------

    def _document_label(self, uuid: str) -> str:
        doc = self._documents.get(uuid)
        if doc is None:
            return self.tr("(văn bản không còn trong sổ)")
        kind = self._doc_types.get(doc.type_code, doc.type_code)
        when = self.tr(" ngày {date}").format(date=format_date(doc.issued_on)) if (
            doc.issued_on
        ) else ""
        return self.tr("{kind} số {symbol}{when} — {title}").format(
            kind=kind, symbol=doc.symbol, when=when, title=doc.title
        )

    def _load_new(self) -> None:
        today = dt.date.today()
        start = dt.datetime.combine(today, dt.time(8, 0))
        conf = Conference(
            kind="hoc_tap",
            format="truc_tiep",
            title="",
            starts_at=start.isoformat(timespec="minutes"),
            ends_at=(start + dt.timedelta(hours=3)).isoformat(timespec="minutes"),
            term=self.settings.term,
            place=self.settings.place,
            # Who usually chairs and signs (Cài đặt, first start): the minutes need one.
            chair_name=self.settings.leader_name,
            chair_position=self.settings.leader_position if self.settings.leader_name else "",
        )
        self.detail = ConferenceDetail(conference=conf)
        self._fill(self.detail)
        self.reg_number.setValue(next_reg_number(self.db, self.term.text().strip()))
        self.sheet.load(None, today)
        # A conference typed in late: its roster is who had joined the Party by its day.
        self.starts.dateChanged.connect(self._new_conference_date)
        self._show_makeup()
        self.setWindowTitle(self.tr("Hội nghị mới"))
        self._clean = self._state()

    def _new_conference_date(self, date) -> None:
        if not self.detail.conference.uuid:  # once saved, the sheet is the register's
            self.sheet.follow_date(date.toPython())

    def _load(self, detail: ConferenceDetail) -> None:
        self.detail = detail
        self._fill(detail)
        starts = dt.date.fromisoformat(detail.conference.starts_at[:10])
        self.sheet.load(detail.conference.uuid, starts)
        self._show_makeup()
        self.setWindowTitle(self.tr("Hội nghị: {title}").format(title=detail.conference.title))
        owned = can_edit(self.db, detail.conference.owner_unit)
        for page in (
            self.general_page,
            self.documents_page,
            self.guests_page,
            self.discussion_page,
            self.conclusion_page,
        ):
            for child in page.findChildren(QWidget):
                if child is not self.read_only_note:
                    child.setEnabled(owned)
        self.read_only_note.setVisible(not owned)
        if not owned:
            self.read_only_note.setText(
                self.tr(
                    "Hội nghị này do cấp trên tổ chức. Ở đây chỉ ghi điểm cầu, điểm danh và "
                    "học bù của đơn vị mình; các phần khác chỉ xem."
                )
            )
        self._clean = self._state()

    def _fill(self, detail: ConferenceDetail) -> None:
        conf = detail.conference
        self.title.setText(conf.title)
        self.kind.setCurrentIndex(max(self.kind.findData(conf.kind), 0))
        self.format.setCurrentIndex(max(self.format.findData(conf.format), 0))
        self.host_level.setCurrentText(conf.host_level)
        self.starts.setDateTime(_qdatetime(conf.starts_at))
        self.ends.setDateTime(_qdatetime(conf.ends_at or conf.starts_at))
        self.place.setText(conf.place)
        self.chair.setText(conf.chair_name)
        self.chair_position.setText(conf.chair_position)
        self.secretary.setText(conf.secretary_name)
        self.secretary_position.setText(conf.secretary_position)
        self.content.setPlainText(conf.content)
        self.reg_number.setValue(conf.reg_number or 0)
        self.term.setText(conf.term)
        self.copies.setValue(max(conf.copies, 1))
        for field in (
            self.title, self.place, self.chair, self.chair_position, self.secretary,
            self.secretary_position, self.term, self.host_level.lineEdit(),
        ):
            field.setCursorPosition(0)  # long text shows its beginning, not its end
        self.conclusion.setPlainText(conf.conclusion)
        for edit, value in (
            (self.votes_for, conf.votes_for),
            (self.votes_against, conf.votes_against),
            (self.votes_other, conf.votes_other),
        ):
            edit.setText("" if value is None else format_int(value))

        self.doc_chosen.clear()
        for uuid in detail.document_uuids:
            self._append_chosen(uuid)
        self.presenters.clear()
        for p in detail.presenters:
            row = self.presenters.add_row(
                [p.name, self._levels.get(p.level, p.level), p.position_title, p.topic], p.uuid
            )
            self.presenters.set_code(row, 1, p.level, self._levels.get(p.level, p.level))
        self.bridges.clear()
        for b in detail.bridge_points:
            self.bridges.add_row([b.name, b.host_person, format_int(b.attendees)], b.uuid)
        self.guests.clear()
        for g in detail.guests:
            self.guests.add_row([g.name, g.position_title], g.uuid)
        self.speeches.clear()
        for s in detail.discussion:
            self.speeches.add_row([s.speaker, s.speaker_position, s.content], s.uuid)
        self._show_bridge_total()
        self._show_vote_rates()

    # --- documents ------------------------------------------------------------

    def _filter_documents(self, text: str) -> None:
        tokens = search_key(text).split()
        first = None
        for row in range(self.doc_register.count()):
            item = self.doc_register.item(row)
            folded = self._doc_folded.get(item.data(UUID_ROLE), "")
            item.setHidden(not all(t in folded for t in tokens))
            if first is None and not item.isHidden():
                first = item
        current = self.doc_register.currentItem()
        if current is None or current.isHidden():
            # What Enter in the search box will add is the line highlighted.
            self.doc_register.setCurrentItem(first)

    def _chosen_uuids(self) -> list[str]:
        return [self.doc_chosen.item(r).data(UUID_ROLE) for r in range(self.doc_chosen.count())]

    def _append_chosen(self, uuid: str) -> None:
        item = QListWidgetItem(self._doc_labels.get(uuid) or self._document_label(uuid))
        item.setData(UUID_ROLE, uuid)
        item.setToolTip(item.text())
        self.doc_chosen.addItem(item)

    def _add_document(self) -> None:
        item = self.doc_register.currentItem()
        if item is None or item.isHidden():
            return
        uuid = item.data(UUID_ROLE)
        if uuid not in self._chosen_uuids():
            self._append_chosen(uuid)

    def _remove_document(self) -> None:
        row = self.doc_chosen.currentRow()
        if row >= 0:
            self.doc_chosen.takeItem(row)

    # --- live figures ---------------------------------------------------------

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

    def _next_number(self) -> None:
        self.reg_number.setValue(next_reg_number(self.db, self.term.text().strip()))

    # --- make-up sessions -----------------------------------------------------

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

    # --- collecting and saving ------------------------------------------------

    def _state(self) -> tuple:
        """Everything the clerk can change, to tell whether anything was."""
        return (
            self.title.text(),
            self.kind.currentData(),
            self.format.currentData(),
            self.host_level.currentText(),
            self.starts.dateTime().toString("yyyy-MM-ddTHH:mm"),
            self.ends.dateTime().toString("yyyy-MM-ddTHH:mm"),
            self.place.text(),
            self.chair.text(),
            self.chair_position.text(),
            self.secretary.text(),
            self.secretary_position.text(),
            self.content.toPlainText(),
            self.reg_number.value(),
            self.term.text(),
            self.copies.value(),
            self.conclusion.toPlainText(),
            self.votes_for.text(),
            self.votes_against.text(),
            self.votes_other.text(),
            tuple(self._chosen_uuids()),
            self.presenters.state(),
            self.bridges.state(),
            self.guests.state(),
            self.speeches.state(),
            tuple(self.sheet.pending_marks()),
        )

    def has_changes(self) -> bool:
        for rows in (self.presenters, self.bridges, self.guests, self.speeches):
            rows.commit_edit()
        return self._state() != self._clean

    def _collect(self) -> tuple[list[str], ConferenceDetail | None]:
        problems: list[str] = []
        votes: list[int | None] = []
        for label, edit in (
            (self.tr("Số phiếu tán thành"), self.votes_for),
            (self.tr("Số phiếu không tán thành"), self.votes_against),
            (self.tr("Số phiếu ý kiến khác"), self.votes_other),
        ):
            try:
                votes.append(parse_int(edit.text()))
            except ValueError:
                problems.append(
                    self.tr("{label} “{text}” phải là một số.").format(
                        label=label, text=edit.text().strip()
                    )
                )
                votes.append(None)
        bridge_points = []
        for uuid, texts, _codes in self.bridges.rows():
            try:
                attendees = parse_int(texts[2]) or 0
            except ValueError:
                problems.append(
                    self.tr("Số người dự tại điểm cầu “{name}” phải là một số.").format(
                        name=texts[0]
                    )
                )
                attendees = 0
            bridge_points.append(
                BridgePoint(uuid=uuid, name=texts[0], host_person=texts[1], attendees=attendees)
            )
        problems += self._votes_beyond_attendance(votes, bridge_points)
        if problems:
            return problems, None
        base = self.detail.conference if self.detail else None
        assert base is not None
        status = "draft" if self._was_final else base.status
        conf = dataclasses.replace(
            base,
            title=self.title.text(),
            kind=self.kind.currentData(),
            format=self.format.currentData(),
            host_level=self.host_level.currentText(),
            starts_at=self.starts.dateTime().toString("yyyy-MM-ddTHH:mm"),
            ends_at=self.ends.dateTime().toString("yyyy-MM-ddTHH:mm"),
            place=self.place.text(),
            chair_name=self.chair.text(),
            chair_position=self.chair_position.text(),
            secretary_name=self.secretary.text(),
            secretary_position=self.secretary_position.text(),
            content=self.content.toPlainText(),
            reg_number=self.reg_number.value() or None,
            term=self.term.text(),
            copies=self.copies.value(),
            conclusion=self.conclusion.toPlainText(),
            votes_for=votes[0],
            votes_against=votes[1],
            votes_other=votes[2],
            status=status,
        )
        detail = ConferenceDetail(
            conference=conf,
            document_uuids=self._chosen_uuids(),
            presenters=[
                Presenter(
                    uuid=uuid,
                    name=texts[0],
                    level=codes[1] or _code_for(self._levels, texts[1]),
                    position_title=texts[2],
                    topic=texts[3],
                )
                for uuid, texts, codes in self.presenters.rows()
            ],
            bridge_points=bridge_points,
            guests=[
                Guest(uuid=uuid, name=texts[0], position_title=texts[1])
                for uuid, texts, _codes in self.guests.rows()
            ],
            discussion=[
                Speech(uuid=uuid, speaker=texts[0], speaker_position=texts[1], content=texts[2])
                for uuid, texts, _codes in self.speeches.rows()
            ],
        )
        return [], detail

    def _votes_beyond_attendance(
        self, votes: list[int | None], bridge_points: list[BridgePoint]
    ) -> list[str]:
        """The record rule on votes (``models.rules.records.votes_problem``), said before
        saving with the marks and rows as they are on screen. Another office's conference
        keeps its own votes, counted against its own attendance, not this unit's."""
        if self.detail and not can_edit(self.db, self.detail.conference.owner_unit):
            return []
        problem = votes_problem(
            votes, self.sheet.totals().present, len(self.guests.rows()),
            sum(b.attendees for b in bridge_points),
        )
        return [problem] if problem else []

    def show_problems(self, problems: list[str]) -> None:
        if problems:
            self.problems.setText(
                self.tr("Chưa lưu được:") + "\n" + "\n".join(f"• {p}" for p in problems)
            )
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()

    def save(self) -> bool:
        """Lưu: everything in one transaction, or nothing and the reasons in red."""
        for rows in (self.presenters, self.bridges, self.guests, self.speeches):
            rows.commit_edit()
        problems, detail = self._collect()
        if problems or detail is None:
            self.show_problems(problems)
            return False
        try:
            saved = save_conference_with_attendance(self.db, detail, self.sheet.pending_marks())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except UserError as exc:
            self.show_problems([str(exc)])
            return False
        self.show_problems([])
        self._was_final = False
        self._load(saved)
        self.was_saved = True
        self.status.setText(
            self.tr("Đã lưu lúc {time}.").format(time=dt.datetime.now().strftime("%H:%M"))
        )
        self.saved.emit(saved.conference.uuid)
        return True

    # --- printing (gui.printing.jobs) ------------------------------------------------

    def _add_print_buttons(self, row: QHBoxLayout) -> None:
        self.btn_preview = QPushButton(self.tr("Xem trước biên bản"))
        self.btn_preview.clicked.connect(lambda: self.preview_minutes())
        self.btn_print = QPushButton(self.tr("In biên bản"))
        self.btn_print.setToolTip(self.tr("In biên bản (Ctrl+P)"))
        self.btn_print.clicked.connect(lambda: self.print_minutes())
        self.btn_signin = QPushButton(self.tr("Danh sách ký…"))
        self.btn_signin.setToolTip(self.tr("In danh sách đảng viên ký dự hội nghị"))
        self.btn_signin.clicked.connect(lambda: self.open_signin())
        for button in (self.btn_preview, self.btn_print, self.btn_signin):
            row.addWidget(button)
        self.status.setWordWrap(True)  # "Đã in biên bản lúc …" is a long line beside them
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_minutes)

    def _saved_for_print(self) -> str | None:
        """The conference as saved (the paper must match the register); None: not now."""
        if self.detail is None or not self.detail.conference.uuid or self.has_changes():
            answer = ask(
                self,
                self.tr("Lưu trước khi in"),
                self.tr("Bản in lấy từ sổ dữ liệu, nên hội nghị cần được lưu trước. Lưu ngay?"),
                [
                    (QMessageBox.StandardButton.Save, self.tr("Lưu")),
                    (QMessageBox.StandardButton.Cancel, self.tr("Hủy")),
                ],
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return None
        assert self.detail is not None
        return self.detail.conference.uuid

    def _after_print(self) -> None:
        """Printed for signing: the editor now holds a final conference."""
        uuid = self.detail.conference.uuid if self.detail else None
        if uuid:
            self._load(get_conference_detail(self.db, uuid))
            # A later Lưu turns the minutes back into a draft, as when opening a final one.
            self._was_final = True
        self.was_saved = True
        self.status.setText(
            self.tr("Đã in biên bản lúc {time}. Nếu sửa và lưu, biên bản trở lại bản nháp "
                    "và cần in lại để ký.").format(time=dt.datetime.now().strftime("%H:%M"))
        )

    def preview_minutes(self) -> QDialog | None:
        from gui.printing.jobs import minutes_job
        from gui.printing.preview import preview_job

        uuid = self._saved_for_print()
        if uuid is None:
            return None
        dialog = preview_job(self, self.db, minutes_job(uuid))
        if dialog is not None:
            dialog.printed.connect(self._after_print)
        return dialog

    def print_minutes(self) -> bool:
        from gui.printing.jobs import minutes_job, print_job

        uuid = self._saved_for_print()
        if uuid is None or not print_job(self, self.db, minutes_job(uuid)):
            return False
        self._after_print()
        return True

    def open_signin(self) -> QDialog | None:
        from gui.printing.dialogs import SigninDialog

        uuid = self._saved_for_print()
        if uuid is None:
            return None
        dialog = SigninDialog(self.db, uuid, self.title.text(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- leaving --------------------------------------------------------------

    def confirm_edit_final(self) -> bool:
        """The minutes went out for signing: ask before changing them."""
        if not self.detail or self.detail.conference.status != "final":
            return True
        answer = ask(
            self,
            self.tr("Biên bản đã in"),
            self.tr("Biên bản đã in để ký. Bạn vẫn muốn sửa?"),
            [
                (QMessageBox.StandardButton.Yes, self.tr("Vẫn sửa")),
                (QMessageBox.StandardButton.No, self.tr("Không sửa")),
            ],
            QMessageBox.StandardButton.No,
            self.tr("Sau khi lưu, biên bản trở lại bản nháp và cần in lại để ký."),
        )
        self._was_final = answer == QMessageBox.StandardButton.Yes
        return self._was_final

    def reject(self) -> None:
        if self.has_changes():
            answer = ask(
                self,
                self.tr("Chưa lưu"),
                self.tr("Hội nghị có thay đổi chưa lưu. Bạn có muốn lưu trước khi đóng?"),
                [
                    (QMessageBox.StandardButton.Save, self.tr("Lưu")),
                    (QMessageBox.StandardButton.Discard, self.tr("Không lưu")),
                    (QMessageBox.StandardButton.Cancel, self.tr("Hủy")),
                ],
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()


def _qdatetime(text: str) -> QDateTime:
    moment = dt.datetime.fromisoformat(text)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _code_for(choices: dict[str, str], label: str) -> str:
    for code, text in choices.items():
        if text == label:
            return code
    return label


def open_conference_editor(
    parent: QWidget | None,
    db: Database,
    conference_id: int | None,
    on_saved: Callable[[str], None] | None = None,
) -> bool:
    """Open the editor (modal); True if anything was saved (``on_saved`` gets its uuid)."""
    editor = ConferenceEditor(db, conference_id, parent)
    if not editor.confirm_edit_final():
        editor.deleteLater()
        return False
    if on_saved is not None:
        editor.saved.connect(on_saved)
    editor.exec()
    saved = editor.was_saved
    editor.deleteLater()
    return saved
