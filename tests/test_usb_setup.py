"""Setting units up: the upper level issues setup files, a unit applies one."""
from __future__ import annotations

import shutil

import pytest

from models import exchange_units, import_plan
from models.db import open_database
from models.documents import Document, attach_file, list_documents, save_document
from models.organisation import list_members
from models.paths import attachments_dir, keys_dir
from models.sealed_files import read_file
from models.settings import get_settings
from sync import errors
from sync.enrolment import apply_setup_file, setup_unit
from sync.import_export import export_package, import_package
from tests.usb_helpers import Office, add_members, dump, file_bytes, upper_office


@pytest.fixture
def upper(tmp_path):
    (tmp_path / "usb").mkdir()
    return upper_office(tmp_path)


def new_unit(tmp_path, folder: str = "xa") -> Office:
    path = tmp_path / folder / "so.db"
    return Office(path, open_database(path))


def issue(upper: Office, tmp_path, name="Đảng ủy xã Cẩm Giàng", abbr="ĐU Cẩm Giàng", **kw):
    return setup_unit(upper.db, tmp_path / "usb", name=name, abbr=abbr, **kw)


def test_fresh_unit_takes_identity_keys_and_catalogue(upper, tmp_path):
    source = tmp_path / "57-NQ-TW.pdf"
    source.write_bytes(b"%PDF-1.4 nghi quyet 57")
    doc = list_documents(upper.db)[0]
    attached = attach_file(upper.db, doc.uuid, source)
    issued = issue(upper, tmp_path)
    unit = new_unit(tmp_path)

    report = apply_setup_file(unit.db, issued.written.target_path)

    assert issued.written.target_path.name == "SNQ_THIETLAP_DU-CAM-GIANG.snqs"
    assert report.applied and report.pinning == "first"
    assert unit.db.unit_uuid == issued.unit_uuid
    settings = get_settings(unit.db)
    assert (settings.unit_name, settings.unit_abbr, settings.role) == (
        "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng", "unit")
    assert settings.upper_unit_uuid == upper.db.unit_uuid
    assert settings.upper_name == "Đảng bộ tỉnh Thái Nguyên"
    upper_record = exchange_units.get_unit(unit.db, settings.upper_unit_uuid)
    assert upper_record.role == "upper"
    assert upper_record.key_fingerprint == issued.signing_fingerprint
    assert [d.symbol for d in list_documents(unit.db)] == ["57-NQ/TW"]
    copy = attachments_dir(unit.path) / attached.stored_name
    assert read_file(copy) == source.read_bytes()
    assert any(issued.signing_fingerprint in line for line in report.lines())
    # the upper level lists the unit, and it can send its first package at once
    assert [u.name for u in exchange_units.list_units(upper.db, "unit")] == ["Đảng ủy xã Cẩm Giàng"]
    written = export_package(unit.db, tmp_path / "usb")
    assert import_package(upper.db, written.target_path).applied


def test_unit_that_recorded_before_its_setup_file_keeps_its_records(upper, tmp_path):
    unit = new_unit(tmp_path)
    born_as = unit.db.unit_uuid
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    issued = issue(upper, tmp_path)

    report = apply_setup_file(unit.db, issued.written.target_path)

    assert report.records_reowned == 3  # a chi bộ and two members
    assert exchange_units.own_record_count(unit.db, born_as) == 0
    assert {m.owner_unit for m in list_members(unit.db)} == {issued.unit_uuid}
    assert exchange_units.get_unit(unit.db, born_as) is None
    # the records are still the unit's own: it edits them and they travel
    written = export_package(unit.db, tmp_path / "usb")
    result = import_package(upper.db, written.target_path)
    assert result.counts["members"]["new"] == 2


def test_set_up_unit_refuses_another_units_setup_file(upper, tmp_path):
    unit = new_unit(tmp_path)
    first = issue(upper, tmp_path)
    apply_setup_file(unit.db, first.written.target_path)
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    other = issue(upper, tmp_path, name="Đảng ủy xã Nà Phặc", abbr="ĐU Nà Phặc")
    unit.db.conn.close()
    before = file_bytes(unit.path)
    unit.reopen()

    with pytest.raises(import_plan.ExchangeError) as refused:
        apply_setup_file(unit.db, other.written.target_path)

    unit.db.conn.close()
    assert file_bytes(unit.path) == before
    message = str(refused.value)
    assert "dành cho “Đảng ủy xã Nà Phặc”" in message
    assert "đã được thiết lập là “Đảng ủy xã Cẩm Giàng”" in message
    assert "Sổ không thay đổi" in message


