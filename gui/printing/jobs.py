"""Printing from the window: draw a form on a worker, then preview, print or save it.

Every printed form takes one path. A ``PrintJob`` says how to load the form from
the register and which renderer of ``reports/`` draws it. ``render_job`` does both
on a worker thread with its own connection (a 2,500-member sign-in sheet takes
seconds), into memory. If the form lacks anything, the clerk gets one message
listing all of it, first, and nothing else happens: no preview, no printer, no
file. The drawn PDF then goes to the preview (``gui.printing.preview``), to the
printer (each page drawn by QtPdf into the printer's painter, again on a
worker, cancellable between pages) or to a file the clerk chooses.

Printing the minutes marks the conference final (``models.conferences.mark_final``):
it went out for signing, and the editor asks before it is changed again.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from gui.widgets.common import show_message
from gui.widgets.tasks import Progress, run_in_background, run_with_database
from gui.widgets.xlsx_export import ask_save_path, safe_file_name
from models.conferences import mark_final
from models.errors import UserError
from models.register import Register
from models.settings import get_settings
from reports import loaders, word
from reports.data import PrintSettings
from reports.frame import ReportError, write_pdf
from reports.minutes import render_minutes
from reports.plan import render_plan
from reports.signin import render_signin
from reports.study_report import render_study_report

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

# Pages go to the printer as pictures, drawn at its resolution up to this: sharp on
# paper, while a page at 600 dpi would be 35 MB in the print queue (a 2,500-member
# sign-in sheet has 124 pages) and a 1200-dpi page half a gigabyte while drawn.
MAX_PRINT_DPI = 300



@dataclass(frozen=True)
class PrintJob:
    """One form to print: how to load it (on the worker) and draw it.

    ``name`` is what the clerk calls it ("biên bản"); ``file_name(data)`` suggests
    the PDF's name; ``after_print(db)`` runs once it has gone to the printer.
    """

    name: str
    load: Callable[[Register], Any]
    render: Callable[[Any, Path, PrintSettings], int]
    file_name: Callable[[Any], str]
    after_print: Callable[[Register], None] | None = None
    copies: Callable[[Any], int] | None = None
    word: Callable[[Any, Path, PrintSettings], int] | None = None  # the .docx writer


@dataclass
class RenderedPdf:
    """A form drawn and ready: the PDF's bytes, its page count, what to call it."""

    job: PrintJob
    data: bytes
    pages: int
    file_name: str
    copies: int = 1


@dataclass(frozen=True)
class _Refused:
    message: str


# --- the forms -----------------------------------------------------------------


def _numbered(kind: str, number: int | None, summary: str) -> str:
    head = f"{kind} số {number:02d}" if number else kind
    return safe_file_name(f"{head} - {summary}" if summary else head, ".pdf")


def minutes_job(conference: int | str) -> PrintJob:
    """Biên bản of a conference (``id`` or uuid); printing it marks the conference final."""
    return PrintJob(
        name=translate("Printing", "biên bản"),
        load=lambda db: loaders.load_minutes(db, conference),
        render=render_minutes,
        file_name=lambda data: _numbered(
            translate("Printing", "Biên bản"), data.number, data.summary
        ),
        after_print=lambda db: mark_final(db, conference),
        copies=lambda data: max(int(data.copies or 1), 1),
        word=word.minutes_docx,
    )


def signin_job(
    conference: int | str, chi_bo: str | None = None, *, per_chi_bo: bool = False
) -> PrintJob:
    """The sign-in sheet: all members, each chi bộ from a new page, or one chi bộ (uuid)."""

    def render(data: Any, target: Path, settings: PrintSettings) -> int:
        return render_signin(data, target, settings, per_chi_bo=per_chi_bo)

    def file_name(data: Any) -> str:
        head = translate("Printing", "Danh sách ký dự")
        if data.chi_bo:
            head = f"{head} - {data.chi_bo}"
        return safe_file_name(f"{head} - {data.conference}", ".pdf")

    def in_word(data: Any, target: Path, settings: PrintSettings) -> int:
        return word.signin_docx(data, target, settings, per_chi_bo=per_chi_bo)

    return PrintJob(
        name=translate("Printing", "danh sách đảng viên ký dự hội nghị"),
        load=lambda db: loaders.load_signin(db, conference, chi_bo),
        render=render,
        file_name=file_name,
        word=in_word,
    )


def plan_job(plan: int | str) -> PrintJob:
    return PrintJob(
        name=translate("Printing", "kế hoạch"),
        load=lambda db: loaders.load_plan(db, plan),
        render=render_plan,
        file_name=lambda data: _numbered(data.kind, data.number, data.summary),
        word=word.plan_docx,
    )


