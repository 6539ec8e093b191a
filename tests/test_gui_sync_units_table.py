"""The upper level's units table: conferences a unit held and those it followed (a
broadcast from the upper level) are counted apart, every column has a label, the
table sorts by any column, and a unit that moved away keeps its figures."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

import gui.sync.shared
from gui.sync.page import SyncPage
from models.attendance import follow_conference
from models.conferences import (
    BridgePoint,
    Conference,
    ConferenceDetail,
    get_conference_detail,
    save_conference,
)
from sync.import_export import export_package, import_package
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.usb_helpers import add_members, unit_office, upper_office

pytestmark = OFFSCREEN_NOISE


def _conference(db, title: str, day: str) -> str:
    detail = save_conference(db, ConferenceDetail(conference=Conference(
        kind="quan_triet", format="truc_tuyen", title=title, starts_at=f"{day}T08:00")))
    return detail.conference.uuid


@pytest.fixture
def province(tmp_path: Path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(gui.sync.shared, "list_removable_drives", lambda: [("USB", stick)])
    upper = upper_office(tmp_path)
    broadcast = _conference(upper.db, "Hội nghị trực tuyến toàn tỉnh", "2026-03-02")
    follower = unit_office(tmp_path, upper, "xa-a", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    host = unit_office(tmp_path, upper, "xa-b", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")
    for office, names in ((follower, ["Nguyễn Văn An", "Lường Thị Bình"]),
                          (host, ["Hoàng Văn Cường"])):
        add_members(office, "Chi bộ thôn", names)
    # The first unit follows the broadcast at two bridge points; the second holds two
    # conferences of its own.
    follow_conference(follower.db, broadcast)
    detail = get_conference_detail(follower.db, broadcast)
    detail.bridge_points = [BridgePoint(name="Hội trường xã", attendees=60),
                            BridgePoint(name="Nhà văn hóa thôn", attendees=30)]
    save_conference(follower.db, detail)
    for day in ("2026-04-01", "2026-05-06"):
        follow_conference(host.db, _conference(host.db, "Hội nghị học tập", day))
    for office in (follower, host):
        written = export_package(office.db, stick)
        import_package(upper.db, written.target_path)
    page = SyncPage(upper.db)
    return page, upper


def _cells(tab) -> list[dict]:
    return [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]


def test_held_and_followed_conferences_labelled_and_sortable(qtbot, province):
    page, _upper = province
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    tab = page.units_tab
    tab.refresh()
    model = tab.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    assert all(isinstance(h, str) and h.strip() for h in headers)
    assert "Hội nghị tự tổ chức" in headers and "Hội nghị theo dõi trực tuyến" in headers
    held, followed = headers.index("Hội nghị tự tổ chức"), headers.index(
        "Hội nghị theo dõi trực tuyến")
    by_name = {r["name"]: r for r in _cells(tab)}
    follower, host = by_name["Đảng ủy xã Nà Pài"], by_name["Đảng ủy xã Bản Cầu"]
    assert (follower["held"], follower["followed"]) == (0, 1)
    assert (host["held"], host["followed"]) == (2, 0)
    assert model.data(model.index(
        [r["name"] for r in _cells(tab)].index("Đảng ủy xã Nà Pài"), followed)) == "1"
    tab.table.sortByColumn(held, Qt.SortOrder.DescendingOrder)
    assert [r["name"] for r in _cells(tab)] == ["Đảng ủy xã Bản Cầu", "Đảng ủy xã Nà Pài"]
    tab.table.sortByColumn(followed, Qt.SortOrder.DescendingOrder)
    assert [r["name"] for r in _cells(tab)] == ["Đảng ủy xã Nà Pài", "Đảng ủy xã Bản Cầu"]


def test_a_unit_that_moved_keeps_its_figures(qtbot, province):
    page, upper = province
    qtbot.addWidget(page)
    page.show()
    tab = page.units_tab
    tab.refresh()
    row = [r["name"] for r in _cells(tab)].index("Đảng ủy xã Nà Pài")
    tab.table.selectionModel().select(
        tab.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert tab.moved_button.isEnabled()
    tab.mark_moved(moved_to="Tỉnh ủy Bắc Kạn")
    moved = next(r for r in _cells(tab) if r["name"] == "Đảng ủy xã Nà Pài")
    assert moved["status"] == "Đã chuyển đi" and not moved["warn"]
    assert (moved["members"], moved["followed"]) == (2, 1)
    assert "Tỉnh ủy Bắc Kạn" in tab.result.text()
    from sync.consolidation import unit_table

    status = next(s for s in unit_table(upper.db, dt.date.today()) if s.moved)
    assert status.status_text.startswith("Đã chuyển sang Tỉnh ủy Bắc Kạn từ ")
