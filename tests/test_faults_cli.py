"""Every fault of issue 12's list, met as a clerk meets it: ``main.py`` in a subprocess.

Each shows the message (Vietnamese, saying what to do, never claiming damage that
is not there), the exit code (1, or 2 for bad usage) and the register byte for
byte as it was. Full disks and read-only places are real: a small tmpfs and a
read-only bind mount where this test may mount (root), file modes as a non-root
account, and the file size limit (RLIMIT_FSIZE) of the child everywhere.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from models.register_identity import APPLICATION_ID
from tests.fault_helpers import (
    ROOT,
    build,
    can_mount,
    chown_tree,
    copy_register,
    damage,
    file_size_limit,
    fill,
    non_root_user,
    read_only_bind,
    register_connection,
    register_state,
    run,
    small_disk,
    world_folder,
)
from tests.sheet_files import STANDARD_HEADERS, member_rows, write_xlsx

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and mounts")

DAMAGE_WORDS = ("hỏng", "khôi phục")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("goc") / "so.db"
    build(db)
    return db


@pytest.fixture()
def register(built: Path, tmp_path: Path) -> Path:
    return copy_register(built, tmp_path / "du-lieu")


def _no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr.replace("Lỗi:", "")


def _refused(done: subprocess.CompletedProcess, *words: str, code: int = 1) -> None:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    _no_traceback(done)
    for word in words:
        assert word in done.stderr, done.stderr


def _members(db: Path) -> int:
    con = register_connection(db, read_only=True)
    try:
        return con.execute("SELECT COUNT(*) FROM members WHERE deleted = 0").fetchone()[0]
    finally:
        con.close()


# ------------------------------------------------------------------ one writer

PAUSED_IMPORT = r"""
import sys
sys.path.insert(0, sys.argv[1])
import models.member_import as member_import
real = member_import.save_member
saved = [0]
def paused(db, member):
    saved[0] += 1
    if saved[0] == 10:
        # Half-way through the import's one transaction.
        print("HALFWAY", flush=True)
        sys.stdin.readline()
    return real(db, member)
