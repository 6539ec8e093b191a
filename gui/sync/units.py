"""The upper level's side: its units (who sent what, who is silent), setup files for
new units, and the catalogue sent down."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.sync.jobs import Refusal, export_catalogue_job, issue_setup_job, run_job
from gui.sync.shared import (
    FolderChooser,
    Notice,
    WarningRowModel,
    data_label,
    fingerprint_chars,
    list_table,
)
from gui.widgets.common import ErrorLabel, confirm
from gui.widgets.tablemodel import Column
from models import exchange_units
from models.errors import UserError
from models.register import Register
from models.settings import get_settings
from models.vntext import show_int as format_int
from sync.consolidation import UnitStatus, unit_table
from sync.enrolment import IssuedSetup
from sync.import_export import ExportedPackage


class NewUnitDialog(QDialog):
    """The name and abbreviation of a unit the upper level sets up."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cấp tệp thiết lập cho đơn vị mới"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Tệp thiết lập cho sổ của đơn vị biết đơn vị là ai và gửi gói cho ai. Ghi tệp "
                "ra USB rồi mang đến đơn vị (hoặc gửi kèm công văn)."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("ví dụ: Đảng ủy xã Cẩm Giàng"))
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 40)
        form.addRow(self.tr("Tên đơn vị:"), self.name)
        self.abbr = QLineEdit(self)
        self.abbr.setPlaceholderText(self.tr("ví dụ: ĐU Cẩm Giàng"))
        form.addRow(self.tr("Viết tắt:"), self.abbr)
        layout.addLayout(form)
        self.errors = ErrorLabel(self)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Cấp tệp thiết lập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("Chưa nhập tên đơn vị."))
        if not self.abbr.text().strip():
            problems.append(self.tr("Chưa nhập chữ viết tắt."))
        if problems:
            self.errors.show_problems(problems)
            return
        self.accept()


