"""The unit's side of the exchange: send everything up to the upper level, and take
the setup file the upper level issued."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.sync.jobs import Refusal, export_job, run_job, setup_job
from gui.sync.shared import (
    FolderChooser,
    Notice,
    ask_to_approve,
    data_label,
    list_table,
    main_button,
    section_heading,
)
from gui.widgets.common import confirm
from gui.widgets.tablemodel import Column
from models import exchange_log, exchange_units
from models.exchange_view import last_package_sent, package_reminder
from models.register import Register
from models.settings import get_settings
from models.vntext import show_datetime as format_datetime
from models.vntext import show_int as format_int
from sync.enrolment import SetupReport
from sync.import_export import ExportedPackage


def kilobytes(size: int) -> str:
    return f"{format_int(max(1, round(size / 1024)))} KB"


class SendTab(QWidget):
    """“Gửi dữ liệu lên cấp trên”: where to, one button, and what happened."""

    changed = Signal()  # a package or a setup file was written or taken in
    setupApplied = Signal()  # the register's identity and names may have changed

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Gói dữ liệu chứa mọi số liệu đơn vị đã nhập (đảng viên, hội nghị, điểm danh, "
                "kế hoạch, tuyên truyền, thu hoạch…), được mã hóa để chỉ cấp trên mở được. "
                "Mỗi tháng gửi ít nhất một lần. Gói nào cũng chứa đủ mọi số liệu, nên một gói "
                "bị thất lạc thì gói sau bù lại."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.setup_notice = Notice(self)
        layout.addWidget(self.setup_notice)
        # Until the setup file is in, taking it is the one thing to do here.
        self.setup_now_button = main_button(self.tr("Nhận tệp thiết lập từ cấp trên…"), self)
        self.setup_now_button.clicked.connect(self.receive_setup_file)
        layout.addWidget(self.setup_now_button)
        self.upper_line = data_label(self)
        layout.addWidget(self.upper_line)
        self.last_line = Notice(self)
        layout.addWidget(self.last_line)

        self.chooser = FolderChooser(self.tr("Ghi gói vào:"), self)
        layout.addWidget(self.chooser)
        row = QHBoxLayout()
        self.send_button = main_button(self.tr("Gửi dữ liệu lên cấp trên"), self)
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.send_button)
        # Normally only what changed since the last package the upper level confirmed
        # travels; the whole register when the upper level asks for it.
        self.full_box = QCheckBox(self.tr("Gửi toàn bộ dữ liệu (khi cấp trên đề nghị)"), self)
        row.addWidget(self.full_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = Notice(self)
        layout.addWidget(self.result)

        layout.addWidget(section_heading(self.tr("Các lần gửi gần đây"), self))
        self.columns = [
            Column("exported_at", self.tr("Thời điểm ghi gói"), "datetime"),
            Column("file_name", self.tr("Tên tệp"), stretch=True),
            Column("records", self.tr("Số bản ghi"), "int", width=10),
            Column("size", self.tr("Dung lượng"), width=10,
                   display=lambda r: kilobytes(r["size"])),
        ]
        self.model, _proxy, self.table = list_table(self.columns, self)
        layout.addWidget(self.table, 1)

        self.setup_row = QWidget(self)
        setup_row = QHBoxLayout(self.setup_row)
        setup_row.setContentsMargins(0, 0, 0, 0)
        self.setup_button = QPushButton(
            self.tr("Nhận tệp thiết lập từ cấp trên…"), self.setup_row
        )
        self.setup_button.clicked.connect(self.receive_setup_file)
        setup_row.addWidget(self.setup_button)
        setup_hint = QLabel(
            self.tr("(khi cấp trên cấp lại tệp thiết lập, tệp .snqs)"), self.setup_row
        )
        setup_hint.setWordWrap(True)
        setup_hint.setStyleSheet("color: #555;")
        setup_row.addWidget(setup_hint, 1)
        layout.addWidget(self.setup_row)

    # --- showing -------------------------------------------------------------

    def refresh(self) -> None:
        settings = get_settings(self.db)
        upper = (
            exchange_units.get_unit(self.db, settings.upper_unit_uuid)
            if settings.upper_unit_uuid else None
        )
        ready = upper is not None and bool(upper.receiving_key)
        if ready:
            self.setup_notice.clear_message()
            self.upper_line.setText(
                self.tr("Gửi cho: {upper}. Dấu vân tay khóa của cấp trên: {fingerprint}").format(
                    upper=upper.name, fingerprint=upper.key_fingerprint or "—"
                )
            )
            self.upper_line.show()
        else:
            self.setup_notice.show_message(
                self.tr(
                    "Sổ này chưa nhận tệp thiết lập của cấp trên, nên chưa biết gửi gói cho ai. "
                    "Hãy xin cấp trên tệp thiết lập (tên dạng SNQ_THIETLAP_….snqs), cắm USB vào "
                    "máy rồi bấm nút “Nhận tệp thiết lập từ cấp trên…” dưới đây."
                ),
                "warning",
            )
            self.upper_line.hide()
        self.send_button.setEnabled(ready)
        self.setup_now_button.setVisible(not ready)
        self.setup_row.setVisible(ready)
        last = last_package_sent(self.db)
        reminder = package_reminder(self.db, dt.date.today())
        if not ready:
            self.last_line.clear_message()
        elif reminder:
            text = (
                self.tr("Tháng này chưa gửi gói dữ liệu. Lần gửi gần nhất: {when}.").format(
                    when=format_datetime(last)
                )
                if last else self.tr("Chưa gửi gói dữ liệu nào lên cấp trên.")
            )
            self.last_line.show_message(text, "warning")
        elif last is not None:
            self.last_line.show_message(
                self.tr("Tháng này đã gửi. Lần gửi gần nhất: {when}.").format(
                    when=format_datetime(last)
                ),
                "ok",
            )
        rows = [
            {
                "exported_at": entry.exported_at,
                "file_name": entry.file_name,
                "records": sum(entry.counts.values()),
                "size": entry.size,
            }
            for entry in exchange_log.export_log(self.db)
            if entry.kind == "unit"
        ]
        self.model.set_rows(rows)

    # --- sending -------------------------------------------------------------

    def send(self) -> None:
        folder = self.chooser.folder()
        if folder is None:
            self.result.show_message(
                self.tr(
                    "Chưa chọn nơi ghi gói: hãy cắm USB rồi bấm “Tìm lại USB”, hoặc bấm "
                    "“Chọn thư mục khác…”."
                ),
                "error",
            )
            return
        self.result.clear_message()
        outcome = run_job(
            self, self.tr("Gửi dữ liệu lên cấp trên"), self.db, export_job, folder,
            None, self.full_box.isChecked(),
        )
        if outcome.cancelled:
            self.result.show_message(
                self.tr("Đã hủy; không có tệp nào được ghi ra USB."), "warning"
            )
        elif isinstance(outcome.result, Refusal):
            self.result.show_message(outcome.result.message, "error")
        elif isinstance(outcome.result, ExportedPackage):
            self.result.show_message(self.sent_text(outcome.result), "ok")
        self.refresh()
        self.changed.emit()

    def sent_text(self, written: ExportedPackage) -> str:
        what = (
            self.tr("phần thay đổi kể từ gói cấp trên đã xác nhận nhận được")
            if written.changes_only else self.tr("toàn bộ dữ liệu")
        )
        lines = [
            self.tr("Đã ghi gói dữ liệu gửi {upper} ({what}): {records} bản ghi, "
                    "{files} tệp đính kèm.")
            .format(
                what=what,
                upper=written.recipient_name,
                records=format_int(written.record_count),
                files=format_int(written.file_count),
            ),
            self.tr("Tệp trên USB: {path}").format(path=written.target_path),
            self.tr("Gói đã được đọc lại từ USB và so khớp với bản gốc: đúng."),
            self.tr("Bản lưu trên máy: {path}").format(path=written.local_path),
        ]
        if written.missing_files:
            lines.append(
                self.tr("Không gửi kèm được (không tìm thấy hoặc hỏng trên máy): {files}").format(
                    files=", ".join(written.missing_files)
                )
            )
        lines.append(
            self.tr("Bây giờ có thể tháo USB ra (nên bấm “Tháo thiết bị an toàn” trước) và "
                    "mang lên cấp trên.")
        )
        return "\n".join(lines)

    # --- the setup file ------------------------------------------------------

    def receive_setup_file(self) -> None:
        start = self.chooser.folder() or Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp thiết lập của cấp trên"), str(start),
            self.tr("Tệp thiết lập (*.snqs)"),
        )
        if chosen:
            self.apply_setup_file(Path(chosen))

    def apply_setup_file(self, file: Path) -> None:
        """Read the file, have the fingerprint checked by phone, then take it in."""
        title = self.tr("Nhận tệp thiết lập từ cấp trên")
        self.result.clear_message()
        approve = False
        outcome = run_job(self, title, self.db, setup_job, file, approve, True)
        preview = outcome.result
        if isinstance(preview, Refusal) and preview.new_key and ask_to_approve(self, preview):
            approve = True
            preview = run_job(
                self, title, self.db, setup_job, file, approve, True
            ).result
        if isinstance(preview, Refusal):
            self.result.show_message(preview.message, "error")
            return
        if not isinstance(preview, SetupReport):
            return
        setup = preview.setup
        question = self.tr(
            "Tệp thiết lập của {upper} cấp cho {unit}.\n\nHãy gọi điện cho cấp trên và cùng "
            "đọc dấu vân tay khóa của cấp trên:\n\n{fingerprint}\n\nChỉ nhận tệp khi hai bên "
            "đọc khớp nhau. Số liệu đã nhập trong sổ được giữ nguyên."
        ).format(
            upper=setup.upper_name, unit=setup.unit_name,
            fingerprint=setup.upper_signing_fingerprint,
        )
        if not confirm(self, title, question, self.tr("Đã khớp, nhận tệp"),
                       self.tr("Không nhận")):
            return
        applied = run_job(
            self, title, self.db, setup_job, file, approve, False,
            cancellable=False,
        ).result
        if isinstance(applied, Refusal):
            self.result.show_message(applied.message, "error")
        elif isinstance(applied, SetupReport):
            total = applied.plan.totals()
            self.result.show_message(
                self.tr(
                    "Đã nhận tệp thiết lập của {upper}. Từ nay có thể gửi dữ liệu lên cấp "
                    "trên.\nDanh mục nhận kèm: {new} mục mới, {updated} mục cập nhật."
                ).format(
                    upper=setup.upper_name, new=format_int(total.new),
                    updated=format_int(total.updated),
                ),
                "ok",
            )
            self.setupApplied.emit()
        self.refresh()
        self.changed.emit()
