# ruff: noqa: F811  (the ``scene`` fixture is imported, then named as a parameter)
"""Packages correctly signed by a known unit whose records are wrong: each case of the
issue refused before anything is written (register byte for byte as it was, no backup,
no file), with the record and field named; the dry run refuses what the import would
fail on; property tests: a generated unit's records with one field of one record
corrupted in every way the rules forbid are refused, and valid records always pass
the dry run and then the import."""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import exchange_snapshot, import_plan
from models.errors import UserError
from models.paths import backups_dir
from models.rules.fields import FIELDS, INT_MAX, INT_MIN, Field
from models.rules.labels import field_label, table_label
from sync.import_export import export_package, import_package
from tests.test_usb_refusals import (  # noqa: F401  (the scene fixture)
    Scene,
    folder_state,
    make_scene,
    refuse,
    scene,
)
from tests.usb_helpers import add_members, file_bytes, unit_office

STAMP = "2025-03-01T08:00:00"


def record(scene: Scene, **values) -> dict:
    return {"uuid": str(uuid.uuid4()), "owner_unit": scene.unit_id, "revision": 1,
            "updated_at": STAMP, "deleted": 0, **values}


def conference(scene: Scene, **values) -> dict:
    return record(scene, kind="hoc_tap", format="truc_tiep", host_level="", title="Học tập NQ 57",
                  starts_at="2025-03-05T08:00", ends_at="2025-03-05T11:00", place="Hội trường",
                  chair_name="", chair_position="", secretary_name="", secretary_position="",
                  content="", conclusion="", votes_for=None, votes_against=None,
                  votes_other=None, status="draft", reg_number=1, term="2025-2030", copies=2,
                  search_text="", **values)


def members(scene: Scene) -> list[dict]:
    return [dict(r) for r in scene.tables["members"]]


def with_rows(scene: Scene, **tables) -> dict:
    return {**scene.tables, **tables}


# --- the cases of the issue -----------------------------------------------------------


@pytest.mark.parametrize("table, field", [
    ("documents", "issued_on"), ("conferences", "starts_at"), ("plans", "issued_on"),
    ("tasks", "deadline"), ("outreach", "held_on"),
])
def test_a_date_that_is_not_a_date(scene, table, field):
    plan = record(scene, document_uuid=None, chi_bo_uuid=None, kind="KH", number=1,
                  term="2025-2030", title="Kế hoạch thực hiện NQ 57", issued_on="2025-03-01",
                  purpose="", search_text="")
    rows = {
        "documents": [record(scene, type_code="NQ", number=1, symbol="01-NQ/ĐU", level_code="",
                             issuer="", issued_on="2025-03-01", term="2025-2030",
                             title="Nghị quyết", summary="", search_text="")],
        "conferences": [conference(scene)],
        "plans": [plan],
        "tasks": [record(scene, plan_uuid=plan["uuid"], content="Tuyên truyền", lead="",
                         partners="", deadline="2025-06-30", output="", status="not_started",
                         done_on=None, position=0)],
        "outreach": [record(scene, held_on="2025-03-05", channel="Hệ thống truyền thanh cơ sở",
                            document_uuid=None, description="", quantity=1, measure="",
                            reach=100)],
    }
    rows[table][0][field] = "2025-13-45T99:99" if field == "starts_at" else "2025-13-45"
    message = refuse(scene, scene.seal(with_rows(scene, **rows)), import_plan.RecordsRefused)
    assert f"{table_label(table).capitalize()}:" in message
    assert f"— {field_label(field)}: “2025-13-45" in message
    assert "Gói có 1 lỗi trong các bản ghi nên không được nhận" in message


def test_impossible_dates_of_make_up_sessions_and_reflections(scene):
    held = conference(scene)
    session = record(scene, conference_uuid=held["uuid"], held_on="2025-02-30", place="",
                     note="")
    upper_doc = exchange_snapshot.snapshot(
        scene.upper.db, exchange_snapshot.catalogue_owners(scene.upper.db), ("documents",)
    )["documents"][0]
    reflection = record(scene, member_uuid=members(scene)[0]["uuid"],
                        document_uuid=upper_doc["uuid"], submitted=1,
                        submitted_on="25/03/2025", grade="")
    message = refuse(scene, scene.seal(with_rows(
        scene, conferences=[held], makeup_sessions=[session], reflections=[reflection])),
        import_plan.RecordsRefused)
    assert "Buổi học bù:\n  • bản ghi thứ 1 “2025-02-30” — Ngày: “2025-02-30” không phải " \
        "ngày có thật" in message
    assert "Bài thu hoạch:\n  • bản ghi thứ 1 — Ngày nộp: “25/03/2025” không đúng dạng" in message


