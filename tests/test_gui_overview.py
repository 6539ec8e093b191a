"""The overview: what needs attention (double-click opens it), the year's figures."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import Qt

from gui.overview import data as overview_data
from gui.overview import page as overview_page
from gui.overview.page import OverviewPage
from models.conferences import BridgePoint, save_conference
from models.outreach import Activity, save_activity
from models.plans import Plan, PlanDetail, Task, save_plan
from tests.test_gui_conference_support import (  # noqa: F401  (db is a fixture)
    OFFSCREEN_NOISE,
    db,
    make_conference,
    make_unit,
)

pytestmark = OFFSCREEN_NOISE


class _MidJune(dt.date):
    """Today as the 15th of June of this year: a task due on New Year's Day is overdue."""

    @classmethod
    def today(cls) -> dt.date:
        return dt.date.today().replace(month=6, day=15)


@pytest.fixture
def mid_june(monkeypatch) -> dt.date:
    """The overview's clock (its page and its figures, read on the worker too) at mid-June."""
    clock = types.SimpleNamespace(date=_MidJune, timedelta=dt.timedelta)
    monkeypatch.setattr(overview_data, "dt", clock)
    monkeypatch.setattr(overview_page, "dt", clock)
    return _MidJune.today()


def _page(qtbot, db) -> OverviewPage:  # noqa: F811
    page = OverviewPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    return page


def _attention(page: OverviewPage) -> dict[str, list[str]]:
    tree = page.attention
    return {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }


def test_empty_register_says_so(qtbot, db):  # noqa: F811
    page = _page(qtbot, db)
    assert _attention(page) == {"Không có việc nào quá hạn hay còn thiếu.": []}
    assert page.card_conferences.value.text() == "0"
    assert page.chart_formats.bars == []
    # "Tổng quan năm" and then the year alone, never "Tổng quan năm năm 2026".
    assert page.year.currentText() == str(dt.date.today().year)
    assert page.heading.text() == "Tổng quan năm"


def test_overdue_card_agrees_with_the_list_whatever_year_the_plan(qtbot, db):  # noqa: F811
    """A task of last year's plan, due this year and not done, is overdue now: the card
    counts it as the list beside it does, while this year's plan chart has no plan."""
    today = dt.date.today()
    save_plan(
        db,
        PlanDetail(
            plan=Plan(title="Kế hoạch năm trước", issued_on=f"{today.year - 1}-12-01"),
            tasks=[Task(content="Sơ kết", deadline=(today - dt.timedelta(days=1)).isoformat())],
        ),
    )
    page = _page(qtbot, db)
    assert list(_attention(page)) == ["Nhiệm vụ quá hạn (1)"]
    assert page.card_tasks.value.text() == "1"
    assert page.chart_tasks.bars == []  # no plan issued this year


