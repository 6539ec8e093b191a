"""The minutes a clerk signs unchanged: each defect found on the demo register, read
back from the PDF (the text that must appear and the text that must not)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from reports.data import (
    BridgePoint,
    ConferenceFormat,
    GroupCount,
    Issuer,
    Person,
    StudiedDocument,
    Vote,
)
from reports.minutes import missing_fields, render_minutes
from reports.samples import sample_minutes
from tests.reports_pdf import all_text, pages_text, runs, squash

CONCLUSION_21 = StudiedDocument(
    kind="Kết luận", number="21-KL/TW", issued_on=dt.date(2021, 10, 25),
    issuer="Ban Chấp hành Trung ương",
    title="về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị")


def _render(data, tmp_path: Path, name: str = "bien-ban.pdf") -> tuple[Path, str]:
    target = tmp_path / name
    render_minutes(data, target)
    return target, all_text(target)


def test_followed_broadcast_names_one_organiser_and_the_point_chair(tmp_path: Path):
    data = sample_minutes(bridge_points=12)
    data.host_level = "Tỉnh ủy"
    _, text = _render(data, tmp_path)
    assert ("Vào hồi 8 giờ 00 phút, ngày 05 tháng 3 năm 2023, Tỉnh ủy tổ chức Hội nghị học "
            "tập, quán triệt") in text
    assert ("Đảng ủy xã Cẩm Giàng tổ chức cho cán bộ, đảng viên dự hội nghị tại Hội trường "
            "Đảng ủy xã Cẩm Giàng.") in text
    assert "Chủ trì tại điểm cầu Đảng ủy xã Cẩm Giàng: đồng chí Nguyễn Văn Hùng" in text
    assert "CHỦ TRÌ ĐIỂM CẦU" in text
    # Never the issuer organising beside another level chairing.
    assert "Đảng ủy xã Cẩm Giàng tổ chức Hội nghị" not in text
    assert "do Tỉnh ủy chủ trì" not in text
    assert "CHỦ TRÌ HỘI NGHỊ" not in text


def test_hybrid_broadcast_by_the_issuer_itself(tmp_path: Path):
    data = sample_minutes(bridge_points=90)
    data.format = ConferenceFormat.HYBRID
    data.host_level = "Đảng ủy xã"
    data.host_is_issuer = True
    target, text = _render(data, tmp_path)
    assert ("Đảng ủy xã Cẩm Giàng tổ chức Hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW "
            "của Ban Chấp hành Trung ương Đảng khóa XIII theo hình thức kết hợp trực tiếp và "
            "trực tuyến; điểm cầu chính tại Hội trường Đảng ủy xã Cẩm Giàng.") in text
    assert "Chủ trì hội nghị: đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã." in text
    assert "do Đảng ủy xã Cẩm Giàng tổ chức; 90 điểm cầu với tổng số" in text
    assert "CHỦ TRÌ HỘI NGHỊ" in text and "CHỦ TRÌ ĐIỂM CẦU" not in text
    for i, point in enumerate(data.bridge_points, 1):
        assert squash(f"{i} {point.name} {point.host} {point.attendees}") in text


def test_upper_level_broadcast_lists_each_units_points_and_the_silent_ones(tmp_path: Path):
    data = sample_minutes(bridge_points=0)
    data.format = ConferenceFormat.ONLINE
    data.host_level = "Tỉnh ủy"
    data.host_is_issuer = True
    data.bridge_points = [
        BridgePoint("Hội trường Đảng ủy xã Nà Pài", "Lê Văn An", 120, unit="Đảng ủy xã Nà Pài"),
        BridgePoint("Nhà văn hóa thôn Nà Mò", "Hà Thị Bình", 45, unit="Đảng ủy xã Nà Pài"),
        BridgePoint("Hội trường Đảng ủy phường Đức Xuân", "Vũ Minh Cường", 150,
                    unit="Đảng ủy phường Đức Xuân"),
    ]
    data.silent_units = ["Đảng ủy xã Cốc Đán"]
    _, text = _render(data, tmp_path)
    assert "03 điểm cầu tại 02 đơn vị với tổng số 315 người dự" in text
    assert "I Đảng ủy xã Nà Pài (02 điểm cầu) 165" in text
    assert "1 Hội trường Đảng ủy xã Nà Pài Lê Văn An 120" in text
    assert "2 Nhà văn hóa thôn Nà Mò Hà Thị Bình 45" in text
    assert "II Đảng ủy phường Đức Xuân (01 điểm cầu) 150" in text
    assert "Tổng cộng 315" in text
    assert "Đơn vị chưa báo cáo điểm cầu (01): Đảng ủy xã Cốc Đán." in text


def test_non_members_counted_by_group_and_guests_by_name_and_post(tmp_path: Path):
    data = sample_minutes()
    data.other_attendees = [GroupCount("Cán bộ, công chức xã không phải đảng viên", 21),
                            GroupCount("Đoàn viên thanh niên", 134), GroupCount("Hội viên", 0)]
    data.guests = [Person("Lê Quang Sơn", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
                   Person("Nông Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã")]
    _, text = _render(data, tmp_path)
    assert ("Người dự không phải đảng viên: 155 người (Cán bộ, công chức xã không phải đảng "
            "viên: 21 người; Đoàn viên thanh niên: 134 người).") in text
    assert "Hội viên" not in text
    assert ("Đại biểu mời dự (02 đồng chí): đồng chí Lê Quang Sơn, Trưởng Ban Tuyên giáo và "
            "Dân vận Tỉnh ủy; đồng chí Nông Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã.") in text


def test_nobody_absent_and_whole_rates(tmp_path: Path):
    data = sample_minutes(members=60, excused=0, absent_with_reason=0,
                          absent_without_reason=0)  # 57 full members, 3 probationary
    data.votes = [Vote("Thông qua Kế hoạch", in_favour=60)]
    _, text = _render(data, tmp_path)
    assert "Có mặt: 60/60 đồng chí, đạt 100%." in text
    assert "Vắng mặt: không có đồng chí nào vắng mặt." in text
    assert "tán thành 60/60 đồng chí, đạt 100%; không tán thành 0/60 đồng chí, chiếm 0%" in text
    assert "100,00%" not in text and "0,00%" not in text
    assert "Vắng mặt: 0" not in text and "00 đồng chí, trong đó" not in text
    assert "dự bị 03)" in text and " 00/" not in text and " 00 " not in text.replace("giờ 00", "")


def test_counts_are_padded_the_same_way_everywhere(tmp_path: Path):
    data = sample_minutes(members=120, excused=3, absent_with_reason=2,
                          absent_without_reason=0, speeches=4)
    _, text = _render(data, tmp_path)
    assert "miễn công tác và sinh hoạt đảng: 03 đồng chí" in text
    assert "Vắng mặt: 02 đồng chí, trong đó:" in text
    assert "+ Vắng có lý do: 02 đồng chí:" in text
    assert "+ Vắng không lý do: không có." in text
    assert "Hội nghị có 04 ý kiến phát biểu:" in text
    assert "được lập thành 02 bản." in text
    for unpadded in (": 3 đồng chí", ": 2 đồng chí", "có 4 ý kiến", "thành 2 bản"):
        assert unpadded not in text


def test_vote_base_is_the_members_present_not_the_votes_cast(tmp_path: Path):
    data = sample_minutes(members=120, excused=6, absent_with_reason=4, absent_without_reason=1)
    present = data.attendance.present  # 109
    data.votes = [Vote("Thông qua Kế hoạch", in_favour=100, against=2, other=1)]
    _, text = _render(data, tmp_path)
    assert (f"số đảng viên có mặt biểu quyết {present} đồng chí; tán thành 100/{present} đồng "
            "chí, đạt 91,74%; không tán thành 02/109 đồng chí, chiếm 1,83%") in text
    assert "100/103" not in text


def test_more_votes_than_members_present_is_refused():
    data = sample_minutes()
    data.votes = [Vote("Thông qua", in_favour=data.attendance.present + 1)]
    assert any("số phiếu biểu quyết thứ 1" in m for m in missing_fields(data))


def test_header_breaks_only_between_organ_and_place_and_date_line_stays_whole(tmp_path: Path):
    data = sample_minutes()
    data.issuer = Issuer(upper_body="Đảng bộ Thành phố Hồ Chí Minh",
                         body="Đảng ủy phường Bình Hưng Hòa Bắc Mở Rộng",
                         code="ĐU", place="Thành phố Hồ Chí Minh")
    data.date = dt.date(2026, 11, 28)
    data.chair = Person("Tôn Nữ Thị Phương Thảo Nguyên Khánh", "Bí thư Đảng ủy phường")
    target, _ = _render(data, tmp_path)
    lines = [squash(line) for line in pages_text(target)[0].splitlines()]
    assert "THÀNH PHỐ HỒ CHÍ MINH" in " ".join(lines)
    assert not any(line.endswith("HỒ CHÍ") for line in lines)
    assert not any(line == "MINH" or line.startswith("MINH ") for line in lines)
    assert any("PHƯỜNG BÌNH HƯNG HÒA BẮC MỞ RỘNG" in line for line in lines)
    drawn = runs(target, 0)
    date = [r for r in drawn if "ngày 28 tháng 11 năm 2026" in squash(r.text)]
    assert date and squash(date[0].text) == "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2026"
    last = [squash(line) for line in pages_text(target)[-1].splitlines()]
    assert "Tôn Nữ Thị Phương Thảo Nguyên Khánh" in last[-1]


def test_documents_are_named_by_kind_number_date_issuer(tmp_path: Path):
    data = sample_minutes()
    data.documents = [CONCLUSION_21]
    data.content = "Học tập, quán triệt nội dung cơ bản của 21-KL/TW."
    data.presentations = [dataclasses.replace(data.presentations[0],
                                              topic="Nội dung cơ bản của 21-KL/TW")]
    _, text = _render(data, tmp_path)
    named = "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"
    assert f"Học tập, quán triệt nội dung cơ bản của {named}." in text
    assert f"trình bày: Nội dung cơ bản của {named}." in text
    assert (f"- {named} về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.") in text
    assert "của 21-KL/TW" not in text
