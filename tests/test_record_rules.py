"""The record rules at the models level: each field kind, each rule between fields and
between records, the refusal's page, and the editors and the member import applying
the same rules."""
from __future__ import annotations

import pytest

from models.conference_editing import save_conference_with_attendance
from models.conferences import Conference, ConferenceDetail, Guest, save_conference
from models.errors import ValidationError
from models.organisation import ChiBo, Member, save_chi_bo, save_member
from models.plans import Plan, PlanDetail, Task, save_plan
from models.rules.fields import FIELDS, value_problem
from models.rules.problems import Problem, problem_lines, refusal_text
from models.rules.records import (
    between_fields,
    deadline_problem,
    makeup_date_problem,
    record_problems,
    votes_problem,
)
from models.rules.text import shown, text_problem
from models.rules.values import date_problem
from models.schema import TRAVEL_TABLES
from sheets.members import guess_mapping, preview_members
from sheets.reader import SheetRow, SheetTable
from tests.gui_fixtures import db  # noqa: F401  (fixture)


def rule(table: str, field: str):
    return FIELDS[table][field]


def test_the_rules_cover_exactly_the_schema(db):  # noqa: F811
    for table in TRAVEL_TABLES:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        assert list(FIELDS[table]) == columns, table


@pytest.mark.parametrize("value, problem", [
    ("An\x00", "có ký tự điều khiển (U+0000)"),
    ("An\x1b[31m", "có ký tự điều khiển (U+001B)"),
    ("An\x85", "có ký tự điều khiển (U+0085)"),
    ("\u202eAn", "có ký tự ẩn đảo chiều chữ (U+202E)"),
    ("An\u2066", "có ký tự ẩn đảo chiều chữ (U+2066)"),
    ("Nguyễn\nVăn An", "có xuống dòng hoặc dấu tab"),
    ("An\ud800", "có ký tự không hợp lệ (U+D800)"),
    ("A" * 201, "dài 201 ký tự, quá giới hạn 200 ký tự"),
])
def test_text_refused_in_a_name(value, problem):
    assert problem in value_problem(rule("members", "full_name"), value)


def test_text_allowed():
    assert value_problem(rule("members", "full_name"), "Nguyễn Thị Ánh Tuyết") is None
    assert value_problem(rule("members", "full_name"), "A" * 200) is None
    # Multi-line fields keep line breaks and tabs; still no NUL, no bidi override.
    content = rule("conferences", "content")
    assert value_problem(content, "Đồng chí Bí thư:\n\t- quán triệt…\r\n") is None
    assert "U+0000" in value_problem(content, "a\x00b")
    assert "đảo chiều" in value_problem(content, "a\u202db")
    assert text_problem("x" * 100_001, limit=100_000, multiline=True).startswith("dài 100.001")


def test_required_text_is_not_blank():
    assert value_problem(rule("members", "full_name"), "   ") == "để trống, trường này bắt buộc"
    assert value_problem(rule("members", "position_title"), "") is None


@pytest.mark.parametrize("kind, value, problem", [
    ("date", "2024-13-45", "không phải ngày có thật"),
    ("date", "2025-02-29", "không phải ngày có thật"),
    ("date", "05/03/2025", "không đúng dạng"),
    ("date", "2025-3-5", "không đúng dạng"),
    ("date", "２０２５-03-05", "không đúng dạng"),
    ("date", "1899-12-31", "có năm 1899 ngoài khoảng 1900–2100"),
    ("date", "2101-01-01", "có năm 2101"),
    ("minute", "2025-03-05", "không đúng dạng"),
    ("minute", "2025-03-05T08:00:00", "không đúng dạng"),
    ("minute", "2025-03-05T25:00", "không phải ngày có thật"),
    ("second", "2025-03-05T08:00", "không đúng dạng"),
])
def test_dates_as_the_register_stores_them(kind, value, problem):
    assert problem in date_problem(value, kind)


def test_sound_dates():
    assert date_problem("2024-02-29") is None
    assert date_problem("2025-03-05T08:00", "minute") is None
    assert date_problem("2025-03-05T08:00:59", "second") is None
    assert value_problem(rule("documents", "issued_on"), None) is None
    assert value_problem(rule("outreach", "held_on"), None) == "để trống, trường này bắt buộc"


