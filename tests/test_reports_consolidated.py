"""The upper level's consolidated report: a line per unit, equal to each unit's own
figures, silent units named, the same sections as a unit's report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import indicators, report_figures
from models.db import open_database
from models.exchange_units import list_units
from reports import loaders
from reports.study_report import render_study_report
from sync.demo_units import build_demo_units
from sync.enrolment import setup_unit
from tests.reports_pdf import all_text

UNTIL = dt.date(2026, 11, 25)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def upper(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cap-tren")
    path = folder / "cap-tren" / "so.db"
    path.parent.mkdir()
    db = open_database(path)
    build_demo_units(db, 4, workdir=folder / "don-vi", members=60, until=UNTIL)
    # A unit set up but never heard from.
    (folder / "usb").mkdir()
    setup_unit(db, folder / "usb", name="Đảng ủy xã Cốc Đán", abbr="ĐU CĐ")
    yield db
    db.conn.close()


def test_each_units_line_equals_its_own_figures(upper):
    scope = indicators.make_scope(upper, *YEAR)
    units = [(u.uuid, u.name, u.last_package_at) for u in list_units(upper, role="unit")]
    lines = report_figures.unit_lines(upper, scope, units, UNTIL)
    assert len(lines) == 5
    for line in lines:
        own = indicators.make_scope(upper, *YEAR, line.unit_uuid)
        indicators.prepare_study_base(upper, own)
        conf = indicators.conference_counts(upper, own)
        refl = indicators.reflection_counts(upper, own, prepared=True)
        plans = indicators.plan_counts(upper, own, UNTIL)
        # The study base now holds this unit's studies only.
        own_pairs = report_figures.pair_rates(upper, "unit").get(line.unit_uuid, (0, 0))
        assert (line.held + line.followed, line.bridge_points, line.attendances) == \
            (conf["total"], conf["bridge_points"], conf["attendances"]), line.name
        assert (line.reflections_due, line.reflections_in) == \
            (refl["expected"], refl["submitted"]), line.name
        assert (line.plans, line.tasks_overdue) == (plans["total"], plans["tasks_overdue"])
        assert (line.eligible, line.studied) == own_pairs, line.name


def test_consolidated_report_names_the_silent_and_lists_every_unit(upper, tmp_path: Path):
    data = loaders.load_study_report(upper, *YEAR, number=21, date=UNTIL, today=UNTIL,
                                     consolidated=True)
    assert data.silent_units == ["Đảng ủy xã Cốc Đán"]
    target = tmp_path / "bc.pdf"
    render_study_report(data, target)
    text = all_text(target)
    assert "3. Kết quả theo từng đơn vị Có 04/05 đơn vị đã báo cáo số liệu trong kỳ." in text
    for row in data.unit_rows:
        assert row.name in text
    assert "Cốc Đán 0 0/0 0 0 - 0 - Chưa gửi" in text
    assert "Các đơn vị chưa báo cáo (01): Đảng ủy xã Cốc Đán." in text
    assert "Còn 01 đơn vị chưa gửi số liệu: Đảng ủy xã Cốc Đán." in text
    assert "Văn bản của cấp ủy các đơn vị" in text  # the units' own, in one line
    for part in ("I. ĐẶC ĐIỂM TÌNH HÌNH", "III. ĐÁNH GIÁ CHUNG",
                 "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. KIẾN NGHỊ, ĐỀ XUẤT"):
        assert part in text
    # A chosen set of units: only theirs.
    chosen = [u.uuid for u in list_units(upper, role="unit")][:2]
    two = loaders.load_study_report(upper, *YEAR, number=22, date=UNTIL, today=UNTIL,
                                    consolidated=True, units=chosen)
    assert [r.name for r in two.unit_rows] == [r.name for r in data.unit_rows[:2]]
    assert two.silent_units == []
    assert two.members_eligible < data.members_eligible
