"""Moving package bytes between the office PC and a USB stick.

A package is written to the local disk first and kept there, then copied to the
stick under a temporary name, flushed, read back and checked, and only then given
its final name. A stick pulled out half-way or a full stick therefore leaves, at
worst, a ``~….part`` file that no import screen offers; and a package that reaches
the stick whole still has its own signature to prove it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import hashlib
import os
import re
import secrets
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.i18n import _
from models.oserrors import reason as os_reason
from models.sealed_files import write_private
from models.vntext import fold, show_int
from sync.errors import SizeLimitError, TransferError

PACKAGE_SUFFIX = ".snq"
SETUP_SUFFIX = ".snqs"
PART_SUFFIX = ".part"
CHUNK_BYTES = 1024 * 1024
DRIVE_REMOVABLE = 2
SEM_FAILCRITICALERRORS = 0x0001


@dataclass(frozen=True)
class WrittenPackage:
    local_path: Path
    target_path: Path
    sha256: str
    size: int


def ascii_label(text: str, *, fallback: str = "DONVI", max_chars: int = 40) -> str:
    """"ĐU xã Cẩm Giàng" → "DU-XA-CAM-GIANG": safe in any file system and readable."""
    folded = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return (folded[:max_chars].strip("-") or fallback).upper()


def package_file_name(unit_abbreviation: str, when: dt.datetime | None = None) -> str:
    """``SNQ_<ABBR>_<YYYY-MM-DD_HHMM>.snq``, the name a clerk sees on the stick."""
    moment = when or dt.datetime.now()
    return f"SNQ_{ascii_label(unit_abbreviation)}_{moment:%Y-%m-%d_%H%M}{PACKAGE_SUFFIX}"


def setup_file_name(unit_abbreviation: str) -> str:
    """``SNQ_THIETLAP_<ABBR>.snqs``: the setup file the upper level hands a unit."""
    return f"SNQ_THIETLAP_{ascii_label(unit_abbreviation)}{SETUP_SUFFIX}"


def write_package_to(
    target_dir: Path, data: bytes, file_name: str, *, staging_dir: Path
) -> WrittenPackage:
    """Keep ``data`` in ``staging_dir``, then copy it into ``target_dir`` and verify it.

    Neither copy overwrites an existing file: a name already taken gets "_2", "_3"….
    Raises ``TransferError`` (and leaves nothing that looks like a package in
    ``target_dir``) if the copy cannot be completed and verified.
    """
    if not file_name or Path(file_name).name != file_name or "\\" in file_name:
        raise ValueError("file_name must be a bare file name")
    data = bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    local_path = _write_local(Path(staging_dir), data, file_name)
    target_path = _copy_verified(Path(target_dir), data, file_name, digest, local_path)
    return WrittenPackage(local_path=local_path, target_path=target_path, sha256=digest,
                          size=len(data))


def read_package_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a package file, refusing one larger than ``max_bytes`` unread."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise SizeLimitError(
                    _(
                        "Tệp “{name}” quá lớn ({size} byte; giới hạn {max_bytes} byte)."
                    ).format(name=path.name, size=show_int(size), max_bytes=show_int(max_bytes))
                )
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as error:
        if not path.parent.is_dir():
            raise TransferError(_(
                "Không đọc được tệp “{path}”: {error}."
            ).format(path=path, error=_reason(error))) from error
        # The drive is there: the name is wrong or the file was moved.
        raise TransferError(
            _(
                "Không đọc được tệp “{path}”: không có tệp này trong thư mục. Hãy kiểm tra lại "
                "tên tệp."
            ).format(path=path)
        ) from error
    except OSError as error:
        raise TransferError(
            _("Không đọc được tệp “{path}”: {error}.").format(path=path, error=_reason(error))
        ) from error
    if len(data) > max_bytes:
        raise SizeLimitError(_(
            "Tệp “{name}” quá lớn (giới hạn {max_bytes} byte)."
        ).format(name=path.name, max_bytes=show_int(max_bytes)))
    return data


def _write_local(folder: Path, data: bytes, file_name: str) -> Path:
    temp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _sweep_leftovers(folder)
        final = _free_name(folder, file_name)
        temp = _temp_name(folder, final)
        # The office's own copy sits beside the register: only its user may read it.
        write_private(temp, data)
        os.replace(temp, final)
        temp = None
        _sync_folder(folder)
        return final
    except OSError as error:
        raise TransferError(
            _(
                "Không ghi được gói vào thư mục “{folder}” trên máy: {error}."
            ).format(folder=folder, error=_reason(error))
        ) from error
    finally:
        _discard(temp)


def _copy_verified(folder: Path, data: bytes, file_name: str, digest: str, local: Path) -> Path:
    temp: Path | None = None
    try:
        _sweep_leftovers(folder)
        final = _free_name(folder, file_name)
        temp = _temp_name(folder, final)
        with temp.open("xb") as handle:
            view = memoryview(data)
            for start in range(0, len(view), CHUNK_BYTES):
                handle.write(view[start : start + CHUNK_BYTES])
            handle.flush()
            os.fsync(handle.fileno())
        copied = _read_back_digest(temp)
        if copied != digest:
            raise TransferError(
                _(
                    "Bản chép trên “{folder}” không khớp với gói gốc; USB có thể bị lỗi. Hãy "
                    "thử USB khác. Gói vẫn được giữ trên máy tại “{local}”."
                ).format(folder=folder, local=local)
            )
        os.replace(temp, final)
        temp = None
        _sync_folder(folder)
        return final
    except OSError as error:
        raise TransferError(
            _(
                "Không chép được gói vào “{folder}”: {error}. Gói vẫn được giữ trên máy tại "
                "“{local}”; hãy kiểm tra USB rồi chép lại."
            ).format(folder=folder, error=_reason(error), local=local)
        ) from error
    finally:
        _discard(temp)


def _read_back_digest(path: Path) -> str:
    """SHA-256 of the file as the device returns it.

    On Linux the cached pages are dropped first so that the read goes to the stick;
    elsewhere the read may come from the cache, and the package signature remains
    the final check at import.
    """
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        for chunk in iter(lambda: handle.read(CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _free_name(folder: Path, file_name: str) -> Path:
    candidate = folder / file_name
    stem, suffix = os.path.splitext(file_name)
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}_{number}{suffix}"
        number += 1
    return candidate


_LEFTOVER = re.compile(r"~.+\.[0-9a-f]{8}" + re.escape(PART_SUFFIX))
LEFTOVER_AGE_SECONDS = 24 * 3600


def _sweep_leftovers(folder: Path) -> None:
    """Remove unfinished copies a pulled stick or a killed program left behind.

    Only our own ``~….part`` names, and only after a day: a copy still being
    written (by another office's PC on the same stick) is never touched.
    """
    cutoff = time.time() - LEFTOVER_AGE_SECONDS
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if _LEFTOVER.fullmatch(path.name):
                with contextlib.suppress(OSError):
                    if path.is_file() and path.stat().st_mtime < cutoff:
                        path.unlink()


def _temp_name(folder: Path, final: Path) -> Path:
    # Starts with "~" and ends in ".part", so no file picker filtering on ".snq" shows it.
    return folder / f"~{final.stem}.{secrets.token_hex(4)}{PART_SUFFIX}"


def _discard(temp: Path | None) -> None:
    if temp is not None:
        with contextlib.suppress(OSError):
            temp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the OS allows opening a folder."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(error: OSError) -> str:
    """``models.oserrors.reason``, said of a USB stick where the stick is the likely cause."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("không có quyền ghi (USB có thể đang bị khóa chống ghi)")
    if error.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return _("không tìm thấy ổ đĩa hoặc ổ đĩa bị lỗi (USB có thể đã bị rút ra)")
    return os_reason(error)


def list_removable_drives(
    *, root: Path | None = None, user: str | None = None
) -> list[tuple[str, Path]]:
    """Removable drives the clerk can pick, as (label, folder), sorted by label.

    On Windows: drive letters of type DRIVE_REMOVABLE that hold a medium. Elsewhere:
    folders mounted directly under /media/$USER, /run/media/$USER or /media. ``root``
    replaces "/" (tests give a fake tree, with ``proc/self/mounts`` inside it).
    """
    if root is None and sys.platform == "win32":
        import ctypes

        return _windows_drives(ctypes.windll.kernel32)  # type: ignore[attr-defined]
    return _mounted_drives(Path(root or "/"), user or _user_name())


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _windows_drives(kernel32: Any) -> list[tuple[str, Path]]:
    import ctypes

    drives: list[tuple[str, Path]] = []
    mask = kernel32.GetLogicalDrives()
    # Without this, asking about a card reader with no card opens a system error box.
    previous = ctypes.c_uint(0)
    kernel32.SetThreadErrorMode(SEM_FAILCRITICALERRORS, ctypes.byref(previous))
    try:
        for index in range(26):
            if not mask & (1 << index):
                continue
            letter = chr(ord("A") + index)
            drive_root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(drive_root) != DRIVE_REMOVABLE:
                continue
            name = ctypes.create_unicode_buffer(261)
            if not kernel32.GetVolumeInformationW(drive_root, name, 261, None, None, None,
                                                  None, 0):
                continue  # no medium in the drive
            drives.append((f"{name.value or _('Ổ USB')} ({letter}:)", Path(drive_root)))
    finally:
        kernel32.SetThreadErrorMode(previous.value, None)
    return drives


def _mounted_drives(root: Path, user: str) -> list[tuple[str, Path]]:
    mounts = _mount_points(root)
    bases = [root / "run" / "media" / user, root / "media" / user, root / "media"] if user else [
        root / "media"
    ]
    found: dict[Path, str] = {}
    for base in bases:
        try:
            children = sorted(base.iterdir())
        except OSError:
            continue
        for child in children:
            if base == root / "media" and child.name == user:
                continue  # the per-user folder, not a drive
            try:
                is_folder = child.is_dir()
            except OSError:
                continue
            mounted = child in mounts if mounts is not None else os.path.ismount(child)
            if is_folder and mounted and child not in found:
                found[child] = child.name
    return sorted(((label, path) for path, label in found.items()), key=lambda d: d[0].casefold())


def _mount_points(root: Path) -> set[Path] | None:
    """Mount points from ``root/proc/self/mounts``, re-rooted; None if unreadable."""
    try:
        raw = (root / "proc" / "self" / "mounts").read_bytes()
    except OSError:
        return None
    points: set[Path] = set()
    for line in raw.splitlines():
        fields = line.split(b" ")
        if len(fields) < 2 or not fields[1].startswith(b"/"):
            continue
        # The kernel writes space, tab, newline and backslash as octal escapes.
        decoded = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), fields[1])
        points.add(root / os.fsdecode(decoded).lstrip("/"))
    return points
