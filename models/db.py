"""Opening the register: pragmas, migrations, the unit's identity.

sqlite-utils owns the connection. Writes go through ``db.atomic()``: its
``with db.conn:`` does not roll back on error.
"""
from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from models.constraints import register_problems
from models.errors import DatabaseFileError, UserError
from models.faults import explain_os, explain_sqlite, storage_problem
from models.register_identity import check_identity, needs_stamp, stamp
from models.schema import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to the file at ``path``; nothing is read or written yet."""
    return sqlite3.connect(str(path), timeout=10, check_same_thread=False)


def _configure(conn: sqlite3.Connection) -> None:
    """The pragmas every connection runs with (WAL mode writes the file's header)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # 64 MB of page cache: imports at the upper level write millions of rows.
    conn.execute("PRAGMA cache_size = -65536")


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the register at ``path``, migrated to this version.

    Refuses, without changing a byte, a file written by a newer program or one
    that is not a register. A failure is explained by its cause (full disk,
    read-only folder, stick pulled out, damage) by ``models.faults``.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain_os(exc, path) from None
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path)
        # Only reads until the file is known to be a register of a version this
        # program understands: the pragmas below write.
        check_identity(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseFileError(
                f"Sổ dữ liệu “{path.name}” được tạo bởi phiên bản mới hơn của chương trình "
                f"(phiên bản dữ liệu {version}, chương trình này hiểu đến {SCHEMA_VERSION}). "
                "Hãy cài phiên bản mới của Sổ Nghị quyết để mở sổ này; tệp không bị thay đổi."
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
    db = Database(conn)
    if migrate:
        try:
            if version < SCHEMA_VERSION:
                run_migrations(db, path, version)
            elif needs_stamp(conn):
                _stamp_if_writable(db)
            from models.settings import ensure_identity  # settings builds on this module

            ensure_identity(db)
        except sqlite3.Error as exc:
            conn.close()
            raise explain_sqlite(exc, path) from None
    return db


def _stamp_if_writable(db: Database) -> None:
    """Mark a register from before the mark. A register that may only be read (a
    write-protected stick) is recognised by its schema and stays readable."""
    try:
        with db.atomic():
            stamp(db.conn)
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != sqlite3.SQLITE_READONLY:
            raise


def run_migrations(db: Database, path: Path, current: int) -> None:
    """Bring the file from ``current`` to ``SCHEMA_VERSION``, one step per transaction.

    A failing step rolls back whole, so the file stays at the last finished
    version; a copy is taken first when the file already holds data.
    """
    if current > 0:
        from models.backup import REASON_MIGRATION, take_backup  # backup builds on paths

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
                f"Không nâng cấp được sổ dữ liệu lên phiên bản {number} ({exc}). "
                "Sổ được giữ nguyên như trước khi nâng cấp."
            ) from exc


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks and the schema's CHECK and NOT NULL
    rules; an empty list means healthy."""
    return register_problems(db.conn)

