"""Sealing and opening packages: the round trip, and every refusal with its message."""
from __future__ import annotations

import hashlib
import json
import ntpath
import os
import posixpath
import struct
import sys
import tracemalloc
import uuid
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync import errors
from sync.envelope import open_package, peek_header, seal
from sync.keys import fingerprint, key_id, raw_public
from sync.payload import check_file_name
from tests.test_sync_independent_writer import container, entry, write_package

UNIT_ID = "2b7ea11a-622e-4f9f-9e59-27d433114152"
UNIT_SIGNING = Ed25519PrivateKey.generate()
UNIT_RECEIVING = X25519PrivateKey.generate()
UPPER_RECEIVING = X25519PrivateKey.generate()
OTHER_RECEIVING = X25519PrivateKey.generate()


def members(count: int) -> list[dict]:
    return [
        {
            "uuid": str(uuid.UUID(int=i + 1)),
            "full_name": f"Nguyễn Văn Đức {i}",
            "cell": "Chi bộ thôn Đông",
            "revision": 2,
            "deleted": False,
            "joined": "2001-05-19",
            "score": 9.5,
            "tags": ["chính thức", None, {"x": 1}],
        }
        for i in range(count)
    ]


TABLES = {"members": members(3), "conferences": [], "attendance": members(2)}
FILES = {"bien-ban/Hội nghị 1.pdf": b"%PDF-1.4\n\x00\xff", "anh.jpg": b"\xff\xd8"}


def make(tables=TABLES, files=FILES, **changes) -> bytes:
    arguments = dict(
        sender_unit_id=UNIT_ID,
        sender_name="Đảng ủy xã Cẩm Giàng",
        sender_abbreviation="ĐUCG",
        sender_signing_key=UNIT_SIGNING,
        sender_receiving_public=UNIT_RECEIVING.public_key(),
        recipient_x25519_public=UPPER_RECEIVING.public_key(),
        kind="unit",
        files=files,
    )
    arguments.update(changes)
    return seal(tables, **arguments)


def open_(data: bytes, **changes):
    arguments = dict(
        recipient_x25519_private=UPPER_RECEIVING,
        pinned_signer_public=raw_public(UNIT_SIGNING),
    )
    arguments.update(changes)
    return open_package(data, **arguments)


def forge(plaintext: bytes, counts: dict[str, int], file_count: int = 0, **changes) -> bytes:
    return write_package(
        plaintext=plaintext, counts=counts, file_count=file_count, signing_key=UNIT_SIGNING,
        recipient_public=raw_public(UPPER_RECEIVING), **changes,
    )


PACKAGE = make()
HEADER_LENGTH = struct.unpack(">I", PACKAGE[10:14])[0]
BODY_START = 22 + HEADER_LENGTH


# --------------------------------------------------------------------------- round trip


def test_round_trip_returns_records_files_and_header():
    opened = open_(PACKAGE)

    assert opened.tables == TABLES
    assert opened.files == FILES
    header = opened.header
    assert header.kind == "unit"
    assert header.format_version == 3
    assert header.ephemeral_key is None  # HPKE's encapsulated key opens the body
    assert header.snapshot == "full" and header.base is None
    assert header.sender_unit_id == UNIT_ID
    assert header.sender_name == "Đảng ủy xã Cẩm Giàng"
    assert header.sender_abbreviation == "ĐUCG"
    assert header.sender_signing_key == raw_public(UNIT_SIGNING)
    assert header.sender_receiving_key == raw_public(UNIT_RECEIVING)
    assert header.sender_fingerprint == fingerprint(UNIT_SIGNING.public_key())
    assert header.recipient_key_id == key_id(UPPER_RECEIVING.public_key())
    assert header.counts == {"members": 3, "conferences": 0, "attendance": 2}
    assert header.record_count == 5
    assert header.file_count == 2
    assert opened.sha256 == hashlib.sha256(PACKAGE).hexdigest()
    assert opened.size == len(PACKAGE)


def test_records_are_encrypted_and_header_is_plain():
    assert "Đảng ủy xã Cẩm Giàng".encode() in PACKAGE
    assert "Nguyễn Văn Đức".encode() not in PACKAGE
    assert b"%PDF" not in PACKAGE


def test_two_seals_of_the_same_payload_differ():
    assert make() != make()


