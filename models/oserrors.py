"""Why a file could not be read or written, said in Vietnamese.

``OSError.strerror`` is English on most office PCs ("Access is denied", "Read-only
file system"), and a clerk cannot act on it. ``reason(exc)`` turns the causes a
clerk meets (a folder gone, a stick pulled out or write-protected, a file open in
Word or Excel, a full disk, a name Windows refuses) into a phrase that fits after
"Không ghi được tệp …: ".
"""
from __future__ import annotations

import errno
import re
from pathlib import PureWindowsPath

from models.i18n import _

# Windows error codes (``OSError.winerror``) that mean more than their errno says.
_WIN_SHARING_VIOLATION = 32
_WIN_LOCK_VIOLATION = 33
_WIN_WRITE_PROTECT = 19
_WIN_NOT_READY = 21
_WIN_INVALID_NAME = 123
_WIN_FILENAME_TOO_LONG = 206

FORBIDDEN_CHARACTERS = '\\ / : * ? " < > |'
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
# Names Windows keeps for devices, whatever the extension ("CON.pdf" too).
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?\Z")


def reason(exc: OSError) -> str:
    """The cause of ``exc`` in a few Vietnamese words, without a full stop."""
    winerror = getattr(exc, "winerror", None)
    code = exc.errno
    if winerror in (_WIN_SHARING_VIOLATION, _WIN_LOCK_VIOLATION):
        return _("tệp đang mở trong chương trình khác (Word, Excel, trình xem PDF…)")
    if winerror == _WIN_WRITE_PROTECT or code == errno.EROFS:
        return _("ổ đĩa chỉ cho đọc (USB có thể đang gạt khóa chống ghi)")
    if winerror == _WIN_INVALID_NAME:
        return _(
            "tên tệp hoặc thư mục có ký tự không được dùng ({FORBIDDEN_CHARACTERS})"
        ).format(FORBIDDEN_CHARACTERS=FORBIDDEN_CHARACTERS)
    if code == errno.EINVAL and winerror is None and _has_refused_character(exc.filename):
        # Windows' C runtime (Python's open) says only "Invalid argument" of such a name.
        return _(
            "tên tệp hoặc thư mục có ký tự không được dùng ({FORBIDDEN_CHARACTERS})"
        ).format(FORBIDDEN_CHARACTERS=FORBIDDEN_CHARACTERS)
    if winerror == _WIN_FILENAME_TOO_LONG or code == errno.ENAMETOOLONG:
        return _("tên tệp hoặc đường dẫn thư mục quá dài")
    if winerror == _WIN_NOT_READY or code in (errno.EIO, errno.ENODEV, errno.ENXIO):
        return _("ổ đĩa bị lỗi hoặc đã bị rút ra")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _("ổ đĩa đã đầy")
    if code in (errno.EACCES, errno.EPERM):
        # Said for reading as well as writing: the words must fit both.
        return (
            _(
                "tài khoản máy không có quyền mở hay ghi tệp ở đó, hoặc tệp đang mở trong "
                "chương trình khác hay chỉ cho đọc"
            )
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return _(
            "không tìm thấy thư mục hoặc tệp (có thể đã bị đổi tên, xóa, hoặc USB đã bị rút ra)"
        )
    if code == errno.EISDIR:
        return _("đó là một thư mục, không phải tệp")
    if code == errno.EEXIST:
        return _("đã có tệp trùng tên")
    return _("lỗi của hệ thống: {value}").format(value=exc.strerror or exc)


def _has_refused_character(path: object) -> bool:
    """True if a folder or file name in ``path`` (not its drive, "C:\\") has a character
    Windows refuses."""
    if not isinstance(path, str):
        return False
    windows_path = PureWindowsPath(path)
    names = windows_path.parts[1:] if windows_path.anchor else windows_path.parts
    return any(_FORBIDDEN.search(name) for name in names)


def name_problem(name: str) -> str | None:
    """Why Windows (or a USB stick formatted by it) would refuse this file name, or None."""
    if _FORBIDDEN.search(name):
        return (
            _(
                "Tên tệp “{name}” có ký tự không được dùng trong tên tệp "
                "({FORBIDDEN_CHARACTERS}). Hãy đặt tên khác."
            ).format(name=name, FORBIDDEN_CHARACTERS=FORBIDDEN_CHARACTERS)
        )
    if _RESERVED.match(name.strip()):
        return _(
            "Tên tệp “{name}” trùng tên dành riêng của Windows. Hãy đặt tên khác."
        ).format(name=name)
    if name != name.rstrip(" ."):
        return _(
            "Tên tệp “{name}” không được kết thúc bằng dấu cách hay dấu chấm."
        ).format(name=name)
    return None



def usable_name(name: str, fallback: str) -> str:
    """``name`` with what Windows refuses blanked out; ``fallback`` if nothing is left."""
    name = _FORBIDDEN.sub(" ", name).strip(" .")
    if not name or _RESERVED.match(name):
        return fallback
    return name
