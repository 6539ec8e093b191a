"""“Nhận dữ liệu”: the packages on a stick, what one of them would change, and
taking it in.

Nothing is written before “Nhận gói này”: the preview only reads, and a register
changed since the preview takes nothing (“Xem trước lại” reads it again). A first key
is shown to be read over the phone before the package is taken; a changed key
is refused until a person approves it (asked twice). At the upper level,
“Nhận tất cả gói trên USB” takes every unit package on the stick after one backup.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.sync.jobs import (
    Refusal,
    commit_job,
    import_all_job,
    list_job,
    prepare_job,
    run_job,
)
from gui.sync.shared import (
    FolderChooser,
    Notice,
    ask_to_approve,
    capitalised,
    data_label,
    list_table,
    main_button,
    section_heading,
)
from gui.widgets.common import confirm
from gui.widgets.tablemodel import Column
from models.import_plan import RecordsRefused
from models.register import Register
from models.rules.problems import Problem
from models.settings import get_settings
from models.store import TABLE_LABELS
from models.vntext import show_int as format_int
from sync.envelope import KIND_CATALOGUE, KIND_UNIT
from sync.import_export import BatchResult, ImportReport, PackageListing, PreparedImport, shown_time

# Rows of the table of refused records; a package may have thousands of bad ones.
SHOWN_PROBLEMS = 500


class ReceiveTab(QWidget):
    changed = Signal()  # a package was taken in

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.role = "unit"
        self.listing: list[PackageListing] = []
        self.scanned: Path | None = None
        self.file: Path | None = None
        self.prepared: PreparedImport | None = None
        self.refusal: Refusal | None = None
        self.approved = False  # the preview shown was made with a new key approved

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.chooser = FolderChooser(self.tr("Tìm gói trong:"), self)
        self.file_button = QPushButton(self.tr("Mở một tệp gói…"), self)
        self.file_button.setToolTip(self.tr("Chọn một tệp gói (.snq) ở bất kỳ đâu"))
        self.file_button.clicked.connect(self.pick_file)
        self.chooser.folderChanged.connect(lambda _folder: self.scan())
        layout.addWidget(self.chooser)

        self.package_columns = [
            Column("file_name", self.tr("Tệp gói"), stretch=True),
            Column("kind_text", self.tr("Loại gói"), width=14),
            Column("sender", self.tr("Nơi gửi"), width=22),
            Column("created", self.tr("Lập lúc"), width=15),
            Column("records", self.tr("Số bản ghi"), "int", width=9),
            Column("note", self.tr("Ghi chú"), width=22),
        ]
        self.packages, self.package_proxy, self.package_table = list_table(
            self.package_columns, self
        )
        self.package_table.setSortingEnabled(False)
        self.package_table.activated.connect(lambda _i: self.preview())
        self.package_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.found = data_label(self)
        self.found.setText(
            self.tr("Cắm USB rồi bấm “Tìm lại USB”, hoặc chọn thư mục, hoặc mở một tệp gói.")
        )
        layout.addWidget(self.found)
        layout.addWidget(self.package_table, 2)

        actions = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Xem trước gói đang chọn"), self)
        self.preview_button.setToolTip(
            self.tr("Đọc và kiểm tra gói, cho biết sẽ thay đổi những gì; chưa ghi gì vào sổ")
        )
        self.preview_button.clicked.connect(self.preview)
        actions.addWidget(self.preview_button)
        self.all_button = QPushButton(self.tr("Nhận tất cả gói trên USB"), self)
        self.all_button.setToolTip(
            self.tr("Sao lưu sổ một lần rồi nhận lần lượt mọi gói của các đơn vị trong thư mục")
        )
        self.all_button.clicked.connect(self.import_all)
        actions.addWidget(self.all_button)
        actions.addStretch(1)
        actions.addWidget(self.file_button)
        layout.addLayout(actions)

        layout.addWidget(section_heading(self.tr("Xem trước: những gì sẽ thay đổi trong sổ"),
                                         self))
        # What the package is and what to check on the left, the counts on the right.
        lower = QHBoxLayout()
        left = QVBoxLayout()
        self.summary = Notice(self)
        left.addWidget(self.summary)
        self.key_notice = Notice(self)
        left.addWidget(self.key_notice)
        self.refusal_notice = Notice(self)
        left.addWidget(self.refusal_notice)
        self.approve_button = QPushButton(self.tr("Chấp nhận khóa mới…"), self)
        self.approve_button.setToolTip(
            self.tr("Chỉ bấm sau khi đã gọi điện cho nơi gửi và đọc khớp dấu vân tay")
        )
        self.approve_button.clicked.connect(self.approve)
        self.approve_button.hide()
        left.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.repreview_button = QPushButton(self.tr("Xem trước lại"), self)
        self.repreview_button.setToolTip(self.tr("Đọc lại gói, xem bây giờ nhận sẽ thay đổi gì"))
        self.repreview_button.clicked.connect(self.preview_again)
        self.repreview_button.hide()
        left.addWidget(self.repreview_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        self.apply_button = main_button(self.tr("Nhận gói này"), self)
        self.apply_button.setToolTip(
            self.tr("Sao lưu sổ rồi ghi các thay đổi trên vào sổ, tất cả hoặc không gì cả")
        )
        self.apply_button.clicked.connect(self.apply)
        left.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = Notice(self)
        left.addWidget(self.result)
        lower.addLayout(left, 2)

        self.plan_columns = [
            Column("kind", self.tr("Loại dữ liệu"), stretch=True),
            Column("new", self.tr("Mới"), "int", width=7),
            Column("updated", self.tr("Cập nhật"), "int", width=7),
            Column("deleted", self.tr("Xóa"), "int", width=6),
            Column("unchanged", self.tr("Không đổi"), "int", width=7),
            Column("conflicts", self.tr("Xung đột"), "int", width=7),
        ]
        self.plan, _proxy, self.plan_table = list_table(self.plan_columns, self)
        self.plan_table.setSortingEnabled(False)
        lower.addWidget(self.plan_table, 3)
        self.batch_columns = [
            Column("file_name", self.tr("Tệp gói"), width=26),
            Column("outcome", self.tr("Kết quả"), stretch=True),
        ]
        self.batch, _proxy, self.batch_table = list_table(self.batch_columns, self)
        self.batch_table.setSortingEnabled(False)
        self.batch_table.hide()
        lower.addWidget(self.batch_table, 3)
        # A package refused for its records: each problem on a line of its own.
        self.problem_columns = [
            Column("kind", self.tr("Loại dữ liệu"), width=11),
            Column("record", self.tr("Bản ghi"), width=28),
            Column("field", self.tr("Trường"), width=17),
            Column("message", self.tr("Lỗi"), stretch=True),
        ]
        self.problems, _proxy, self.problem_table = list_table(self.problem_columns, self)
        self.problem_table.setSortingEnabled(False)
        self.problem_table.hide()
        lower.addWidget(self.problem_table, 3)
        layout.addLayout(lower, 3)
        self._show_nothing()

    # --- role and listing ---------------------------------------------------------

    def refresh(self) -> None:
        role = get_settings(self.db).role
        if role != self.role:  # set in Cài đặt: what can be taken in here changed
            self.role = role
            self.packages.set_rows([self._listing_row(item) for item in self.listing])
            self._show_nothing()
        if self.role == "upper":
            self.intro.setText(self.tr(
                "Nhận gói dữ liệu các đơn vị gửi lên (tệp .snq). Cắm USB, chọn gói rồi bấm "
                "“Xem trước” để biết sẽ thay đổi gì; bấm “Nhận gói này” để ghi vào sổ. Sổ được "
                "sao lưu trước mỗi lần nhận."
            ))
        else:
            self.intro.setText(self.tr(
                "Nhận gói danh mục cấp trên gửi xuống (văn bản, danh mục, hội nghị của cấp "
                "trên). Cắm USB, chọn gói rồi bấm “Xem trước”; bấm “Nhận gói này” để ghi vào "
                "sổ. Sổ được sao lưu trước mỗi lần nhận."
            ))
        self.all_button.setVisible(self.role == "upper")
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.chooser.folder() is not None and self.scanned != self.chooser.folder():
            # After the tab is on screen: reading a stick may take a moment.
            QTimer.singleShot(0, self._scan_if_shown)

    def _scan_if_shown(self) -> None:
        if self.isVisible() and self.scanned != self.chooser.folder():
            self.scan()

    def _expected_kind(self) -> str:
        return KIND_UNIT if self.role == "upper" else KIND_CATALOGUE

    def scan(self) -> None:
        """List the packages in the chosen folder (read on a worker: a stick is slow)."""
        folder = self.chooser.folder()
        self.scanned = folder
        self.listing = []
        problem = None
        if folder is not None:
            outcome = run_job(self, self.tr("Đang tìm gói dữ liệu"), self.db, list_job, folder)
            if isinstance(outcome.result, Refusal):
                problem = outcome.result.message
            elif isinstance(outcome.result, list):
                self.listing = outcome.result
        self.packages.set_rows([self._listing_row(item) for item in self.listing])
        if folder is None:
            self.found.setText(self.tr("Chưa chọn USB hay thư mục để tìm gói."))
        elif problem:
            self.found.setText(problem)
        elif not self.listing:
            self.found.setText(
                self.tr("Không thấy gói dữ liệu nào (tệp .snq) trong {folder}.").format(
                    folder=folder
                )
            )
        else:
            self.found.setText(
                self.tr("Tìm thấy {count} gói trong {folder}.").format(
                    count=format_int(len(self.listing)), folder=folder
                )
            )
        wanted = [i for i, item in enumerate(self.listing)
                  if item.problem is None and item.kind == self._expected_kind()]
        if len(wanted) == 1:
            self.package_table.selectRow(wanted[0])
        self._update_buttons()

    def _listing_row(self, item: PackageListing) -> dict[str, Any]:
        kinds = {
            KIND_UNIT: self.tr("Dữ liệu đơn vị"),
            KIND_CATALOGUE: self.tr("Danh mục cấp trên"),
        }
        note = ""
        if item.problem:
            note = self.tr("Không đọc được: {reason}").format(reason=item.problem)
        elif item.kind != self._expected_kind():
            note = (
                self.tr("Gói gửi đơn vị, không nhận ở đây")
                if item.kind == KIND_CATALOGUE else self.tr("Gói gửi cấp trên, không nhận ở đây")
            )
        return {
            "path": item.path,
            "file_name": item.path.name,
            "kind_text": kinds.get(item.kind or "", ""),
            "sender": item.sender_name,
            "created": shown_time(item.created),
            "records": item.record_count if item.problem is None else None,
            "note": note,
        }

    def selected_file(self) -> Path | None:
        rows = self.package_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.package_proxy.row_at(rows[0].row())["path"]

    def select_file(self, path: Path) -> bool:
        for row in range(self.package_proxy.rowCount()):
            if self.package_proxy.row_at(row)["path"] == path:
                self.package_table.selectRow(row)
                return True
        return False

    def pick_file(self) -> None:
        start = self.chooser.folder() or Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn gói dữ liệu"), str(start), self.tr("Gói dữ liệu (*.snq)")
        )
        if not chosen:
            return
        path = Path(chosen)
        self.chooser.set_folder(path.parent)
        if self.scanned != path.parent or not self.select_file(path):
            self.scan()
        if self.select_file(path):
            self.preview()

    def _selection_changed(self, *_args: Any) -> None:
        if self.selected_file() != self.file:
            self._show_nothing()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(self.selected_file() is not None)
        self.all_button.setEnabled(any(
            item.problem is None and item.kind == KIND_UNIT for item in self.listing
        ))
        self.apply_button.setEnabled(self.prepared is not None)

    # --- preview --------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.file = None
        self.prepared = None
        self.refusal = None
        self.summary.show_message(
            self.tr("Chọn một gói trong danh sách rồi bấm “Xem trước gói đang chọn”."), "info"
        )
        self.key_notice.clear_message()
        self.refusal_notice.clear_message()
        self.approve_button.hide()
        self.repreview_button.hide()
        self.plan.set_rows([])
        self.plan_table.show()
        self.batch_table.hide()
        self.problems.set_rows([])
        self.problem_table.hide()
        self._update_buttons()

    def preview(self, *, approve: bool = False) -> None:
        file = self.selected_file()
        if file is None:
            return
        self._show_nothing()
        self.result.clear_message()
        self.file = file
        self.approved = approve
        outcome = run_job(
            self, self.tr("Đang đọc và kiểm tra gói"), self.db, prepare_job,
            file, approve,
        )
        if isinstance(outcome.result, Refusal):
            self._show_refusal(outcome.result)
        elif isinstance(outcome.result, PreparedImport):
            self._show_prepared(outcome.result)
        self._update_buttons()

    def _show_refusal(self, refusal: Refusal) -> None:
        self.refusal = refusal
        self.summary.show_message(
            self.tr("Gói “{file}” không được nhận. Sổ không thay đổi gì.").format(
                file=self.file.name if self.file else ""
            ),
            "error",
        )
        self.plan_table.hide()  # nothing to count: the message gets the whole width
        if isinstance(refusal.error, RecordsRefused):
            self._show_record_problems(refusal.error.problems)
        else:
            self.refusal_notice.show_message(refusal.message, "error")
        if refusal.new_key:
            self.approve_button.setText(
                self.tr("Chấp nhận đơn vị mới…") if refusal.unknown_sender
                else self.tr("Chấp nhận khóa mới…")
            )
            self.approve_button.show()

    def _show_record_problems(self, problems: list[Problem]) -> None:
        """The records a package was refused for, one per line of the table (the first
        ``SHOWN_PROBLEMS``: the sender's ``check`` lists them all)."""
        text = self.tr(
            "Gói có {count} lỗi trong các bản ghi (bảng bên cạnh). Báo nơi gửi sửa các "
            "bản ghi đó trong sổ của họ (lệnh check chỉ ra từng bản ghi) rồi gửi gói mới."
        ).format(count=format_int(len(problems)))
        if len(problems) > SHOWN_PROBLEMS:
            text += "\n" + self.tr("Bảng chỉ ghi {shown} lỗi đầu tiên.").format(
                shown=format_int(SHOWN_PROBLEMS))
        self.refusal_notice.show_message(text, "error")
        self.problems.set_rows([
            # "thứ 3 “Nguyễn Văn An”": the column's title already says "Bản ghi".
            {"kind": problem.kind, "record": problem.record.removeprefix("bản ghi "),
             "field": problem.field_text,
             "message": problem.message}
            for problem in problems[:SHOWN_PROBLEMS]
        ])
        self.problem_table.show()

    def _show_prepared(self, prepared: PreparedImport) -> None:
        self.prepared = prepared
        report = prepared.report
        total = report.plan.totals()
        head = (
            self.tr("Gói dữ liệu của {sender}, lập lúc {created} (theo đồng hồ máy nơi gửi).")
            if report.kind == KIND_UNIT
            else self.tr("Gói danh mục của {sender}, lập lúc {created} (theo đồng hồ máy nơi gửi).")
        ).format(sender=report.sender_name, created=shown_time(report.created))
        lines = [
            head,
            self.tr(
                "Nếu nhận: {new} mới, {updated} cập nhật, {deleted} xóa, {unchanged} không đổi, "
                "{conflicts} xung đột."
            ).format(
                new=format_int(total.new), updated=format_int(total.updated),
                deleted=format_int(total.deleted),
                unchanged=format_int(total.unchanged + total.older),
                conflicts=format_int(total.conflicts),
            ),
        ]
        if report.file_count:
            lines.append(self.tr("Kèm {count} tệp văn bản.").format(
                count=format_int(report.file_count)))
        if report.previous is not None:
            lines.append(self.tr("Gói này đã được nhận lúc {when}.").format(
                when=shown_time(report.previous.imported_at)))
        if total.conflicts:
            lines.append(self.tr(
                "Bản ghi xung đột không bị ghi đè: sổ giữ lại để người dùng chọn trong thẻ "
                "“Xung đột”."
            ))
        if not total.changes and not total.conflicts:
            lines.append(self.tr("Gói không có gì mới so với sổ."))
        self.summary.show_message("\n".join(lines), "info")
        if report.pinning == "first":
            self.key_notice.show_message(
                self.tr(
                    "Lần đầu nhận gói của {sender}. Trước khi nhận, hãy gọi điện cho đơn vị và "
                    "cùng đọc dấu vân tay khóa ký:\n{fingerprint}\nChỉ nhận khi hai bên đọc "
                    "khớp nhau."
                ).format(sender=report.sender_name, fingerprint=report.sender_fingerprint),
                "warning",
            )
        elif report.pinning == "replaced":
            self.key_notice.show_message(
                self.tr("Khóa mới của {sender} sẽ được ghi nhận khi nhận gói: {fingerprint}")
                .format(sender=report.sender_name, fingerprint=report.sender_fingerprint),
                "warning",
            )
        self.plan.set_rows([
            {
                "kind": capitalised(TABLE_LABELS.get(table, table)),
                "new": plan.new,
                "updated": plan.updated,
                "deleted": plan.deleted,
                "unchanged": plan.unchanged + plan.older,
                "conflicts": plan.conflicts,
            }
            for table, plan in report.plan.tables.items()
        ])

    def preview_again(self) -> None:
        """The same package read again (any key approval kept): what it would do now."""
        self.preview(approve=self.approved)  # shown only while self.file is selected

    def approve(self) -> None:
        if self.refusal is None or not self.refusal.new_key:
            return
        if ask_to_approve(self, self.refusal):
            self.preview(approve=True)

    # --- taking it in ---------------------------------------------------------------

    def apply(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        report = prepared.report
        title = self.tr("Nhận gói dữ liệu")
        if report.pinning == "first" and not confirm(
            self, title,
            self.tr(
                "Dấu vân tay khóa của {sender}:\n\n{fingerprint}\n\nđã được đọc khớp qua điện "
                "thoại chưa?"
            ).format(sender=report.sender_name, fingerprint=report.sender_fingerprint),
            self.tr("Đã khớp, nhận gói"), self.tr("Chưa, để sau"),
        ):
            return
        outcome = run_job(self, title, self.db, commit_job, prepared,
                          cancellable=False)
        if isinstance(outcome.result, Refusal) and outcome.result.register_changed:
            self._show_register_changed(outcome.result)
        elif isinstance(outcome.result, Refusal):
            self._show_nothing()
            self.result.show_message(outcome.result.message, "error")
        elif isinstance(outcome.result, ImportReport):
            self._show_nothing()
            self.result.show_message(self._applied_text(outcome.result), "ok")
        self.changed.emit()

    def _show_register_changed(self, refusal: Refusal) -> None:
        """Nothing taken: the preview's counts go, the reason shows, “Xem trước lại”."""
        self.prepared = None
        self.refusal = refusal
        self.result.clear_message()
        self.key_notice.clear_message()
        # One notice: the refusal already says what happened, that nothing was written
        # and what to do; the preview's counts it replaces no longer hold.
        self.summary.show_message(refusal.message, "warning")
        self.refusal_notice.clear_message()
        self.plan.set_rows([])
        self.repreview_button.show()
        self._update_buttons()

    def _applied_text(self, report: ImportReport) -> str:
        total = report.plan.totals()
        text = self.tr(
            "Đã nhận gói của {sender}: {new} mới, {updated} cập nhật, {deleted} xóa."
        ).format(
            sender=report.sender_name, new=format_int(total.new),
            updated=format_int(total.updated), deleted=format_int(total.deleted),
        )
        if total.conflicts:
            text += " " + self.tr("{count} xung đột chờ chọn trong thẻ “Xung đột”.").format(
                count=format_int(total.conflicts))
        if report.receipt is not None:
            text += "\n" + self.tr(
                "Nếu nhận nhầm, có thể hoàn tác lần nhận này ở thẻ “Nhật ký gửi, nhận”.")
        return text

    def import_all(self) -> None:
        files = [item.path for item in self.listing
                 if item.problem is None and item.kind == KIND_UNIT]
        if not files:
            return
        self._show_nothing()
        self.result.clear_message()
        outcome = run_job(
            self, self.tr("Nhận tất cả gói trên USB"), self.db, import_all_job,
            files,
        )
        batch = outcome.result
        if isinstance(batch, BatchResult):
            self._show_batch(batch, stopped=outcome.cancelled)
        self.changed.emit()

    def _show_batch(self, batch: BatchResult, *, stopped: bool) -> None:
        rows = []
        for report in batch.reports:
            total = report.plan.totals()
            outcome = self.tr(
                "{sender}: đã nhận {new} mới, {updated} cập nhật, {deleted} xóa, "
                "{conflicts} xung đột"
            ).format(
                sender=report.sender_name, new=format_int(total.new),
                updated=format_int(total.updated), deleted=format_int(total.deleted),
                conflicts=format_int(total.conflicts),
            )
            if report.first_from_sender:
                # Pinned without the single package's question: the fingerprint is
                # shown so that it can still be read over the phone.
                outcome += self.tr("; lần đầu nhận gói, dấu vân tay khóa ký: {fingerprint}").format(
                    fingerprint=report.sender_fingerprint)
            rows.append({"file_name": report.file_name, "outcome": outcome})
        first = [report for report in batch.reports if report.first_from_sender]
        for path, message in batch.refused:
            rows.append({
                "file_name": path.name,
                "outcome": self.tr("KHÔNG NHẬN: {reason}").format(
                    reason=" ".join(message.split())),
            })
        self.batch.set_rows(rows)
        self.plan_table.hide()
        self.batch_table.show()
        summary = self.tr("Đã nhận {done} gói, {refused} gói không nhận.").format(
            done=format_int(len(batch.reports)), refused=format_int(len(batch.refused))
        )
        if stopped:
            summary += " " + self.tr("Đã dừng theo yêu cầu; các gói nhận xong vẫn được giữ.")
        if batch.receipt is not None:
            summary += "\n" + self.tr(
                "Nếu nhận nhầm, có thể hoàn tác cả lần nhận này ở thẻ “Nhật ký gửi, nhận”.")
        if batch.refused:
            summary += "\n" + self.tr(
                "Gói không nhận (di chuột lên dòng để đọc đủ lý do): chọn gói đó rồi bấm "
                "“Xem trước” để biết cách xử lý."
            )
        if first:
            summary += "\n" + self.tr(
                "{count} đơn vị gửi gói lần đầu: khóa ký của họ đã được ghi nhận. Hãy gọi điện "
                "đọc dấu vân tay trong bảng với từng đơn vị. Nếu không khớp, gói đó không do đơn "
                "vị gửi: đừng dùng số liệu của đơn vị đó cho đến khi nhận được gói đúng (khi "
                "ấy chương trình sẽ hỏi trước khi đổi khóa)."
            ).format(count=format_int(len(first)))
        warn = batch.refused or stopped or first
        self.summary.show_message(summary, "warning" if warn else "ok")

