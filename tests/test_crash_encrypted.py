"""kill -9 during demo, member import, backup, restore and export: the register left behind
is the old one or the new one, encrypted, and passes ``check``; no temporary file holds
it in the clear, and the next start removes the temporary files."""
from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import backup_check, backup_names
from models.cipher import is_plain
from models.leftovers import leftovers, remove_leftovers
from tests.crypt_helpers import keyed_connect
from tests.sheet_files import STANDARD_HEADERS, member_rows, write_xlsx
from tests.usb_helpers import unit_office, upper_office

ROOT = Path(__file__).resolve().parent.parent


def main_py(*args: object) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *map(str, args)]


def run(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(main_py(*args), capture_output=True, text=True, encoding="utf-8",
                          timeout=180)


def kill_midway(*args: object, low: float = 0.3, high: float = 2.5) -> float:
    """Start the command, kill -9 it after a random moment; the moment, for the message."""
    delay = random.uniform(low, high)
    child = subprocess.Popen(main_py(*args), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    time.sleep(delay)
    child.kill()
    child.wait()
    return delay


def scalar(db: Path, sql: str) -> object:
    con = keyed_connect(db, mode="ro")
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def assert_sound_and_encrypted(db: Path, delay: float) -> None:
    checked = run("--db", db, "check")
    assert checked.returncode == 0, f"after {delay:.2f}s: {checked.stdout} {checked.stderr}"
    assert not is_plain(db), f"after {delay:.2f}s"
    for left in leftovers(db):
        assert not is_plain(left) and b"SQLite format 3" not in left.read_bytes()[:100]
    remove_leftovers(db)
    assert leftovers(db) == []


def members(db: Path) -> int:
    return int(scalar(db, "SELECT COUNT(*) FROM members"))


def test_kill_during_demo(tmp_path):
    db = tmp_path / "so.db"
    assert run("--db", db, "init", "--unit-name", "Đảng ủy xã Thử").returncode == 0

    delay = kill_midway("--db", db, "demo", "--members", "600", "--years", "2", "--chi-bo", "10")

    assert_sound_and_encrypted(db, delay)
    assert members(db) in (0, 600), f"after {delay:.2f}s"


def test_kill_during_member_import(tmp_path):
    db = tmp_path / "so.db"
    assert run("--db", db, "init", "--unit-name", "Đảng ủy xã Thử").returncode == 0
    sheet = write_xlsx(tmp_path / "danh-sach.xlsx", STANDARD_HEADERS, member_rows(3000))

    delay = kill_midway("--db", db, "import-members", sheet, "--create-chi-bo")

    assert_sound_and_encrypted(db, delay)
    assert members(db) in (0, 3000), f"after {delay:.2f}s"


@pytest.fixture
def demo_register(tmp_path) -> Path:
    db = tmp_path / "so.db"
    made = run("--db", db, "demo", "--members", "300", "--years", "1", "--chi-bo", "6")
    assert made.returncode == 0, made.stderr
    return db


def test_kill_during_backup(demo_register):
    db = demo_register
    before = members(db)

    delay = kill_midway("--db", db, "backup", low=0.2, high=1.5)

    assert_sound_and_encrypted(db, delay)
    assert members(db) == before
    for info in backup_names.list_backups(db):
        assert not is_plain(info.path) and backup_check.check_backup(info.path) == []


def test_kill_during_restore(demo_register):
    db = demo_register
    taken = run("--db", db, "backup")
    assert taken.returncode == 0, taken.stderr
    copy = Path(taken.stdout.strip())
    backed_up = scalar(copy, "SELECT value FROM settings WHERE key = 'unit_name'")
    assert run("--db", db, "init", "--unit-name", "Tên đổi sau khi sao lưu").returncode == 0

    delay = kill_midway("--db", db, "restore", copy, low=0.2, high=2.0)

    assert_sound_and_encrypted(db, delay)
    name = scalar(db, "SELECT value FROM settings WHERE key = 'unit_name'")
    assert name in (backed_up, "Tên đổi sau khi sao lưu"), f"after {delay:.2f}s"


def test_kill_during_export(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    unit.db.conn.close()
    upper.db.conn.close()
    db = unit.path
    stick = tmp_path / "usb-moi"
    stick.mkdir()
    assert run("--db", db, "demo", "--members", "400", "--years", "1").returncode == 0

    delay = kill_midway("--db", db, "export", "--out", stick, low=0.2, high=2.0)

    assert_sound_and_encrypted(db, delay)
    assert members(db) == 400
    for package in stick.iterdir():
        assert b"SQLite format 3" not in package.read_bytes()