member_import.save_member = paused
from cli.app import run
sys.exit(run(sys.argv[2:]))
"""


def _start_paused_import(db: Path, sheet: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSED_IMPORT, str(ROOT), "--db", str(db), "import-members",
         str(sheet), "--create-chi-bo"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8",
    )
    for line in child.stdout:
        if line.strip() == "HALFWAY":
            return child
    child.kill()
    raise AssertionError(child.stderr.read())


def test_restore_and_a_second_import_are_refused_while_an_import_holds_the_register(
    register: Path, tmp_path: Path
):
    sheet = write_xlsx(tmp_path / "danh-sach.xlsx", STANDARD_HEADERS, member_rows(40, 3))
    before = _members(register)
    backup = sorted((register.parent / "backups").glob("*.db"))[0]
    importing = _start_paused_import(register, sheet)
    try:
        restore = run("--db", register, "restore", backup)
        _refused(restore, "lệnh “import-members” ghi vào", "từ ", "Hãy đợi",
                 "sổ chưa bị thay đổi")
        second = run("--db", register, "import-members", sheet, "--create-chi-bo")
        _refused(second, "lệnh “import-members” ghi vào")
        again = run("--db", register, "init", "--unit-name", "Đảng ủy khác")
        _refused(again, "lệnh “import-members” ghi vào")
        # A reader meanwhile sees the register as before the import, not half of it.
        listed = run("--db", register, "list", "members", "--json")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.count('"full_name"') == before
    finally:
        out, err = importing.communicate("\n", timeout=120)
    assert importing.returncode == 0, err
    # The import's 40 members are there once: not lost to a restore, not doubled.
    assert _members(register) == before + 40


def test_the_window_holding_the_register_is_named_to_a_command(register: Path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; sys.path.insert(0, sys.argv[1]);"
         "from models.instance_lock import InstanceLock;"
         "lock = InstanceLock(sys.argv[2]); lock.acquire(); print('LOCKED', flush=True);"
         "sys.stdin.readline()", str(ROOT), str(register)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        state = register_state(register)
        refused = run("--db", register, "demo")
        _refused(refused, "đang được mở ở một cửa sổ khác (người dùng", "chạy lại lệnh")
        assert register_state(register) == state
    finally:
        holder.communicate("\n", timeout=30)


# ------------------------------------------------------------------ full disk

READ_AND_WRITE = [
    ("list", "members"), ("search", "nguyen"), ("stats",), ("check",),
    ("init", "--unit-name", "Đảng ủy xã Mới"), ("backup",),
]


@pytest.mark.skipif(not can_mount(), reason="mounting a small tmpfs needs root; the "
                    "RLIMIT_FSIZE test below covers a full disk for other accounts")
def test_a_full_disk_is_said_as_such_by_every_command_on_a_real_small_disk(
    built: Path, tmp_path: Path
):
    with small_disk(tmp_path / "o-nho", "8m") as disk:
        db = copy_register(built, disk)
        run("--db", db, "list", "chi-bo")  # the -shm exists, as on a PC in daily use
        sheet = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(200, 3))
        fill(disk)
        state = register_state(db)
        for args in [*READ_AND_WRITE, ("import-members", sheet, "--create-chi-bo"),
                     ("backup", "--to", disk)]:
            done = run("--db", db, *args)
            assert register_state(db) == state, args
            if done.returncode == 0:
                # Reading needs no room: what needs none is allowed to work.
                assert args[0] in ("list", "search", "stats", "check"), (args, done.stderr)
                continue
            _refused(done, "đã đầy", "Sổ không bị hỏng")
            assert not any(word in done.stderr.split("Sổ không bị hỏng")[0]
                           for word in DAMAGE_WORDS), done.stderr


def test_a_full_disk_through_the_file_size_limit(register: Path, tmp_path: Path):
    """RLIMIT_FSIZE: every write past the first kilobyte fails, as on a disk with no room."""
    sheet = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(200, 3))
    state = register_state(register)
    for args in [("init", "--unit-name", "Đảng ủy xã Mới"), ("backup",),
                 ("import-members", sheet, "--create-chi-bo"), ("list", "members")]:
        done = run("--db", register, *args, preexec=file_size_limit(1024))
        _refused(done, "đã đầy", "Sổ không bị hỏng")
        assert "bị hỏng (" not in done.stderr
        assert register_state(register) == state, args
    assert run("--db", register, "check").returncode == 0


# ------------------------------------------------------------------ read-only


@pytest.mark.skipif(non_root_user() is None, reason="needs a non-root account (setpriv)")
def test_a_read_only_file_and_a_read_only_folder_as_a_clerk_without_rights(
    built: Path, tmp_path: Path
):
    user = non_root_user()
    folder = world_folder(tmp_path, user)
    db = copy_register(built, folder)
    chown_tree(folder, user)
    try:
        os.chmod(db, 0o444)
        state = register_state(db)
        written = run("--db", db, "init", "--unit-name", "Đảng ủy xã Mới", user=user)
        _refused(written, "chỉ đọc", "Sổ không bị hỏng", "bỏ thuộc tính chỉ đọc")
        read = run("--db", db, "list", "chi-bo", user=user)
        assert read.returncode == 0, read.stderr  # reading a read-only register works
        assert register_state(db) == state

        os.chmod(db, 0o644)
        for side in folder.glob("so.db-*"):
            side.unlink()
        os.chmod(folder, 0o555)
        for args in (("init", "--unit-name", "Đảng ủy xã Mới"), ("list", "chi-bo"),
                     ("backup",)):
            done = run("--db", db, *args, user=user)
            _refused(done, "không được phép ghi vào thư mục", "Sổ không bị hỏng")
            assert register_state(db) == state, args
    finally:
        os.chmod(folder, 0o755)
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(not can_mount(), reason="a read-only bind mount needs root")
def test_a_write_protected_stick(built: Path, tmp_path: Path):
    db = copy_register(built, tmp_path / "usb")
    state = register_state(db)
    with read_only_bind(tmp_path / "usb"):
        done = run("--db", db, "init", "--unit-name", "Đảng ủy xã Mới")
        _refused(done, "chỉ cho đọc", "khoá chống ghi", "Sổ không bị hỏng")
        assert register_state(db) == state


# ------------------------------------------------------------------ gone, locked


def test_a_missing_folder_and_a_stick_pulled_out(register: Path, tmp_path: Path):
    gone = tmp_path / "E" / "SoNghiQuyet" / "so.db"
    for args in (("list", "members"), ("stats",), ("check",), ("backup",)):
        done = run("--db", gone, *args)
        _refused(done, "Không tìm thấy thư mục", "cắm lại USB")
        assert not gone.parent.exists()
    register.rename(tmp_path / "cat-di.db")  # the stick with the register on it is gone
    done = run("--db", register, "search", "an")
    _refused(done, "Không tìm thấy sổ dữ liệu", "cắm lại USB")
    assert not register.exists()


def test_a_register_held_by_another_program(register: Path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; con = sqlite3.connect(sys.argv[1], isolation_level=None);"
         "con.execute('BEGIN EXCLUSIVE'); print('HELD', flush=True); sys.stdin.readline()",
         str(register)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "HELD"
        state = register_state(register)
        done = run("--db", register, "init", "--unit-name", "Đảng ủy xã Mới")
        _refused(done, "đang bị một chương trình khác giữ", "Sổ không bị hỏng")
        assert register_state(register) == state
    finally:
        holder.communicate("\n", timeout=30)


# ------------------------------------------------------------------ not a register


def _foreign(path: Path, *, register_names: bool = False) -> Path:
    con = sqlite3.connect(path)
    tables = ("settings", "documents", "members", "conferences") if register_names else (
        "photos", "albums")
    for table in tables:
        con.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, uuid TEXT)")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    return path


def test_another_programs_sqlite_file_is_refused_untouched(register: Path, tmp_path: Path):
    other = _foreign(tmp_path / "anh.db")
    before = other.read_bytes()
    for args in (("list", "members"), ("init", "--unit-name", "X"), ("backup",)):
        done = run("--db", other, *args)
        _refused(done, "không phải là sổ dữ liệu của Sổ Nghị quyết", "không thay đổi")
        assert other.read_bytes() == before, args
    con = sqlite3.connect(other)
    assert {r[0] for r in con.execute("SELECT name FROM sqlite_master")} == {"photos", "albums"}
    con.close()

    lookalike = _foreign(tmp_path / "giong.db", register_names=True)
    state = register_state(register)
    for source in (other, lookalike):
        done = run("--db", register, "restore", source)
        _refused(done, "không phải là bản sao lưu của Sổ Nghị quyết", "giữ nguyên")
        assert register_state(register) == state


def test_an_existing_register_is_marked_on_first_open(built: Path, tmp_path: Path):
    db = copy_register(built, tmp_path / "cu")
    con = register_connection(db)
    con.execute("PRAGMA application_id = 0")  # as every register before this version
    con.commit()
    con.close()
    assert run("--db", db, "list", "chi-bo").returncode == 0
    con = register_connection(db)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


# ------------------------------------------------------------------ CHECK rules, damage


def _break_a_rule(db: Path) -> None:
    con = register_connection(db)
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("UPDATE members SET gender = 'X', birth_year = 1500 WHERE id = 3")
    con.commit()
    con.close()


def test_check_backup_and_restore_refuse_rows_breaking_the_schemas_rules(
    register: Path, tmp_path: Path
):
    bad = copy_register(register, tmp_path / "sai")
    _break_a_rule(bad)
    checked = run("--db", bad, "check")
    _refused(checked, "Bảng members, dòng 3: sai điều kiện gender IN", "birth_year",
             "Bản sao lưu tốt gần nhất")
    backups_before = sorted((bad.parent / "backups").iterdir())
    backed = run("--db", bad, "backup")
    _refused(backed, "Bảng members, dòng 3")
    assert sorted((bad.parent / "backups").iterdir()) == backups_before

    state = register_state(register)
    restored = run("--db", register, "restore", bad)
    _refused(restored, "Bảng members, dòng 3", "giữ nguyên")
    assert register_state(register) == state


def test_every_command_on_a_damaged_register_gives_the_same_message_and_backup(
    register: Path,
):
    damage(register)
    state = register_state(register)
    newest = sorted((register.parent / "backups").glob("*.db"))[-1]
    messages = set()
    for args in (("list", "members"), ("search", "nguyen"), ("init", "--unit-name", "X"),
                 ("stats",), ("check",)):
        done = run("--db", register, *args)
        _refused(done, "bị hỏng", str(newest), "restore")
        messages.add(done.stderr.strip().splitlines()[-1])
        assert register_state(register) == state, args
    assert len(messages) == 1, messages
    restored = run("--db", register, "restore", newest)
    assert restored.returncode == 0, restored.stderr
    assert run("--db", register, "check").returncode == 0


# ------------------------------------------------------------------ bad input


def _zip_bomb(path: Path) -> Path:
    """A 1 MB .xlsx whose sheet unpacks to 1 GB."""
    good = write_xlsx(path.with_name("mau.xlsx"), STANDARD_HEADERS, member_rows(3, 3))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(
        path, "w", zipfile.ZIP_DEFLATED, compresslevel=9
    ) as bomb:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with bomb.open(item.filename, "w", force_zip64=True) as sheet:
                    head = source.read(item.filename).split(b"</sheetData>")[0]
                    sheet.write(head)
                    filler = b"<!--" + b" " * (1 << 20) + b"-->"
                    for _ in range(1024):
                        sheet.write(filler)
                    sheet.write(b"</sheetData></worksheet>")
            else:
                bomb.writestr(item, source.read(item.filename))
    return path


def _with_text(path: Path, marker: str, text: str) -> Path:
    """The workbook with ``marker`` replaced in its XML (openpyxl would cut the text to
    Excel's limit; a file from elsewhere need not)."""
    out = path.with_name("sua-" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in source.infolist():
            data = source.read(item.filename)
            new.writestr(item, data.replace(marker.encode(), text.encode()))
    return out


def test_a_zip_bomb_a_huge_cell_and_a_duplicate_row(register: Path, tmp_path: Path):
    state = register_state(register)
    bomb = _zip_bomb(tmp_path / "danh-sach.xlsx")
    assert bomb.stat().st_size < 5 * 1024 * 1024
    done = run("--db", register, "import-members", bomb, "--create-chi-bo")
    _refused(done, "khi giải nén chiếm tới", "xin gửi lại")
    assert register_state(register) == state

    rows = member_rows(5, 3)
    rows[2][1] = "TEN-THAY-THE"
    huge = _with_text(write_xlsx(tmp_path / "o-lon.xlsx", STANDARD_HEADERS, rows),
                      "TEN-THAY-THE", "Nguyễn " * 1_500_000)  # 10 MB in the name column
    done = run("--db", register, "import-members", huge, "--create-chi-bo")
    _refused(done, "Dòng 4", "dài hơn 32.767 ký tự")
    assert register_state(register) == state

    rows = member_rows(5, 3)
    twice = write_xlsx(tmp_path / "trung.xlsx", STANDARD_HEADERS, [*rows, list(rows[1])])
    before = _members(register)
    done = run("--db", register, "import-members", twice, "--create-chi-bo")
    assert done.returncode == 0, done.stderr
    assert "Dòng 7 – Lỗi: Trùng với dòng 3" in done.stderr
    assert _members(register) == before + 5


def test_absurd_search_and_undecodable_arguments(register: Path):
    state = register_state(register)
    done = run("--db", register, "search", "a" * 100_000)
    _refused(done, "dài 100.000 ký tự", "tối đa 200")
    # Bytes that are not UTF-8, as a name typed on a PC set to another code page.
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(register).encode(),
               "search", b"\xff\xfenguy\xe1n"]
    raw = subprocess.run(command, capture_output=True, timeout=60)
    assert raw.returncode == 2
    stderr = raw.stderr.decode("utf-8")
    assert "tham số thứ 4 có ký tự không đọc được" in stderr and "Traceback" not in stderr
    assert register_state(register) == state


def test_control_and_bidi_characters_already_in_the_register_never_reach_the_terminal(
    register: Path,
):
    """A name stored before the rules refused such characters (or by another tool)."""
    con = register_connection(register)
    con.execute("UPDATE members SET full_name = ?, search_text = ? WHERE id = 1",
                ["Lò Văn\x1b[2J Pá\u202eình", "lo van pa inh"])
    con.commit()
    con.close()
    for args in (("list", "members"), ("search", "lo van pa")):
        done = run("--db", register, *args)
        assert done.returncode == 0, done.stderr
        assert "Lò Văn\ufffd[2J Pá\ufffdình" in done.stdout
        assert "\x1b" not in done.stdout and "\u202e" not in done.stdout
