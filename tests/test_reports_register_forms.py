"""Forms filled from a register: what the loaders add to what a clerk signs."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from models.attendance import set_attendance, set_group_attendance
from models.plans import Plan, PlanDetail, Task, save_plan
from models.settings import get_settings, save_settings
from models.store import insert_row
from reports import loaders
from reports.minutes import render_minutes
from reports.plan import render_plan
from tests.factories import add_conference, small_commune
from tests.reports_pdf import all_text, runs


def _leader(fx):
    settings = get_settings(fx.db)
    settings.leader_name = "Lường Văn Thắng"
    save_settings(fx.db, settings)


def test_action_programme_keeps_hanh_dong_in_its_title(tmp_path: Path):
    fx = small_commune(tmp_path / "p.db")
    _leader(fx)
    plan = save_plan(fx.db, PlanDetail(
        plan=Plan(title="Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW", kind="CTr",
                  number=3, issued_on="2025-02-01", document_uuid=fx.document.uuid),
        tasks=[Task(content="Quán triệt đến các chi bộ", lead="Ban Xây dựng Đảng",
                    deadline="2025-05-31")]))
    data = loaders.load_plan(fx.db, plan.plan.id)
    assert data.kind == "Chương trình hành động"
    target = tmp_path / "ctr.pdf"
    render_plan(data, target)
    text = all_text(target)
    assert "Số 03-CTr/ĐU" in text
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số 57-NQ/TW" in text
    assert "Hành động thực hiện" not in text


def test_plan_content_column_is_the_widest(tmp_path: Path):
    fx = small_commune(tmp_path / "p.db")
    _leader(fx)
    plan = save_plan(fx.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", number=4,
                  issued_on="2025-02-01", document_uuid=fx.document.uuid),
        tasks=[Task(content="Quán triệt", lead="Ban Xây dựng Đảng", deadline="2025-05-31")]))
    target = tmp_path / "kh.pdf"
    render_plan(loaders.load_plan(fx.db, plan.plan.id), target)
    assert "KẾ HOẠCH Thực hiện Nghị quyết số 57-NQ/TW" in all_text(target)
    drawn = runs(target, 0)
    stt = next(r for r in drawn if r.text.strip() == "STT")
    lead = next(r for r in drawn if r.text.strip() == "Chủ trì")
    # "Chủ trì" is centred in the column after "Nội dung": at least 60 mm of content.
    assert lead.x - stt.x > 70 * mm


def test_minutes_from_the_register_count_groups_and_vote_on_members_present(tmp_path: Path):
    fx = small_commune(tmp_path / "p.db")
    conf = add_conference(fx, fmt="truc_tuyen", bridge_points=[("Nhà văn hóa thôn", 40)],
                          reg_number=7).conference
    fx.db.execute("UPDATE conferences SET host_level = 'TU', votes_for = 4, votes_against = 0, "
                  "votes_other = 0 WHERE id = ?", [conf.id])
    fx.db.execute("UPDATE bridge_points SET host_person = 'Hà Văn Tư'")
    fx.db.conn.commit()
    set_attendance(fx.db, conf.uuid, [
        (fx.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
    ])
    group = insert_row(fx.db, "participant_groups", {"name": "Đoàn viên thanh niên",
                                                     "headcount": 30})
    set_group_attendance(fx.db, conf.uuid, group["uuid"], 18)
    data = loaders.load_minutes(fx.db, conf.id)
    assert data.host_is_issuer is False
    assert data.votes[0].voters == data.attendance.present == 5
    target = tmp_path / "bb.pdf"
    render_minutes(data, target)
    text = all_text(target)
    assert "Người dự không phải đảng viên: 18 người (Đoàn viên thanh niên: 18 người)." in text
    assert "Tỉnh ủy tổ chức Hội nghị học tập Nghị quyết số 57-NQ/TW theo hình thức trực" in text
    assert "tán thành 04/05 đồng chí, đạt 80%" in text
    assert "Lường Văn Cao" not in text
