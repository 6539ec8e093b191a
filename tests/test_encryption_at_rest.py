"""Encryption at rest, as a thief with the folder or the stick would see it.

A unit's register gets a demo, a member with a known name and date, an attachment
that names the member; it is backed up to its folder and to a "stick", and a
package goes to the upper level. Then every file the program wrote (register,
WAL, SHM, backups, the stick's copy, attachments, keys, packages, logs, temporary
files) is searched for the member's name and the date: found nowhere. The same
files open again with the key; a backup opens on a "new PC" with the recovery
code and not without it.
"""
from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from models import backup, backup_check, backup_names, demo, keystore
from models.applog import close_logging, setup_logging
from models.db import open_database
from models.documents import Document, attach_file, save_document
from models.organisation import ChiBo, Member, list_members, save_chi_bo, save_member
from models.paths import attachments_dir, keys_dir, logs_dir
from models.recovery_code import recovery_code
from models.sealed_files import read_file
from models.vntext import fold
from sync.import_export import export_package
from sync.keys import load_or_create_keys
from tests.usb_helpers import unit_office, upper_office

ROOT = Path(__file__).resolve().parent.parent
NAME = "Trần Thị Bảo Xuyến"
JOINED = "1987-03-14"


def secrets_of(name: str, date: str) -> list[bytes]:
    """Every spelling of the two facts a file could hold in the clear."""
    import unicodedata

    year, month, day = date.split("-")
    texts = [
        unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name),
        fold(name), date, f"{day}/{month}/{year}",
    ]
    found = []
    for text in texts:
        found += [text.encode("utf-8"), text.encode("utf-16-le")]
    # The name without its accents in capitals (search keys, sorted names).
    found.append(fold(name).upper().encode("ascii"))
    return found


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def holding(files: list[Path], needles: list[bytes]) -> list[str]:
    return [
        f"{path.name}: {needle!r}"
        for path in files
        for needle in needles
        if needle in path.read_bytes()
    ]


def cli(*args: object, keys: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, keystore.KEY_DIR_ENV: str(keys)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


@pytest.fixture
def office(tmp_path, monkeypatch):
    """The unit's folder after a day's work, with the program's temporary folder inside it."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    setup_logging(logs_dir(unit.path))
    logging.getLogger("test").info("Bắt đầu ngày làm việc")
    demo.generate(unit.db, seed=3, members=120, years=1, chi_bo=4)
    cell = save_chi_bo(unit.db, ChiBo(name="Chi bộ thôn Đông"))
    save_member(unit.db, Member(chi_bo_uuid=cell.uuid, full_name=NAME, birth_year=1965,
                                joined_on=JOINED))
    doc = save_document(unit.db, Document(type_code="NQ", symbol="05-NQ/ĐU", level_code="CS",
                                          issuer="Đảng ủy", issued_on="2025-01-10",
                                          title="Nghị quyết về công tác phát triển đảng viên"))
    source = tmp_path.parent / f"{tmp_path.name}-nguon.txt"
    source.write_text(f"Đề nghị kết nạp: {NAME}, vào Đảng ngày {JOINED}.\n", encoding="utf-8")
    attach_file(unit.db, doc.uuid, source)
    source.unlink()
    backup.take_backup(unit.path, backup_names.REASON_MANUAL)
    stick = tmp_path / "USB"
    stick.mkdir()
    backup.backup_to(unit.path, stick)
    export_package(unit.db, tmp_path / "usb")
    yield tmp_path, unit, stick
    close_logging()
    unit.db.conn.close()
    upper.db.conn.close()


def test_no_file_the_program_wrote_holds_a_name_or_a_date(office):
    root, unit, stick = office
    # Left open, as the window leaves it: the WAL and SHM hold the latest pages.
    written = files_under(root)
    names = {p.name for p in written}
    for expected in ("so.db", "so.db-wal", "so.db-shm", "signing-ed25519.pem",
                     "receiving-x25519.pem", "so-nghi-quyet.log"):
        assert expected in names, expected
    assert list(stick.glob("*.db")) and list(attachments_dir(unit.path).iterdir())
    assert list(backup_names.list_backups(unit.path))
    assert list((root / "usb").glob("*.snq"))
    a_demo_member = list_members(unit.db)[0].full_name

    assert holding(written, secrets_of(NAME, JOINED) + secrets_of(a_demo_member, JOINED)) == []

    unit.db.conn.close()
    assert holding(files_under(root), secrets_of(NAME, JOINED)) == []


def test_the_same_files_open_again_with_the_key(office):
    root, unit, stick = office
    unit.db.conn.close()
    again = open_database(unit.path)
    assert NAME in [m.full_name for m in list_members(again)]
    again.conn.close()
    for copy in [b.path for b in backup_names.list_backups(unit.path)] + list(stick.glob("*.db")):
        assert backup_check.check_backup(copy) == []
    (stored,) = attachments_dir(unit.path).iterdir()
    assert NAME in read_file(stored).decode("utf-8")
    assert load_or_create_keys(keys_dir(unit.path)).signing_fingerprint


def test_files_and_folders_of_the_register_are_for_its_user_only(office):
    if os.name != "posix":
        pytest.skip("POSIX rights")
    _root, unit, _stick = office
    folder = unit.path.parent
    wrong = [
        f"{path.relative_to(folder)} {stat.filemode(path.stat().st_mode)}"
        for path in [folder, *folder.rglob("*")]
        if path != folder and stat.S_IMODE(path.stat().st_mode) & 0o077
    ]
    assert wrong == []


def test_a_backup_opens_on_a_new_pc_with_the_recovery_code_and_not_without(office, tmp_path):
    _root, unit, stick = office
    (copy,) = stick.glob("*.db")
    code = recovery_code(keystore.load_key())
    new_pc = tmp_path / "may-moi"
    new_keys = new_pc / "khoa"
    register = new_pc / "so.db"
    new_pc.mkdir()

    refused = cli("--db", register, "restore", copy, keys=new_keys)
    assert refused.returncode == 1 and "mã khôi phục" in refused.stderr
    assert not register.exists()

    other_code = recovery_code(os.urandom(32))
    wrong = cli("--db", register, "restore", copy, "--recovery-code", other_code, keys=new_keys)
    assert wrong.returncode == 1 and "mã khôi phục" in wrong.stderr
    assert not register.exists()

    typed = code.lower().replace("-", " ")
    restored = cli("--db", register, "restore", copy, "--recovery-code", typed, keys=new_keys)
    assert restored.returncode == 0, restored.stderr
    found = cli("--db", register, "search", "Bao Xuyen", keys=new_keys)
    assert found.returncode == 0 and NAME in found.stdout
    checked = cli("--db", register, "check", keys=new_keys)
    assert checked.returncode == 0, checked.stderr
    assert NAME.encode() not in register.read_bytes()
