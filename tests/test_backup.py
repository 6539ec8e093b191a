"""Backups: taking, checking, thinning, restoring, and surviving a killed writer.

The schema is someone else's; these tests use a small table of their own in a
file that has a register's data version and main tables.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from models import backup, backup_check, backup_names, backup_thinning, restore
from models.backup_names import BackupError
from models.paths import backups_dir
from models.register_identity import APPLICATION_ID
from models.schema import SCHEMA_VERSION
from tests.crypt_helpers import is_plain, keyed_connect, keyed_database

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 25, 19, 30, 0)


def make_register(path: Path, notes: list[str], *, wal: bool = True) -> None:
    """A file restore takes for a register (the program's application_id, its data
    version and main tables, empty), holding a small table of notes."""
    db = keyed_database(path)
    if wal:
        db.enable_wal()
    with db.atomic():
        for table in ("settings", "documents", "members", "conferences"):
            db.execute(f"CREATE TABLE IF NOT EXISTS {table} (uuid TEXT)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db["ghi_chu"].insert_all(
            [{"id": i, "noi_dung": text} for i, text in enumerate(notes, 1)], pk="id"
        )
    db.close()


def add_notes(path: Path, notes: list[str]) -> None:
    db = keyed_database(path)
    with db.atomic():
        db["ghi_chu"].insert_all([{"noi_dung": text} for text in notes])
    db.close()


def notes_in(path: Path) -> list[str]:
    con = keyed_connect(path, mode="ro")
    try:
        return [row[0] for row in con.execute("SELECT noi_dung FROM ghi_chu ORDER BY id")]
    finally:
        con.close()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def damage_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the file, as a bad sector would."""
    with open(path, "rb") as handle:
        page_size = int.from_bytes(handle.read(18)[16:18], "big") if is_plain(path) else 4096
    pages = path.stat().st_size // page_size
    assert pages >= 10, "the test database is too small to damage a middle page"
    with open(path, "r+b") as handle:
        handle.seek(page_size * (pages // 2))
        handle.write(b"\xa5" * page_size)


MANY_NOTES = [f"Nghị quyết số {i}-NQ/TW về công tác xây dựng Đảng " * 3 for i in range(1500)]


# ------------------------------------------------------------------ take_backup


def test_take_backup_names_checks_and_holds_the_rows(db_path: Path) -> None:
    make_register(db_path, ["Nghị quyết 01", "Chỉ thị 05"])

    copy = backup.take_backup(db_path, "Trước nhập", now=NOW)

    assert copy.parent == backups_dir(db_path)
    assert copy.name == "2026-11-25_193000_truoc-nhap.db"
    assert notes_in(copy) == ["Nghị quyết 01", "Chỉ thị 05"]
    assert backup_check.check_integrity(copy) == []
    # Stored in rollback mode: opening it never leaves -wal/-shm in the folder.
    con = keyed_connect(copy, mode="ro")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert not [n for n in files_in(copy.parent) if n.endswith(".part")]


def test_two_backups_in_the_same_second_do_not_overwrite(db_path: Path) -> None:
    make_register(db_path, ["Một"])
    first = backup.take_backup(db_path, backup_names.REASON_IMPORT, now=NOW)
    add_notes(db_path, ["Hai"])
    second = backup.take_backup(db_path, backup_names.REASON_IMPORT, now=NOW)

    assert first != second
    assert notes_in(first) == ["Một"]
    assert notes_in(second) == ["Một", "Hai"]
    assert [b.path for b in backup_names.list_backups(db_path)] == [second, first]


def test_take_backup_of_a_missing_database_says_so(db_path: Path) -> None:
    with pytest.raises(BackupError, match="Không tìm thấy tệp sổ dữ liệu"):
        backup.take_backup(db_path, backup_names.REASON_MANUAL)
    assert not db_path.exists()


def test_take_backup_while_a_writer_holds_the_file_says_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_register(db_path, ["Một"], wal=False)
    monkeypatch.setattr(backup_check, "BUSY_TIMEOUT_SECONDS", 0.0)
    writer = keyed_connect(db_path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(BackupError, match="đang bận"):
            backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert backup_names.list_backups(db_path) == []
    assert files_in(backups_dir(db_path)) == set()


def test_restore_stops_when_a_writer_holds_the_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_register(db_path, ["Một"], wal=False)
    good = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    add_notes(db_path, ["Hai"])
    before = db_path.read_bytes()
    monkeypatch.setattr(backup_check, "BUSY_TIMEOUT_SECONDS", 0.0)
    writer = keyed_connect(db_path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(BackupError, match="đang bận"):
            restore.restore(db_path, good, now=NOW + timedelta(hours=1))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert db_path.read_bytes() == before
    assert [b.path for b in backup_names.list_backups(db_path)] == [good]


def test_online_backup_of_a_wal_database_holds_committed_rows_only(db_path: Path) -> None:
    make_register(db_path, ["Đã ghi vào tệp chính"])
    writer = keyed_connect(db_path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Đã lưu, còn trong WAL')")
    pending = keyed_connect(db_path, isolation_level=None)
    pending.execute("BEGIN IMMEDIATE")
    pending.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Chưa lưu')")
    try:
        # The committed row really lives only in the WAL: a file copy misses it.
        naive = db_path.with_name("chep-tep.db")
        shutil.copyfile(db_path, naive)
        assert notes_in(naive) == ["Đã ghi vào tệp chính"]

        copy = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    finally:
        pending.execute("ROLLBACK")
        pending.close()
        writer.close()

    assert notes_in(copy) == ["Đã ghi vào tệp chính", "Đã lưu, còn trong WAL"]
    assert backup_check.check_integrity(copy) == []


HALF_WRITER = r"""
import sys, time
from tests.crypt_helpers import keyed_connect

con = keyed_connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size=1")  # spill changed pages into the file before commit
con.execute("BEGIN")
con.execute("UPDATE ghi_chu SET noi_dung = 'Sửa dở'")
print("mid", flush=True)
time.sleep(600)
"""


def test_backup_after_a_killed_write_in_rollback_mode(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    child = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITER, str(db_path)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "mid"
    child.kill()
    child.wait()
    assert Path(f"{db_path}-journal").stat().st_size > 0

    assert backup_check.check_integrity(db_path) == []
    copy = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)

    assert notes_in(copy) == MANY_NOTES
    assert notes_in(db_path) == MANY_NOTES


# -------------------------------------------------------------- check_integrity


def test_check_integrity_accepts_a_sound_database(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES)
    assert backup_check.check_integrity(db_path) == []


def test_check_integrity_finds_an_overwritten_page(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    damage_middle_page(db_path)

    problems = backup_check.check_integrity(db_path)

    assert problems and all(isinstance(p, str) for p in problems)


def test_a_damaged_database_is_not_backed_up_and_says_so(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    damage_middle_page(db_path)

    with pytest.raises(backup_names.DamagedDatabaseError, match="hỏng"):
        backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    assert files_in(backups_dir(db_path)) == set()


@pytest.mark.parametrize("keep", ["half", "half_plus_100", "three_pages", "fifty_bytes"])
def test_check_integrity_finds_a_truncated_file(db_path: Path, keep: str) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    size = db_path.stat().st_size
    cut = {"half": size // 2 // 4096 * 4096, "half_plus_100": size // 2 + 100,
           "three_pages": 3 * 4096, "fifty_bytes": 50}[keep]
    os.truncate(db_path, cut)

    assert backup_check.check_integrity(db_path)


def test_check_integrity_reports_foreign_empty_and_missing_files(tmp_path: Path) -> None:
    text = tmp_path / "ghi-chu.db"
    text.write_text("Đây là một tệp văn bản, không phải sổ dữ liệu. " * 50, encoding="utf-8")
    empty = tmp_path / "rong.db"
    empty.write_bytes(b"")
    garbled = tmp_path / "dau-hong.db"
    make_register(garbled, MANY_NOTES, wal=False)
    with open(garbled, "r+b") as handle:
        handle.write(b"\x00" * 100)

    assert "không phải là sổ dữ liệu" in backup_check.check_integrity(text)[0]
    assert "rỗng" in backup_check.check_integrity(empty)[0]
    assert backup_check.check_integrity(garbled)
    assert "Không tìm thấy" in backup_check.check_integrity(tmp_path / "khong-co.db")[0]
    assert not (tmp_path / "khong-co.db").exists()


# ------------------------------------------------------------------ restore


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    damaged = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    damage_middle_page(damaged)
    add_notes(db_path, ["Ghi sau khi sao lưu"])
    before = db_path.read_bytes()
    folder_before = files_in(db_path.parent)
    backups_before = files_in(backups_dir(db_path))

    with pytest.raises(BackupError) as refused:
        restore.restore(db_path, damaged)

    assert "bị hỏng" in str(refused.value) and "giữ nguyên" in str(refused.value)
    assert db_path.read_bytes() == before
    assert files_in(db_path.parent) == folder_before
    assert files_in(backups_dir(db_path)) == backups_before


def test_restore_of_a_good_backup_keeps_a_safety_copy(db_path: Path) -> None:
    make_register(db_path, ["Nghị quyết 01"])
    good = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    add_notes(db_path, ["Nhập nhầm"])

    safety = restore.restore(db_path, good, now=NOW + timedelta(hours=1))

    assert notes_in(db_path) == ["Nghị quyết 01"]
    assert backup_check.check_integrity(db_path) == []
    assert safety is not None and safety.parent == backups_dir(db_path)
    assert safety.name == "2026-11-25_203000_truoc-khoi-phuc.db"
    assert notes_in(safety) == ["Nghị quyết 01", "Nhập nhầm"]
    # The live file keeps its WAL mode; the restored copy is not left in temp files.
    con = keyed_connect(db_path, mode="ro")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    assert not [n for n in files_in(db_path.parent) if ".part" in n]


def test_restore_does_not_replay_a_stale_wal_onto_the_restored_file(tmp_path: Path) -> None:
    source = tmp_path / "nguon.db"
    make_register(source, ["Nghị quyết 01"])
    live = tmp_path / "so" / "so-nghi-quyet.db"
    live.parent.mkdir()
    shutil.copyfile(source, live)
    good = backup.take_backup(live, backup_names.REASON_AUTO, now=NOW)
    # A crash left committed rows in the WAL: copy the files while a writer has them open.
    writer = keyed_connect(source, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Chỉ có trong WAL')")
    shutil.copyfile(source, live)
    shutil.copyfile(f"{source}-wal", f"{live}-wal")
    writer.close()
    assert notes_in(live) == ["Nghị quyết 01", "Chỉ có trong WAL"]

    safety = restore.restore(live, good, now=NOW + timedelta(minutes=5))

    assert not Path(f"{live}-wal").exists() and not Path(f"{live}-shm").exists()
    assert notes_in(live) == ["Nghị quyết 01"]
    assert safety is not None and notes_in(safety) == ["Nghị quyết 01", "Chỉ có trong WAL"]


def test_restore_over_a_damaged_file_keeps_its_raw_bytes(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    good = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    damage_middle_page(db_path)
    damaged_bytes = db_path.read_bytes()

    kept = restore.restore(db_path, good, now=NOW + timedelta(hours=2))

    assert kept is not None and kept.name == "2026-11-25_213000_hong-truoc-khoi-phuc.db"
    assert kept.read_bytes() == damaged_bytes
    assert notes_in(db_path) == MANY_NOTES
    # A damaged copy is never offered as the backup to go back to.
    assert restore.newest_good_backup(db_path) == good


def test_restore_over_an_unreadable_file_drops_its_wal(tmp_path: Path) -> None:
    source = tmp_path / "nguon.db"
    make_register(source, ["Nghị quyết 01"])
    live = tmp_path / "so" / "so-nghi-quyet.db"
    live.parent.mkdir()
    shutil.copyfile(source, live)
    good = backup.take_backup(live, backup_names.REASON_AUTO, now=NOW)
    writer = keyed_connect(source, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Chỉ có trong WAL')")
    shutil.copyfile(source, live)
    shutil.copyfile(f"{source}-wal", f"{live}-wal")
    writer.close()
    with open(live, "r+b") as handle:
        handle.write(b"\x00" * 100)
    wal_bytes = Path(f"{live}-wal").read_bytes()

    kept = restore.restore(live, good, now=NOW + timedelta(minutes=5))

    assert not Path(f"{live}-wal").exists()
    assert notes_in(live) == ["Nghị quyết 01"]
    assert kept is not None and Path(f"{kept}-wal").read_bytes() == wal_bytes


def test_restore_removes_a_wal_left_beside_a_rollback_mode_file(tmp_path: Path) -> None:
    live = tmp_path / "so-nghi-quyet.db"
    make_register(live, ["Nghị quyết 01"], wal=False)
    good = backup.take_backup(live, backup_names.REASON_AUTO, now=NOW)
    other = tmp_path / "khac.db"
    make_register(other, ["Khác"])
    writer = keyed_connect(other, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Của sổ khác')")
    shutil.copyfile(f"{other}-wal", f"{live}-wal")
    writer.close()

    restore.restore(live, good, now=NOW + timedelta(minutes=5))

    assert not Path(f"{live}-wal").exists()
    con = keyed_connect(live)
    con.execute("PRAGMA journal_mode=WAL")
    assert [r[0] for r in con.execute("SELECT noi_dung FROM ghi_chu")] == ["Nghị quyết 01"]
    con.close()


def test_restore_when_the_database_is_gone(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "khac.db"
    make_register(other, ["Nghị quyết 01"])
    good = backup.take_backup(other, backup_names.REASON_MANUAL, now=NOW)
    # The file was deleted by hand, its WAL was not: SQLite would replay it onto any file.
    writer = keyed_connect(other, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Của tệp đã xoá')")
    shutil.copyfile(f"{other}-wal", f"{db_path}-wal")
    writer.close()

    assert restore.restore(db_path, good) is None
    assert not Path(f"{db_path}-wal").exists()
    assert notes_in(db_path) == ["Nghị quyết 01"]


def test_newest_good_backup_skips_damaged_ones(db_path: Path) -> None:
    make_register(db_path, MANY_NOTES, wal=False)
    older = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW)
    newer = backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW + timedelta(days=1))
    assert restore.newest_good_backup(db_path) == newer

    damage_middle_page(newer)

    assert restore.newest_good_backup(db_path) == older


def test_newest_good_backup_is_none_without_backups(db_path: Path) -> None:
    make_register(db_path, ["Một"])
    assert restore.newest_good_backup(db_path) is None


# ------------------------------------------------------------- backup_if_due


def test_backup_if_due_only_when_changed_and_interval_passed(db_path: Path) -> None:
    make_register(db_path, ["Một"])
    hour = timedelta(hours=1)

    first = backup.backup_if_due(db_path, hour, now=NOW)
    assert first is not None and first.name == "2026-11-25_193000_tu-dong.db"

    assert backup.backup_if_due(db_path, hour, now=NOW + 3 * hour) is None

    add_notes(db_path, ["Hai"])
    assert backup.backup_if_due(db_path, hour, now=NOW + 30 * timedelta(minutes=1)) is None

    second = backup.backup_if_due(db_path, hour, now=NOW + 3 * hour)
    assert second is not None and notes_in(second) == ["Một", "Hai"]
    assert backup.backup_if_due(db_path, hour, now=NOW + 9 * hour) is None
    assert [b.path for b in backup_names.list_backups(db_path)] == [second, first]


def test_backup_if_due_ignores_a_checkpoint_that_changes_bytes_not_content(
    db_path: Path,
) -> None:
    make_register(db_path, ["Một"])
    writer = keyed_connect(db_path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO ghi_chu(noi_dung) VALUES ('Hai')")
    before = db_path.read_bytes()
    assert backup.backup_if_due(db_path, timedelta(hours=1), now=NOW) is not None
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    writer.close()
    assert db_path.read_bytes() != before

    assert backup.backup_if_due(db_path, timedelta(hours=1), now=NOW + timedelta(days=1)) is None


def test_backup_if_due_when_the_clock_was_set_back(db_path: Path) -> None:
    make_register(db_path, ["Một"])
    hour = timedelta(hours=1)
    assert backup.backup_if_due(db_path, hour, now=NOW) is not None
    add_notes(db_path, ["Hai"])
    back_in_time = NOW - timedelta(days=400)

    taken = backup.backup_if_due(db_path, hour, now=back_in_time)

    assert taken is not None and notes_in(taken) == ["Một", "Hai"]
    # The copy written last is known, so an unchanged register is not copied again.
    assert backup.backup_if_due(db_path, hour, now=back_in_time + 2 * hour) is None
    assert backup_names.last_backup(db_path).path == taken
    assert restore.newest_good_backup(db_path) == taken


def test_backup_if_due_without_the_record_of_the_last_backup(db_path: Path) -> None:
    make_register(db_path, ["Một"])
    hour = timedelta(hours=1)
    assert backup.backup_if_due(db_path, hour, now=NOW) is not None
    (backups_dir(db_path) / backup_names.LAST_BACKUP_FILE).unlink()

    assert backup.backup_if_due(db_path, hour, now=NOW + 2 * hour) is None
    add_notes(db_path, ["Hai"])
    assert backup.backup_if_due(db_path, hour, now=NOW + 2 * hour) is not None


# ------------------------------------------------------------------ thinning


THIN_NOW = datetime(2026, 11, 25, 12, 0, 0)  # a Wednesday, ISO week 48

# (name, kept?, why)
THIN_CASES = [
    ("2026-11-25_110000_tu-dong.db", True, "newest; day 1; week 48; November"),
    ("2026-11-25_080000_tu-dong.db", False, "same day, older"),
    ("2026-11-24_090000_tu-dong.db", True, "day 2"),
    ("2026-11-23_180000_tu-dong.db", True, "day 3"),
    ("2026-11-23_090000_tu-dong.db", False, "same day, older"),
    ("2026-11-22_100000_tu-dong.db", True, "day 4; week 47"),
    ("2026-11-20_100000_tu-dong.db", True, "day 5 (the 21st has no backup)"),
    ("2026-11-19_100000_tu-dong.db", True, "day 6"),
    ("2026-11-18_100000_tu-dong.db", True, "day 7"),
    ("2026-11-17_100000_tu-dong.db", False, "day 8, and not newest of week 47"),
    ("2026-11-15_100000_tu-dong.db", True, "week 46"),
    ("2026-11-10_100000_tu-dong.db", False, "week 46, older"),
    ("2026-11-08_100000_tu-dong.db", True, "week 45, the 4th week"),
    ("2026-11-02_100000_tu-dong.db", False, "week 45, older"),
    ("2026-11-01_100000_tu-dong.db", False, "week 44 is the 5th week"),
    ("2026-10-31_100000_tu-dong.db", True, "October"),
    ("2026-10-28_100000_truoc-nhap.db", True, "before an import, 28 days ago"),
    ("2026-10-26_120000_truoc-khoi-phuc.db", True, "before a restore, exactly 30 days ago"),
    ("2026-10-26_115959_truoc-nang-cap.db", False, "before a migration, 30 days and 1 s"),
    ("2026-10-20_100000_truoc-nang-cap.db", False, "before a migration, 36 days ago"),
    ("2026-09-15_100000_tu-dong.db", True, "September"),
    ("2026-09-01_100000_tu-dong.db", False, "September, older"),
    ("2026-08-20_100000_tu-dong.db", True, "August"),
    ("2026-07-20_100000_tu-dong.db", True, "July"),
    ("2026-06-20_100000_tu-dong.db", True, "June"),
    ("2026-05-10_100000_tu-dong.db", True, "May"),
    ("2026-04-20_100000_tu-dong.db", True, "April"),
    ("2026-03-20_100000_thu-cong.db", True, "March"),
    ("2026-02-20_100000_tu-dong.db", True, "February"),
    ("2026-01-20_100000_tu-dong.db", True, "January"),
    ("2025-12-20_100000_tu-dong.db", True, "December 2025, the 12th month"),
    ("2025-11-25_100000_truoc-nhap.db", False, "13th month; before an import a year ago"),
    ("2025-11-20_100000_tu-dong.db", False, "13th month"),
    ("2024-01-01_100000_tu-dong.db", False, "long ago"),
]


def _touch(path: Path, moment: datetime) -> None:
    path.write_bytes(b"")
    stamp = moment.timestamp()
    os.utime(path, (stamp, stamp))


def test_thin_backups_keeps_exactly_the_right_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for name, _kept, _why in THIN_CASES:
        _touch(folder / name, THIN_NOW)
    (folder / "2026-11-02_100000_tu-dong.db-wal").write_bytes(b"")
    (folder / "ghi-chu.txt").write_text("không phải bản sao lưu", encoding="utf-8")
    stale_part = folder / "2026-11-20_100000_tu-dong.db.part"
    _touch(stale_part, THIN_NOW - timedelta(days=2))
    fresh_part = folder / "2026-11-25_115900_tu-dong.db.part"
    _touch(fresh_part, THIN_NOW - timedelta(minutes=1))

    removed = backup_thinning.thin_backups(folder, THIN_NOW)

    expected_removed = {name for name, kept, _why in THIN_CASES if not kept}
    expected_removed |= {"2026-11-02_100000_tu-dong.db-wal", stale_part.name}
    assert {p.name for p in removed} == expected_removed
    expected_left = {name for name, kept, _why in THIN_CASES if kept}
    expected_left |= {"ghi-chu.txt", fresh_part.name}
    assert files_in(folder) == expected_left
    # Thinning again removes nothing more.
    assert backup_thinning.thin_backups(folder, THIN_NOW) == []


def test_thin_backups_keeps_future_dated_and_last_written_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [
        "2027-06-01_100000_tu-dong.db",  # the clock was ahead then
        "2026-11-25_080000_tu-dong.db",
        "2026-11-25_070000_tu-dong.db",  # written last: the clock had been set back
        "2026-11-25_060000_tu-dong.db",
    ]
    for name in names:
        _touch(folder / name, THIN_NOW)
    (folder / backup_names.LAST_BACKUP_FILE).write_text(
        json.dumps({"file": "2026-11-25_070000_tu-dong.db", "fingerprint": "x"}),
        encoding="utf-8",
    )

    removed = backup_thinning.thin_backups(folder, THIN_NOW)

    assert [p.name for p in removed] == ["2026-11-25_060000_tu-dong.db"]


def test_thin_backups_after_months_without_use_keeps_the_history(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [f"2025-0{m}-10_100000_tu-dong.db" for m in range(1, 4)]
    for name in names:
        _touch(folder / name, THIN_NOW)

    assert backup_thinning.thin_backups(folder, THIN_NOW) == []
    assert files_in(folder) == set(names)


# ------------------------------------------------------------------ backup_to


def test_backup_to_a_chosen_folder(db_path: Path, tmp_path: Path) -> None:
    make_register(db_path, ["Nghị quyết 01"])
    stick = tmp_path / "USB"
    stick.mkdir()

    copy = backup.backup_to(db_path, stick, now=NOW)

    assert copy.parent == stick
    assert copy.name == "so-nghi-quyet_2026-11-25_193000_thu-cong.db"
    assert notes_in(copy) == ["Nghị quyết 01"]
    assert files_in(stick) == {copy.name}
    # It also counts as a backup at home.
    assert backup_names.last_backup(db_path).reason == backup_names.REASON_MANUAL


def test_backup_to_a_missing_folder_says_so(db_path: Path, tmp_path: Path) -> None:
    make_register(db_path, ["Nghị quyết 01"])
    with pytest.raises(BackupError, match="USB"):
        backup.backup_to(db_path, tmp_path / "khong-co")


def test_backup_to_a_write_protected_stick_says_so_and_warns_of_no_leftover(
    db_path: Path, tmp_path: Path, monkeypatch, caplog
) -> None:
    make_register(db_path, ["Nghị quyết 01"])
    stick = tmp_path / "USB Hằng"
    stick.mkdir()
    real_copy, real_unlink = shutil.copyfile, Path.unlink

    def write_protected_copy(src, dst, *args, **kwargs):
        if Path(dst).parent == stick:
            raise OSError(30, "Read-only file system")
        return real_copy(src, dst, *args, **kwargs)

    def write_protected_unlink(self, missing_ok=False):
        if self.parent == stick:  # Linux says EROFS, not "no such file", on such a stick
            raise OSError(30, "Read-only file system")
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(shutil, "copyfile", write_protected_copy)
    monkeypatch.setattr(Path, "unlink", write_protected_unlink)
    with pytest.raises(BackupError, match="chỉ cho đọc"):
        backup.backup_to(db_path, stick, now=NOW)
    assert "tệp tạm" not in caplog.text
    assert files_in(stick) == set()


# ------------------------------------------------------------- killed writer

WRITER = r"""
import sys
from tests.crypt_helpers import keyed_database

db = keyed_database(sys.argv[1])
round_no = db.execute("SELECT value FROM ban_ghi WHERE id = 1").fetchone()[0]
print("ready", flush=True)
while True:
    round_no += 1
    with db.atomic():
        db["ban_ghi"].update(1, {"value": round_no, "payload": f"{round_no}:" + "x" * 3000})
        db["lich_su"].insert_all(
            [{"round": round_no, "k": k, "text": "Nội dung " * 20} for k in range(100)]
        )
    print(round_no, flush=True)
"""


@pytest.mark.parametrize("attempt", range(5))
def test_kill_during_writes_leaves_old_or_new_record(db_path: Path, attempt: int) -> None:
    db = keyed_database(db_path)
    db.enable_wal()
    with db.atomic():
        db["ban_ghi"].insert({"id": 1, "value": 0, "payload": "0:"}, pk="id")
        db["lich_su"].create({"round": int, "k": int, "text": str})
    db.close()
    script = db_path.with_name("writer.py")
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    reported: list[str] = []
    reader = threading.Thread(target=lambda: reported.extend(child.stdout), daemon=True)
    reader.start()
    delay = random.uniform(0.02, 0.4)
    time.sleep(delay)
    assert child.poll() is None, "the writer stopped before it was killed"
    child.kill()
    child.wait()
    reader.join()
    committed = int(reported[-1]) if reported else 0

    # Checked before anything opens it read-write, as the app's start-up would.
    assert backup_check.check_integrity(db_path) == [], f"delay {delay:.3f}s"
    con = keyed_connect(db_path)
    value, payload = con.execute("SELECT value, payload FROM ban_ghi WHERE id = 1").fetchone()
    rounds = con.execute("SELECT COUNT(*), MAX(round) FROM lich_su").fetchone()
    con.close()
    assert value in (committed, committed + 1), f"delay {delay:.3f}s"
    assert payload.startswith(f"{value}:")
    assert rounds == (value * 100, value if value else None)
