"""Undoing the newest import (one package, or a stick of them) from a record of what
it overwrote.

A stick of packages at a province writes a few hundred thousand rows into a register of
several gigabytes. A whole verified copy of the register before it took two minutes
there, proportional to the register, not to the packages. Instead, every import keeps
an *undo record* in the register itself, written in the transaction of each package, so
it is exactly as durable and as encrypted as the rows:

- each table's highest rowid before the import (``watermarks``): every row it adds lies
  above it, and undoing deletes those;
- the row as it was, the first time the import changes or deletes a row that was there
  before (``undo_rows``, captured by TEMP triggers on the importing connection only,
  so nothing else a clerk does is recorded).

Undoing puts those rows back, deletes the added ones, makes the figures again, and drops
the record, in one transaction, after a whole backup of the register as it is (the
undo is rare; the backup is what makes it itself undoable). It is refused when anything
was written after the import, or by another connection between its transactions (the change
counter of migration 4 tells), or a package was sent since (the export log is not
counted, but would lose lines): the record would then not describe the register, and the
clerk is sent to the backups. Only the newest import is kept: a new one drops the record.

The tables recorded are those an import writes (the travelling ones, the units, the
import log, the conflicts, and the export log and state the confirmations touch). The
figures kept for the indicators are not: they are made again from the rows. Attached
files the import stored stay on disk, unused.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from models import indicator_store
from models.backup import take_backup
from models.backup_names import REASON_UNDO
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import UserError
from models.i18n import _
from models.ids import now_iso
from models.schema import TRAVEL_TABLES

log = logging.getLogger(__name__)

# Parents before children, as an import applies them: pre-images go back in this order,
# added rows go in the reverse one.
# Not ``settings``: no import writes it, and a report's text saved after an import
# moves no counter, so undoing would lose it.
RECORDED: tuple[str, ...] = (*TRAVEL_TABLES, "units", "import_log", "conflicts",
                             "export_log", "export_state")


class UndoError(UserError):
    """The newest import cannot be undone (the message says why and what to do)."""


@dataclass(frozen=True)
class Receipt:
    """The newest import (its packages), as its undo record tells."""

    id: int
    started_at: str
    packages: int
    undoable: bool


@dataclass(frozen=True)
class UndoResult:
    packages: int
    rows_removed: int
    rows_restored: int
    backup_path: Path


# ------------------------------------------------------------ while an import goes in


def open_receipt(db: Database) -> int:
    """Start the record of an import, inside its first package's transaction (so an
    import refused or stopped before any package leaves the previous record as it
    was): drop the previous record, note the watermarks, and install the capturing
    triggers on this connection (a TEMP schema change, rolled back with the
    transaction; ``close_receipt`` drops them in any case)."""
    marks = {
        table: db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
        for table in RECORDED
    }
    db.execute("DELETE FROM undo_rows")
    db.execute("DELETE FROM undo_receipts")
    # The counter and the export log now: a write by another connection before a later
    # package is caught (``package_begins``).
    receipt = db.execute(
        "INSERT INTO undo_receipts (started_at, watermarks, changes_after, exports_after) "
        "VALUES (?, ?, (SELECT n FROM register_changes WHERE id = 1), "
        "(SELECT COALESCE(MAX(rowid), 0) FROM export_log))",
        [now_iso(), json.dumps(marks)],
    ).lastrowid
    assert receipt is not None
    _drop_triggers(db)  # a connection's leftovers would refuse the new ones
    for table in RECORDED:
        for statement in _capture_triggers(db, receipt, table, marks[table]):
            db.execute(statement)
    return receipt


def package_begins(db: Database, receipt: int) -> None:
    """Inside a package's transaction, under the lock: anything written or sent since
    the previous package (by another connection) was not recorded, so the import can
    no longer be undone exactly."""
    db.execute(
        "UPDATE undo_receipts SET interrupted = 1 WHERE id = ? AND ("
        "changes_after IS NOT (SELECT n FROM register_changes WHERE id = 1) OR "
        "exports_after IS NOT (SELECT COALESCE(MAX(rowid), 0) FROM export_log))",
        [receipt],
    )


def package_ends(db: Database, receipt: int) -> None:
    """Last statement of a package's transaction: where the change counter and the
    export log stand once this package is in (anything later ends the undo)."""
    db.execute(
        "UPDATE undo_receipts SET packages = packages + 1, "
        "changes_after = (SELECT n FROM register_changes WHERE id = 1), "
        "exports_after = (SELECT COALESCE(MAX(rowid), 0) FROM export_log) WHERE id = ?",
        [receipt],
    )


def close_receipt(db: Database) -> None:
    """Remove the capturing triggers (outside a transaction, once the import ended)."""
    _drop_triggers(db)


def _drop_triggers(db: Database) -> None:
    for table in RECORDED:
        for event in ("update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS temp.undo_{table}_{event}")


def _capture_triggers(db: Database, receipt: int, table: str, mark: int) -> list[str]:
    columns, _alias = _columns(db, table)
    image = ", ".join(
        f"'{name}', " + (f"hex(OLD.{name})" if kind == "BLOB" else f"OLD.{name}")
        for name, kind in columns
    )
    # NOT EXISTS, not INSERT OR IGNORE: inside a trigger fired by an upsert SQLite
    # applies the outer statement's conflict handling, and the first image must win.
    body = (
        f"INSERT INTO main.undo_rows (receipt, table_name, row_id, old) "
        f"SELECT {int(receipt)}, '{table}', OLD.rowid, json_object({image}) "
        f"WHERE NOT EXISTS (SELECT 1 FROM main.undo_rows WHERE receipt = {int(receipt)} "
        f"AND table_name = '{table}' AND row_id = OLD.rowid)"
    )
    return [
        f"CREATE TEMP TRIGGER undo_{table}_{event.lower()} BEFORE {event} ON main.{table} "
        f"WHEN OLD.rowid <= {int(mark)} BEGIN {body}; END"
        for event in ("UPDATE", "DELETE")
    ]


def _columns(db: Database, table: str) -> tuple[list[tuple[str, str]], bool]:
    """(name, declared type) of each column, and whether the rowid has a name (a single
    INTEGER PRIMARY KEY), in which case it is one of the columns."""
    info = db.execute(f"PRAGMA main.table_info({table})").fetchall()
    keys = [row for row in info if row[5]]
    alias = len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"
    return [(row[1], str(row[2]).upper()) for row in info], alias


# ------------------------------------------------------------------- afterwards


def newest_receipt(db: Database) -> Receipt | None:
    """The import whose record is kept, if any, and whether it can still be undone."""
    row = db.execute(
        "SELECT id, started_at, packages, changes_after, exports_after, interrupted "
        "FROM undo_receipts WHERE packages > 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    receipt, started_at, packages, changes_after, exports_after, interrupted = row
    now_changes, now_exports = db.execute(
        "SELECT (SELECT n FROM register_changes WHERE id = 1), "
        "(SELECT COALESCE(MAX(rowid), 0) FROM export_log)"
    ).fetchone()
    # A package sent since (a catalogue confirming the stick's packages, say) is no
    # change the counter sees, but undoing would drop its log line and state.
    return Receipt(
        receipt, started_at, packages,
        undoable=not interrupted and changes_after == now_changes
        and exports_after == now_exports,
    )


def undo_newest_receipt(db: Database, db_path: Path) -> UndoResult:
    """Put the register back as it was before the newest import.

    A whole backup of the register as it is comes first. Raises ``UndoError`` with
    the clerk's reason, having written nothing, when there is no import to undo or the
    register changed since.
    """
    receipt = newest_receipt(db)
    if receipt is None:
        raise UndoError(_("Không có lần nhận gói nào để hoàn tác."))
    _refuse_if_changed(receipt)
    backup_path = take_backup(db_path, REASON_UNDO)
    try:
        with db.atomic():
            receipt = newest_receipt(db)
            if receipt is None:
                raise UndoError(_("Không có lần nhận gói nào để hoàn tác."))
            _refuse_if_changed(receipt)
            removed, restored = _undo(db, receipt.id)
    except sqlite3.IntegrityError as error:
        # Not expected (the record describes the register exactly); the transaction is
        # rolled back whole (deferred foreign keys fail at COMMIT, still inside it) and
        # the clerk told, never a half-undone register.
        log.error("Hoàn tác lần nhận gói không được: %s", type(error).__name__)
        raise UndoError(_(
            "Không hoàn tác được lần nhận gói này: dữ liệu sau khi hoàn tác sẽ không "
            "hợp lệ. Sổ không thay đổi gì. Nếu cần quay lại, hãy khôi phục từ bản sao "
            "lưu (Cài đặt → Sao lưu)."
        )) from error
    return UndoResult(receipt.packages, removed, restored, backup_path)


def _undo(db: Database, receipt: int) -> tuple[int, int]:
    """Inside the undo's transaction: (rows removed, rows put back)."""
    # A parent put back after the child that points at it: checked at COMMIT.
    db.execute("PRAGMA defer_foreign_keys = ON")
    marks = json.loads(db.execute(
        "SELECT watermarks FROM undo_receipts WHERE id = ?", [receipt]
    ).fetchone()[0])
    removed = sum(
        db.execute(f"DELETE FROM {table} WHERE rowid > ?", [marks.get(table, 0)]).rowcount
        for table in reversed(RECORDED)
    )
    restored = sum(_put_back(db, receipt, table) for table in RECORDED)
    db.execute("DELETE FROM undo_rows WHERE receipt = ?", [receipt])
    db.execute("DELETE FROM undo_receipts WHERE id = ?", [receipt])
    indicator_store.refresh_marked(db)
    return removed, restored


