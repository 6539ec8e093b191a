"""The editor of an action programme or plan: its heading, its task table, progress notes."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import (
    DateField,
    IntField,
    TextBox,
    confirm,
    document_picker,
    fill_combo,
    fit_to_screen,
    narrow_combo,
    select_data,
)
from gui.widgets.editor import EditorDialog
from gui.widgets.tablemodel import Column, RowTableView
from models.errors import UserError, ValidationError
from models.listing import document_choices
from models.organisation import list_chi_bo
from models.plans import (
    PLAN_KINDS,
    TASK_STATUSES,
    Plan,
    PlanDetail,
    Task,
    add_progress,
    get_plan_detail,
    list_progress,
    save_plan,
)
from models.register import Register
from models.settings import get_settings
from models.store import can_edit
from models.vntext import parse_date
from models.vntext import show_date as format_date

TASK_KEYS = ("content", "lead", "partners", "deadline", "output", "status", "done_on")
DATE_KEYS = ("deadline", "done_on")


def _task_row(task: Task) -> dict[str, Any]:
    return {
        "uuid": task.uuid,
        "content": task.content,
        "lead": task.lead,
        "partners": task.partners,
        "deadline": format_date(task.deadline),
        "output": task.output,
        "status": task.status,
        "done_on": format_date(task.done_on),
    }


class TaskTableModel(QAbstractTableModel):
    """The plan's tasks as an editable table; dates are kept as typed until saved."""

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = headers
        self.tasks: list[dict[str, Any]] = []
        self.read_only = False
        self.today = dt.date.today()

    def set_tasks(self, tasks: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.tasks = tasks
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TASK_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def _overdue(self, task: dict[str, Any]) -> bool:
        if task["status"] == "done" or not task["deadline"]:
            return False
        try:
            deadline = parse_date(task["deadline"])
        except ValueError:
            return False
        return deadline is not None and deadline < self.today

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        key = TASK_KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "status":
                return TASK_STATUSES.get(task["status"], task["status"])
            return task[key]
        if role == Qt.ItemDataRole.EditRole:
            return task[key]
        if role == Qt.ItemDataRole.ForegroundRole and key == "deadline" and self._overdue(task):
            return QBrush(QColor("#b00020"))
        return None

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        key = TASK_KEYS[index.column()]
        text = str(value or "")
        if key in DATE_KEYS:
            try:
                day = parse_date(text)
                text = day.strftime("%d/%m/%Y") if day else ""
            except ValueError:
                pass  # kept as typed; the models say what is wrong on saving
        self.tasks[index.row()][key] = text
        self.dataChanged.emit(index, index)
        return True

    def add_task(self) -> int:
        row = len(self.tasks)
        self.beginInsertRows(QModelIndex(), row, row)
        self.tasks.append({k: "" for k in TASK_KEYS} | {"uuid": "", "status": "not_started"})
        self.endInsertRows()
        return row

    def remove_task(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.tasks[row]
        self.endRemoveRows()

    def move_task(self, row: int, step: int) -> int:
        target = row + step
        if not 0 <= target < len(self.tasks):
            return row
        self.beginResetModel()
        self.tasks[row], self.tasks[target] = self.tasks[target], self.tasks[row]
        self.endResetModel()
        return target

    def snapshot(self) -> tuple:
        return tuple(tuple(t[k] for k in ("uuid", *TASK_KEYS)) for t in self.tasks)


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the task statuses in the Tình trạng column."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        fill_combo(combo, list(TASK_STATUSES.items()))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlanEditor(EditorDialog):
    close_on_save = False

    help_section = "plans"

    def __init__(self, db: Register, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.record_uuid = uuid
        self.setWindowTitle(
            self.tr("Chương trình, kế hoạch mới") if uuid is None else self.tr("Sửa kế hoạch")
        )
        detail = get_plan_detail(db, uuid) if uuid is not None else None

        self.kind = QComboBox(self)
        fill_combo(self.kind, list(PLAN_KINDS.items()), "KH")
        self.number = IntField(
            self, placeholder=self.tr("số thứ tự trong nhiệm kỳ"), grouped=False
        )
        self.term = QLineEdit(self)
        self.issued_on = DateField(self)
        self.title_field = QLineEdit(self)
        self.title_field.setPlaceholderText(
            self.tr("ví dụ: Kế hoạch thực hiện Nghị quyết số 57-NQ/TW")
        )
        self.document = document_picker(
            self, document_choices(db), none_text=self.tr("(không gắn văn bản)")
        )
        self.chi_bo = narrow_combo(QComboBox(self))
        fill_combo(
            self.chi_bo,
            [(None, self.tr("(toàn Đảng bộ)"))] + [(c.uuid, c.name) for c in list_chi_bo(db)],
        )
        self.purpose = TextBox(self, lines=2)
        # Two fields to a line where they are short, so the task table stays in view.
        heading = QGridLayout()
        heading.setColumnStretch(1, 1)
        heading.setColumnStretch(3, 1)
        cells = (
            (0, 0, self.tr("Loại:"), self.kind, 1),
            (0, 2, self.tr("Số:"), self.number, 1),
            (1, 0, self.tr("Nhiệm kỳ:"), self.term, 1),
            (1, 2, self.tr("Ngày ban hành:"), self.issued_on, 1),
            (2, 0, self.tr("Tên:"), self.title_field, 3),
            (3, 0, self.tr("Thực hiện văn bản:"), self.document, 1),
            (3, 2, self.tr("Chi bộ:"), self.chi_bo, 1),
            (4, 0, self.tr("Mục đích, yêu cầu:"), self.purpose, 3),
        )
        for row, column, label, widget, span in cells:
            caption = QLabel(label, self.body)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            caption.setBuddy(widget)
            heading.addWidget(caption, row, column)
            heading.addWidget(widget, row, column + 1, 1, span)
            self.track(widget)
        self.body_layout.addLayout(heading)

        tasks_box = QGroupBox(self.tr("Nhiệm vụ"), self.body)
        tasks_layout = QVBoxLayout(tasks_box)
        self.tasks = TaskTableModel(
            [
                self.tr("Nội dung"),
                self.tr("Chủ trì"),
                self.tr("Phối hợp"),
                self.tr("Thời hạn"),
                self.tr("Sản phẩm"),
                self.tr("Tình trạng"),
                self.tr("Ngày hoàn thành"),
            ],
            self,
        )
        # Columns fitted like a list's: the others give up width before "Nội dung" does.
        self.task_view = RowTableView(tasks_box)
        self.task_view.stretch_min_chars = 32
        self.task_view.setSortingEnabled(False)  # tasks keep the plan's order (Lên, Xuống)
        self.task_view.verticalHeader().show()  # numbered as on paper
        self.task_view.setModel(self.tasks)
        self.task_view.setItemDelegateForColumn(TASK_KEYS.index("status"), StatusDelegate(self))
        self.task_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.task_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.task_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.task_view.set_columns([
            Column(
                key, title, "date" if key in DATE_KEYS else "text",
                width=11 if key in DATE_KEYS else 14, stretch=key == "content",
            )
            for key, title in zip(TASK_KEYS, self.tasks.headers, strict=True)
        ])
        self.task_view.setMinimumHeight(self.fontMetrics().height() * 7)
        tasks_layout.addWidget(self.task_view)
        task_buttons = QHBoxLayout()
        self.add_task_button = QPushButton(self.tr("Thêm nhiệm vụ"), tasks_box)
        self.add_task_button.clicked.connect(self.add_task)
        self.remove_task_button = QPushButton(self.tr("Bỏ nhiệm vụ"), tasks_box)
        self.remove_task_button.clicked.connect(self.remove_task)
        self.up_button = QPushButton(self.tr("Lên"), tasks_box)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Xuống"), tasks_box)
        self.down_button.clicked.connect(lambda: self._move(1))
        for button in (
            self.add_task_button, self.remove_task_button, self.up_button, self.down_button
        ):
            task_buttons.addWidget(button)
        task_buttons.addStretch(1)
        tasks_layout.addLayout(task_buttons)
        self.body_layout.addWidget(tasks_box, 1)

        progress_box = QGroupBox(self.tr("Tiến độ của nhiệm vụ đang chọn"), self.body)
        progress_layout = QVBoxLayout(progress_box)
        self.progress_hint = QLabel(progress_box)
        self.progress_hint.setWordWrap(True)
        progress_layout.addWidget(self.progress_hint)
        self.progress_list = QListWidget(progress_box)
        self.progress_list.setMaximumHeight(self.fontMetrics().height() * 3)
        progress_layout.addWidget(self.progress_list)
        note_row = QHBoxLayout()
        self.progress_date = DateField(progress_box)
        self.progress_date.setText(dt.date.today().strftime("%d/%m/%Y"))
        self.progress_date.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.progress_note = QLineEdit(progress_box)
        self.progress_note.setPlaceholderText(self.tr("đã làm được gì"))
        self.progress_status = QComboBox(progress_box)
        fill_combo(
            self.progress_status,
            [(None, self.tr("(giữ tình trạng)"))] + list(TASK_STATUSES.items()),
        )
        self.progress_button = QPushButton(self.tr("Ghi tiến độ"), progress_box)
        self.progress_button.clicked.connect(self.record_progress)
        note_row.addWidget(self.progress_date)
        note_row.addWidget(self.progress_note, 1)
        note_row.addWidget(self.progress_status)
        note_row.addWidget(self.progress_button)
        progress_layout.addLayout(note_row)
        self.progress_errors = QLabel(progress_box)
        self.progress_errors.setStyleSheet("color: #b00020;")
        self.progress_errors.setWordWrap(True)
        self.progress_errors.hide()
        progress_layout.addWidget(self.progress_errors)
        self.body_layout.addWidget(progress_box)
        self.task_view.selectionModel().selectionChanged.connect(self._task_selected)

        if detail is not None:
            self._load(detail)
        else:
            self.term.setText(get_settings(db).term)
        self._task_selected()
        self._add_print_buttons()
        fit_to_screen(self, 130, 40)
        self.finish_setup()

    def _load(self, detail: PlanDetail) -> None:
        plan = detail.plan
        select_data(self.kind, plan.kind)
        self.number.set_value(plan.number)
        self.term.setText(plan.term)
        self.issued_on.set_date(plan.issued_on)
        self.title_field.setText(plan.title)
        select_data(self.document, plan.document_uuid)
        select_data(self.chi_bo, plan.chi_bo_uuid)
        self.purpose.setPlainText(plan.purpose)
        self.tasks.set_tasks([_task_row(t) for t in detail.tasks])
        if not can_edit(self.db, plan.owner_unit):
            self.tasks.read_only = True
            self.set_read_only(self.tr("Kế hoạch này thuộc đơn vị khác; ở đây chỉ xem."))
            for button in (
                self.add_task_button, self.remove_task_button, self.up_button,
                self.down_button, self.progress_button,
            ):
                button.setEnabled(False)

    # --- tasks ----------------------------------------------------------

    def _selected_task_row(self) -> int | None:
        rows = self.task_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_task(self) -> None:
        row = self.tasks.add_task()
        index = self.tasks.index(row, 0)
        self.task_view.setCurrentIndex(index)
        self.task_view.edit(index)

    def remove_task(self) -> None:
        row = self._selected_task_row()
        if row is not None:
            self.tasks.remove_task(row)

    def _move(self, step: int) -> None:
        row = self._selected_task_row()
        if row is not None:
            self.task_view.selectRow(self.tasks.move_task(row, step))

    def _task_selected(self, *_args: Any) -> None:
        row = self._selected_task_row()
        task = self.tasks.tasks[row] if row is not None else None
        self.progress_list.clear()
        self.progress_errors.hide()
        ready = bool(task and task["uuid"]) and not self.read_only
        for widget in (
            self.progress_date, self.progress_note, self.progress_status, self.progress_button
        ):
            widget.setEnabled(ready)
        if task is None:
            self.progress_hint.setText(self.tr("Chọn một nhiệm vụ để xem và ghi tiến độ."))
            return
        if not task["uuid"]:
            self.progress_hint.setText(
                self.tr("Nhiệm vụ mới: bấm Lưu trước, rồi ghi tiến độ cho nhiệm vụ này.")
            )
            return
        self.progress_hint.setText(task["content"])
        for note in list_progress(self.db, task["uuid"]):
            self.progress_list.addItem(f"{format_date(note.noted_on)} — {note.note}")

    def record_progress(self) -> None:
        row = self._selected_task_row()
        if row is None or not self.tasks.tasks[row]["uuid"]:
            return
        task = self.tasks.tasks[row]
        status = self.progress_status.currentData()
        try:
            add_progress(
                self.db,
                task["uuid"],
                self.progress_date.date_text() or "",
                self.progress_note.text(),
                status,
            )
        except UserError as exc:
            problems = exc.problems if isinstance(exc, ValidationError) else [str(exc)]
            self.progress_errors.setText("\n".join(f"• {p}" for p in problems))
            self.progress_errors.show()
            return
        self.changed = True
        if status:
            # The note moved the task on; the table and the saved state follow it.
            before = self.tasks.snapshot()[row]
            task["status"] = status
            task["done_on"] = (
                format_date(parse_date(self.progress_date.date_text())) if status == "done" else ""
            )
            self.tasks.dataChanged.emit(self.tasks.index(row, 0), self.tasks.index(row, 6))
            form, tasks = self._baseline
            self._baseline = (
                form,
                tuple(self.tasks.snapshot()[row] if t == before else t for t in tasks),
            )
        self.progress_note.clear()
        self.progress_status.setCurrentIndex(0)
        self._task_selected()

    # --- printing (gui.printing.jobs) ------------------------------------------

    def _add_print_buttons(self) -> None:
        self.preview_button = QPushButton(self.tr("Xem trước"), self)
        self.preview_button.setToolTip(self.tr("Xem kế hoạch đúng như khi in"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(lambda: self.preview_plan())
        self.print_button = QPushButton(self.tr("In…"), self)
        self.print_button.setToolTip(self.tr("In kế hoạch (Ctrl+P)"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self.print_plan())
        self.button_row.insertWidget(1, self.preview_button)
        self.button_row.insertWidget(2, self.print_button)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_plan)

    def _saved_for_print(self) -> str | None:
        """The plan as saved (the paper must match the register); None: not now."""
        if self.record_uuid is None or self.is_dirty():
            asked = confirm(
                self,
                self.tr("Lưu trước khi in"),
                self.tr("Bản in lấy từ sổ dữ liệu, nên kế hoạch cần được lưu trước. Lưu ngay?"),
                self.tr("Lưu"),
                self.tr("Hủy"),
            )
            if not asked or not self.save():
                return None
        return self.record_uuid

    def preview_plan(self):
        from gui.printing.jobs import plan_job
        from gui.printing.preview import preview_job

        uuid = self._saved_for_print()
        return preview_job(self, self.db, plan_job(uuid)) if uuid else None

    def print_plan(self) -> bool:
        from gui.printing.jobs import plan_job, print_job

        uuid = self._saved_for_print()
        return bool(uuid) and print_job(self, self.db, plan_job(uuid))

    # --- saving ---------------------------------------------------------

    def snapshot(self) -> Any:
        return (super().snapshot(), self.tasks.snapshot())

    def write(self) -> None:
        # A cell still being typed in (Ctrl+S pressed inside it) counts as entered.
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.task_view and self.task_view.isAncestorOf(
            focus
        ):
            self.task_view.commitData(focus)
        problems: list[str] = []
        number = self.number.value(self.tr("Số"), problems)
        if problems:
            raise ValidationError(problems)
        tasks = [
            Task(
                uuid=t["uuid"],
                content=t["content"],
                lead=t["lead"],
                partners=t["partners"],
                deadline=t["deadline"] or None,
                output=t["output"],
                status=t["status"],
                done_on=t["done_on"] or None,
            )
            for t in self.tasks.tasks
        ]
        detail = save_plan(
            self.db,
            PlanDetail(
                plan=Plan(
                    uuid=self.record_uuid or "",
                    title=self.title_field.text(),
                    kind=self.kind.currentData(),
                    document_uuid=self.document.currentData(),
                    chi_bo_uuid=self.chi_bo.currentData(),
                    number=number,
                    term=self.term.text(),
                    issued_on=self.issued_on.date_text(),
                    purpose=self.purpose.toPlainText(),
                ),
                tasks=tasks,
            ),
        )
        self.record_uuid = detail.plan.uuid
        self.setWindowTitle(self.tr("Sửa kế hoạch"))
        selected = self._selected_task_row()
        self.tasks.set_tasks([_task_row(t) for t in detail.tasks])
        if selected is not None and selected < len(detail.tasks):
            self.task_view.selectRow(selected)
        self._task_selected()
