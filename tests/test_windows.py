"""The Windows code paths: writer lock, data folder, Vietnamese paths, refused names, USB drives.

Each runs on Linux through its seam (os.name, a stand-in msvcrt, platformdirs' Windows
rules, a stand-in kernel32), and for real under the Windows Python inside Wine:
scripts/test-windows.sh runs this file there, with drive E: made a removable drive
(SNQ_TEST_REMOVABLE_DRIVE) and the user profile named with Vietnamese letters and spaces.
"""
from __future__ import annotations

import errno
import importlib.util
import json
import os
import sys
import types
from pathlib import Path

import pytest

import models.instance_lock
from models import paths
from models.backup import take_backup
from models.backup_check import check_integrity
from models.backup_names import REASON_MANUAL
from models.db import open_database
from models.oserrors import name_problem, reason
from models.settings import get_settings, save_settings
from sync import transfer

ON_WINDOWS = sys.platform == "win32"
only_on_windows = pytest.mark.skipif(not ON_WINDOWS, reason="the real Windows call")
VIETNAMESE_FOLDER = ("Nguyễn Văn An", "Sổ đăng ký Đảng ủy")


class _FakeMsvcrt:
    """msvcrt.locking as Windows does it: byte ranges of a file, one holder each."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        stat = os.fstat(fd)
        key = (stat.st_dev, stat.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise OSError(errno.EACCES, "Permission denied")
            self.held[key] = fd
        elif self.held.get(key) == fd:
            del self.held[key]
        else:
            raise OSError(errno.EACCES, "Permission denied")


class _OsAsOnWindows(types.ModuleType):
    """The os module, saying "nt" when asked which system this is."""

    name = "nt"

    def __init__(self) -> None:
        super().__init__("os")

    def __getattr__(self, attribute: str):
        return getattr(os, attribute)


@pytest.fixture
def windows_lock_module(monkeypatch):
    """models.instance_lock as Windows imports it (its msvcrt branch), on any OS.

    Loaded as a copy under another name, so the module every other test uses stays as it is.
    """
    if ON_WINDOWS:
        return models.instance_lock
    fake = _FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(
        locking=fake.locking, LK_NBLCK=fake.LK_NBLCK, LK_UNLCK=fake.LK_UNLCK))
    spec = importlib.util.spec_from_file_location(
        "instance_lock_as_on_windows", models.instance_lock.__file__)
    module = importlib.util.module_from_spec(spec)
    with monkeypatch.context() as importing:
        # Only while its top level runs: pathlib itself looks at os.name.
        importing.setattr(os, "name", "nt")
        spec.loader.exec_module(module)
    module.os = _OsAsOnWindows()
    return module


def test_the_windows_writer_lock_refuses_a_second_holder_and_keeps_the_holder_line(
    windows_lock_module, tmp_path
):
    db_path = tmp_path.joinpath(*VIETNAMESE_FOLDER) / paths.DB_FILE_NAME
    db_path.parent.mkdir(parents=True)
    first = windows_lock_module.InstanceLock(db_path)
    first.acquire()
    try:
        with pytest.raises(windows_lock_module.AlreadyOpenError) as refused:
            windows_lock_module.InstanceLock(db_path).acquire()
        assert "đang được mở ở một cửa sổ khác" in str(refused.value)
        # The byte locked lies far past the holder's line, which the next one can still read.
        lock_file = windows_lock_module.lock_path_for(db_path)
        assert json.loads(lock_file.read_text("utf-8"))["pid"] == os.getpid()
    finally:
        first.release()
    again = windows_lock_module.InstanceLock(db_path)
    again.acquire()
    again.release()


@pytest.mark.parametrize("code", [errno.EACCES, errno.EDEADLOCK, 0])
def test_windows_lock_errors_mean_another_window_has_it(monkeypatch, code):
    monkeypatch.setattr(models.instance_lock, "os", _OsAsOnWindows())
    assert models.instance_lock._held_elsewhere(OSError(code, "locked"))
    assert not models.instance_lock._held_elsewhere(OSError(errno.ENOSPC, "full"))


def test_the_data_folder_is_the_users_local_app_data(monkeypatch, tmp_path):
    """%LOCALAPPDATA%\\SoNghiQuyet, not ...\\SoNghiQuyet\\SoNghiQuyet (platformdirs'
    default adds the author's name on Windows only)."""
    monkeypatch.delenv("SNQ_DATA_DIR", raising=False)
    if ON_WINDOWS:
        local = Path(os.environ["LOCALAPPDATA"])
    else:
        import platformdirs
        import platformdirs.windows

        local = tmp_path / "Users" / VIETNAMESE_FOLDER[0] / "AppData" / "Local"
        folders = {"CSIDL_LOCAL_APPDATA": str(local)}
        monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", folders.__getitem__)
        monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: (
            platformdirs.windows.Windows(*args, **kwargs).user_data_dir))
    assert paths.default_db_path() == local / "SoNghiQuyet" / paths.DB_FILE_NAME
    assert (local / "SoNghiQuyet").is_dir()


