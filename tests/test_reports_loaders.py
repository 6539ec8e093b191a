"""The printed forms as the loaders fill them from a register: what the office reads."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.attendance import set_attendance
from models.conferences import get_conference_detail, save_conference
from models.documents import Document, save_document
from models.plans import Plan, PlanDetail, Task, save_plan
from models.reflections import Reflection, save_reflection
from models.settings import get_settings, save_settings
from reports import loaders
from reports.plan import render_plan
from reports.study_report import render_study_report
from tests.factories import add_conference, small_commune
from tests.reports_pdf import all_text


def _commune(tmp_path: Path):
    fx = small_commune(tmp_path / "p.db")
    settings = get_settings(fx.db)
    settings.leader_name = "Lường Văn Thắng"
    settings.upper_office = "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    settings.unit_office = "Văn phòng Đảng ủy"
    save_settings(fx.db, settings)
    return fx


def test_plan_recipients_upper_level_first_then_chi_bo_then_file(tmp_path: Path):
    fx = _commune(tmp_path)
    plan = save_plan(fx.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", number=5,
                  issued_on="2025-04-01", document_uuid=fx.document.uuid),
        tasks=[Task(content="Quán triệt đến các chi bộ", lead="Ban Xây dựng Đảng",
                    deadline="2025-05-31", output="Biên bản hội nghị")]))
    target = tmp_path / "kh.pdf"
    render_plan(loaders.load_plan(fx.db, plan.plan.id), target,
                loaders.print_settings(get_settings(fx.db)))
    assert ("Nơi nhận: - Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo), - Các chi bộ trực "
            "thuộc (để thực hiện), - Lưu Văn phòng Đảng ủy.") in all_text(target)


def _two_documents_studied(fx):
    """One conference on two documents; 4 of the 6 eligible present (Bình, Đức absent)."""
    second = save_document(fx.db, Document(
        type_code="NQ", symbol="66-NQ/TW", level_code="TW", issuer="Bộ Chính trị",
        issued_on="2025-04-30", term="XIII",
        title="Nghị quyết về đổi mới công tác xây dựng và thi hành pháp luật"))
    conf = add_conference(fx, starts_at="2025-05-10T08:00", reg_number=3).conference
    detail = get_conference_detail(fx.db, conf.uuid)
    detail.document_uuids = [fx.document.uuid, second.uuid]
    save_conference(fx.db, detail)
    set_attendance(fx.db, conf.uuid, [
        (fx.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
        (fx.members["Đỗ Minh Đức"].uuid, "absent_no_reason", ""),
    ])
    return second


def test_report_reflections_share_of_those_due_and_tasks_counted_once(tmp_path: Path):
    fx = _commune(tmp_path)
    second = _two_documents_studied(fx)
    for name, grade in (("Nguyễn Văn An", "Khá"), ("Hà Thị Dung", "Khá"),
                        ("Triệu Thu Hà", "Đạt"), ("Nông Văn Giang", "Tốt")):
        for doc in (fx.document, second):
            save_reflection(fx.db, Reflection(
                member_uuid=fx.members[name].uuid, document_uuid=doc.uuid, submitted=True,
                submitted_on="2025-05-20", grade=grade))
    save_plan(fx.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", number=5,
                  issued_on="2025-05-15", document_uuid=fx.document.uuid),
        tasks=[Task(content="Quán triệt", lead="Ban Xây dựng Đảng", deadline="2025-05-31",
                    status="done", done_on="2025-05-30"),
               Task(content="Tuyên truyền", lead="Văn phòng Đảng ủy", deadline="2025-06-30",
                    status="in_progress"),
               Task(content="Kiểm tra", lead="Ủy ban Kiểm tra", deadline="2025-07-31")]))
    target = tmp_path / "bc.pdf"
    data = loaders.load_study_report(fx.db, number=4, date=dt.date(2025, 12, 1))
    render_study_report(data, target)
    text = all_text(target)
    # 4 members studied 2 documents: 8 reflections due, all 8 handed in.
    assert "Đã thu 08/08 bài thu hoạch phải nộp, đạt 100%" in text
    assert "200%" not in text and "100,00%" not in text
    # Grades in the scale's order, not by how many.
    assert "kết quả: Tốt 02, Khá 04, Đạt 02." in text
    # 3 tasks, two of them (in progress, not started) past their deadline.
    assert ("tổng số 03 nhiệm vụ, trong đó 01 đã hoàn thành, 01 đang thực hiện, 01 chưa "
            "thực hiện; có 02 nhiệm vụ quá hạn") in text


def test_report_on_one_document_counts_only_its_conferences_and_plans(tmp_path: Path):
    fx = _commune(tmp_path)
    second = _two_documents_studied(fx)  # a conference on both documents, 10/05/2025
    other = add_conference(fx, starts_at="2025-06-10T08:00", fmt="truc_tuyen",
                           bridge_points=[("Hội trường Đảng ủy", 40)], reg_number=4)
    detail = get_conference_detail(fx.db, other.conference.uuid)
    detail.document_uuids = [fx.document.uuid]  # 57-NQ/TW only
    detail.conference.host_level = "TU"
    save_conference(fx.db, detail)
    for doc, number in ((fx.document, 5), (fx.document, 6), (second, 7)):
        save_plan(fx.db, PlanDetail(
            plan=Plan(title=f"Kế hoạch thực hiện Nghị quyết số {doc.symbol}", number=number,
                      issued_on="2025-06-15", document_uuid=doc.uuid),
            tasks=[Task(content="Quán triệt", lead="Ban Xây dựng Đảng", deadline="2025-12-31",
                        status="done", done_on="2025-07-01")]))
    target = tmp_path / "bc.pdf"
    data = loaders.load_study_report(fx.db, document_id=second.id, number=8,
                                     date=dt.date(2025, 12, 1))
    render_study_report(data, target)
    text = all_text(target)
    assert "Kết quả học tập, quán triệt Nghị quyết số 66-NQ/TW" in text
    assert "Đảng ủy đã tổ chức 01 hội nghị trực tiếp" in text, text
    assert "điểm cầu" not in text.split("Các chỉ tiêu chủ yếu")[0]
    assert "Đã ban hành 01 chương trình, kế hoạch hành động" in text
    assert "04/06 đảng viên được học tập, đạt 66,67%" in text


def test_report_without_dates_does_not_claim_the_term(tmp_path: Path):
    # The register holds a conference of 2023, before the 2025-2030 term: a report
    # over everything is "up to" its date, not "since the start of the term".
    fx = _commune(tmp_path)
    add_conference(fx, starts_at="2023-03-05T08:00", reg_number=1)
    target = tmp_path / "bc.pdf"
    render_study_report(loaders.load_study_report(fx.db, number=2, date=dt.date(2025, 12, 1)),
                        target)
    text = all_text(target)
    assert "Tính đến ngày 01/12/2025, Đảng ủy đã tổ chức 01 hội nghị trực tiếp" in text
    assert "nhiệm kỳ" not in text


def test_excel_figures_on_one_document_agree_with_its_printed_report(tmp_path: Path):
    fx = _commune(tmp_path)
    second = _two_documents_studied(fx)  # a conference on both documents
    add_conference(fx, starts_at="2025-06-10T08:00", reg_number=4)  # 57-NQ/TW only
    add_conference(fx, starts_at="2025-06-20T08:00", reg_number=5)
    for doc, number in ((fx.document, 5), (second, 6)):
        save_plan(fx.db, PlanDetail(plan=Plan(title=f"Kế hoạch thực hiện {doc.symbol}",
                                              number=number, document_uuid=doc.uuid)))
    stats, cells, _units = loaders.load_report_tables(fx.db, document_id=second.id)
    assert stats["conferences"]["total"] == 1  # not the 3 of the whole register
    assert stats["plans"]["total"] == 1
    everything, _cells, _units = loaders.load_report_tables(fx.db)
    assert everything["conferences"]["total"] == 3
    assert everything["plans"]["total"] == 2
