"""Exported workbooks: real numbers and dates, a frozen bold header, text never a formula."""
from __future__ import annotations

import datetime as dt
import os
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from sheets import (
    FORMAT_PERCENT,
    SheetError,
    SheetSpec,
    guess_mapping,
    preview_members,
    read_table,
    write_workbook,
)

HEADERS = ["Họ và tên", "Năm sinh", "Ngày vào Đảng", "Số lượt", "Tỷ lệ", "Điểm", "Đã học"]


def _spec(rows: list[list[object]], **kwargs: object) -> SheetSpec:
    return SheetSpec("Đảng viên", HEADERS, rows, number_formats={"Tỷ lệ": FORMAT_PERCENT},
                     **kwargs)


def _sheet_xml(path: Path, index: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def test_cell_types_and_formats(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "xuat.xlsx", [_spec([
        ["Lê Văn An", 1960, dt.date(1985, 3, 5), 16100, 0.9916, 8.5, True],
        ["Hà Thị Hoa", 1961, dt.datetime(1990, 11, 7, 8, 30), 3, 1.0, Decimal("7.25"), False],
    ])])
    ws = openpyxl.load_workbook(path).active
    first, second = ws[2], ws[3]
    assert [type(c.value) for c in first] == [str, int, dt.datetime, int, float, float, str]
    assert first[1].value == 1960 and first[1].number_format == "#,##0"
    assert first[2].value == dt.datetime(1985, 3, 5) and first[2].number_format == "dd/mm/yyyy"
    assert second[2].number_format == "dd/mm/yyyy hh:mm"
    assert first[3].value == 16100 and first[3].number_format == "#,##0"
    assert first[4].value == pytest.approx(0.9916) and first[4].number_format == "0.00%"
    assert second[5].value == pytest.approx(7.25) and second[5].number_format == "#,##0.00"
    assert (first[6].value, second[6].value) == ("Có", "Không")
    assert [c.data_type for c in first] == ["s", "n", "d", "n", "n", "n", "s"]


def test_header_frozen_bold_and_filterable(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "xuat.xlsx", [_spec([["Lê Văn An", 1960]])])
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "Đảng viên"
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.auto_filter.ref == "A1:G2"
    assert ws.print_title_rows == "$1:$1"


def test_widths_follow_content(tmp_path: Path) -> None:
    long_name = "Nguyễn Thị Phương Thảo Hoàng Lan Anh"
    path = write_workbook(tmp_path / "xuat.xlsx", [SheetSpec(
        "DS", ["STT", "Họ và tên", "Ghi chú"],
        [[1, "An", "x" * 500], [2, long_name, ""]],
    )])
    widths = {k: v.width for k, v in openpyxl.load_workbook(path).active.column_dimensions.items()}
    assert widths["A"] < widths["B"]
    assert widths["B"] >= len(long_name)
    assert widths["C"] == 60  # a long note does not make a page-wide column


@pytest.mark.parametrize("text", ["=1+2", "@SUM(A1)", "+84 912 345 678", "-1", "=HYPERLINK(\"x\")",
                                  "#N/A"])
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    path = write_workbook(tmp_path / "xuat.xlsx", [_spec([[text, 1960, None, None, None, None,
                                                            text]])])
    ws = openpyxl.load_workbook(path).active
    for cell in (ws["A2"], ws["G2"]):
        assert cell.data_type == "s"
        assert cell.value == text
    assert "<f>" not in _sheet_xml(path)
    if text[0] in "=+-@":
        assert ws["A2"].quotePrefix


def test_control_characters_dropped_and_text_nfc(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "xuat.xlsx", [SheetSpec(
        "DS", ["Họ và tên"], [["Nguye\u0302\u0303n\x07 Văn An"]])])
    assert openpyxl.load_workbook(path).active["A2"].value == "Nguyễn Văn An"


def test_several_sheets_with_awkward_titles(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "xuat.xlsx", [
        SheetSpec("Tỷ lệ học tập NQ 18/TW: theo chi bộ [2025]", ["Chi bộ", "Tỷ lệ"],
                  [["Chi bộ thôn 1", 0.5]]),
        SheetSpec("Đảng viên", ["Họ và tên"], [["Lê Văn An"]]),
        SheetSpec("đảng viên", ["Họ và tên"], [["Hà Thị Hoa"]]),
        SheetSpec("", ["Họ và tên"], []),
    ])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Tỷ lệ học tập NQ 18 TW theo chi", "Đảng viên", "đảng viên (2)",
                             "Trang 4"]
    assert all(len(name) <= 31 for name in wb.sheetnames)
    assert wb["Trang 4"].max_row == 1


def test_export_reads_back_as_a_member_list(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "ds.xlsx", [SheetSpec(
        "Đảng viên", ["Họ và tên", "Ngày sinh", "Chi bộ", "Ngày vào Đảng"],
        [["Lê Văn An", dt.date(1960, 3, 5), "Chi bộ thôn 1", dt.date(1985, 2, 3)]],
    )])
    table = read_table(path)
    row = preview_members(table, guess_mapping(table), ["Chi bộ thôn 1"], [],
                          today=dt.date(2026, 1, 1)).rows[0]
    assert (row.full_name, row.birth_date, row.joined, row.is_good) == (
        "Lê Văn An", dt.date(1960, 3, 5), dt.date(1985, 2, 3), True)


# ---------------------------------------------------------------- atomic writing

def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "xuat.xlsx")


def test_failed_save_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "xuat.xlsx"
    write_workbook(target, [_spec([["Lê Văn An", 1960]])])
    before = target.read_bytes()

    def disk_full(self, handle):  # noqa: ANN001 - the signature of Workbook.save
        handle.write(b"PK\x03\x04 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(SheetError) as caught:
        write_workbook(target, [_spec([["Hà Thị Hoa", 1961]])])
    assert "Không ghi được tệp “xuat.xlsx”" in str(caught.value)
    assert "ổ đĩa đã đầy" in str(caught.value)
    assert target.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_target_open_in_excel(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "xuat.xlsx"
    target.write_bytes(b"the clerk's open file")

    def locked(src, dst):  # noqa: ANN001 - the signature of os.replace
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(SheetError, match="đang mở trong Excel"):
        write_workbook(target, [_spec([["Lê Văn An", 1960]])])
    assert target.read_bytes() == b"the clerk's open file"
    assert _leftovers(tmp_path) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="không có; hãy chọn nơi lưu khác"):
        write_workbook(tmp_path / "khong-co" / "xuat.xlsx", [_spec([])])
