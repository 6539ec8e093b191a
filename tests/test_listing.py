"""The rows behind the lists, deleted items and their restoring, the reflections sheet."""
from __future__ import annotations

import datetime as dt

import pytest

from models.attendance import set_attendance
from models.documents import Document, delete_document, save_document
from models.errors import ValidationError
from models.listing import (
    chi_bo_rows,
    conference_rows,
    document_rows,
    group_rows,
    member_rows,
    outreach_rows,
    plan_rows,
    reflection_document_rows,
)
from models.organisation import ChiBo, ParticipantGroup, delete_chi_bo, delete_member, save_group
from models.plans import delete_plan, get_plan_detail
from models.recycle import delete_group, restore
from models.reflection_sheet import reflection_sheet, save_reflections
from models.reflections import Reflection, list_reflections
from models.vntext import fold
from tests.gui_fixtures import *  # noqa: F403


def test_document_rows_carry_labels_and_folded_search(ready_db):
    rows = {r["symbol"]: r for r in document_rows(ready_db)}
    assert rows["57-NQ/TW"]["type_name"] == "Nghị quyết"
    assert rows["57-NQ/TW"]["level_name"] == "Trung ương"
    assert rows["57-NQ/TW"]["year"] == 2024
    assert "dang uy" in rows["12-KH/ĐU"]["search"]
    assert "dang uy" not in rows["05-CT/TW"]["search"]


def test_deleted_rows_are_listed_apart_and_restore_brings_them_back(ready_db):
    doc = next(r for r in document_rows(ready_db) if r["symbol"] == "05-CT/TW")
    delete_document(ready_db, doc["uuid"])
    assert "05-CT/TW" not in {r["symbol"] for r in document_rows(ready_db)}
    assert [r["symbol"] for r in document_rows(ready_db, deleted=True)] == ["05-CT/TW"]
    restore(ready_db, "documents", doc["uuid"])
    assert "05-CT/TW" in {r["symbol"] for r in document_rows(ready_db)}
    assert document_rows(ready_db, deleted=True) == []


def test_restoring_a_document_whose_number_was_used_again_is_refused(ready_db):
    doc = next(r for r in document_rows(ready_db) if r["symbol"] == "05-CT/TW")
    delete_document(ready_db, doc["uuid"])
    save_document(
        ready_db,
        Document(type_code="CT", symbol="05-CT/TW", term="XII", title="Bản nhập lại"),
    )
    with pytest.raises(ValidationError, match="05-CT/TW"):
        restore(ready_db, "documents", doc["uuid"])
    assert len(document_rows(ready_db, deleted=True)) == 1


def test_member_of_a_deleted_chi_bo_waits_for_the_chi_bo(ready_db):
    rows = [r for r in member_rows(ready_db) if r["chi_bo"] == "Chi bộ Trường Tiểu học"]
    for row in rows:
        delete_member(ready_db, row["uuid"])
    chi_bo = next(r for r in chi_bo_rows(ready_db) if r["name"] == "Chi bộ Trường Tiểu học")
    delete_chi_bo(ready_db, chi_bo["uuid"])
    with pytest.raises(ValidationError, match="khôi phục chi bộ trước"):
        restore(ready_db, "members", rows[0]["uuid"])
    restore(ready_db, "chi_bo", chi_bo["uuid"])
    restore(ready_db, "members", rows[0]["uuid"])
    assert rows[0]["full_name"] in {r["full_name"] for r in member_rows(ready_db)}


def test_plan_restore_brings_back_its_tasks(ready_db):
    plan = plan_rows(ready_db)[0]
    delete_plan(ready_db, plan["uuid"])
    assert plan_rows(ready_db) == []
    restore(ready_db, "plans", plan["uuid"])
    assert len(get_plan_detail(ready_db, plan["uuid"]).tasks) == 2


def test_plan_rows_count_overdue_tasks(ready_db):
    row = plan_rows(ready_db, today=dt.date(2025, 6, 1))[0]
    assert (row["tasks"], row["done"], row["overdue"]) == (2, 0, 1)
    assert row["number_text"] == "03-KH"
    assert row["document"] == "57-NQ/TW"


