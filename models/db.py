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

from models.errors import DatabaseFileError
from models.schema import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the register at ``path``, migrated to this version.

    Refuses a file written by a newer program, or one that is not a register.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # 64 MB of page cache: imports at the upper level write millions of rows.
        conn.execute("PRAGMA cache_size = -65536")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            f"Tệp “{path.name}” không phải là sổ dữ liệu của chương trình hoặc đã bị hỏng "
            f"({exc}). Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu."
        ) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseFileError(
            f"Sổ dữ liệu “{path.name}” được tạo bởi phiên bản mới hơn của chương trình "
            f"(phiên bản dữ liệu {version}, chương trình này hiểu đến {SCHEMA_VERSION}). "
            "Hãy cài phiên bản mới của Sổ Nghị quyết để mở sổ này; tệp không bị thay đổi."
        )
    db = Database(conn)
    if migrate and version < SCHEMA_VERSION:
        run_migrations(db, path, version)
    if migrate:
        from models.settings import ensure_identity  # settings builds on this module

        ensure_identity(db)
    return db


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
        except sqlite3.DatabaseError as exc:
            raise DatabaseFileError(
                f"Không nâng cấp được sổ dữ liệu lên phiên bản {number} ({exc}). "
                "Sổ được giữ nguyên như trước khi nâng cấp."
            ) from exc


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means healthy."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} dòng {rowid} trỏ tới {parent} không tồn tại")
    return problems
