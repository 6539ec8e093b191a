"""The report's tables as an Excel workbook (per document, per chi bộ, per
channel, per unit), with real numbers, for offices that send figures up in Excel."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sheets import FORMAT_PERCENT, SheetSpec, write_workbook


def _ratio(studied: int, eligible: int) -> float | None:
    return studied / eligible if eligible else None


def stats_workbook(
    target: Path,
    stats: dict[str, Any],
    by_chi_bo: list[dict[str, Any]],
    units: list[dict[str, Any]] | None = None,
) -> Path:
    """Write ``compute_stats`` figures and the per-chi-bộ table to ``target`` (.xlsx)."""
    conf = stats["conferences"]
    sheets = [
        SheetSpec(
            title="Tổng hợp",
            headers=["Chỉ tiêu", "Số lượng"],
            rows=[
                ["Hội nghị", conf["total"]],
                ["Hội nghị trực tiếp", conf["in_person"]],
                ["Hội nghị trực tuyến", conf["online"]],
                ["Hội nghị kết hợp", conf["hybrid"]],
                ["Điểm cầu trực tuyến", conf["bridge_points"]],
                ["Lượt người tham dự", conf["attendances"]],
                ["Đảng viên khác nhau có mặt", conf["unique_attendees"]],
                ["Kế hoạch, chương trình hành động", stats["plans"]["total"]],
                ["Nhiệm vụ hoàn thành", stats["plans"]["tasks_done"]],
                ["Nhiệm vụ đang thực hiện", stats["plans"]["tasks_in_progress"]],
                ["Nhiệm vụ quá hạn", stats["plans"]["tasks_overdue"]],
                ["Bài thu hoạch phải nộp", stats["reflections"]["expected"]],
                ["Bài thu hoạch đã nộp", stats["reflections"]["submitted"]],
            ],
        ),
        SheetSpec(
            title="Theo văn bản",
            headers=["Văn bản", "Trích yếu", "Phải học", "Đã học", "Miễn sinh hoạt", "Tỷ lệ"],
            rows=[
                [r["document"], r["title"], r["eligible"], r["studied"], r["excused"],
                 _ratio(r["studied"], r["eligible"])]
                for r in stats["study"]
            ],
            number_formats={"Tỷ lệ": FORMAT_PERCENT},
        ),
        SheetSpec(
            title="Theo chi bộ",
            headers=["Chi bộ", "Phải học", "Đã học", "Miễn sinh hoạt", "Tỷ lệ"],
            rows=[
                [c["chi_bo"], c["eligible"], c["studied"], c["excused"],
                 _ratio(c["studied"], c["eligible"])]
                for c in by_chi_bo
            ],
            number_formats={"Tỷ lệ": FORMAT_PERCENT},
        ),
        SheetSpec(
            title="Tuyên truyền",
            headers=["Hình thức", "Số hoạt động", "Số lượng", "Số người"],
            rows=[[name, v["activities"], v["quantity"], v["reach"]]
                  for name, v in stats["outreach"].items()],
        ),
    ]
    if units:
        sheets.append(SheetSpec(
            title="Theo đơn vị",
            headers=["Đơn vị", "Hội nghị", "Lượt người", "Phải học", "Đã học", "Tỷ lệ"],
            rows=[[u["name"], u["conferences"], u["attendances"], u["eligible"], u["studied"],
                   _ratio(u["studied"], u["eligible"])] for u in units],
            number_formats={"Tỷ lệ": FORMAT_PERCENT},
        ))
    return write_workbook(target, sheets)
