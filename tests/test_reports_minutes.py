"""The printed minutes of a study conference, read back from the PDF."""
from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.vntext import format_int
from reports import frame
from reports.data import Absentee, Person, Vote
from reports.frame import MissingDataError, ReportError
from reports.minutes import missing_fields, render_minutes
from reports.samples import sample_minutes
from tests.reports_pdf import all_text, pages_text, runs, squash


def _minutes():
    data = sample_minutes(members=120, excused=2, absent_with_reason=0, absent_without_reason=0)
    att = data.attendance
    att.excused = [Absentee("Đinh Văn Tám", "Chi bộ thôn Nà Tùm", "Tuổi cao, sức yếu"),
                   Absentee("Lý Thị Chín", "Chi bộ Trạm Y tế", "Ốm dài ngày")]
    att.absent_with_reason = [
        Absentee("Hoàng Văn Bảy", "Chi bộ thôn Bản Chiêng", "Ốm, điều trị tại bệnh viện"),
        Absentee("Ngô Thị Hằng", "Chi bộ Quân sự", "Đi công tác"),
    ]
    att.absent_without_reason = [Absentee("Vũ Đức Lợi", "Chi bộ Công an")]
    att.present = 120 - 2 - 3
    data.votes = [Vote("Thông qua dự thảo Kế hoạch thực hiện Nghị quyết", in_favour=113,
                       against=0, other=2)]
    return data


