"""Reading member lists: headers under titles, blank rows, CSV flavours, bad files."""
from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from sheets import SheetError, read_table
from tests.sheet_files import STANDARD_HEADERS, member_rows, write_csv, write_xlsx

TITLE = ["ĐẢNG BỘ XÃ CẨM GIÀNG", "DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NÀ CÀ"]


def test_header_found_under_merged_title_and_blank_rows(tmp_path: Path) -> None:
    rows = member_rows(5)
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, rows,
                      title_rows=TITLE, blank_rows_after_title=2)
    table = read_table(path)
    # Two title rows, two blank rows, so Excel shows the header on row 5.
    assert table.header_row == 5
    assert table.headers == STANDARD_HEADERS
    assert table.title_lines == TITLE
    assert table.sheet_name == "Danh sách"
    assert [r.number for r in table.rows] == [6, 7, 8, 9, 10]
    first = table.rows[0]
    assert first.get(1) == rows[0][1]
    assert first.get(2) == dt.datetime.combine(rows[0][2], dt.time())
    assert first.get(99) is None


def test_empty_rows_skipped_and_row_numbers_kept(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(7), blank_every=3)
    table = read_table(path)
    # Blank rows after every third member: rows 2-4, 6-8, 10.
    assert [r.number for r in table.rows] == [2, 3, 4, 6, 7, 8, 10]
    assert [r.get(0) for r in table.rows] == [1, 2, 3, 4, 5, 6, 7]


def test_column_numbering_row_and_repeated_header_are_not_data(tmp_path: Path) -> None:
    rows = [["(1)", "(2)", "(3)"], [1, "Lê Văn An", 1960], list(STANDARD_HEADERS[:3]),
            [2, "Hà Thị Hoa", 1971]]
    table = read_table(write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS[:3], rows))
    assert [(r.number, r.get(1)) for r in table.rows] == [(3, "Lê Văn An"), (5, "Hà Thị Hoa")]


def test_text_is_trimmed_and_nfc(tmp_path: Path) -> None:
    decomposed = "Nguye\u0302\u0303n Va\u0306n An"  # as some Mac and web forms paste it
    table = read_table(write_xlsx(tmp_path / "ds.xlsx", ["Họ tên", "Năm sinh"],
                                  [[f"  {decomposed} ", 1960]]))
    assert table.rows[0].get(0) == "Nguyễn Văn An"


def test_2500_rows(tmp_path: Path) -> None:
    rows = member_rows(2500)
    table = read_table(write_xlsx(tmp_path / "big.xlsx", STANDARD_HEADERS, rows, title_rows=TITLE))
    assert len(table.rows) == 2500
    assert table.rows[-1].number == 2500 + 3
    assert table.rows[-1].get(1) == rows[-1][1]


def test_sheet_with_header_is_chosen_over_a_cover_sheet(tmp_path: Path) -> None:
    path = tmp_path / "ds.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Bìa"
    wb.active["A1"] = "Báo cáo số lượng đảng viên năm 2025"
    data = wb.create_sheet("Đảng viên")
    data.append(["Họ và tên", "Năm sinh", "Chi bộ"])
    data.append(["Lê Văn An", 1960, "Chi bộ thôn 1"])
    wb.save(path)
    table = read_table(path)
    assert table.sheet_name == "Đảng viên"
    assert table.sheet_names == ["Bìa", "Đảng viên"]
    with pytest.raises(SheetError, match="Không tìm thấy dòng tiêu đề cột"):
        read_table(path, sheet_name="Bìa")
    with pytest.raises(SheetError, match="không có trang tính “Tổng hợp”"):
        read_table(path, sheet_name="Tổng hợp")


def test_hidden_sheet_is_read_only_when_nothing_visible_has_a_header(tmp_path: Path) -> None:
    path = tmp_path / "ds.xlsx"
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Cũ"
    old.append(["Họ và tên", "Năm sinh"])
    old.append(["Người Đã Chuyển", 1950])
    old.sheet_state = "hidden"
    new = wb.create_sheet("Mới")
    new.append(["Họ và tên", "Năm sinh"])
    new.append(["Lê Văn An", 1960])
    wb.active = 1
    wb.save(path)
    assert read_table(path).rows[0].get(0) == "Lê Văn An"
    new.delete_rows(1, 2)
    wb.save(path)
    assert read_table(path).rows[0].get(0) == "Người Đã Chuyển"


# ---------------------------------------------------------------- CSV

@pytest.mark.parametrize(
    ("delimiter", "bom"), [(",", False), (",", True), (";", True), (";", False), ("\t", True)]
)
def test_csv_delimiters_and_bom(tmp_path: Path, delimiter: str, bom: bool) -> None:
    rows = member_rows(4)
    path = write_csv(tmp_path / "ds.csv", STANDARD_HEADERS, rows, delimiter=delimiter, bom=bom,
                     title_rows=["DANH SÁCH ĐẢNG VIÊN"])
    table = read_table(path)
    assert table.kind == "csv"
    assert table.headers == STANDARD_HEADERS  # no BOM glued to "STT"
    assert table.header_row == 2
    assert [r.number for r in table.rows] == [3, 4, 5, 6]
    assert table.rows[0].get(1) == rows[0][1]
    assert table.rows[0].get(2) == rows[0][2].strftime("%d/%m/%Y")


