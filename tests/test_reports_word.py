"""The forms as editable Word files: read back with python-docx (and, where LibreOffice
is installed, opened and converted by it), with the PDF's text and format points."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, Pt
from pypdf import PdfReader

from reports.data import PrintSettings, Vote
from reports.minutes import render_minutes
from reports.samples import sample_minutes, sample_plan, sample_report, sample_signin
from reports.word import minutes_docx, plan_docx, report_docx, signin_docx
from tests.reports_pdf import squash
from tests.test_reports_minutes_format import CONCLUSION_21

ROOT = Path(__file__).resolve().parent.parent


def _text(document) -> str:  # noqa: ANN001 (a python-docx Document)
    """Every paragraph, in tables too, in document order, squashed."""
    parts: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif child.tag.endswith("}tbl"):
            for t in child.iter():
                if t.tag.endswith("}t"):
                    parts.append(t.text or "")
    return squash(" ".join(parts).replace("\u200b", "").replace("\u00a0", " "))


def _minutes():
    data = sample_minutes(members=60, excused=3, absent_with_reason=0,
                          absent_without_reason=0, bridge_points=12)
    data.host_level = "Tỉnh ủy"
    data.documents = [CONCLUSION_21]
    data.content = "Học tập, quán triệt nội dung cơ bản của 21-KL/TW."
    data.votes = [Vote("Thông qua Kế hoạch", in_favour=57)]
    return data


def test_minutes_in_word_have_the_format_points(tmp_path: Path):
    settings = PrintSettings(top_mm=20, bottom_mm=20, left_mm=30, right_mm=15)
    target = tmp_path / "bien-ban.docx"
    pages = minutes_docx(_minutes(), target, settings)
    pdf = tmp_path / "bien-ban.pdf"
    assert render_minutes(_minutes(), pdf, settings) == pages
    document = docx.Document(target)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin,
                                  section.left_margin, section.right_margin)] == [20, 20, 30, 15]
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size == Pt(14)
    # Page numbers from page 2: a PAGE field in the header, none on the first page.
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    header = document.tables[0]
    left, right = (header.cell(0, i).text.replace("\u00a0", " ") for i in (0, 1))
    assert "ĐẢNG BỘ TỈNH HẢI DƯƠNG" in left and "ĐẢNG CỘNG SẢN VIỆT NAM" in right
    assert 'w:val="nil"' in header._tbl.xml  # no borders
    assert "w:pBdr" in header._tbl.xml  # the rule under the Party's name
    number_row = header.rows[-1]
    assert number_row.cells[0].text == "Số 12-BB/ĐU"
    date_run = number_row.cells[1].paragraphs[0].runs[0]
    # No-break spaces: Word does not wrap the date line either.
    assert date_run.text == "Cẩm Giàng, ngày 05 tháng 3 năm 2023".replace(" ", "\u00a0")
    assert date_run.font.italic
    body = next(p for p in document.paragraphs if p.text.startswith("Vào hồi"))
    assert body.runs[0].font.size == Pt(14) and body.paragraph_format.first_line_indent
    text = _text(document)
    # Every defect of the minutes, in Word as in the PDF.
    assert "Tỉnh ủy tổ chức Hội nghị học tập, quán triệt" in text
    assert "Chủ trì tại điểm cầu Đảng ủy xã Cẩm Giàng: đồng chí Nguyễn Văn Hùng" in text
    assert "do Trung ương chủ trì" not in text and "CHỦ TRÌ HỘI NGHỊ" not in text
    assert ("miễn công tác và sinh hoạt đảng: 03 đồng chí; số đảng viên phải dự hội nghị: "
            "57 đồng chí.") in text
    for person in _minutes().attendance.excused:
        assert person.name not in text
    assert "Có mặt: 57/57 đồng chí, đạt 100%." in text
    assert "Vắng mặt: không có đồng chí nào vắng mặt." in text
    assert "100,00%" not in text and "Vắng mặt: 0" not in text
    assert "số đảng viên có mặt biểu quyết 57 đồng chí; tán thành 57/57 đồng chí, đạt 100%" \
        in text
    assert ("nội dung cơ bản của Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung "
            "ương.") in text
    assert f"Biên bản gồm {pages:02d} trang, được lập thành 02 bản." in text
    signatures = document.tables[-1]
    assert "NGƯỜI GHI BIÊN BẢN" in signatures.cell(0, 0).text
    assert "CHỦ TRÌ ĐIỂM CẦU" in signatures.cell(0, 1).text
    assert signatures.cell(0, 1).paragraphs[-1].text.replace("\u00a0", " ") == \
        "Nguyễn Văn Hùng"
    pdf_text = squash(" ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "không có đồng chí nào vắng mặt" in pdf_text


def test_per_chi_bo_sign_in_in_word_one_section_each(tmp_path: Path):
    data = sample_signin(members=90, cells=3)
    target = tmp_path / "ky.docx"
    signin_docx(data, target, per_chi_bo=True)
    document = docx.Document(target)
    groups: dict[str, int] = {}
    for m in data.members:
        groups[m.chi_bo] = groups.get(m.chi_bo, 0) + 1
    assert len(document.sections) == len(groups)
    for section, (chi_bo, _count) in zip(document.sections, groups.items(), strict=True):
        footer = section.footer._element.xml
        assert f"{chi_bo} - Trang " in footer and "SECTIONPAGES" in footer
        assert 'w:start="1"' in section._sectPr.xml  # its own page numbers
    text = _text(document)
    for chi_bo, count in groups.items():
        assert f"{chi_bo} STT Họ và tên Ký tên Ghi chú 1 " in text
        assert f"Tổng số: {count} đảng viên." in text
    assert text.count("DANH SÁCH Đảng viên dự Hội nghị") == len(groups)
    first_table = document.tables[1]
    assert first_table.rows[0]._tr.xml.count("w:tblHeader") == 1  # repeats on each page


def test_plan_and_report_in_word(tmp_path: Path):
    plan = sample_plan()
    plan.kind = "Chương trình hành động"
    plan.type_code = "CTr"
    target = tmp_path / "ctr.docx"
    plan_docx(plan, target)
    document = docx.Document(target)
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG" in _text(document)
    tasks = next(t for t in document.tables if t.cell(0, 1).text == "Nội dung")
    assert tasks.columns[1].width >= Mm(55)
    report = sample_report()
    target = tmp_path / "bc.docx"
    report_docx(report, target)
    text = _text(docx.Document(target))
    assert "BÁO CÁO" in text and "T/M ĐẢNG ỦY" in text and "Lê Thị Thu Hằng" in text


def test_word_from_the_command_line(tmp_path: Path):
    from tests.test_printing import commune, run

    fx = commune(tmp_path)
    out = tmp_path / "bien-ban.docx"
    result = run("--db", tmp_path / "p.db", "minutes", fx.conf.id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "Số 12-BB/ĐU" in _text(docx.Document(out))
    wrong = run("--db", tmp_path / "p.db", "minutes", fx.conf.id, "--out", tmp_path / "a.doc")
    assert wrong.returncode == 1 and ".docx" in wrong.stderr


LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                    "apt-get install libreoffice-writer to check the .docx on a second engine")
def test_libreoffice_opens_and_converts_the_word_files(tmp_path: Path):
    files = []
    target = tmp_path / "bien-ban.docx"
    minutes_docx(_minutes(), target)
    files.append(target)
    target = tmp_path / "ky.docx"
    signin_docx(sample_signin(members=60, cells=2), target, per_chi_bo=True)
    files.append(target)
    out = tmp_path / "pdf"
    result = subprocess.run(
        [LIBREOFFICE, "--headless", "--norestore",
         f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
        capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    minutes_pdf = PdfReader(out / "bien-ban.pdf")
    box = minutes_pdf.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1  # A4
    text = squash(" ".join(p.extract_text() for p in minutes_pdf.pages))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Số 12-BB/ĐU" in text
    assert "không có đồng chí nào vắng mặt" in text
    fonts = {str(f.get_object().get("/BaseFont")) for page in minutes_pdf.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("LiberationSerif" in f or "TimesNewRoman" in f for f in fonts), fonts
    sheets = [squash(p.extract_text()) for p in PdfReader(out / "ky.pdf").pages]
    assert any("Trang 1/" in page for page in sheets)
