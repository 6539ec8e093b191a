"""Nhập danh sách đảng viên: a member list from Excel or CSV, checked before anything changes.

The clerk picks the file; the program guesses which column is which and shows
its guess as one box per field, to be corrected. Every row is then previewed
with what importing it would do (add, update, skip) and what is wrong with it:
errors in red keep the row out, warnings in amber ask for a look. Chi bộ the
register does not know are listed, and created only if the clerk ticks the box.
"Nhập" takes a backup, then writes the good rows in one transaction (a row that
matches a member by name, birth year and chi bộ updates that member, so the same
file twice adds nobody twice). A damaged or wrong file is refused with a message
and changes nothing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import ERROR_STYLE, fill_combo, fit_to_screen, narrow_combo, show_message
from gui.widgets.tasks import Progress, run_in_background, run_with_database
from gui.widgets.xlsx_export import documents_folder
from models import backup, backup_names
from models.member_import import ImportResult, apply_member_import, import_context
from models.register import Register
from models.vntext import show_date as format_date
from models.vntext import show_int as format_int
from sheets import (
    FIELDS,
    ColumnMapping,
    MemberPreview,
    MemberRow,
    SheetError,
    SheetTable,
    guess_default_chi_bo,
    guess_mapping,
    preview_members,
    read_table,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

# Columns of the preview that show one field of the file (hidden when it has none).
FIELD_COLUMNS = {2: "birth", 3: "gender", 5: "joined", 6: "official", 7: "excused"}
ERROR_TEXT = QColor("#9b0016")
ERROR_BACK = QColor("#fde4e6")
WARNING_TEXT = QColor("#6b4500")
WARNING_BACK = QColor("#fff1cc")


class PreviewModel(QAbstractTableModel):
    """The rows of a ``MemberPreview``: what each would do and what is wrong with it."""

    def __init__(self, headers: list[str], actions: dict[str, str], parent: QWidget | None):
        super().__init__(parent)
        self.headers = headers
        self.actions = actions
        self.rows: list[MemberRow] = []
        self.kinds = ("", "")  # the words for an error and for a warning

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def problems_text(self, row: MemberRow) -> str:
        error, warning = self.kinds
        return "\n".join(
            f"{error if p.blocking else warning}: {p.message}" for p in row.problems
        )

    def cells(self, row: MemberRow) -> list[str]:
        birth = (
            format_date(row.birth_date) if row.birth_date
            else (str(row.birth_year) if row.birth_year else "")
        )
        official = self.actions["official"] if row.official else self.actions["probationary"]
        return [
            str(row.source_row),
            row.full_name,
            birth,
            row.gender or "",
            (row.chi_bo or "") + (self.actions["new_chi_bo"] if row.new_chi_bo else ""),
            format_date(row.joined) if row.joined else "",
            official,
            self.actions["yes"] if row.excused else "",
            self.actions[row.action],
            self.problems_text(row).replace("\n", " · "),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return self.problems_text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.errors:
                return QBrush(ERROR_TEXT)
            if row.warnings:
                return QBrush(WARNING_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(ERROR_BACK)
            if row.warnings:
                return QBrush(WARNING_BACK)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class ProblemFilter(QSortFilterProxyModel):
    """All rows, or only those with something wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_problems = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.only_problems:
            return True
        return bool(self.sourceModel().rows[source_row].problems)  # type: ignore[attr-defined]


