"""Each record kind: created, changed (revision raised), deleted as a tombstone;
bad input refused whole with a Vietnamese message and nothing written."""
import pytest

from models.conferences import (
    BridgePoint,
    Conference,
    ConferenceDetail,
    Presenter,
    Speech,
    delete_conference,
    get_conference_detail,
    restore_conference,
    save_conference,
)
from models.documents import (
    Document,
    attach_file,
    delete_document,
    get_document,
    list_attachments,
    save_document,
)
from models.errors import ReadOnlyError, ValidationError
from models.lookups import Lookup, list_lookups, save_lookup
from models.organisation import (
    Member,
    ParticipantGroup,
    delete_chi_bo,
    list_members,
    save_group,
    save_member,
)
from models.outreach import Activity, save_activity
from models.plans import Plan, PlanDetail, Task, add_progress, list_progress, save_plan
from models.reflections import Reflection, save_reflection
from models.sealed_files import MAGIC, read_file
from models.store import update_row
from tests.factories import add_conference, small_commune

TRAVEL = ("uuid", "owner_unit", "revision", "updated_at", "deleted")


def count(db, table):
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_document_lifecycle_and_identity(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    db = fx.db
    doc = get_document(db, fx.document.uuid)
    assert doc.revision == 1 and len(doc.uuid) == 36 and doc.owner_unit and not doc.deleted
    assert doc.number == 57
    doc.summary = "Đột phá phát triển khoa học, công nghệ"
    changed = save_document(db, doc)
    assert changed.revision == 2
    # saving without change does not raise the revision
    assert save_document(db, changed).revision == 2
    delete_document(db, doc.uuid)
    row = db.execute(
        "SELECT deleted, revision FROM documents WHERE uuid = ?", [doc.uuid]
    ).fetchone()
    assert row == (1, 3)  # a tombstone, not a hard delete


def test_a_document_still_studied_or_planned_is_not_deleted(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    db = fx.db
    conference = add_conference(fx)
    save_plan(db, PlanDetail(plan=Plan(document_uuid=fx.document.uuid, title="Kế hoạch thực hiện")))
    with pytest.raises(ValidationError) as refused:
        delete_document(db, fx.document.uuid)
    assert str(refused.value) == (
        "Văn bản 57-NQ/TW được học tập ở 1 hội nghị và có 1 chương trình, kế hoạch thực hiện; "
        "hãy bỏ văn bản này khỏi các hội nghị, kế hoạch đó (hoặc chọn văn bản đúng) trước khi "
        "xóa."
    )
    assert get_document(db, fx.document.uuid).deleted == 0
    # Once nothing rests on it (the conference deleted, the plan moved), it goes.
    delete_conference(db, conference.conference.uuid)
    plan = db.execute("SELECT uuid FROM plans").fetchone()[0]
    update_row(db, "plans", plan, {"document_uuid": None})
    delete_document(db, fx.document.uuid)
    assert db.execute(
        "SELECT deleted FROM documents WHERE uuid = ?", [fx.document.uuid]
    ).fetchone()[0] == 1


def test_duplicate_document_number_in_same_term_refused(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    before = count(fx.db, "documents")
    with pytest.raises(ValidationError, match="57-NQ/TW đã có trong sổ"):
        save_document(fx.db, Document(type_code="NQ", symbol="57-NQ/TW", term="XIII",
                                      title="Bản trùng"))
    assert count(fx.db, "documents") == before
    # the same number in another term is a different document (18-NQ/TW of 2017 and 2022)
    save_document(fx.db, Document(type_code="NQ", symbol="57-NQ/TW", term="XII", title="Khác"))
    assert count(fx.db, "documents") == before + 1


def test_document_bad_input_lists_every_problem(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    with pytest.raises(ValidationError) as caught:
        save_document(fx.db, Document(type_code="XX", symbol="", title="", issued_on="32/13/2020"))
    problems = " ".join(caught.value.problems)
    assert "Loại văn bản" in problems and "số, ký hiệu" in problems
    assert "trích yếu" in problems and "không hợp lệ" in problems


def test_attachment_copied_into_data_folder(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    source = tmp_path / "57-NQ-TW.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    att = attach_file(fx.db, fx.document.uuid, source)
    stored = tmp_path / "attachments" / att.stored_name
    assert stored.read_bytes().startswith(MAGIC)
    assert read_file(stored) == b"%PDF-1.4 test"
    assert [a.file_name for a in list_attachments(fx.db, fx.document.uuid)] == ["57-NQ-TW.pdf"]


def test_member_unknown_chi_bo_refused(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    before = count(fx.db, "members")
    with pytest.raises(ValidationError, match="Chi bộ đã chọn không có"):
        save_member(fx.db, Member(chi_bo_uuid="no-such-chi-bo", full_name="Lê Văn Tám"))
    assert count(fx.db, "members") == before


def test_member_change_and_chi_bo_with_members_not_deleted(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    member = fx.members["Hà Thị Dung"]
    member.official = True
    member.status = "moved"
    saved = save_member(fx.db, member)
    assert saved.revision == 2 and saved.official and saved.status == "moved"
    with pytest.raises(ValidationError, match="còn 4 đảng viên"):
        delete_chi_bo(fx.db, fx.chi_bo[0].uuid)
    assert len(list_members(fx.db)) == 7


def test_group_negative_headcount_refused(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    with pytest.raises(ValidationError, match="không được âm"):
        save_group(fx.db, ParticipantGroup(name="Đoàn viên", headcount=-3))
    assert count(fx.db, "participant_groups") == 0


def test_conference_with_children_and_roster(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    detail = add_conference(fx, fmt="ket_hop", bridge_points=[("Thôn Nà Pài", 40)], reg_number=12)
    detail.presenters = [Presenter(name="Lường Văn Vương", level="tinh", topic="Nội dung cơ bản")]
    detail.discussion = [Speech(speaker="Đỗ Minh Đức", content="Nhất trí."),
                         Speech(speaker="Triệu Thu Hà", content="Đề nghị tuyên truyền.")]
    saved = save_conference(fx.db, detail)
    again = get_conference_detail(fx.db, saved.conference.uuid)
    assert [s.speaker for s in again.discussion] == ["Đỗ Minh Đức", "Triệu Thu Hà"]
    assert again.bridge_points[0].attendees == 40
    assert again.presenters[0].name == "Lường Văn Vương"
    assert again.document_uuids == [fx.document.uuid]
    # the roster: every active member, the excused one marked so
    statuses = dict(fx.db.execute(
        "SELECT m.full_name, a.status FROM attendance a JOIN members m ON m.uuid = a.member_uuid "
        "WHERE a.conference_uuid = ?", [saved.conference.uuid]).fetchall())
    assert len(statuses) == 7 and statuses["Lường Văn Cao"] == "excused"
    # reordering the discussion keeps identities and raises revisions
    again.discussion.reverse()
    reordered = save_conference(fx.db, again)
    assert [s.speaker for s in reordered.discussion] == ["Triệu Thu Hà", "Đỗ Minh Đức"]
    assert count(fx.db, "discussion") == 2


def test_conference_end_before_start_and_negative_counts_refused(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    before = {t: count(fx.db, t) for t in ("conferences", "bridge_points", "attendance")}
    bad = ConferenceDetail(
        conference=Conference(kind="hoc_tap", format="truc_tuyen", title="Hội nghị",
                              starts_at="2025-03-05T08:00", ends_at="2025-03-05T07:00",
                              votes_for=-1),
        bridge_points=[BridgePoint(name="Thôn Bản Cầu", attendees=-5)],
    )
    with pytest.raises(ValidationError) as caught:
        save_conference(fx.db, bad)
    text = str(caught.value)
    assert "kết thúc phải sau" in text and "không được âm" in text
    assert {t: count(fx.db, t) for t in before} == before


def test_duplicate_register_number_refused(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    add_conference(fx, reg_number=3)
    with pytest.raises(ValidationError, match="Số biên bản 03 đã dùng"):
        add_conference(fx, starts_at="2025-04-01T08:00", reg_number=3)
    assert count(fx.db, "conferences") == 1


def test_conference_delete_and_undo(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    conf = add_conference(fx).conference
    delete_conference(fx.db, conf.uuid)
    live = fx.db.execute("SELECT COUNT(*) FROM attendance WHERE deleted = 0").fetchone()[0]
    assert live == 0
    restore_conference(fx.db, conf.uuid)
    live = fx.db.execute("SELECT COUNT(*) FROM attendance WHERE deleted = 0").fetchone()[0]
    assert live == 7


def test_plan_tasks_and_progress(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    detail = save_plan(fx.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", kind="KH", number=5,
                  document_uuid=fx.document.uuid, issued_on="15/01/2025"),
        tasks=[Task(content="Quán triệt đến 100% chi bộ", lead="Ban Xây dựng Đảng",
                    deadline="2025-03-31"),
               Task(content="Tuyên truyền trên loa truyền thanh", deadline="2025-06-30")],
    ))
    assert detail.plan.issued_on == "2025-01-15"
    assert [t.position for t in detail.tasks] == [0, 1]
    add_progress(fx.db, detail.tasks[0].uuid, "2025-03-20", "Đã quán triệt 40/40 chi bộ", "done")
    assert list_progress(fx.db, detail.tasks[0].uuid)[0].note.startswith("Đã quán triệt")
    status = fx.db.execute("SELECT status, done_on FROM tasks WHERE uuid = ?",
                           [detail.tasks[0].uuid]).fetchone()
    assert status == ("done", "2025-03-20")
    with pytest.raises(ValidationError, match="chưa có nội dung"):
        save_plan(fx.db, PlanDetail(plan=Plan(title="KH khác"), tasks=[Task(content=" ")]))
    assert count(fx.db, "plans") == 1


def test_outreach_and_reflection(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    act = save_activity(fx.db, Activity(held_on="2025-03-10", channel="Hệ thống truyền thanh cơ sở",
                                        quantity=6, measure="lượt phát", reach=800,
                                        document_uuid=fx.document.uuid))
    assert act.revision == 1
    with pytest.raises(ValidationError, match="không được âm"):
        save_activity(fx.db, Activity(held_on="2025-03-10", channel="Mạng xã hội", quantity=-1))
    with pytest.raises(ValidationError, match="không có trong danh mục"):
        save_activity(fx.db, Activity(held_on="2025-03-10", channel="Bồ câu đưa thư"))
    assert count(fx.db, "outreach") == 1
    member = fx.members["Nguyễn Văn An"]
    refl = save_reflection(fx.db, Reflection(member_uuid=member.uuid,
                                             document_uuid=fx.document.uuid,
                                             submitted=True, submitted_on="20/03/2025",
                                             grade="Tốt"))
    again = save_reflection(fx.db, Reflection(member_uuid=member.uuid,
                                              document_uuid=fx.document.uuid,
                                              submitted=True, grade="Khá"))
    assert again.uuid == refl.uuid and again.revision == 2
    with pytest.raises(ValidationError, match="Xếp loại"):
        save_reflection(fx.db, Reflection(member_uuid=member.uuid, document_uuid=fx.document.uuid,
                                          submitted=True, grade="Xuất sắc"))


def test_lookup_lists_are_editable(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    save_lookup(fx.db, Lookup(list="channel", name="Zalo nhóm thôn", extra="tin"))
    assert "Zalo nhóm thôn" in [r.name for r in list_lookups(fx.db, "channel")]
    with pytest.raises(ValidationError, match="đã có"):
        save_lookup(fx.db, Lookup(list="channel", name="zalo nhom thon"))


def test_rows_of_another_unit_are_read_only(tmp_path):
    fx = small_commune(tmp_path / "r.db")
    fx.db.execute("UPDATE documents SET owner_unit = 'upper-level' WHERE uuid = ?",
                  [fx.document.uuid])
    with pytest.raises(ReadOnlyError, match="chỉ xem"):
        update_row(fx.db, "documents", fx.document.uuid, {"summary": "x"})


def test_every_travelling_table_has_identity_columns(tmp_path):
    from models.schema import TRAVEL_TABLES

    fx = small_commune(tmp_path / "r.db")
    for table in TRAVEL_TABLES:
        columns = {r[1] for r in fx.db.execute(f"PRAGMA table_info({table})")}
        assert set(TRAVEL) <= columns, table


def test_a_conference_typed_in_late_leaves_out_those_who_joined_after_it(tmp_path):
    """Someone admitted to the Party after the conference was not a member to attend it."""
    from models.attendance import attendance_sheet

    fx = small_commune(tmp_path / "r.db")
    village = fx.chi_bo[0]
    for name, joined in (("Vi Văn Mới", "2025-05-01"), ("Lò Thị Đúng", "2025-03-05")):
        save_member(fx.db, Member(chi_bo_uuid=village.uuid, full_name=name, joined_on=joined))
    conference = add_conference(fx, starts_at="2025-03-05T08:00")
    names = {line.full_name for line in attendance_sheet(fx.db, conference.conference.uuid)}
    assert "Vi Văn Mới" not in names
    assert {"Lò Thị Đúng", "Nguyễn Văn An"} <= names  # joined that day; no date known
    later = add_conference(fx, starts_at="2025-06-10T08:00", reg_number=9)
    names = {line.full_name for line in attendance_sheet(fx.db, later.conference.uuid)}
    assert "Vi Văn Mới" in names


def test_a_deleted_member_leaves_the_sheet_and_its_totals_and_comes_back_restored(tmp_path):
    from models.attendance import attendance_sheet, attendance_totals
    from models.organisation import delete_member
    from models.recycle import restore

    fx = small_commune(tmp_path / "r.db")
    conference = add_conference(fx)
    uuid = conference.conference.uuid
    before = attendance_totals(fx.db, uuid)
    delete_member(fx.db, fx.members["Hà Thị Dung"].uuid)
    assert "Hà Thị Dung" not in {line.full_name for line in attendance_sheet(fx.db, uuid)}
    after = attendance_totals(fx.db, uuid)
    assert (after.eligible, after.present) == (before.eligible - 1, before.present - 1)
    restore(fx.db, "members", fx.members["Hà Thị Dung"].uuid)
    assert attendance_totals(fx.db, uuid) == before
