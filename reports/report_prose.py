"""The first draft of a study report's prose, written from its figures.

Assessment (strengths, shortcomings), causes, directions and proposals say what the
figures say: the chi bộ (or units) below the target, the tasks overdue, the
reflections missing or graded "Chưa đạt", the absentees not caught up, the units
that did not report. The clerk edits this draft in the window before printing; the
edited text is kept with the report (``models.report_texts``).
"""
from __future__ import annotations

from models.vntext import rate_percent
from reports.data import StudyReport
from reports.phrases import count, percent

STRENGTHS = "Ưu điểm"
SHORTCOMINGS = "Hạn chế"
CAUSES = "Nguyên nhân"
DIRECTIONS = "Phương hướng, nhiệm vụ thời gian tới"
PROPOSALS = "Kiến nghị, đề xuất"
PROSE_PARTS = (STRENGTHS, SHORTCOMINGS, CAUSES, DIRECTIONS, PROPOSALS)
FAILING_GRADE = "Chưa đạt"
NAMED = 8  # below-target chi bộ or units named in the text; more are counted


def _below_target(data: StudyReport, target: float) -> list[tuple[str, float]]:
    """(name, rate) of the chi bộ, or at the upper level the units, under the target."""
    rows = ([(u.name, u.eligible, u.studied) for u in data.unit_rows] if data.unit_rows
            else [(c.chi_bo, c.eligible, c.studied) for c in data.cells])
    below = []
    for name, eligible, studied in rows:
        rate = rate_percent(studied, eligible)
        if rate is not None and rate < target:
            below.append((name.strip(), rate))
    return sorted(below, key=lambda item: item[1])


def _named(items: list[tuple[str, float]]) -> str:
    shown = "; ".join(f"{name} ({percent(rate)})" for name, rate in items[:NAMED])
    if len(items) > NAMED:
        shown += f" và {count(len(items) - NAMED)} nơi khác"
    return shown