@pytest.mark.parametrize("text, problem", [
    ("Nguyễn Văn\x00 An", "có ký tự điều khiển (U+0000)"),
    ("\u202eNguyễn Văn An", "có ký tự ẩn đảo chiều chữ (U+202E)"),
    ("A" * 1_000_000, "dài 1.000.000 ký tự, quá giới hạn 200 ký tự"),
])
def test_member_names_that_no_form_would_take(scene, text, problem):
    rows = members(scene)
    rows[0]["full_name"] = text
    message = refuse(scene, scene.seal(with_rows(scene, members=rows)), import_plan.RecordsRefused)
    assert f"— Họ và tên: {problem}" in message
    assert "\u202e" not in message and "\x00" not in message  # quoted visibly


def test_an_absence_reason_of_a_megabyte(scene):
    held = conference(scene)
    line = record(scene, conference_uuid=held["uuid"], member_uuid=members(scene)[0]["uuid"],
                  status="absent_reason", reason="ốm " * 350_000, makeup_uuid=None)
    message = refuse(scene, scene.seal(with_rows(scene, conferences=[held], attendance=[line])),
                     import_plan.RecordsRefused)
    assert "Điểm danh:\n  • bản ghi thứ 1 — Lý do: dài 1.050.000 ký tự, quá giới hạn 500" in message


def test_an_attachment_whose_declared_size_does_not_match(scene):
    content = b"%PDF-1.4 nghi quyet"
    sha = hashlib.sha256(content).hexdigest()
    doc = record(scene, type_code="NQ", number=1, symbol="01-NQ/ĐU", level_code="", issuer="",
                 issued_on="2025-03-01", term="2025-2030", title="Nghị quyết", summary="",
                 search_text="")
    attached = record(scene, document_uuid=doc["uuid"], file_name="Nghị quyết.pdf",
                      stored_name=f"{sha}.pdf", sha256=sha, size=len(content) + 1000)
    from sync.errors import AttachmentMismatchError

    message = refuse(scene, scene.seal(with_rows(scene, documents=[doc], attachments=[attached]),
                                       files={f"attachments/{sha}.pdf": content}),
                     AttachmentMismatchError)
    assert "có 19 byte, khác dung lượng bản ghi khai (1019)" in message


def test_attendance_for_another_units_member(scene):
    other = unit_office(scene.root, scene.upper, "ha-chau", "Đảng ủy xã Hà Châu", "ĐU Hà Châu")
    stranger = add_members(other, "Chi bộ thôn Đồng Bẩm", ["Hoàng Văn Dũng"])[0]
    import_package(scene.upper.db,
                   export_package(other.db, scene.root / "usb").target_path)
    held = conference(scene)
    line = record(scene, conference_uuid=held["uuid"], member_uuid=stranger.uuid,
                  status="present", reason="", makeup_uuid=None)
    message = refuse(scene, scene.seal(with_rows(scene, conferences=[held], attendance=[line])),
                     import_plan.RecordsRefused)
    assert f"— Đảng viên: trỏ tới đảng viên của đơn vị khác ({stranger.uuid})" in message
    other.db.conn.close()


def _dry_run_and_import_refused(scene: Scene, data: bytes) -> str:
    package = scene.root / "usb" / f"trung-{uuid.uuid4().hex[:6]}.snq"
    package.write_bytes(data)
    with pytest.raises(import_plan.RecordsRefused) as dry:
        import_package(scene.upper.db, package, dry_run=True)
    message = refuse(scene, data, import_plan.RecordsRefused)
    assert message == str(dry.value)
    assert "UNIQUE" not in message
    return message


def test_two_live_attendance_lines_for_one_member_at_one_conference(scene):
    held = conference(scene)
    member = members(scene)[0]["uuid"]
    lines = [record(scene, conference_uuid=held["uuid"], member_uuid=member, status="present",
                    reason="", makeup_uuid=None) for _ in range(2)]
    message = _dry_run_and_import_refused(
        scene, scene.seal(with_rows(scene, conferences=[held], attendance=lines)))
    assert "Điểm danh:\n  • bản ghi thứ 2 — Đảng viên: đảng viên này đã có một dòng điểm danh " \
        "khác ở cùng hội nghị" in message


