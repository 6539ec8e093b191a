"""The upper level's consolidated study report over 100 units, against bare ReportLab.

Run from the repository root:  python -m bench.bench_consolidated_report [UNITS]

Setting up takes a minute or two: an upper register receives the packages of UNITS
(default 100) demo units made the real way (``sync.demo_units``: setup file, demo
records, export, import). Then, interleaved so that both see the same machine load,
the report is loaded from the register and drawn (``load_study_report`` +
``render_study_report``: what "Xem trước" does), and the baseline lays out exactly the
same text (every paragraph and table cell, as plain 14 pt paragraphs) in a bare
SimpleDocTemplate. Goal: under 5 s for 100 units.
"""
from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from models.db import open_database
from models.settings import get_settings, save_settings
from reports import loaders, study_report
from reports.data import PrintSettings
from reports.fonts import SERIF, register_fonts
from sync.demo_units import build_demo_units

REPEATS = 3


def _texts(flowables) -> list[str]:  # noqa: ANN001 (ReportLab flowables)
    out: list[str] = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f.text)
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    out += _texts(cell if isinstance(cell, list) else [cell])
        elif isinstance(f, KeepTogether):
            out += _texts(f._content)
    return out


def _baseline(texts: list[str]) -> int:
    style = ParagraphStyle("plain", fontName=SERIF, fontSize=14, leading=18)
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    doc.build([Paragraph(t, style) for t in texts])
    return doc.page


def main() -> None:
    units = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "cap-tren.db"
        db = open_database(path)
        t0 = time.perf_counter()
        build_demo_units(db, units, workdir=folder / "don-vi", members=120, years=1)
        print(f"{units} đơn vị mẫu nhận vào sổ cấp trên trong {time.perf_counter() - t0:.0f} s")
        settings = get_settings(db)
        settings.leader_name = settings.leader_name or "Hoàng Văn Quyết"
        save_settings(db, settings)
        today = dt.date.today()
        period = (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))

        def ours_once() -> tuple[int, object]:
            data = loaders.load_study_report(db, *period, number=21, consolidated=True)
            return study_report.render_study_report(data, folder / "bao-cao.pdf"), data

        pages, data = ours_once()  # warm-up; also the text for the baseline
        texts = _texts(study_report._story(data, PrintSettings()))
        ours, base = [], []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            pages, _ = ours_once()
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            base_pages = _baseline(texts)
            base.append(time.perf_counter() - t0)
    best, best_base = min(ours), min(base)
    print(f"Báo cáo tổng hợp: {len(data.unit_rows)} đơn vị, {len(texts)} đoạn văn bản")
    print(f"load + render (ours):      {best:.3f} s  ({pages} trang)")
    print(f"SimpleDocTemplate (bare):  {best_base:.3f} s  ({base_pages} trang)")
    print(f"ratio: {best / best_base:.2f}x  (goal: under 5 s for 100 units)")


if __name__ == "__main__":
    main()