def draft_prose(data: StudyReport) -> dict[str, list[str]]:
    """Paragraphs for each part of PROSE_PARTS, from the report's figures."""
    target = data.target_rate or 95.0
    level = "đơn vị" if data.unit_rows else "chi bộ"
    who = data.issuer.committee.strip() or "Đảng ủy"
    # A period is judged by the studies owed (each member, each document) when known.
    rate = (rate_percent(data.studies_done or 0, data.studies_owed) if data.studies_owed
            else rate_percent(data.members_studied, data.members_eligible))
    below = _below_target(data, target)
    overdue = data.tasks_overdue or 0
    missing_refl = max((data.reflections_expected or 0) - (data.reflections_handed_in or 0), 0)
    failing = sum(n for g, n in data.reflection_grades if g.strip() == FAILING_GRADE)
    not_caught_up = data.absent_not_caught_up or 0

    strengths = [
        f"{who} đã quan tâm lãnh đạo, chỉ đạo việc học tập, quán triệt, triển khai thực "
        "hiện các nghị quyết, chỉ thị của Đảng; các hội nghị được tổ chức đúng hướng dẫn, "
        "kết hợp hình thức trực tiếp và trực tuyến, mở rộng đối tượng tham dự."]
    held = data.conferences_in_person + data.conferences_online + data.conferences_hybrid
    if held:
        line = f"Trong kỳ đã tổ chức {count(held)} hội nghị"
        if data.attendances:
            line += f", phục vụ {count(data.attendances)} lượt người nghe"
        if rate is not None:
            line += f"; tỷ lệ đảng viên được học tập đạt {percent(rate)}"
            line += (f", đạt mục tiêu {percent(target)}" if rate >= target
                     else f", chưa đạt mục tiêu {percent(target)}")
        strengths.append(line + ".")
    total_cells = len(data.unit_rows) if data.unit_rows else len(data.cells)
    if total_cells and len(below) < total_cells:
        strengths.append(f"Có {count(total_cells - len(below))}/{count(total_cells)} {level} "
                         f"đạt tỷ lệ đảng viên được học tập từ {percent(target)} trở lên.")
    if data.channels:
        reach = sum(c.reach for c in data.channels)
        acts = sum(c.activities for c in data.channels)
        strengths.append(f"Công tác tuyên truyền được thực hiện qua {count(len(data.channels))} "
                         f"kênh với {count(acts)} hoạt động, tiếp cận "
                         f"{count(reach)} lượt người.")
    if data.tasks_done:
        strengths.append(f"Đã hoàn thành {count(data.tasks_done)} nhiệm vụ trong các "
                         "chương trình, kế hoạch hành động.")

    shortcomings: list[str] = []
    causes: list[str] = []
    directions: list[str] = []
    if below:
        shortcomings.append(f"Còn {count(len(below))} {level} có tỷ lệ đảng viên được học "
                            f"tập dưới mục tiêu {percent(target)}: {_named(below)}.")
    if not_caught_up:
        shortcomings.append(f"Còn {count(not_caught_up)} lượt đảng viên vắng mặt chưa "
                            "được học bù.")
    if below or not_caught_up:
        causes.append("Một bộ phận đảng viên cao tuổi, sức yếu hoặc đi làm ăn xa, chưa bố trí "
                      "được thời gian học tập; việc tổ chức học bù ở một số nơi chưa kịp thời.")
        directions.append(
            "Tổ chức học bù cho "
            + (f"{count(not_caught_up)} lượt đảng viên chưa được học tập"
               if not_caught_up else "đảng viên chưa được học tập")
            + f"; phấn đấu 100% {level} đạt tỷ lệ đảng viên được học tập từ "
            f"{percent(target)} trở lên.")
    if overdue:
        shortcomings.append(f"Có {count(overdue)} nhiệm vụ trong các chương trình, kế "
                            "hoạch hành động đã quá thời hạn nhưng chưa hoàn thành.")
        causes.append("Một số cơ quan, chi bộ được giao chủ trì chưa chủ động; việc kiểm tra, "
                      "đôn đốc thực hiện chương trình, kế hoạch chưa thường xuyên.")
        directions.append(f"Rà soát, đôn đốc hoàn thành {count(overdue)} nhiệm vụ quá "
                          "hạn; phân công rõ người chịu trách nhiệm và thời hạn hoàn thành.")
    if missing_refl or failing:
        parts = []
        if missing_refl:
            parts.append(f"còn {count(missing_refl)} bài thu hoạch chưa nộp")
        if failing:
            parts.append(f"{count(failing)} bài xếp loại “{FAILING_GRADE}”")
        shortcomings.append("Việc viết bài thu hoạch chưa nghiêm: " + ", ".join(parts) + ".")
        causes.append("Việc thu, chấm bài thu hoạch chưa được quan tâm đúng mức; một số đảng "
                      "viên chưa nghiêm túc nghiên cứu, viết bài thu hoạch.")
        directions.append("Thu đủ bài thu hoạch"
                          + (f" ({count(missing_refl)} bài còn thiếu)" if missing_refl
                             else "")
                          + "; hướng dẫn đảng viên có bài chưa đạt viết lại.")
    if data.silent_units:
        shortcomings.append(f"Còn {count(len(data.silent_units))} đơn vị chưa gửi số liệu: "
                            + "; ".join(data.silent_units[:NAMED])
                            + ("…" if len(data.silent_units) > NAMED else "") + ".")
        causes.append("Một số đơn vị chưa thực hiện nghiêm chế độ báo cáo định kỳ.")
        directions.append("Đôn đốc các đơn vị chưa gửi số liệu hoàn thành báo cáo.")
    if not shortcomings:
        shortcomings.append("Qua số liệu theo dõi, không có " + level + " dưới mục tiêu, "
                            "nhiệm vụ quá hạn hay bài thu hoạch còn thiếu; cần duy trì kết quả.")
        causes.append("Cấp ủy quan tâm lãnh đạo, chỉ đạo sát sao; đảng viên chấp hành nghiêm.")
    directions.append("Tiếp tục đổi mới hình thức học tập, quán triệt, nhân rộng điểm cầu "
                      "trực tuyến; đẩy mạnh tuyên truyền nghị quyết trên các kênh, nhất là "
                      "hệ thống truyền thanh cơ sở và mạng xã hội.")
    proposals = ["Đề nghị cấp trên tiếp tục cung cấp tài liệu học tập kịp thời, hỗ trợ trang "
                 "thiết bị cho các điểm cầu trực tuyến và tổ chức tập huấn cho đội ngũ báo cáo "
                 "viên, tuyên truyền viên cơ sở."]
    return {STRENGTHS: strengths, SHORTCOMINGS: shortcomings, CAUSES: causes,
            DIRECTIONS: directions, PROPOSALS: proposals}
