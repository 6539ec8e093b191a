"""Bad packages at the upper level: each refused with a clear Vietnamese message, and
the register left byte for byte as it was (no backup taken, no file stored)."""
from __future__ import annotations

import hashlib
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from models import exchange_snapshot, exchange_units, import_plan
from models.paths import attachments_dir, backups_dir, keys_dir
from sync import errors
from sync.envelope import seal
from sync.import_export import export_package, import_package
from sync.keys import load_or_create_keys
from sync.setup_file import create_setup_file
from tests.test_sync_independent_writer import container, write_package
from tests.usb_helpers import Office, add_members, file_bytes, unit_office, upper_office


@dataclass
class Scene:
    root: Path
    upper: Office
    unit: Office
    unit_id: str
    tables: dict
    signing: Ed25519PrivateKey
    upper_public: bytes

    def seal(self, tables=None, *, files=None, signing=None, sender=None,
             recipient=None, kind="unit") -> bytes:
        return seal(
            self.tables if tables is None else tables, files=files,
            sender_unit_id=sender or self.unit_id, sender_name="Đảng ủy xã Cẩm Giàng",
            sender_signing_key=signing or self.signing,
            recipient_x25519_public=recipient or self.upper_public, kind=kind,
        )

    def forge(self, tables=None, files=None, **changes) -> bytes:
        tables = self.tables if tables is None else tables
        return write_package(
            plaintext=container(tables, files),
            counts={t: len(rows) for t, rows in tables.items()},
            file_count=len(files or {}), signing_key=self.signing,
            recipient_public=self.upper_public, sender_unit_id=self.unit_id, **changes,
        )


@pytest.fixture
def scene(tmp_path) -> Scene:
    return make_scene(tmp_path)


def make_scene(tmp_path: Path) -> Scene:
    """An upper level and a unit whose first package it took (the unit's key pinned)."""
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An", "Lường Thị Bình"])
    first = export_package(unit.db, tmp_path / "usb")
    import_package(upper.db, first.target_path)  # the unit's key is pinned
    unit_id = exchange_snapshot.catalogue_owners(unit.db)[0]
    return Scene(
        tmp_path, upper, unit, unit_id, exchange_snapshot.snapshot(unit.db, [unit_id]),
        load_or_create_keys(keys_dir(unit.path)).signing,
        load_or_create_keys(keys_dir(upper.path)).receiving_public,
    )


def folder_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def refuse(scene: Scene, data: bytes, error: type[Exception], *, approve=False) -> str:
    """Import ``data`` at the upper level; it must be refused and change nothing."""
    package = scene.root / "usb" / f"bad-{uuid.uuid4().hex[:8]}.snq"
    package.write_bytes(data)
    upper = scene.upper
    upper.db.conn.close()
    before = file_bytes(upper.path)
    kept = folder_state(backups_dir(upper.path)), folder_state(attachments_dir(upper.path))
    upper.reopen()
    with pytest.raises(error) as refused:
        import_package(upper.db, package, approve_new_key=approve)
    upper.db.conn.close()
    assert file_bytes(upper.path) == before
    assert (folder_state(backups_dir(upper.path)),
            folder_state(attachments_dir(upper.path))) == kept
    upper.reopen()
    return str(refused.value)


def member_rows(scene: Scene) -> list[dict]:
    return [dict(r) for r in scene.tables["members"]]


def test_truncated_file(scene):
    data = scene.seal()
    message = refuse(scene, data[: len(data) - 100], errors.TruncatedPackageError)
    assert "bị cắt cụt" in message or "thiếu" in message


@pytest.mark.parametrize("where", ["header", "body", "signature"])
def test_flipped_bits(scene, where):
    data = bytearray(scene.seal())
    header_length = int.from_bytes(data[10:14], "big")
    # Inside a header value that stays valid JSON once flipped ("unit" -> "enit"), so
    # that the signature, not the JSON parser, is what refuses it.
    position = {"header": bytes(data).index(b'"kind":"unit"') + 8,
                "body": 22 + header_length + 10,
                "signature": len(data) - 1}[where]
    data[position] ^= 0x10
    message = refuse(scene, bytes(data), errors.TamperedPackageError)
    assert "chữ ký" in message


def test_package_for_another_upper_level(scene):
    other = X25519PrivateKey.generate().public_key()
    message = refuse(scene, scene.seal(recipient=other), errors.WrongRecipientError)
    assert "được mã hóa cho nơi nhận khác" in message


def test_unknown_signer_and_unit(scene):
    stranger = Ed25519PrivateKey.generate()
    message = refuse(scene, scene.seal(signing=stranger, sender=str(uuid.uuid4()), tables={}),
                     errors.UnknownSenderError)
    assert "chưa có trong danh sách đơn vị" in message
    assert "Dấu vân tay khóa ký:" in message


