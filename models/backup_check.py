"""Opening a register file to check or copy it, and what is wrong with one.

The connections every backup and restore reads through (this PC's key, read-only
first, a cache big enough for an integrity check), :func:`check_integrity` (is the
file sound), :func:`check_backup` (may it be restored here) and the content
fingerprint that tells whether the register changed since the last backup.

Apart from ``models.backup`` because checking is asked for on its own too: by the
``check`` command, by the window that finds a damaged register, by the dialog a
person picks a file on a USB stick in.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from models import keystore
from models.backup_names import KeyMismatchError, create_private
from models.cipher import CIPHER_PAGE_SIZE, content_digest, is_plain
from models.cipher import connect as cipher_connect
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.constraints import register_problems
from models.errors import UserError
from models.i18n import N_, _
from models.oserrors import reason as os_reason
from models.register_identity import APPLICATION_ID, has_register_schema
from models.schema import SCHEMA_VERSION

# Page cache of the connections that check and copy a register, in KiB (negative: size).
CHECK_CACHE_KIB = -65536
# How long a copy waits for a writer that holds the file (rollback mode only).
BUSY_TIMEOUT_SECONDS = 10.0

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def file_key(path: Path, key: bytes | None) -> bytes | None:
    """``key`` (this PC's when ``None``) for an encrypted file; nothing for a plain one."""
    if is_plain(path):
        return None
    return key if key is not None else local_key()


def _connect_readonly(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    # A URI so that a missing file is an error instead of a new empty database.
    return cipher_connect(path, file_key(path, key), mode="ro", timeout=BUSY_TIMEOUT_SECONDS)


def connect_existing(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """Read-write without create: a hot journal or WAL is recovered as SQLite does."""
    return cipher_connect(path, file_key(path, key), mode="rw", timeout=BUSY_TIMEOUT_SECONDS)


def _with_cache(con: sqlite3.Connection) -> sqlite3.Connection:
    # integrity_check visits index pages again and again; each visit of a page not in the
    # cache decrypts it anew, so a check with the default 2 MB cache costs a third more
    # than on a plain file, and about the same with 64 MB.
    con.execute(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
    return con


def connect_new(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A new file (a ``.part`` copy) only this user may read, encrypted with ``key``."""
    create_private(path)
    return cipher_connect(path, key, timeout=BUSY_TIMEOUT_SECONDS)


def open_for_reading(path: Path, key: bytes | None = None) -> sqlite3.Connection:
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
    return _with_cache(connect_existing(path, key))


def _has_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    return journal.exists() and journal.stat().st_size > 0


def fsync_file(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def sidecar_paths(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def remove_part(part: Path) -> None:
    """A copy that did not go into place, and its side files: gone, or logged if they
    cannot be removed (the next start's clean-up tries again)."""
    for leftover in (part, *sidecar_paths(part)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            logging.getLogger(__name__).warning("Không xoá được tệp tạm %s", leftover)


# -------------------------------------------------------------------- checking


def check_integrity(path: Path, key: bytes | None = None) -> list[str]:
    """What is wrong with a database file, in Vietnamese; an empty list means sound.

    ``key`` opens an encrypted file (this PC's key when ``None``). Never raises
    for the file itself: a missing, empty, truncated, foreign file, or one
    encrypted with another key, is reported as a problem like any damage
    ``PRAGMA integrity_check`` finds.
    """
    problems, fingerprint_file = inspect_file(Path(path), want_fingerprint=False, key=key)
    return problems


def inspect_file(
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
        con = open_for_reading(path, key)
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
    version = data_version(backup_file, key)
    problem = not_a_register_problem(backup_file, version) or newer_version_problem(
        backup_file, version
    )
    return [problem] if problem else []


def data_version(path: Path, key: bytes | None = None) -> int | None:
    """The register's data version; None when the file is not a register at all.

    A register carries the program's ``application_id``; one from before the
    mark must have every table and column of its data version, not merely a
    few names a file of some other program could share.
    """
    try:
        con = open_for_reading(path, key)
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


def not_a_register_problem(path: Path, version: int | None) -> str | None:
    if version is not None:
        return None
    return _("Tệp “{name}” không phải là bản sao lưu của Sổ Nghị quyết.").format(name=path.name)


def newer_version_problem(path: Path, version: int | None) -> str | None:
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


def fingerprint_file(path: Path) -> str | None:
    try:
        con = open_for_reading(path)
        try:
            return _fingerprint_of(con)
        finally:
            con.close()
    except (sqlite3.Error, OSError, MemoryError, UserError):
        return None
