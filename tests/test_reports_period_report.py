"""The study report for a period, in the standard structure, written from the figures;
the prose the clerk edits is kept with the report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models.attendance import set_attendance
from models.errors import ValidationError
from models.outreach import Activity, save_activity
from models.plans import Plan, PlanDetail, Task, save_plan
from models.report_texts import ReportKey, load_texts, save_texts
from models.settings import get_settings, save_settings
from reports import loaders, periods
from reports.report_prose import CAUSES, DIRECTIONS, PROPOSALS, SHORTCOMINGS, STRENGTHS
from reports.study_report import render_study_report
from tests.factories import add_conference, small_commune
from tests.reports_pdf import all_text

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def _register(tmp_path: Path):
    fx = small_commune(tmp_path / "p.db")
    settings = get_settings(fx.db)
    settings.leader_name = "Lường Văn Thắng"
    settings.target_rate = 95.0
    save_settings(fx.db, settings)
    conf = add_conference(fx, starts_at="2025-03-05T08:00", reg_number=3).conference
    set_attendance(fx.db, conf.uuid, [
        (fx.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
        (fx.members["Đỗ Minh Đức"].uuid, "absent_no_reason", ""),
    ])
    save_plan(fx.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", number=4,
                  issued_on="2025-03-20", document_uuid=fx.document.uuid),
        tasks=[Task(content="Quán triệt đến các chi bộ", lead="Ban Xây dựng Đảng",
                    deadline="2025-04-30", status="done", done_on="2025-04-20"),
               Task(content="Sơ kết", lead="Văn phòng Đảng ủy", deadline="2025-06-30",
                    status="in_progress"),
               Task(content="Kiểm tra", lead="Ủy ban Kiểm tra", deadline="2026-06-30")]))
    save_activity(fx.db, Activity(held_on="2025-03-10", channel="Hệ thống truyền thanh cơ sở",
                                  description="Phát thanh", quantity=6, measure="lượt phát",
                                  reach=900, document_uuid=fx.document.uuid))
    save_activity(fx.db, Activity(held_on="2025-04-02", channel="Họp thôn, tổ dân phố",
                                  description="Họp thôn", quantity=3, measure="buổi",
                                  reach=240))
    return fx


def _report(fx, **options):
    return loaders.load_study_report(fx.db, *YEAR, number=15, date=dt.date(2025, 12, 20),
                                     today=dt.date(2025, 12, 20), **options)


def test_named_periods():
    assert periods.year(2026).name == "năm 2026"
    assert periods.half(2026, 1) == periods.Period(
        dt.date(2026, 1, 1), dt.date(2026, 6, 30), "6 tháng đầu năm 2026",
        "Trong 6 tháng đầu năm 2026")
    assert periods.quarter(2026, 3).name == "quý III năm 2026"
    assert periods.quarter(2026, 3).end == dt.date(2026, 9, 30)
    assert periods.term(2025).name == "nhiệm kỳ 2025-2030"
    assert periods.of_dates(dt.date(2026, 4, 1), dt.date(2026, 6, 30)).name == "quý II năm 2026"
    assert periods.of_dates(dt.date(2026, 2, 3), dt.date(2026, 3, 4)).name == \
        "từ ngày 03/02/2026 đến ngày 04/03/2026"
    with pytest.raises(ValueError):
        periods.dates(dt.date(2026, 3, 4), dt.date(2026, 2, 3))


def test_year_report_in_the_standard_structure(tmp_path: Path):
    fx = _register(tmp_path)
    target = tmp_path / "bc.pdf"
    render_study_report(_report(fx), target)
    text = all_text(target)
    assert ("BÁO CÁO Kết quả học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị "
            "của Đảng năm 2025") in text
    order = ["I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ HỌC TẬP", "1. Công tác lãnh đạo, chỉ đạo",
             "2. Công tác tổ chức học tập, quán triệt", "Kết quả học tập, quán triệt từng văn bản",
             "3. Kết quả theo từng chi bộ", "4. Công tác tuyên truyền",
             "5. Xây dựng chương trình, kế hoạch hành động", "6. Bài thu hoạch",
             "III. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", "2. Hạn chế, khuyết điểm", "3. Nguyên nhân",
             "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. KIẾN NGHỊ, ĐỀ XUẤT", "T/M ĐẢNG ỦY"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert ("Đảng ủy xã Cẩm Giàng có 02 chi bộ, 07 đảng viên (chính thức 06, dự bị 01); 01 "
            "đảng viên được miễn công tác và sinh hoạt đảng.") in text
    assert "Trong năm 2025, Đảng ủy đã tổ chức 01 hội nghị trực tiếp" in text
    # The per-document line: document, date, format, points, attendances, 6 due, 4 studied.
    assert ("1 Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị 05/03/2025 Trực tiếp "
            "0 4 6 4 66,67% 0") in text
    assert ("04/06 đảng viên được học tập, đạt 66,67%; tính theo từng văn bản, 04/06 lượt "
            "đảng viên được học tập, đạt 66,67%") in text
    assert "Có 00/02 chi bộ" not in text
    assert ("Công tác tuyên truyền được thực hiện qua 02 kênh với 02 hoạt động, tiếp cận "
            "1.140 lượt người") in text
    assert "1 Hệ thống truyền thanh cơ sở 1 6 lượt phát 900" in text
    assert ("1 Kế hoạch số 04-KH/ĐU ngày 20/03/2025: Kế hoạch thực hiện Nghị quyết số "
            "57-NQ/TW 3 1 1 1") in text
    # The assessment is written from the figures, not two stock sentences.
    assert ("Còn 02 chi bộ có tỷ lệ đảng viên được học tập dưới mục tiêu 95%: Chi bộ thôn Nà "
            "Pài (66,67%); Chi bộ Trường Tiểu học (66,67%).") in text
    assert ("Có 01 nhiệm vụ trong các chương trình, kế hoạch hành động đã quá thời hạn nhưng "
            "chưa hoàn thành.") in text
    assert "Còn 02 lượt đảng viên vắng mặt chưa được học bù." in text
    assert "Việc viết bài thu hoạch chưa nghiêm: còn 04 bài thu hoạch chưa nộp." in text
    assert "Tổ chức học bù cho 02 lượt đảng viên chưa được học tập" in text
    assert "Rà soát, đôn đốc hoàn thành 01 nhiệm vụ quá hạn" in text
    assert "Tất cả các chi bộ đều đạt mục tiêu" not in text


def test_edited_prose_is_kept_with_the_report_and_printed(tmp_path: Path):
    fx = _register(tmp_path)
    key = loaders.report_key(*YEAR, None, None, None, consolidated=False)
    assert load_texts(fx.db, key) == {}
    draft = _report(fx).prose
    assert set(draft) == {STRENGTHS, SHORTCOMINGS, CAUSES, DIRECTIONS, PROPOSALS}
    save_texts(fx.db, key, {CAUSES: ["Thôn Nà Pài mất điện ngày hội nghị.", "  "],
                            PROPOSALS: ["Đề nghị Tỉnh ủy cấp thêm 02 bộ thiết bị điểm cầu."]})
    data = _report(fx)
    assert data.prose[CAUSES] == ["Thôn Nà Pài mất điện ngày hội nghị."]
    assert data.prose[SHORTCOMINGS] == draft[SHORTCOMINGS]  # parts not edited: the draft
    target = tmp_path / "bc.pdf"
    render_study_report(data, target)
    text = all_text(target)
    assert "3. Nguyên nhân Thôn Nà Pài mất điện ngày hội nghị. IV." in text
    assert "Đề nghị Tỉnh ủy cấp thêm 02 bộ thiết bị điểm cầu." in text
    assert "Đề nghị cấp trên tiếp tục cung cấp tài liệu" not in text
    # Another period is another report: it starts from its own draft.
    other = loaders.load_study_report(fx.db, dt.date(2025, 1, 1), dt.date(2025, 6, 30),
                                      number=9, date=dt.date(2025, 7, 5))
    assert other.prose[CAUSES] != ["Thôn Nà Pài mất điện ngày hội nghị."]


def test_overlong_prose_is_refused_and_nothing_is_kept(tmp_path: Path):
    fx = _register(tmp_path)
    key = ReportKey("unit", *YEAR)
    with pytest.raises(ValidationError, match="dài quá"):
        save_texts(fx.db, key, {CAUSES: ["x" * 30_000]})
    assert load_texts(fx.db, key) == {}
