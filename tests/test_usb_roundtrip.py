"""A unit's records reach its upper level and the catalogue comes back down; the same
package twice, an older package after a newer one, deletions, renumbering and the
one real conflict."""
from __future__ import annotations

import hashlib

import pytest

from models import (
    exchange_conflicts,
    exchange_log,
    exchange_snapshot,
    exchange_units,
    import_plan,
    import_undo,
)
from models.conferences import Conference, ConferenceDetail, get_conference_detail, save_conference
from models.documents import (
    Document,
    attach_file,
    get_document,
    list_documents,
    save_document,
)
from models.errors import ReadOnlyError
from models.organisation import delete_member, get_member, save_member
from models.paths import attachments_dir, backups_dir
from models.sealed_files import read_file
from sync.import_export import ExportCancelled, export_package, import_package, list_packages
from tests.usb_helpers import (
    add_members,
    diverge_after_restore,
    dump,
    file_bytes,
    owned_dump,
    unit_office,
    upper_office,
)


@pytest.fixture
def offices(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    return tmp_path, upper, unit


def unit_id(office) -> str:
    return exchange_snapshot.catalogue_owners(office.db)[0]


def send(root, unit, upper, **options):
    written = export_package(unit.db, root / "usb")
    return written, import_package(upper.db, written.target_path, **options)


def test_unit_records_and_files_reach_the_upper_level(offices):
    root, upper, unit = offices
    members = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    local_doc = save_document(unit.db, Document(
        type_code="NQ", symbol="01-NQ/ĐU", level_code="ĐU", issuer="Đảng ủy xã",
        issued_on="2025-01-10", term="2025-2030", title="Nghị quyết lãnh đạo năm 2025"))
    source = root / "Nghị quyết 01.pdf"
    source.write_bytes(b"%PDF-1.4 nghi quyet 01")
    attached = attach_file(unit.db, local_doc.uuid, source)
    detail = save_conference(unit.db, ConferenceDetail(
        conference=Conference(kind="hoc_tap", format="truc_tiep", title="Học tập 57-NQ/TW",
                              starts_at="2025-03-05T08:00", reg_number=1, term="2025-2030"),
        document_uuids=[local_doc.uuid]))

    written, report = send(root, unit, upper)

    assert written.target_path.parent == root / "usb"
    assert written.local_path.read_bytes() == written.target_path.read_bytes()
    assert written.file_count == 1 and written.kind == "unit"
    assert report.applied and report.pinning == "first"
    assert report.counts["members"]["new"] == 2
    assert report.counts["attendance"]["new"] == 2  # the roster of the new conference
    assert owned_dump(upper.db, unit_id(unit)) == owned_dump(unit.db, unit_id(unit))
    copy = attachments_dir(upper.path) / attached.stored_name
    assert read_file(copy) == source.read_bytes()
    assert hashlib.sha256(read_file(copy)).hexdigest() == attached.sha256
    assert get_member(upper.db, members[0].uuid).full_name == "Nguyễn Văn An"
    assert get_conference_detail(upper.db, detail.conference.uuid).document_uuids == [
        local_doc.uuid]
    record = exchange_units.get_unit(upper.db, unit_id(unit))
    assert record.key_fingerprint == report.sender_fingerprint
    assert record.last_package_at is not None
    log = exchange_log.import_log(upper.db)
    assert [(e.sender_name, e.package_id) for e in log] == [
        ("Đảng ủy xã Cẩm Giàng", written.package_id)]
    assert exchange_log.export_log(unit.db)[0].package_id == written.package_id
    # the upper level holds the unit's records read-only
    with pytest.raises(ReadOnlyError):
        delete_member(upper.db, members[0].uuid)


def test_dry_run_shows_the_plan_and_writes_nothing(offices):
    root, upper, unit = offices
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    written = export_package(unit.db, root / "usb")
    upper.db.conn.close()
    before = file_bytes(upper.path)
    upper.reopen()

    report = import_package(upper.db, written.target_path, dry_run=True)

    assert not report.applied
    assert "đảng viên: 1 mới, 0 cập nhật, 0 xóa, 0 không đổi, 0 xung đột" in report.lines()
    assert any("Lần đầu nhận gói" in line for line in report.lines())
    upper.db.conn.close()
    assert file_bytes(upper.path) == before
    assert list(backups_dir(upper.path).glob("*truoc-nhap*")) == []


def test_same_package_twice_changes_nothing(offices):
    root, upper, unit = offices
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    written, first = send(root, unit, upper)
    after_first = dump(upper.db)

    again = import_package(upper.db, written.target_path)

    assert dump(upper.db) == after_first
    assert again.plan.totals().changes == 0 and again.plan.totals().unchanged == 3
    assert again.previous is not None and again.previous.package_id == written.package_id
    assert any("đã được nhận lúc" in line for line in again.lines())
    # Each import keeps its undo record, not a whole copy of the register; undoing the
    # same package twice takes back only its log line.
    assert first.receipt is not None and again.receipt is not None
    assert list(backups_dir(upper.path).glob("*truoc-nhap*")) == []
    import_undo.undo_newest_receipt(upper.db, upper.path)
    assert dump(upper.db) == after_first
    assert len(exchange_log.import_log(upper.db)) == 1


def test_older_package_after_newer_changes_nothing(offices):
    root, upper, unit = offices
    an, binh = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    older = export_package(unit.db, root / "usb")
    an.full_name = "Nguyễn Văn Ân"
    save_member(unit.db, an)
    delete_member(unit.db, binh.uuid)
    newer = export_package(unit.db, root / "usb")

    import_package(upper.db, newer.target_path)
    state = dump(upper.db)
    late = import_package(upper.db, older.target_path)

    assert dump(upper.db) == state
    assert late.counts["members"]["older"] == 2
    assert (
        "2 bản ghi trong gói cũ hơn bản đã có trong sổ nên giữ bản trong sổ (gói cũ, hoặc "
        "nơi gửi đã khôi phục sổ từ bản sao lưu cũ)." in late.lines()
    )
    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Ân"
    assert get_member(upper.db, binh.uuid).deleted
    assert owned_dump(upper.db, unit_id(unit)) == owned_dump(unit.db, unit_id(unit))


def test_deletion_travels_and_wins_over_the_older_copy(offices):
    root, upper, unit = offices
    (an,) = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    send(root, unit, upper)
    delete_member(unit.db, an.uuid)

    _written, report = send(root, unit, upper)

    assert report.counts["members"]["deleted"] == 1
    assert get_member(upper.db, an.uuid).deleted
    assert get_member(upper.db, an.uuid).revision == 2


def test_conferences_that_swap_numbers_arrive(offices):
    root, upper, unit = offices

    def conference(number: int, title: str) -> ConferenceDetail:
        return save_conference(unit.db, ConferenceDetail(conference=Conference(
            kind="hoc_tap", format="truc_tiep", title=title, starts_at="2025-03-05T08:00",
            reg_number=number, term="2025-2030")))

    first, second = conference(1, "Hội nghị A"), conference(2, "Hội nghị B")
    send(root, unit, upper)
    for detail, number in ((first, 9), (second, 1), (first, 2)):
        detail = get_conference_detail(unit.db, detail.conference.uuid)
        detail.conference.reg_number = number
        save_conference(unit.db, detail)

    _written, report = send(root, unit, upper)

    assert report.counts["conferences"]["updated"] == 2
    assert owned_dump(upper.db, unit_id(unit)) == owned_dump(unit.db, unit_id(unit))


def test_catalogue_comes_down_to_the_unit_read_only(offices):
    root, upper, unit = offices
    send(root, unit, upper)  # the upper level learns the unit's receiving key
    doc = save_document(upper.db, Document(
        type_code="KL", symbol="121-KL/TW", level_code="TW", issuer="Ban Chấp hành Trung ương",
        issued_on="2025-01-24", term="XIII", title="Kết luận về tổng kết Nghị quyết số 18"))

    written = export_package(upper.db, root / "usb", unit=unit_id(unit))
    report = import_package(unit.db, written.target_path)

    assert written.kind == "catalogue" and written.recipient_name == "Đảng ủy xã Cẩm Giàng"
    assert report.kind == "catalogue" and report.counts["documents"]["new"] == 1
    assert get_document(unit.db, doc.uuid).symbol == "121-KL/TW"
    mine = get_document(unit.db, doc.uuid)
    mine.title = "Sửa ở xã"
    with pytest.raises(ReadOnlyError):
        save_document(unit.db, mine)
    # the upper level's own members never travel down
    assert "members" not in written.counts


def test_the_upper_level_may_delete_a_catalogue_document_a_unit_studied(offices):
    """The unit's conference is not the upper level's to change: the document goes,
    the deletion travels down, and the unit's editor says what to do."""
    from models.documents import delete_document

    root, upper, unit = offices
    send(root, unit, upper)
    written = export_package(upper.db, root / "usb", unit=unit_id(unit))
    import_package(unit.db, written.target_path)
    (doc,) = [d for d in list_documents(unit.db) if d.symbol == "57-NQ/TW"]
    save_conference(unit.db, ConferenceDetail(
        conference=Conference(kind="hoc_tap", format="truc_tiep", title="Học tập 57",
                              starts_at="2025-03-05T08:00", reg_number=1, term="2025-2030"),
        document_uuids=[doc.uuid]))
    send(root, unit, upper)
    with pytest.raises(ReadOnlyError):
        delete_document(unit.db, doc.uuid)  # not the unit's to delete
    delete_document(upper.db, doc.uuid)
    assert get_document(upper.db, doc.uuid).deleted
    written = export_package(upper.db, root / "usb", unit=unit_id(unit))
    import_package(unit.db, written.target_path)
    assert get_document(unit.db, doc.uuid).deleted


def test_restored_unit_diverges_and_the_conflict_waits_for_a_person(offices):
    root, upper, unit = offices
    (an,) = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    # The office restores yesterday's backup and edits the same member again: the
    # same revision now means something else.
    diverge_after_restore(unit, an.uuid, lambda: send(root, unit, upper))
    held_before = dump(upper.db)

    written, report = send(root, unit, upper)

    assert report.counts["members"]["conflicts"] == 1
    assert dump(upper.db) == held_before  # nothing decided silently
    (conflict,) = exchange_conflicts.list_conflicts(upper.db)
    assert conflict.label == "đảng viên"
    assert ("full_name", "Nguyễn Văn Ân", "Nguyễn Văn Anh") in conflict.differences()
    # the same package again holds the same conflict once
    import_package(upper.db, written.target_path)
    assert len(exchange_conflicts.list_conflicts(upper.db)) == 1

    exchange_conflicts.resolve_conflict(upper.db, conflict.id, take_incoming=True)

    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Anh"
    assert exchange_conflicts.list_conflicts(upper.db) == []


def test_edit_after_restoring_an_older_backup_is_not_dropped_silently(offices):
    # The member was renamed twice after the backup: the restored register is two
    # revisions behind the upper level's copy, and its next edit must not be taken
    # for an older package's row.
    root, upper, unit = offices
    (an,) = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    diverge_after_restore(unit, an.uuid, lambda: send(root, unit, upper),
                          renames=("Nguyễn Văn Ân", "Nguyễn Văn Ấn"))

    _written, report = send(root, unit, upper)

    assert report.counts["members"]["conflicts"] == 1
    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Ấn"
    (conflict,) = exchange_conflicts.list_conflicts(upper.db)
    assert ("full_name", "Nguyễn Văn Ấn", "Nguyễn Văn Anh") in conflict.differences()


def _held_conflict(root, upper, unit):
    (an,) = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    diverge_after_restore(unit, an.uuid, lambda: send(root, unit, upper))
    send(root, unit, upper)
    (conflict,) = exchange_conflicts.list_conflicts(upper.db)
    return an, conflict


def test_conflict_resolved_keeping_this_copy(offices):
    root, upper, unit = offices
    an, conflict = _held_conflict(root, upper, unit)

    exchange_conflicts.resolve_conflict(upper.db, conflict.id, take_incoming=False)

    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Ân"
    assert exchange_conflicts.list_conflicts(upper.db) == []
    # the unit's next package carries the same copy again: the decision stands
    _written, report = send(root, unit, upper)
    assert report.counts["members"]["conflicts"] == 0
    assert not report.plan.changes_register
    assert exchange_conflicts.list_conflicts(upper.db) == []
    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Ân"



def test_a_newer_revision_from_the_owner_settles_a_waiting_conflict(offices):
    root, upper, unit = offices
    an, conflict = _held_conflict(root, upper, unit)
    newest = get_member(unit.db, an.uuid)
    newest.full_name = "Nguyễn Văn Anh Tuấn"
    save_member(unit.db, newest)

    send(root, unit, upper)

    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Anh Tuấn"
    assert exchange_conflicts.list_conflicts(upper.db) == []


def test_taking_a_conflicts_copy_never_overwrites_a_newer_one(offices):
    # A conflict held before the owner's newer copy arrived (or before newer copies
    # settled conflicts): the older incoming copy must not replace the newer one.
    root, upper, unit = offices
    an, conflict = _held_conflict(root, upper, unit)
    newest = get_member(unit.db, an.uuid)
    newest.full_name = "Nguyễn Văn Anh Tuấn"
    save_member(unit.db, newest)
    send(root, unit, upper)
    upper.db.execute("UPDATE conflicts SET resolved = 0 WHERE id = ?", [conflict.id])
    upper.db.conn.commit()

    notice = exchange_conflicts.resolve_conflict(upper.db, conflict.id, take_incoming=True)

    assert notice is not None and "bản mới hơn" in notice

    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Anh Tuấn"
    assert exchange_conflicts.list_conflicts(upper.db) == []


def test_unit_without_setup_file_cannot_export(tmp_path):
    from models.db import open_database

    path = tmp_path / "xa" / "so.db"
    db = open_database(path)
    (tmp_path / "usb").mkdir()
    with pytest.raises(import_plan.ExchangeError) as refused:
        export_package(db, tmp_path / "usb")
    assert "Chưa nhận tệp thiết lập của cấp trên" in str(refused.value)
    assert list((tmp_path / "usb").iterdir()) == []


def test_upper_level_exports_only_to_a_unit_it_heard_from(offices):
    root, upper, unit = offices
    with pytest.raises(import_plan.ExchangeError) as no_unit:
        export_package(upper.db, root / "usb")
    assert "hãy chọn đơn vị nhận gói" in str(no_unit.value)
    with pytest.raises(import_plan.ExchangeError) as silent:
        export_package(upper.db, root / "usb", unit=unit_id(unit))
    assert "Chưa nhận được gói nào của Đảng ủy xã Cẩm Giàng" in str(silent.value)


def test_catalogue_leaves_out_lines_pointing_at_a_units_document(tmp_path):
    upper = upper_office(tmp_path)
    first = unit_office(tmp_path, upper, "xa-a", "Đảng ủy xã A", "ĐU A")
    second = unit_office(tmp_path, upper, "xa-b", "Đảng ủy xã B", "ĐU B")
    theirs = save_document(first.db, Document(
        type_code="NQ", symbol="01-NQ/ĐU", level_code="ĐU", issuer="Đảng ủy xã A",
        issued_on="2025-01-10", term="2025-2030", title="Nghị quyết của xã A"))
    send(tmp_path, first, upper)
    send(tmp_path, second, upper)
    ours = [d.uuid for d in list_documents(upper.db) if d.owner_unit == unit_id(upper)]
    broadcast = save_conference(upper.db, ConferenceDetail(
        conference=Conference(kind="quan_triet", format="truc_tuyen", title="Hội nghị toàn tỉnh",
                              starts_at="2025-05-05T08:00"),
        document_uuids=[*ours, theirs.uuid])).conference.uuid

    written = export_package(upper.db, tmp_path / "usb", unit=unit_id(second))
    report = import_package(second.db, written.target_path)

    assert report.applied
    assert get_conference_detail(second.db, broadcast).document_uuids == ours


def test_packages_on_a_stick_are_listed_for_a_person_to_pick(offices):
    root, upper, unit = offices
    written = export_package(unit.db, root / "usb")
    (root / "usb" / "~SNQ_DO-DANG.1234.part").write_bytes(b"half")
    (root / "usb" / "SNQ_HONG.snq").write_bytes(b"not a package")

    listed = {p.path.name: p for p in list_packages(root / "usb")}

    assert set(listed) == {written.target_path.name, "SNQ_HONG.snq"}
    good = listed[written.target_path.name]
    assert (good.kind, good.sender_name, good.record_count) == ("unit", "Đảng ủy xã Cẩm Giàng", 0)
    assert listed["SNQ_HONG.snq"].problem


def test_export_reports_progress_and_can_be_cancelled(offices):
    root, _upper, unit = offices
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    seen: list[tuple[str, int, int]] = []

    def stop_at_members(what: str, done: int, total: int) -> bool:
        seen.append((what, done, total))
        return what != "Đang đọc đảng viên"

    with pytest.raises(ExportCancelled) as cancelled:
        export_package(unit.db, root / "usb", progress=stop_at_members)

    assert str(cancelled.value) == "Đã hủy xuất gói; không có tệp nào được ghi."
    assert seen[0] == ("Đang đọc dữ liệu", 0, 23) and seen[-1][0] == "Đang đọc đảng viên"
    assert [p for p in (root / "usb").iterdir() if p.suffix == ".snq"] == []
    assert exchange_log.export_log(unit.db) == []
    steps: list[str] = []
    export_package(unit.db, root / "usb",
                   progress=lambda what, done, total: steps.append(what))
    assert steps[-3:] == ["Đang mã hóa và ký gói", "Đang ghi gói ra USB", "Đã xong"]