def test_groups_delete_and_restore(ready_db):
    group = save_group(ready_db, ParticipantGroup(name="Cán bộ không là đảng viên", headcount=12))
    delete_group(ready_db, group.uuid)
    assert group_rows(ready_db) == []
    restore(ready_db, "participant_groups", group.uuid)
    assert [r["headcount"] for r in group_rows(ready_db)] == [12]


def test_conference_rows_count_attendance(ready_db):
    row = conference_rows(ready_db)[0]
    # five members, one excused: four expected, all marked present on creation
    assert (row["present"], row["eligible"]) == (4, 4)
    assert row["documents"] == "57-NQ/TW"
    assert row["format_name"] == "Trực tiếp"


def test_outreach_rows(ready_db):
    row = outreach_rows(ready_db)[0]
    assert row["reach"] == 1200 and row["document"] == "57-NQ/TW" and row["year"] == 2025


def test_reflection_sheet_saves_all_or_nothing(ready_db):
    doc = next(r for r in document_rows(ready_db) if r["symbol"] == "57-NQ/TW")
    lines = reflection_sheet(ready_db, doc["uuid"])
    assert len(lines) == 5
    good = Reflection(
        member_uuid=lines[1].member_uuid, document_uuid=doc["uuid"], submitted=True, grade="Tốt"
    )
    bad = Reflection(
        member_uuid=lines[2].member_uuid, document_uuid=doc["uuid"], submitted=False, grade="Khá"
    )
    with pytest.raises(ValidationError) as caught:
        save_reflections(ready_db, [good, bad])
    assert lines[2].full_name in caught.value.problems[0]
    assert list_reflections(ready_db, doc["uuid"]) == []
    save_reflections(ready_db, [good])
    summary = {r["symbol"]: r for r in reflection_document_rows(ready_db)}["57-NQ/TW"]
    assert (summary["submitted"], summary["graded"], summary["expected"]) == (1, 1, 4)


def test_chi_bo_restore_refused_when_name_taken(ready_db):
    from models.organisation import save_chi_bo

    chi_bo = save_chi_bo(ready_db, ChiBo(name="Chi bộ thôn Tây"))
    delete_chi_bo(ready_db, chi_bo.uuid)
    save_chi_bo(ready_db, ChiBo(name="Chi bo thon Tay"))
    with pytest.raises(ValidationError):
        restore(ready_db, "chi_bo", chi_bo.uuid)
    assert fold("Chi bộ thôn Tây") in {fold(r["name"]) for r in chi_bo_rows(ready_db)}


def test_reflection_counts_agree_with_the_indicators(db):  # noqa: F811
    """The list of documents, each document's sheet and the overview count the same
    reflections: those of members who studied the document."""
    from models import demo, indicators

    demo.generate(db, members=80, years=1, chi_bo=4, conferences_per_year=4,
                  until=dt.date(2026, 11, 25))
    # One who caught up is later marked excused: the make-up link stays, and neither
    # count may expect a reflection from them any more.
    conference, member = db.execute(
        "SELECT conference_uuid, member_uuid FROM attendance WHERE makeup_uuid IS NOT NULL"
    ).fetchone()
    set_attendance(db, conference, [(member, "excused", "")])
    rows = reflection_document_rows(db)
    stats = indicators.compute_stats(db, today=dt.date(2026, 11, 25))["reflections"]
    assert sum(r["expected"] for r in rows) == stats["expected"] > 0
    assert sum(r["submitted"] for r in rows) == stats["submitted"] > 0
    studied = next(r for r in rows if r["expected"])
    lines = reflection_sheet(db, studied["uuid"])
    assert sum(ln.studied for ln in lines) == studied["expected"]
    assert sum(ln.studied and ln.submitted for ln in lines) == studied["submitted"]
    assert len(lines) > studied["expected"]  # absentees not caught up, excused members