@dataclass(frozen=True)
class ReportChoice:
    """What the study report covers and how it is numbered (from the report dialog)."""

    start: dt.date | None = None
    end: dt.date | None = None
    document: str | None = None  # uuid; None: every document studied in the period
    number: int | None = None
    date: dt.date | None = None
    unit: str | None = None  # upper level: one unit's figures
    consolidated: bool = False  # upper level: a line per unit, over ``units``
    units: tuple[str, ...] | None = None  # None: every unit

    def load_options(self) -> dict[str, Any]:
        """The loader's arguments, the same for the prose editor and the printout."""
        return {
            "start": self.start, "end": self.end, "document_id": self.document,
            "number": self.number, "date": self.date or dt.date.today(), "unit": self.unit,
            "consolidated": self.consolidated,
            "units": list(self.units) if self.units is not None else None,
        }

    def key(self, document_uuid: str | None) -> Any:
        return loaders.report_key(self.start, self.end, document_uuid, self.unit,
                                  list(self.units) if self.units is not None else None,
                                  self.consolidated)


def study_report_job(choice: ReportChoice) -> PrintJob:
    return PrintJob(
        name=translate("Printing", "báo cáo kết quả học tập, quán triệt"),
        load=lambda db: loaders.load_study_report(db, **choice.load_options()),
        render=render_study_report,
        file_name=lambda data: _numbered(
            translate("Printing", "Báo cáo"), data.number, data.summary
        ),
        word=word.report_docx,
    )


# --- drawing -------------------------------------------------------------------


def _render_on_worker(progress: Progress, db: Register, job: PrintJob) -> RenderedPdf | _Refused:
    progress(0, 0, translate("Printing", "Đang lấy số liệu cho {name}…").format(name=job.name))
    data = job.load(db)
    settings = loaders.print_settings(get_settings(db))
    progress(0, 0, translate("Printing", "Đang dàn trang {name}…").format(name=job.name))
    # The renderer writes a file; it lives only as long as this call.
    with tempfile.TemporaryDirectory(prefix="snq-in-") as folder:
        target = Path(folder) / "ban-in.pdf"
        try:
            pages = job.render(data, target, settings)
        except ReportError as exc:
            return _Refused(str(exc))
        pdf = target.read_bytes()
    copies = job.copies(data) if job.copies is not None else 1
    return RenderedPdf(job, pdf, pages, job.file_name(data), copies)


def render_job(parent: QWidget | None, db: Register, job: PrintJob) -> RenderedPdf | None:
    """Draw the form on a worker. ``None`` when something is missing (the clerk has been
    told what, in one message), when the clerk cancelled, or when drawing failed."""
    title = translate("Printing", "Chuẩn bị bản in")
    outcome = run_with_database(parent, title, db, _render_on_worker, job)
    if isinstance(outcome, _Refused):
        show_message(parent, translate("Printing", "Chưa in được"), outcome.message, warning=True)
        return None
    return outcome


