"""Excel in the window: Xuất Excel of a list as shown, and Nhập danh sách đảng viên."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from gui.conferences.page import ConferencesPage
from gui.organisation.member_import import MemberImportDialog
from gui.organisation.page import MemberList
from models.attendance import set_attendance
from models.backup_names import REASON_MEMBER_IMPORT, list_backups
from models.organisation import list_chi_bo, list_members
from tests.factories import add_conference, small_commune
from tests.gui_fixtures import *  # noqa: F403  (fixtures: answers, ui_settings)
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.sheet_files import write_xlsx

pytestmark = OFFSCREEN_NOISE
OK = QDialog.DialogCode.Accepted


@pytest.fixture
def commune(db_path: Path):
    fx = small_commune(db_path)
    yield fx
    fx.db.conn.close()


def _page(qtbot, cls, fx, db_path):
    page = cls(fx.db)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.refresh()
    return page


def _save_to(monkeypatch, target: Path) -> list[str]:
    offered: list[str] = []

    def choose(parent, title, suggested, filters):
        offered.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return offered


# --- Xuất Excel ------------------------------------------------------------------


def test_export_writes_the_rows_shown_with_real_numbers_and_dates(
    qtbot, commune, db_path, tmp_path, monkeypatch, answers
):
    first = add_conference(commune, starts_at="2025-03-05T08:00", reg_number=3).conference
    add_conference(commune, starts_at="2025-06-10T09:00", reg_number=7)
    add_conference(commune, starts_at="2024-11-20T08:00", reg_number=9)
    set_attendance(commune.db, first.uuid, [
        (commune.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
    ])
    page = _page(qtbot, ConferencesPage, commune, db_path)
    year = next(c for s, c in page._filter_combos if s.key == "year")
    year.setCurrentIndex(year.findData(2025))
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Thời gian, oldest first
    page.table.setColumnHidden(7, True)  # Điểm cầu
    assert page.proxy.rowCount() == 2

    target = tmp_path / "hoi-nghi.xlsx"
    offered = _save_to(monkeypatch, target)
    answers(OK)
    assert page.export_excel() is None  # (the page method returns nothing)
    assert offered == ["Hội nghị học tập, quán triệt.xlsx"]
    assert "Đã ghi 2 dòng" in answers.asked[-1]

    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    shown = [c for i, c in enumerate(page.columns) if not page.table.isColumnHidden(i)]
    assert list(rows[0]) == [c.title for c in shown]
    assert "Điểm cầu" not in rows[0]
    assert len(rows) == 1 + page.proxy.rowCount()
    header = rows[0]
    col = {title: header.index(title) for title in header}
    assert [r[col["Số"]] for r in rows[1:]] == [3, 7]  # numbers, in the order shown
    assert rows[1][col["Thời gian"]] == dt.datetime(2025, 3, 5, 8, 0)
    assert rows[2][col["Thời gian"]] == dt.datetime(2025, 6, 10, 9, 0)
    assert rows[1][col["Tên hội nghị"]] == page.proxy.row_at(0)["title"]
    assert rows[1][col["Đã học"]] == 5  # six expected, one absent
    assert abs(rows[1][col["Tỷ lệ"]] - 5 / 6) < 1e-9
    cells = list(sheet.iter_rows(min_row=2, max_row=2))[0]
    assert cells[col["Số"]].data_type == "n"
    assert cells[col["Thời gian"]].is_date
    assert cells[col["Tỷ lệ"]].number_format == "0.00%"
    assert sheet.freeze_panes == "A2"


def test_member_export_keeps_years_as_plain_numbers(
    qtbot, commune, db_path, tmp_path, monkeypatch, answers
):
    page = _page(qtbot, MemberList, commune, db_path)
    page.search.setText("van")  # accents optional, as on screen
    assert 0 < page.proxy.rowCount() < len(commune.members)
    target = tmp_path / "dang-vien.xlsx"
    _save_to(monkeypatch, target)
    answers(OK)
    page.export_excel()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(min_row=2))
    names = [r[0].value for r in rows]
    assert names == [page.proxy.row_at(i)["full_name"] for i in range(page.proxy.rowCount())]
    years = [r[3] for r in rows]
    assert all(c.data_type == "n" and c.number_format == "0" for c in years)
    assert {c.value for c in years} <= {m.birth_year for m in commune.members.values()}


# --- Nhập danh sách đảng viên ---------------------------------------------------

HEADERS = ["STT", "Họ và tên", "Sinh năm", "Giới tính", "Đơn vị", "Ghi chú"]
ROWS = [
    [1, "Phan Văn Tâm", 1975, "Nam", "Thôn Nà Pài", ""],
    [2, "Lý Thị Hoa", 1988, "Nữ", "Chi bộ Trường Tiểu học", ""],
    [3, "", 1990, "Nam", "Chi bộ thôn Nà Pài", "thiếu tên"],
    [4, "Vi Văn Sáng", 1980, "Nam", "Chi bộ thôn Khuổi Mạ", ""],
    [5, "Nguyễn Văn An", 1970, "Nam", "Chi bộ thôn Nà Pài", ""],
    [6, "Hà Văn Lực", None, "Nam", "Chi bộ Trường Tiểu học", ""],
]


def _open_dialog(qtbot, page, monkeypatch, path: Path) -> MemberImportDialog:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )
    dialog = page.import_members()
    assert dialog is not None and dialog.isVisible()
    return dialog


def _correct_columns(dialog: MemberImportDialog) -> None:
    """What the clerk does: "Sinh năm" and "Đơn vị" were not recognised."""
    assert dialog.field_combos["full_name"].currentData() == 1
    assert dialog.field_combos["birth"].currentData() is None
    assert dialog.field_combos["chi_bo"].currentData() is None
    assert not dialog.import_button.isEnabled()  # no chi bộ yet: every row has an error
    dialog.set_column("birth", 2)
    dialog.set_column("chi_bo", 4)


def test_import_with_a_corrected_mapping_then_again_without_duplicates(
    qtbot, commune, db_path, tmp_path, monkeypatch, answers
):
    path = write_xlsx(tmp_path / "danh-sach.xlsx", HEADERS, ROWS)
    page = _page(qtbot, MemberList, commune, db_path)
    before = len(list_members(commune.db))

    dialog = _open_dialog(qtbot, page, monkeypatch, path)
    _correct_columns(dialog)
    preview = dialog.preview
    assert [r.action for r in preview.rows] == ["add", "add", "skip", "skip", "update", "add"]
    assert preview.summary() == dialog.summary.text()
    assert dialog.import_button.text() == "Nhập 4 dòng"

    # Every problem is in its row: errors red, warnings amber.
    model = dialog.model
    missing_name = model.index(2, 9)
    assert "Lỗi" in model.data(missing_name) and "họ và tên" in model.data(missing_name).lower()
    red = model.data(model.index(2, 1), Qt.ItemDataRole.BackgroundRole).color().name()
    amber = model.data(model.index(5, 1), Qt.ItemDataRole.BackgroundRole).color().name()
    assert red == "#fde4e6" and amber == "#fff1cc"
    assert "Cần xem lại" in model.data(model.index(5, 9))
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    dialog.only_problems.setChecked(True)
    assert dialog.filter.rowCount() == 3
    assert not dialog.row_detail.isVisible()  # nothing to say yet: no line taken
    dialog.view.setCurrentIndex(dialog.filter.index(1, 1))  # the whole message, below
    assert dialog.row_detail.isVisible()
    assert dialog.row_detail.text() == (
        "Dòng 5: Lỗi: “Chi bộ thôn Khuổi Mạ” chưa có trong danh sách chi bộ của đơn vị; "
        "có thể tạo chi bộ này khi nhập."
    )
    assert dialog.view.isColumnHidden(5) and not dialog.view.isColumnHidden(2)  # no dates

    # The unknown chi bộ is named; ticking the box would create it, and untick it again.
    assert dialog.unknown_box.isVisible()
    assert dialog.unknown_label.text() == "Chi bộ thôn Khuổi Mạ"
    dialog.create_chi_bo.setChecked(True)
    assert dialog.import_button.text() == "Nhập 5 dòng"
    dialog.create_chi_bo.setChecked(False)
    assert dialog.import_button.text() == "Nhập 4 dòng"

    answers(OK)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1] == "Đã thêm 3 đảng viên, cập nhật 1; bỏ qua 2 dòng có lỗi."
    members = {m.full_name: m for m in list_members(commune.db)}
    assert len(members) == before + 3
    assert members["Phan Văn Tâm"].birth_year == 1975
    assert {c.name for c in list_chi_bo(commune.db)} == {
        "Chi bộ thôn Nà Pài", "Chi bộ Trường Tiểu học"
    }
    assert [b.reason for b in list_backups(db_path)] == [REASON_MEMBER_IMPORT]
    assert page.model.rowCount() == before + 3  # the list shows them at once

    # The same file again updates the same people.
    again = _open_dialog(qtbot, page, monkeypatch, path)
    _correct_columns(again)
    assert [r.action for r in again.preview.rows] == [
        "update", "update", "skip", "skip", "update", "update"
    ]
    answers(OK)
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1] == "Đã thêm 0 đảng viên, cập nhật 4; bỏ qua 2 dòng có lỗi."
    assert len(list_members(commune.db)) == before + 3


def test_a_damaged_or_wrong_file_changes_nothing(
    qtbot, commune, db_path, tmp_path, monkeypatch, answers
):
    page = _page(qtbot, MemberList, commune, db_path)
    before = sorted(m.uuid for m in list_members(commune.db))
    damaged = tmp_path / "hong.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 64 + b"not really a workbook")
    wrong = write_xlsx(tmp_path / "bang-luong.xlsx", ["Tháng", "Số tiền"], [[1, 100], [2, 200]])

    for path in (damaged, wrong):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        answers(OK)
        assert page.import_members() is None
        assert path.name in answers.asked[-1]
    assert len(answers.asked) == 2 and answers.asked[0] != answers.asked[1]
    assert sorted(m.uuid for m in list_members(commune.db)) == before
    assert list_backups(db_path) == []


def test_choosing_one_column_for_two_fields_moves_it(
    qtbot, commune, db_path, tmp_path, monkeypatch
):
    path = write_xlsx(tmp_path / "danh-sach.xlsx", HEADERS, ROWS)
    page = _page(qtbot, MemberList, commune, db_path)
    dialog = _open_dialog(qtbot, page, monkeypatch, path)
    dialog.set_column("note", 1)  # the name column, chosen for Ghi chú by mistake
    assert dialog.field_combos["full_name"].currentData() is None
    assert "Họ và tên" in dialog.errors.text() and dialog.errors.isVisible()
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.set_column("full_name", 1)
    assert dialog.field_combos["note"].currentData() is None
    assert not dialog.errors.isVisible() and dialog.model.rowCount() == len(ROWS)
    dialog.close()
