"""Generated, realistic sample documents: for print previews of a blank register,
tests and benchmarks. Names are made up from common Vietnamese family, middle and
given names; the same arguments always give the same document.
"""
from __future__ import annotations

import datetime as dt
import random

from reports.data import (
    Absentee,
    ActionPlan,
    Attendance,
    BridgePoint,
    CellRate,
    ConferenceFormat,
    Issuer,
    Minutes,
    Person,
    PlanTask,
    Presentation,
    Section,
    Signature,
    SigninMember,
    SigninSheet,
    Speech,
    StudiedDocument,
    StudyReport,
    Vote,
)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương",
          "Lý", "Đinh", "Hà", "Lương", "Triệu", "Nông", "Mạc"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hữu", "Ngọc", "Thanh", "Xuân", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hoa", "Hùng", "Hương",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quý", "Sơn", "Tâm",
         "Thảo", "Thắng", "Thủy", "Trang", "Tuấn", "Uyên", "Việt", "Yến", "Ánh", "Đạt"]
CELL_KINDS = ["Chi bộ thôn Nà Tùm", "Chi bộ thôn Bản Chiêng", "Chi bộ thôn Khuổi Chủ",
              "Chi bộ Trường Tiểu học và Trung học cơ sở", "Chi bộ Trạm Y tế",
              "Chi bộ Quân sự", "Chi bộ Công an", "Chi bộ thôn Phiêng Lủng",
              "Chi bộ thôn Đồng Tâm", "Chi bộ Trường Mầm non"]
ABSENCE_REASONS = ["Ốm, điều trị tại bệnh viện", "Đi công tác", "Đi làm ăn xa",
                   "Việc gia đình (có đơn xin phép)", "Tham gia tập huấn của tỉnh"]
EXCUSE_REASONS = ["Tuổi cao, sức yếu", "Ốm dài ngày"]

ISSUER = Issuer(
    upper_body="Đảng bộ tỉnh Hải Dương",
    body="Đảng ủy xã Cẩm Giàng",
    code="ĐU",
    place="Cẩm Giàng",
)

RESOLUTION = StudiedDocument(
    kind="Nghị quyết",
    number="18-NQ/TW",
    issued_on=dt.date(2022, 6, 16),
    issuer="Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
    title="về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả "
          "quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có "
          "thu nhập cao",
)


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def cell_names(count: int) -> list[str]:
    """``count`` distinct chi bộ names."""
    names = []
    for i in range(count):
        base = CELL_KINDS[i % len(CELL_KINDS)]
        names.append(base if i < len(CELL_KINDS) else f"{base} {i // len(CELL_KINDS) + 1}")
    return names