def test_numbers_flags_choices_and_patterns():
    assert value_problem(rule("members", "birth_year"), 1899) == "là 1899, phải từ 1900 đến 2100"
    assert value_problem(rule("conferences", "votes_for"), -1) == "là -1, phải từ 0 trở lên"
    assert value_problem(rule("members", "official"), 2) == "phải là 0 hoặc 1"
    assert value_problem(rule("members", "official"), True) == "phải là số nguyên"
    assert value_problem(rule("members", "official"), "1") == "phải là số nguyên"
    assert value_problem(rule("members", "full_name"), 5) == "phải là chữ"
    assert "không phải một trong các giá trị" in value_problem(rule("attendance", "status"), "x")
    assert value_problem(rule("attachments", "stored_name"), "../../x.pdf") \
        == "“../../x.pdf” không đúng dạng"
    assert value_problem(rule("attachments", "sha256"), "A" * 64).endswith("không đúng dạng")


def test_rules_between_fields():
    conference = {"starts_at": "2025-03-05T08:00", "ends_at": "2025-03-05T08:00"}
    assert between_fields("conferences", conference)[0][0] == "ends_at"
    assert between_fields("conferences", {**conference, "ends_at": "2025-03-05T10:00"}) == []
    assert between_fields("tasks", {"status": "in_progress", "done_on": "2025-03-05"}) == [
        ("done_on", "có ngày hoàn thành nhưng nhiệm vụ chưa hoàn thành")]
    assert between_fields("attendance", {"status": "absent_reason", "reason": " "}) == [
        ("reason", "vắng có lý do nhưng chưa ghi lý do")]
    assert between_fields("attendance", {"status": "present", "reason": "",
                                         "makeup_uuid": "x"})[0][0] == "makeup_uuid"
    assert between_fields("reflections", {"submitted": 0, "grade": "Tốt",
                                          "submitted_on": None})[0][0] == "grade"
    assert record_problems("members", {"full_name": "A\x00"})[0][0] == "full_name"


def test_rules_between_records():
    assert deadline_problem("2025-01-01", "2025-03-05") == \
        "01/01/2025 trước ngày ban hành kế hoạch (05/03/2025)"
    assert deadline_problem("2025-03-05", "2025-03-05") is None
    assert deadline_problem("2025-01-01", None) is None
    assert makeup_date_problem("2025-03-04", "2025-03-05T08:00") == \
        "04/03/2025 trước ngày hội nghị (05/03/2025)"
    assert makeup_date_problem("2025-03-05", "2025-03-05T08:00") is None
    assert votes_problem([30, 2, None], present=25, guests=3, bridge_attendees=3) == (
        "Tổng số phiếu biểu quyết (32) nhiều hơn số người dự hội nghị (31).")
    assert votes_problem([31, None, None], 25, 3, 3) is None
    assert votes_problem([5, 0, 0], 0, 0, 0) is None  # no attendance taken yet


def test_a_refusal_lists_a_page_by_table_then_counts_the_rest():
    problems = [Problem("members", "có ký tự điều khiển (U+0000), không được phép",
                        "full_name", i, title=f"Người {i}") for i in range(1, 20)]
    problems.append(Problem("attendance", "vắng có lý do nhưng chưa ghi lý do", "reason", 3))
    lines = problem_lines(problems)
    assert lines[0] == "Đảng viên:"
    assert lines[1] == ("  • bản ghi thứ 1 “Người 1” — Họ và tên: có ký tự điều khiển "
                        "(U+0000), không được phép")
    assert len(lines) == 17 and lines[-1] == "và 5 lỗi khác."
    text = refusal_text(problems)
    assert text.startswith("Gói có 20 lỗi trong các bản ghi nên không được nhận.")
    assert "không sao lưu" in text


def test_quoted_values_show_what_they_hide():
    assert shown("\u202eAn\x00") == "<U+202E>An<U+0000>"
    assert shown("x" * 100).endswith("…") and len(shown("x" * 100)) == 60


# --- the editors apply the same rules ---------------------------------------------------


