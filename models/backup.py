"""Backups of the register: taken, checked, thinned and restored.

Every copy is made with SQLite's online backup API, never by copying the file:
a live database in WAL mode keeps committed transactions in its ``-wal`` file,
which a file copy would miss or catch half-written. Each copy is written to a
``.part`` file, integrity-checked, flushed to disk and only then renamed into
place, so a file with a backup's name is always a complete, checked copy.

Backups live in ``models.paths.backups_dir(db_path)`` and are named
``2026-11-25_193012_truoc-nhap.db``: a sortable local timestamp and the reason,
in ASCII. Copies are stored in rollback (``DELETE``) journal mode so that
opening one read-only never leaves ``-wal``/``-shm`` files beside it.

``last-backup.json`` in the same folder records which copy was written last
and a fingerprint of its content. Office PCs often have the wrong date, so
"the newest backup" cannot be decided from timestamps alone; the record says
which one was really taken last whatever the clock said.

The caller must close its own connections before :func:`restore`; one writer
per file is guaranteed across processes by ``models.instance_lock``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from models import keystore
from models.cipher import CIPHER_PAGE_SIZE, content_digest, is_plain
from models.cipher import connect as cipher_connect
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.constraints import register_problems
from models.errors import UserError
from models.i18n import N_, Labels, _
from models.ids import DEFAULT_OWNER
from models.oserrors import reason as os_reason
from models.paths import backups_dir, fsync_dir
from models.plain_upgrade import export_encrypted
from models.register_identity import APPLICATION_ID, has_register_schema
from models.schema import SCHEMA_VERSION, TRAVEL_TABLES
from models.vntext import fold, show_int

log = logging.getLogger(__name__)

REASON_AUTO = "tu-dong"
REASON_MANUAL = "thu-cong"
REASON_IMPORT = "truoc-nhap"
REASON_MEMBER_IMPORT = "truoc-nhap-danh-sach"
REASON_MIGRATION = "truoc-nang-cap"
REASON_RESTORE = "truoc-khoi-phuc"
# A raw copy of a current file that was too damaged to back up properly, kept
# before a restore replaces it so that a technician can still salvage it.
REASON_DAMAGED = "hong-truoc-khoi-phuc"

REASON_LABELS = Labels({
    REASON_AUTO: N_("Tự động"),
    REASON_MANUAL: N_("Sao lưu theo yêu cầu"),
    REASON_IMPORT: N_("Trước khi nhận gói dữ liệu"),
    REASON_MEMBER_IMPORT: N_("Trước khi nhập danh sách đảng viên"),
    REASON_MIGRATION: N_("Trước khi nâng cấp"),
    REASON_RESTORE: N_("Trước khi khôi phục"),
    REASON_DAMAGED: N_("Bản hỏng giữ lại trước khi khôi phục"),
})

# Copies taken just before something that changes much at once are the ones a
# person most likely wants back; thinning leaves them alone for a month.
PROTECTED_REASONS = frozenset(
    {REASON_IMPORT, REASON_MEMBER_IMPORT, REASON_MIGRATION, REASON_RESTORE, REASON_DAMAGED}
)
PROTECTED_FOR = timedelta(days=30)

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12
# The backups together stay within this many times the newest one (about the size of
# the register, which at a province grows by a gigabyte a year), or within the floor
# for a small register; the oldest go first (see ``thin_backups``).
BUDGET_COPIES = 6
BUDGET_FLOOR = 512 * 1024 * 1024
# A leftover ``.part`` file older than this is from a crash, not a copy in progress.
STALE_PART_AGE = timedelta(days=1)

# Page cache of the connections that check and copy a register, in KiB (negative: size).
CHECK_CACHE_KIB = -65536
# How long a copy waits for a writer that holds the file (rollback mode only).
BUSY_TIMEOUT_SECONDS = 10.0
LAST_BACKUP_FILE = "last-backup.json"
PART_SUFFIX = ".part"
SQLITE_MAGIC = b"SQLite format 3\x00"

_NAME_RE = re.compile(
    r"^(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})_(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)"
    r"(?:_(?P<seq>\d+))?\.db$"
)
_STAMP_FORMAT = "%Y-%m-%d_%H%M%S"

# Backups and restores of one process never overlap (a timer and a button may
# both ask); other processes are kept out by the instance lock.
_LOCK = threading.RLock()


class BackupError(UserError):
    """A backup or restore that could not be done; the message is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class KeyMismatchError(BackupError):
    """A backup encrypted with a key this PC does not keep: the recovery code opens it."""


