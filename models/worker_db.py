"""A separate connection to the same register, for work done on another thread.

A sqlite3 connection should stay with the thread that uses it; a background
job opens its own from the file's path and closes it when done.
"""
from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from models.db import open_database


def database_path(db: Database) -> Path | None:
    """The file behind ``db``; ``None`` for an in-memory database."""
    for _, name, file_name in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file_name) if file_name else None
    return None


def open_worker_database(path: Path) -> Database:
    """A new connection to the register at ``path`` (found with ``database_path`` on the
    GUI thread: the GUI's own connection must not be touched from the worker)."""
    return open_database(path, migrate=False)
