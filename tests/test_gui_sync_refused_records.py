"""The import preview of a package refused for its records: the clerk reads how many
problems there are and what to do, and each problem on a line of its own (kind of
record, which record, field, what is wrong); nothing can be taken in."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import import_plan
from sync.import_export import export_package, import_package
from tests.gui_fixtures import OFFSCREEN_NOISE, answers, ui_settings  # noqa: F401
from tests.test_gui_sync_page import choose_file, no_drives, offices, open_page, table_texts
from tests.usb_helpers import dump

pytestmark = OFFSCREEN_NOISE
LEFT = Qt.MouseButton.LeftButton
__all__ = ["no_drives", "offices"]


def _hand_edited(unit, members) -> None:
    """A unit register edited by hand: what no form would have written."""
    with unit.db.atomic():
        unit.db.execute("UPDATE members SET full_name = ? WHERE uuid = ?",
                        ["Nguyễn Văn\x00 An", members[0].uuid])
        unit.db.execute("UPDATE members SET joined_on = '2024-13-45' WHERE uuid = ?",
                        [members[1].uuid])


@pytest.mark.parametrize("many", [False, True])
def test_refused_records_are_listed_one_per_line(qtbot, offices, monkeypatch, many):  # noqa: F811
    root, upper, unit, members, stick = offices
    first = export_package(unit.db, stick).target_path
    import_package(upper.db, first)  # the unit is known, its key pinned
    _hand_edited(unit, members)
    if many:
        from tests.usb_helpers import add_members

        add_members(unit, "Chi bộ thôn Nà Cà", [f"Người số {i}" for i in range(600)])
        with unit.db.atomic():
            unit.db.execute("UPDATE members SET joined_on = '2025-02-30' "
                            "WHERE full_name LIKE 'Người số %'")
    written = export_package(unit.db, stick).target_path
    with pytest.raises(import_plan.RecordsRefused) as refused:
        import_package(upper.db, written, dry_run=True)
    before = dump(upper.db)
    page = open_page(qtbot, upper)
    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    choose_file(monkeypatch, written)

    qtbot.mouseClick(tab.file_button, LEFT)

    assert tab.summary.text() == f"Gói “{written.name}” không được nhận. Sổ không thay đổi gì."
    count = len(refused.value.problems)
    notice = tab.refusal_notice.text()
    assert notice.startswith(f"Gói có {count:,} lỗi trong các bản ghi (bảng bên cạnh).".replace(
        ",", "."))
    assert "lệnh check chỉ ra từng bản ghi" in notice and tab.refusal_notice.level == "error"
    assert tab.problem_table.isVisibleTo(tab) and not tab.plan_table.isVisibleTo(tab)
    rows = table_texts(tab.problem_table)
    assert ["Đảng viên", "thứ 1 “Nguyễn Văn<U+0000> An”", "Họ và tên",
            "có ký tự điều khiển (U+0000), không được phép"] in rows
    assert ["Đảng viên", "thứ 2 “Lường Thị Bình”", "Ngày vào Đảng",
            "“2024-13-45” không phải ngày có thật"] in rows
    if many:
        assert count == 602 and len(rows) == 500
        assert notice.endswith("Bảng chỉ ghi 500 lỗi đầu tiên.")
    else:
        assert len(rows) == count == 2
    assert not tab.apply_button.isEnabled()
    assert dump(upper.db) == before
    if not many:
        page.grab().save(str(root / "refused.png"))