def test_an_editor_refuses_what_a_package_may_not_hold(db):  # noqa: F811
    cell = save_chi_bo(db, ChiBo(name="Chi bộ thôn Đông"))
    for name, problem in [("Nguyễn Văn\x00 An", "Họ và tên: có ký tự điều khiển (U+0000)"),
                          ("\u202eNguyễn Văn An", "Họ và tên: có ký tự ẩn đảo chiều chữ"),
                          ("A" * 201, "Họ và tên: dài 201 ký tự")]:
        with pytest.raises(ValidationError) as refused:
            save_member(db, Member(chi_bo_uuid=cell.uuid, full_name=name))
        assert problem in refused.value.problems[0]
    with pytest.raises(ValidationError) as refused:
        save_member(db, Member(chi_bo_uuid=cell.uuid, full_name="An", joined_on="1899-05-01"))
    assert "Ngày vào Đảng: “1899-05-01” có năm 1899" in refused.value.problems[0]
    assert db.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 0


def test_the_plan_editor_refuses_a_deadline_before_the_plan(db):  # noqa: F811
    detail = PlanDetail(plan=Plan(title="Kế hoạch thực hiện Nghị quyết 57",
                                  issued_on="2025-03-05"),
                        tasks=[Task(content="Tuyên truyền", deadline="2025-12-31"),
                               Task(content="Sơ kết", deadline="2024-12-31")])
    with pytest.raises(ValidationError) as refused:
        save_plan(db, detail)
    assert refused.value.problems == [
        "Thời hạn nhiệm vụ thứ 2: 31/12/2024 trước ngày ban hành kế hoạch (05/03/2025)."]
    detail.tasks[1].deadline = "2025-06-30"
    assert len(save_plan(db, detail).tasks) == 2


def test_a_conference_save_refuses_more_votes_than_people(db):  # noqa: F811
    cell = save_chi_bo(db, ChiBo(name="Chi bộ thôn Đông"))
    members = [save_member(db, Member(chi_bo_uuid=cell.uuid, full_name=n))
               for n in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")]
    detail = save_conference(db, ConferenceDetail(conference=Conference(
        kind="hoc_tap", format="truc_tiep", title="Học tập Nghị quyết 57",
        starts_at="2025-03-05T08:00")))
    detail.conference.votes_for = 4
    detail.guests = [Guest(name="Đồng chí Chủ tịch UBND xã")]
    marks = [(members[0].uuid, "absent_no_reason", "")]
    with pytest.raises(ValidationError) as refused:
        save_conference_with_attendance(db, detail, marks)
    assert refused.value.problems == [
        "Tổng số phiếu biểu quyết (4) nhiều hơn số người dự hội nghị (3)."]
    assert db.execute("SELECT votes_for FROM conferences").fetchone()[0] is None
    assert db.execute("SELECT COUNT(*) FROM guests").fetchone()[0] == 0
    detail.conference.votes_for = 3
    assert save_conference_with_attendance(db, detail, marks).conference.votes_for == 3


def test_the_member_import_refuses_names_a_package_may_not_hold(tmp_path):
    table = SheetTable(
        path=tmp_path / "ds.csv", kind="csv", sheet_name=None, header_row=1,
        headers=["Họ và tên", "Chi bộ"],
        rows=[SheetRow(2, ("Nguyễn Văn\x00An", "Chi bộ thôn Đông")),
              SheetRow(3, ("Nguyễn Văn " + "A" * 300, "Chi bộ thôn Đông")),
              SheetRow(4, ("Trần Thị Bình", "Chi bộ \u202eĐông")),
              SheetRow(5, ("Lê Văn Cường", "Chi bộ thôn Đông"))],
    )
    preview = preview_members(table, guess_mapping(table), ["Chi bộ thôn Đông"], [],
                              create_missing_chi_bo=True)
    assert [r.source_row for r in preview.good_rows] == [5]
    lines = preview.problem_lines()
    assert any("Dòng 2" in line and "có ký tự điều khiển (U+0000)" in line for line in lines)
    assert any("Dòng 3" in line and "quá 100 ký tự cho phép" in line for line in lines)
    assert any("Dòng 4" in line and "Tên chi bộ" in line and "đảo chiều" in line
               for line in lines)
