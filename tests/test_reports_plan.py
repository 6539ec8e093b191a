"""The action plan: parts, the task table, the committee's signature and Nơi nhận."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from reports.data import PlanTask, Section, Signature
from reports.frame import MissingDataError
from reports.plan import missing_fields, render_plan
from reports.samples import sample_plan
from tests.reports_pdf import all_text, pages_text, runs, squash


def test_plan_prints_header_parts_and_tasks(tmp_path: Path):
    data = sample_plan(tasks=6)
    target = tmp_path / "ke-hoach.pdf"
    render_plan(data, target)
    first = squash(pages_text(target)[0])
    assert "Số 25-KH/ĐU" in first
    assert "Cẩm Giàng, ngày 20 tháng 3 năm 2023" in first
    assert "KẾ HOẠCH Thực hiện Nghị quyết số 18-NQ/TW" in first
    text = all_text(target)
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text
    assert "II. NHIỆM VỤ VÀ GIẢI PHÁP" in text
    assert "III. TỔ CHỨC THỰC HIỆN" in text
    assert "STT Nội dung Chủ trì Phối hợp Thời hạn Sản phẩm" in text
    assert "Rà soát, điều chỉnh quy hoạch sử dụng đất" in text
    assert "30/09/2023" in text and "Thường xuyên" in text and "Quý I/2023" in text
    assert "T/M ĐẢNG ỦY BÍ THƯ" in text
    assert text.endswith("Nguyễn Văn Hùng")


def test_plan_recipients_block(tmp_path: Path):
    target = tmp_path / "ke-hoach.pdf"
    render_plan(sample_plan(), target)
    text = all_text(target)
    assert ("Nơi nhận: - Ban Thường vụ Tỉnh ủy (để báo cáo), - Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy (để báo cáo), - Các chi bộ trực thuộc (để thực hiện), - Lưu Văn phòng "
            "Đảng ủy.") in text
    last = len(PdfReader(target).pages) - 1
    drawn = runs(target, last)
    label = next(r for r in drawn if r.text.strip() == "Nơi nhận:")
    office = next(r for r in drawn if "Lưu Văn phòng Đảng ủy." in r.text)
    signer = next(r for r in drawn if r.text.strip() == "T/M ĐẢNG ỦY")
    assert "BoldItalic" in label.font
    assert "Bold" not in office.font
    assert label.x < signer.x  # bottom-left, beside the signature
    assert abs(label.y - signer.y) < 3


def test_deputy_signs_on_behalf(tmp_path: Path):
    data = sample_plan()
    data.signer = Signature("Phó Bí thư", "Lê Thị Thu Hằng", on_behalf_of="Đảng ủy",
                            deputy_for="Bí thư")
    data.kind, data.type_code = "Chương trình", "CTr"
    target = tmp_path / "chuong-trinh.pdf"
    render_plan(data, target)
    text = all_text(target)
    assert "Số 25-CTr/ĐU" in text
    assert "CHƯƠNG TRÌNH Thực hiện" in text
    assert "T/M ĐẢNG ỦY K/T BÍ THƯ PHÓ BÍ THƯ" in text


def test_many_tasks_repeat_the_table_header(tmp_path: Path):
    data = sample_plan(tasks=40)
    target = tmp_path / "ke-hoach.pdf"
    render_plan(data, target)
    texts = [squash(t) for t in pages_text(target)]
    with_rows = [t for t in texts if "Báo cáo kết quả" in t or "Quyết định phê duyệt" in t]
    assert len(with_rows) >= 3
    for t in with_rows:
        assert "STT Nội dung Chủ trì Phối hợp Thời hạn Sản phẩm" in t


def test_missing_number_and_task_details(tmp_path: Path):
    data = sample_plan()
    data.number = None
    data.tasks.append(PlanTask("Tổ chức hội nghị sơ kết", lead="", deadline=None))
    data.recipients = []
    target = tmp_path / "ke-hoach.pdf"
    with pytest.raises(MissingDataError) as caught:
        render_plan(data, target)
    assert caught.value.fields == ["số kế hoạch (chưa được cấp số)",
                                   "đơn vị chủ trì nhiệm vụ thứ 7",
                                   "thời hạn nhiệm vụ thứ 7", "nơi nhận"]
    assert str(caught.value).startswith("Chưa in được kế hoạch vì còn thiếu: số kế hoạch")
    assert not target.exists()


def test_complete_plan_has_nothing_missing():
    data = sample_plan()
    assert missing_fields(data) == []
    data.tasks[0].deadline = dt.date(2024, 1, 31)
    assert missing_fields(data) == []
    data.signer = None
    assert missing_fields(data) == ["người ký văn bản"]


def test_closing_heading_never_ends_a_page_alone(tmp_path: Path):
    # A closing part of one paragraph goes, with the signature, into one block; its
    # heading must go along, whatever page the task table happens to end on.
    for tasks in range(1, 16):
        data = sample_plan(tasks=tasks)
        data.closing = [Section("Tổ chức thực hiện", [
            "Các chi bộ, các ban, ngành, đoàn thể căn cứ nội dung kế hoạch này xây dựng kế "
            "hoạch cụ thể, tổ chức thực hiện nghiêm túc và báo cáo kết quả theo quy định."])]
        target = tmp_path / f"ke-hoach-{tasks}.pdf"
        render_plan(data, target)
        pages = [squash(t) for t in pages_text(target)]
        with_heading = [t for t in pages if "III. TỔ CHỨC THỰC HIỆN" in t]
        assert len(with_heading) == 1, tasks
        assert "Các chi bộ, các ban, ngành" in with_heading[0], tasks
        assert "Nguyễn Văn Hùng" in with_heading[0], tasks