def test_catalogue_for_a_unit_round_trips_and_kind_can_be_required():
    data = seal({"documents": [{"uuid": "d1", "number": "18-NQ/TW"}]}, sender_unit_id=uuid.uuid4(),
                sender_name="Tỉnh ủy", sender_signing_key=UNIT_SIGNING,
                recipient_x25519_public=raw_public(UNIT_RECEIVING), kind="catalogue")

    opened = open_package(data, recipient_x25519_private=UNIT_RECEIVING,
                          expected_kind="catalogue")

    assert opened.tables["documents"][0]["number"] == "18-NQ/TW"
    with pytest.raises(errors.WrongKindError) as refused:
        open_package(data, recipient_x25519_private=UNIT_RECEIVING, expected_kind="unit")
    assert str(refused.value) == (
        "Tệp này là gói danh mục của cấp trên, không phải gói dữ liệu của đơn vị."
    )


def test_first_import_without_pinned_key_is_accepted_and_shows_fingerprint():
    opened = open_(PACKAGE, pinned_signer_public=None)
    assert opened.header.sender_fingerprint == fingerprint(raw_public(UNIT_SIGNING))


def test_peek_header_reads_sender_without_decrypting():
    header = peek_header(PACKAGE)
    assert header.sender_unit_id == UNIT_ID
    assert header.counts["members"] == 3


# --------------------------------------------------------------------------- refusals


def test_not_a_package():
    for data in (b"PK\x03\x04 a zip file" * 10, b"%PDF-1.4" + bytes(100)):
        with pytest.raises(errors.NotAPackageError) as refused:
            open_(data)
        assert str(refused.value) == "Tệp này không phải gói dữ liệu của Sổ Nghị quyết."


@pytest.mark.parametrize("keep", [0, 3, 12, 20, BODY_START, len(PACKAGE) - 1])
def test_truncated(keep):
    with pytest.raises(errors.TruncatedPackageError) as refused:
        open_(PACKAGE[:keep])
    assert "bị cắt cụt" in str(refused.value)
    assert "Hãy chép lại từ máy gửi" in str(refused.value)


def test_trailing_bytes_are_refused():
    with pytest.raises(errors.CorruptPackageError) as refused:
        open_(PACKAGE + b"\x00")
    assert str(refused.value) == (
        "Gói dữ liệu bị hỏng (có dữ liệu thừa sau chữ ký). Hãy chép lại từ máy gửi."
    )


@pytest.mark.parametrize("where", ["header", "body", "signature"])
def test_flipped_bit_fails_signature(where):
    position = {"header": PACKAGE.index("Cẩm".encode()), "body": BODY_START + 10,
                "signature": len(PACKAGE) - 5}[where]
    damaged = bytearray(PACKAGE)
    damaged[position] ^= 0x01

    with pytest.raises(errors.TamperedPackageError) as refused:
        open_(bytes(damaged))
    assert str(refused.value) == (
        "Gói dữ liệu đã bị hỏng hoặc bị sửa đổi sau khi ký (chữ ký không khớp). "
        "Không dùng được tệp này; hãy chép lại hoặc xin lại từ nơi gửi."
    )


def test_newer_format_version():
    data = PACKAGE[:8] + struct.pack(">H", 4) + PACKAGE[10:]
    with pytest.raises(errors.NewerFormatError) as refused:
        open_(data)
    assert refused.value.version == 4
    assert "phiên bản mới hơn" in str(refused.value)
    assert "Hãy cập nhật chương trình Sổ Nghị quyết" in str(refused.value)


def _resigned(data: bytes, signing: Ed25519PrivateKey, **header_changes) -> bytes:
    """``data`` with its header changed and a fresh valid signature by ``signing``."""
    length = struct.unpack(">I", data[10:14])[0]
    header = json.loads(data[14 : 14 + length])
    for path, value in header_changes.items():
        node = header
        *parents, last = path.split("__")
        for key in parents:
            node = node[key]
        node[last] = value
    encoded = json.dumps(header, ensure_ascii=False).encode("utf-8")
    signed = data[:10] + struct.pack(">I", len(encoded)) + encoded + data[14 + length : -64]
    return signed + signing.sign(signed)