def sample_minutes(*, members: int = 120, absent_with_reason: int = 4,
                   absent_without_reason: int = 1, excused: int = 6, bridge_points: int = 0,
                   speeches: int = 3, seed: int = 1) -> Minutes:
    """Minutes of a study conference of ``members`` members; online when bridge points."""
    rng = random.Random(seed)
    cells = cell_names(max(1, min(90, members // 28)))

    def absentee(reasons: list[str] | None) -> Absentee:
        return Absentee(person_name(rng), rng.choice(cells),
                        rng.choice(reasons) if reasons else "")

    att = Attendance(
        total_members=members,
        full_members=members - members // 20,
        probationary_members=members // 20,
        present=members - excused - absent_with_reason - absent_without_reason,
        excused=[absentee(EXCUSE_REASONS) for _ in range(excused)],
        absent_with_reason=[absentee(ABSENCE_REASONS) for _ in range(absent_with_reason)],
        absent_without_reason=[absentee(None) for _ in range(absent_without_reason)],
    )
    points = [
        BridgePoint(f"Điểm cầu {cells[i % len(cells)].removeprefix('Chi bộ ')}"
                    + (f" (phòng {i // len(cells) + 1})" if i >= len(cells) else ""),
                    person_name(rng), rng.randint(15, 60))
        for i in range(bridge_points)
    ]
    return Minutes(
        issuer=ISSUER,
        number=12,
        date=dt.date(2023, 3, 5),
        summary="Hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành "
                "Trung ương Đảng khóa XIII",
        start=dt.datetime(2023, 3, 5, 8, 0),
        end=dt.datetime(2023, 3, 5, 11, 30),
        venue="Hội trường Đảng ủy xã Cẩm Giàng",
        chair=Person("Nguyễn Văn Hùng", "Bí thư Đảng ủy xã"),
        minute_taker=Person("Trần Thị Mai", "Chuyên viên Văn phòng Đảng ủy"),
        format=ConferenceFormat.ONLINE if points else ConferenceFormat.IN_PERSON,
        host_level="Trung ương" if points else "",
        bridge_points=points,
        attendance=att,
        documents=[RESOLUTION],
        content="Hội nghị nhằm giúp cán bộ, đảng viên nắm vững mục tiêu, quan điểm, nhiệm vụ "
                "và giải pháp của Nghị quyết; trên cơ sở đó xây dựng chương trình hành động "
                "sát với tình hình thực tế của địa phương.",
        guests=[Person("Lê Quang Sơn", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân "
                                       "vận Tỉnh ủy")],
        presentations=[Presentation(Person("Phạm Đức Thắng", "Báo cáo viên Trung ương"),
                                    "Những nội dung cơ bản, cốt lõi của Nghị quyết số "
                                    "18-NQ/TW")],
        discussion=[
            Speech(Person(person_name(rng), "Bí thư chi bộ"),
                   "Nhất trí với nội dung quán triệt; đề nghị Đảng ủy sớm ban hành kế hoạch "
                   "thực hiện, phân công cụ thể cho từng chi bộ và có lộ trình kiểm tra, "
                   "đôn đốc hằng quý.")
            for _ in range(speeches)
        ],
        conclusion="Đồng chí chủ trì đánh giá cao tinh thần nghiêm túc của hội nghị; yêu cầu "
                   "các chi bộ tổ chức quán triệt đến từng đảng viên, hoàn thành việc học bù "
                   "trong tháng 3 năm 2023 và nộp bài thu hoạch đúng thời hạn.",
        votes=[Vote("Thông qua dự thảo Kế hoạch thực hiện Nghị quyết",
                    in_favour=att.present - 2, against=0, other=2)],
        copies=2,
    )


def sample_signin(*, members: int = 120, cells: int = 5, seed: int = 2) -> SigninSheet:
    rng = random.Random(seed)
    names = cell_names(cells)
    return SigninSheet(
        issuer=ISSUER,
        conference="Hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành "
                   "Trung ương Đảng khóa XIII",
        date=dt.date(2023, 3, 5),
        members=[SigninMember(person_name(rng), names[i * cells // members])
                 for i in range(members)],
    )


def sample_plan(*, tasks: int = 6) -> ActionPlan:
    leads = ["Ban Xây dựng Đảng", "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc xã",
             "Văn phòng Đảng ủy", "Các chi bộ trực thuộc"]
    contents = [
        "Tổ chức quán triệt Nghị quyết đến 100% cán bộ, đảng viên; tổ chức học bù cho "
        "đảng viên vắng mặt",
        "Rà soát, điều chỉnh quy hoạch sử dụng đất của xã phù hợp với quy hoạch tỉnh",
        "Tuyên truyền Nghị quyết trên hệ thống truyền thanh cơ sở và trang thông tin điện tử",
        "Kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ",
        "Giải quyết dứt điểm các vụ việc tranh chấp, khiếu nại về đất đai tồn đọng",
        "Sơ kết 02 năm thực hiện Kế hoạch",
    ]
    outputs = ["Báo cáo kết quả", "Quyết định phê duyệt", "Tin, bài; chương trình phát thanh",
               "Thông báo kết quả kiểm tra", "Báo cáo; biên bản hòa giải", "Báo cáo sơ kết"]
    deadlines: list[dt.date | str] = ["Quý I/2023", dt.date(2023, 9, 30), "Thường xuyên",
                                      dt.date(2023, 12, 15), "Năm 2023-2024",
                                      dt.date(2024, 12, 31)]
    return ActionPlan(
        issuer=ISSUER,
        number=25,
        date=dt.date(2023, 3, 20),
        kind="Kế hoạch",
        type_code="KH",
        summary="Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng "
                "khóa XIII",
        intro=[Section("Mục đích, yêu cầu", [
            "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả Nghị quyết số "
            "18-NQ/TW; tạo sự thống nhất cao trong nhận thức và hành động của cán bộ, đảng "
            "viên và nhân dân.",
            "Xác định rõ nhiệm vụ, trách nhiệm của các chi bộ, cơ quan, đơn vị; bảo đảm "
            "tiến độ, chất lượng, gắn với kiểm tra, giám sát.",
        ])],
        tasks=[PlanTask(contents[i % len(contents)], leads[i % len(leads)],
                        leads[(i + 1) % len(leads)], deadlines[i % len(deadlines)],
                        outputs[i % len(outputs)]) for i in range(tasks)],
        closing=[Section("Tổ chức thực hiện", [
            "Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng chương trình, kế hoạch của "
            "đơn vị; định kỳ 6 tháng, 01 năm báo cáo kết quả về Đảng ủy (qua Văn phòng "
            "Đảng ủy).",
            "Văn phòng Đảng ủy theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo Ban "
            "Thường vụ Đảng ủy.",
        ])],
        signer=Signature("Bí thư", "Nguyễn Văn Hùng", on_behalf_of="Đảng ủy"),
        recipients=["Ban Thường vụ Tỉnh ủy (để báo cáo)",
                    "Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo)",
                    "Các chi bộ trực thuộc (để thực hiện)", "Lưu Văn phòng Đảng ủy"],
    )


def sample_report(*, cells: int = 12, seed: int = 3) -> StudyReport:
    rng = random.Random(seed)
    rates = []
    for name in cell_names(cells):
        eligible = rng.randint(18, 140)
        studied = eligible if rng.random() < 0.5 else eligible - rng.randint(1, eligible // 6)
        rates.append(CellRate(name, eligible, studied))
    eligible = sum(c.eligible for c in rates)
    studied = sum(c.studied for c in rates)
    return StudyReport(
        issuer=ISSUER,
        number=40,
        date=dt.date(2023, 6, 20),
        summary="Kết quả học tập, quán triệt các nghị quyết, chỉ thị của Đảng 6 tháng đầu "
                "năm 2023",
        period="Từ đầu năm đến nay",
        signer=Signature("Phó Bí thư", "Lê Thị Thu Hằng", on_behalf_of="Đảng ủy",
                         deputy_for="Bí thư"),
        members_eligible=eligible,
        members_studied=studied,
        conferences_online=18,
        attendances=16_100,
        members_excused=eligible // 10,
        make_up_sessions=5,
        make_up_members=46,
        others_eligible=210,
        others_studied=200,
        reflections_handed_in=studied - 12,
        reflections_expected=studied,
        reflection_grades=[("Tốt", studied // 3), ("Khá", studied // 2),
                           ("Đạt", studied - 12 - studied // 3 - studied // 2 - 3),
                           ("Chưa đạt", 3)],
        plans_issued=3,
        tasks_done=12,
        tasks_in_progress=6,
        tasks_not_started=2,
        tasks_overdue=2,
        documents=[RESOLUTION],
        cells=rates,
        sections=[
            Section("Đánh giá chung", [
                "Việc học tập, quán triệt được tiến hành nghiêm túc, đúng kế hoạch; hình "
                "thức trực tuyến giúp tiết kiệm thời gian, kinh phí.",
                "Một số chi bộ thôn còn tỷ lệ đảng viên tham dự chưa cao do đảng viên đi "
                "làm ăn xa; việc học bù có nơi còn chậm.",
            ]),
            Section("Phương hướng thời gian tới", [
                "Tiếp tục tổ chức học bù cho đảng viên vắng mặt; nâng cao chất lượng bài thu "
                "hoạch; kiểm tra việc xây dựng chương trình hành động ở các chi bộ.",
            ]),
        ],
        recipients=["Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo)",
                    "Các đồng chí Đảng ủy viên", "Lưu Văn phòng Đảng ủy"],
    )
