"""Putting a backup back: :func:`restore`, and the newest good backup a damaged register
is offered.

The backup is checked before anything changes (``models.backup_check``), the current
file is kept first as a backup of its own (``models.backup``), or as a raw copy when it
is too damaged for that: the damaged-register path, which the window's recovery
(gui/window/recovery.py) and ``models.faults`` reach through :func:`newest_good_backup`.

The caller must close its own connections before :func:`restore`; one writer
per file is guaranteed across processes by ``models.instance_lock``.
"""
from __future__ import annotations

import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

from models.backup import take_backup
from models.backup_check import (
    NOT_OPENED_WITH_KEY,
    SQLITE_MAGIC,
    check_integrity,
    connect_existing,
    connect_new,
    data_version,
    file_key,
    fsync_file,
    local_key,
    newer_version_problem,
    not_a_register_problem,
    open_for_reading,
    remove_part,
    sidecar_paths,
)
from models.backup_names import (
    BACKUP_LOCK,
    PART_SUFFIX,
    REASON_DAMAGED,
    REASON_RESTORE,
    STAMP_FORMAT,
    BackupError,
    DamagedDatabaseError,
    KeyMismatchError,
    clock_now,
    create_private,
    list_folder,
    part_path,
    read_last_record,
    unique_path,
)
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import UserError
from models.i18n import _
from models.ids import DEFAULT_OWNER
from models.oserrors import reason as os_reason
from models.paths import backups_dir, fsync_dir
from models.plain_upgrade import export_encrypted
from models.schema import TRAVEL_TABLES

log = logging.getLogger(__name__)


def newest_good_backup(db_path: Path) -> Path | None:
    """The most recent backup that passes the integrity check, or ``None``.

    The backup written last comes first even when the clock has since been
    set back and its name sorts lower.
    """
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    candidates = [info.path for info in list_folder(folder)]
    record = read_last_record(folder)
    if record is not None and record[0] in candidates:
        candidates.remove(record[0])
        candidates.insert(0, record[0])
    for path in candidates:
        if not check_integrity(path):
            return path
    return None


def restore(
    db_path: Path,
    backup_file: Path,
    *,
    now: datetime | None = None,
    backup_key: bytes | None = None,
) -> Path | None:
    """Replace the database with a backup; return the safety copy of what it replaced.

    The backup is checked first; a damaged one, or one from a newer version of
    the program, is refused and nothing changes. The current file is then
    backed up (a raw copy if it is too damaged for that); the backup is copied
    with the online backup API into a temporary file beside the database,
    checked, and moved over it with ``os.replace``
    after the old ``-wal``/``-shm``/``-journal`` files are retired, because
    SQLite would otherwise replay them onto the restored file.

    The backup opens with ``backup_key`` (from a recovery code) or this PC's
    key; the restored register is encrypted with this PC's key either way. A
    backup encrypted with a key this PC does not have raises KeyMismatchError,
    so that the caller can ask for the recovery code. A plain backup (written
    before encryption) is restored encrypted.

    Returns ``None`` only when there was no current file to keep. The caller
    must have closed every connection to ``db_path``.
    """
    db_path = Path(db_path)
    backup_file = Path(backup_file)
    with BACKUP_LOCK:
        if not backup_file.is_file():
            raise BackupError(_(
                "Không tìm thấy bản sao lưu “{backup_file}”."
            ).format(backup_file=backup_file))
        if db_path.exists() and db_path.resolve() == backup_file.resolve():
            raise BackupError(_("Bản sao lưu được chọn chính là sổ đang dùng."))
        target_key = local_key()
        source_key = file_key(backup_file, backup_key or target_key)
        problems = check_integrity(backup_file, source_key)
        if problems == [_(NOT_OPENED_WITH_KEY)]:
            raise KeyMismatchError(
                _(
                    "Bản sao lưu “{name}” được mã hoá bằng khóa khác khóa của máy này (bản của "
                    "máy khác), hoặc đã bị hỏng. Hãy nhập mã khôi phục của sổ đó (tờ mã khôi "
                    "phục in khi cài đặt). Sổ hiện tại được giữ nguyên."
                ).format(name=backup_file.name)
            )
        if problems:
            raise BackupError(
                _(
                    "Bản sao lưu “{name}” bị hỏng nên không khôi phục từ bản này. Sổ hiện tại "
                    "được giữ nguyên. Hãy chọn một bản sao lưu khác. Chi tiết: {value}"
                ).format(name=backup_file.name, value=problems[0])
            )
        version = data_version(backup_file, source_key)
        # Any file on a USB stick can be named on the command line: only a register goes in.
        refused = not_a_register_problem(backup_file, version) or newer_version_problem(
            backup_file, version
        )
        if refused:
            raise BackupError(refused + _(" Sổ hiện tại được giữ nguyên."))
        wal_mode = _header_says_wal(db_path)
        safety = _keep_current(db_path, now)
        part = db_path.with_name(f".{db_path.name}.khoi-phuc{PART_SUFFIX}")
        try:
            part.unlink(missing_ok=True)
            src = open_for_reading(backup_file, source_key)
            try:
                dst = _copy_into(src, part, source_key, target_key)
                try:
                    _keep_revisions_close(dst, db_path)
                    dst.execute(f"PRAGMA journal_mode={'WAL' if wal_mode else 'DELETE'}")
                finally:
                    dst.close()
            finally:
                src.close()
            problems = check_integrity(part, target_key)
            if problems:
                raise BackupError(
                    _(
                        "Bản khôi phục không đạt kiểm tra nên sổ hiện tại được giữ nguyên: "
                        "{value}"
                    ).format(value=problems[0])
                )
            fsync_file(part)
            _retire_journals(db_path)
            os.replace(part, db_path)
            fsync_dir(db_path.parent)
        except sqlite3.Error as exc:
            raise BackupError(
                _(
                    "Không khôi phục được từ “{name}”: {exc}. Sổ hiện tại được giữ nguyên."
                ).format(name=backup_file.name, exc=exc)
            ) from exc
        except OSError as exc:
            raise BackupError(
                _(
                    "Không khôi phục được: {exc}. Hãy đóng mọi cửa sổ đang mở sổ này, kiểm tra "
                    "ổ đĩa còn chỗ trống rồi thử lại."
                ).format(exc=os_reason(exc))
            ) from exc
        finally:
            remove_part(part)
    log.info("Đã khôi phục %s từ %s (bản giữ lại: %s)", db_path, backup_file, safety)
    return safety


