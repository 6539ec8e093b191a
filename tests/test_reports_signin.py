"""The sign-in sheet: every member listed once, the table header on every page."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from reports.data import SigninMember
from reports.frame import MissingDataError
from reports.samples import sample_signin
from reports.signin import missing_fields, render_signin
from tests.reports_pdf import all_text, pages_text, squash

HEADER = "STT Họ và tên Chi bộ Ký tên"
ONE_CHI_BO_HEADER = "STT Họ và tên Ký tên Ghi chú"


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory):
    data = sample_signin(members=2500, cells=60)
    target = tmp_path_factory.mktemp("signin") / "danh-sach.pdf"
    pages = render_signin(data, target)
    return data, [squash(p) for p in pages_text(target)], pages


def test_2500_members_header_repeats_on_every_page(big_sheet):
    data, texts, pages = big_sheet
    assert pages == len(texts) > 50
    for number, text in enumerate(texts, 1):
        assert HEADER in text, f"page {number}"
    assert "DANH SÁCH" in texts[0]
    assert "Đảng viên dự Hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW" in texts[0]
    assert "Cẩm Giàng, ngày 05 tháng 3 năm 2023" in texts[0]
    assert "Tổng số: 2.500 đảng viên." in texts[-1]


def test_2500_members_each_listed_in_order(big_sheet):
    data, texts, _ = big_sheet
    text = " ".join(texts)
    position = 0
    for i, member in enumerate(data.members, 1):
        row = squash(f"{i} {member.name} {member.chi_bo}")
        found = text.find(row, position)
        assert found >= 0, row
        position = found + len(row)


def test_per_chi_bo_sheets_stand_alone(tmp_path: Path):
    """Each chi bộ's sheet has the title, its name, its own "Trang i/n", its own total,
    and never one or two rows alone on its last page."""
    data = sample_signin(members=150, cells=4)
    target = tmp_path / "danh-sach.pdf"
    render_signin(data, target, per_chi_bo=True)
    texts = [squash(p) for p in pages_text(target)]
    groups: dict[str, list[SigninMember]] = {}
    for m in data.members:
        groups.setdefault(m.chi_bo, []).append(m)
    seen = 0
    for chi_bo, members in groups.items():
        pages = [t for t in texts if t.startswith(f"{chi_bo} - Trang ")]
        assert pages, chi_bo
        seen += len(pages)
        for number, page in enumerate(pages, 1):
            assert page.startswith(f"{chi_bo} - Trang {number}/{len(pages)}")
        first = pages[0]
        assert "DANH SÁCH Đảng viên dự Hội nghị học tập, quán triệt" in first
        assert squash(f"{chi_bo} {ONE_CHI_BO_HEADER} 1 {members[0].name}") in first
        for page in pages[1:]:
            assert f"{chi_bo} (tiếp theo) {ONE_CHI_BO_HEADER}" in page
        assert squash(f"{len(members)} {members[-1].name} Tổng số: {len(members)} đảng viên.") \
            in pages[-1]
        assert sum(p.count("Tổng số:") for p in pages) == 1
        if len(pages) > 1:  # no orphan rows: the last page holds at least four members
            assert squash(f"{len(members) - 3} {members[-4].name}") in pages[-1]
    assert seen == len(texts)
    assert "Trang 1/1" not in texts[0] or len(groups[next(iter(groups))]) < 15


def test_per_chi_bo_never_leaves_one_or_two_rows_on_a_page(tmp_path: Path):
    # 21 rows fit under the header on a first page: 22 and 23 members would spill 1-2.
    for size in (21, 22, 23, 24, 45, 46):
        data = sample_signin(members=size, cells=1)
        target = tmp_path / f"danh-sach-{size}.pdf"
        render_signin(data, target, per_chi_bo=True)
        pages = [squash(p) for p in pages_text(target)]
        last_rows = [n for n in range(1, size + 1)
                     if squash(f" {n} {data.members[n - 1].name} ") in f" {pages[-1]} "]
        assert len(pages) == 1 or len(last_rows) >= 4, (size, len(last_rows))
        assert f"Tổng số: {size} đảng viên." in pages[-1]


def test_one_chi_bo_sheet_names_it(tmp_path: Path):
    data = sample_signin(members=30, cells=1)
    data.chi_bo = "Chi bộ thôn Nà Tùm"
    target = tmp_path / "danh-sach.pdf"
    render_signin(data, target)
    assert "Đảng ủy xã".upper() in pages_text(target)[0].upper()
    text = all_text(target)
    assert f"Chi bộ thôn Nà Tùm {ONE_CHI_BO_HEADER} 1 {data.members[0].name}" in text
    assert HEADER not in text
    assert len(PdfReader(target).pages) >= 1


def test_long_chi_bo_name_wraps_inside_its_cell(tmp_path: Path):
    data = sample_signin(members=5, cells=1)
    long_name = ("Chi bộ Trường Tiểu học và Trung học cơ sở xã Cẩm Giàng, huyện Cẩm Giàng, "
                 "tỉnh Hải Dương")
    data.members[2].chi_bo = long_name
    target = tmp_path / "danh-sach.pdf"
    render_signin(data, target)
    assert squash(f"3 {data.members[2].name} {long_name}") in all_text(target)


def test_missing_data(tmp_path: Path):
    data = sample_signin(members=3)
    data.members = []
    data.date = None
    target = tmp_path / "danh-sach.pdf"
    with pytest.raises(MissingDataError) as caught:
        render_signin(data, target)
    assert caught.value.fields == ["ngày tổ chức hội nghị", "danh sách đảng viên (chưa có ai)"]
    assert "Chưa in được danh sách đảng viên dự hội nghị vì còn thiếu" in str(caught.value)
    assert not target.exists()
    data = sample_signin(members=3)
    data.members[1].name = " "
    assert missing_fields(data) == ["họ tên đảng viên ở dòng 2"]
