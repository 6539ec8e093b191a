"""The exchange on the overview: a unit reminded of the month's package (a double
click goes to the Đồng bộ USB page), and the upper level's figures of one unit or all."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

import gui.sync.shared
from gui.overview.page import OverviewPage
from gui.window.main_window import MainWindow
from models.conferences import Conference, ConferenceDetail, save_conference
from models.db import open_database
from models.exchange_view import package_reminder
from models.indicators import attention_items
from sync.import_export import export_package, import_package
from tests.gui_fixtures import OFFSCREEN_NOISE, ui_settings  # noqa: F401  (fixture)
from tests.usb_helpers import add_members, unit_office, upper_office

pytestmark = OFFSCREEN_NOISE


@pytest.fixture(autouse=True)
def no_drives(monkeypatch):
    monkeypatch.setattr(gui.sync.shared, "list_removable_drives", lambda: [])


@pytest.fixture
def offices(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    yield tmp_path, upper, unit
    upper.db.conn.close()
    unit.db.conn.close()


def test_reminder_until_the_month_has_its_package(offices):
    root, upper, unit = offices
    today = dt.date.today()
    assert package_reminder(unit.db, today) == (
        f"Tháng {today.month}/{today.year} chưa gửi gói dữ liệu lên cấp trên "
        "(chưa gửi lần nào)."
    )
    assert package_reminder(upper.db, today) is None  # the upper level sends no package up
    written = export_package(unit.db, root / "usb")
    assert package_reminder(unit.db, today) is None
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    assert package_reminder(unit.db, next_month) == (
        f"Tháng {next_month.month}/{next_month.year} chưa gửi gói dữ liệu lên cấp trên "
        f"(lần gửi gần nhất: {today:%d/%m/%Y})."
    )
    assert written.target_path.exists()


def test_register_used_alone_is_not_reminded(tmp_path):
    db = open_database(tmp_path / "so.db")
    try:
        assert package_reminder(db, dt.date.today()) is None
        assert [i.kind for i in attention_items(db, dt.date.today())] == []
    finally:
        db.conn.close()


def test_overview_reminder_opens_the_usb_page(qtbot, offices, ui_settings):  # noqa: F811
    _root, upper, unit = offices
    window = MainWindow(unit.db, unit.path, ui_settings)
    window.backup_on_close = False
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("overview")
    overview = window.current_page()
    qtbot.waitUntil(lambda: not overview.is_loading(), timeout=10000)
    group = overview.attention.topLevelItem(0)
    assert group.text(0) == "Gói dữ liệu chưa gửi lên cấp trên (1)"
    item = group.child(0)
    assert item.text(0).endswith("chưa gửi gói dữ liệu lên cấp trên (chưa gửi lần nào).")

    rect = overview.attention.visualItemRect(item)
    qtbot.mouseClick(overview.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(overview.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_key() == "sync"
    assert window.current_page().current_tab() is window.current_page().send_tab


def test_upper_overview_shows_all_units_or_one(qtbot, offices):
    root, upper, unit = offices
    other = unit_office(root, upper, "ban-cau", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")
    year = dt.date.today().year
    for office, count in ((unit, 2), (other, 1)):
        add_members(office, "Chi bộ thôn Đông", ["Nguyễn Văn An"])
        for number in range(count):
            save_conference(office.db, ConferenceDetail(conference=Conference(
                kind="hoc_tap", format="truc_tiep", title=f"Học tập chuyên đề {number + 1}",
                starts_at=f"{year}-03-0{number + 1}T08:00", reg_number=number + 1,
                term="2025-2030")))
        import_package(upper.db,
                       export_package(office.db, root / "usb").target_path)
    other.db.conn.close()
    page = OverviewPage(upper.db)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)

    assert page.unit.isVisible()
    assert [page.unit.itemText(i) for i in range(page.unit.count())] == [
        "Tất cả đơn vị", "Đảng ủy xã Bản Cầu", "Đảng ủy xã Cẩm Giàng"]
    assert page.card_conferences.value.text() == "3"

    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.unit.setCurrentIndex(page.unit.findText("Đảng ủy xã Cẩm Giàng"))
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    assert page.card_conferences.value.text() == "2"
    assert page.unit.currentText() == "Đảng ủy xã Cẩm Giàng"  # kept after the refresh


def test_unit_overview_has_no_unit_selector(qtbot, offices):
    _root, _upper, unit = offices
    page = OverviewPage(unit.db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    assert not page.unit.isVisible()
