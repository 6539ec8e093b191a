"""Opening the register: pragmas, migrations, the unit's identity.

sqlite-utils owns the connection. Writes go through ``db.atomic()``: its
``with db.conn:`` does not roll back on error.
"""
from __future__ import annotations

import os
import uuid as uuidlib
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from models import keystore
from models.cipher import connect, is_plain
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import DatabaseFileError
from models.schema import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def new_uuid() -> str:
    return str(uuidlib.uuid4())


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
            f"Máy này chưa có khóa để mở sổ “{path.name}” (sổ được mã hoá). Nếu sổ chép "
            "từ máy khác sang, hãy khôi phục bằng mã khôi phục đã in khi cài đặt: "
            "main.py restore TỆP --recovery-code MÃ."
        )
    return key


def open_database(
    path: str | Path, *, migrate: bool = True, key: bytes | None | _StoreKey = STORE_KEY
) -> Database:
    """Open (creating if needed) the register at ``path``, migrated to this version.

    The file is encrypted with ``key`` (by default this PC's, from the key
    store; ``None`` opens a plain file). A register written before encryption
    is first encrypted in place. Refuses a file written by a newer program, or
    one that is not a register.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(key, _StoreKey):
        key = register_key(path)
    if not path.exists() and os.name == "posix":
        # Made empty with owner-only rights first: SQLite gives its WAL and SHM the
        # same rights as the file, and an empty file is a new database to it.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
    if key is not None and is_plain(path):
        from models.plain_upgrade import encrypt_register  # builds on backup and this module

        encrypt_register(path, key)
    try:
        conn = connect(path, key, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # 64 MB of page cache: imports at the upper level write millions of rows.
        conn.execute("PRAGMA cache_size = -65536")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if key is not None and not is_plain(path):
            raise DatabaseFileError(
                f"Không mở được sổ “{path.name}” bằng khóa của máy này: sổ được mã hoá bằng "
                "khóa của máy khác, hoặc tệp đã bị hỏng. Nếu sổ chép từ máy khác sang, hãy "
                "khôi phục bằng mã khôi phục: main.py restore TỆP --recovery-code MÃ; nếu "
                "không, hãy khôi phục từ bản sao lưu."
            ) from None
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
    restrict_file(path)
    db = Database(conn)
    if migrate and version < SCHEMA_VERSION:
        run_migrations(db, path, version)
    if migrate:
        from models.settings import ensure_identity  # settings builds on this module

        ensure_identity(db)
    return db


def restrict_file(path: Path) -> None:
    """Only this user may read the register (POSIX; on Windows it lives in the profile)."""
    if os.name != "posix":
        return
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                os.chmod(file, 0o600)
        except OSError:
            pass  # a file of another user (a shared folder): SQLite's own rights apply


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


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means healthy."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} dòng {rowid} trỏ tới {parent} không tồn tại")
    return problems