def test_changed_signer_of_a_known_unit(scene):
    message = refuse(scene, scene.seal(signing=Ed25519PrivateKey.generate()),
                     errors.SignerChangedError)
    assert "được ký bằng một khóa khác với khóa đã ghi nhận" in message
    assert "Dấu vân tay mới:" in message and "Dấu vân tay đã ghi nhận:" in message


def test_newer_format(scene):
    message = refuse(scene, scene.forge(version=4), errors.NewerFormatError)
    assert "phiên bản mới hơn" in message


@pytest.mark.parametrize("name", ["../ngoai.pdf", "attachments/../../ngoai.pdf",
                                  "/etc/passwd", "attachments\\..\\ngoai.pdf", "C:ngoai.pdf"])
def test_attached_file_names_that_escape(scene, name):
    message = refuse(scene, scene.forge(files={name: b"%PDF"}), errors.UnsafeFileNameError)
    assert "Tệp đính kèm có tên không an toàn" in message


def _attachment(scene: Scene, stored_name: str, sha: str) -> dict:
    docs = [{
        "uuid": str(uuid.uuid4()), "owner_unit": scene.unit_id, "revision": 1,
        "updated_at": "2025-01-01T00:00:00", "deleted": 0, "type_code": "NQ", "number": 1,
        "symbol": "01-NQ/ĐU", "level_code": "ĐU", "issuer": "Đảng ủy xã",
        "issued_on": "2025-01-10", "term": "2025-2030", "title": "Nghị quyết năm 2025",
        "summary": "", "search_text": "",
    }]
    att = [{
        "uuid": str(uuid.uuid4()), "owner_unit": scene.unit_id, "revision": 1,
        "updated_at": "2025-01-01T00:00:00", "deleted": 0, "document_uuid": docs[0]["uuid"],
        "file_name": "Nghị quyết.pdf", "stored_name": stored_name, "sha256": sha, "size": 4,
    }]
    return {**scene.tables, "documents": docs, "attachments": att}


def test_attached_file_no_record_explains(scene):
    content = b"%PDF"
    sha = hashlib.sha256(content).hexdigest()
    message = refuse(scene, scene.seal(files={f"attachments/{sha}.pdf": content}),
                     errors.AttachmentMismatchError)
    assert "không thuộc văn bản nào trong gói" in message


def test_attached_file_with_other_content_than_its_record(scene):
    sha = hashlib.sha256(b"%PDF").hexdigest()
    tables = _attachment(scene, f"{sha}.pdf", sha)
    message = refuse(scene, scene.seal(tables, files={f"attachments/{sha}.pdf": b"MZ\x90"}),
                     errors.AttachmentMismatchError)
    assert "không đúng nội dung" in message


@pytest.mark.parametrize("stored", ["../../ngoai.pdf", "a" * 64 + ".pdf/../../x", "CON"])
def test_attachment_record_naming_a_path_outside(scene, stored):
    tables = _attachment(scene, stored, "a" * 64)
    message = refuse(scene, scene.seal(tables), import_plan.ExchangeError)
    assert f"Tệp lưu trên máy: “{stored[:20]}" in message and "” không đúng dạng" in message


def test_compression_bomb(scene):
    bomb = zlib.compress(b"\0" * (64 * 1024 * 1024), 9)
    message = refuse(scene, scene.forge(tables={}, compressed=bomb, payload_size=1000),
                     errors.CompressionBombError)
    assert "giải nén ra nhiều hơn kích thước đã khai" in message


def test_declared_size_beyond_the_limit(scene):
    message = refuse(scene, scene.forge(tables={}, payload_size=2**40), errors.SizeLimitError)
    assert "vượt giới hạn" in message


def test_duplicate_record_ids(scene):
    rows = member_rows(scene)
    rows[1]["uuid"] = rows[0]["uuid"]
    message = refuse(scene, scene.forge({**scene.tables, "members": rows}),
                     errors.DuplicateRecordError)
    assert rows[0]["uuid"] in message


def test_dangling_record_ids(scene):
    rows = member_rows(scene)
    rows[0]["chi_bo_uuid"] = str(uuid.uuid4())
    message = refuse(scene, scene.seal({**scene.tables, "members": rows}),
                     import_plan.ExchangeError)
    assert "Đảng viên:\n  • bản ghi thứ 1 “Nguyễn Văn An” — Chi bộ: trỏ tới chi bộ không có " \
        "trong gói lẫn trong sổ" in message