def test_two_conferences_with_one_number_in_a_term(scene):
    message = _dry_run_and_import_refused(scene, scene.seal(with_rows(
        scene, conferences=[conference(scene), conference(scene, ) | {"title": "Sơ kết"}])))
    assert "bản ghi thứ 2 “Sơ kết” — Số biên bản: số biên bản 1 đã dùng cho hội nghị khác " \
        "cùng nhiệm kỳ “2025-2030”" in message


def test_two_reflections_for_one_member_and_document(scene):
    upper_doc = exchange_snapshot.snapshot(
        scene.upper.db, exchange_snapshot.catalogue_owners(scene.upper.db), ("documents",)
    )["documents"][0]
    rows = [record(scene, member_uuid=members(scene)[0]["uuid"], document_uuid=upper_doc["uuid"],
                   submitted=1, submitted_on="2025-03-20", grade="") for _ in range(2)]
    message = _dry_run_and_import_refused(scene, scene.seal(with_rows(scene, reflections=rows)))
    assert "đảng viên này đã có một bài thu hoạch khác về cùng văn bản" in message


def test_a_number_the_register_already_holds_for_a_record_the_package_leaves_out(scene):
    """Uniqueness against what the register keeps: the first conference was imported; the
    next package leaves it out (a table may be left out) and numbers another one 1."""
    first = conference(scene)
    import_package(scene.upper.db, _write(scene, scene.seal(with_rows(
        scene, conferences=[first]))))
    second = conference(scene) | {"title": "Sơ kết"}
    message = _dry_run_and_import_refused(scene, scene.seal(with_rows(
        scene, conferences=[second])))
    assert "số biên bản 1 đã dùng cho hội nghị khác" in message


def test_an_attendance_line_the_register_already_holds_for_the_member(scene):
    """Uniqueness of attendance against the register, looked up by member and conference:
    a second live line for the same member at the same conference is refused; once the
    register's line is a tombstone, a new line for them is welcome."""
    held = conference(scene)
    member = members(scene)[0]["uuid"]
    first = record(scene, conference_uuid=held["uuid"], member_uuid=member, status="present",
                   reason="", makeup_uuid=None)
    import_package(scene.upper.db, _write(scene, scene.seal(with_rows(
        scene, conferences=[held], attendance=[first]))))
    second = first | {"uuid": str(uuid.uuid4()), "status": "absent_no_reason"}
    message = _dry_run_and_import_refused(scene, scene.seal(with_rows(
        scene, conferences=[held], attendance=[second])))
    assert "Điểm danh:\n  • bản ghi thứ 1 — Đảng viên: đảng viên này đã có một dòng điểm " \
        "danh khác ở cùng hội nghị" in message
    gone = first | {"deleted": 1, "revision": 2}
    import_package(scene.upper.db, _write(scene, scene.seal(with_rows(
        scene, conferences=[held], attendance=[gone]))))
    report = import_package(scene.upper.db, _write(scene, scene.seal(with_rows(
        scene, conferences=[held], attendance=[gone, second]))))
    assert report.plan.tables["attendance"].new == 1
    (status,) = scene.upper.db.execute(
        "SELECT status FROM attendance WHERE member_uuid = ? AND deleted = 0", [member]
    ).fetchone()
    assert status == "absent_no_reason"


def test_renumbering_in_one_package_is_not_a_clash(scene):
    """Two conferences trading their numbers in one package stay importable."""
    first, second = conference(scene), conference(scene) | {"reg_number": 2, "title": "Sơ kết"}
    import_package(scene.upper.db, _write(scene, scene.seal(with_rows(
        scene, conferences=[first, second]))))
    first |= {"reg_number": 2, "revision": 2}
    second |= {"reg_number": 1, "revision": 2}
    report = import_package(scene.upper.db, _write(scene, scene.seal(
        with_rows(scene, conferences=[first, second]))))
    assert report.plan.tables["conferences"].updated == 2


def _write(scene: Scene, data: bytes):
    package = scene.root / "usb" / f"goi-{uuid.uuid4().hex[:6]}.snq"
    package.write_bytes(data)
    return package