class MemberImportDialog(QDialog):
    """The preview of one member list; ``imported(result)`` once the good rows are in."""

    imported = Signal(object)

    def __init__(self, db: Register, table: SheetTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.table = table
        self.preview: MemberPreview | None = None
        self.result: ImportResult | None = None
        self.chi_bo_names, self.existing = import_context(db)
        self.mapping = guess_mapping(table)
        self.setWindowTitle(self.tr("Nhập danh sách đảng viên"))
        self.setSizeGripEnabled(True)

        self.field_labels = {
            "full_name": self.tr("Họ và tên"),
            "birth": self.tr("Ngày sinh / Năm sinh"),
            "gender": self.tr("Giới tính"),
            "chi_bo": self.tr("Chi bộ"),
            "joined": self.tr("Ngày vào Đảng"),
            "official": self.tr("Chính thức / Dự bị"),
            "excused": self.tr("Miễn sinh hoạt"),
            "note": self.tr("Ghi chú"),
        }

        where = self.tr("{file}, dòng tiêu đề số {row}, {count} dòng số liệu").format(
            file=table.path.name, row=table.header_row, count=format_int(len(table.rows))
        )
        if table.sheet_name:
            where = self.tr("{file}, trang “{sheet}”, dòng tiêu đề số {row}, {count} dòng số liệu"
                            ).format(file=table.path.name, sheet=table.sheet_name,
                                     row=table.header_row, count=format_int(len(table.rows)))
        self.file_label = QLabel(where, self)
        self.file_label.setObjectName("data")  # the file's and sheet's own names
        self.file_label.setWordWrap(True)

        columns_box = QGroupBox(self.tr("Cột nào chứa gì (chương trình đã đoán, hãy sửa nếu sai)"))
        grid = QGridLayout(columns_box)
        self.field_combos: dict[str, QComboBox] = {}
        choices = [(None, self.tr("(không có)"))] + [
            (i, table.column_label(i)) for i in range(table.column_count)
        ]
        for position, name in enumerate(FIELDS):
            combo = narrow_combo(QComboBox(columns_box), 16)
            fill_combo(combo, choices, self.mapping.get(name))
            combo.currentIndexChanged.connect(
                lambda _i, field=name: self._column_chosen(field)
            )
            label = QLabel(self.field_labels[name] + ":", columns_box)
            label.setBuddy(combo)
            row, column = divmod(position, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            self.field_combos[name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.default_chi_bo = narrow_combo(QComboBox(columns_box), 24)
        fill_combo(
            self.default_chi_bo,
            [(None, self.tr("(không có)"))] + [(n, n) for n in self.chi_bo_names],
            guess_default_chi_bo(table, self.chi_bo_names),
        )
        self.default_chi_bo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        default_label = QLabel(self.tr("Chi bộ cho các dòng không ghi chi bộ:"), columns_box)
        default_label.setBuddy(self.default_chi_bo)
        last = (len(FIELDS) + 1) // 2
        grid.addWidget(default_label, last, 0, 1, 2)
        grid.addWidget(self.default_chi_bo, last, 2, 1, 2)

        self.model = PreviewModel(
            [
                self.tr("Dòng"), self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Giới tính"),
                self.tr("Chi bộ"), self.tr("Ngày vào Đảng"), self.tr("Đảng viên"),
                self.tr("Miễn SH"), self.tr("Khi nhập"), self.tr("Cần biết"),
            ],
            {
                "add": self.tr("Thêm mới"),
                "update": self.tr("Cập nhật"),
                "skip": self.tr("Bỏ qua"),
                "official": self.tr("Chính thức"),
                "probationary": self.tr("Dự bị"),
                "yes": self.tr("Có"),
                "new_chi_bo": self.tr(" (mới)"),
            },
            self,
        )
        self.model.kinds = (self.tr("Lỗi"), self.tr("Cần xem lại"))
        self.filter = ProblemFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.filter)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((6, 22, 11, 8, 22, 12, 10, 8, 10)):
            title = header.fontMetrics().horizontalAdvance(self.model.headers[column]) + char * 3
            header.resizeSection(column, max(width * char, title))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.only_problems = QCheckBox(self.tr("Chỉ hiện các dòng có lỗi hoặc cần xem lại"), self)
        self.only_problems.toggled.connect(self.filter.set_only_problems)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        self.legend = QLabel(
            self.tr("Dòng đỏ có lỗi, sẽ bỏ qua. Dòng vàng nhập được nhưng nên xem lại."), self
        )
        self.legend.setWordWrap(True)

        # One line, in the colour of a notice: the names, and the box that would create them.
        self.unknown_box = QFrame(self)
        self.unknown_box.setObjectName("unknownChiBo")
        self.unknown_box.setStyleSheet(
            "QFrame#unknownChiBo { background: #fff6dd; border-radius: 4px; }"
        )
        unknown_layout = QHBoxLayout(self.unknown_box)
        unknown_title = QLabel(self.tr("Chi bộ chưa có trong sổ:"), self.unknown_box)
        unknown_title.setFont(font)
        self.unknown_label = QLabel(self.unknown_box)
        self.unknown_label.setObjectName("data")  # names from the file
        self.unknown_label.setWordWrap(True)
        self.create_chi_bo = QCheckBox(self.tr("Tạo các chi bộ mới"), self.unknown_box)
        self.create_chi_bo.setToolTip(
            self.tr("Không đánh dấu: các dòng thuộc chi bộ chưa có sẽ bị bỏ qua")
        )
        self.create_chi_bo.toggled.connect(lambda _on: self.refresh_preview())
        unknown_layout.addWidget(unknown_title)
        unknown_layout.addWidget(self.unknown_label, 1)
        unknown_layout.addWidget(self.create_chi_bo)

        # The whole of a row's problems, which its cell can only begin to show.
        self.row_detail = QLabel(self)
        self.row_detail.setObjectName("data")  # quotes the row's problems as sheets/ words them
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_detail.hide()
        self.view.selectionModel().currentRowChanged.connect(self._show_row_detail)

        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()

        self.import_button = QPushButton(self.tr("Nhập"), self)
        self.import_button.clicked.connect(self.import_rows)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(columns_box)
        layout.addWidget(self.unknown_box)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.only_problems)
        filter_row.addWidget(self.legend, 1)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.row_detail)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        fit_to_screen(self, 150, 44)
        self.refresh_preview()

    # --- the preview ----------------------------------------------------------

    def _column_chosen(self, field: str) -> None:
        self.mapping.set(field, self.field_combos[field].currentData())
        # A column serves one field: the one that had it lets it go.
        for name, combo in self.field_combos.items():
            index = combo.findData(self.mapping.get(name))
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(index, 0))
                combo.blockSignals(False)
        self.refresh_preview()

    def set_column(self, field: str, column: int | None) -> None:
        """Choose the file's ``column`` (0-based; None: none) for ``field``, as the box does."""
        combo = self.field_combos[field]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def refresh_preview(self) -> None:
        try:
            self.preview = preview_members(
                self.table,
                ColumnMapping(**self.mapping.as_dict()),
                self.chi_bo_names,
                self.existing,
                default_chi_bo=self.default_chi_bo.currentData(),
                create_missing_chi_bo=self.create_chi_bo.isChecked(),
            )
        except SheetError as exc:
            self.preview = None
            self.model.set_rows([])
            self.errors.setText(str(exc))
            self.errors.show()
            self.summary.clear()
            self.unknown_box.hide()
            self._update_import_button()
            return
        self.errors.hide()
        self.model.set_rows(self.preview.rows)
        for column, field in FIELD_COLUMNS.items():
            # A field the file has no column for would show the same default on every row.
            self.view.setColumnHidden(column, self.mapping.get(field) is None)
        self.summary.setText(self.summary_text(self.preview))
        unknown = self.preview.unknown_chi_bo
        self.unknown_box.setVisible(bool(unknown))
        if unknown:
            self.unknown_label.setText(", ".join(unknown))
        self._update_import_button()

    def summary_text(self, preview: MemberPreview) -> str:
        """What the import would do, in one line (as ``MemberPreview.summary`` says it)."""
        text = self.tr("{good} dòng nhập được ({added} thêm mới, {updated} cập nhật)").format(
            good=format_int(len(preview.good_rows)), added=format_int(len(preview.to_add)),
            updated=format_int(len(preview.to_update)),
        )
        if preview.error_rows:
            text += self.tr("; {count} dòng có lỗi sẽ bỏ qua").format(
                count=format_int(len(preview.error_rows))
            )
        if preview.warning_rows:
            text += self.tr("; {count} dòng cần xem lại").format(
                count=format_int(len(preview.warning_rows))
            )
        return text + "."

    def result_text(self, result: ImportResult) -> str:
        text = self.tr("Đã thêm {added} đảng viên, cập nhật {updated}").format(
            added=format_int(result.added), updated=format_int(result.updated)
        )
        if result.chi_bo_created:
            text += self.tr(", tạo {count} chi bộ mới").format(
                count=format_int(result.chi_bo_created)
            )
        if result.skipped:
            text += self.tr("; bỏ qua {count} dòng có lỗi").format(
                count=format_int(result.skipped)
            )
        return text + "."

    def _show_row_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.filter.mapToSource(current)
        if not source.isValid() or not self.model.rows[source.row()].problems:
            # Hidden when empty: an empty wrapping label still takes a line from the table.
            self.row_detail.clear()
            self.row_detail.hide()
            return
        row = self.model.rows[source.row()]
        self.row_detail.setText(
            self.tr("Dòng {row}: {problems}").format(
                row=row.source_row, problems=self.model.problems_text(row).replace("\n", "; ")
            )
        )
        self.row_detail.show()

    def _update_import_button(self) -> None:
        good = len(self.preview.good_rows) if self.preview else 0
        self.import_button.setEnabled(good > 0 and self.result is None)
        self.import_button.setText(
            self.tr("Nhập {count} dòng").format(count=format_int(good)) if good
            else self.tr("Nhập")
        )

    # --- importing ------------------------------------------------------------

    def import_rows(self) -> ImportResult | None:
        """A backup, then the good rows in one transaction on a worker; the result is shown."""
        if self.preview is None or not self.preview.good_rows or self.result is not None:
            return None
        title = self.tr("Nhập danh sách đảng viên")
        result = run_with_database(
            self, self.tr("Đang nhập danh sách đảng viên"), self.db, _apply, self.preview
        )
        if result is None:
            return None  # cancelled before it began, or refused: the message has been shown
        self.result = result
        self._update_import_button()
        show_message(self, title, self.result_text(result))
        self.imported.emit(result)
        self.accept()
        return result