class DamagedDatabaseError(BackupError):
    """The database itself is damaged, so no sound copy of it can be made.

    The GUI can offer to restore :func:`newest_good_backup` when it sees this.
    """


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str
    seq: int = 1

    @property
    def label(self) -> str:
        """The reason in words, for the list a person picks a backup from."""
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.taken, self.seq)


# --------------------------------------------------------------------------- names


def reason_slug(reason: str) -> str:
    """``"Trước nhập"`` → ``"truoc-nhap"``: ASCII, safe in any file system."""
    words = re.findall(r"[a-z0-9]+", fold(reason))
    return "-".join(words)[:40].strip("-") or REASON_MANUAL


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The time and reason encoded in a backup's name; ``None`` for other files."""
    match = _NAME_RE.match(path.name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    return BackupInfo(path, taken, match["reason"], int(match["seq"] or 1))


def _unique_path(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.db"
    seq = 2
    while candidate.exists() or _part_path(candidate).exists():
        candidate = folder / f"{stem}_{seq}.db"
        seq += 1
    return candidate


def _part_path(final: Path) -> Path:
    return final.with_name(final.name + PART_SUFFIX)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


# ------------------------------------------------------------------ connections


def local_key() -> bytes | None:
    """The key of this PC's registers and backups; ``None`` only in plain mode (bench)."""
    if keystore.plain_mode():
        return None
    key = keystore.load_key()
    if key is None:
        raise KeyMismatchError(
            _(
                "Máy này chưa có khóa của sổ. Hãy khôi phục bằng mã khôi phục đã in khi cài "
                "đặt (lệnh restore … --recovery-code, hoặc nhập mã khi cửa sổ hỏi)."
            )
        )
    return key


def _file_key(path: Path, key: bytes | None) -> bytes | None:
    """``key`` (this PC's when ``None``) for an encrypted file; nothing for a plain one."""
    if is_plain(path):
        return None
    return key if key is not None else local_key()


def _connect_readonly(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    # A URI so that a missing file is an error instead of a new empty database.
    return cipher_connect(path, _file_key(path, key), mode="ro", timeout=BUSY_TIMEOUT_SECONDS)


def _connect_existing(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """Read-write without create: a hot journal or WAL is recovered as SQLite does."""
    return cipher_connect(path, _file_key(path, key), mode="rw", timeout=BUSY_TIMEOUT_SECONDS)


def _with_cache(con: sqlite3.Connection) -> sqlite3.Connection:
    # integrity_check visits index pages again and again; each visit of a page not in the
    # cache decrypts it anew, so a check with the default 2 MB cache costs a third more
    # than on a plain file, and about the same with 64 MB.
    con.execute(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
    return con


def _connect_new(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A new file (a ``.part`` copy) only this user may read, encrypted with ``key``."""
    _create_private(path)
    return cipher_connect(path, key, timeout=BUSY_TIMEOUT_SECONDS)


def _create_private(path: Path) -> None:
    if os.name == "posix":
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))


def _open_for_reading(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection that reads without changing the file wherever SQLite allows.

    Read-only first: a read-write connection to a damaged file may delete its
    WAL on close, and with it the last transactions. Only a hot rollback
    journal (a write interrupted in rollback mode) needs write access, and
    rolling it back is what SQLite does on any ordinary open.
    """
    con = _connect_readonly(path, key)
    try:
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return _with_cache(con)
    except sqlite3.OperationalError as exc:
        con.close()
        code = getattr(exc, "sqlite_errorcode", None)
        # SQLCipher reports a hot journal on a read-only connection as plain READONLY.
        hot_journal = (code or 0) & 0xFF == sqlite3.SQLITE_READONLY and _has_journal(path)
        if code != sqlite3.SQLITE_READONLY_ROLLBACK and not hot_journal:
            raise
    except BaseException:
        con.close()
        raise
    return _with_cache(_connect_existing(path, key))


def _has_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    return journal.exists() and journal.stat().st_size > 0


def _fsync_file(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def _sidecar_paths(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


# -------------------------------------------------------------------- checking


def check_integrity(path: Path, key: bytes | None = None) -> list[str]:
    """What is wrong with a database file, in Vietnamese; an empty list means sound.

    ``key`` opens an encrypted file (this PC's key when ``None``). Never raises
    for the file itself: a missing, empty, truncated, foreign file, or one
    encrypted with another key, is reported as a problem like any damage
    ``PRAGMA integrity_check`` finds.
    """
    problems, _fingerprint = _inspect(Path(path), want_fingerprint=False, key=key)
    return problems


def _inspect(
    path: Path, *, want_fingerprint: bool, key: bytes | None = None
) -> tuple[list[str], str | None]:
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return [_("Không tìm thấy tệp “{path}”.").format(path=path)], None
    except OSError as exc:
        reason = os_reason(exc)
        return [_("Không đọc được tệp “{path}”: {exc}.").format(path=path, exc=reason)], None
    if size == 0:
        return [_("Tệp rỗng, không chứa dữ liệu nào.")], None
    if len(header) < 100:
        return [_("Tệp này không phải là sổ dữ liệu của chương trình (sai định dạng).")], None
    truncated = _truncation_problem(path, header, size)
    if truncated:
        return [truncated], None
    try:
        con = _open_for_reading(path, key)
        try:
            # What ``check`` refuses, a backup or a restore refuses too.
            problems = register_problems(con)
            fingerprint = _fingerprint_of(con) if want_fingerprint and not problems else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == sqlite3.SQLITE_NOTADB and not header.startswith(SQLITE_MAGIC):
            return [_(NOT_OPENED_WITH_KEY)], None
        return [_("Tệp bị hỏng, không đọc được ({exc}).").format(exc=exc)], None
    except MemoryError:
        return [_("Tệp quá lớn để kiểm tra trên máy này.")], None
    except KeyMismatchError:
        # No key on this PC yet (a folder copied from another): its recovery code opens it.
        return [_(NOT_OPENED_WITH_KEY)], None
    except UserError as exc:
        # A key store that cannot be read, or a passphrase not given.
        return [str(exc)], None
    return problems, fingerprint


# An encrypted file that does not open: another PC's key, or pages that fail their checks.
# Compared as it is shown, so in the current language: ``_(NOT_OPENED_WITH_KEY)``.
NOT_OPENED_WITH_KEY = N_(
    "Tệp không mở được bằng khóa của máy này: đây là bản sao lưu của máy khác (cần mã "
    "khôi phục), hoặc tệp không phải sổ dữ liệu của chương trình, hoặc đã bị hỏng."
)


def check_backup(backup_file: Path, key: bytes | None = None) -> list[str]:
    """What stops a file from being restored, in Vietnamese; an empty list means it can be.

    Beyond :func:`check_integrity`: the file must be a register of this
    program (a person may pick any file on a USB stick), and not one written
    by a newer version, which this program could not open once restored.
    """
    backup_file = Path(backup_file)
    problems = check_integrity(backup_file, key)
    if problems:
        return problems
    version = _data_version(backup_file, key)
    problem = _not_a_register_problem(backup_file, version) or _newer_version_problem(
        backup_file, version
    )
    return [problem] if problem else []


def _data_version(path: Path, key: bytes | None = None) -> int | None:
    """The register's data version; None when the file is not a register at all.

    A register carries the program's ``application_id``; one from before the
    mark must have every table and column of its data version, not merely a
    few names a file of some other program could share.
    """
    try:
        con = _open_for_reading(path, key)
        try:
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            if app_id == APPLICATION_ID:
                return version if version >= 1 else None
            if app_id != 0 or not has_register_schema(con, version):
                return None
            return version
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _not_a_register_problem(path: Path, version: int | None) -> str | None:
    if version is not None:
        return None
    return _("Tệp “{name}” không phải là bản sao lưu của Sổ Nghị quyết.").format(name=path.name)


def _newer_version_problem(path: Path, version: int | None) -> str | None:
    if version is None or version <= SCHEMA_VERSION:
        return None
    return (
        _(
            "Bản sao lưu “{name}” được tạo bởi phiên bản mới hơn của chương trình (phiên bản "
            "dữ liệu {version}, chương trình này hiểu đến {SCHEMA_VERSION}). Hãy cài phiên bản "
            "mới của Sổ Nghị quyết rồi khôi phục."
        ).format(name=path.name, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
    )


def _truncation_problem(path: Path, header: bytes, size: int) -> str | None:
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Pages may legitimately live only in the WAL until the next checkpoint.
        return None
    if not header.startswith(SQLITE_MAGIC):
        # Encrypted: the header is ciphertext too, but every page has the same size.
        if size % CIPHER_PAGE_SIZE:
            return (
                _(
                    "Tệp này không phải là sổ dữ liệu của chương trình (sai định dạng), hoặc "
                    "đã bị cắt cụt."
                )
            )
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return _("Phần đầu tệp bị hỏng (kích thước trang không hợp lệ).")
    pages_in_header = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96] and pages_in_header > 0
    if size % page_size or (header_size_valid and size < pages_in_header * page_size):
        return _("Tệp bị cắt cụt: thiếu một phần dữ liệu ở cuối tệp.")
    return None


def _fingerprint_of(con: sqlite3.Connection) -> str:
    """A hash of the database's content as one connection sees it, WAL included.

    It hashes the rows, not the pages: a copy's pages are encrypted afresh, and
    the header's change counter cannot stand in either (in WAL mode SQLite does
    not raise it on each commit).
    """
    return content_digest(con)


def _fingerprint(path: Path) -> str | None:
    try:
        con = _open_for_reading(path)
        try:
            return _fingerprint_of(con)
        finally:
            con.close()
    except (sqlite3.Error, OSError, MemoryError, UserError):
        return None


# --------------------------------------------------------------------- copying


def _write_checked_copy(source: Path, final: Path) -> str:
    """Online-backup ``source`` into ``final`` via a checked ``.part`` file.

    Returns the fingerprint of what was written. Raises BackupError and leaves
    no partial file behind.
    """
    part = _part_path(final)
    try:
        part.unlink(missing_ok=True)
        key = _file_key(source, None)
        src = _open_for_reading(source, key)
        try:
            # Encrypted with the register's own key: a backup is as closed as the register.
            dst = _connect_new(part, key)
            try:
                src.backup(dst)
                # The copy inherits the source's WAL flag; a stored copy should not.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems, fingerprint = _inspect(part, want_fingerprint=True, key=key)
        if problems or fingerprint is None:
            raise DamagedDatabaseError(
                _(
                    "Bản sao vừa tạo không đạt kiểm tra nên đã bị bỏ đi; sổ dữ liệu hiện tại "
                    "có thể đang bị hỏng. Chi tiết: {value}"
                ).format(value=problems[0] if problems else _("không rõ"))
            )
        _fsync_file(part)
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
        for leftover in (part, *_sidecar_paths(part)):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                log.warning("Không xoá được tệp tạm %s", leftover)


def _require_database(db_path: Path) -> None:
    if not db_path.is_file():
        raise BackupError(_(
            "Không tìm thấy tệp sổ dữ liệu “{db_path}”."
        ).format(db_path=db_path))


# ------------------------------------------------------------------ last backup


def _read_last_record(folder: Path) -> tuple[Path, str] | None:
    try:
        record = json.loads((folder / LAST_BACKUP_FILE).read_text(encoding="utf-8"))
        path = folder / str(record["file"])
        fingerprint = str(record["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if path.parent != folder or not path.is_file():
        return None
    return path, fingerprint


def _write_last_record(folder: Path, backup: Path, fingerprint: str) -> None:
    target = folder / LAST_BACKUP_FILE
    part = _part_path(target)
    _create_private(part)
    part.write_text(
        json.dumps({"file": backup.name, "fingerprint": fingerprint}), encoding="utf-8"
    )
    os.replace(part, target)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of one database, newest name first."""
    return _list_folder(backups_dir(Path(db_path)))


def _list_folder(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = (parse_backup_name(p) for p in folder.iterdir() if p.is_file())
    return sorted((b for b in found if b), key=lambda b: b.sort_key, reverse=True)


def last_backup(db_path: Path) -> BackupInfo | None:
    """The backup written last (for the status bar), whatever the clock said since."""
    folder = backups_dir(Path(db_path))
    record = _read_last_record(folder)
    if record is not None:
        info = parse_backup_name(record[0])
        if info is not None:
            return info
    backups = _list_folder(folder)
    return backups[0] if backups else None


# ---------------------------------------------------------------- public API


def take_backup(db_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the database into its backups folder and check the copy.

    ``reason`` is folded to ASCII for the name (see the ``REASON_*`` constants).
    Raises BackupError with a message for the user.
    """
    db_path = Path(db_path)
    _require_database(db_path)
    taken = _now(now)
    with _LOCK:
        folder = backups_dir(db_path)
        final = _unique_path(folder, f"{taken.strftime(_STAMP_FORMAT)}_{reason_slug(reason)}")
        fingerprint = _write_checked_copy(db_path, final)
        try:
            _write_last_record(folder, final, fingerprint)
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
    moment = _now(now)
    with _LOCK:
        folder = backups_dir(db_path)
        record = _read_last_record(folder)
        if record is not None:
            last_path, last_fingerprint = record
        else:
            backups = _list_folder(folder)
            last_path = backups[0].path if backups else None
            last_fingerprint = _fingerprint(last_path) if last_path else None
        if last_path is not None:
            info = parse_backup_name(last_path)
            if info is not None and timedelta(0) <= moment - info.taken < min_interval:
                return None
            live = _fingerprint(db_path)
            if live is not None and live == last_fingerprint:
                return None
        return take_backup(db_path, REASON_AUTO, now=moment)


def thin_backups(
    folder: Path, now: datetime, *, max_bytes: int | None = None
) -> list[Path]:
    """Delete backups that are no longer needed; return the deleted files.

    Kept: the newest backup of each of the last 7 days that have backups, of
    the last 4 weeks, and of the last 12 months (counted over the days, weeks
    and months that have backups, so that a PC left off for a season or a clock
    set years ahead does not wipe the history); the newest backup and the one
    written last; anything taken before an import, migration or restore within
    ``PROTECTED_FOR`` of ``now``; anything dated after ``now`` (the clock was
    set back and its place cannot be judged). Files not named like a backup
    are never touched, except ``.part`` leftovers older than a day.

    Then the size: while what is kept takes more than ``max_bytes`` (default
    ``size_budget``), the oldest go, those of the calendar rules first, then the
    protected ones; never the newest backup, the one written last (both checked
    when written) or the newest taken before an import.
    """
    folder = Path(folder)
    moment = _now(now)
    removed: list[Path] = []
    with _LOCK:
        backups = _list_folder(folder)
        keep: set[Path] = set()
        always: set[Path] = set()
        if backups:
            always.add(backups[0].path)
        record = _read_last_record(folder)
        if record is not None:
            always.add(record[0])
        before_import = next((b for b in backups if b.reason == REASON_IMPORT), None)
        if before_import is not None:
            always.add(before_import.path)
        keep |= always
        for bucket, count in (
            (lambda t: t.date(), KEEP_DAYS),
            (lambda t: t.isocalendar()[:2], KEEP_WEEKS),
            (lambda t: (t.year, t.month), KEEP_MONTHS),
        ):
            seen: set[object] = set()
            for info in backups:
                key = bucket(info.taken)
                if key in seen:
                    continue
                if len(seen) == count:
                    break
                seen.add(key)
                keep.add(info.path)
        protected: set[Path] = set()
        for info in backups:
            age = moment - info.taken
            if age < timedelta(0) or (info.reason in PROTECTED_REASONS and age <= PROTECTED_FOR):
                protected.add(info.path)
        keep |= protected
        budget = size_budget(backups) if max_bytes is None else max_bytes
        _fit_budget(backups, keep, always, protected, budget)
        doomed: list[Path] = []
        for info in backups:
            if info.path not in keep:
                # A raw copy kept before a restore may carry its WAL beside it.
                doomed += [info.path, Path(f"{info.path}-wal")]
        doomed += _stale_parts(folder, moment)
        for path in doomed:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                log.warning("Không xoá được bản sao lưu cũ %s", path, exc_info=True)
                continue
            removed.append(path)
    if removed:
        log.info("Đã dọn %d bản sao lưu cũ trong %s", len(removed), folder)
    return removed


def _file_size(path: Path) -> int:
    """A backup's bytes on disk, with the WAL a raw copy may carry."""
    total = 0
    for part in (path, Path(f"{path}-wal")):
        try:
            total += part.stat().st_size
        except OSError:
            continue
    return total


def size_budget(backups: list[BackupInfo]) -> int:
    """How much the backups may take together: ``BUDGET_COPIES`` times the newest
    (the register's size, near enough), at least ``BUDGET_FLOOR``."""
    newest = _file_size(backups[0].path) if backups else 0
    return max(BUDGET_FLOOR, BUDGET_COPIES * newest)


def _fit_budget(
    backups: list[BackupInfo], keep: set[Path], always: set[Path], protected: set[Path],
    budget: int,
) -> None:
    """Drop kept backups, oldest first (calendar ones before protected ones), until
    what is left fits ``budget`` or only the ones never dropped remain."""
    sizes = {b.path: _file_size(b.path) for b in backups if b.path in keep}
    total = sum(sizes.values())
    oldest_first = list(reversed(backups))
    for dropping_protected in (False, True):
        for info in oldest_first:
            if total <= budget:
                return
            if info.path not in keep or info.path in always:
                continue
            if (info.path in protected) != dropping_protected:
                continue
            keep.discard(info.path)
            total -= sizes[info.path]


def backups_usage(db_path: Path) -> tuple[int, int]:
    """(number of backups, bytes they take) of one register, for the status bar."""
    backups = list_backups(Path(db_path))
    return len(backups), sum(_file_size(b.path) for b in backups)


def _stale_parts(folder: Path, moment: datetime) -> list[Path]:
    if not folder.is_dir():
        return []
    stale = []
    for path in folder.iterdir():
        if not path.name.endswith((PART_SUFFIX, PART_SUFFIX + "-journal")):
            continue
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            continue
        if moment - modified > STALE_PART_AGE:
            stale.append(path)
    return stale


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
    with _LOCK:
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
        final = _unique_path(target, f"{db_path.stem}_{local.stem}")
        part = _part_path(final)
        try:
            # Ciphertext already (the local copy is encrypted); a stick has no owners.
            shutil.copyfile(local, part)
            _fsync_file(part)
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


def newest_good_backup(db_path: Path) -> Path | None:
    """The most recent backup that passes the integrity check, or ``None``.

    The backup written last comes first even when the clock has since been
    set back and its name sorts lower.
    """
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    candidates = [info.path for info in _list_folder(folder)]
    record = _read_last_record(folder)
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
    with _LOCK:
        if not backup_file.is_file():
            raise BackupError(_(
                "Không tìm thấy bản sao lưu “{backup_file}”."
            ).format(backup_file=backup_file))
        if db_path.exists() and db_path.resolve() == backup_file.resolve():
            raise BackupError(_("Bản sao lưu được chọn chính là sổ đang dùng."))
        target_key = local_key()
        source_key = _file_key(backup_file, backup_key or target_key)
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
        version = _data_version(backup_file, source_key)
        # Any file on a USB stick can be named on the command line: only a register goes in.
        refused = _not_a_register_problem(backup_file, version) or _newer_version_problem(
            backup_file, version
        )
        if refused:
            raise BackupError(refused + _(" Sổ hiện tại được giữ nguyên."))
        wal_mode = _header_says_wal(db_path)
        safety = _keep_current(db_path, now)
        part = db_path.with_name(f".{db_path.name}.khoi-phuc{PART_SUFFIX}")
        try:
            part.unlink(missing_ok=True)
            src = _open_for_reading(backup_file, source_key)
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
            _fsync_file(part)
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
            for leftover in (part, *_sidecar_paths(part)):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    log.warning("Không xoá được tệp tạm %s", leftover)
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
        dst = _connect_new(part, target_key)
        src.backup(dst)
        return dst
    src_path = _main_file(src)
    export_encrypted(src_path, part, target_key)
    return _connect_existing(part, target_key)


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
        con = _open_for_reading(current)
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
        con = _open_for_reading(db_path)
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
    final = _unique_path(folder, f"{_now(now).strftime(_STAMP_FORMAT)}_{REASON_DAMAGED}")
    try:
        for source, target in ((db_path, final), (Path(f"{db_path}-wal"), Path(f"{final}-wal"))):
            if source.exists():
                part = _part_path(target)
                _create_private(part)
                shutil.copyfile(source, part)
                _fsync_file(part)
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
            con = _connect_existing(db_path)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
        except sqlite3.Error:
            log.warning("Không gộp được WAL của sổ cũ %s", db_path, exc_info=True)
    for side in _sidecar_paths(db_path):
        side.unlink(missing_ok=True)
