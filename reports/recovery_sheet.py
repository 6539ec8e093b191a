"""The recovery code on one A4 page, to print once and keep in the office safe."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from reports import frame
from reports.data import PrintSettings
from reports.fonts import SERIF_BOLD
from reports.frame import body, para, text

GROUPS_PER_ROW = 4

INSTRUCTIONS = (
    "Sổ Nghị quyết trên máy tính được mã hoá. Máy tính tự giữ khóa của sổ nên hằng ngày "
    "không phải nhập gì. Mã khôi phục dưới đây là khóa đó, viết ra giấy.",
    "Khi máy hỏng hoặc chuyển sang máy mới: cài Sổ Nghị quyết trên máy mới, chọn "
    "Sao lưu và khôi phục → Khôi phục từ tệp…, chọn bản sao lưu (trong USB), rồi nhập "
    "mã này khi chương trình hỏi. Không có mã này thì không ai mở được bản sao lưu, kể cả "
    "người có USB.",
    "Cất tờ này trong tủ hồ sơ mật của văn phòng; không chụp ảnh, không lưu trên máy tính. "
    "Ai có cả tờ này và bản sao lưu thì đọc được sổ.",
)


def render_recovery_sheet(
    code: str, unit_name: str, made_on: dt.date, target: Path | str,
    settings: PrintSettings | None = None,
) -> int:
    """Write the sheet to ``target``; returns its page count (one)."""
    settings = settings or PrintSettings()
    groups = code.split("-")
    rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
    rows[-1] += [""] * (GROUPS_PER_ROW - len(rows[-1]))
    grid = Table(rows, colWidths=[32 * mm] * GROUPS_PER_ROW, rowHeights=[12 * mm] * len(rows),
                 hAlign="CENTER")
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF_BOLD, 20),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ]))
    story = [
        *frame.title("Mã khôi phục", "Sổ Nghị quyết của " + (unit_name or "đơn vị")),
        Spacer(1, 6 * mm),
        grid,
        Spacer(1, 6 * mm),
        *[body(line) for line in INSTRUCTIONS],
        Spacer(1, 6 * mm),
        para(text(f"Lập ngày {made_on:%d/%m/%Y}. Người giữ: ........................"),
             "body_left"),
    ]
    return frame.render_pdf(target, story, settings, doc_title="Mã khôi phục Sổ Nghị quyết",
                            author=unit_name or "Sổ Nghị quyết")