def test_the_body_is_rfc_9180_hpke_bound_to_the_header():
    """Section 4: body = enc (32 bytes) ‖ AES-256-GCM output, opened by plain HPKE with
    the SHA-256 of the bytes up to the end of the header as ``info``."""
    from tests.test_sync_independent_writer import rfc9180_open

    body_length = struct.unpack(">Q", PACKAGE[BODY_START - 8 : BODY_START])[0]
    body = PACKAGE[BODY_START : BODY_START + body_length]
    info = hashlib.sha256(PACKAGE[: BODY_START - 8]).digest()
    compressed = rfc9180_open(body, UPPER_RECEIVING, info=info)
    assert body_length == 32 + len(compressed) + 16
    assert len(zlib.decompress(compressed)) == peek_header(PACKAGE).payload_size


@pytest.mark.parametrize("change", [
    {"created": "2031-01-01T00:00:00+07:00"},  # informational, yet bound all the same
    {"counts__members": 3, "kind": "catalogue", "confirmed": []},
    {"sender__name": "Đảng ủy xã Khác"},
    {"snapshot": "changes", "base": str(uuid.uuid4())},
])
def test_a_header_changed_and_signed_again_by_the_sender_does_not_decrypt(change):
    # The sender's own key signs again, so only the HPKE binding can catch it.
    with pytest.raises(errors.DecryptionError):
        open_(_resigned(PACKAGE, UNIT_SIGNING, **change))


def test_someone_else_cannot_sign_the_sealed_body_as_their_own():
    """Another office takes the body, names itself in the header and signs: the
    signature holds, but the body was sealed to the original header, so it does not
    open (the reason HPKE's info carries the whole header, sender's key included)."""
    thief = Ed25519PrivateKey.generate()
    data = _resigned(PACKAGE, thief, sender__signing_key=raw_public(thief).hex(),
                     sender__unit_id=str(uuid.uuid4()))
    with pytest.raises(errors.DecryptionError):
        open_(data, pinned_signer_public=raw_public(thief))


def test_packages_of_versions_1_and_2_still_open():
    for version in (1, 2):
        data = forge(container({"members": members(2)}), {"members": 2}, version=version)
        opened = open_(data)
        assert opened.header.format_version == version
        assert opened.header.ephemeral_key is not None
        assert opened.tables == {"members": members(2)}


def test_a_version_3_header_naming_an_ephemeral_key_still_opens_by_hpke():
    # A key a version 3 reader does not use is ignored, as any unknown key.
    data = forge(container({"members": members(1)}), {"members": 1},
                 header_changes={"ephemeral_key": "00" * 32})
    assert open_(data).tables == {"members": members(1)}


def test_package_for_another_recipient():
    with pytest.raises(errors.WrongRecipientError) as refused:
        open_(PACKAGE, recipient_x25519_private=OTHER_RECEIVING)
    message = str(refused.value)
    assert message.startswith("Gói của “Đảng ủy xã Cẩm Giàng” được mã hóa cho nơi nhận khác")
    assert key_id(UPPER_RECEIVING.public_key())[:8].upper() in message
    assert refused.value.recipient_key_id == key_id(UPPER_RECEIVING.public_key())


def test_right_key_id_but_wrong_private_key_cannot_decrypt():
    with pytest.raises(errors.DecryptionError) as refused:
        open_(PACKAGE, recipient_x25519_private=OTHER_RECEIVING,
              expected_recipient_key_id=key_id(UPPER_RECEIVING.public_key()))
    assert "không giải mã được bằng khóa của máy này" in str(refused.value)


def test_signer_other_than_pinned_reports_new_fingerprint():
    pinned = Ed25519PrivateKey.generate().public_key()

    with pytest.raises(errors.SignerChangedError) as refused:
        open_(PACKAGE, pinned_signer_public=pinned)

    error = refused.value
    assert error.new_fingerprint == fingerprint(UNIT_SIGNING.public_key())
    assert error.new_public_key == raw_public(UNIT_SIGNING)
    assert error.pinned_fingerprint == fingerprint(pinned)
    assert error.sender_unit_id == UNIT_ID
    message = str(error)
    assert f"Dấu vân tay mới: {error.new_fingerprint}" in message
    assert f"Dấu vân tay đã ghi nhận: {fingerprint(pinned)}" in message
    assert "Hãy gọi điện cho nơi gửi" in message


