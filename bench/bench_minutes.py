"""Minutes of a 2,500-member conference with 90 bridge points, against bare ReportLab.

Run from the repository root:  python -m bench.bench_minutes

The baseline lays out exactly the same text (every paragraph and every table cell of
the minutes, as plain 14 pt paragraphs) in a bare SimpleDocTemplate, once, in the same
run; the ratio is what the frame costs on top (tables, header, the second layout pass
that fills in "Biên bản gồm … trang"). Goal: within 3x, under a second.
"""
from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table

from reports import minutes
from reports.data import PrintSettings
from reports.fonts import SERIF, register_fonts
from reports.frame import PageCountParagraph
from reports.samples import sample_minutes

REPEATS = 5


def _texts(flowables: Iterable[Flowable]) -> list[str]:
    """The markup of every paragraph, inside tables and keep-together groups too."""
    out: list[str] = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f.text)
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    out += _texts(cell if isinstance(cell, list) else [cell])
        elif isinstance(f, PageCountParagraph):
            out.append(f.make_text(20))
        elif isinstance(f, KeepTogether):
            out += _texts(f._content)
    return out


def _baseline(texts: list[str]) -> int:
    style = ParagraphStyle("plain", fontName=SERIF, fontSize=14, leading=18)
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    doc.build([Paragraph(t, style) for t in texts])
    return doc.page


def main() -> None:
    register_fonts()
    absent_with, absent_without, excused = 140, 25, 250
    data = sample_minutes(  # 2,500 present
        members=2500 + absent_with + absent_without + excused, excused=excused,
        absent_with_reason=absent_with, absent_without_reason=absent_without,
        bridge_points=90, speeches=12)
    att = data.attendance
    texts = _texts(minutes._story(data, PrintSettings()))
    print(f"Biên bản: {att.total_members} đảng viên, {att.present} có mặt, "
          f"{len(att.absent_with_reason)} vắng có lý do, "
          f"{len(att.absent_without_reason)} vắng không lý do, {len(att.excused)} miễn, "
          f"{len(data.bridge_points)} điểm cầu; {len(texts)} đoạn văn bản")

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bien-ban.pdf"
        ours, base = [], []
        for _ in range(REPEATS):  # interleaved, so both see the same machine load
            t0 = time.perf_counter()
            pages = minutes.render_minutes(data, target)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            base_pages = _baseline(texts)
            base.append(time.perf_counter() - t0)
        size = target.stat().st_size

    best, best_base = min(ours), min(base)
    print(f"render_minutes:           {best:.3f} s  ({pages} trang, {size // 1024} KiB)")
    print(f"SimpleDocTemplate (bare): {best_base:.3f} s  ({base_pages} trang)")
    print(f"ratio: {best / best_base:.2f}x  (goal: within 3x and under 1 s)")


if __name__ == "__main__":
    main()
