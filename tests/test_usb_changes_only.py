"""Change-only packages: a unit sends what changed since the newest package its upper
level confirmed; whatever the stick does (a package lost, imported twice, imported out
of order), the upper level ends with the same records as a full snapshot gives it."""
from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from models.import_plan import ExchangeError
from models.organisation import (
    ChiBo,
    Member,
    delete_member,
    get_member,
    restore_member,
    save_chi_bo,
    save_member,
)
from models.schema import TRAVEL_TABLES
from sync.envelope import peek_header
from sync.import_export import export_package, import_package
from tests.usb_helpers import unit_office, upper_office


def _records(db, owner: str) -> dict[str, list[tuple]]:
    result = {}
    for table in TRAVEL_TABLES:
        names = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        result[table] = sorted(db.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE owner_unit = ?", [owner]
        ).fetchall())
    return result


def _unit_id(office) -> str:
    return office.db.execute("SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0]


@pytest.fixture
def offices(tmp_path: Path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    (tmp_path / "stick").mkdir()
    return tmp_path, upper, unit


def _edit(unit, rng: random.Random, cells: list[str]) -> None:
    roll = rng.random()
    members = [r[0] for r in unit.db.execute("SELECT uuid FROM members WHERE deleted = 0")]
    if roll < 0.1 or not cells:
        cells.append(save_chi_bo(unit.db, ChiBo(name=f"Chi bộ {len(cells) + 1}")).uuid)
    elif roll < 0.5 or not members:
        save_member(unit.db, Member(chi_bo_uuid=rng.choice(cells),
                                    full_name=f"Đảng viên {rng.randrange(10**6)}"))
    elif roll < 0.8:
        member = get_member(unit.db, rng.choice(members))
        save_member(unit.db, dataclasses.replace(member, full_name=f"Tên mới {rng.randrange(99)}"))
    elif roll < 0.93:
        delete_member(unit.db, rng.choice(members))
    else:
        deleted = [r[0] for r in unit.db.execute("SELECT uuid FROM members WHERE deleted = 1")]
        if deleted:
            restore_member(unit.db, rng.choice(deleted))


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_random_walk_of_lost_repeated_and_reordered_packages_converges(offices, seed):
    root, upper, unit = offices
    rng = random.Random(seed)
    cells: list[str] = []
    sent: list[Path] = []
    kinds = []
    for _step in range(14):
        for _ in range(rng.randint(1, 6)):
            _edit(unit, rng, cells)
        written = export_package(unit.db, root / "stick")
        sent.append(written.target_path)
        kinds.append(peek_header(written.target_path.read_bytes()).snapshot)
        # The stick reaches the upper level with some of what was sent: lost, twice,
        # or in another order.
        arrived = [p for p in sent[-3:] if rng.random() < 0.7]
        rng.shuffle(arrived)
        if arrived and rng.random() < 0.3:
            arrived.append(arrived[0])
        for package in arrived:
            try:
                import_package(upper.db, package, approve_new_key=True)
            except ExchangeError as refused:  # a change-only one whose base never arrived
                assert "gói đầy đủ" in str(refused)
        if rng.random() < 0.5:  # the catalogue goes down, confirming what arrived
            catalogue = export_package(upper.db, root / "stick",
                                       unit=_unit_id(unit))
            import_package(unit.db, catalogue.target_path)
    assert "changes" in kinds  # the walk did send change-only packages
    last = export_package(unit.db, root / "stick")
    import_package(upper.db, last.target_path, approve_new_key=True)
    owner = _unit_id(unit)
    assert _records(upper.db, owner) == _records(unit.db, owner)
    for package in rng.sample(sent, len(sent)):  # old sticks found afterwards
        try:
            import_package(upper.db, package)
        except ExchangeError:
            pass
    assert _records(upper.db, owner) == _records(unit.db, owner)


def test_only_what_changed_travels_once_confirmed(offices):
    root, upper, unit = offices
    cell = save_chi_bo(unit.db, ChiBo(name="Chi bộ thôn Đông"))
    members = [save_member(unit.db, Member(chi_bo_uuid=cell.uuid, full_name=f"Người {i}"))
               for i in range(30)]
    first = export_package(unit.db, root / "stick")
    assert not first.changes_only and first.counts["members"] == 30
    import_package(upper.db, first.target_path, approve_new_key=True)
    # Not confirmed yet: everything again.
    again = export_package(unit.db, root / "stick")
    assert not again.changes_only and again.counts["members"] == 30
    catalogue = export_package(upper.db, root / "stick", unit=_unit_id(unit))
    import_package(unit.db, catalogue.target_path)
    save_member(unit.db, dataclasses.replace(members[3], full_name="Nguyễn Thị Hoà"))
    delta = export_package(unit.db, root / "stick")
    header = peek_header(delta.target_path.read_bytes())
    assert delta.changes_only and header.snapshot == "changes"
    assert header.base == peek_header(first.target_path.read_bytes()).package_id
    assert delta.counts == {"members": 1}
    report = import_package(upper.db, delta.target_path)
    assert report.changes_only
    assert upper.db.execute("SELECT full_name FROM members WHERE uuid = ?",
                            [members[3].uuid]).fetchone()[0] == "Nguyễn Thị Hoà"
    full = export_package(unit.db, root / "stick", full=True)
    assert not full.changes_only and full.counts["members"] == 30


def test_a_change_only_package_on_a_base_never_imported_is_refused(offices, tmp_path):
    root, upper, unit = offices
    cell = save_chi_bo(unit.db, ChiBo(name="Chi bộ thôn Đông"))
    save_member(unit.db, Member(chi_bo_uuid=cell.uuid, full_name="Người 1"))
    first = export_package(unit.db, root / "stick")
    import_package(upper.db, first.target_path, approve_new_key=True)
    catalogue = export_package(upper.db, root / "stick", unit=_unit_id(unit))
    import_package(unit.db, catalogue.target_path)
    save_member(unit.db, Member(chi_bo_uuid=cell.uuid, full_name="Người 2"))
    delta = export_package(unit.db, root / "stick")
    # A second upper register that never imported the first package (a restored one).
    other = upper_office(tmp_path / "khac")
    import shutil

    shutil.copytree(upper.folder / "keys", other.folder / "keys", dirs_exist_ok=True)
    before = _records(other.db, _unit_id(unit))
    with pytest.raises(ExchangeError) as refused:
        import_package(other.db, delta.target_path, approve_new_key=True)
    assert "gửi gói đầy đủ" in str(refused.value)
    assert _records(other.db, _unit_id(unit)) == before
