"""The upper level consolidates: a broadcast conference followed by three units counts
once with every unit's bridge points summed; the table of units shows who is silent."""
from __future__ import annotations

import datetime as dt

from models import indicators
from models.attendance import follow_conference
from models.conferences import (
    BridgePoint,
    Conference,
    ConferenceDetail,
    get_conference_detail,
    save_conference,
)
from models.documents import list_documents
from sync.consolidation import key_summary, unit_table
from sync.import_export import export_package, import_package
from tests.usb_helpers import add_members, unit_office, upper_office

TODAY = dt.date.today()


def test_broadcast_followed_by_three_units_counts_once(tmp_path):
    upper = upper_office(tmp_path)
    doc = list_documents(upper.db)[0]
    broadcast = save_conference(upper.db, ConferenceDetail(
        conference=Conference(kind="quan_triet", format="truc_tuyen", host_level="TU",
                              title="Hội nghị trực tuyến toàn tỉnh quán triệt 57-NQ/TW",
                              starts_at="2025-05-05T08:00"),
        document_uuids=[doc.uuid])).conference.uuid
    units = {}
    points = {"xa-a": [("Hội trường xã A", 120)],
              "xa-b": [("Hội trường xã B", 80), ("Nhà văn hóa thôn Bản Cầu", 30)],
              "xa-c": [("Hội trường xã C", 45)]}
    for folder, bridge in points.items():
        unit = unit_office(tmp_path, upper, folder, f"Đảng ủy {folder}", folder.upper())
        add_members(unit, "Chi bộ 1", ["Nguyễn Văn An", "Lường Thị Bình", "Hà Văn Cường"])
        follow_conference(unit.db, broadcast)
        detail = get_conference_detail(unit.db, broadcast)
        detail.bridge_points = [BridgePoint(name=n, attendees=a) for n, a in bridge]
        save_conference(unit.db, detail)
        units[folder] = unit

    for unit in units.values():
        written = export_package(unit.db, tmp_path / "usb")
        import_package(upper.db, written.target_path)

    everyone = indicators.compute_stats(upper.db)
    assert everyone["conferences"]["total"] == 1
    assert everyone["conferences"]["online"] == 1
    assert everyone["conferences"]["bridge_points"] == 4
    assert everyone["conferences"]["attendances"] == 120 + 80 + 30 + 45
    assert everyone["conferences"]["unique_attendees"] == 9
    (rate,) = everyone["study"]
    assert (rate["document"], rate["studied"], rate["eligible"]) == ("57-NQ/TW", 9, 9)
    unit_b = indicators.compute_stats(upper.db, unit=units["xa-b"].db.unit_uuid)
    assert unit_b["conferences"]["total"] == 1
    assert unit_b["conferences"]["attendances"] == 110
    # the upper level's conference went down once and came back as the same record
    assert len(upper.db.execute("SELECT * FROM conferences").fetchall()) == 1


def test_unit_table_shows_who_sent_and_who_is_silent(tmp_path):
    upper = upper_office(tmp_path)
    sender = unit_office(tmp_path, upper, "xa-a", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    unit_office(tmp_path, upper, "xa-b", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")
    add_members(sender, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    written = export_package(sender.db, tmp_path / "usb")
    report = import_package(upper.db, written.target_path)

    table = unit_table(upper.db, TODAY)

    assert [(s.name, s.silent) for s in table] == [
        ("Đảng ủy xã Bản Cầu", True), ("Đảng ủy xã Nà Pài", False)]
    silent, active = table
    assert silent.last_received is None and silent.status_text == "Chưa gửi gói nào"
    assert silent.fingerprint is None and silent.cells()[-2] == "—"
    assert silent.cells()[-1] == silent.uuid
    assert active.last_received == TODAY and active.days_since == 0
    assert active.counts["members"] == 2 and active.counts["chi_bo"] == 1
    assert active.fingerprint == report.sender_fingerprint
    assert active.cells()[0:3] == ["Đảng ủy xã Nà Pài", "ĐU Nà Pài", TODAY.strftime("%d/%m/%Y")]
    # 46 days later (the default limit is 45) the unit that sent is silent too
    later = unit_table(upper.db, TODAY + dt.timedelta(days=46))
    assert all(s.silent for s in later)
    assert "Im lặng 46 ngày" in [s.status_text for s in later]


def test_key_summary_lists_own_fingerprints_and_pinned_keys(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa-a", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    written = export_package(unit.db, tmp_path / "usb")
    report = import_package(upper.db, written.target_path)

    at_upper = key_summary(upper.db)
    at_unit = key_summary(unit.db)

    assert at_unit.signing_fingerprint == report.sender_fingerprint
    assert f"Đơn vị Đảng ủy xã Nà Pài: {report.sender_fingerprint}" in at_upper.lines()
    assert f"Cấp trên Đảng bộ tỉnh Thái Nguyên: {at_upper.signing_fingerprint}" in (
        at_unit.lines())
