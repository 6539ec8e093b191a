"""One writer per database file, across processes.

A lock file beside the database (``so-nghi-quyet.db.lock``) is locked with the
operating system's own file lock: ``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows. The kernel drops such a lock when the process ends, however it
ends, so a crash never leaves the register locked for ever.

The lock file is left in place on release: deleting it would let a second
process lock a fresh file while a third still holds the old, unlinked one.

The holder writes who it is into the lock file (a window or a command, the
account, the time it started), so that a second writer is told who holds the
register and since when instead of a bare refusal.
"""
from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
from pathlib import Path
from types import TracebackType

from models.errors import UserError
from models.i18n import _
from models.oserrors import reason as os_reason

if os.name == "nt":
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"
# The purpose of the program's own window; a command passes its name instead.
WINDOW = "window"
_HOLDER_BYTES = 4096


class InstanceLockError(UserError):
    """The lock could not be taken; the message is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class AlreadyOpenError(InstanceLockError):
    """Another window (another process) already has this register open."""


def lock_path_for(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class InstanceLock:
    """Hold the database for this process; ``with InstanceLock(path):`` or acquire/release.

    A second holder, in another process or in this one, gets AlreadyOpenError
    naming the first. ``purpose`` is ``WINDOW`` or the command's name.
    """

    def __init__(self, db_path: Path, purpose: str = WINDOW) -> None:
        self.db_path = Path(db_path)
        self.lock_path = lock_path_for(self.db_path)
        self.purpose = purpose
        self._fd: int | None = None

    @property
    def locked(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise InstanceLockError(
                _(
                    "Không mở được sổ “{name}” vì không tạo được tệp khoá trong thư mục "
                    "“{parent}” ({exc}). Hãy kiểm tra thư mục đó còn tồn tại và được phép ghi."
                ).format(name=self.db_path.name, parent=self.lock_path.parent, exc=os_reason(exc))
            ) from exc
        try:
            _lock(fd)
        except OSError as exc:
            if _held_elsewhere(exc):
                holder = _read_holder(fd)
                os.close(fd)
                raise AlreadyOpenError(self._refusal(holder)) from None
            os.close(fd)
            raise InstanceLockError(
                _(
                    "Không giữ được sổ “{name}” cho riêng cửa sổ này ({exc}). Hãy chép sổ vào "
                    "một thư mục trên máy này rồi mở lại."
                ).format(name=self.db_path.name, exc=os_reason(exc))
            ) from exc
        self._fd = fd
        _write_holder(fd, self.purpose)

    def _refusal(self, holder: dict | None) -> str:
        name = self.db_path.name
        again = _("mở lại") if self.purpose == WINDOW else _("chạy lại lệnh")
        who = _describe_holder(holder)
        if holder is not None and holder.get("purpose") not in (None, WINDOW):
            return (
                _(
                    "Sổ “{name}” đang được lệnh “{purpose}” ghi vào{who}. Hãy đợi lệnh đó chạy "
                    "xong rồi {again}; sổ chưa bị thay đổi gì."
                ).format(name=name, purpose=holder['purpose'], who=who, again=again)
            )
        if self.purpose == WINDOW:
            return (
                _(
                    "Sổ “{name}” đang được mở ở một cửa sổ khác{who}. Hãy dùng cửa sổ đó (tìm "
                    "trên thanh tác vụ), hoặc đóng nó rồi mở lại."
                ).format(name=name, who=who)
            )
        return (
            _(
                "Sổ “{name}” đang được mở ở một cửa sổ khác{who}. Trong khi cửa sổ đó mở, chỉ "
                "nó được ghi vào sổ: hãy làm việc này trong cửa sổ đó, hoặc đóng nó rồi chạy "
                "lại lệnh. Sổ chưa bị thay đổi gì."
            ).format(name=name, who=who)
        )

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _write_holder(fd: int, purpose: str) -> None:
    """Who holds the lock, for the next one who asks (and a person looking at the folder)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    record = {
        "program": "Sổ Nghị quyết",
        "purpose": purpose,
        "user": user,
        "pid": os.getpid(),
        "since": dt.datetime.now().replace(microsecond=0).isoformat(),
    }
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    except OSError:
        pass  # the lock is held all the same; only the description is missing


def _read_holder(fd: int) -> dict | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        record = json.loads(os.read(fd, _HOLDER_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return None  # a holder from an older version, or one still writing its line
    return record if isinstance(record, dict) else None


def _describe_holder(holder: dict | None) -> str:
    """" (người dùng “hang”, từ 15:30 04/12/2026)", or "" when nothing is known."""
    if holder is None:
        return ""
    parts = []
    if holder.get("user"):
        parts.append(_("người dùng “{user}”").format(user=holder['user']))
    try:
        since = dt.datetime.fromisoformat(str(holder.get("since")))
        parts.append(_("từ {since:%H:%M} ngày {since:%d/%m/%Y}").format(since=since))
    except ValueError:
        pass
    return f" ({', '.join(parts)})" if parts else ""


def _held_elsewhere(exc: OSError) -> bool:
    if os.name == "nt":
        # Windows' C runtime says EACCES; Wine's (a Linux office PC running the Windows
        # build) leaves errno at 0 for the same lock violation.
        return exc.errno in (errno.EACCES, errno.EDEADLOCK, 0)
    return isinstance(exc, BlockingIOError)


if os.name == "nt":
    # One byte far past anything written, so the pid line stays readable.
    _LOCK_OFFSET = 0x7FFF_FFF0

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
