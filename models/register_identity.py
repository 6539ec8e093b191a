"""Whether an SQLite file is a Sổ Nghị quyết register, decided before anything writes to it.

A register carries ``PRAGMA application_id = APPLICATION_ID`` in its header (and
its data version in ``user_version``). Registers made before the mark existed
have ``application_id = 0``: they are recognised by their whole schema (every
table of their data version with every column), never by a few table names, and
stamped on their first read-write open. Any other SQLite file is refused without
a byte of it changed: these functions only read, and the caller applies no
pragma that writes (WAL mode rewrites the header) until they have passed.
"""
from __future__ import annotations

import functools
from pathlib import Path

from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import DatabaseFileError
from models.i18n import _
from models.schema import MIGRATIONS, SCHEMA_VERSION

# "SNQ1" in ASCII: the four bytes at offset 68 of every register's header.
APPLICATION_ID = 0x534E_5131


class NotARegisterError(DatabaseFileError):
    """An SQLite file of some other program (or of no program): refused untouched."""


@functools.cache
def _expected_columns(version: int) -> dict[str, frozenset[str]]:
    """Each table's columns in a register of data ``version``, built in memory."""
    con = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                con.execute(statement)
        return _columns(con)
    finally:
        con.close()


def _columns(con: sqlite3.Connection) -> dict[str, frozenset[str]]:
    tables = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: frozenset(row[1] for row in con.execute(f'PRAGMA table_info("{table}")'))
        for table in tables
    }


def has_register_schema(con: sqlite3.Connection, version: int) -> bool:
    """Every table and column a register of ``version`` has (extra ones are allowed)."""
    if not 1 <= version <= SCHEMA_VERSION:
        return False
    found = _columns(con)
    return all(
        table in found and columns <= found[table]
        for table, columns in _expected_columns(version).items()
    )


def _is_empty(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def identity_problem(con: sqlite3.Connection, name: str) -> str | None:
    """Why the file behind ``con`` is not a register (or a new, empty file); None if it is.

    Reads only. A register written by a newer program passes: its version is
    judged by the caller, which can say "install the newer version".
    """
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if app_id == APPLICATION_ID:
        return None
    if app_id == 0 and version == 0 and _is_empty(con):
        return None  # a new file: the first migration makes it a register
    if app_id == 0 and has_register_schema(con, version):
        return None  # a register from before the mark
    return (
        _(
            "Tệp “{name}” không phải là sổ dữ liệu của Sổ Nghị quyết (đó là tệp dữ liệu của "
            "một chương trình khác). Chương trình không mở và không thay đổi tệp này; hãy chọn "
            "đúng tệp sổ dữ liệu."
        ).format(name=name)
    )


def check_identity(con: sqlite3.Connection, path: Path) -> None:
    """Raise NotARegisterError unless ``con`` is a register, a pre-mark register or empty."""
    problem = identity_problem(con, Path(path).name)
    if problem:
        raise NotARegisterError(problem)


def needs_stamp(con: sqlite3.Connection) -> bool:
    return con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID


def stamp(con: sqlite3.Connection) -> None:
    """Mark the file as a register (inside the caller's transaction: it is a header write)."""
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
