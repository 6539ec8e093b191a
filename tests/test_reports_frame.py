"""What every printed form shares: A4, embedded Liberation Serif, page numbers, margins."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from reports import fonts, frame
from reports.data import PrintSettings
from reports.frame import count2, doc_number, recipients_flowables, roman
from reports.minutes import render_minutes
from reports.plan import render_plan
from reports.samples import sample_minutes, sample_plan, sample_report, sample_signin
from reports.signin import render_signin
from reports.study_report import render_study_report
from tests.reports_pdf import page_fonts, runs

A4_POINTS = (595.2756, 841.8898)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("printed")
    out = {name: folder / f"{name}.pdf" for name in ["minutes", "signin", "plan", "report"]}
    render_minutes(sample_minutes(bridge_points=30, absent_with_reason=20), out["minutes"])
    render_signin(sample_signin(members=200), out["signin"])
    render_plan(sample_plan(tasks=12), out["plan"])
    render_study_report(sample_report(), out["report"])
    return out


def test_register_fonts_is_idempotent():
    faces = [fonts.SERIF, fonts.SERIF_BOLD, fonts.SERIF_ITALIC, fonts.SERIF_BOLD_ITALIC]
    assert fonts.register_fonts() == "LiberationSerif"
    first = [pdfmetrics.getFont(face) for face in faces]
    assert fonts.register_fonts() == "LiberationSerif"
    assert [pdfmetrics.getFont(face) for face in faces] == first  # not registered again
    assert all(f.face.filename.endswith(".ttf") and "resources" in f.face.filename
               for f in first)


@pytest.mark.parametrize("name", ["minutes", "signin", "plan", "report"])
def test_only_embedded_liberation_serif(printed: dict[str, Path], name: str):
    used = page_fonts(printed[name])
    assert used
    for font in used:
        assert "LiberationSerif" in str(font["/BaseFont"]), font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


@pytest.mark.parametrize("name", ["minutes", "signin", "plan", "report"])
def test_every_page_is_a4_portrait(printed: dict[str, Path], name: str):
    reader = PdfReader(printed[name])
    assert len(reader.pages) >= 2
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=0.01)


@pytest.mark.parametrize("name", ["minutes", "signin", "plan", "report"])
def test_page_numbers_from_page_two_centred_at_the_top(printed: dict[str, Path], name: str):
    path = printed[name]
    settings = PrintSettings()
    top_margin_y = A4_POINTS[1] - settings.top_mm / 25.4 * 72
    centre = (settings.left_mm + (210 - settings.left_mm - settings.right_mm) / 2) / 25.4 * 72
    assert not [r for r in runs(path, 0) if r.y > top_margin_y]  # nothing above page 1's text
    for index in range(1, len(PdfReader(path).pages)):
        above = [r for r in runs(path, index) if r.y > top_margin_y]
        assert [r.text.strip() for r in above] == [str(index + 1)]
        assert above[0].x == pytest.approx(centre - 7 * len(above[0].text.strip()) / 2, abs=2)


def test_margins_follow_the_settings(tmp_path: Path):
    target = tmp_path / "wide.pdf"
    render_minutes(sample_minutes(), target, PrintSettings(left_mm=40, right_mm=25))
    left = min(r.x for r in runs(target, 0))
    assert left == pytest.approx(40 / 25.4 * 72, abs=1)


def test_document_number_and_counts():
    assert doc_number(12, "BB", "ĐU") == "Số 12-BB/ĐU"
    assert doc_number(3, "CTr", "ĐU") == "Số 03-CTr/ĐU"
    assert count2(2) == "02" and count2(12) == "12" and count2(120) == "120"
    assert [roman(n) for n in (1, 2, 4, 9, 14)] == ["I", "II", "IV", "IX", "XIV"]


def test_recipients_punctuation():
    lines = [f.text for f in recipients_flowables(
        ["Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo)", "Lưu Văn phòng Đảng ủy."])]
    assert lines == ["<u>Nơi nhận:</u>", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo),",
                     "- Lưu Văn phòng Đảng ủy."]


def test_title_lines_never_break_inside_a_document_name_or_its_number():
    """"Kế / hoạch" or "số / 20-KH/ĐU" split over two lines reads badly on a signed page."""
    summary = ("Kế hoạch thực hiện Chương trình hành động của Đảng ủy xã thực hiện Nghị quyết "
               "số 57-NQ/TW về đột phá phát triển khoa học, công nghệ và Kết luận số 121-KL/TW")
    glued = ("Kế hoạch", "Chương trình", "Đảng ủy", "Nghị quyết", "số 57-NQ/TW", "Kết luận",
             "số 121-KL/TW")
    for width in range(180, 460, 7):
        title = frame.title("Kế hoạch", summary)[1]
        title.wrap(width, 1000)
        lines = [" ".join(words).replace("\u00a0", " ") for _, words in title.blPara.lines]
        assert " ".join(lines) == summary
        for line, following in zip(lines, lines[1:], strict=False):
            for name in glued:
                first, rest = name.split(" ", 1)
                assert not (line.endswith(first) and following.startswith(rest)), (width, name)