def test_votes_above_those_present_and_a_deadline_before_the_plan(scene):
    held = conference(scene) | {"votes_for": 3}
    present = [record(scene, conference_uuid=held["uuid"], member_uuid=m["uuid"],
                      status="present", reason="", makeup_uuid=None) for m in members(scene)]
    plan = record(scene, document_uuid=None, chi_bo_uuid=None, kind="KH", number=1,
                  term="2025-2030", title="Kế hoạch", issued_on="2025-03-01", purpose="",
                  search_text="")
    task = record(scene, plan_uuid=plan["uuid"], content="Tuyên truyền", lead="", partners="",
                  deadline="2024-12-31", output="", status="not_started", done_on=None,
                  position=0)
    message = refuse(scene, scene.seal(with_rows(
        scene, conferences=[held], attendance=present, plans=[plan], tasks=[task])),
        import_plan.RecordsRefused)
    assert "Số tán thành: Tổng số phiếu biểu quyết (3) nhiều hơn số người dự hội nghị (2)." \
        in message
    assert "Thời hạn: 31/12/2024 trước ngày ban hành kế hoạch (01/03/2025)" in message


def test_the_first_page_then_a_count(scene):
    rows = members(scene) * 1
    many = []
    for index in range(40):
        many.append({**rows[0], "uuid": str(uuid.uuid4()), "full_name": f"Người\x00{index}"})
    message = refuse(scene, scene.seal(with_rows(scene, members=rows + many)),
                     import_plan.RecordsRefused)
    assert message.count("  • ") == 15
    assert "và 25 lỗi khác." in message


# --- properties -------------------------------------------------------------------------

NAMES = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ", min_size=1,
                max_size=30).map(lambda s: "Nguyễn " + " ".join(s.split()) if s.strip() else "An")
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))


@st.composite
def unit_records(draw, scene: Scene, term: str) -> dict[str, list[dict]]:
    """A unit's records, as its program would write them: members in a new cell, a
    conference with attendance (a make-up session for the absent), a plan with tasks,
    outreach, reflections on the upper level's document."""
    cell = record(scene, name=f"Chi bộ {draw(NAMES)}", kind="", position=0, search_text="")
    people = [record(scene, chi_bo_uuid=cell["uuid"], full_name=draw(NAMES),
                     gender=draw(st.sampled_from(["", "Nam", "Nữ"])),
                     birth_year=draw(st.none() | st.integers(1930, 2005)),
                     joined_on=draw(st.none() | DAYS.map(dt.date.isoformat)),
                     official=draw(st.integers(0, 1)), excused=draw(st.integers(0, 1)),
                     status=draw(st.sampled_from(["active", "moved", "deceased"])),
                     position_title="", search_text="")
              for _ in range(draw(st.integers(1, 4)))]
    day = draw(DAYS)
    held = conference(scene, ) | {
        "kind": draw(st.sampled_from(["hoc_tap", "quan_triet", "trien_khai"])),
        "format": draw(st.sampled_from(["truc_tiep", "truc_tuyen", "ket_hop"])),
        "starts_at": f"{day.isoformat()}T08:00", "ends_at": f"{day.isoformat()}T11:30",
        "term": term, "reg_number": draw(st.none() | st.integers(1, 99)),
        "title": f"Học tập {draw(NAMES)}",
    }
    session = record(scene, conference_uuid=held["uuid"],
                     held_on=(day + dt.timedelta(days=draw(st.integers(0, 30)))).isoformat(),
                     place="", note="")
    lines = []
    for person in people:
        status = draw(st.sampled_from(["present", "absent_reason", "absent_no_reason",
                                       "excused"]))
        lines.append(record(scene, conference_uuid=held["uuid"], member_uuid=person["uuid"],
                            status=status, reason="Ốm" if status == "absent_reason" else "",
                            makeup_uuid=session["uuid"] if status.startswith("absent")
                            and draw(st.booleans()) else None))
    present = sum(line["status"] == "present" for line in lines)
    held["votes_for"] = draw(st.none() | st.integers(0, present))
    issued = draw(DAYS)
    plan = record(scene, document_uuid=None, chi_bo_uuid=cell["uuid"],
                  kind=draw(st.sampled_from(["CTr", "KH"])), number=draw(st.none() | st.just(1)),
                  term=term, title=f"Kế hoạch {draw(NAMES)}", issued_on=issued.isoformat(),
                  purpose="Mục đích:\n\t- quán triệt", search_text="")
    tasks = []
    for position in range(draw(st.integers(0, 3))):
        done = draw(st.booleans())
        tasks.append(record(scene, plan_uuid=plan["uuid"], content=draw(NAMES), lead="",
                            partners="", output="", position=position,
                            deadline=(issued + dt.timedelta(days=draw(st.integers(0, 400))))
                            .isoformat(), status="done" if done else "in_progress",
                            done_on=issued.isoformat() if done else None))
    outreach = record(scene, held_on=draw(DAYS).isoformat(), channel="Hệ thống truyền thanh",
                      document_uuid=scene_document(scene), description=draw(NAMES),
                      quantity=draw(st.integers(0, 10)), measure="buổi",
                      reach=draw(st.integers(0, 5000)))
    reflections = [record(scene, member_uuid=people[0]["uuid"],
                          document_uuid=scene_document(scene), submitted=1,
                          submitted_on=draw(DAYS).isoformat(), grade="")]
    return {"chi_bo": [cell], "members": people, "conferences": [held],
            "makeup_sessions": [session], "attendance": lines, "plans": [plan], "tasks": tasks,
            "outreach": [outreach], "reflections": reflections}