def test_header_title_and_opening(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    render_minutes(_minutes(), target)
    first = pages_text(target)[0]
    for line in ["ĐẢNG BỘ TỈNH HẢI DƯƠNG", "ĐẢNG ỦY XÃ CẨM GIÀNG", "*", "Số 12-BB/ĐU",
                 "ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Giàng, ngày 05 tháng 3 năm 2023", "BIÊN BẢN"]:
        assert line in first.splitlines() or line in first, line
    assert "Số:" not in first
    text = all_text(target)
    assert "Hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW" in text
    assert ("Vào hồi 8 giờ 00 phút, ngày 05 tháng 3 năm 2023, tại Hội trường Đảng ủy xã "
            "Cẩm Giàng") in text
    assert "Chủ trì hội nghị: đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã." in text
    assert ("Người ghi biên bản: đồng chí Trần Thị Mai, Chuyên viên Văn phòng Đảng ủy."
            in text)
    assert "Nghị quyết số 18-NQ/TW ngày 16/06/2022 của Hội nghị lần thứ năm" in text


def test_header_layout_date_line_is_italic_and_level_with_number(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    render_minutes(_minutes(), target)
    drawn = runs(target, 0)
    date = next(r for r in drawn if "ngày 05 tháng 3 năm 2023" in r.text and "Cẩm Giàng" in r.text)
    number = next(r for r in drawn if r.text.strip() == "Số 12-BB/ĐU")
    party = next(r for r in drawn if r.text.strip() == "ĐẢNG CỘNG SẢN VIỆT NAM")
    body = next(r for r in drawn if r.text.strip() == "ĐẢNG ỦY XÃ CẨM GIÀNG")
    assert "Italic" in date.font and "Bold" not in date.font
    assert "Bold" in party.font and "Bold" in body.font
    assert "Bold" not in number.font and "Italic" not in number.font
    assert abs(date.y - number.y) < 1  # the number and the date share a line
    assert number.x < 297 < date.x + 50  # left column, right column


def test_attendance_totals_and_absentees(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    render_minutes(_minutes(), target)
    text = all_text(target)
    assert ("Tổng số đảng viên: 120 đồng chí (chính thức 114, dự bị 06); miễn công tác và "
            "sinh hoạt đảng: 02 đồng chí; số đảng viên phải dự hội nghị: 118 đồng chí.") in text
    assert "Đinh Văn Tám" not in text  # the excused are counted, not listed
    assert "Có mặt: 115/118 đồng chí, đạt 97,46%." in text
    assert "Vắng mặt: 03 đồng chí, trong đó:" in text
    assert "Vắng có lý do: 02 đồng chí:" in text
    assert "Hoàng Văn Bảy (Chi bộ thôn Bản Chiêng, Ốm, điều trị tại bệnh viện)" in text
    assert "Ngô Thị Hằng (Chi bộ Quân sự, Đi công tác)" in text
    assert "Vắng không lý do: 01 đồng chí:" in text
    assert "Vắng không lý do: 01 đồng chí: Đồng chí Vũ Đức Lợi (Chi bộ Công an)." in text
    assert "Vắng có lý do: 02 đồng chí: Gồm các đồng chí: Hoàng Văn Bảy" in text
    assert "Đại biểu mời dự (01 đồng chí): đồng chí Lê Quang Sơn" in text


def test_long_absentee_list_is_a_table_with_every_name_and_reason(tmp_path: Path):
    data = sample_minutes(members=900, absent_with_reason=60, absent_without_reason=15)
    target = tmp_path / "bien-ban.pdf"
    render_minutes(data, target)
    text = all_text(target)
    assert "STT Họ và tên Chi bộ Lý do" in text
    for person in data.attendance.absent_with_reason:
        assert squash(f"{person.name} {person.chi_bo} {person.reason}") in text
    for person in data.attendance.absent_without_reason:
        assert squash(f"{person.name} {person.chi_bo}") in text
    assert "Vắng không lý do: 15 đồng chí:" in text


def test_online_conference_lists_bridge_points(tmp_path: Path):
    data = sample_minutes(bridge_points=40)
    target = tmp_path / "bien-ban.pdf"
    render_minutes(data, target)
    text = all_text(target)
    total = sum(p.attendees for p in data.bridge_points)
    assert (f"Hình thức: trực tuyến, do Trung ương tổ chức; 40 điểm cầu với tổng số "
            f"{format_int(total)} người dự") in text
    assert "do Trung ương chủ trì" not in text
    assert "STT Điểm cầu Người chủ trì điểm cầu Số người dự" in text
    for i, point in enumerate(data.bridge_points, 1):
        assert squash(f"{i} {point.name} {point.host} {point.attendees}") in text
    assert f"Tổng cộng {format_int(total)}" in text


def test_proceedings_votes_and_closing(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    data = _minutes()
    render_minutes(data, target)
    text = all_text(target)
    assert ("Đồng chí Phạm Đức Thắng, Báo cáo viên Trung ương trình bày: Những nội dung cơ "
            "bản, cốt lõi của Nghị quyết số 18-NQ/TW.") in text
    assert "Hội nghị có 03 ý kiến phát biểu:" in text
    for speech in data.discussion:
        assert squash(f"Đồng chí {speech.speaker.name}, {speech.speaker.position}:") in text
    assert "Kết luận của đồng chí chủ trì hội nghị" in text  # in person
    assert ("Thông qua dự thảo Kế hoạch thực hiện Nghị quyết: số đảng viên có mặt biểu quyết "
            "115 đồng chí; tán thành 113/115 đồng chí, đạt 98,26%; không tán thành 0/115 đồng "
            "chí, chiếm 0%; ý kiến khác 02/115 đồng chí, chiếm 1,74%.") in text
    assert "Hội nghị kết thúc vào hồi 11 giờ 30 phút cùng ngày." in text
    assert "Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua." in text


@pytest.mark.parametrize("absent", [3, 40, 150])
def test_page_count_sentence_matches_the_real_page_count(tmp_path: Path, absent: int):
    target = tmp_path / "bien-ban.pdf"
    pages = render_minutes(sample_minutes(members=2000, absent_with_reason=absent), target)
    real = len(PdfReader(target).pages)
    assert pages == real
    assert f"Biên bản gồm {real:02d} trang, được lập thành 02 bản." in all_text(target)


def test_signatures_never_start_a_page_alone(tmp_path: Path):
    # The closing lines move with the signatures whatever length the discussion has.
    for speeches in range(0, 14):
        target = tmp_path / f"bien-ban-{speeches}.pdf"
        render_minutes(sample_minutes(speeches=speeches), target)
        pages = [squash(p) for p in pages_text(target)]
        signed = [p for p in pages if "NGƯỜI GHI BIÊN BẢN" in p]
        assert len(signed) == 1
        page = signed[0]
        assert "CHỦ TRÌ HỘI NGHỊ" in page
        assert "Trần Thị Mai" in page.split("NGƯỜI GHI BIÊN BẢN", 1)[1]
        assert "Nguyễn Văn Hùng" in page.split("CHỦ TRÌ HỘI NGHỊ", 1)[1]
        assert "Biên bản đã được đọc lại" in page
        assert "Hội nghị kết thúc vào hồi" in page


def test_signature_titles_are_bold_capitals_with_bold_names(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    render_minutes(_minutes(), target)
    last = len(PdfReader(target).pages) - 1
    drawn = {r.text.strip(): r for r in runs(target, last)}
    for key in ["NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ", "Trần Thị Mai", "Nguyễn Văn Hùng"]:
        assert "Bold" in drawn[key].font, key
    # Minute-taker on the left, chair on the right, and room to sign between title and name.
    assert drawn["NGƯỜI GHI BIÊN BẢN"].x < drawn["CHỦ TRÌ HỘI NGHỊ"].x
    gap_mm = (drawn["CHỦ TRÌ HỘI NGHỊ"].y - drawn["Nguyễn Văn Hùng"].y) / 72 * 25.4
    assert 25 <= gap_mm <= 40


def test_decomposed_input_prints_composed(tmp_path: Path):
    data = _minutes()
    nfd = unicodedata.normalize("NFD", "Hội trường Ủy ban nhân dân xã")
    data.venue = nfd
    data.chair = Person(unicodedata.normalize("NFD", "Nguyễn Thị Ánh"), "Bí thư Đảng ủy xã")
    target = tmp_path / "bien-ban.pdf"
    render_minutes(data, target)
    raw = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Hội trường Ủy ban nhân dân xã" in raw  # composed, without normalising here
    assert "Nguyễn Thị Ánh" in raw


def test_markup_characters_print_literally(tmp_path: Path):
    data = _minutes()
    data.venue = "Hội trường <Nhà văn hóa> & sân <b>"
    target = tmp_path / "bien-ban.pdf"
    render_minutes(data, target)
    assert "tại Hội trường <Nhà văn hóa> & sân <b>, Đảng ủy xã" in all_text(target)


def test_missing_data_lists_everything_and_creates_no_file(tmp_path: Path):
    data = _minutes()
    data.number = None
    data.chair = None
    data.minute_taker = Person("", "")
    data.conclusion = " "
    data.attendance.absent_with_reason[0].reason = ""
    target = tmp_path / "bien-ban.pdf"
    with pytest.raises(MissingDataError) as caught:
        render_minutes(data, target)
    message = str(caught.value)
    expected = ["số biên bản (chưa được cấp số)", "họ tên người chủ trì hội nghị",
                "chức vụ người chủ trì hội nghị", "họ tên người ghi biên bản",
                "chức vụ người ghi biên bản", "lý do vắng của đồng chí Hoàng Văn Bảy",
                "kết luận của đồng chí chủ trì hội nghị"]
    assert caught.value.fields == expected
    assert message.startswith("Chưa in được biên bản vì còn thiếu: ")
    for label in expected:
        assert label in message
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_online_without_bridge_points_is_missing_data():
    data = sample_minutes(bridge_points=2)
    data.bridge_points[1].host = ""
    data.host_level = ""
    assert missing_fields(data) == ["cấp chủ trì hội nghị trực tuyến",
                                    "người chủ trì điểm cầu thứ 2"]
    data.bridge_points = []
    assert "danh sách điểm cầu trực tuyến" in missing_fields(data)


def test_times_must_make_sense():
    data = sample_minutes()
    data.end = dt.datetime(2023, 3, 5, 7, 0)
    assert missing_fields(data) == [
        "thời gian kết thúc hội nghị (phải sau thời gian bắt đầu)"]
    data.attendance.full_members += 1
    assert ("số đảng viên chính thức và dự bị (cộng lại phải bằng tổng số)"
            in missing_fields(data))


def test_complete_minutes_have_nothing_missing():
    assert missing_fields(sample_minutes()) == []
    assert missing_fields(sample_minutes(bridge_points=5)) == []


def test_failed_layout_leaves_the_existing_file_untouched(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    target.write_bytes(b"the minutes printed yesterday")
    data = sample_minutes(bridge_points=3)
    data.bridge_points[1].name = "Điểm cầu " * 3000  # one table cell taller than a page
    with pytest.raises(ReportError, match="quá dài để đặt vừa một trang"):
        render_minutes(data, target)
    assert target.read_bytes() == b"the minutes printed yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bien-ban.pdf"]


def test_failed_write_leaves_the_existing_file_untouched(tmp_path: Path, monkeypatch):
    target = tmp_path / "bien-ban.pdf"
    target.write_bytes(b"the minutes printed yesterday")

    def refuse(src, dst):  # noqa: ANN001
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(frame.os, "replace", refuse)
    with pytest.raises(frame.ReportWriteError, match="Không ghi được tệp"):
        render_minutes(sample_minutes(), target)
    assert target.read_bytes() == b"the minutes printed yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bien-ban.pdf"]


def test_success_replaces_the_existing_file(tmp_path: Path):
    target = tmp_path / "bien-ban.pdf"
    target.write_bytes(b"old")
    render_minutes(sample_minutes(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bien-ban.pdf"]


def test_excused_members_are_counted_and_named_only_in_the_annex(tmp_path: Path):
    data = sample_minutes(members=400, excused=30)
    for person in data.attendance.excused:
        person.reason = ""  # as the register has them: it keeps no reason for excusal
    target = tmp_path / "bien-ban.pdf"
    render_minutes(data, target)
    text = all_text(target)
    assert ("miễn công tác và sinh hoạt đảng: 30 đồng chí; số đảng viên phải dự hội nghị: "
            "370 đồng chí.") in text
    for person in data.attendance.excused:
        assert squash(person.name) not in text
    data.excused_annex = True
    render_minutes(data, target)
    pages = [squash(p) for p in pages_text(target)]
    body_text = " ".join(pages[:-1])
    assert "(danh sách tại phụ lục kèm theo)" in body_text
    annex = pages[-1].split(" ", 1)[1]  # after the page number
    assert f"Biên bản gồm {len(pages):02d} trang (kể cả phụ lục)" in body_text
    assert annex.startswith("PHỤ LỤC Danh sách đảng viên được miễn công tác và sinh hoạt đảng "
                            "(kèm theo Biên bản số 12-BB/ĐU)")
    assert "STT Họ và tên Chi bộ 1 " in annex
    assert "Lý do" not in annex
    for person in data.attendance.excused:
        assert squash(person.name) in annex
        assert squash(person.name) not in body_text
