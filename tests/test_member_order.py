"""Members appear in one order everywhere (the member list, the attendance sheet, the
printed sign-in sheet): chi bộ by position, then by given name with accents and đ folded."""
from __future__ import annotations

from models.attendance import attendance_sheet
from models.conference_editing import roster_preview
from models.organisation import list_members
from reports.loaders import load_signin
from tests.test_gui_conference_support import db, make_conference, make_unit  # noqa: F401

UNIT = {
    "Chi bộ thôn Đông": [("Hoàng Minh Trang", False), ("Hoàng Minh Đạt", False),
                         ("Lê Văn An", False), ("Đỗ Thị Bình", False)],
    "Chi bộ Trường học": [("Vũ Thị Ánh", False), ("Bùi Văn Út", False)],
}
# Given names An, Bình, Đạt, Trang: SQL's byte order would put "Đạt" after "Trang".
EXPECTED = ["Lê Văn An", "Đỗ Thị Bình", "Hoàng Minh Đạt", "Hoàng Minh Trang",
            "Vũ Thị Ánh", "Bùi Văn Út"]


def test_every_list_and_sheet_keeps_one_vietnamese_order(db):  # noqa: F811
    make_unit(db, UNIT)
    assert [m.full_name for m in list_members(db)] == EXPECTED
    assert [line.full_name for line in roster_preview(db)] == EXPECTED
    detail = make_conference(db)
    assert [line.full_name for line in attendance_sheet(db, detail.conference.uuid)] == EXPECTED
    signin = load_signin(db, detail.conference.id)
    assert [m.name for m in signin.members] == EXPECTED