def scene_document(scene: Scene) -> str:
    return exchange_snapshot.snapshot(
        scene.upper.db, exchange_snapshot.catalogue_owners(scene.upper.db), ("documents",)
    )["documents"][0]["uuid"]


def forbidden(spec: Field, field: str) -> list:
    """Values the rules refuse in a field of ``spec``."""
    values: list = [] if spec.null else [None]
    if spec.kind == "int":
        values += ["1", 1.5, True]
        if spec.low > INT_MIN:
            values.append(spec.low - 1)
        if spec.high < INT_MAX:
            values.append(spec.high + 1)
        return values
    values += [5, []]
    if spec.kind in ("date", "minute", "second"):
        return values + ["2025-02-30", "05/03/2025", "1899-12-31", "2025-03-05\x00",
                         "2025-03-05T08:00" if spec.kind == "date" else "2025-03-05"]
    if spec.kind == "id":
        values += ["a\x00b", "x" * 65]
        return values + ([str(uuid.uuid4())] if spec.parent else [])
    values += ["a\x00b", "An\u202eX", "a\x7fb", "x" * (spec.limit + 1)]
    if not spec.multiline:
        values.append("a\nb")
    if spec.required:
        values.append("   ")
    if spec.choices is not None:
        values.append("khac")
    if spec.pattern is not None:
        values.append("../x.pdf")
    return values


def _bytes_and_backups(scene: Scene) -> tuple:
    scene.upper.db.conn.close()
    state = file_bytes(scene.upper.path), folder_state(backups_dir(scene.upper.path))
    scene.upper.reopen()
    return state


@pytest.fixture(scope="module")
def module_scene(tmp_path_factory):
    made = make_scene(tmp_path_factory.mktemp("regler"))
    yield made
    made.upper.db.conn.close()
    made.unit.db.conn.close()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_one_corrupted_field_refuses_the_package_and_changes_nothing(module_scene, data):
    scene = module_scene
    payload = data.draw(unit_records(scene, f"T-{uuid.uuid4().hex[:8]}"), label="records")
    table = data.draw(st.sampled_from(sorted(payload)), label="table")
    rows = payload[table]
    if not rows:
        return
    index = data.draw(st.integers(0, len(rows) - 1), label="record")
    field = data.draw(st.sampled_from([f for f in FIELDS[table] if f != "uuid"]), label="field")
    value = data.draw(st.sampled_from(forbidden(FIELDS[table][field], field)), label="value")
    damaged = copy.deepcopy(payload)
    damaged[table][index][field] = value
    before = _bytes_and_backups(scene)
    package = _write(scene, scene.seal({**scene.tables, **damaged}))

    with pytest.raises(UserError) as refused:
        import_package(scene.upper.db, package)

    assert _bytes_and_backups(scene) == before
    if isinstance(refused.value, import_plan.RecordsRefused):
        assert any(p.table == table for p in refused.value.problems)


