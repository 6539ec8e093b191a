"""Taking backups of the register: on request, before a change, automatically, to a stick.

Every copy is made with SQLite's online backup API, never by copying the file:
a live database in WAL mode keeps committed transactions in its ``-wal`` file,
which a file copy would miss or catch half-written. Each copy is written to a
``.part`` file, integrity-checked, flushed to disk and only then renamed into
place, so a file with a backup's name is always a complete, checked copy.
Copies are stored in rollback (``DELETE``) journal mode so that opening one
read-only never leaves ``-wal``/``-shm`` files beside it.

What a backup is called and where the list of them comes from is in
``models.backup_names``; how a file is opened and checked in ``models.backup_check``;
which old backups go in ``models.backup_thinning``; putting one back in
``models.restore``.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from models.backup_check import (
    check_integrity,
    connect_new,
    file_key,
    fingerprint_file,
    fsync_file,
    inspect_file,
    open_for_reading,
    remove_part,
)
from models.backup_names import (
    BACKUP_LOCK,
    LAST_BACKUP_FILE,
    REASON_AUTO,
    REASON_MANUAL,
    STAMP_FORMAT,
    BackupError,
    DamagedDatabaseError,
    clock_now,
    list_folder,
    parse_backup_name,
    part_path,
    read_last_record,
    reason_slug,
    unique_path,
    write_last_record,
)
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.i18n import _
from models.oserrors import reason as os_reason
from models.paths import backups_dir, fsync_dir
from models.vntext import show_int

log = logging.getLogger(__name__)


# --------------------------------------------------------------------- copying


def _write_checked_copy(source: Path, final: Path) -> str:
    """Online-backup ``source`` into ``final`` via a checked ``.part`` file.

    Returns the fingerprint of what was written. Raises BackupError and leaves
    no partial file behind.
    """
    part = part_path(final)
    try:
        part.unlink(missing_ok=True)
        key = file_key(source, None)
        src = open_for_reading(source, key)
        try:
            # Encrypted with the register's own key: a backup is as closed as the register.
            dst = connect_new(part, key)
            try:
                src.backup(dst)
                # The copy inherits the source's WAL flag; a stored copy should not.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems, fingerprint = inspect_file(part, want_fingerprint=True, key=key)
        if problems or fingerprint is None:
            raise DamagedDatabaseError(
                _(
                    "Bản sao vừa tạo không đạt kiểm tra nên đã bị bỏ đi; sổ dữ liệu hiện tại "
                    "có thể đang bị hỏng. Chi tiết: {value}"
                ).format(value=problems[0] if problems else _("không rõ"))
            )
        fsync_file(part)
        os.replace(part, final)
        fsync_dir(final.parent)
        return fingerprint
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise BackupError(
                _("Sổ dữ liệu đang bận ghi nên chưa sao chép được. Hãy thử lại sau ít phút.")
            ) from exc
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DamagedDatabaseError(
                _(
                    "Sổ dữ liệu bị hỏng nên không sao chép được ({exc}). Hãy khôi phục từ một "
                    "bản sao lưu."
                ).format(exc=exc)
            ) from exc
        raise BackupError(_("Không sao chép được sổ dữ liệu ({exc}).").format(exc=exc)) from exc
    except OSError as exc:
        raise BackupError(
            _(
                "Không ghi được bản sao lưu vào “{parent}”: {exc}. Hãy kiểm tra ổ đĩa còn chỗ "
                "trống rồi thử lại."
            ).format(parent=final.parent, exc=os_reason(exc))
        ) from exc
    finally:
        remove_part(part)


def _require_database(db_path: Path) -> None:
    if not db_path.is_file():
        raise BackupError(_(
            "Không tìm thấy tệp sổ dữ liệu “{db_path}”."
        ).format(db_path=db_path))


# ---------------------------------------------------------------- public API


def take_backup(db_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the database into its backups folder and check the copy.

    ``reason`` is folded to ASCII for the name (see the ``REASON_*`` constants).
    Raises BackupError with a message for the user.
    """
    db_path = Path(db_path)
    _require_database(db_path)
    taken = clock_now(now)
    with BACKUP_LOCK:
        folder = backups_dir(db_path)
        final = unique_path(folder, f"{taken.strftime(STAMP_FORMAT)}_{reason_slug(reason)}")
        fingerprint = _write_checked_copy(db_path, final)
        try:
            write_last_record(folder, final, fingerprint)
        except OSError:
            # The copy itself is sound; without the record the next check
            # simply compares against the newest name.
            log.warning("Không ghi được %s", folder / LAST_BACKUP_FILE, exc_info=True)
    log.info("Đã sao lưu %s → %s", db_path, final)
    return final


