"""The printed forms as the loaders fill them from a register: what the office reads."""
from __future__ import annotations

from pathlib import Path

from models.plans import Plan, PlanDetail, Task, save_plan
from models.settings import get_settings, save_settings
from reports import loaders
from reports.plan import render_plan
from tests.factories import small_commune
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
