"""The document editor: number and symbol, type, issuer, date, title, attached files."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import (
    DateField,
    TextBox,
    fill_combo,
    fit_to_screen,
    select_data,
    show_message,
)
from gui.widgets.editor import EditorDialog
from models.attachment_names import clean_file_name, is_executable
from models.documents import (
    Attachment,
    Document,
    attach_file,
    attachment_problem,
    get_document,
    list_attachments,
    parse_symbol,
    remove_attachment,
    save_document,
    viewing_copy,
)
from models.errors import UserError
from models.lookups import list_lookups, shown_name
from models.register import Register
from models.store import can_edit


class DocumentEditor(EditorDialog):
    help_section = "documents"

    def __init__(
        self,
        db: Register,
        uuid: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(db, parent, title="")
        self.record_uuid = uuid
        self.setWindowTitle(self.tr("Văn bản mới") if uuid is None else self.tr("Sửa văn bản"))
        self._pending_files: list[Path] = []
        self._removed: list[str] = []
        self._attachments: list[Attachment] = []

        self.symbol = QLineEdit(self)
        self.symbol.setPlaceholderText(self.tr("ví dụ: 57-NQ/TW"))
        self.symbol.editingFinished.connect(self._symbol_entered)
        self.type_combo = QComboBox(self)
        fill_combo(
            self.type_combo,
            [(r.code, f"{shown_name(r.name)} ({r.code})") for r in list_lookups(db, "doc_type")],
        )
        self.level_combo = QComboBox(self)
        fill_combo(
            self.level_combo,
            [("", self.tr("(không ghi)"))]
            + [(r.code, shown_name(r.name)) for r in list_lookups(db, "level")],
        )
        self.issuer = QLineEdit(self)
        self.issuer.setPlaceholderText(self.tr("ví dụ: Bộ Chính trị, Ban Chấp hành Trung ương"))
        self.issued_on = DateField(self)
        self.term = QLineEdit(self)
        self.term.setPlaceholderText(self.tr("ví dụ: XIII, hoặc 2020-2025"))
        self.title_field = QLineEdit(self)
        self.title_field.setPlaceholderText(self.tr("trích yếu nội dung văn bản"))
        self.summary = TextBox(self, lines=4)

        self.add_row(self.tr("Số, ký hiệu:"), self.symbol)
        self.add_row(self.tr("Loại văn bản:"), self.type_combo)
        self.add_row(self.tr("Cấp ban hành:"), self.level_combo)
        self.add_row(self.tr("Cơ quan ban hành:"), self.issuer)
        self.add_row(self.tr("Ngày ban hành:"), self.issued_on)
        self.add_row(self.tr("Khóa, nhiệm kỳ:"), self.term)
        self.add_row(self.tr("Trích yếu:"), self.title_field)
        self.add_row(self.tr("Tóm tắt nội dung:"), self.summary)

        files = QWidget(self)
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        self.files = QListWidget(files)
        self.files.setMaximumHeight(self.fontMetrics().height() * 6)
        files_layout.addWidget(self.files)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Đính kèm tệp…"), files)
        self.attach_button.clicked.connect(self._choose_files)
        self.open_button = QPushButton(self.tr("Mở tệp"), files)
        self.open_button.clicked.connect(self._open_file)
        self.remove_button = QPushButton(self.tr("Gỡ tệp"), files)
        self.remove_button.clicked.connect(self._remove_file)
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        self.add_row(self.tr("Tệp đính kèm:"), files, track=False)

        if uuid is not None:
            self._load(get_document(db, uuid))
        else:
            # The register's commonest kind; the symbol typed ("57-NQ/TW") sets it anyway.
            select_data(self.type_combo, "NQ")
        self._fill_files()
        fit_to_screen(self, 95, 30)
        self.finish_setup()

    def _load(self, doc: Document) -> None:
        self.symbol.setText(doc.symbol)
        select_data(self.type_combo, doc.type_code)
        select_data(self.level_combo, doc.level_code)
        self.issuer.setText(doc.issuer)
        self.issued_on.set_date(doc.issued_on)
        self.term.setText(doc.term)
        self.title_field.setText(doc.title)
        self.summary.setPlainText(doc.summary)
        self._attachments = list_attachments(self.db, doc.uuid)
        if not can_edit(self.db, doc.owner_unit):
            self.set_read_only(
                self.tr("Văn bản này do cấp trên quản lý trong danh mục chung; ở đây chỉ xem.")
            )
            for button in (self.attach_button, self.remove_button):
                button.setEnabled(False)

    def _symbol_entered(self) -> None:
        parsed = parse_symbol(self.symbol.text())
        if parsed is None:
            return
        _number, type_code, level_code = parsed
        select_data(self.type_combo, type_code)
        select_data(self.level_combo, level_code)

    # --- files ----------------------------------------------------------

    def _fill_files(self) -> None:
        self.files.clear()
        for item in self._attachments:
            if item.uuid in self._removed:
                continue
            entry = QListWidgetItem(self._shown_name(item.file_name), self.files)
            entry.setData(0x0100, ("saved", item.uuid))
        for path in self._pending_files:
            entry = QListWidgetItem(
                self.tr("{name} (chưa lưu)").format(name=self._shown_name(path.name)), self.files
            )
            entry.setData(0x0100, ("pending", str(path)))

    def _shown_name(self, name: str) -> str:
        """The name without hidden characters, marked when the file is never opened."""
        shown = clean_file_name(name)
        if is_executable(name):
            return self.tr("{name} (chỉ lưu bản sao)").format(name=shown)
        return shown

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
        self.add_attachment_paths([Path(n) for n in names])

    def add_attachment_paths(self, files: list[Path]) -> None:
        """Queue files to attach when the document is saved; one that cannot be is
        refused at once, while the clerk still has the file chooser in mind."""
        problems = []
        for path in files:
            problem = attachment_problem(path)
            if problem:
                problems.append(problem)
            elif path not in self._pending_files:
                self._pending_files.append(path)
        self._fill_files()
        if problems:
            show_message(self, self.windowTitle(), "\n\n".join(problems), warning=True)

    def _selected_file(self) -> tuple[str, str] | None:
        item = self.files.currentItem()
        return item.data(0x0100) if item is not None else None

    def _remove_file(self) -> None:
        chosen = self._selected_file()
        if chosen is None:
            return
        kind, key = chosen
        if kind == "pending":
            self._pending_files = [p for p in self._pending_files if str(p) != key]
        else:
            self._removed.append(key)
        self._fill_files()

    def _open_file(self) -> None:
        chosen = self._selected_file()
        if chosen is None:
            return
        kind, key = chosen
        if kind == "pending":
            source = Path(key)
            name = source.name
        else:
            item = next(a for a in self._attachments if a.uuid == key)
            source = self.db.attachments_dir / item.stored_name
            name = item.file_name
        if is_executable(name):
            # Opening a program or a script with the system handler runs it.
            show_message(
                self,
                self.tr("Không mở tệp này"),
                self.tr(
                    "Tệp “{name}” là chương trình hoặc tập lệnh nên chương trình không mở nó "
                    "(chỉ lưu bản sao): mở nó là chạy nó trên máy này."
                ).format(name=clean_file_name(name)),
                warning=True,
            )
            return
        if not source.is_file():
            show_message(
                self,
                self.tr("Không mở được tệp"),
                self.tr("Không tìm thấy tệp “{name}” trong thư mục dữ liệu.").format(
                    name=clean_file_name(name)
                ),
                warning=True,
            )
            return
        # Open a fresh copy in a private folder: editing it cannot change the file the
        # register checks, and no other account can read or swap it.
        try:
            target = viewing_copy(source, name, Path(tempfile.gettempdir()))
        except UserError as exc:
            show_message(self, self.tr("Không mở được tệp"), str(exc), warning=True)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- state ----------------------------------------------------------

    def snapshot(self) -> Any:
        return (super().snapshot(), tuple(self._pending_files), tuple(self._removed))

    def write(self) -> None:
        doc = Document(
            uuid=self.record_uuid or "",
            type_code=self.type_combo.currentData() or "",
            symbol=self.symbol.text(),
            level_code=self.level_combo.currentData() or "",
            issuer=self.issuer.text(),
            issued_on=self.issued_on.date_text(),
            term=self.term.text(),
            title=self.title_field.text(),
            summary=self.summary.toPlainText(),
        )
        saved = save_document(self.db, doc)
        self.record_uuid = saved.uuid
        while self._pending_files:
            attach_file(self.db, saved.uuid, self._pending_files[0])
            self._pending_files.pop(0)
        while self._removed:
            remove_attachment(self.db, self._removed[0])
            self._removed.pop(0)
        self._attachments = list_attachments(self.db, saved.uuid)
        self._fill_files()