def _break_between(payload: dict, rule: str, other_member: str) -> str:
    """Break one rule between fields or records in ``payload``; returns the table refused."""
    held, plan = payload["conferences"][0], payload["plans"][0]
    line = payload["attendance"][0]
    if rule == "ends before it starts":
        held["ends_at"] = held["starts_at"][:11] + "07:00"
        return "conferences"
    if rule == "more votes than people":
        held["votes_for"] = len(payload["attendance"]) + 1
        line["status"], line["reason"], line["makeup_uuid"] = "present", "", None
        return "conferences"
    if rule == "deadline before the plan":
        payload["tasks"] = [{
            **record_like(plan), "plan_uuid": plan["uuid"], "content": "Tuyên truyền",
            "lead": "", "partners": "", "output": "", "position": 0, "status": "in_progress",
            "done_on": None, "deadline": "1990-01-01"}]
        plan["issued_on"] = "2000-01-01"
        return "tasks"
    if rule == "make-up before the conference":
        payload["makeup_sessions"][0]["held_on"] = "1950-01-01"
        return "makeup_sessions"
    if rule == "absent with no reason written":
        line["status"], line["reason"] = "absent_reason", "  "
        return "attendance"
    if rule == "present yet made up":
        line["status"], line["reason"] = "present", ""
        line["makeup_uuid"] = payload["makeup_sessions"][0]["uuid"]
        return "attendance"
    if rule == "two lines for one member":
        payload["attendance"].append({**line, "uuid": str(uuid.uuid4())})
        return "attendance"
    if rule == "another unit's member":
        line["member_uuid"] = other_member
        return "attendance"
    if rule == "graded yet not submitted":
        reflection = payload["reflections"][0]
        reflection["submitted"], reflection["submitted_on"], reflection["grade"] = 0, None, "Tốt"
        return "reflections"
    raise AssertionError(rule)


def record_like(row: dict) -> dict:
    return {"uuid": str(uuid.uuid4()), "owner_unit": row["owner_unit"], "revision": 1,
            "updated_at": STAMP, "deleted": 0}


BETWEEN_RULES = ("ends before it starts", "more votes than people", "deadline before the plan",
                 "make-up before the conference", "absent with no reason written",
                 "present yet made up", "two lines for one member", "another unit's member",
                 "graded yet not submitted")


@pytest.fixture(scope="module")
def other_member(module_scene):
    scene = module_scene
    other = unit_office(scene.root, scene.upper, "ha-chau", "Đảng ủy xã Hà Châu", "ĐU Hà Châu")
    stranger = add_members(other, "Chi bộ thôn Đồng Bẩm", ["Hoàng Văn Dũng"])[0]
    import_package(scene.upper.db,
                   export_package(other.db, scene.root / "usb").target_path)
    other.db.conn.close()
    return stranger.uuid


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_one_broken_rule_between_records_refuses_the_package(module_scene, other_member, data):
    scene = module_scene
    payload = data.draw(unit_records(scene, f"T-{uuid.uuid4().hex[:8]}"), label="records")
    rule = data.draw(st.sampled_from(BETWEEN_RULES), label="rule")
    table = _break_between(payload, rule, other_member)
    before = _bytes_and_backups(scene)
    package = _write(scene, scene.seal({**scene.tables, **payload}))

    with pytest.raises(import_plan.RecordsRefused) as refused:
        import_package(scene.upper.db, package, dry_run=True)
    with pytest.raises(import_plan.RecordsRefused):
        import_package(scene.upper.db, package)

    assert _bytes_and_backups(scene) == before
    assert table in {p.table for p in refused.value.problems}, rule


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_valid_records_pass_the_dry_run_then_the_import(module_scene, data):
    scene = module_scene
    payload = data.draw(unit_records(scene, f"T-{uuid.uuid4().hex[:8]}"), label="records")
    package = _write(scene, scene.seal({**scene.tables, **payload}))

    preview = import_package(scene.upper.db, package, dry_run=True)
    report = import_package(scene.upper.db, package)

    assert report.applied
    assert report.plan.totals().new == preview.plan.totals().new == sum(
        len(rows) for rows in payload.values())
    for table, rows in payload.items():
        for row in rows:
            assert scene.upper.db.execute(
                f"SELECT revision FROM {table} WHERE uuid = ?", [row["uuid"]]).fetchone() == (1,)


@pytest.mark.parametrize("dry_run", [True, False])
def test_the_import_command_lists_the_problems_and_exits_1(scene, dry_run):
    """As a clerk runs it: its own process, which closes the register when it ends."""
    from tests.test_cli import run

    rows = members(scene)
    rows[1]["joined_on"] = "2025-02-30"
    package = _write(scene, scene.seal(with_rows(scene, members=rows)))
    before = _bytes_and_backups(scene)

    done = run("--db", scene.upper.path, "import", package, *(["--dry-run"] if dry_run else []))

    err = done.stderr
    assert done.returncode == 1
    assert err.startswith("Lỗi: Gói có 1 lỗi trong các bản ghi nên không được nhận.")
    assert "Đảng viên:\n  • bản ghi thứ 2 “Lường Thị Bình” — Ngày vào Đảng: “2025-02-30” " \
        "không phải ngày có thật" in err
    assert _bytes_and_backups(scene) == before