def test_sizes_out_of_bounds():
    payload_size = peek_header(PACKAGE).payload_size
    with pytest.raises(errors.SizeLimitError) as refused:
        open_(PACKAGE, max_payload_bytes=payload_size - 1)
    assert "vượt giới hạn" in str(refused.value)
    with pytest.raises(errors.SizeLimitError) as refused:
        open_(PACKAGE, max_package_bytes=len(PACKAGE) - 1)
    assert "quá lớn" in str(refused.value)
    with pytest.raises(errors.SizeLimitError):
        make(max_payload_bytes=100)


def test_oversized_header_length_is_refused_before_reading_it():
    data = PACKAGE[:10] + struct.pack(">I", 10 * 1024 * 1024) + PACKAGE[14:]
    with pytest.raises(errors.SizeLimitError) as refused:
        open_(data)
    assert "Phần đầu gói dữ liệu dài 10.485.760 byte" in str(refused.value)


def test_compression_bomb_stops_at_declared_size():
    inflater = zlib.compressobj(9)
    zeros = bytes(1024 * 1024)
    bomb = b"".join(inflater.compress(zeros) for _ in range(256)) + inflater.flush()
    data = forge(b"", {}, compressed=bomb, payload_size=1000)

    tracemalloc.start()
    try:
        with pytest.raises(errors.CompressionBombError) as refused:
            open_(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert str(refused.value) == (
        "Nội dung gói giải nén ra nhiều hơn kích thước đã khai (1.000 byte); "
        "đã dừng ở giới hạn đó. Gói bị từ chối."
    )
    assert peak < 16 * 1024 * 1024  # the bomb holds 256 MiB


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd", "../thu-muc-khac/x.pdf", "a/../../x.pdf", "a/..", "..", ".", "./a",
        "C:/Windows/x.dll", "C:x.pdf", "a\\..\\x.pdf", "\\\\may-chu\\chia-se\\x", "a//b",
        "a/", "", "CON", "nul.txt", "bien-ban/aux.pdf", "COM1.log", "x.", ".. ", "x ", " x",
        "a\x00b", "a\nb", "ten:luong", "a*b", "a?b",
    ],
)
def test_attached_file_names_that_escape_are_refused(name):
    data = forge(entry(b"F", name, b"x"), {}, file_count=1)
    with pytest.raises(errors.UnsafeFileNameError) as refused:
        open_(data)
    assert refused.value.name == name
    assert str(refused.value).startswith(f"Tệp đính kèm có tên không an toàn “{name}”")
    with pytest.raises(errors.UnsafeFileNameError):
        make(files={name: b"x"})


def test_file_names_equal_on_windows_are_refused():
    plaintext = entry(b"F", "Bien-ban.pdf", b"1") + entry(b"F", "bien-BAN.pdf", b"2")
    with pytest.raises(errors.UnsafeFileNameError) as refused:
        open_(forge(plaintext, {}, file_count=2))
    assert "trùng tên" in str(refused.value)


@given(st.text(min_size=1, max_size=40))
def test_accepted_file_names_stay_inside_the_folder_on_windows_and_posix(name):
    try:
        check_file_name(name)
    except errors.UnsafeFileNameError:
        return
    posix_base = "/data/attachments"
    assert posixpath.normpath(posixpath.join(posix_base, name)).startswith(posix_base + "/")
    windows_base = "C:\\data\\attachments"
    joined = ntpath.normpath(ntpath.join(windows_base, name))
    assert joined.startswith(windows_base + "\\")
    assert ntpath.splitdrive(joined)[0] == "C:"


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        (b"{not json}", "dòng 2: JSON không hợp lệ"),
        (b'{"uuid": "b", "x": NaN}', "dòng 2: JSON không hợp lệ"),
        (b'{"uuid": "b", "uuid": "c"}', "dòng 2: JSON không hợp lệ"),
        (b'{"uuid": "\\ud800"}', "dòng 2: JSON không hợp lệ"),
        (b"", "dòng 2: JSON không hợp lệ"),
        # Lines a table decoded as one array would take: two records on a line, a
        # line closing the array early.
        (b'{"uuid": "b"}, {"uuid": "c"}', "dòng 2: JSON không hợp lệ"),
        (b'{"uuid": "b"}], [{"uuid": "c"}', "dòng 2: JSON không hợp lệ"),
        (b"   ", "dòng 2: JSON không hợp lệ"),
        (b'["b"]', "dòng 2: bản ghi phải là một đối tượng JSON"),
        (b'{"name": "no id"}', "bản ghi thứ 2: thiếu mã “uuid” hợp lệ"),
        (b'{"uuid": 5}', "bản ghi thứ 2: thiếu mã “uuid” hợp lệ"),
    ],
)
def test_malformed_json_is_refused_with_table_and_line(line, detail):
    lines = b'{"uuid": "a"}\n' + line + b'\n{"uuid": "z"}\n'
    data = forge(entry(b"T", "members", lines), {"members": 3})

    with pytest.raises(errors.MalformedPayloadError) as refused:
        open_(data)
    assert str(refused.value).startswith(f"Bảng “members”, {detail}")


