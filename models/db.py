"""Opening the register: pragmas, migrations, the unit's identity.

``open_database`` returns a ``models.register.Register``: the connection with the
file's path, its folders and the unit's identity (see that module).

sqlite-utils owns the connection. Writes go through ``db.atomic()``: its
``with db.conn:`` does not roll back on error.
"""
from __future__ import annotations

import os
from pathlib import Path

from models import keystore
from models.backup import take_backup
from models.backup_names import REASON_MIGRATION
from models.cipher import connect, is_plain
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.constraints import register_problems
from models.errors import DatabaseFileError, UserError
from models.faults import explain_os, explain_sqlite, storage_problem
from models.i18n import _
from models.plain_upgrade import encrypt_register
from models.register import Register
from models.register_identity import check_identity, needs_stamp, stamp
from models.schema import MIGRATIONS, SCHEMA_VERSION
from models.settings import ensure_identity


class _StoreKey:
    """The default ``key`` of ``open_database``: the one the key store keeps."""


STORE_KEY = _StoreKey()


def register_key(path: Path) -> bytes | None:
    """The key to open (or create) the register at ``path`` with; ``None`` in plain mode.

    A new register makes this PC's key if it has none yet; an existing one needs
    the key already kept here (or a recovery code, through ``restore``).
    """
    if keystore.plain_mode():
        return None
    exists = path.exists() and path.stat().st_size > 0
    if not exists:
        return keystore.ensure_key()[0]
    key = keystore.load_key()
    if key is None:
        if is_plain(path):
            return keystore.ensure_key()[0]
        raise DatabaseFileError(
            _(
                "Máy này chưa có khóa để mở sổ “{name}” (sổ được mã hoá). Nếu sổ chép từ máy "
                "khác sang, hãy khôi phục bằng mã khôi phục đã in khi cài đặt: main.py restore "
                "TỆP --recovery-code MÃ."
            ).format(name=path.name)
        )
    return key


def _connect(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A connection to the file at ``path``, keyed; nothing is read or written yet."""
    return connect(path, key, check_same_thread=False)


def _create_private(path: Path) -> None:
    """A new register made empty with owner-only rights first: SQLite gives its WAL and
    SHM the same rights as the file, and an empty file is a new database to it."""
    if os.name != "posix" or path.exists():
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def restrict_file(path: Path) -> None:
    """Only this user may read the register (POSIX; on Windows it lives in the profile)."""
    if os.name != "posix":
        return
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = file.stat().st_mode if file.exists() else 0
            if mode & 0o077:
                # Others lose their rights; the owner's stay as they are (a file made
                # read-only on purpose stays read-only).
                os.chmod(file, mode & 0o700)
        except OSError:
            pass  # a file of another user (a shared folder): SQLite's own rights apply


def _configure(conn: sqlite3.Connection) -> None:
    """The pragmas every connection runs with (WAL mode writes the file's header)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # 64 MB of page cache: imports at the upper level write millions of rows.
    conn.execute("PRAGMA cache_size = -65536")


def open_database(
    path: str | Path, *, migrate: bool = True, key: bytes | None | _StoreKey = STORE_KEY
) -> Register:
    """Open (creating if needed) the register at ``path``, migrated to this version.

    The file is encrypted with ``key`` (by default this PC's, from the key
    store; ``None`` opens a plain file). A register written before encryption
    is first encrypted in place. Refuses, without changing a byte, a file
    written by a newer program or one that is not a register. A failure is
    explained by its cause (full disk, read-only folder, stick pulled out,
    damage) by ``models.faults``.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(key, _StoreKey):
            key = register_key(path)
        _create_private(path)
    except OSError as exc:
        raise explain_os(exc, path) from None
    if key is not None and is_plain(path):
        encrypt_register(path, key)
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path, key)
        # Only reads until the file is known to be a register of a version this
        # program understands: the pragmas below write.
        check_identity(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseFileError(
                _(
                    "Sổ dữ liệu “{name}” được tạo bởi phiên bản mới hơn của chương trình "
                    "(phiên bản dữ liệu {version}, chương trình này hiểu đến "
                    "{SCHEMA_VERSION}). Hãy cài phiên bản mới của Sổ Nghị quyết để mở sổ này; "
                    "tệp không bị thay đổi."
                ).format(name=path.name, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
            )
        _configure(conn)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise explain_sqlite(exc, path) from None
    except UserError:
        if conn is not None:
            conn.close()
        raise
    restrict_file(path)
    db = Register(conn, path)
    if migrate:
        try:
            if version < SCHEMA_VERSION:
                run_migrations(db, version)
            elif needs_stamp(conn):
                _stamp_if_writable(db)
            ensure_identity(db)
        except sqlite3.Error as exc:
            conn.close()
            raise explain_sqlite(exc, path) from None
    return db


def _stamp_if_writable(db: Register) -> None:
    """Mark a register from before the mark. A register that may only be read (a
    write-protected stick) is recognised by its schema and stays readable."""
    try:
        with db.atomic():
            stamp(db.conn)
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != sqlite3.SQLITE_READONLY:
            raise


def run_migrations(db: Register, current: int) -> None:
    """Bring the file from ``current`` to ``SCHEMA_VERSION``, one step per transaction.

    A failing step rolls back whole, so the file stays at the last finished
    version; a copy is taken first when the file already holds data.
    """
    path = db.path
    if current > 0:
        take_backup(path, f"{REASON_MIGRATION}-v{current}")
    for number in range(current + 1, SCHEMA_VERSION + 1):
        statements = MIGRATIONS[number - 1]
        try:
            with db.atomic():
                for statement in statements:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
                if number == 1 or needs_stamp(db.conn):
                    stamp(db.conn)
        except sqlite3.DatabaseError as exc:
            if storage_problem(path) is not None:
                raise explain_sqlite(exc, path) from None
            raise DatabaseFileError(
                _(
                    "Không nâng cấp được sổ dữ liệu lên phiên bản {number} ({exc}). Sổ được "
                    "giữ nguyên như trước khi nâng cấp."
                ).format(number=number, exc=exc)
            ) from exc


def schema_version(db: Register) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity_problems(db: Register) -> list[str]:
    """SQLite's integrity and foreign-key checks and the schema's CHECK and NOT NULL
    rules; an empty list means healthy."""
    return register_problems(db.conn)

