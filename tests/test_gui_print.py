"""Printing from the window: preview, missing data first, the print dialog, Lưu PDF, Ctrl+P."""
from __future__ import annotations

import dataclasses
import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from gui.conferences.editor import ConferenceEditor
from gui.conferences.page import ConferencesPage
from gui.plans.page import PlansPage
from gui.printing.jobs import PrintJob, minutes_job, paper_image, render_job
from models.attendance import set_attendance
from models.conferences import get_conference, get_conference_detail, save_conference
from models.plans import Plan, PlanDetail, Task, save_plan
from models.settings import get_settings, save_settings
from reports import loaders
from reports.minutes import render_minutes
from tests.factories import add_conference, small_commune
from tests.gui_fixtures import *  # noqa: F403  (fixtures: answers, ui_settings)
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.reports_pdf import squash

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def commune(db_path: Path):
    fx = small_commune(db_path)
    settings = get_settings(fx.db)
    settings.leader_name = "Lường Văn Thắng"
    save_settings(fx.db, settings)
    fx.conf = add_conference(fx, starts_at="2025-03-05T08:00", reg_number=12).conference
    set_attendance(fx.db, fx.conf.uuid, [
        (fx.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
    ])
    yield fx
    fx.db.conn.close()


@pytest.fixture
def printer_file(monkeypatch, tmp_path):
    """The print dialog, answered "In" to a PDF file; records each dialog shown."""
    out = tmp_path / "may-in.pdf"
    shown: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        shown.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return out, shown


@pytest.fixture
def no_file_dialog(monkeypatch):
    """Fails the test if a file dialog opens (nothing may be written)."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a file dialog opened")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", refuse)


def _page(qtbot, cls, fx, db_path):
    page = cls(fx.db)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.refresh()
    return page


def _select(page, uuid: str) -> None:
    assert page.select_uuid(uuid)


def _expected_pages(fx, tmp_path) -> int:
    data = loaders.load_minutes(fx.db, fx.conf.id)
    return render_minutes(data, tmp_path / "ref.pdf", loaders.print_settings(get_settings(fx.db)))


def test_preview_shows_the_minutes_as_they_print(qtbot, commune, db_path, tmp_path):
    page = _page(qtbot, ConferencesPage, commune, db_path)
    _select(page, commune.conf.uuid)
    dialog = page.preview_minutes()
    assert dialog is not None and dialog.isVisible()
    assert isinstance(dialog.document, QPdfDocument)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    pages = _expected_pages(commune, tmp_path)
    assert dialog.document.pageCount() == pages >= 2
    assert f"{pages} trang" in dialog.pages_label.text()
    text = squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        dialog.rendered.data)).pages))
    assert "Số 12-BB/ĐU" in text and "Ốm đau" in text and "Vũ Văn Thành" in text
    assert dialog.rendered.file_name.startswith("Biên bản số 12 - ")
    # Looking is not printing: the conference is still a draft.
    assert get_conference(commune.db, commune.conf.id).status == "draft"
    dialog.close()


def test_missing_chair_is_listed_first_and_nothing_is_written(
    qtbot, commune, db_path, tmp_path, answers, no_file_dialog, printer_file
):
    detail = get_conference_detail(commune.db, commune.conf.id)
    detail.conference.chair_name = ""
    save_conference(commune.db, detail)
    page = _page(qtbot, ConferencesPage, commune, db_path)
    _select(page, commune.conf.uuid)
    answers(QDialog.DialogCode.Accepted, QDialog.DialogCode.Accepted,
            QDialog.DialogCode.Accepted)

    assert page.preview_minutes() is None
    page.save_minutes_pdf()
    page.print_selected()

    assert len(answers.asked) == 3
    for message in answers.asked:
        assert message.startswith("Chưa in được biên bản vì còn thiếu:")
        assert "người chủ trì hội nghị" in message
    out, shown = printer_file
    assert shown == [] and not out.exists()  # no print dialog, no file
    assert get_conference(commune.db, commune.conf.id).status == "draft"
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_printing_goes_to_the_printer_and_marks_the_minutes_final(
    qtbot, commune, db_path, tmp_path, printer_file
):
    out, shown = printer_file
    page = _page(qtbot, ConferencesPage, commune, db_path)
    _select(page, commune.conf.uuid)
    page.print_selected()

    assert len(shown) == 1
    printer = shown[0]
    assert printer.copyCount() == 2  # "lập thành 02 bản": both copies by default
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
    assert out.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(out).pages) == _expected_pages(commune, tmp_path)
    assert get_conference(commune.db, commune.conf.id).status == "final"
    assert page.proxy.row_at(0)["status"] == "final"  # the list shows it at once
    # What reached the printer is the page, black on white: neither blank nor black.
    assert 0.01 < _ink(out) < 0.3


def _ink(pdf: Path) -> float:
    """The share of dark dots on the first page of ``pdf``, drawn on white."""
    document = QPdfDocument()
    document.load(str(pdf))
    image = paper_image(document.render(0, QSize(300, 424)))
    document.close()
    dark = sum(
        1 for y in range(image.height()) for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )
    return dark / (image.width() * image.height())


def test_pages_go_to_the_printer_opaque_on_white(qtbot, commune, tmp_path):
    path = tmp_path / "bb.pdf"
    render_minutes(loaders.load_minutes(commune.db, commune.conf.id), path,
                   loaders.print_settings(get_settings(commune.db)))
    document = QPdfDocument()
    document.load(str(path))
    drawn = document.render(0, QSize(200, 283))
    assert drawn.pixelColor(2, 2).alpha() == 0  # QtPdf leaves the paper transparent
    page = paper_image(drawn)
    assert page.format() == QImage.Format.Format_Grayscale8  # no colour: one byte a dot
    assert page.pixelColor(2, 2).lightness() == 255
    document.close()
    colour = QImage(10, 10, QImage.Format.Format_ARGB32)
    colour.fill(QColor("#5b7fa8"))  # the bars of the report's chart
    assert paper_image(colour).format() == QImage.Format.Format_RGB32


def test_ctrl_p_in_the_window_prints_the_selected_conference(
    qtbot, commune, db_path, printer_file, ui_settings
):
    from gui.window.main_window import MainWindow

    out, shown = printer_file
    ui_settings.setValue("window/page", "conferences")
    window = MainWindow(commune.db, db_path, ui_settings)
    window.backup_on_close = False
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.current_page()
    _select(page, commune.conf.uuid)
    window.sidebar.setFocus()  # the shortcut works wherever the focus is in the window
    qtbot.keyClick(window.sidebar, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and out.exists()
    assert get_conference(commune.db, commune.conf.id).status == "final"


def test_saving_the_pdf_through_the_file_dialog(
    qtbot, commune, db_path, tmp_path, monkeypatch
):
    target = tmp_path / "luu" / "bien-ban"  # no suffix typed: .pdf is added
    target.parent.mkdir()
    asked = []

    def choose(parent, title, suggested, filters):
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    page = _page(qtbot, ConferencesPage, commune, db_path)
    _select(page, commune.conf.uuid)
    page.save_minutes_pdf()
    saved = target.with_name("bien-ban.pdf")
    assert len(PdfReader(saved).pages) == _expected_pages(commune, tmp_path)
    assert asked[0].startswith("Biên bản số 12") and asked[0].endswith(".pdf")
    assert [p.name for p in saved.parent.iterdir()] == ["bien-ban.pdf"]  # no temp left
    assert get_conference(commune.db, commune.conf.id).status == "draft"


def test_editor_prints_and_then_asks_before_the_final_minutes_change(
    qtbot, commune, printer_file, answers
):
    out, _shown = printer_file
    editor = ConferenceEditor(commune.db, commune.conf.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.print_minutes()
    assert out.exists()
    assert get_conference(commune.db, commune.conf.id).status == "final"
    assert "Đã in biên bản" in editor.status.text()
    # A change saved after printing turns the minutes back into a draft to print again.
    editor.place.setText("Nhà văn hóa thôn Nà Pài")
    assert editor.save()
    assert get_conference(commune.db, commune.conf.id).status == "draft"
    # Printing with unsaved changes asks to save first; "Hủy" prints nothing.
    editor.place.setText("Hội trường")
    answers(2)  # not Save
    out.unlink()
    assert not editor.print_minutes()
    assert answers.asked[-1].startswith("Bản in lấy từ sổ dữ liệu")
    assert not out.exists()
    editor.place.setText("Nhà văn hóa thôn Nà Pài")  # as saved: closing asks nothing


def test_big_documents_are_drawn_off_the_window_thread(qtbot, commune):
    threads = []

    def render(data, target, settings):
        threads.append(threading.current_thread())
        return render_minutes(data, target, settings)

    job = dataclasses.replace(minutes_job(commune.conf.id), render=render)
    assert isinstance(job, PrintJob)
    rendered = render_job(None, commune.db, job)
    assert rendered is not None and rendered.pages >= 2
    assert threads and threads[0] is not threading.main_thread()


def test_sign_in_sheet_per_chi_bo_and_for_one_chi_bo(qtbot, commune, db_path):
    from gui.printing.dialogs import SigninDialog

    page = _page(qtbot, ConferencesPage, commune, db_path)
    _select(page, commune.conf.uuid)
    dialog = page.open_signin()
    qtbot.addWidget(dialog)
    assert dialog.per_chi_bo_button.isChecked()
    assert isinstance(dialog, SigninDialog)
    dialog.show_preview()
    both = dialog.preview
    text = squash(PdfReader(io.BytesIO(both.rendered.data)).pages[0].extract_text())
    assert "Nguyễn Văn An" in text and "Lường Văn Cao" not in text  # excused: not listed
    assert both.document.pageCount() == 2  # each chi bộ from a new page
    both.close()

    dialog.one_button.setChecked(True)
    dialog.chi_bo.setCurrentIndex(dialog.chi_bo.findText("Chi bộ Trường Tiểu học"))
    dialog.show_preview()
    one = dialog.preview
    text = squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        one.rendered.data)).pages))
    assert "Đỗ Minh Đức" in text and "Nguyễn Văn An" not in text
    assert one.document.pageCount() == 1
    one.close()


def test_plan_preview_and_print(qtbot, commune, db_path, printer_file):
    out, _shown = printer_file
    plan = save_plan(commune.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", number=5,
                  issued_on="2025-04-01", document_uuid=commune.document.uuid),
        tasks=[Task(content="Quán triệt đến các chi bộ", lead="Ban Xây dựng Đảng",
                    deadline="2025-05-31", output="Biên bản hội nghị")]))
    page = _page(qtbot, PlansPage, commune, db_path)
    _select(page, plan.plan.uuid)
    dialog = page.preview_plan()
    assert dialog.document.pageCount() >= 1
    text = squash(PdfReader(io.BytesIO(dialog.rendered.data)).pages[0].extract_text())
    assert "Số 05-KH/ĐU" in text and "Quán triệt đến các chi bộ" in text
    assert dialog.print_now() and out.exists()
    assert "Đã gửi tới máy in" in dialog.status.text()
    dialog.close()


def test_study_report_dialog_preview_missing_number_and_excel(
    qtbot, commune, db_path, tmp_path, monkeypatch, answers
):
    import openpyxl

    page = _page(qtbot, ConferencesPage, commune, db_path)
    dialog = page.open_report()
    qtbot.addWidget(dialog)
    dialog.start.setText("01/01/2025")
    dialog.end.setText("31/12/2025")
    dialog.date.setText("10/04/2025")
    answers(QDialog.DialogCode.Accepted)
    dialog.show_preview()  # no number yet
    assert "số báo cáo" in answers.asked[-1] and dialog.preview is None

    dialog.number.setText("3")
    dialog.show_preview()
    report = dialog.preview
    text = squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        report.rendered.data)).pages))
    assert "Số 03-BC/ĐU" in text and "ngày 10 tháng 4 năm 2025" in text
    assert report.document.pageCount() >= 2
    report.close()

    dialog.end.setText("31/12/2024")
    dialog.show_preview()
    assert "Ngày kết thúc phải sau ngày bắt đầu." in dialog.errors.problems()

    dialog.end.setText("31/12/2025")
    target = tmp_path / "so-lieu.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), a[-1]))
    answers(QDialog.DialogCode.Accepted)
    dialog.export_excel()
    book = openpyxl.load_workbook(target)
    cells = {r[0]: r[1:] for r in book["Theo chi bộ"].iter_rows(min_row=2, values_only=True)}
    assert cells["Chi bộ thôn Nà Pài"][:2] == (3, 2)
    assert "Đã ghi các bảng số liệu" in answers.asked[-1]


def test_printing_and_import_dialogs_in_english(qtbot, commune, db_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from gui.organisation.page import MemberList
    from gui.widgets.language import install_language
    from gui.window.app import create_application
    from tests.sheet_files import write_xlsx
    from tests.test_gui_i18n import _vietnamese, _visible_texts

    path = write_xlsx(tmp_path / "list.xlsx", ["Họ và tên", "Năm sinh", "Chi bộ"], [
        ["Phan Văn Tâm", 1975, "Chi bộ thôn Nà Pài"], ["Vi Văn Sáng", None, "Chi bộ thôn Khuổi Mạ"],
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    create_application("en")
    try:
        page = _page(qtbot, ConferencesPage, commune, db_path)
        _select(page, commune.conf.uuid)
        members = _page(qtbot, MemberList, commune, db_path)
        preview = page.preview_minutes()
        shown = {
            "conferences": page,
            "preview": preview,
            "report": page.open_report(),
            "sign-in": page.open_signin(),
            "import": members.import_members(),
        }
        texts = {name: _visible_texts(widget) for name, widget in shown.items()}
        assert "Preview minutes" in texts["conferences"]
        assert "Import 1 rows" in texts["import"]
        left = {name: [t for t in found if _vietnamese(t)] for name, found in texts.items()}
        assert {name: found for name, found in left.items() if found} == {}
        preview.close()
    finally:
        install_language(QApplication.instance(), "vi")


def test_preview_zooms_from_what_is_shown(qtbot, commune, db_path):
    from PySide6.QtPdfWidgets import QPdfView

    page = _page(qtbot, ConferencesPage, commune, db_path)
    _select(page, commune.conf.uuid)
    dialog = page.preview_minutes()
    fit_width = dialog.shown_zoom()
    assert fit_width > 0.5  # a page as wide as the window, readable
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fit_width * 1.25)
    qtbot.mouseClick(dialog.fit_page_button, Qt.MouseButton.LeftButton)
    assert dialog.shown_zoom() < fit_width  # a whole A4 page is taller than it is wide
    dialog.close()


def test_plan_editor_saves_first_then_prints(qtbot, commune, printer_file, answers):
    from gui.plans.editor import PlanEditor
    from models.plans import get_plan_detail

    out, _shown = printer_file
    editor = PlanEditor(commune.db, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.number.setText("7")
    editor.issued_on.setText("01/04/2025")
    editor.title_field.setText("Kế hoạch tuyên truyền Nghị quyết số 57-NQ/TW")
    editor.add_task()
    for column, text in ((0, "Phát tin trên loa truyền thanh"), (1, "Đài truyền thanh xã"),
                         (3, "30/06/2025")):
        editor.tasks.setData(editor.tasks.index(0, column), text, Qt.ItemDataRole.EditRole)
    answers(QMessageBox.StandardButton.Yes)  # "Lưu" before printing
    assert editor.print_plan()
    assert answers.asked == [
        "Bản in lấy từ sổ dữ liệu, nên kế hoạch cần được lưu trước. Lưu ngay?"
    ]
    assert get_plan_detail(commune.db, editor.record_uuid).plan.number == 7
    assert out.exists()