def test_overdue_task_opens_on_double_click(qtbot, db, mid_june):  # noqa: F811
    today = mid_june
    # Issued this year, due on its first day (a deadline never comes before its plan):
    # overdue at mid-June, as on every day but New Year's Day.
    new_year = today.replace(month=1, day=1)
    saved = save_plan(
        db,
        PlanDetail(
            plan=Plan(title="Kế hoạch thực hiện Nghị quyết 57", issued_on=new_year.isoformat()),
            tasks=[
                Task(content="Số hóa hồ sơ đảng viên", deadline=new_year.isoformat()),
                Task(content="Tập huấn chuyển đổi số", deadline=None, status="done"),
            ],
        ),
    )
    task_uuid = saved.tasks[0].uuid
    page = _page(qtbot, db)
    groups = _attention(page)
    assert groups == {
        "Nhiệm vụ quá hạn (1)": [
            f"Quá hạn từ {new_year:%d/%m/%Y}: Số hóa hồ sơ đảng viên (Kế hoạch thực hiện "
            "Nghị quyết 57)"
        ]
    }
    assert page.attention_title.text() == "Việc cần làm (1)"
    assert page.card_tasks.value.text() == "1"
    assert page.card_tasks.detail.text() == (
        f"tính đến {today:%d/%m/%Y} · kế hoạch trong năm: 1, 1/2 nhiệm vụ hoàn thành"
    )
    assert [b.text for b in page.chart_tasks.bars] == ["1", "0", "1", "1"]

    item = page.attention.topLevelItem(0).child(0)
    rect = page.attention.visualItemRect(item)
    with qtbot.waitSignal(page.open_requested) as opened:
        # A real double click: the first click, then the second one arriving as a double.
        qtbot.mouseClick(page.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["task", task_uuid]

    emitted = []
    page.attention.setFocus()
    page.open_requested.connect(lambda kind, uuid: emitted.append((kind, uuid)))
    page.attention.setCurrentItem(page.attention.topLevelItem(0))  # a group heading
    qtbot.keyClick(page.attention, Qt.Key.Key_Return)
    assert emitted == []
    page.attention.setCurrentItem(item)
    qtbot.keyClick(page.attention, Qt.Key.Key_Return)
    assert emitted == [("task", task_uuid)]


def test_year_selector_and_vietnamese_numbers(qtbot, db):  # noqa: F811
    make_unit(db)
    this_year = dt.date.today().year
    old = make_conference(db, "Hội nghị năm trước", starts_at=f"{this_year - 1}-06-01T08:00")
    old.bridge_points = [
        BridgePoint(name="Điểm cầu Thôn Đông", attendees=1250),
        BridgePoint(name="Điểm cầu Thôn Tây", attendees=30),
    ]
    old.conference.format = "truc_tuyen"
    save_conference(db, old)
    make_conference(db, "Hội nghị năm nay", starts_at=f"{this_year}-02-01T08:00")
    save_activity(
        db,
        Activity(held_on=f"{this_year}-02-03", channel="Mạng xã hội", quantity=3, reach=12500),
    )
    page = _page(qtbot, db)
    assert page.card_conferences.value.text() == "1"
    assert page.card_conferences.detail.text() == "trực tiếp 1 · trực tuyến 0 · kết hợp 0"
    assert [(b.label, b.text) for b in page.chart_outreach.bars] == [
        ("Mạng xã hội", "1 lần · 12.500 người")
    ]

    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.year.setCurrentIndex(page.year.findData(this_year - 1))
    assert page.selected_year() == this_year - 1
    assert page.card_conferences.value.text() == "1"
    assert page.card_conferences.detail.text() == "trực tiếp 0 · trực tuyến 1 · kết hợp 0"
    assert page.card_attendances.value.text() == "1.280"
    assert "2 điểm cầu" in page.card_attendances.detail.text()
    assert [(b.label, b.text) for b in page.chart_formats.bars] == [
        ("Trực tiếp", "0"), ("Trực tuyến", "1"), ("Kết hợp", "0")
    ]
    assert page.chart_outreach.bars == []
    page.grab()  # paints every chart, empty and full, without a warning


def test_many_overdue_tasks_are_all_counted(qtbot, db):  # noqa: F811
    """The list shows the 200 most overdue; its counts and the card say how many there are."""
    save_plan(
        db,
        PlanDetail(
            plan=Plan(title="Kế hoạch lớn", issued_on="2025-01-02"),
            tasks=[Task(content=f"Việc {i}", deadline="2025-02-01") for i in range(203)],
        ),
    )
    page = _page(qtbot, db)
    group = page.attention.topLevelItem(0)
    assert group.text(0) == "Nhiệm vụ quá hạn (203)"
    assert group.childCount() == 201
    assert group.child(200).text(0) == (
        "… và 3 nhiệm vụ quá hạn khác: xem trang Kế hoạch hành động"
    )
    assert page.attention_title.text() == "Việc cần làm (203)"
    assert page.card_tasks.value.text() == "203"
