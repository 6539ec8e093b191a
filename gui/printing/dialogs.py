"""The small dialogs in front of two printed forms: the sign-in sheet and the study report.

Each asks only what the form needs (which chi bộ; which period, which document,
which number) and offers the same buttons as everywhere: Xem trước, In…, Lưu PDF…
(and for the report, Xuất Excel… with its tables).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.printing.jobs import (
    PrintJob,
    ReportChoice,
    print_job,
    save_job,
    save_word_job,
    signin_job,
    study_report_job,
)
from gui.printing.preview import preview_job
from gui.widgets.common import (
    DateField,
    ErrorLabel,
    IntField,
    document_picker,
    fill_combo,
    narrow_combo,
    select_data,
    show_message,
)
from gui.widgets.tasks import Progress, run_with_database
from gui.widgets.xlsx_export import ask_save_path, safe_file_name
from models.exchange_units import list_units
from models.listing import document_choices
from models.organisation import list_chi_bo
from models.register import Register
from models.settings import get_settings
from models.vntext import parse_date
from reports import loaders, periods
from reports.workbook import stats_workbook
from sheets import SheetError


class _Problems(ErrorLabel):
    """The red lines under the form: why nothing was printed yet."""

    def show_problems(self, problems: Iterable[str]) -> None:
        lines = [p for p in problems if p]
        if not lines:
            self.clear_problems()
            return
        self.setText(self.tr("Chưa in được, vì:") + "\n" + "\n".join(f"• {p}" for p in lines))
        self.show()


class _PrintButtons(QDialog):
    """Xem trước, In…, Lưu PDF…, Đóng under a form; subclasses say which job."""

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.preview = None
        self.errors = _Problems(self)
        self.preview_button = QPushButton(self.tr("Xem trước"), self)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.word_button = QPushButton(self.tr("Lưu Word…"), self)
        self.word_button.setToolTip(self.tr("Tệp .docx để sửa tiếp bằng Word hoặc LibreOffice"))
        self.word_button.clicked.connect(self.save_word)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.preview_button, self.print_button, self.save_button,
                       self.word_button):
            self.buttons.addWidget(button)
        self.buttons.addWidget(self.close_button)
        self.preview_button.setDefault(True)

    def job(self) -> PrintJob | None:  # pragma: no cover - each dialog below has its own
        return None

    def show_preview(self) -> None:
        job = self.job()
        if job is not None:
            self.preview = preview_job(self, self.db, job)

    def print_now(self) -> bool:
        job = self.job()
        return job is not None and print_job(self, self.db, job)

    def save_pdf(self) -> None:
        job = self.job()
        if job is not None:
            save_job(self, self.db, job)

    def save_word(self) -> Path | None:
        job = self.job()
        return save_word_job(self, self.db, job) if job is not None else None


class SigninDialog(_PrintButtons):
    """Danh sách ký dự hội nghị: everyone in one list, a page per chi bộ, or one chi bộ."""

    def __init__(
        self, db: Register, conference: int | str, title: str, parent: QWidget | None = None
    ):
        super().__init__(db, parent)
        self.conference = conference
        self.setWindowTitle(self.tr("Danh sách đảng viên ký dự hội nghị"))
        heading = QLabel(self.tr("Hội nghị: {title}").format(title=title), self)
        heading.setWordWrap(True)
        heading.setObjectName("data")  # the conference's own title
        self.all_button = QRadioButton(self.tr("Tất cả đảng viên, một danh sách liền"), self)
        self.per_chi_bo_button = QRadioButton(
            self.tr("Tất cả đảng viên, mỗi chi bộ sang trang mới"), self
        )
        self.one_button = QRadioButton(self.tr("Chỉ một chi bộ:"), self)
        self.group = QButtonGroup(self)
        for button in (self.all_button, self.per_chi_bo_button, self.one_button):
            self.group.addButton(button)
        self.per_chi_bo_button.setChecked(True)
        self.chi_bo = narrow_combo(QComboBox(self), 24)
        fill_combo(self.chi_bo, [(c.uuid, c.name) for c in list_chi_bo(db)])
        self.chi_bo.setEnabled(False)
        self.one_button.toggled.connect(self.chi_bo.setEnabled)
        self.chi_bo.activated.connect(lambda _i: self.one_button.setChecked(True))
        note = QLabel(
            self.tr("Đảng viên miễn sinh hoạt không có tên trong danh sách ký."), self
        )
        note.setWordWrap(True)

        one = QHBoxLayout()
        one.addWidget(self.one_button)
        one.addWidget(self.chi_bo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.all_button)
        layout.addWidget(self.per_chi_bo_button)
        layout.addLayout(one)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.errors)
        layout.addLayout(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def job(self) -> PrintJob | None:
        if self.one_button.isChecked():
            chi_bo = self.chi_bo.currentData()
            if chi_bo is None:
                self.errors.show_problems([self.tr("Hãy chọn chi bộ cần in.")])
                return None
            self.errors.clear_problems()
            return signin_job(self.conference, chi_bo)
        self.errors.clear_problems()
        return signin_job(self.conference, per_chi_bo=self.per_chi_bo_button.isChecked())


class StudyReportDialog(_PrintButtons):
    """Báo cáo kết quả học tập, quán triệt: a period, one document or all, number and date."""

    def __init__(
        self, db: Register, parent: QWidget | None = None, *, document: str | None = None
    ):
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Báo cáo kết quả học tập, quán triệt"))
        today = dt.date.today()
        self.start = DateField(self)
        self.start.set_date(dt.date(today.year, 1, 1).isoformat())
        self.end = DateField(self)
        self.end.set_date(today.isoformat())
        # The usual periods fill the dates; "Tùy chọn ngày" leaves them to the clerk.
        self.period = QComboBox(self)
        fill_combo(self.period, [
            ("dates", self.tr("Tùy chọn ngày")), ("year", self.tr("Cả năm")),
            ("half1", self.tr("6 tháng đầu năm")), ("half2", self.tr("6 tháng cuối năm")),
            ("q1", self.tr("Quý I")), ("q2", self.tr("Quý II")), ("q3", self.tr("Quý III")),
            ("q4", self.tr("Quý IV")), ("term", self.tr("Nhiệm kỳ bắt đầu năm")),
        ])
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.period.currentIndexChanged.connect(self._apply_period)
        self.year.valueChanged.connect(self._apply_period)
        self.document = document_picker(
            self, document_choices(db), none_text=self.tr("Tất cả văn bản học tập trong kỳ")
        )
        self.document.setMinimumContentsLength(36)
        select_data(self.document, document)
        self.number = IntField(self, placeholder=self.tr("ví dụ 15"), grouped=False)
        self.date = DateField(self)
        self.date.set_date(today.isoformat())
        self.unit = QComboBox(self)
        upper = get_settings(db).role == "upper"
        if upper:
            fill_combo(
                self.unit,
                [(None, self.tr("Toàn bộ các đơn vị"))]
                + [(u.uuid, u.name) for u in list_units(db, role="unit")],
            )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("đến ngày"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        named = QHBoxLayout()
        named.addWidget(self.period)
        named.addWidget(self.year)
        named.addStretch(1)
        form.addRow(self.tr("Kỳ báo cáo:"), named)
        form.addRow(self.tr("Từ ngày:"), period)
        form.addRow(self.tr("Văn bản:"), self.document)
        if upper:
            form.addRow(self.tr("Đơn vị:"), self.unit)
        else:
            self.unit.hide()
        number = QHBoxLayout()
        number.addWidget(self.number)
        number.addWidget(QLabel(self.tr("ngày ký:"), self))
        number.addWidget(self.date)
        number.addStretch(1)
        form.addRow(self.tr("Số báo cáo:"), number)
        hint = QLabel(
            self.tr(
                "Để trống ngày đầu để tính từ đầu nhiệm kỳ. Người ký là người đứng đầu "
                "ghi trong phần Cài đặt."
            ),
            self,
        )
        hint.setWordWrap(True)

        self.prose_button = QPushButton(self.tr("Sửa phần đánh giá…"), self)
        self.prose_button.setToolTip(self.tr(
            "Đánh giá, nguyên nhân, phương hướng, kiến nghị: viết sẵn từ số liệu, sửa trước "
            "khi in"))
        self.prose_button.clicked.connect(self.edit_prose)
        self.prose_editor = None
        self.buttons.insertWidget(1, self.prose_button)
        self.excel_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.excel_button.setToolTip(self.tr("Các bảng số liệu của báo cáo, để gửi lên cấp trên"))
        self.excel_button.clicked.connect(self.export_excel)
        self.buttons.insertWidget(self.buttons.count() - 1, self.excel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.errors)
        layout.addLayout(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 96, self.sizeHint().height())

    def choice(self) -> ReportChoice | None:
        """What the fields say, or ``None`` with the problems shown in red."""
        problems: list[str] = []
        dates: list[dt.date | None] = []
        for label, field in (
            (self.tr("Từ ngày"), self.start),
            (self.tr("Đến ngày"), self.end),
            (self.tr("Ngày ký"), self.date),
        ):
            try:
                dates.append(parse_date(field.text()))
            except ValueError:
                problems.append(
                    self.tr("{label} “{text}” không phải là ngày (ví dụ 05/03/2025).").format(
                        label=label, text=field.text().strip()
                    )
                )
                dates.append(None)
        number = self.number.value(self.tr("Số báo cáo"), problems)
        start, end, date = dates
        if start and end and end < start:
            problems.append(self.tr("Ngày kết thúc phải sau ngày bắt đầu."))
        if problems:
            self.errors.show_problems(problems)
            return None
        self.errors.clear_problems()
        unit = self.unit.currentData() if self.unit.count() else None
        return ReportChoice(
            start=start, end=end, document=self.document.currentData(), number=number,
            date=date, unit=unit,
            # At the upper level "all units" is the consolidated report, a line per unit.
            consolidated=self.unit.count() > 0 and unit is None,
        )

    def _apply_period(self) -> None:
        kind, year = self.period.currentData(), self.year.value()
        chosen = {
            "year": lambda: periods.year(year),
            "half1": lambda: periods.half(year, 1), "half2": lambda: periods.half(year, 2),
            "q1": lambda: periods.quarter(year, 1), "q2": lambda: periods.quarter(year, 2),
            "q3": lambda: periods.quarter(year, 3), "q4": lambda: periods.quarter(year, 4),
            "term": lambda: periods.term(year),
        }.get(kind)
        self.year.setEnabled(chosen is not None)
        if chosen is not None:
            period = chosen()
            self.start.set_date(period.start.isoformat())
            self.end.set_date(period.end.isoformat())

    def edit_prose(self) -> None:
        """The report's prose, drafted from the figures of the chosen period, to edit."""
        choice = self.choice()
        if choice is None:
            return
        from gui.printing.report_prose import edit_report_prose

        self.prose_editor = edit_report_prose(self, self.db, choice.key(choice.document),
                                              choice.load_options())

    def job(self) -> PrintJob | None:
        choice = self.choice()
        return study_report_job(choice) if choice is not None else None

    def export_excel(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        title = self.tr("Xuất Excel")
        path = ask_save_path(
            self, title, safe_file_name(self.tr("Số liệu học tập, quán triệt"), ".xlsx"), "xlsx"
        )
        if path is None:
            return
        outcome = run_with_database(
            self, self.tr("Đang ghi tệp Excel"), self.db, _write_report_tables, path, choice
        )
        if isinstance(outcome, str):
            show_message(self, title, outcome, warning=True)
        elif outcome is True:
            show_message(self, title, self.tr("Đã ghi các bảng số liệu vào tệp:\n{path}").format(
                path=path
            ))


def _write_report_tables(_progress: Progress, db: Register, path: Any, choice: ReportChoice):
    """On the worker: True once written, or the clerk's message."""
    tables = loaders.load_report_tables(db, choice.start, choice.end, choice.document, choice.unit)
    try:
        stats_workbook(path, *tables)
    except SheetError as exc:
        return str(exc)
    return True
