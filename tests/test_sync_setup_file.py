"""The setup file an upper level issues to a unit."""
from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import errors
from sync.envelope import open_package, seal
from sync.keys import OfficeKeys, fingerprint, key_id, raw_public
from sync.setup_file import create_setup_file, read_setup_file

UPPER = OfficeKeys(signing=Ed25519PrivateKey.generate(), receiving=X25519PrivateKey.generate())
UNIT_ID = str(uuid.uuid4())
UPPER_ID = str(uuid.uuid4())
DOCUMENTS = [
    {"uuid": str(uuid.uuid4()), "number": "18-NQ/TW", "title": "Nghị quyết Hội nghị lần thứ 6"},
    {"uuid": str(uuid.uuid4()), "number": "35-NQ/TW", "title": "Về bảo vệ nền tảng tư tưởng"},
]


def make(**changes) -> bytes:
    arguments = dict(
        unit_id=UNIT_ID, unit_name="Đảng ủy xã Cẩm Giàng", unit_abbreviation="ĐUCG",
        upper_unit_id=UPPER_ID, upper_name="Tỉnh ủy Hải Dương", upper_abbreviation="TU",
        upper_keys=UPPER, catalogue={"documents": DOCUMENTS},
        catalogue_files={"van-ban/18-NQ-TW.pdf": b"%PDF"},
    )
    arguments.update(changes)
    return create_setup_file(**arguments)


SETUP = make()


def test_setup_file_round_trip():
    setup = read_setup_file(SETUP)

    assert (setup.unit_id, setup.unit_name, setup.unit_abbreviation) == (
        UNIT_ID, "Đảng ủy xã Cẩm Giàng", "ĐUCG"
    )
    assert (setup.upper_unit_id, setup.upper_name, setup.upper_abbreviation) == (
        UPPER_ID, "Tỉnh ủy Hải Dương", "TU"
    )
    assert setup.upper_signing_key == UPPER.signing_public
    assert setup.upper_receiving_key == UPPER.receiving_public
    assert setup.upper_signing_fingerprint == fingerprint(UPPER.signing_public)
    assert setup.upper_receiving_key_id == key_id(UPPER.receiving_public)
    assert setup.catalogue_included
    assert setup.catalogue_tables == {"documents": DOCUMENTS}
    assert setup.catalogue_files == {"van-ban/18-NQ-TW.pdf": b"%PDF"}


def test_setup_file_without_catalogue():
    setup = read_setup_file(make(catalogue=None, catalogue_files=None))
    assert not setup.catalogue_included
    assert setup.catalogue_tables == {} and setup.catalogue_files == {}


def test_unit_uses_the_setup_file_to_send_a_package_the_upper_level_opens():
    setup = read_setup_file(SETUP)
    unit_signing = Ed25519PrivateKey.generate()

    data = seal({"members": [{"uuid": "m1"}]}, sender_unit_id=setup.unit_id,
                sender_name=setup.unit_name, sender_signing_key=unit_signing,
                recipient_x25519_public=setup.upper_receiving_key, kind="unit")

    opened = open_package(data, recipient_x25519_private=UPPER.receiving,
                          expected_recipient_key_id=setup.upper_receiving_key_id)
    assert opened.header.sender_unit_id == UNIT_ID


def test_tampered_setup_file_is_refused():
    damaged = SETUP.replace("Cẩm Giàng".encode(), "Cẩm Giànk".encode())
    with pytest.raises(errors.TamperedPackageError) as refused:
        read_setup_file(damaged)
    assert str(refused.value) == (
        "Tệp thiết lập đã bị hỏng hoặc bị sửa đổi sau khi ký (chữ ký không khớp). "
        "Không dùng được tệp này; hãy chép lại hoặc xin lại từ nơi gửi."
    )


@settings(max_examples=200)
@given(position=st.integers(0, len(SETUP) - 1), mask=st.integers(1, 255))
def test_any_changed_byte_of_a_setup_file_is_refused(position, mask):
    damaged = bytearray(SETUP)
    damaged[position] ^= mask
    with pytest.raises(errors.PackageError):
        read_setup_file(bytes(damaged))


def test_setup_file_signed_by_another_key_than_the_pinned_one():
    pinned = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(errors.SignerChangedError) as refused:
        read_setup_file(SETUP, pinned_upper_signing_public=pinned)
    assert refused.value.new_fingerprint == fingerprint(UPPER.signing_public)
    assert "Tỉnh ủy Hải Dương" in str(refused.value)
    assert read_setup_file(SETUP, pinned_upper_signing_public=UPPER.signing_public)


def test_setup_file_and_package_are_not_confused():
    package = seal({}, sender_unit_id=UNIT_ID, sender_name="Đảng ủy xã Cẩm Giàng",
                   sender_signing_key=Ed25519PrivateKey.generate(),
                   recipient_x25519_public=UPPER.receiving_public, kind="unit")
    with pytest.raises(errors.WrongKindError) as refused:
        read_setup_file(package)
    assert str(refused.value) == "Tệp này là gói dữ liệu của đơn vị, không phải tệp thiết lập."
    with pytest.raises(errors.WrongKindError) as refused:
        open_package(SETUP, recipient_x25519_private=UPPER.receiving)
    assert str(refused.value).startswith("Tệp này là tệp thiết lập, không phải gói dữ liệu")


def test_not_a_setup_file():
    with pytest.raises(errors.NotAPackageError) as refused:
        read_setup_file(b"hello")
    assert str(refused.value) == "Tệp này không phải tệp thiết lập của Sổ Nghị quyết."


def test_empty_unit_name_is_refused():
    with pytest.raises(ValueError):
        make(unit_name="  ")


def test_public_keys_of_the_setup_file_are_raw_bytes():
    setup = read_setup_file(SETUP)
    assert raw_public(setup.upper_receiving_key) == UPPER.receiving_public
