"""Edge cases found by re-computing the indicators independently from the raw rows."""
import datetime as dt

import pytest

from models import indicators
from models.attendance import record_makeup, set_attendance
from models.listing import reflection_document_rows
from models.organisation import delete_member, restore_member
from models.reflection_sheet import reflection_sheet
from models.reflections import Reflection, save_reflection
from models.settings import get_settings, save_settings
from reports.loaders import load_study_report
from tests.factories import add_conference, small_commune

TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def commune(tmp_path):
    fx = small_commune(tmp_path / "a.db")
    settings = get_settings(fx.db)
    settings.leader_name, settings.leader_position = "Lường Văn Thắng", "Bí thư"
    save_settings(fx.db, settings)
    m = fx.members
    fx.first = add_conference(fx, starts_at="2025-03-05T08:00").conference
    set_attendance(fx.db, fx.first.uuid, [
        (m["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
        (m["Đỗ Minh Đức"].uuid, "absent_no_reason", ""),
    ])
    return fx


def test_a_deleted_member_counts_nowhere_and_comes_back_when_restored(commune):
    db, m = commune.db, commune.members
    record_makeup(db, commune.first.uuid, "2025-03-20", [m["Đặng Thị Bình"].uuid])
    for name in ("Nguyễn Văn An", "Đặng Thị Bình"):
        save_reflection(db, Reflection(member_uuid=m[name].uuid,
                                       document_uuid=commune.document.uuid, submitted=True,
                                       submitted_on="2025-04-01", grade="Khá"))
    # An was present and handed in; Đức was absent and never caught up; then both
    # records are deleted (a duplicate entry, say).
    delete_member(db, m["Nguyễn Văn An"].uuid)
    delete_member(db, m["Đỗ Minh Đức"].uuid)

    stats = indicators.compute_stats(db, today=TODAY)
    (row,) = stats["study"]
    # Left: Bình (made up), Dung, Hà, Giang studied; Cao excused.
    assert (row["eligible"], row["studied"], row["excused"]) == (4, 4, 1)
    assert stats["conferences"]["attendances"] == 3  # Dung, Hà, Giang present
    assert stats["conferences"]["unique_attendees"] == 3
    assert stats["reflections"]["expected"] == 4
    assert stats["reflections"]["submitted"] == 1
    assert stats["reflections"]["grades"] == {"Khá": 1}
    # The reflections list counts the same members as the overview.
    (listed,) = [r for r in reflection_document_rows(db) if r["uuid"] == commune.document.uuid]
    assert (listed["expected"], listed["submitted"]) == (4, 1)
    report = load_study_report(db, end=dt.date(2025, 12, 31), number=1)
    assert (report.members_studied, report.members_eligible) == (4, 4)
    assert report.make_up_members == 1
    # Đức's absence no longer asks for a make-up session.
    assert not [i for i in indicators.attention_items(db, TODAY) if i.kind == "makeup"]

    restore_member(db, m["Nguyễn Văn An"].uuid)
    row = indicators.compute_stats(db, today=TODAY)["study"][0]
    assert (row["eligible"], row["studied"]) == (5, 5)


def test_grades_are_those_of_the_reflections_counted_as_handed_in(commune):
    db, m = commune.db, commune.members
    doc = commune.document.uuid
    # Studied in March 2025; An hands in in 2025, Dung only in January 2026.
    save_reflection(db, Reflection(member_uuid=m["Nguyễn Văn An"].uuid, document_uuid=doc,
                                   submitted=True, submitted_on="2025-04-01", grade="Tốt"))
    save_reflection(db, Reflection(member_uuid=m["Hà Thị Dung"].uuid, document_uuid=doc,
                                   submitted=True, submitted_on="2026-01-10", grade="Khá"))
    year = indicators.compute_stats(db, dt.date(2025, 1, 1), dt.date(2025, 12, 31), today=TODAY)
    refl = year["reflections"]
    assert (refl["expected"], refl["submitted"]) == (4, 2)
    assert refl["grades"] == {"Tốt": 1, "Khá": 1}
    # 2026 studied nothing: no reflection is due in it, so none is graded in it either.
    later = indicators.compute_stats(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), today=TODAY)
    assert later["reflections"] == {"expected": 0, "submitted": 0, "grades": {}}
    report = load_study_report(db, dt.date(2025, 1, 1), dt.date(2025, 12, 31), number=1)
    assert report.reflections_handed_in == sum(n for _g, n in report.reflection_grades) == 2


def test_caught_up_then_excused_at_one_conference_but_not_the_other(commune):
    """Bình caught up for the first conference and was then marked excused there; at a
    second conference on the same resolution she is absent. She studied it (the make-up)
    and is not excused for it: the list, the sheet and the overview all expect her
    reflection."""
    db, m = commune.db, commune.members
    binh = m["Đặng Thị Bình"].uuid
    record_makeup(db, commune.first.uuid, "2025-03-20", [binh])
    set_attendance(db, commune.first.uuid, [(binh, "excused", "")])
    second = add_conference(commune, starts_at="2025-06-05T08:00").conference
    set_attendance(db, second.uuid, [(binh, "absent_no_reason", "")])

    stats = indicators.compute_stats(db, today=TODAY)
    assert stats["reflections"]["expected"] == 6
    (listed,) = [r for r in reflection_document_rows(db) if r["uuid"] == commune.document.uuid]
    assert listed["expected"] == 6
    sheet = {line.full_name: line.studied
             for line in reflection_sheet(db, commune.document.uuid)}
    assert sheet["Đặng Thị Bình"] is True
