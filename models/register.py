"""The open register: what every function of models/, sync/ and reports/ takes first.

A ``Register`` is sqlite-utils' ``Database`` over the register's connection, plus
what belongs to that one file and is otherwise looked up again and again:

- ``path``, the register file, and the folders that sit beside it and travel with
  it (``backups_dir``, ``keys_dir``, ``attachments_dir``, ``logs_dir``,
  ``packages_dir``; ``models.paths`` names them);
- ``identity``: this office's unit (its UUID, name and role, the upper level it
  reports to), read from the settings once and kept. Another connection that
  changes it (a setup file applied by the window's worker, the CLI, a restore)
  is noticed by ``PRAGMA data_version`` before the cached identity is used again;
  this connection's own changes call ``refresh_identity()`` (models/settings.py
  does), and a transaction that rolls back forgets the identity it may have seen.

This module imports only the leaf ``models.paths``: identity and backups hang off
the register, not off each other (no import circle in models/).

``atomic()`` starts its transaction with ``BEGIN IMMEDIATE``: the write lock is
taken before the first read. sqlite-utils' plain ``BEGIN`` is deferred: a
transaction that reads (a check, a number already used) and then writes would
find, when it writes, that another connection (the overview's worker bringing
the stored figures up to date, an import, the automatic backup's check) wrote in
between, and SQLite then refuses the write at once with "database is locked"
(its busy timeout does not apply to a stale read snapshot). Taken first, the lock
makes a second writer wait its turn (the connection's busy timeout) instead.
"""
from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from models import paths

# The settings that say who this office is (models/settings.py's UnitSettings).
_IDENTITY_KEYS = ("unit_uuid", "unit_name", "unit_abbr", "role", "upper_unit_uuid")


@dataclass(frozen=True)
class Identity:
    """Who this office is, as its settings say (empty until the register has a unit)."""

    unit_uuid: str = ""
    unit_name: str = ""
    unit_abbr: str = ""
    role: str = "unit"
    upper_unit_uuid: str = ""

    @property
    def is_upper(self) -> bool:
        return self.role == "upper"


def file_of(conn: Any) -> Path | None:
    """The file behind a connection; ``None`` for an in-memory database."""
    for _seq, name, file_name in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file_name) if file_name else None
    return None


class Register(Database):
    """The open register: its connection (a ``Database`` whose outermost ``atomic()``
    is ``BEGIN IMMEDIATE``), its file and folders, and this office's identity."""

    def __init__(self, conn: Any, path: str | Path | None = None, **kwargs: Any) -> None:
        super().__init__(conn, **kwargs)
        found = Path(path) if path is not None else file_of(conn)
        if found is None:
            raise ValueError("a register is a file: an in-memory database has no folders")
        self.path: Path = found
        self._identity: Identity | None = None
        self._data_version: int | None = None

    # --- the file and its folders --------------------------------------------------

    @property
    def backups_dir(self) -> Path:
        return paths.backups_dir(self.path)

    @property
    def keys_dir(self) -> Path:
        return paths.keys_dir(self.path)

    @property
    def attachments_dir(self) -> Path:
        return paths.attachments_dir(self.path)

    @property
    def logs_dir(self) -> Path:
        return paths.logs_dir(self.path)

    @property
    def packages_dir(self) -> Path:
        return paths.packages_dir(self.path)

    # --- this office's identity ----------------------------------------------------

    @property
    def identity(self) -> Identity:
        """The unit this register belongs to, read once; re-read after another
        connection committed (``PRAGMA data_version``). Inside a transaction the
        check was made when it began: no other connection can commit meanwhile."""
        if self._identity is None or not self.conn.in_transaction:
            self._notice_other_writers()
        if self._identity is None:
            self._identity = self._read_identity()
        return self._identity

    @property
    def unit_uuid(self) -> str:
        return self.identity.unit_uuid

    @property
    def role(self) -> str:
        return self.identity.role

    def refresh_identity(self) -> Identity:
        """Forget the identity kept and read it again (after this connection changed
        the settings: a setup file applied, a unit's settings saved, a restore)."""
        self._identity = None
        return self.identity

    def _notice_other_writers(self) -> None:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._data_version = version
            self._identity = None

    def _read_identity(self) -> Identity:
        marks = ", ".join("?" for _key in _IDENTITY_KEYS)
        try:
            rows = self.conn.execute(
                f"SELECT key, value FROM settings WHERE key IN ({marks})", _IDENTITY_KEYS
            ).fetchall()
        except Exception:  # noqa: BLE001 - no settings table yet: a file not migrated
            if self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'settings'"
            ).fetchone():
                raise
            return Identity()
        stored = {key: value for key, value in rows}
        if not stored.get("role"):
            stored.pop("role", None)
        return Identity(**stored)

    # --- transactions --------------------------------------------------------------

    @contextmanager
    def reading(self) -> Generator[Register, None, None]:
        """One read transaction: everything read inside sees the register as it was at
        the first read, whatever other connections commit meanwhile (an import's plan
        and the change counter it is stamped with, ``models.import_plan``). A plain
        ``BEGIN``: no lock is taken, writers elsewhere go on. Inside a transaction
        already open, it is that transaction."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            # The snapshot starts at the first read; the identity kept is checked
            # against it, as ``atomic`` does.
            self.conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            self._notice_other_writers()
            yield self
        except BaseException:
            self.rollback()
            raise
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    @contextmanager
    def bulk_writing(self, cache_kib: int) -> Generator[Register, None, None]:
        """For one long transaction that writes the same pages again and again (a stick
        of packages at a province: each package's attendance touches a few thousand
        leaves of the member index, mostly the ones the packages before it touched): a
        page cache of ``cache_kib`` KiB while inside, so that those pages stay in memory
        until the COMMIT writes each once; then the WAL that held them all is written
        back and emptied (SQLite keeps a WAL file at its largest size otherwise)."""
        (before,) = self.conn.execute("PRAGMA cache_size").fetchone()
        self.conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(before)}")
            if not self.conn.in_transaction:
                # Waits (the busy timeout) for a reader elsewhere, then gives up quietly:
                # the WAL is then emptied by a later checkpoint.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @contextmanager
    def atomic(self) -> Generator[Register, None, None]:
        if self.conn.in_transaction:
            # Nested: sqlite-utils' savepoint, inside the lock already held.
            try:
                with super().atomic():
                    yield self
            except BaseException:
                self._identity = None
                raise
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._notice_other_writers()
        try:
            yield self
        except BaseException:
            self.rollback()  # a no-op when the error already ended the transaction
            self._identity = None  # it may have been read from what was rolled back
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            self._identity = None
            raise
