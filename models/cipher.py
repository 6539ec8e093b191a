"""Every connection to a register file is opened here, keyed with SQLCipher.

SQLCipher (``sqlcipher3``, a DB-API module shaped like ``sqlite3``) encrypts
each page of the file, its WAL and its journal with AES-256 and checks each
page's HMAC; sqlite-utils runs on top of its connections unchanged. The key
must be the first statement on every connection, worker threads included, so
no connection is made anywhere else.

``sqlite`` below is the DB-API module itself: its exception classes are the
ones these connections raise (not the standard library's ``sqlite3`` ones).

A file whose first 16 bytes are SQLite's plain header is a register written
before encryption (or the benchmark's plain baseline): ``is_plain`` tells it,
and ``connect(..., key=None)`` opens it.
"""
from __future__ import annotations

import sqlite3 as _stdlib_sqlite
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

from models import keystore

# Result codes are SQLite's own numbers; sqlcipher3 names fewer of them than sqlite3
# (SQLITE_READONLY_ROLLBACK and other extended codes), so the missing names are added.
for _name in dir(_stdlib_sqlite):
    if _name.startswith("SQLITE_") and not hasattr(sqlite, _name):
        setattr(sqlite, _name, getattr(_stdlib_sqlite, _name))

__all__ = ["sqlite", "connect", "is_plain", "process_key", "PLAIN_MAGIC", "ANY_SQLITE_ERROR"]

# An error of either DB-API module: the register's connections raise SQLCipher's, a few
# helpers (and libraries) still use the standard library's for in-memory work.
ANY_SQLITE_ERROR = (sqlite.Error, _stdlib_sqlite.Error)

PLAIN_MAGIC = b"SQLite format 3\x00"
# SQLCipher 4's default page size: an encrypted file is a whole number of these.
CIPHER_PAGE_SIZE = 4096


def process_key() -> bytes | None:
    """The key this process opens registers with; ``None`` in plain mode (bench baseline).

    Raises ``keystore.PassphraseNeeded`` or ``KeyStoreError``; makes no key: a PC
    without one gets it when a register is created (``keystore.ensure_key``) or
    from a recovery code.
    """
    if keystore.plain_mode():
        return None
    return keystore.load_key()


def connect(
    path: str | Path,
    key: bytes | None,
    *,
    mode: str | None = None,
    timeout: float = 10.0,
    check_same_thread: bool = True,
    isolation_level: str | None = "",
) -> sqlite.Connection:
    """A connection to ``path`` with ``key`` set before anything else (``None``: plain).

    ``mode`` ``"ro"`` or ``"rw"`` opens through a URI so that a missing file is
    an error rather than a new empty database.
    """
    if mode is None:
        target, uri = str(path), False
    else:
        target, uri = Path(path).resolve().as_uri() + f"?mode={mode}", True
    con = sqlite.connect(
        target, uri=uri, timeout=timeout, check_same_thread=check_same_thread,
        isolation_level=isolation_level,
    )
    try:
        # SQLCipher writes its own errors (a wrong key, a damaged page) to stderr;
        # the program says what they mean in Vietnamese instead.
        con.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    except BaseException:
        con.close()
        raise
    return con


def is_plain(path: Path) -> bool:
    """True when ``path`` starts with SQLite's plain header (not encrypted)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_MAGIC)) == PLAIN_MAGIC
    except OSError:
        return False


def content_digest(con: sqlite.Connection) -> str:
    """A hash of what the database holds as ``con`` sees it, WAL included.

    Two files with the same schema, rows, ``user_version`` and
    ``application_id`` hash alike whatever their keys, page layout or journal
    mode: a backup, an encrypted copy of a plain file and the live register are
    compared with it. Tables are read in their own key order (a full scan of a
    rowid or WITHOUT ROWID table follows its key), so equal content gives equal
    bytes to hash.
    """
    import hashlib

    digest = hashlib.sha256()
    for pragma in ("user_version", "application_id"):
        digest.update(repr(con.execute(f"PRAGMA {pragma}").fetchone()).encode())
    objects = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for kind, name, _table, sql in objects:
        digest.update(repr((kind, name, sql)).encode("utf-8"))
        if kind != "table" or (sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        for row in con.execute(f"SELECT * FROM {quoted}"):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
