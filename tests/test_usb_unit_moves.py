"""A unit moves to another upper level (as thousands did in 2025): the new upper level
sets it up with its old code, the unit takes the new setup file after a person
approves the new upper level, and its first package brings its whole history (with
the old upper level's conferences it followed); the old upper level keeps its past
figures and shows it as moved."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from models import exchange_units, indicators
from models.attendance import follow_conference
from models.conferences import Conference, ConferenceDetail, save_conference
from models.import_plan import ExchangeError
from sync.consolidation import unit_table
from sync.enrolment import apply_setup_file, setup_unit
from sync.import_export import export_package, import_package
from tests.usb_helpers import add_members, unit_office, upper_office


def test_a_unit_moves_to_another_upper_level_with_its_history(tmp_path):
    old = upper_office(tmp_path / "cu")
    broadcast = save_conference(old.db, ConferenceDetail(conference=Conference(
        kind="quan_triet", format="truc_tuyen", title="Hội nghị trực tuyến tỉnh cũ",
        starts_at="2025-05-05T08:00"))).conference.uuid
    unit = unit_office(tmp_path, old, "xa", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    follow_conference(unit.db, broadcast)
    stick = tmp_path / "usb"
    first = export_package(unit.db, stick)
    import_package(old.db, first.target_path)
    unit_id = unit.db.execute("SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0]
    before = indicators.compute_stats(old.db, unit=unit_id)

    # The old upper level marks it moved; its figures stay.
    exchange_units.mark_moved(old.db, unit_id, "Tỉnh ủy Bắc Kạn", "2025-07-01")
    moved = next(s for s in unit_table(old.db, dt.date(2025, 8, 1)) if s.uuid == unit_id)
    assert moved.moved and not moved.silent and moved.followed == 1
    assert indicators.compute_stats(old.db, unit=unit_id) == before

    # The new upper level sets it up with the code it already has.
    new = upper_office(tmp_path / "moi")
    shutil.rmtree(stick)
    stick.mkdir()
    issued = setup_unit(new.db, stick, name="Đảng ủy xã Nà Pài", abbr="ĐU Nà Pài",
                        unit_uuid=unit_id, moved_in=True)
    assert issued.unit_uuid == unit_id
    with pytest.raises(ExchangeError) as refused:
        apply_setup_file(unit.db, issued.written.target_path)
    assert "cấp trên mới" in str(refused.value) and "--approve-new-key" in str(refused.value)
    report = apply_setup_file(unit.db, issued.written.target_path,
                              approve_new_key=True)
    assert report.applied

    # Its first package to the new upper level is whole, history included.
    package = export_package(unit.db, stick)
    assert not package.changes_only
    import_package(new.db, package.target_path)
    assert new.db.execute("SELECT COUNT(*) FROM members WHERE owner_unit = ?",
                          [unit_id]).fetchone()[0] == 2
    after = indicators.compute_stats(new.db, unit=unit_id)
    assert after["conferences"] == before["conferences"]
    assert after["conferences"]["total"] == 1


def test_a_package_cannot_carry_another_units_records(tmp_path):
    upper = upper_office(tmp_path)
    one = unit_office(tmp_path, upper, "xa-a", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    other = unit_office(tmp_path, upper, "xa-b", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")
    conference = save_conference(other.db, ConferenceDetail(conference=Conference(
        kind="hoc_tap", format="truc_tiep", title="Hội nghị của xã khác",
        starts_at="2025-05-05T08:00"))).conference.uuid
    stick = tmp_path / "usb"
    import_package(upper.db, export_package(other.db, stick).target_path)
    # The first unit somehow holds the other's conference and attendance at it.
    row = other.db.execute("SELECT * FROM conferences WHERE uuid = ?", [conference]).fetchone()
    names = [d[0] for d in other.db.execute("SELECT * FROM conferences LIMIT 0").description]
    values = dict(zip(names, row, strict=True))
    values.pop("id")
    with one.db.atomic():
        one.db.execute(f"INSERT INTO conferences ({', '.join(values)}) VALUES "
                       f"({', '.join('?' for _ in values)})", list(values.values()))
    add_members(one, "Chi bộ", ["Nguyễn Văn An"])
    follow_conference(one.db, conference)
    package = export_package(one.db, stick)
    with pytest.raises(ExchangeError) as refused:
        import_package(upper.db, package.target_path)
    assert "đơn vị khác trong sổ" in str(refused.value)