def test_invalid_utf8_in_a_table_is_refused():
    data = forge(entry(b"T", "members", b'{"uuid": "\xc3("}\n'), {"members": 1})
    with pytest.raises(errors.MalformedPayloadError) as refused:
        open_(data)
    assert str(refused.value) == "Bảng “members” trong gói có dữ liệu không phải UTF-8."


def test_counts_that_disagree_with_the_header_are_refused():
    data = forge(container({"members": members(3)}), {"members": 4})
    with pytest.raises(errors.MalformedPayloadError) as refused:
        open_(data)
    assert str(refused.value) == (
        "Số bản ghi trong gói khác với số đã khai ở phần đầu gói: "
        "bảng “members” khai 4, có 3."
    )


def test_declared_size_larger_than_content_is_refused():
    plaintext = container({"members": members(1)})
    data = forge(plaintext, {"members": 1}, payload_size=len(plaintext) + 5)
    with pytest.raises(errors.MalformedPayloadError):
        open_(data)


def test_unknown_entry_type_and_cut_entries_are_refused():
    for plaintext in (entry(b"X", "members", b""), entry(b"T", "members", b"")[:-3]):
        with pytest.raises(errors.MalformedPayloadError):
            open_(forge(plaintext, {}))


def test_bad_table_name_is_refused():
    with pytest.raises(errors.MalformedPayloadError) as refused:
        open_(forge(entry(b"T", "../members", b""), {}))
    assert "Tên bảng “../members” không hợp lệ" in str(refused.value)


def test_duplicate_record_ids_within_a_table_are_refused():
    records = members(2) + [dict(members(1)[0], full_name="Bản sao")]
    data = forge(container({"members": records, "plans": members(1)}),
                 {"members": 3, "plans": 1})

    with pytest.raises(errors.DuplicateRecordError) as refused:
        open_(data)
    uid = records[0]["uuid"]
    assert (refused.value.table, refused.value.uuid) == ("members", uid)
    assert str(refused.value) == f"Bảng “members” có hai bản ghi cùng mã “{uid}”. Gói bị từ chối."
    with pytest.raises(errors.DuplicateRecordError):
        make(tables={"members": records})


def test_same_id_in_two_tables_is_fine():
    opened = open_(make(tables={"members": members(1), "plans": members(1)}, files=None))
    assert opened.tables["members"][0]["uuid"] == opened.tables["plans"][0]["uuid"]


def test_signed_header_missing_a_field_is_refused():
    data = forge(b"", {}, header_changes={"payload_size": "zero"})
    with pytest.raises(errors.CorruptPackageError) as refused:
        open_(data)
    assert "phần đầu thiếu hoặc sai trường “payload_size”" in str(refused.value)


def test_header_keys_from_a_later_minor_change_are_ignored():
    data = forge(container({"members": members(1)}), {"members": 1},
                 header_changes={"reply_by": "2025-04-01", "sender": {
                     "unit_id": UNIT_ID, "name": "Đảng ủy xã Cẩm Giàng", "abbreviation": "",
                     "signing_key": raw_public(UNIT_SIGNING).hex(), "receiving_key": None,
                     "phone": "0220 3 123 456"}})
    assert open_(data).tables == {"members": members(1)}


