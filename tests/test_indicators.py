"""Indicators checked against numbers worked out by hand on a small commune."""
import datetime as dt

import pytest

from models import indicators
from models.attendance import (
    attendance_totals,
    record_makeup,
    set_attendance,
    set_group_attendance,
)
from models.errors import ValidationError
from models.organisation import ParticipantGroup, save_group
from models.outreach import Activity, save_activity
from models.plans import Plan, PlanDetail, Task, save_plan
from models.reflections import Reflection, save_reflection
from models.settings import get_settings, save_settings
from tests.factories import add_conference, small_commune

TODAY = dt.date(2025, 9, 1)


@pytest.fixture
def commune(tmp_path):
    fx = small_commune(tmp_path / "i.db")
    m = fx.members
    first = add_conference(fx, starts_at="2025-03-05T08:00").conference
    set_attendance(fx.db, first.uuid, [
        (m["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
        (m["Đỗ Minh Đức"].uuid, "absent_no_reason", ""),
    ])
    group = save_group(fx.db, ParticipantGroup(name="Cán bộ không phải đảng viên", headcount=12))
    set_group_attendance(fx.db, first.uuid, group.uuid, 10)
    second = add_conference(fx, starts_at="2025-06-10T08:00", fmt="truc_tuyen",
                            bridge_points=[("Điểm cầu thôn Nà Pài", 40),
                                           ("Điểm cầu Trường Tiểu học", 25)]).conference
    fx.first, fx.second = first, second
    return fx


def test_attendance_totals_live_line(commune):
    totals = attendance_totals(commune.db, commune.first.uuid)
    assert (totals.members, totals.excused, totals.eligible) == (7, 1, 6)
    assert (totals.present, totals.absent_reason, totals.absent_no_reason) == (4, 1, 1)
    assert (totals.official, totals.probationary) == (6, 1)
    assert totals.summary() == "Có mặt 4/6 — 66,7%"


def test_study_rate_before_and_after_makeup(commune):
    db, m = commune.db, commune.members
    spring = indicators.compute_stats(db, end=dt.date(2025, 4, 30), today=TODAY)
    (row,) = spring["study"]
    assert (row["eligible"], row["studied"], row["excused"], row["rate"]) == (6, 4, 1, 66.67)
    record_makeup(db, commune.first.uuid, "20/03/2025", [m["Đặng Thị Bình"].uuid])
    spring = indicators.compute_stats(db, end=dt.date(2025, 4, 30), today=TODAY)
    assert spring["study"][0]["studied"] == 5 and spring["study"][0]["rate"] == 83.33
    by_chi_bo = indicators.study_by_chi_bo(
        db, indicators.make_scope(db, end=dt.date(2025, 4, 30)), commune.document.uuid
    )
    assert [(r["chi_bo"], r["eligible"], r["studied"]) for r in by_chi_bo] == [
        ("Chi bộ thôn Nà Pài", 3, 3), ("Chi bộ Trường Tiểu học", 3, 2)]
    # the second conference on the same resolution catches Đức up as well
    year = indicators.compute_stats(db, today=TODAY)
    assert year["study"][0]["studied"] == 6 and year["study"][0]["rate"] == 100.0


def test_makeup_refused_for_present_member_or_before_conference(commune):
    db, m = commune.db, commune.members
    with pytest.raises(ValidationError, match="không vắng mặt"):
        record_makeup(db, commune.first.uuid, "2025-03-20", [m["Nguyễn Văn An"].uuid])
    with pytest.raises(ValidationError, match="trước ngày hội nghị"):
        record_makeup(db, commune.first.uuid, "2025-03-01", [m["Đặng Thị Bình"].uuid])
    assert db.execute("SELECT COUNT(*) FROM makeup_sessions").fetchone()[0] == 0


def test_conference_counts(commune):
    conf = indicators.compute_stats(commune.db, today=TODAY)["conferences"]
    assert (conf["total"], conf["in_person"], conf["online"], conf["hybrid"]) == (2, 1, 1, 0)
    assert conf["bridge_points"] == 2
    # first: 4 members present + 10 counted non-members; second: 40 + 25 at bridge points
    assert conf["attendances"] == 4 + 10 + 65
    assert conf["unique_attendees"] == 6
    march = indicators.compute_stats(commune.db, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert march["conferences"]["total"] == 1 and march["conferences"]["attendances"] == 14


def test_plans_outreach_reflections(commune):
    db, m = commune.db, commune.members
    save_plan(db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện 57-NQ/TW", issued_on="2025-03-15"),
        tasks=[Task(content="Quán triệt", deadline="2025-03-31", status="done",
                    done_on="2025-03-30"),
               Task(content="Tuyên truyền", deadline="2025-04-01", status="in_progress"),
               Task(content="Sơ kết", deadline="2026-12-31")],
    ))
    for reach in (100, 50):
        save_activity(db, Activity(held_on="2025-05-01", channel="Mạng xã hội", quantity=2,
                                   reach=reach))
    for name in ("Nguyễn Văn An", "Hà Thị Dung"):
        save_reflection(db, Reflection(member_uuid=m[name].uuid,
                                       document_uuid=commune.document.uuid, submitted=True,
                                       grade="Tốt"))
    stats = indicators.compute_stats(db, today=TODAY)
    assert stats["plans"] == {"total": 1, "tasks": 3, "tasks_done": 1, "tasks_in_progress": 1,
                              "tasks_not_started": 1, "tasks_overdue": 1,
                              "tasks_overdue_all": 1, "overdue_as_of": TODAY.isoformat()}
    # The next year: no plan issued in it, but the 2025 plan's task is still overdue.
    next_year = indicators.compute_stats(
        db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), today=dt.date(2026, 6, 1)
    )["plans"]
    assert next_year["total"] == 0 and next_year["tasks_overdue"] == 0
    assert next_year["tasks_overdue_all"] == 1 and next_year["overdue_as_of"] == "2026-06-01"
    # A period already over counts what was overdue at its end, not today.
    def overdue_at_end(end: dt.date) -> int:
        stats = indicators.compute_stats(db, dt.date(2025, 1, 1), end, today=dt.date(2026, 6, 1))
        return stats["plans"]["tasks_overdue_all"]

    assert overdue_at_end(dt.date(2025, 3, 31)) == 0
    assert overdue_at_end(dt.date(2025, 4, 30)) == 1
    assert stats["outreach"] == {"Mạng xã hội": {"activities": 2, "quantity": 4, "reach": 150}}
    assert stats["reflections"]["expected"] == 6
    assert stats["reflections"]["submitted"] == 2
    assert stats["reflections"]["grades"] == {"Tốt": 2}
    items = indicators.attention_items(db, TODAY)
    kinds = [i.kind for i in items]
    assert kinds.count("task") == 1 and "Tuyên truyền" in items[0].text
    assert "reflection" in kinds and "makeup" in kinds


def test_broadcast_counts_once_at_upper_level(tmp_path):
    """An upper-level conference followed by two units: one conference, all attendances."""
    fx = small_commune(tmp_path / "u.db")
    settings = get_settings(fx.db)
    settings.role = "upper"
    save_settings(fx.db, settings)
    db = fx.db
    db.execute(
        "INSERT INTO conferences (uuid, owner_unit, revision, updated_at, kind, format, title, "
        "starts_at) VALUES ('conf-up', 'upper', 1, '2025-01-01', 'quan_triet', 'truc_tuyen', "
        "'Hội nghị trực tuyến toàn tỉnh', '2025-05-05T08:00')"
    )
    for unit, name, people in (("unit-a", "Xã A", 120), ("unit-b", "Xã B", 80),
                               ("unit-b", "Xã B, điểm cầu 2", 30)):
        db.execute(
            "INSERT INTO bridge_points (uuid, owner_unit, revision, updated_at, conference_uuid, "
            "name, attendees) VALUES (?, ?, 1, '2025-01-01', 'conf-up', ?, ?)",
            [f"bp-{name}", unit, name, people],
        )
    everyone = indicators.compute_stats(db)["conferences"]
    assert everyone["total"] == 1 and everyone["online"] == 1
    assert everyone["bridge_points"] == 3 and everyone["attendances"] == 230
    unit_b = indicators.compute_stats(db, unit="unit-b")["conferences"]
    assert unit_b["total"] == 1 and unit_b["attendances"] == 110