def test_csv_sep_line(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_bytes("sep=|\r\nHọ và tên|Năm sinh\r\nLê Văn An, Jr|1960\r\n".encode())
    table = read_table(path)
    assert table.header_row == 1
    assert [(r.number, r.values) for r in table.rows] == [(2, ("Lê Văn An, Jr", "1960"))]


def test_csv_names_with_commas_quoted(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", ["Họ và tên", "Ngày sinh", "Ghi chú"],
                     [["Lê Văn An", "05/03/1960", "Tuổi cao, sức yếu"]], delimiter=",")
    assert read_table(path).rows[0].values == ("Lê Văn An", "05/03/1960", "Tuổi cao, sức yếu")


def test_csv_from_vietnamese_windows_codepage(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", ["Họ và tên", "Năm sinh"], [["Lê Văn An", 1960]],
                     encoding="cp1258")
    table = read_table(path)
    assert table.headers == ["Họ và tên", "Năm sinh"]
    assert table.rows[0].get(0) == "Lê Văn An"


# ---------------------------------------------------------------- bad files

def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(os.urandom(4096).replace(b"PK", b"pk"))
    with pytest.raises(SheetError) as caught:
        read_table(path)
    assert str(caught.value).startswith("Tệp “danh-sach.xlsx” không phải sổ Excel")


def test_truncated_workbook(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", STANDARD_HEADERS, member_rows(50))
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(good.read_bytes()[:1500])
    with pytest.raises(SheetError) as caught:
        read_table(broken)
    assert "“hong.xlsx” bị hỏng" in str(caught.value)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "ds.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(SheetError, match="bị hỏng hoặc không phải sổ Excel"):
        read_table(path)


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "ds.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(SheetError, match=r"LibreOffice \(.ods\)"):
        read_table(path)


def test_minimal_ole2_named_xlsx_is_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "mat-khau.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with pytest.raises(SheetError) as caught:
        read_table(path)
    message = str(caught.value)
    assert message.startswith("Tệp “mat-khau.xlsx” được đặt mật khẩu")
    assert "gỡ mật khẩu" in message


def test_encrypted_package_stream_is_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "ds.xls"  # even when someone renamed it .xls
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
                     + "EncryptedPackage".encode("utf-16-le") + bytes(64))
    with pytest.raises(SheetError, match="được đặt mật khẩu"):
        read_table(path)


def test_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "cu.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
                     + "Workbook".encode("utf-16-le") + bytes(64))
    with pytest.raises(SheetError, match=r"Excel kiểu cũ \(Excel 97-2003, .xls\)"):
        read_table(path)


def test_empty_sheet(tmp_path: Path) -> None:
    path = tmp_path / "trong.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(SheetError) as caught:
        read_table(path)
    assert str(caught.value) == "Trang tính “Sheet” trong tệp “trong.xlsx” trống, không có dữ liệu."


def test_no_recognisable_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "khac.xlsx", ["Mã hàng", "Số lượng", "Đơn giá"],
                      [["A1", 3, 1000]])
    with pytest.raises(SheetError) as caught:
        read_table(path)
    assert "Không tìm thấy dòng tiêu đề cột" in str(caught.value)
    assert "“Họ và tên”" in str(caught.value)


def test_header_beyond_the_search_window_is_not_guessed(tmp_path: Path) -> None:
    notes = [f"Ghi chú số {i}" for i in range(16)]
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(2), title_rows=notes)
    with pytest.raises(SheetError, match="trong 15 dòng đầu"):
        read_table(path)


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "rong.xlsx"
    path.write_bytes(b"")
    with pytest.raises(SheetError, match="“rong.xlsx” rỗng"):
        read_table(path)


def test_empty_csv(tmp_path: Path) -> None:
    path = tmp_path / "rong.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    with pytest.raises(SheetError, match="không có dữ liệu"):
        read_table(path)


def test_binary_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "anh.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(SheetError, match="không phải tệp CSV"):
        read_table(path)


def test_missing_file_and_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="Không tìm thấy tệp “khong-co.xlsx”"):
        read_table(tmp_path / "khong-co.xlsx")
    other = tmp_path / "ds.docx.txt.pdf"
    other.write_bytes(b"%PDF-1.7")
    with pytest.raises(SheetError, match=r"chỉ đọc được tệp Excel \(.xlsx\) hoặc tệp CSV"):
        read_table(other)


# ---------------------------------------------------------------- caps


def test_too_many_rows_are_refused_before_any_preview(tmp_path: Path, monkeypatch):
    from sheets import reader

    monkeypatch.setattr(reader, "MAX_ROWS", 30)
    for path in (write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(31, 3)),
                 write_csv(tmp_path / "ds.csv", STANDARD_HEADERS, member_rows(31, 3))):
        with pytest.raises(SheetError, match="có hơn 30 dòng"):
            read_table(path)
    assert len(read_table(write_xlsx(tmp_path / "du.xlsx", STANDARD_HEADERS,
                                     member_rows(30, 3))).rows) == 30


def test_files_too_large_on_disk_or_unpacked_are_refused(tmp_path: Path, monkeypatch):
    from sheets import reader

    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(50, 3))
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", unpacked - 1)
    with pytest.raises(SheetError, match="khi giải nén chiếm tới"):
        read_table(path)
    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", unpacked)
    assert len(read_table(path).rows) == 50
    csv = write_csv(tmp_path / "ds.csv", STANDARD_HEADERS, member_rows(50, 3))
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", csv.stat().st_size - 1)
    with pytest.raises(SheetError, match="quá lớn"):
        read_table(csv)


def test_a_csv_cell_longer_than_excel_allows_is_refused(tmp_path: Path):
    rows = member_rows(3, 3)
    rows[1][8] = "x" * 40_000
    with pytest.raises(SheetError, match="Dòng 3 .* dài hơn 32.767 ký tự"):
        read_table(write_csv(tmp_path / "ds.csv", STANDARD_HEADERS, rows))
