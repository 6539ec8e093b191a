"""The pieces behind honest errors: causes told apart, rules read back from the schema,
the register's mark, the lock's holder, attachment names."""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from models.attachment_names import clean_file_name, is_executable
from models.constraints import check_expressions, constraint_problems
from models.db import open_database
from models.errors import DatabaseFileError
from models.faults import explain_os, explain_sqlite
from models.instance_lock import AlreadyOpenError, InstanceLock
from models.register_identity import APPLICATION_ID, NotARegisterError


def test_a_stick_pulled_out_mid_write_is_not_called_damage(tmp_path: Path):
    db = tmp_path / "usb" / "so.db"
    open_database(db).conn.close()
    pulled = tmp_path / "usb"
    for path in pulled.rglob("*"):
        if path.is_file():
            path.unlink()
    for path in sorted(pulled.rglob("*"), reverse=True):
        path.rmdir()
    pulled.rmdir()
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = sqlite3.SQLITE_IOERR  # type: ignore[attr-defined]
    said = str(explain_sqlite(io_error, db))
    assert "Không tìm thấy thư mục" in said and "cắm lại USB" in said and "hỏng" not in said
    written = str(explain_os(OSError(errno.EIO, "Input/output error", str(tmp_path / "x.pdf"))))
    assert "USB đã bị rút ra" in written and "hỏng" not in written.replace("bị lỗi", "")


def test_full_disk_errors_from_the_os_and_from_sqlite(tmp_path: Path):
    db = tmp_path / "so.db"
    open_database(db).conn.close()
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert "đã đầy" in str(explain_sqlite(full, db))
    for code in (errno.ENOSPC, errno.EFBIG):
        assert "đã đầy" in str(explain_os(OSError(code, "x", str(tmp_path / "a.pdf"))))


def test_check_rules_are_read_back_from_the_schema_text():
    sql = """CREATE TABLE t (a INTEGER CHECK (a IN (1, 2)), "b)" TEXT DEFAULT 'CHECK (x)',
             -- CHECK (comment)
             c TEXT NOT NULL, CONSTRAINT k CHECK (length(c) < 5 AND c <> ')'))"""
    assert check_expressions(sql) == ["a IN (1, 2)", "length(c) < 5 AND c <> ')'"]
    con = sqlite3.connect(":memory:")
    con.execute(sql)
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("INSERT INTO t (a, c) VALUES (1, 'ok'), (3, 'ok'), (2, 'quá dài'), (NULL, 'x')")
    assert constraint_problems(con) == [
        "Bảng t, dòng 2: sai điều kiện a IN (1, 2)",
        "Bảng t, dòng 3: sai điều kiện length(c) < 5 AND c <> ')'",
    ]


def test_a_new_register_carries_the_mark_and_a_foreign_file_keeps_its_bytes(tmp_path: Path):
    db = tmp_path / "so.db"
    con = open_database(db).conn
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
    other = tmp_path / "khac.db"
    raw = sqlite3.connect(other)
    raw.execute("PRAGMA application_id = 42")
    raw.execute("CREATE TABLE x (y)")
    raw.commit()
    raw.close()
    before = other.read_bytes()
    with pytest.raises(NotARegisterError):
        open_database(other)
    assert other.read_bytes() == before and not Path(f"{other}-wal").exists()
    assert issubclass(NotARegisterError, DatabaseFileError)


def test_the_lock_names_its_holder_and_since_when(tmp_path: Path):
    db = tmp_path / "so.db"
    with InstanceLock(db, purpose="import-members"):
        with pytest.raises(AlreadyOpenError) as refused:
            InstanceLock(db, purpose="restore").acquire()
    said = str(refused.value)
    assert said.startswith("Sổ “so.db” đang được lệnh “import-members” ghi vào (người dùng “")
    assert ", từ " in said and "Hãy đợi lệnh đó chạy xong rồi chạy lại lệnh" in said


@pytest.mark.parametrize(("name", "runs"), [
    ("Nghị quyết 05.pdf", False), ("bao-cao.docx", False), ("setup.EXE", True),
    ("Báo cáo\u202efdp.exe", True), ("anh.jpg.js", True), ("chay.bat. . ", True),
    ("loi-tat.lnk", True), ("macro.xlsm", True), ("ghi-chu.txt", False),
])
def test_programs_and_scripts_are_known_whatever_the_name_hides(name: str, runs: bool):
    assert is_executable(name) is runs


def test_names_lose_bidi_and_control_characters():
    assert clean_file_name("Báo cáo\u202efdp.exe") == "Báo cáofdp.exe"
    assert clean_file_name("a\x00b\x1b[31m\u200b.pdf") == "ab[31m.pdf"
    assert clean_file_name("Nghi\u0323 quyê\u0301t.pdf") == "Nghị quyết.pdf"


def test_the_window_says_a_full_disk_met_while_working_as_such(tmp_path: Path):
    """An error no editor caught reaches the window's hook: a full disk is told as one."""
    import sys

    from gui.window.app import explain_fault
    from models import applog

    db = tmp_path / "so.db"
    open_database(db).conn.close()
    shown: list[str] = []
    uninstall = applog.install_excepthook(lambda text, _log: shown.append(text),
                                          lambda exc: explain_fault(exc, db))
    try:
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        sys.excepthook(type(full), full, None)
        sys.excepthook(KeyError, KeyError("x"), None)
    finally:
        uninstall()
    assert "đã đầy" in shown[0] and "Sổ không bị hỏng" in shown[0]
    assert shown[1].startswith("Chương trình gặp một lỗi ngoài dự kiến (KeyError")


def test_a_file_that_will_not_open_in_a_sound_folder_is_not_called_a_pulled_stick(
    tmp_path: Path,
):
    db = tmp_path / "so.db"
    open_database(db).conn.close()
    refused = sqlite3.OperationalError("unable to open database file")
    refused.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
    said = str(explain_sqlite(refused, db))
    assert "chương trình khác giữ" in said and "USB" not in said and "bị hỏng (" not in said
