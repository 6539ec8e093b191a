"""An import previewed, then taken: what is written is what the preview showed, or nothing.

The window prepares a package on one worker connection and takes it on another
(gui/sync/jobs.py), and a clerk (or the command line) may change the register in
between. The register's own change counter (migration 4), which every connection
reads the same, tells: a register changed since the preview refuses the import with
``RegisterChangedError`` and writes nothing; preparing again then takes it.
"""
from __future__ import annotations

import dataclasses

import pytest

import sync.import_export
from models import exchange_log, exchange_snapshot, exchange_units, import_undo
from models.documents import Document, save_document
from models.errors import NotFoundError, UserError
from models.organisation import get_member, save_member
from models.worker_db import open_worker_database
from sync.errors import RegisterChangedError, SyncError
from sync.import_export import (
    commit_import,
    export_package,
    import_package,
    prepare_import,
)
from tests.usb_helpers import add_members, dump, unit_office, upper_office


@pytest.fixture
def offices(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    members = add_members(unit, "Chi bộ thôn Nà Pài",
                          ["Nguyễn Văn An", "Lường Thị Bình", "Hoàng Văn Cường"])
    stick = tmp_path / "stick"
    stick.mkdir()
    yield upper, unit, members, stick
    upper.db.conn.close()
    unit.db.conn.close()


@pytest.fixture
def workers(offices):
    """Two more connections to the upper level's register, as the window's jobs open."""
    upper = offices[0]
    first, second = open_worker_database(upper.path), open_worker_database(upper.path)
    yield first, second
    first.conn.close()
    second.conn.close()


def _backups(office) -> list:
    return sorted(office.folder.joinpath("backups").glob("*.db"))


def test_a_register_changed_after_the_preview_refuses_the_import_and_writes_nothing(
    offices, workers
):
    upper, unit, members, stick = offices
    package = export_package(unit.db, stick).target_path
    previewing, taking = workers
    prepared = prepare_import(previewing, package)
    assert prepared.report.plan.totals().new == 4
    # Between the preview and "Nhận gói này" the clerk saves a document (the window's
    # own connection: neither of the workers').
    save_document(upper.db, Document(
        type_code="KL", symbol="12-KL/TU", level_code="TINH", issuer="Tỉnh ủy",
        issued_on="2025-02-01", term="XX", title="Kết luận về công tác chuyển đổi số"))
    before = dump(upper.db)
    backups_before = _backups(upper)

    with pytest.raises(RegisterChangedError) as refused:
        commit_import(taking, prepared)

    message = str(refused.value)
    assert "Sổ đã thay đổi kể từ lúc xem trước gói" in message
    assert package.name in message
    assert "sổ không bị ghi gì" in message and "xem trước gói lại" in message
    assert isinstance(refused.value, SyncError) and isinstance(refused.value, UserError)
    assert dump(upper.db) == before  # not one record of the package
    with pytest.raises(NotFoundError):
        get_member(upper.db, members[0].uuid)
    assert exchange_log.import_log(upper.db) == []
    assert exchange_units.get_unit(upper.db, unit_uuid(unit)).signing_key is None  # not pinned
    assert _backups(upper) == backups_before

    again = prepare_import(previewing, package)
    report = commit_import(taking, again)

    assert report.applied and report.plan.totals().new == 4
    assert get_member(upper.db, members[1].uuid).full_name == "Lường Thị Bình"
    assert [entry.file_name for entry in exchange_log.import_log(upper.db)] == [package.name]


def test_a_record_the_package_brings_changed_after_the_preview_is_never_overwritten_blindly(
    offices, workers
):
    """The preview said "1 updated"; meanwhile the same member came in newer by another
    connection (the command line took a later package). Taking the old plan would have
    written the older name back over it."""
    upper, unit, members, stick = offices
    first = export_package(unit.db, stick).target_path
    commit_import(upper.db, prepare_import(upper.db, first))
    save_member(unit.db, dataclasses.replace(members[0], full_name="Nguyễn Văn Ân"))
    second = export_package(unit.db, stick, full=True).target_path
    save_member(unit.db, dataclasses.replace(
        get_member(unit.db, members[0].uuid), full_name="Nguyễn Văn Anh"))
    third = export_package(unit.db, stick, full=True).target_path
    previewing, taking = workers
    prepared = prepare_import(previewing, second)
    assert prepared.report.plan.totals().updated == 1
    commit_import(upper.db, prepare_import(upper.db, third))  # the newer one, elsewhere
    before = dump(upper.db)
    log_before = exchange_log.import_log(upper.db)

    with pytest.raises(RegisterChangedError):
        commit_import(taking, prepared)

    assert dump(upper.db) == before
    assert get_member(upper.db, members[0].uuid).full_name == "Nguyễn Văn Anh"
    assert exchange_log.import_log(upper.db) == log_before
    # Previewed again, the older package is seen for what it is now: nothing to take.
    again = prepare_import(previewing, second)
    assert again.report.plan.totals().updated == 0 and again.report.plan.totals().older == 1
    commit_import(taking, again)
    assert get_member(upper.db, members[0].uuid).full_name == "Nguyễn Văn Anh"


def test_an_unchanged_register_takes_the_package_across_connections(offices, workers):
    upper, unit, members, stick = offices
    package = export_package(unit.db, stick).target_path
    previewing, taking = workers
    prepared = prepare_import(previewing, package)
    # Reading, and work on the figures kept for the indicators (caches, not records),
    # change nothing the plan rests on: no false alarm.
    exchange_units.conferences_by_unit(upper.db)
    exchange_log.import_log(taking)

    report = commit_import(taking, prepared)

    assert report.applied and report.receipt is not None
    assert import_undo.newest_receipt(upper.db).undoable
    assert get_member(upper.db, members[2].uuid).full_name == "Hoàng Văn Cường"
    assert len(exchange_log.import_log(upper.db)) == 1


def test_the_same_connection_unchanged_still_takes_it(offices):
    upper, unit, members, stick = offices
    package = export_package(unit.db, stick).target_path
    prepared = prepare_import(upper.db, package)
    report = commit_import(upper.db, prepared)
    assert report.applied
    assert get_member(upper.db, members[0].uuid).full_name == "Nguyễn Văn An"
    # The plan taken once is spent: the register moved on by taking it.
    with pytest.raises(RegisterChangedError):
        commit_import(upper.db, prepared)
    assert len(exchange_log.import_log(upper.db)) == 1


def test_the_command_lines_import_plans_again_when_the_register_changes_between(
    offices, monkeypatch
):
    """``import`` (prepare and commit in one go, no preview shown) is not refused for a
    write that slips in after its plan: it plans again and takes the package."""
    upper, unit, members, stick = offices
    package = export_package(unit.db, stick).target_path
    real_store = sync.import_export.attachments.store
    meddled: list[str] = []

    def files_then_an_edit_elsewhere(path, files):
        if not meddled:  # after the plan and its first check, before the transaction
            elsewhere = open_worker_database(path)
            save_document(elsewhere, Document(
                type_code="KL", symbol="14-KL/TU", level_code="TINH", issuer="Tỉnh ủy",
                issued_on="2025-02-03", term="XX", title="Kết luận về an sinh xã hội"))
            elsewhere.conn.close()
            meddled.append(str(path))
        return real_store(path, files)

    monkeypatch.setattr(sync.import_export.attachments, "store", files_then_an_edit_elsewhere)

    report = import_package(upper.db, package)

    assert meddled and report.applied and report.plan.totals().new == 4
    assert get_member(upper.db, members[0].uuid).full_name == "Nguyễn Văn An"
    assert len(exchange_log.import_log(upper.db)) == 1


def unit_uuid(office) -> str:
    return exchange_snapshot.catalogue_owners(office.db)[0]
