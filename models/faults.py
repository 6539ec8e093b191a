"""What went wrong with the register's file, found out before anything is said.

SQLite reports a full disk, a read-only folder or a stick pulled out as "disk
I/O error" or "unable to open database file", and a clerk told "the register is
damaged" would restore a backup over a sound register. So a failure is
classified by looking at the place the file lives (is the folder there, is there
room, may this account write) and damage is claimed only when the file itself,
read without writing, fails SQLite's own checks. Each cause has its own message
saying what to do; every message says whether the register was changed.
"""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from models.backup_check import check_integrity
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import DatabaseFileError, UserError
from models.i18n import N_, _
from models.oserrors import reason as os_reason
from models.restore import newest_good_backup

# Below this much room a write of a few pages (or the -shm file) cannot be trusted.
LOW_SPACE_BYTES = 1 << 20
UNCHANGED = N_("Sổ không bị hỏng và không bị thay đổi.")


class StorageError(DatabaseFileError):
    """The place the register lives stops the work (full, read-only, gone, held)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class DamagedRegisterError(DatabaseFileError):
    """The register file itself fails SQLite's checks; the message names the newest good backup."""

    def __init__(self, message: str, newest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


# ------------------------------------------------------------------ messages


def disk_full(folder: Path) -> StorageError:
    return StorageError(
        "full",
        _(
            "Ổ đĩa chứa “{folder}” đã đầy nên chương trình không ghi được. {UNCHANGED} Hãy xoá "
            "bớt tệp không cần (và dọn Thùng rác) cho ổ đĩa trống ít nhất vài trăm MB rồi làm "
            "lại."
        ).format(folder=folder, UNCHANGED=_(UNCHANGED)),
    )


def read_only_drive(folder: Path) -> StorageError:
    return StorageError(
        "read_only_drive",
        _(
            "Ổ đĩa chứa “{folder}” chỉ cho đọc (USB có thể đang gạt khoá chống ghi) nên chương "
            "trình không ghi được. {UNCHANGED} Hãy gạt khoá chống ghi của USB, hoặc chép sổ "
            "vào máy rồi làm lại."
        ).format(folder=folder, UNCHANGED=_(UNCHANGED)),
    )


def read_only_folder(folder: Path) -> StorageError:
    return StorageError(
        "read_only_folder",
        _(
            "Tài khoản máy này không được phép ghi vào thư mục “{folder}” nên chương trình "
            "không ghi được sổ. {UNCHANGED} Hãy chép sổ (cùng các thư mục bên cạnh nó) vào một "
            "thư mục của mình, hoặc nhờ người quản trị máy cho phép ghi, rồi làm lại."
        ).format(folder=folder, UNCHANGED=_(UNCHANGED)),
    )


def read_only_file(path: Path) -> StorageError:
    return StorageError(
        "read_only_file",
        _(
            "Tệp sổ dữ liệu “{name}” đang để chỉ đọc nên chương trình không ghi được. "
            "{UNCHANGED} Hãy bỏ thuộc tính chỉ đọc (nhấp chuột phải vào tệp → Thuộc tính → bỏ "
            "chọn “Chỉ đọc”) rồi làm lại."
        ).format(name=path.name, UNCHANGED=_(UNCHANGED)),
    )


def missing_folder(folder: Path) -> StorageError:
    return StorageError(
        "missing_folder",
        _(
            "Không tìm thấy thư mục “{folder}” chứa sổ dữ liệu. Nếu sổ nằm trên USB, hãy cắm "
            "lại USB; nếu thư mục đã bị đổi tên hay chuyển đi, hãy chỉ đúng chỗ của sổ."
        ).format(folder=folder),
    )


def missing_register(path: Path) -> StorageError:
    return StorageError(
        "missing_file",
        _(
            "Không tìm thấy sổ dữ liệu “{path}”. Nếu sổ nằm trên USB, hãy cắm lại USB; nếu "
            "chưa có sổ, hãy tạo sổ mới bằng lệnh init."
        ).format(path=path),
    )


def drive_gone(path: Path) -> StorageError:
    return StorageError(
        "gone",
        _(
            "Không đọc ghi được sổ “{name}”: ổ đĩa bị lỗi hoặc USB đã bị rút ra giữa chừng. "
            "Việc đang làm dở đã bị huỷ, sổ vẫn như trước lần ghi đó. Hãy cắm lại USB (hoặc "
            "kiểm tra ổ đĩa) rồi làm lại."
        ).format(name=path.name),
    )


def file_locked(path: Path) -> StorageError:
    return StorageError(
        "locked",
        _(
            "Sổ “{name}” đang bị một chương trình khác giữ (chương trình sao chép, diệt virus "
            "hay đồng bộ tệp có thể đang đọc nó). {UNCHANGED} Hãy đợi một lát, đóng chương "
            "trình đó nếu biết, rồi làm lại."
        ).format(name=path.name, UNCHANGED=_(UNCHANGED)),
    )


def cannot_open(path: Path) -> StorageError:
    """The folder is there, with room and rights, yet the file will not open."""
    return StorageError(
        "cannot_open",
        _(
            "Không mở được tệp sổ “{name}”: tệp đang bị một chương trình khác giữ (chương "
            "trình sao chép, diệt virus, đồng bộ tệp) hoặc tài khoản máy này không được phép "
            "mở nó. {UNCHANGED} Hãy đóng chương trình đó hoặc nhờ người quản trị máy kiểm tra "
            "quyền, rồi làm lại."
        ).format(name=path.name, UNCHANGED=_(UNCHANGED)),
    )


def damaged(path: Path, detail: str) -> DamagedRegisterError:
    """The one message every command gives on a damaged register, with the way back."""
    path = Path(path)
    try:
        newest = newest_good_backup(path)
    except (OSError, UserError):
        newest = None
    text = (
        _(
            "Sổ dữ liệu “{name}” bị hỏng ({detail}). Chương trình dừng lại, không đọc hay ghi "
            "gì thêm vào sổ để sổ khỏi hỏng thêm. "
        ).format(name=path.name, detail=detail)
    )
    if newest is not None:
        text += (
            _(
                "Bản sao lưu tốt gần nhất: “{newest}”. Hãy khôi phục từ bản đó (trong cửa sổ "
                "chương trình, hoặc bằng lệnh: main.py --db \"{path}\" restore \"{newest}\")."
            ).format(newest=newest, path=path)
        )
    else:
        text += (
            _(
                "Không tìm thấy bản sao lưu tốt nào. Hãy chép nguyên thư mục chứa sổ sang nơi "
                "khác và nhờ người phụ trách kỹ thuật."
            )
        )
    return DamagedRegisterError(text, newest)


# ------------------------------------------------------------------ probing


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _size_limit_reached(path: Path) -> bool:
    """A per-process file size limit (a quota, ``ulimit -f``) is a full disk for this file."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return size + LOW_SPACE_BYTES > soft


def _drive_read_only(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def storage_problem(path: Path, *, writing: bool = True) -> StorageError | None:
    """What the place of ``path`` stops, looked at directly; None when nothing is seen.

    ``writing``: whether the work needs to write (reading a register in WAL mode
    still needs its ``-shm`` file, so a full disk stops readers too).
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        return missing_folder(folder)
    free = _free_bytes(folder)
    if free is None:
        return drive_gone(path)
    if _drive_read_only(folder):
        return read_only_drive(folder) if writing else None
    if not os.access(folder, os.W_OK):
        return read_only_folder(folder) if writing else None
    if path.exists() and not os.access(path, os.W_OK):
        return read_only_file(path) if writing else None
    if free < LOW_SPACE_BYTES or _size_limit_reached(path):
        return disk_full(folder)
    return None


def _damage_seen(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return check_integrity(path)


def explain_sqlite(exc: sqlite3.Error, db_path: Path) -> UserError:
    """A message for an SQLite failure on the register at ``db_path``."""
    db_path = Path(db_path)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return disk_full(db_path.parent)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return file_locked(db_path)
    seen = storage_problem(db_path)
    if seen is not None:
        return seen
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or isinstance(
        exc, sqlite3.DatabaseError
    ) and "malformed" in str(exc):
        problems = _damage_seen(db_path)
        if problems:
            return damaged(db_path, problems[0])
    if code == sqlite3.SQLITE_READONLY:
        return read_only_file(db_path)
    if code == sqlite3.SQLITE_CANTOPEN:
        return cannot_open(db_path)
    if code == sqlite3.SQLITE_IOERR:
        return drive_gone(db_path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseFileError(
            _(
                "Không đọc được sổ “{name}” ({exc}). Hãy chạy lệnh check để kiểm tra sổ."
            ).format(name=db_path.name, exc=exc)
        )
    return UserError(
        _(
            "Lỗi khi làm việc với sổ “{name}” ({exc}). Việc đang làm dở đã bị huỷ; hãy làm "
            "lại, nếu vẫn lỗi thì chạy lệnh check và báo người phụ trách kỹ thuật."
        ).format(name=db_path.name, exc=exc)
    )


def explain_os(exc: OSError, db_path: Path | None = None) -> UserError:
    """A message for a file that could not be read or written (the register's or another)."""
    target = Path(exc.filename) if exc.filename else db_path
    where = target.parent if target is not None else Path.cwd()
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full(where)
    if exc.errno == errno.EROFS:
        return read_only_drive(where)
    if exc.errno == errno.ENOENT and target is not None and not target.parent.is_dir():
        return missing_folder(target.parent)
    if exc.errno in (errno.EIO, errno.ENODEV, errno.ENXIO) and target is not None:
        return drive_gone(target)
    shown = f"“{target}”" if target is not None else _("tệp")
    return UserError(_(
        "Không đọc hay ghi được {shown}: {exc}. Hãy kiểm tra rồi làm lại."
    ).format(shown=shown, exc=os_reason(exc)))
