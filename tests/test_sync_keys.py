"""An office's key pairs on disk, and fingerprints a person can read."""
from __future__ import annotations

import hashlib
import os
import re
import stat

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.paths import keys_dir
from sync import keys
from sync.errors import KeyFileError


def test_keys_are_created_once_and_reloaded(db_path):
    folder = keys_dir(db_path)

    first = keys.load_or_create_keys(folder)
    again = keys.load_or_create_keys(folder)

    assert sorted(p.name for p in folder.iterdir()) == [
        "receiving-x25519.pem", "signing-ed25519.pem"
    ]
    assert again.signing_public == first.signing_public
    assert again.receiving_public == first.receiving_public
    # Encrypted with a password derived from the register's key.
    pem = (folder / "signing-ed25519.pem").read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    signature = again.signing.sign(b"bien ban")
    first.signing.public_key().verify(signature, b"bien ban")


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_private_key_files_are_owner_only(tmp_path):
    folder = tmp_path / "keys"
    keys.load_or_create_keys(folder)
    for name in ("signing-ed25519.pem", "receiving-x25519.pem"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_damaged_key_file_is_reported_and_never_replaced(tmp_path):
    folder = tmp_path / "keys"
    keys.load_or_create_keys(folder)
    damaged = b"-----BEGIN PRIVATE KEY-----\nhong\n-----END PRIVATE KEY-----\n"
    (folder / "signing-ed25519.pem").write_bytes(damaged)

    with pytest.raises(KeyFileError) as refused:
        keys.load_or_create_keys(folder)

    assert "bị hỏng hoặc không đọc được" in str(refused.value)
    assert "hãy khôi phục thư mục khóa từ bản sao lưu" in str(refused.value)
    assert (folder / "signing-ed25519.pem").read_bytes() == damaged


def test_a_key_of_the_wrong_type_is_reported(tmp_path):
    folder = tmp_path / "keys"
    keys.load_or_create_keys(folder)
    (folder / "receiving-x25519.pem").write_bytes((folder / "signing-ed25519.pem").read_bytes())
    with pytest.raises(KeyFileError) as refused:
        keys.load_or_create_keys(folder)
    assert "không chứa đúng loại khóa" in str(refused.value)


def test_a_key_made_elsewhere_meanwhile_is_not_overwritten(tmp_path):
    path = tmp_path / "signing-ed25519.pem"
    path.write_bytes(b"the other program's key")

    with pytest.raises(FileExistsError):
        keys._create(path, Ed25519PrivateKey.generate())

    assert path.read_bytes() == b"the other program's key"
    assert [p.name for p in tmp_path.iterdir()] == ["signing-ed25519.pem"]


def test_missing_receiving_key_is_made_without_touching_the_signing_key(tmp_path):
    folder = tmp_path / "keys"
    first = keys.load_or_create_keys(folder)
    (folder / "receiving-x25519.pem").unlink()
    again = keys.load_or_create_keys(folder)
    assert again.signing_public == first.signing_public
    assert again.receiving_public != first.receiving_public


def test_fingerprint_is_ten_groups_of_four_from_sha256():
    raw = bytes(range(32))
    expected = hashlib.sha256(raw).hexdigest()[:40].upper()

    printed = keys.fingerprint(raw)

    assert re.fullmatch(r"([0-9A-F]{4}-){9}[0-9A-F]{4}", printed)
    assert printed.replace("-", "") == expected
    assert keys.key_id(raw) == hashlib.sha256(raw).hexdigest()
    assert keys.key_id(raw).upper().startswith(printed.replace("-", ""))


def test_office_keys_expose_public_halves(tmp_path):
    office = keys.load_or_create_keys(tmp_path / "k")
    assert office.signing_fingerprint == keys.fingerprint(office.signing.public_key())
    assert office.receiving_key_id == keys.key_id(office.receiving.public_key())
    assert office.receiving_fingerprint == keys.fingerprint(office.receiving_public)
    with pytest.raises(ValueError):
        keys.raw_public(b"short")


def test_a_second_register_in_the_same_folder_may_not_sign_with_the_first_ones_keys(tmp_path):
    from sync.import_export import office_keys

    first, second = tmp_path / "so.db", tmp_path / "so - Copy.db"
    first.write_bytes(b"")
    second.write_bytes(b"")
    mine = office_keys(first)
    with pytest.raises(KeyFileError) as refused:
        office_keys(second)
    assert "là khóa của sổ “so.db” nằm cùng thư mục với sổ “so - Copy.db”" in str(refused.value)
    assert "hãy để mỗi sổ trong một thư mục riêng" in str(refused.value)
    assert office_keys(first).signing_fingerprint == mine.signing_fingerprint  # still its own


def test_keys_follow_a_register_renamed_or_older_than_the_note(tmp_path):
    from sync.import_export import office_keys

    old = tmp_path / "so.db"
    old.write_bytes(b"")
    made = keys.load_or_create_keys(tmp_path / "keys")  # before keys named their register
    assert office_keys(old).signing_fingerprint == made.signing_fingerprint
    renamed = old.rename(tmp_path / "so-nghi-quyet.db")
    assert office_keys(renamed).signing_fingerprint == made.signing_fingerprint
    note = (tmp_path / "keys" / keys.KEYS_OWNER_FILE).read_text("utf-8")
    assert note.strip() == "so-nghi-quyet.db"