def _refuse_if_changed(receipt: Receipt) -> None:
    if not receipt.undoable:
        raise UndoError(_(
            "Sổ đã có thay đổi sau lần nhận gói này (sửa, nhập, nhận hay gửi gói khác), "
            "nên không hoàn tác được mà không mất các thay đổi đó. Nếu vẫn cần quay lại, hãy "
            "khôi phục từ một bản sao lưu trong Cài đặt → Sao lưu."
        ))


def _put_back(db: Database, receipt: int, table: str) -> int:
    """The recorded rows of ``table`` as they were: updated in place where the row is
    still there, inserted again (same rowid) where the import deleted it.

    Unique numbers (a minutes number, a document's symbol) may have been swapped by the
    import, and SQLite checks uniqueness row by row: every such index is partial on
    ``deleted = 0``, so the rows go back marked deleted first and get their own
    ``deleted`` in a second pass, as ``import_plan`` writes such a swap."""
    columns, alias = _columns(db, table)
    two_steps = any(name == "deleted" for name, _kind in columns)
    values = {
        name: ("1" if two_steps and name == "deleted"
               else f"unhex(json_extract(u.old, '$.\"{name}\"'))" if kind == "BLOB"
               else f"json_extract(u.old, '$.\"{name}\"')")
        for name, kind in columns
    }
    source = "FROM undo_rows AS u WHERE u.receipt = ? AND u.table_name = ?"
    updated = db.execute(
        f"UPDATE {table} SET " + ", ".join(f"{n} = {v}" for n, v in values.items())
        + f" {source} AND u.row_id = {table}.rowid",
        [receipt, table],
    ).rowcount
    names = [n for n, _kind in columns]
    exprs = list(values.values())
    if not alias:
        names, exprs = ["rowid", *names], ["u.row_id", *exprs]
    inserted = db.execute(
        f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(exprs)} {source} "
        f"AND NOT EXISTS (SELECT 1 FROM {table} AS t WHERE t.rowid = u.row_id)",
        [receipt, table],
    ).rowcount
    if two_steps:
        db.execute(
            f"UPDATE {table} SET deleted = json_extract(u.old, '$.deleted') {source} "
            f"AND u.row_id = {table}.rowid",
            [receipt, table],
        )
    return updated + inserted


__all__ = [
    "RECORDED",
    "Receipt",
    "UndoError",
    "UndoResult",
    "close_receipt",
    "newest_receipt",
    "open_receipt",
    "package_begins",
    "package_ends",
    "undo_newest_receipt",
]
