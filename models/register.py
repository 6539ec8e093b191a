"""The open register: sqlite-utils' ``Database`` over the register's connection,
with the one change every write in the program relies on.

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

from sqlite_utils import Database


class Register(Database):
    """A ``Database`` whose outermost ``atomic()`` is ``BEGIN IMMEDIATE``."""

    @contextmanager
    def atomic(self) -> Generator[Register, None, None]:
        if self.conn.in_transaction:
            # Nested: sqlite-utils' savepoint, inside the lock already held.
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()  # a no-op when the error already ended the transaction
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
