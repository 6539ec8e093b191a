"""A separate connection to the same register, for work done on another thread.

A sqlite3 connection should stay with the thread that uses it; a background
job opens its own from the register's ``path`` (``Register.path``, read on the
GUI thread) and closes it when done. The worker's ``Register`` has the same file,
folders and identity as the window's.
"""
from __future__ import annotations

from pathlib import Path

from models.db import open_database
from models.register import Register


def open_worker_database(path: Path) -> Register:
    """A new connection to the register at ``path`` (the window's ``db.path``: the GUI's
    own connection must not be touched from the worker)."""
    return open_database(path, migrate=False)