def test_a_register_in_a_folder_with_vietnamese_letters_and_spaces(tmp_path):
    db_path = tmp_path.joinpath(*VIETNAMESE_FOLDER) / paths.DB_FILE_NAME
    with models.instance_lock.InstanceLock(db_path.parent.mkdir(parents=True) or db_path):
        db = open_database(db_path)
        settings = get_settings(db)
        settings.unit_name = "Đảng ủy xã Cẩm Giàng"
        save_settings(db, settings)
        db.conn.close()
        backup = take_backup(db_path, REASON_MANUAL)
    assert backup.parent == db_path.parent / "backups"
    assert check_integrity(backup) == []
    db = open_database(backup)
    assert get_settings(db).unit_name == "Đảng ủy xã Cẩm Giàng"
    db.conn.close()


@pytest.mark.parametrize("name", ["Báo cáo?.pdf", "Biên bản*.pdf", "Kế hoạch <1>.pdf",
                                  "Nghị quyết|05.pdf", 'Chỉ thị "mới".pdf'])
def test_names_windows_refuses_are_refused_before_writing(tmp_path, name):
    assert name_problem(name) is not None
    if ON_WINDOWS:
        # What Windows itself says of such a name, put in words a clerk can act on.
        with pytest.raises(OSError) as refused:
            (tmp_path / name).write_bytes(b"%PDF")
        assert "ký tự không được dùng" in reason(refused.value)
        assert not any(tmp_path.iterdir())


def test_windows_invalid_argument_for_a_refused_name_is_explained():
    """Python's open() on Windows goes through the C runtime, which reports such a name
    as EINVAL ("Invalid argument") with no Windows error code."""
    error = OSError(errno.EINVAL, "Invalid argument", "E:\\Báo cáo\\Biên bản?.pdf")
    assert "ký tự không được dùng" in reason(error)
    assert "ký tự" not in reason(OSError(errno.EINVAL, "Invalid argument", "C:\\a\\b.pdf"))


def test_windows_invalid_name_error_is_explained():
    error = OSError(errno.EINVAL, "The filename, directory name, or volume label syntax is "
                    "incorrect")
    error.winerror = 123  # what Windows adds to the errno; absent on other systems
    assert "ký tự không được dùng" in reason(error)


@only_on_windows
def test_the_removable_drive_is_listed_and_the_system_drive_is_not():
    letter = os.environ.get("SNQ_TEST_REMOVABLE_DRIVE")
    if not letter:
        pytest.skip("no removable drive prepared (scripts/test-windows.sh makes one)")
    drives = transfer.list_removable_drives()
    roots = [root for _label, root in drives]
    assert Path(f"{letter}\\") in roots
    assert Path("C:\\") not in roots
    label = next(label for label, root in drives if root == Path(f"{letter}\\"))
    assert label.endswith(f"({letter})")