def open_pdf(data: bytes, parent: Any = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data`` in memory; keep the buffer as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


# --- printing ------------------------------------------------------------------


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def _print_on_worker(progress: Progress, data: bytes, printer: QPrinter) -> bool | _Refused:
    """Each page drawn by QtPdf into the printer's painter; False if the clerk cancelled.

    The QPdfDocument is made here, on the worker, and dies here.
    """
    document, buffer = open_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            return _Refused(
                translate("Printing", "Không đọc lại được bản in vừa dàn trang. Hãy thử in lại.")
            )
        pages = _pages_to_print(printer, document.pageCount())
        # Without the driver's help, copies are printed one after another; a file is one copy.
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        rounds = 1 if to_file or printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        total = len(pages) * rounds
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return _Refused(
                translate("Printing",
                    "Không mở được máy in. Hãy kiểm tra máy in đã bật, có giấy và đã cài "
                    "đặt, rồi in lại."
                )
            )
        try:
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            done = 0
            for _round in range(rounds):
                for index in pages:
                    text = translate("Printing", "Đang in trang {page}/{pages}…").format(
                        page=done + 1, pages=total
                    )
                    if not progress(done, total, text):
                        printer.abort()
                        return False
                    if done:
                        printer.newPage()
                    _draw_page(painter, document, index, paper, dpi)
                    done += 1
            progress(total, total, translate("Printing", "Đã gửi xong tới máy in."))
        finally:
            painter.end()
        return True
    finally:
        document.close()
        buffer.close()


def _draw_page(
    painter: QPainter, document: QPdfDocument, index: int, paper: QRectF, dpi: int
) -> None:
    points = document.pagePointSize(index)
    image = document.render(
        index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    )
    painter.drawImage(_fit(paper, image.width(), image.height()), paper_image(image))


def paper_image(image: QImage) -> QImage:
    """The page as the printer should get it: opaque, on white, grey when it has no colour.

    QtPdf draws on a transparent page, and some printer drivers print transparent
    as black. A page with no colour (all of them but the chart of a report) goes
    as one byte a dot rather than four.
    """
    page = QImage(
        image.size(),
        QImage.Format.Format_Grayscale8 if image.allGray() else QImage.Format.Format_RGB32,
    )
    page.fill(Qt.GlobalColor.white)
    on_white = QPainter(page)
    on_white.drawImage(0, 0, image)
    on_white.end()
    return page


def _fit(paper: QRectF, width: int, height: int) -> QRectF:
    """The page's image as large as the paper allows, centred, never stretched."""
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(
        paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h
    )


def new_printer(rendered: RenderedPdf) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The PDF carries the document's own margins; the printer adds none of its own.
    printer.setFullPage(True)
    printer.setDocName(Path(rendered.file_name).stem)
    printer.setCopyCount(rendered.copies)
    return printer


def print_rendered(parent: QWidget | None, db: Register, rendered: RenderedPdf) -> bool:
    """The system print dialog, then the pages to the printer. True once printed.

    After printing, the job's ``after_print`` runs (the minutes become final).
    """
    printer = new_printer(rendered)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "In {name}").format(name=rendered.job.name))
    dialog.setMinMax(1, max(rendered.pages, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    outcome = run_in_background(
        parent, translate("Printing", "In {name}").format(name=rendered.job.name), _print_on_worker,
        rendered.data, printer,
    )
    if isinstance(outcome, _Refused):
        show_message(parent, translate("Printing", "Chưa in được"), outcome.message, warning=True)
        return False
    if outcome is not True:
        return False
    if rendered.job.after_print is not None:
        try:
            rendered.job.after_print(db)
        except UserError as exc:
            # Printed all the same; the register could not record it (another office's record).
            show_message(parent, translate("Printing", "Đã in"), str(exc), warning=True)
    return True


# --- saving --------------------------------------------------------------------


def _save_on_worker(_progress: Progress, path: Path, data: bytes) -> bool | _Refused:
    try:
        write_pdf(path, data)
    except ReportError as exc:
        return _Refused(str(exc))
    return True


def save_rendered(parent: QWidget | None, rendered: RenderedPdf) -> Path | None:
    """Ask where, then write the PDF (beside the target first, then swapped in)."""
    title = translate("Printing", "Lưu {name} ra tệp PDF").format(name=rendered.job.name)
    path = ask_save_path(parent, title, rendered.file_name, "pdf")
    if path is None:
        return None
    outcome = run_in_background(parent, title, _save_on_worker, path, rendered.data)
    if isinstance(outcome, _Refused):
        show_message(parent, translate("Printing", "Chưa lưu được"), outcome.message, warning=True)
        return None
    return path if outcome is True else None


# --- the three buttons -----------------------------------------------------------


def print_job(parent: QWidget | None, db: Register, job: PrintJob) -> bool:
    """In: draw (or say what is missing), the print dialog, the printer. True once printed."""
    rendered = render_job(parent, db, job)
    return rendered is not None and print_rendered(parent, db, rendered)


def _load_on_worker(_progress: Progress, db: Register, job: PrintJob) -> Any:
    return job.load(db), loaders.print_settings(get_settings(db))


def _word_on_worker(_progress: Progress, path: Path, job: PrintJob, data: Any,
                    settings: PrintSettings) -> bool | _Refused:
    assert job.word is not None
    try:
        job.word(data, path, settings)
    except ReportError as exc:
        return _Refused(str(exc))
    return True


def save_word_job(parent: QWidget | None, db: Register, job: PrintJob) -> Path | None:
    """Lưu Word…: the same document as an editable .docx (same checks, same format)."""
    title = translate("Printing", "Lưu {name} ra tệp Word").format(name=job.name)
    loaded = run_with_database(parent, title, db, _load_on_worker, job)
    if loaded is None:
        return None
    data, settings = loaded
    name = Path(job.file_name(data)).with_suffix(".docx").name
    path = ask_save_path(parent, title, name, "docx")
    if path is None:
        return None
    outcome = run_in_background(parent, title, _word_on_worker, path, job, data, settings)
    if isinstance(outcome, _Refused):
        show_message(parent, translate("Printing", "Chưa lưu được"), outcome.message, warning=True)
        return None
    return path if outcome is True else None


def save_job(parent: QWidget | None, db: Register, job: PrintJob) -> Path | None:
    """Lưu PDF…: draw (or say what is missing), then the file dialog."""
    rendered = render_job(parent, db, job)
    return save_rendered(parent, rendered) if rendered is not None else None
