"""A register written before encryption is encrypted in place on the first start after the
upgrade: a verified copy, then a swap; its plain backups, attachments and private keys follow.
"""
from __future__ import annotations

import pytest

from models import backup, backup_check, backup_names, demo, plain_upgrade
from models.cipher import is_plain
from models.db import open_database
from models.documents import Document, attach_file, save_document
from models.errors import DatabaseFileError
from models.keystore import PLAIN_ENV
from models.organisation import list_members
from models.paths import attachments_dir, keys_dir
from models.sealed_files import MAGIC, read_file
from sync.keys import load_or_create_keys

CONTENT = "Danh sách đề nghị kết nạp: Lê Thị Hồng Nhung".encode()


@pytest.fixture
def plain_register(db_path, tmp_path, monkeypatch):
    """A register, a backup, an attachment and keys as the version before encryption wrote them."""
    monkeypatch.setenv(PLAIN_ENV, "1")
    db = open_database(db_path)
    demo.generate(db, seed=2, members=80, years=1, chi_bo=3)
    doc = save_document(db, Document(type_code="NQ", symbol="01-NQ/ĐU", level_code="CS",
                                     issuer="Đảng ủy", issued_on="2025-02-01", title="Nghị quyết"))
    source = tmp_path / "de-nghi.txt"
    source.write_bytes(CONTENT)
    attached = attach_file(db, doc.uuid, source)
    keys = load_or_create_keys(keys_dir(db_path), db_path)
    names = sorted(m.full_name for m in list_members(db))
    old_backup = backup.take_backup(db_path, backup_names.REASON_MANUAL)
    db.conn.close()
    monkeypatch.delenv(PLAIN_ENV)
    assert is_plain(db_path) and is_plain(old_backup)
    assert (keys_dir(db_path) / "signing-ed25519.pem").read_bytes().startswith(b"-----BEGIN PRI")
    return {"names": names, "backup": old_backup, "stored": attached.stored_name,
            "fingerprint": keys.signing_fingerprint}


def test_first_start_after_the_upgrade_encrypts_everything_and_keeps_every_row(
    db_path, plain_register
):
    db = open_database(db_path)

    assert not is_plain(db_path)
    assert sorted(m.full_name for m in list_members(db)) == plain_register["names"]
    assert plain_register["names"][0].encode() not in db_path.read_bytes()
    db.conn.close()
    old_backup = plain_register["backup"]
    assert not is_plain(old_backup) and backup_check.check_backup(old_backup) == []
    stored = attachments_dir(db_path) / plain_register["stored"]
    assert stored.read_bytes().startswith(MAGIC) and read_file(stored) == CONTENT
    pem = (keys_dir(db_path) / "signing-ed25519.pem").read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    assert load_or_create_keys(keys_dir(db_path)).signing_fingerprint == (
        plain_register["fingerprint"]
    )
    leftovers = [p.name for p in db_path.parent.rglob("*") if ".part" in p.name]
    assert leftovers == []


def test_a_copy_that_does_not_verify_leaves_the_plain_register_as_it_was(
    db_path, plain_register, monkeypatch
):
    before = db_path.read_bytes()
    digests = iter(range(1000))
    monkeypatch.setattr(plain_upgrade, "content_digest", lambda con: str(next(digests)))

    with pytest.raises(DatabaseFileError, match="giữ nguyên"):
        open_database(db_path)

    assert db_path.read_bytes() == before
    assert is_plain(plain_register["backup"])
    assert [p.name for p in db_path.parent.iterdir() if ".part" in p.name] == []


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    other = tmp_path / "danh-ba.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Phạm Văn Đồng')")
    con.commit()
    con.close()
    before = other.read_bytes()

    with pytest.raises(DatabaseFileError, match="không phải là sổ dữ liệu của Sổ Nghị quyết"):
        open_database(other)

    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-ba.db"]