def test_values_json_cannot_hold_are_refused_when_sealing():
    with pytest.raises(errors.MalformedPayloadError):
        make(tables={"members": [{"uuid": "a", "score": float("nan")}]})
    with pytest.raises(errors.MalformedPayloadError):
        make(tables={"members": [{"uuid": "a", "when": object()}]})


def test_every_error_is_a_package_error_whose_text_is_the_message():
    with pytest.raises(errors.PackageError) as refused:
        open_(b"nope")
    assert str(refused.value) == refused.value.message
    assert isinstance(refused.value, errors.SyncError)


# --------------------------------------------------------------------------- writes nothing

_WRITE_EVENTS = {
    "os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.link", "os.symlink", "os.truncate",
    "os.chmod", "os.chown", "os.utime", "shutil.copyfile", "shutil.move", "shutil.rmtree",
    "tempfile.mkstemp", "tempfile.mkdtemp", "sqlite3.connect",
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_recorded: list[tuple] | None = None


def _audit(event: str, args: tuple) -> None:
    if _recorded is None:
        return
    if event == "open":
        _, mode, flags = args
        if (mode and any(c in str(mode) for c in "wax+")) or (flags or 0) & _WRITE_FLAGS:
            _recorded.append((event, args))
    elif event in _WRITE_EVENTS:
        _recorded.append((event, args))


sys.addaudithook(_audit)


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file and folder under ``folder``, with its time stamp and content hash."""
    return {
        str(p.relative_to(folder)): (
            p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).digest() if p.is_file() else b""
        )
        for p in folder.rglob("*")
    }


def test_opening_writes_nothing_anywhere(tmp_path, monkeypatch):
    global _recorded
    monkeypatch.chdir(tmp_path)
    package_file = tmp_path / "SNQ_DUCG.snq"
    package_file.write_bytes(PACKAGE)
    damaged = PACKAGE[:-1] + bytes([PACKAGE[-1] ^ 1])
    bomb = forge(b"", {}, compressed=zlib.compress(bytes(10**6)), payload_size=10)
    unsafe = forge(entry(b"F", "../../x", b"x"), {}, file_count=1)
    open_(PACKAGE)  # warm up lazy imports
    before = _snapshot(tmp_path)

    _recorded = []
    try:
        opened = open_(package_file.read_bytes())
        for bad in (damaged, bomb, unsafe):
            with pytest.raises(errors.PackageError):
                open_(bad)
        events, _recorded = _recorded, None
    finally:
        _recorded = None

    assert opened.files == FILES
    assert events == []
    assert _snapshot(tmp_path) == before


# --------------------------------------------------------------------------- properties

SMALL = make(tables={"members": members(2)}, files={"a.txt": b"abc"})
SMALL_BODY_START = 22 + struct.unpack(">I", SMALL[10:14])[0]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(0, len(SMALL) - 1), mask=st.integers(1, 255))
def test_any_changed_byte_is_refused(position, mask):
    damaged = bytearray(SMALL)
    damaged[position] ^= mask
    with pytest.raises(errors.PackageError) as refused:
        open_(bytes(damaged))
    if position >= SMALL_BODY_START:
        assert isinstance(refused.value, errors.TamperedPackageError)


@settings(max_examples=150)
@given(keep=st.integers(1, len(SMALL) - 1))
def test_any_truncation_is_refused_as_truncated(keep):
    with pytest.raises(errors.TruncatedPackageError):
        open_(SMALL[:keep])


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
_records = st.lists(
    st.dictionaries(st.text(max_size=8).filter(lambda k: k != "uuid"), _json_values, max_size=4),
    max_size=6,
).map(lambda rows: [dict(row, uuid=f"u{i}") for i, row in enumerate(rows)])
_tables = st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True), _records,
                          max_size=4)
_files = st.dictionaries(st.from_regex(r"[a-zA-Z0-9_-]{1,10}(/[a-z0-9]{1,6}){0,2}\.pdf",
                                       fullmatch=True), st.binary(max_size=50), max_size=3)


@settings(max_examples=60, deadline=None)
@given(tables=_tables, files=_files)
def test_any_payload_round_trips(tables, files):
    keys = {name.casefold() for name in files}
    if len(keys) != len(files):
        return
    opened = open_(make(tables=tables, files=files))
    assert json.dumps(opened.tables, sort_keys=True) == json.dumps(tables, sort_keys=True)
    assert opened.files == files
