"""Guessing the columns of a member list and previewing what an import would do."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sheets import (
    ColumnMapping,
    SheetError,
    guess_default_chi_bo,
    guess_mapping,
    preview_members,
    read_table,
)
from tests.sheet_files import (
    STANDARD_HEADERS,
    chi_bo_names,
    member_rows,
    write_csv,
    write_xlsx,
)

TODAY = dt.date(2026, 3, 1)
CHI_BO = ["Chi bộ thôn Nà Cà", "Chi bộ thôn Bản Chang", "Chi bộ Trường Tiểu học"]


def _preview(tmp_path: Path, headers: list[Any], rows: list[list[Any]], **kwargs: Any):
    table = read_table(write_xlsx(tmp_path / "ds.xlsx", headers, rows))
    existing = kwargs.pop("existing", [])
    chi_bo = kwargs.pop("chi_bo", CHI_BO)
    return preview_members(table, guess_mapping(table), chi_bo, existing, today=TODAY, **kwargs)


# ---------------------------------------------------------------- mapping

@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (STANDARD_HEADERS,
         {"full_name": 1, "birth": 2, "gender": 3, "chi_bo": 4, "joined": 5, "official": 6,
          "excused": 7, "note": 8}),
        (["Ghi chú", "Tên chi bộ", "NAM/NỮ", "Năm sinh", "HỌ TÊN", "Ngày kết nạp",
          "Chính thức/Dự bị", "Miễn công tác"],
         {"note": 0, "chi_bo": 1, "gender": 2, "birth": 3, "full_name": 4, "joined": 5,
          "official": 6, "excused": 7}),
        (["TT", "Ho va ten dang vien", "Ngay, thang, nam sinh", "Sinh hoat tai chi bo",
          "Ngay vao Dang", "Ngay vao Dang chinh thuc", "Loai dang vien"],
         {"full_name": 1, "birth": 2, "chi_bo": 3, "joined": 4, "official": 5, "gender": None,
          "excused": None, "note": None}),
        (["Tên đảng viên", "Giới\ntính", "Ngày sinh", "Loại đảng viên", "Miễn sinh hoạt đảng",
          "Ngày vào Đảng"],
         {"full_name": 0, "gender": 1, "birth": 2, "official": 3, "excused": 4, "joined": 5,
          "chi_bo": None}),
    ],
)
def test_guess_mapping_orders_and_spellings(
    tmp_path: Path, headers: list[str], expected: dict[str, int | None]
) -> None:
    table = read_table(write_xlsx(tmp_path / "ds.xlsx", headers, [["x"] * len(headers)]))
    mapping = guess_mapping(table).as_dict()
    assert {k: mapping[k] for k in expected} == expected


def test_user_corrects_mapping(tmp_path: Path) -> None:
    headers = ["Họ và tên", "Cột lạ", "Năm sinh", "Chi bộ"]
    rows = [["Lê Văn An", "Nữ", 1960, CHI_BO[0]]]
    table = read_table(write_xlsx(tmp_path / "ds.xlsx", headers, rows))
    mapping = guess_mapping(table)
    assert mapping.gender is None
    mapping.set("gender", 1)
    assert preview_members(table, mapping, CHI_BO, [], today=TODAY).rows[0].gender == "Nữ"
    # Giving a column to another field takes it from the field that had it.
    mapping.set("note", 2)
    assert (mapping.birth, mapping.note) == (None, 2)
    mapping.set("full_name", None)
    with pytest.raises(SheetError, match="Chưa chọn cột “Họ và tên”"):
        preview_members(table, mapping, CHI_BO, [], today=TODAY)


def test_mapping_to_missing_or_shared_column_is_refused(tmp_path: Path) -> None:
    table = read_table(write_xlsx(tmp_path / "ds.xlsx", ["Họ và tên", "Năm sinh"],
                                  [["Lê Văn An", 1960]]))
    with pytest.raises(SheetError, match="không có trong bảng"):
        preview_members(table, ColumnMapping(full_name=0, birth=7), CHI_BO, [])
    with pytest.raises(SheetError, match="Cột B \\(Năm sinh\\) đang được chọn cho cả"):
        preview_members(table, ColumnMapping(full_name=0, birth=1, joined=1), CHI_BO, [])


# ---------------------------------------------------------------- values

def test_dates_as_excel_dates_and_as_text(tmp_path: Path) -> None:
    headers = ["Họ và tên", "Ngày sinh", "Chi bộ", "Ngày vào Đảng"]
    rows = [
        ["Lê Văn An", dt.date(1960, 3, 5), CHI_BO[0], dt.date(1985, 2, 3)],
        ["Hà Thị Hoa", "05/03/1961", CHI_BO[0], "7/11/1990"],
        ["Nông Văn Sơn", "1962", CHI_BO[0], "1991-12-22"],
        ["Đỗ Thị Mai", 1963, CHI_BO[0], "03.02.1995"],
        ["Bùi Văn Nam", "04/1964", CHI_BO[0], 34000],  # a date left as a serial number
    ]
    preview = _preview(tmp_path, headers, rows)
    got = [(r.birth_year, r.birth_date, r.joined) for r in preview.rows]
    assert got == [
        (1960, dt.date(1960, 3, 5), dt.date(1985, 2, 3)),
        (1961, dt.date(1961, 3, 5), dt.date(1990, 11, 7)),
        (1962, None, dt.date(1991, 12, 22)),
        (1963, None, dt.date(1995, 2, 3)),
        (1964, None, dt.date(1993, 1, 31)),
    ]
    assert all(r.is_good for r in preview.rows), preview.problem_lines()


def test_dates_in_csv_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", ["Họ tên", "Năm sinh", "Chi bộ", "Ngày kết nạp"],
                     [["Lê Văn An", "1960", "Nà Cà", "05/03/1985"]], delimiter=";", bom=True)
    table = read_table(path)
    row = preview_members(table, guess_mapping(table), CHI_BO, [], today=TODAY).rows[0]
    assert (row.birth_year, row.chi_bo, row.joined) == (1960, "Chi bộ thôn Nà Cà",
                                                         dt.date(1985, 3, 5))
    assert row.is_good


def test_problems_per_row(tmp_path: Path) -> None:
    headers = ["Họ và tên", "Năm sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng"]
    rows = [
        ["Lê Văn An", 1960, "Nam", CHI_BO[0], "05/03/1985"],          # 2: good
        [None, 1961, "Nữ", CHI_BO[0], None],                          # 3: no name
        ["Hà Thị Hoa", "năm 61", "Nữ", CHI_BO[0], None],              # 4: bad year
        ["Nông Văn Sơn", 1962, "Nam", "Chi bộ thôn Khuổi Mòn", None],  # 5: unknown chi bộ
        ["Đỗ Thị Mai", 1963, "Nữ", CHI_BO[0], "31/02/1990"],          # 6: no such day
        ["Bùi Văn Nam", 1964, "Nam", CHI_BO[0], "1990"],              # 7: year only
        ["Phạm Thị Yến", 1965, "Bê đê", CHI_BO[0], None],             # 8: gender
        ["Tổng cộng: 7 đảng viên", None, None, None, None],          # 9: a total row
        ["Hoàng Văn Bình", 1966, "Nam", None, None],                  # 10: no chi bộ
        ["Trần Văn Tâm", 2015, "Nam", CHI_BO[0], None],               # 11: a child
        ["Lê Thị Lan", 1967, "Nữ", CHI_BO[0], "05/03/2027"],          # 12: future
    ]
    preview = _preview(tmp_path, headers, rows)
    by_row = {r.source_row: [p.message for p in r.errors] for r in preview.rows}
    assert by_row[2] == []
    assert by_row[3] == ["Thiếu họ và tên."]
    assert by_row[4] == ["Năm sinh “năm 61” không đọc được; hãy ghi theo dạng ngày/tháng/năm, "
                         "ví dụ 05/03/2023 (hoặc chỉ năm, ví dụ 1965)."]
    assert by_row[5] == ["“Chi bộ thôn Khuổi Mòn” chưa có trong danh sách chi bộ của đơn vị; "
                         "có thể tạo chi bộ này khi nhập."]
    assert by_row[6] == ["Ngày vào Đảng “31/02/1990” không có thật trên lịch."]
    assert by_row[7] == ["Ngày vào Đảng “1990” cần ghi đủ ngày/tháng/năm, ví dụ 05/03/1990."]
    assert by_row[8] == ["Giới tính “Bê đê” không rõ; hãy ghi Nam hoặc Nữ."]
    assert by_row[9] == ["“Tổng cộng: 7 đảng viên” là dòng tổng cộng, không phải một đảng viên.",
                         "Thiếu tên chi bộ."]
    assert by_row[10] == ["Thiếu tên chi bộ."]
    assert by_row[11] == ["Năm sinh 2015: người này chưa đủ 18 tuổi."]
    assert by_row[12] == ["Ngày vào Đảng 05/03/2027 là ngày trong tương lai."]
    assert [r.source_row for r in preview.good_rows] == [2]
    assert preview.unknown_chi_bo == ["Chi bộ thôn Khuổi Mòn"]
    assert preview.summary() == "1 dòng nhập được (1 thêm mới, 0 cập nhật); " \
                                "10 dòng có lỗi sẽ bỏ qua."
    assert "Dòng 3 – Lỗi: Thiếu họ và tên." in preview.problem_lines()


def test_unknown_chi_bo_can_be_created(tmp_path: Path) -> None:
    headers = ["Họ và tên", "Năm sinh", "Chi bộ"]
    rows = [["Lê Văn An", 1960, "Chi bộ thôn Khuổi Mòn"],
            ["Hà Thị Hoa", 1961, "chi bộ thôn khuổi mòn"],
            ["Đỗ Thị Mai", 1962, "Chi bộ Cơ quan"]]
    preview = _preview(tmp_path, headers, rows, create_missing_chi_bo=True)
    assert preview.unknown_chi_bo == ["Chi bộ thôn Khuổi Mòn", "Chi bộ Cơ quan"]
    assert all(r.is_good and r.new_chi_bo for r in preview.rows)
    # Both spellings land on the one chi bộ to create.
    assert {r.chi_bo for r in preview.rows} == {"Chi bộ thôn Khuổi Mòn", "Chi bộ Cơ quan"}


def test_chi_bo_matched_without_accents_or_prefix(tmp_path: Path) -> None:
    rows = [["Lê Văn An", 1960, "chi bo thon na ca"], ["Hà Thị Hoa", 1961, "Thôn Bản Chang"],
            ["Đỗ Thị Mai", 1962, "CB Trường Tiểu học"], ["Bùi Văn Nam", 1963, "Nà Cà"],
            ["Nông Văn Sơn", 1964, "Chi bộ Bản Chang"]]
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ"], rows)
    assert [r.chi_bo for r in preview.rows] == [*CHI_BO, CHI_BO[0], CHI_BO[1]]
    assert preview.unknown_chi_bo == []


def test_chi_bo_from_the_list_title(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ds.xlsx", ["STT", "Họ và tên", "Năm sinh"],
                      [[1, "Lê Văn An", 1960], [2, "Hà Thị Hoa", 1961]],
                      title_rows=["ĐẢNG BỘ XÃ CẨM GIÀNG",
                                  "DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN BẢN CHANG"])
    table = read_table(path)
    default = guess_default_chi_bo(table, CHI_BO)
    assert default == "Chi bộ thôn Bản Chang"
    preview = preview_members(table, guess_mapping(table), CHI_BO, [], default_chi_bo=default,
                              today=TODAY)
    assert [r.chi_bo for r in preview.rows] == ["Chi bộ thôn Bản Chang"] * 2
    assert all(r.is_good for r in preview.rows)
    assert guess_default_chi_bo(table, ["Chi bộ thôn Nà Cà"]) is None


def test_official_probationary_and_excused(tmp_path: Path) -> None:
    headers = ["Họ và tên", "Năm sinh", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức",
               "Miễn sinh hoạt"]
    rows = [
        ["Lê Văn An", 1960, CHI_BO[0], "05/03/1985", "05/03/1986", None],
        ["Hà Thị Hoa", 1990, CHI_BO[0], "01/12/2025", None, None],
        ["Đỗ Văn Sơn", 1940, CHI_BO[0], "05/03/1965", dt.date(1966, 3, 5), "x"],
        ["Bùi Thị Mai", 1941, CHI_BO[0], "05/03/1966", "05/03/1967", "Tuổi cao, sức yếu"],
        ["Nông Văn Nam", 1980, CHI_BO[0], "05/03/2010", None, "không"],
    ]
    preview = _preview(tmp_path, headers, rows)
    got = [(r.official, r.official_date, r.excused) for r in preview.rows]
    assert got == [
        (True, dt.date(1986, 3, 5), False),
        (False, None, False),
        (True, dt.date(1966, 3, 5), True),
        (True, dt.date(1967, 3, 5), True),
        (False, None, False),
    ]
    # Joined long ago with no official date: imported as dự bị, but flagged for a look.
    last = preview.rows[-1]
    assert last.is_good
    assert [p.code for p in last.warnings] == ["no_official_date"]
    assert not preview.rows[1].warnings  # joined three months ago: rightly dự bị


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("Chính thức/Dự bị", ["Chính thức", "Dự bị", "CT", "DB", "dự bị"],
         [True, False, True, False, False]),
        ("Loại đảng viên", ["Đảng viên chính thức", "đảng viên dự bị", "05/03/1990", None, None],
         [True, False, True, True, True]),
        ("Dự bị", ["x", None, "X", "05/03/2025", "có"], [False, True, False, False, False]),
        ("Đảng viên chính thức", ["x", None, "x", "x", None], [True, False, True, True, False]),
    ],
)
def test_official_column_kinds(
    tmp_path: Path, header: str, values: list[Any], expected: list[bool]
) -> None:
    names = ["Lê Văn An", "Hà Thị Hoa", "Đỗ Văn Sơn", "Bùi Thị Mai", "Nông Văn Nam"]
    rows = [[n, 1960 + i, CHI_BO[0], v] for i, (n, v) in enumerate(zip(names, values, strict=True))]
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ", header], rows)
    assert [r.official for r in preview.rows] == expected
    assert all(r.is_good for r in preview.rows)


def test_official_value_not_understood(tmp_path: Path) -> None:
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ", "Chính thức/Dự bị"],
                       [["Lê Văn An", 1960, CHI_BO[0], "x"],
                        ["Hà Thị Hoa", 1961, CHI_BO[0], None]])
    assert [p.message for p in preview.rows[0].errors] == [
        "Không rõ “x” là chính thức hay dự bị; hãy ghi “Chính thức” hoặc “Dự bị”."]
    assert [p.message for p in preview.rows[1].warnings] == [
        "Không ghi chính thức hay dự bị; tạm coi là chính thức."]
    assert preview.rows[1].is_good and preview.rows[1].official


def test_capitals_names_are_proper_cased(tmp_path: Path) -> None:
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ"],
                       [["NGUYỄN   ĐỨC  ĐẶNG", 1960, CHI_BO[0]]])
    assert preview.rows[0].full_name == "Nguyễn Đức Đặng"


# ---------------------------------------------------------------- duplicates and re-import

def test_likely_duplicates_within_the_file(tmp_path: Path) -> None:
    rows = [["Lê Văn An", 1960, CHI_BO[0]], ["Hà Thị Hoa", 1961, CHI_BO[0]],
            ["le van an", 1960, CHI_BO[1]], ["Lê Văn An", 1975, CHI_BO[0]],
            ["LÊ VĂN AN", 1960, CHI_BO[0]]]
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ"], rows)
    warnings = {r.source_row: [p.message for p in r.warnings] for r in preview.rows}
    assert warnings == {
        2: ["Có thể trùng: cùng họ tên và năm sinh với dòng 4, 6."],
        3: [],
        4: ["Có thể trùng: cùng họ tên và năm sinh với dòng 2, 6."],
        5: [],
        6: [],
    }
    # A warning does not keep the row out; the clerk decides.
    assert [r.source_row for r in preview.warning_rows] == [2, 4]
    # The same person twice in one chi bộ is imported once, from the first row.
    assert [r.source_row for r in preview.error_rows] == [6]
    assert [p.message for p in preview.rows[4].errors] == [
        "Trùng với dòng 2 (cùng họ tên, năm sinh và chi bộ): người này chỉ được nhập một "
        "lần, từ dòng 2."
    ]


def test_reimport_updates_instead_of_duplicating(tmp_path: Path) -> None:
    rows = member_rows(40, chi_bo_count=4)
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, rows)
    table = read_table(path)
    mapping = guess_mapping(table)
    chi_bo = chi_bo_names(4)
    first = preview_members(table, mapping, chi_bo, [], today=TODAY)
    assert len(first.to_add) == 40 and not first.to_update

    # What the register holds after the first import (the DB wiring's side).
    existing = [{"uuid": f"u{r.source_row}", "full_name": r.full_name,
                 "birth_year": r.birth_year, "chi_bo": r.chi_bo} for r in first.good_rows]
    again = preview_members(read_table(path), mapping, chi_bo, existing, today=TODAY)
    assert not again.to_add
    assert [r.update_uuid for r in again.to_update] == [f"u{n}" for n in range(2, 42)]
    # Five of them joined long ago but have no official date: flagged again, not duplicated.
    assert again.summary() == "40 dòng nhập được (0 thêm mới, 40 cập nhật); 5 dòng cần xem lại."


def test_reimport_matches_accents_and_case_but_not_another_person(tmp_path: Path) -> None:
    existing = [
        {"uuid": "a", "full_name": "Lê Văn An", "birth_year": 1960, "chi_bo": CHI_BO[0]},
        {"uuid": "b", "full_name": "Hà Thị Hoa", "birth_year": 1961, "chi_bo": CHI_BO[1]},
        {"uuid": "c", "full_name": "Đỗ Văn Sơn", "birth_year": None, "chi_bo": CHI_BO[0]},
    ]
    rows = [
        ["LE VAN AN", 1960, "chi bo thon na ca"],    # same person, typed differently
        ["Hà Thị Hoa", 1961, CHI_BO[0]],              # same name and year, other chi bộ
        ["Lê Văn An", 1970, CHI_BO[0]],               # another Lê Văn An
        ["Đỗ Văn Sơn", None, CHI_BO[0]],              # no birth year on either side
    ]
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ"], rows, existing=existing)
    assert [r.action for r in preview.rows] == ["update", "add", "add", "update"]
    assert [r.update_uuid for r in preview.rows] == ["a", None, None, "c"]
    assert [p.message for p in preview.rows[1].warnings] == [
        "Có thể trùng với đảng viên đã có: Hà Thị Hoa, sinh năm 1961, Chi bộ thôn Bản Chang."]
    assert [p.code for p in preview.rows[3].warnings] == ["missing_birth"]


def test_two_existing_members_with_the_same_key_block_the_row(tmp_path: Path) -> None:
    existing = [
        {"uuid": "a", "full_name": "Lê Văn An", "birth_year": 1960, "chi_bo": CHI_BO[0]},
        {"uuid": "b", "full_name": "Lê Văn An", "birth_year": 1960, "chi_bo": CHI_BO[0]},
    ]
    preview = _preview(tmp_path, ["Họ và tên", "Năm sinh", "Chi bộ"],
                       [["Lê Văn An", 1960, CHI_BO[0]]], existing=existing)
    row = preview.rows[0]
    assert row.action == "skip"
    assert [p.code for p in row.errors] == ["ambiguous_existing"]


def test_2500_row_preview(tmp_path: Path) -> None:
    rows = member_rows(2500)
    table = read_table(write_xlsx(tmp_path / "big.xlsx", STANDARD_HEADERS, rows,
                                  title_rows=["DANH SÁCH ĐẢNG VIÊN"]))
    preview = preview_members(table, guess_mapping(table), chi_bo_names(30), [], today=TODAY)
    assert len(preview.rows) == 2500
    assert not preview.error_rows, preview.problem_lines()[:5]
    assert sum(r.excused for r in preview.rows) == 250
    assert sum(not r.official for r in preview.rows) == len([r for r in rows if r[6] is None])
    assert {r.gender for r in preview.rows} == {"Nam", "Nữ"}