def _apply(progress: Progress, db: Register, preview: MemberPreview) -> ImportResult | None:
    """On the worker: a backup first (named for the import), then the rows in one transaction."""
    backup.take_backup(db.path, backup_names.REASON_MEMBER_IMPORT)
    if not progress(0, 0):
        return None
    return apply_member_import(db, preview)


def _read(_progress: Progress, path: Path) -> SheetTable | str:
    try:
        return read_table(path)
    except SheetError as exc:
        return str(exc)



def choose_and_open(parent: QWidget | None, db: Register) -> MemberImportDialog | None:
    """Nhập danh sách đảng viên…: pick a file, read it, open the preview (returned)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("MemberImportDialog", "Chọn tệp danh sách đảng viên"),
        str(documents_folder()),
        translate(
            "MemberImportDialog", "Danh sách đảng viên (*.xlsx *.xlsm *.csv *.txt);;Mọi tệp (*)"
        ),
    )
    if not chosen:
        return None
    return open_file(parent, db, Path(chosen))


def open_file(parent: QWidget | None, db: Register, path: Path) -> MemberImportDialog | None:
    """Read ``path`` on a worker and open its preview; a bad file gets its message, no dialog."""
    title = translate("MemberImportDialog", "Nhập danh sách đảng viên")
    reading = translate("MemberImportDialog", "Đang đọc tệp danh sách")
    table = run_in_background(parent, reading, _read, path)
    if isinstance(table, str):
        show_message(parent, title, table, warning=True)
        return None
    if table is None:
        return None
    dialog = MemberImportDialog(db, table, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