def test_reissued_setup_file_changes_no_identity(upper, tmp_path):
    unit = new_unit(tmp_path)
    first = issue(upper, tmp_path)
    apply_setup_file(unit.db, first.written.target_path)
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    before = dump(unit.db)
    again = issue(upper, tmp_path, unit_uuid=first.unit_uuid)

    report = apply_setup_file(unit.db, again.written.target_path)

    assert again.reissued and again.unit_uuid == first.unit_uuid
    assert report.pinning is None and report.records_reowned == 0
    assert dump(unit.db) == before
    assert len(exchange_units.list_units(upper.db, "unit")) == 1


def test_setup_file_from_a_rekeyed_upper_level_needs_approval(upper, tmp_path):
    unit = new_unit(tmp_path)
    apply_setup_file(unit.db, issue(upper, tmp_path).written.target_path)
    shutil.rmtree(keys_dir(upper.path))  # the upper level lost its keys folder
    again = issue(upper, tmp_path, unit_uuid=unit.db.unit_uuid)

    with pytest.raises(errors.SignerChangedError) as refused:
        apply_setup_file(unit.db, again.written.target_path)
    assert "Hãy gọi điện cho cấp trên để đối chiếu" in str(refused.value)

    report = apply_setup_file(unit.db, again.written.target_path,
                              approve_new_key=True)
    assert report.pinning == "replaced"
    record = exchange_units.get_unit(unit.db, get_settings(unit.db).upper_unit_uuid)
    assert record.key_fingerprint == again.signing_fingerprint


def test_dry_run_of_a_setup_file_writes_nothing(upper, tmp_path):
    unit = new_unit(tmp_path)
    issued = issue(upper, tmp_path)
    unit.db.conn.close()
    before = file_bytes(unit.path)
    unit.reopen()

    report = apply_setup_file(unit.db, issued.written.target_path, dry_run=True)

    assert not report.applied
    assert "văn bản: 1 mới, 0 cập nhật, 0 xóa, 0 không đổi, 0 xung đột" in report.lines()
    unit.db.conn.close()
    assert file_bytes(unit.path) == before


def test_only_the_upper_level_issues_and_only_units_apply(upper, tmp_path):
    unit = new_unit(tmp_path)
    with pytest.raises(import_plan.ExchangeError) as not_upper:
        setup_unit(unit.db, tmp_path / "usb", name="Xã A", abbr="A")
    assert "Chỉ sổ ở vai trò cấp trên" in str(not_upper.value)
    issued = issue(upper, tmp_path)
    with pytest.raises(import_plan.ExchangeError) as upper_applies:
        apply_setup_file(upper.db, issued.written.target_path)
    assert "đang ở vai trò cấp trên" in str(upper_applies.value)


def test_same_unit_name_twice_is_refused(upper, tmp_path):
    first = issue(upper, tmp_path)
    with pytest.raises(import_plan.ExchangeError) as refused:
        issue(upper, tmp_path, name="ĐẢNG ỦY XÃ CẨM GIÀNG")
    assert f"Đã có đơn vị “Đảng ủy xã Cẩm Giàng” (mã {first.unit_uuid})" in str(refused.value)
    with pytest.raises(import_plan.ExchangeError):
        issue(upper, tmp_path, name="", abbr="X")


def test_catalogue_change_reaches_a_unit_in_its_next_setup_file(upper, tmp_path):
    unit = new_unit(tmp_path)
    first = issue(upper, tmp_path)
    apply_setup_file(unit.db, first.written.target_path)
    save_document(upper.db, Document(
        type_code="KL", symbol="121-KL/TW", level_code="TW", issuer="Ban Chấp hành Trung ương",
        issued_on="2025-01-24", term="XIII", title="Kết luận số 121"))
    again = issue(upper, tmp_path, unit_uuid=first.unit_uuid)

    report = apply_setup_file(unit.db, again.written.target_path)

    assert report.plan.tables["documents"].new == 1
    assert {d.symbol for d in list_documents(unit.db)} == {"57-NQ/TW", "121-KL/TW"}
