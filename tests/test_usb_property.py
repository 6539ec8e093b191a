"""Random edits in several units, exported at random moments, imported at the upper
level in any order and with repeats: the upper level ends up holding exactly what
each unit holds now. Importing any package again afterwards changes nothing."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.conferences import (
    Conference,
    ConferenceDetail,
    delete_conference,
    get_conference_detail,
    list_conferences,
    save_conference,
)
from models.organisation import (
    ChiBo,
    Member,
    delete_member,
    get_member,
    list_chi_bo,
    list_members,
    restore_member,
    save_chi_bo,
    save_member,
)
from sync.import_export import export_package, import_package
from tests.usb_helpers import Office, dump, owned_dump, unit_office, upper_office

NAMES = ["Nguyễn Văn An", "Lường Thị Bình", "Hà Văn Cường", "Đặng Thị Dung", "Nông Văn Ê"]
OPERATIONS = ("add_member", "rename_member", "delete_member", "restore_member",
              "add_conference", "swap_numbers", "delete_conference", "export")


def _members(office: Office, deleted: bool) -> list[Member]:
    if not deleted:
        return [m for m in list_members(office.db)
                if m.owner_unit == office.db.unit_uuid]
    rows = office.db.execute("SELECT uuid FROM members WHERE deleted = 1 ORDER BY id")
    return [get_member(office.db, uuid) for (uuid,) in rows.fetchall()]


def _conferences(office: Office) -> list[Conference]:
    return [c for c in list_conferences(office.db)
            if c.owner_unit == office.db.unit_uuid]


def apply_operation(office: Office, operation: str, pick: int, packages: list[Path],
                    stick: Path) -> None:
    db = office.db
    if operation == "add_member":
        cells = list_chi_bo(db) or [save_chi_bo(db, ChiBo(name="Chi bộ thôn Nà Pài"))]
        save_member(db, Member(chi_bo_uuid=cells[pick % len(cells)].uuid,
                               full_name=NAMES[pick % len(NAMES)]))
    elif operation == "rename_member" and (live := _members(office, False)):
        member = live[pick % len(live)]
        member.full_name = f"{NAMES[pick % len(NAMES)]} {pick}"
        save_member(db, member)
    elif operation == "delete_member" and (live := _members(office, False)):
        delete_member(db, live[pick % len(live)].uuid)
    elif operation == "restore_member" and (gone := _members(office, True)):
        restore_member(db, gone[pick % len(gone)].uuid)
    elif operation == "add_conference":
        numbers = {c.reg_number for c in _conferences(office)}
        save_conference(db, ConferenceDetail(conference=Conference(
            kind="hoc_tap", format="truc_tiep", title=f"Hội nghị {pick}",
            starts_at="2025-03-05T08:00", term="2025-2030",
            reg_number=max(numbers | {0}) + 1)))
    elif operation == "swap_numbers" and len(held := _conferences(office)) >= 2:
        first, second = held[pick % len(held)], held[(pick + 1) % len(held)]
        a, b = first.reg_number, second.reg_number
        for conf, number in ((first, 999), (second, a), (first, b)):
            detail = get_conference_detail(db, conf.uuid)
            detail.conference.reg_number = number
            save_conference(db, detail)
    elif operation == "delete_conference" and (held := _conferences(office)):
        delete_conference(db, held[pick % len(held)].uuid)
    elif operation == "export":
        packages.append(export_package(db, stick).target_path)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    unit_count=st.integers(2, 3),
    edits=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(OPERATIONS),
                             st.integers(0, 50), st.booleans()), max_size=25),
    data=st.data(),
)
def test_units_converge_at_the_upper_level(unit_count, edits, data):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        upper = upper_office(root)
        units = [unit_office(root, upper, f"xa-{i}", f"Đảng ủy xã số {i + 1}", f"ĐU {i + 1}")
                 for i in range(unit_count)]
        packages: list[Path] = []
        for index, operation, pick, then_export in edits:
            unit = units[index % unit_count]
            apply_operation(unit, operation, pick, packages, root / "usb")
            if then_export:
                apply_operation(unit, "export", pick, packages, root / "usb")
        for unit in units:  # every unit's latest state is sent at least once
            packages.append(export_package(unit.db, root / "usb").target_path)
        repeats = data.draw(st.lists(st.sampled_from(packages), max_size=4), label="repeats")
        order = data.draw(st.permutations(packages + repeats), label="order")

        for package in order:
            import_package(upper.db, package)

        for unit in units:
            owner = unit.db.unit_uuid
            assert owned_dump(upper.db, owner) == owned_dump(unit.db, owner)
        settled = dump(upper.db)
        again = data.draw(st.sampled_from(packages), label="imported again")
        report = import_package(upper.db, again)
        assert report.plan.totals().changes == 0
        assert dump(upper.db) == settled
        for office in (upper, *units):
            office.db.conn.close()
