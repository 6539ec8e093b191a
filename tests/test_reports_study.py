"""The study report: figures in words, per chi bộ, a chart, the deputy's signature."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reports.data import CellRate, Issuer, Signature, StudyReport
from reports.frame import MissingDataError
from reports.samples import sample_report
from reports.study_report import (
    conferences_sentence,
    missing_fields,
    render_study_report,
)
from tests.reports_pdf import all_text, pages_text, runs, squash


def _report(**changes) -> StudyReport:
    data = StudyReport(
        issuer=Issuer("Đảng bộ tỉnh Hải Dương", "Đảng ủy xã Cẩm Giàng", "ĐU", "Cẩm Giàng"),
        number=40, date=dt.date(2023, 6, 20),
        summary="Kết quả học tập, quán triệt Nghị quyết số 18-NQ/TW",
        period="Từ đầu năm đến nay",
        signer=Signature("Bí thư", "Nguyễn Văn Hùng", on_behalf_of="Đảng ủy"),
        members_eligible=1180, members_studied=1102, conferences_online=18,
        attendances=16_100,
        cells=[CellRate("Chi bộ thôn Nà Tùm", 500, 500), CellRate("Chi bộ Quân sự", 80, 80),
               CellRate("Chi bộ thôn Bản Chiêng", 600, 522)],
        recipients=["Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo)", "Lưu Văn phòng Đảng ủy"],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_opening_sentence_in_the_registers_voice():
    assert conferences_sentence(_report()) == (
        "Từ đầu năm đến nay, Đảng ủy đã tổ chức 18 hội nghị trực tuyến, phục vụ 16.100 lượt "
        "người nghe; 1.102/1.180 đảng viên được học tập, đạt 93,39%.")


def test_opening_sentence_with_mixed_formats_and_bridge_points():
    data = _report(conferences_in_person=2, conferences_online=5, bridge_points=103,
                   attendances=11_938, period="Trong quý I/2024")
    assert conferences_sentence(data) == (
        "Trong quý I/2024, Đảng ủy đã tổ chức 07 hội nghị học tập, quán triệt (02 trực tiếp, "
        "05 trực tuyến) với 103 điểm cầu, phục vụ 11.938 lượt người nghe; 1.102/1.180 đảng "
        "viên được học tập, đạt 93,39%.")
    none_held = _report(conferences_online=0, attendances=None, members_studied=0)
    assert conferences_sentence(none_held) == (
        "Từ đầu năm đến nay, Đảng ủy chưa tổ chức hội nghị học tập, quán triệt; 0/1.180 đảng "
        "viên được học tập, đạt 0%.")


def test_report_prints_figures_table_and_chart(tmp_path: Path):
    target = tmp_path / "bao-cao.pdf"
    render_study_report(_report(), target)
    first = squash(pages_text(target)[0])
    assert "Số 40-BC/ĐU" in first
    assert "Cẩm Giàng, ngày 20 tháng 6 năm 2023" in first
    assert "BÁO CÁO Kết quả học tập, quán triệt Nghị quyết số 18-NQ/TW" in first
    text = all_text(target)
    assert ("Từ đầu năm đến nay, Đảng ủy đã tổ chức 18 hội nghị trực tuyến, phục vụ 16.100 "
            "lượt người nghe; 1.102/1.180 đảng viên được học tập, đạt 93,39%.") in text
    assert "Tỷ lệ đảng viên được học tập 93,39%" in text
    assert ("Có 2/3 chi bộ đạt tỷ lệ 100%; chi bộ có tỷ lệ thấp nhất là Chi bộ thôn Bản "
            "Chiêng (87%).") in text
    assert "1 Chi bộ thôn Nà Tùm 500 500 100%" in text
    assert "3 Chi bộ thôn Bản Chiêng 600 522 87%" in text
    assert "Tổng cộng 1.180 1.102 93,39%" in text
    assert "Biểu đồ: Tỷ lệ đảng viên được học tập theo chi bộ (%)" in text
    bar_labels = {r.text.strip() for i in range(len(pages_text(target))) for r in runs(target, i)}
    assert {"100,0", "87,0"} <= bar_labels  # the bars' own labels
    assert "T/M ĐẢNG ỦY BÍ THƯ" in text
    assert "Nơi nhận: - Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo), - Lưu Văn phòng" in text


def test_many_chi_bo_are_charted_by_rate_band(tmp_path: Path):
    data = sample_report(cells=60)
    target = tmp_path / "bao-cao.pdf"
    render_study_report(data, target)
    text = all_text(target)
    assert "Biểu đồ: Số chi bộ theo tỷ lệ đảng viên được học tập" in text
    assert "95% - dưới 100%" in text
    for i, cell in enumerate(data.cells, 1):
        assert squash(f"{i} {cell.chi_bo}") in text


def test_sample_report_sections_and_deputy(tmp_path: Path):
    target = tmp_path / "bao-cao.pdf"
    render_study_report(sample_report(), target)
    text = all_text(target)
    assert "II. ĐÁNH GIÁ CHUNG" in text and "III. PHƯƠNG HƯỚNG THỜI GIAN TỚI" in text
    assert "Đã tổ chức 05 buổi học bù cho 46 lượt đảng viên vắng mặt." in text
    assert "Cán bộ, công chức, viên chức và người lao động không phải là đảng viên: 200/210 " \
           "người được học tập, đạt 95,24%." in text
    assert "kết quả: Tốt" in text and "Chưa đạt 03" in text
    assert ("tổng số 20 nhiệm vụ, trong đó 12 đã hoàn thành, 06 đang thực hiện, 02 chưa "
            "thực hiện; có 02 nhiệm vụ quá hạn") in text
    assert "T/M ĐẢNG ỦY K/T BÍ THƯ PHÓ BÍ THƯ" in text
    assert text.endswith("Lê Thị Thu Hằng")


def test_missing_and_impossible_figures(tmp_path: Path):
    data = _report(number=None, members_studied=1300, signer=None)
    data.cells[1].studied = 90
    target = tmp_path / "bao-cao.pdf"
    with pytest.raises(MissingDataError) as caught:
        render_study_report(data, target)
    assert caught.value.fields == [
        "số báo cáo (chưa được cấp số)",
        "số đảng viên đã học tập (không quá số phải học tập)",
        "số liệu của Chi bộ Quân sự (số đã học tập không quá số phải học tập)",
        "người ký văn bản",
    ]
    assert not target.exists()
    assert missing_fields(_report()) == []