def _copy_into(
    src: sqlite3.Connection, part: Path, source_key: bytes | None, target_key: bytes | None
) -> sqlite3.Connection:
    """Copy what ``src`` holds into a new file at ``part`` encrypted with ``target_key``.

    The online backup API copies between two encrypted files (re-encrypting each
    page) or two plain ones; from a plain file into an encrypted one SQLCipher
    refuses it, and ``sqlcipher_export`` does that step instead.
    """
    if (source_key is None) == (target_key is None):
        dst = connect_new(part, target_key)
        src.backup(dst)
        return dst
    src_path = _main_file(src)
    export_encrypted(src_path, part, target_key)
    return connect_existing(part, target_key)


def _main_file(con: sqlite3.Connection) -> Path:
    for _seq, name, file_name in con.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file_name)
    raise BackupError(_("Không xác định được tệp nguồn."))


def _keep_revisions_close(restored: sqlite3.Connection, current: Path) -> None:
    """Raise each record this register owns to one below the revision it had in the
    file being replaced.

    Other offices may hold the replaced file's copies. Left at the backup's older
    revisions, the next edits here would be counted "older" there and dropped
    without a word until they caught up; one below means the first edit after the
    restore reaches the other office's revision, with different content: a conflict
    held for a person (shared/SYNC.md), never a silent loss. A damaged current file
    that cannot be read leaves the revisions as the backup has them.
    """
    if not current.exists():
        return
    try:
        settings = dict(restored.execute("SELECT key, value FROM settings").fetchall())
    except sqlite3.Error:
        log.warning("Bản sao lưu không có thông tin đơn vị", exc_info=True)
        return
    owners = [settings.get("unit_uuid", "")]
    if settings.get("role") == "upper":
        owners.append(DEFAULT_OWNER)
    marks = ", ".join("?" for _ignored in owners)
    try:
        con = open_for_reading(current)
    except sqlite3.Error:
        log.warning("Không đọc được sổ cũ %s để giữ số phiên bản", current, exc_info=True)
        return
    try:
        for table in TRAVEL_TABLES:
            query = f"SELECT uuid, revision FROM {table} WHERE owner_unit IN ({marks})"
            try:
                before = dict(con.execute(query, owners).fetchall())
                raised = [
                    (before[uuid] - 1, uuid)
                    for uuid, revision in restored.execute(query, owners).fetchall()
                    if before.get(uuid, 0) - 1 > revision
                ]
                restored.executemany(f"UPDATE {table} SET revision = ? WHERE uuid = ?", raised)
            except sqlite3.Error:
                # A table one of the two versions does not have yet.
                log.warning("Không giữ được số phiên bản của %s", table, exc_info=True)
        restored.commit()
    finally:
        con.close()


def _header_says_wal(db_path: Path) -> bool:
    """Whether the current file is in WAL mode (an encrypted header is read through its key)."""
    try:
        with open(db_path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    if header.startswith(SQLITE_MAGIC):
        return header[18:20] == b"\x02\x02"
    try:
        con = open_for_reading(db_path)
        try:
            return str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        finally:
            con.close()
    except (sqlite3.Error, UserError):
        return False


def _keep_current(db_path: Path, now: datetime | None) -> Path | None:
    if not db_path.exists():
        return None
    try:
        return take_backup(db_path, REASON_RESTORE, now=now)
    except DamagedDatabaseError:
        # Other failures (busy, disk full) stop the restore with their own message.
        log.warning("Sổ hiện tại bị hỏng; giữ lại bản chép thô", exc_info=True)
    folder = backups_dir(db_path)
    final = unique_path(folder, f"{clock_now(now).strftime(STAMP_FORMAT)}_{REASON_DAMAGED}")
    try:
        for source, target in ((db_path, final), (Path(f"{db_path}-wal"), Path(f"{final}-wal"))):
            if source.exists():
                part = part_path(target)
                create_private(part)
                shutil.copyfile(source, part)
                fsync_file(part)
                os.replace(part, target)
        fsync_dir(folder)
    except OSError as exc:
        raise BackupError(
            _(
                "Không giữ lại được bản sổ hiện tại ({exc}) nên chưa khôi phục. Hãy kiểm tra ổ "
                "đĩa còn chỗ trống rồi thử lại."
            ).format(exc=os_reason(exc))
        ) from exc
    return final


def _retire_journals(db_path: Path) -> None:
    """Fold the old file's WAL into it, then remove every side file.

    Checkpointing first means that a crash between this and the final rename
    leaves the old database whole rather than missing its WAL.
    """
    if db_path.exists():
        try:
            con = connect_existing(db_path)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
        except sqlite3.Error:
            log.warning("Không gộp được WAL của sổ cũ %s", db_path, exc_info=True)
    for side in sidecar_paths(db_path):
        side.unlink(missing_ok=True)
