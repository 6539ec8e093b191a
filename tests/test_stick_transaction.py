"""A stick of packages goes in a few hundred thousand records a transaction
(``import_packages``), not a transaction a package.

At a province each package of a month rewrites thousands of index pages the package
before it rewrote; one transaction writes them once. What the clerk must still get:
every package planned against what the packages before it wrote, a package that cannot
go in refused alone, a stick stopped half-way keeping what it took, and an error of the
register or the disk leaving nothing of its transaction (the parts before it kept).
"""
from __future__ import annotations

import pytest

import models.import_plan
import sync.import_export
from models import exchange_log, import_undo
from models.cipher import sqlite as sqlite3
from models.import_plan import ExchangeError
from models.organisation import get_member, save_member
from sync.import_export import STICK_CACHE_KIB, export_package, import_packages
from tests.usb_helpers import add_members, dump, unit_office, upper_office


@pytest.fixture
def offices(tmp_path):
    upper = upper_office(tmp_path)
    cam = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    ban = unit_office(tmp_path, upper, "ban-cau", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")
    cam_members = add_members(cam, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    ban_members = add_members(ban, "Chi bộ thôn Bản Cầu", ["Đinh Thị Dung"])
    stick = tmp_path / "stick"
    stick.mkdir()
    yield upper, (cam, cam_members), (ban, ban_members), stick
    for office in (upper, cam, ban):
        office.db.conn.close()


def _names(db, members) -> list[str | None]:
    found = []
    for member in members:
        row = db.execute("SELECT full_name FROM members WHERE uuid = ?",
                         [member.uuid]).fetchone()
        found.append(row[0] if row else None)
    return found


def test_a_later_package_of_the_same_unit_is_planned_on_what_the_first_wrote(offices):
    upper, (cam, members), _ban, stick = offices
    first = export_package(cam.db, stick).target_path
    member = get_member(cam.db, members[0].uuid)
    member.full_name = "Nguyễn Văn Ân"
    save_member(cam.db, member)
    second = export_package(cam.db, stick).target_path

    batch = import_packages(upper.db, [first, second])

    assert batch.refused == []
    assert batch.reports[0].plan.tables["members"].new == 2
    # Inside the one transaction the second plan sees the first package's rows: one
    # member changed, one unchanged, nothing new.
    assert batch.reports[1].plan.tables["members"].new == 0
    assert batch.reports[1].plan.tables["members"].updated == 1
    assert _names(upper.db, members) == ["Nguyễn Văn Ân", "Lường Thị Bình"]
    assert len(exchange_log.import_log(upper.db)) == 2


def test_an_error_of_the_register_in_the_middle_leaves_nothing_of_the_stick(
    offices, monkeypatch
):
    upper, (cam, cam_members), (ban, ban_members), stick = offices
    files = [export_package(cam.db, stick).target_path, export_package(ban.db, stick).target_path]
    before = dump(upper.db)
    real_apply = models.import_plan.apply_import
    applied: list[int] = []

    def fails_on_the_second(db, plan):
        applied.append(1)
        if len(applied) == 2:
            real_apply(db, plan)  # half of it written, then the disk fails
            raise sqlite3.OperationalError("disk I/O error")
        real_apply(db, plan)

    monkeypatch.setattr(models.import_plan, "apply_import", fails_on_the_second)

    with pytest.raises(sqlite3.OperationalError):
        import_packages(upper.db, files)

    assert dump(upper.db) == before
    assert exchange_log.import_log(upper.db) == []
    assert import_undo.newest_receipt(upper.db) is None
    monkeypatch.undo()
    # The register is whole and writable: the same stick goes in afterwards.
    again = import_packages(upper.db, files)
    assert again.refused == [] and len(again.reports) == 2
    assert _names(upper.db, cam_members + ban_members) == [
        "Nguyễn Văn An", "Lường Thị Bình", "Đinh Thị Dung"]


def test_an_error_in_a_later_part_keeps_the_parts_before(offices, monkeypatch):
    upper, (cam, cam_members), (ban, ban_members), stick = offices
    files = [export_package(cam.db, stick).target_path, export_package(ban.db, stick).target_path]
    monkeypatch.setattr(sync.import_export, "STICK_PART_RECORDS", 1)  # a package a part
    real_apply = models.import_plan.apply_import

    def fails_on_the_second(db, plan):
        real_apply(db, plan)
        if plan.tables["members"].new == 1:
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(models.import_plan, "apply_import", fails_on_the_second)

    with pytest.raises(sqlite3.OperationalError):
        import_packages(upper.db, files)

    assert _names(upper.db, cam_members + ban_members) == [
        "Nguyễn Văn An", "Lường Thị Bình", None]
    assert [entry.file_name for entry in exchange_log.import_log(upper.db)] == [files[0].name]
    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and receipt.packages == 1 and receipt.undoable
    import_undo.undo_newest_receipt(upper.db, upper.path)
    assert _names(upper.db, cam_members) == [None, None]


@pytest.mark.parametrize("part_records", [None, 1])
def test_a_package_whose_rows_fail_to_go_in_is_refused_alone(
    offices, monkeypatch, part_records
):
    upper, (cam, cam_members), (ban, ban_members), stick = offices
    if part_records is not None:
        monkeypatch.setattr(sync.import_export, "STICK_PART_RECORDS", part_records)
    files = [export_package(cam.db, stick).target_path, export_package(ban.db, stick).target_path]
    real_apply = models.import_plan.apply_import

    def the_first_unit_fails(db, plan):
        real_apply(db, plan)  # its rows written, then refused: they must all go again
        if plan.tables["members"].new == 2:
            raise ExchangeError("Không ghi được đảng viên từ gói (thử); sổ không thay đổi.")

    monkeypatch.setattr(models.import_plan, "apply_import", the_first_unit_fails)

    batch = import_packages(upper.db, files)

    assert [(path.name, message) for path, message in batch.refused] == [
        (files[0].name, "Không ghi được đảng viên từ gói (thử); sổ không thay đổi.")]
    assert [report.file_name for report in batch.reports] == [files[1].name]
    assert _names(upper.db, cam_members + ban_members) == [None, None, "Đinh Thị Dung"]
    assert [entry.file_name for entry in exchange_log.import_log(upper.db)] == [files[1].name]
    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and receipt.packages == 1 and receipt.undoable


def test_a_stick_stopped_half_way_keeps_the_packages_it_took(offices):
    upper, (cam, cam_members), (ban, ban_members), stick = offices
    files = [export_package(cam.db, stick).target_path, export_package(ban.db, stick).target_path]

    batch = import_packages(upper.db, files, progress=lambda step, done, total: done < 1)

    assert [report.file_name for report in batch.reports] == [files[0].name]
    assert _names(upper.db, cam_members + ban_members) == [
        "Nguyễn Văn An", "Lường Thị Bình", None]
    assert import_undo.newest_receipt(upper.db).packages == 1


def test_the_stick_leaves_the_cache_as_it_was_and_the_wal_emptied(offices):
    upper, (cam, _members), (ban, _others), stick = offices
    files = [export_package(cam.db, stick).target_path, export_package(ban.db, stick).target_path]
    (cache,) = upper.db.execute("PRAGMA cache_size").fetchone()
    assert cache != -STICK_CACHE_KIB
    seen: list[int] = []

    def look(step, done, total):
        seen.append(upper.db.execute("PRAGMA cache_size").fetchone()[0])
        return True

    import_packages(upper.db, files, progress=look)

    assert -STICK_CACHE_KIB in seen
    assert upper.db.execute("PRAGMA cache_size").fetchone()[0] == cache
    wal = upper.path.with_name(upper.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # And so when the stick ends in an error.
    with pytest.raises(ZeroDivisionError):
        import_packages(upper.db, files, progress=lambda step, done, total: 1 / 0)
    assert upper.db.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert not upper.db.conn.in_transaction


def test_the_reports_of_a_stick_keep_their_counts_not_the_records(offices):
    """A first stick at a province holds millions of records: each package's records are
    let go once written (the stick's reports held 3 to 4 GB otherwise), its counts kept."""
    upper, (cam, cam_members), (ban, _ban_members), stick = offices
    files = [export_package(cam.db, stick).target_path, export_package(ban.db, stick).target_path]

    batch = import_packages(upper.db, files)

    assert [r.plan.tables["members"].new for r in batch.reports] == [2, 1]
    for report in batch.reports:
        assert report.applied and report.plan.changes_register
        assert report.plan.writes == {} and report.plan.inserts == {}
    # One package alone: the same.
    member = get_member(cam.db, cam_members[0].uuid)
    member.full_name = "Nguyễn Văn Ân"
    save_member(cam.db, member)
    single = sync.import_export.import_package(upper.db, export_package(cam.db, stick).target_path)
    assert single.plan.tables["members"].updated == 1
    assert single.plan.writes == {} and single.plan.inserts == {}
    assert _names(upper.db, cam_members) == ["Nguyễn Văn Ân", "Lường Thị Bình"]