class UnitsTab(QWidget):
    changed = Signal()

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.statuses: list[UnitStatus] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        self.summary = data_label(self)
        top.addWidget(self.summary, 1)
        self.new_button = QPushButton(self.tr("Cấp tệp thiết lập cho đơn vị mới…"), self)
        self.new_button.clicked.connect(self.issue_new)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.columns = [
            Column("name", self.tr("Đơn vị"), stretch=True),
            Column("last_received", self.tr("Gói gần nhất"), "date"),
            Column("days", self.tr("Số ngày"), "int", width=7),
            Column("status", self.tr("Tình trạng"), width=18),
            Column("members", self.tr("Đảng viên"), "int", width=8),
            Column("held", self.tr("Hội nghị tự tổ chức"), "int", width=10),
            Column("followed", self.tr("Hội nghị theo dõi trực tuyến"), "int", width=10),
            Column("fingerprint", self.tr("Dấu vân tay khóa"), width=fingerprint_chars(self)),
        ]
        model = WarningRowModel(self.columns, self)
        self.model, self.proxy, self.table = list_table(self.columns, self, model=model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.table, 1)

        self.chooser = FolderChooser(self.tr("Ghi tệp vào:"), self)
        layout.addWidget(self.chooser)
        actions = QHBoxLayout()
        self.reissue_button = QPushButton(self.tr("Cấp lại tệp thiết lập"), self)
        self.reissue_button.setToolTip(
            self.tr("Cho đơn vị đang chọn, khi đơn vị cài lại máy hoặc làm mất tệp")
        )
        self.reissue_button.clicked.connect(self.reissue)
        self.catalogue_button = QPushButton(self.tr("Gửi danh mục xuống đơn vị"), self)
        self.catalogue_button.setToolTip(
            self.tr(
                "Ghi gói danh mục (văn bản, danh mục, hội nghị của cấp trên) cho các đơn vị "
                "đang chọn; giữ Ctrl để chọn nhiều, Ctrl+A để chọn tất cả"
            )
        )
        self.catalogue_button.clicked.connect(self.send_catalogue)
        self.moved_button = QPushButton(self.tr("Đánh dấu đã chuyển đi…"), self)
        self.moved_button.setToolTip(
            self.tr("Đơn vị đang chọn đã chuyển sang cấp trên khác; số liệu đã nhận vẫn giữ")
        )
        self.moved_button.clicked.connect(self.mark_moved)
        for button in (self.reissue_button, self.catalogue_button, self.moved_button):
            actions.addWidget(button)
        self.select_hint = QLabel(
            self.tr("Chọn đơn vị trong bảng để cấp lại tệp hay gửi danh mục."), self
        )
        self.select_hint.setStyleSheet("color: #555;")
        self.select_hint.setWordWrap(True)
        actions.addWidget(self.select_hint, 1)
        layout.addLayout(actions)
        self.result = Notice(self)
        layout.addWidget(self.result)

    def refresh(self) -> None:
        settings = get_settings(self.db)
        self.intro.setText(
            self.tr(
                "Các đơn vị cấp dưới gửi gói dữ liệu lên đây. Dòng tô vàng là đơn vị chưa gửi "
                "gói nào hoặc đã quá {days} ngày chưa gửi (đổi số ngày trong Cài đặt)."
            ).format(days=format_int(settings.silent_days))
        )
        self.statuses = unit_table(self.db, dt.date.today())
        self.model.set_rows([self._row(s) for s in self.statuses])
        silent = sum(s.silent for s in self.statuses)
        if self.statuses:
            self.summary.setText(
                self.tr("{count} đơn vị; {silent} đơn vị cần nhắc gửi gói.").format(
                    count=format_int(len(self.statuses)), silent=format_int(silent)
                )
            )
        else:
            self.summary.setText(
                self.tr("Chưa có đơn vị nào. Bấm “Cấp tệp thiết lập cho đơn vị mới…” để bắt đầu.")
            )
        self._update_buttons()

    def _row(self, status: UnitStatus) -> dict[str, Any]:
        if status.moved:
            text = self.tr("Đã chuyển đi")
        elif status.last_received is None:
            text = self.tr("Chưa gửi gói nào")
        elif status.silent:
            text = self.tr("Lâu chưa gửi")
        else:
            text = self.tr("Đã gửi")
        return {
            "uuid": status.uuid,
            "name": status.name,
            "abbr": status.abbr,
            "last_received": status.last_received.isoformat() if status.last_received else None,
            "days": status.days_since,
            "status": text,
            "members": status.counts.get("members", 0),
            "held": status.held,
            "followed": status.followed,
            "fingerprint": status.fingerprint or "—",
            "warn": status.silent,
        }

    def selected_rows(self) -> list[dict[str, Any]]:
        return [self.proxy.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = self.selected_rows()
        self.reissue_button.setEnabled(len(chosen) == 1)
        self.moved_button.setEnabled(len(chosen) == 1 and chosen[0]["status"] != self.tr(
            "Đã chuyển đi"))
        self.catalogue_button.setEnabled(bool(chosen))
        self.select_hint.setVisible(not chosen)

    def _folder(self) -> Path | None:
        folder = self.chooser.folder()
        if folder is None:
            self.result.show_message(
                self.tr(
                    "Chưa chọn nơi ghi tệp: hãy cắm USB rồi bấm “Tìm lại USB”, hoặc bấm "
                    "“Chọn thư mục khác…”."
                ),
                "error",
            )
        return folder

    # --- setup files -----------------------------------------------------------

    def issue_new(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        dialog = NewUnitDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._issue(folder, dialog.name.text(), dialog.abbr.text(), None)

    def reissue(self) -> None:
        chosen = self.selected_rows()
        folder = self._folder() if len(chosen) == 1 else None
        if folder is None:
            return
        row = chosen[0]
        if confirm(
            self, self.tr("Cấp lại tệp thiết lập"),
            self.tr(
                "Cấp lại tệp thiết lập cho {unit}? Dùng khi đơn vị cài lại máy hoặc làm mất "
                "tệp; số liệu đơn vị đã gửi lên vẫn giữ nguyên."
            ).format(unit=row["name"]),
            self.tr("Cấp lại"), self.tr("Không"),
        ):
            self._issue(folder, row["name"], row["abbr"], row["uuid"])

    def _issue(self, folder: Path, name: str, abbr: str, uuid: str | None) -> None:
        self.result.clear_message()
        issued = run_job(
            self, self.tr("Cấp tệp thiết lập"), self.db, issue_setup_job, folder,
            name, abbr, uuid, cancellable=False,
        ).result
        if isinstance(issued, Refusal):
            self.result.show_message(issued.message, "error")
        elif isinstance(issued, IssuedSetup):
            self.result.show_message(
                self.tr(
                    "Đã cấp tệp thiết lập cho {unit}.\nTệp: {path}\nDanh mục kèm theo: {count} "
                    "bản ghi.\nKhi đơn vị nhận tệp, hãy đọc cho đơn vị dấu vân tay khóa của cấp "
                    "trên: {fingerprint}"
                ).format(
                    unit=issued.unit_name, path=issued.written.target_path,
                    count=format_int(sum(issued.counts.values())),
                    fingerprint=issued.signing_fingerprint,
                ),
                "ok",
            )
        self.changed.emit()

    def mark_moved(self, _checked: bool = False, moved_to: str | None = None) -> None:
        """The chosen unit now reports to another upper level (asked for its name)."""
        chosen = self.selected_rows()
        if len(chosen) != 1:
            return
        row = chosen[0]
        if moved_to is None:
            moved_to, accepted = QInputDialog.getText(
                self, self.tr("Đơn vị chuyển đi"),
                self.tr("{unit} chuyển sang cấp trên nào? (số liệu đã nhận vẫn giữ trong sổ)")
                .format(unit=row["name"]),
            )
            if not accepted:
                return
        try:
            exchange_units.mark_moved(self.db, row["uuid"], moved_to, dt.date.today().isoformat())
        except UserError as error:
            self.result.show_message(str(error), "error")
            return
        self.result.show_message(
            self.tr("Đã đánh dấu {unit} chuyển sang {upper}; số liệu đã nhận vẫn giữ.").format(
                unit=row["name"], upper=moved_to.strip()),
            "ok",
        )
        self.refresh()
        self.changed.emit()

    # --- the catalogue ---------------------------------------------------------

    def send_catalogue(self) -> None:
        chosen = self.selected_rows()
        folder = self._folder() if chosen else None
        if folder is None:
            return
        self.result.clear_message()
        units = [(row["uuid"], row["name"]) for row in chosen]
        outcome = run_job(
            self, self.tr("Gửi danh mục xuống đơn vị"), self.db, export_catalogue_job,
            folder, units,
        )
        results = outcome.result or []
        lines, refused = [], 0
        for name, written in results:
            if isinstance(written, ExportedPackage):
                lines.append(self.tr("{unit}: đã ghi {file}").format(
                    unit=name, file=written.target_path.name))
            elif isinstance(written, Refusal):
                refused += 1
                lines.append(self.tr("{unit}: không ghi được. {reason}").format(
                    unit=name, reason=written.message))
        if results and len(results) > refused:
            lines.append(self.tr("Các tệp đã được đọc lại từ USB và so khớp với bản gốc: đúng."))
        if outcome.cancelled:
            lines.append(self.tr("Đã dừng theo yêu cầu; các tệp ghi xong vẫn còn trên USB."))
        if lines:
            level = "error" if refused == len(results) and refused else (
                "warning" if refused or outcome.cancelled else "ok")
            self.result.show_message("\n".join(lines), level)
        self.changed.emit()