def backup_if_due(
    db_path: Path, min_interval: timedelta, *, now: datetime | None = None
) -> Path | None:
    """Take an automatic backup when the content changed and enough time passed.

    "Changed" compares a content fingerprint of the live database with the one
    recorded for the last backup, so an unchanged register never fills the
    folder. When the last backup looks newer than ``now`` the clock has been
    set back; the interval then counts as passed rather than blocking backups
    until the clock catches up.
    """
    db_path = Path(db_path)
    _require_database(db_path)
    moment = clock_now(now)
    with BACKUP_LOCK:
        folder = backups_dir(db_path)
        record = read_last_record(folder)
        if record is not None:
            last_path, last_fingerprint = record
        else:
            backups = list_folder(folder)
            last_path = backups[0].path if backups else None
            last_fingerprint = fingerprint_file(last_path) if last_path else None
        if last_path is not None:
            info = parse_backup_name(last_path)
            if info is not None and timedelta(0) <= moment - info.taken < min_interval:
                return None
            live = fingerprint_file(db_path)
            if live is not None and live == last_fingerprint:
                return None
        return take_backup(db_path, REASON_AUTO, now=moment)


def backup_to(db_path: Path, target_folder: Path, *, now: datetime | None = None) -> Path:
    """Back up to a folder a person chose, such as a USB stick.

    The copy is first taken into the usual backups folder (so it also counts
    as a backup there), then copied to the target under a ``.part`` name,
    compared byte for byte and checked, and only then given its final name.
    """
    db_path = Path(db_path)
    target = Path(target_folder)
    _require_database(db_path)
    if not target.is_dir():
        raise BackupError(
            _(
                "Không tìm thấy thư mục “{target}”. Nếu là USB, hãy kiểm tra USB đã được cắm."
            ).format(target=target)
        )
    with BACKUP_LOCK:
        local = take_backup(db_path, REASON_MANUAL, now=now)
        needed = local.stat().st_size
        try:
            free = shutil.disk_usage(target).free
        except OSError as exc:
            raise BackupError(
                _(
                    "Không đọc được thư mục “{target}”: {exc}."
                ).format(target=target, exc=os_reason(exc))
            ) from exc
        if free < needed:
            raise BackupError(
                _(
                    "Không đủ chỗ trống ở “{target}”: cần {needed} MB, chỉ còn {free} MB. Hãy "
                    "xoá bớt tệp hoặc dùng USB khác."
                ).format(target=target, needed=_megabytes(needed), free=_megabytes(free))
            )
        final = unique_path(target, f"{db_path.stem}_{local.stem}")
        part = part_path(final)
        try:
            # Ciphertext already (the local copy is encrypted); a stick has no owners.
            shutil.copyfile(local, part)
            fsync_file(part)
            if _sha256(part) != _sha256(local):
                raise BackupError(
                    _(
                        "Bản chép sang “{target}” không khớp với bản gốc nên đã bị bỏ đi. USB "
                        "có thể bị lỗi; hãy thử USB khác."
                    ).format(target=target)
                )
            problems = check_integrity(part)
            if problems:
                raise BackupError(_(
                    "Bản chép sang “{target}” bị lỗi: {value}"
                ).format(target=target, value=problems[0]))
            os.replace(part, final)
            fsync_dir(target)
        except OSError as exc:
            raise BackupError(
                _(
                    "Không ghi được vào “{target}”: {exc}. Hãy kiểm tra USB đã cắm chắc và còn "
                    "chỗ trống rồi thử lại."
                ).format(target=target, exc=os_reason(exc))
            ) from exc
        finally:
            # Only if it is there: on a write-protected stick even removing a file
            # that was never made fails, and that is no leftover worth a warning.
            if part.exists():
                try:
                    part.unlink()
                except OSError:
                    log.warning("Không xoá được tệp tạm %s", part)
    log.info("Đã sao lưu %s ra %s", db_path, final)
    return final


def _megabytes(size: int) -> str:
    return show_int(max(1, round(size / 1_000_000)))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