def test_records_of_another_owner(scene):
    rows = member_rows(scene)
    rows[0]["owner_unit"] = str(uuid.uuid4())
    message = refuse(scene, scene.seal({**scene.tables, "members": rows}),
                     import_plan.ExchangeError)
    assert "bản ghi thứ 1 “Nguyễn Văn An” — Đơn vị quản lý: bản ghi không thuộc đơn vị " \
        "gửi gói" in message


def test_record_claiming_an_upper_level_record(scene):
    upper_doc = exchange_snapshot.snapshot(
        scene.upper.db, exchange_snapshot.catalogue_owners(scene.upper.db), ("documents",)
    )["documents"][0]
    forged = {**upper_doc, "owner_unit": scene.unit_id, "revision": 99, "title": "Giả"}
    message = refuse(scene, scene.seal({**scene.tables, "documents": [forged]}),
                     import_plan.ExchangeError)
    assert "trùng mã với bản ghi của đơn vị khác" in message


@pytest.mark.parametrize("field, value, problem", [
    ("gender", "X", "Giới tính: “X” không phải một trong các giá trị “”, “Nam”, “Nữ”"),
    ("birth_year", 1066, "Năm sinh: là 1066, phải từ 1900 đến 2100"),
    ("revision", "2", "Số lần sửa: phải là số nguyên"),
    ("excused", 2, "Miễn sinh hoạt: phải là 0 hoặc 1"),
    ("full_name", None, "Họ và tên: để trống, trường này bắt buộc"),
])
def test_bad_values(scene, field, value, problem):
    rows = member_rows(scene)
    rows[0][field] = value
    message = refuse(scene, scene.seal({**scene.tables, "members": rows}),
                     import_plan.ExchangeError)
    assert problem in message and "bản ghi thứ 1" in message


def test_unknown_table(scene):
    message = refuse(scene, scene.seal({**scene.tables, "passwords": [{"uuid": "x"}]}),
                     import_plan.ExchangeError)
    assert "loại dữ liệu lạ “passwords”" in message


def test_setup_file_is_not_a_package(scene):
    keys = load_or_create_keys(keys_dir(scene.unit.path))
    data = create_setup_file(
        unit_id=uuid.uuid4(), unit_name="Xã A", unit_abbreviation="A",
        upper_unit_id=uuid.uuid4(), upper_name="Tỉnh ủy", upper_abbreviation="TU",
        upper_keys=keys,
    )
    message = refuse(scene, data, errors.WrongKindError)
    assert "Tệp này là tệp thiết lập" in message


def test_catalogue_package_at_the_upper_level(scene):
    message = refuse(scene, scene.seal(kind="catalogue"), errors.WrongKindError)
    assert message == "Tệp này là gói danh mục của cấp trên, không phải gói dữ liệu của đơn vị."


def test_package_claiming_to_come_from_this_register(scene):
    own = exchange_snapshot.catalogue_owners(scene.upper.db)[0]
    message = refuse(scene, scene.seal(sender=own, tables={}), import_plan.ExchangeError)
    assert "do chính sổ này lập ra" in message


def test_not_a_package_at_all(scene):
    message = refuse(scene, b"PK\x03\x04" + b"\0" * 200, errors.NotAPackageError)
    assert message


# --- a person approves -----------------------------------------------------------


def test_new_key_approved_after_a_phone_call_is_pinned(scene):
    new_key = Ed25519PrivateKey.generate()
    rows = member_rows(scene)
    rows[0] = {**rows[0], "full_name": "Nguyễn Văn Ân", "revision": rows[0]["revision"] + 1}
    package = scene.root / "usb" / "khoa-moi.snq"
    package.write_bytes(scene.seal({**scene.tables, "members": rows}, signing=new_key))

    report = import_package(scene.upper.db, package, approve_new_key=True)

    assert report.pinning == "replaced" and report.applied
    record = exchange_units.get_unit(scene.upper.db, scene.unit_id)
    assert record.signing_key == new_key.public_key().public_bytes_raw().hex()
    assert report.sender_fingerprint == record.key_fingerprint
    # the old key is the stranger now
    message = refuse(scene, scene.seal(), errors.SignerChangedError)
    assert report.sender_fingerprint in message


def test_unit_not_set_up_here_accepted_by_a_person(scene):
    stranger = Ed25519PrivateKey.generate()
    sender = str(uuid.uuid4())
    package = scene.root / "usb" / "don-vi-la.snq"
    package.write_bytes(scene.seal(signing=stranger, sender=sender, tables={}))

    report = import_package(scene.upper.db, package, approve_new_key=True)

    assert report.applied and report.pinning == "first"
    record = exchange_units.get_unit(scene.upper.db, sender)
    assert record.role == "unit" and record.name == "Đảng ủy xã Cẩm Giàng"
    assert record.key_fingerprint == report.sender_fingerprint
