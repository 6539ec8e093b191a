"""Planning and applying an import: a package's records checked against the record
rules, compared with the register's copies (``plan_import``), then written in the
caller's transaction (``apply_import``); the errors that refuse a package, and the
register's change counter that stamps a preview's plan (``register_stamp``).

A package carries a full snapshot of what its sender owns, tombstones included
(shared/SYNC.md). Import is a merge by revision: the receiver keeps the copy
with the higher revision; the same revision with different content is the one
real conflict (the owner diverged from itself, e.g. a restored backup) and is
held for a person, never decided silently. Nothing here knows about files,
keys or encryption; ``sync/`` wraps these functions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from models import indicator_store
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import UserError
from models.exchange_snapshot import catalogue_owners, columns_of
from models.i18n import _
from models.ids import now_iso
from models.rules.package import merge_problems, package_problems
from models.rules.problems import Problem, refusal_text
from models.schema import TRAVEL_TABLES
from models.store import TABLE_LABELS

CHUNK = 500


class ExchangeError(UserError):
    """A package refused; nothing was changed."""


@dataclass
class TablePlan:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.deleted


@dataclass
class ImportPlan:
    """What an import will do, per kind of record, before it does it."""

    sender_unit: str
    tables: dict[str, TablePlan] = field(default_factory=dict)
    # Rows that replace the register's copy (``writes``) and rows it has never seen
    # (``inserts``), per table.
    writes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    # Set by ``forget_rows``: whether it wrote any record.
    wrote: bool = False

    @property
    def changes_register(self) -> bool:
        """Whether applying it writes any record (or holds a conflict)."""
        return self.wrote or bool(self.writes or self.inserts or self.conflicts)

    def forget_rows(self) -> None:
        """Let go of the records once written, keeping the counts: a stick's reports
        outlive its packages (a first stick at a province, 3.3 million records, held 3 to
        4 GB of memory until its last package was taken)."""
        self.wrote = self.changes_register
        self.writes, self.inserts = {}, {}

    def totals(self) -> TablePlan:
        total = TablePlan()
        for plan in self.tables.values():
            for name in ("new", "updated", "deleted", "unchanged", "older", "conflicts"):
                setattr(total, name, getattr(total, name) + getattr(plan, name))
        return total

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {t: vars(p).copy() for t, p in self.tables.items()}

    def lines(self) -> list[str]:
        """One Vietnamese line per kind of record that the package holds."""
        result = []
        for table, plan in self.tables.items():
            result.append(
                _(
                    "{value}: {new} mới, {updated} cập nhật, {deleted} xóa, {value2} không "
                    "đổi, {conflicts} xung đột"
                ).format(
                    value=TABLE_LABELS[table],
                    new=plan.new,
                    updated=plan.updated,
                    deleted=plan.deleted,
                    value2=plan.unchanged + plan.older,
                    conflicts=plan.conflicts,
                )
            )
        return result


# --- checks ----------------------------------------------------------------


class RecordsRefused(ExchangeError):
    """A package whose records break the record rules (``models.rules``); ``problems``
    names each record and field, the message lists the first of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(refusal_text(self.problems))


def check_payload(
    db: Database, payload: dict[str, list[dict[str, Any]]], allowed_owners: set[str]
) -> list[Problem]:
    """Every problem with a package's records against the record rules; empty when sound.

    At the upper level a unit's records may point at the upper level's catalogue (its
    documents and conferences); everything else they point at must be their own.
    """
    shared = catalogue_owners(db) if db.role == "upper" else []
    return package_problems(db, payload, allowed_owners, shared)


# --- plan and apply --------------------------------------------------------


def _local_rows(db: Database, table: str, names: list[str], values: list[str]) -> dict[str, dict]:
    result: dict[str, dict] = {}
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        marks = ", ".join("?" for _ignored in chunk)
        cursor = db.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE uuid IN ({marks})", chunk
        )
        for row in cursor.fetchall():
            result[row[0]] = dict(zip(names, row, strict=True))
    return result


def plan_import(
    db: Database,
    payload: dict[str, list[dict[str, Any]]],
    sender_unit: str,
    allowed_owners: set[str],
) -> ImportPlan:
    """Check the records, then work out what importing them would change.

    Raises ``RecordsRefused`` naming every record the rules refuse (including the
    uniqueness rules against what the register keeps), ``ExchangeError`` for a record
    claiming another owner's id; reads only.
    """
    problems = check_payload(db, payload, allowed_owners)
    if problems:
        raise RecordsRefused(problems)
    plan = ImportPlan(sender_unit=sender_unit)
    for table in TRAVEL_TABLES:
        rows = payload.get(table)
        if not rows:
            continue
        names = ["uuid"] + [c.name for c in columns_of(db, table) if c.name != "uuid"]
        local = _local_rows(db, table, names, [r["uuid"] for r in rows])
        counts = TablePlan()
        writes, inserts = [], []
        for row in rows:
            mine = local.get(row["uuid"])
            if mine is None:
                counts.new += 1
                if row["deleted"]:
                    counts.deleted += 1
                    counts.new -= 1
                inserts.append(row)
            elif mine["owner_unit"] != row["owner_unit"]:
                raise ExchangeError(
                    _(
                        "Gói có bản ghi ({value}) trùng mã với bản ghi của đơn vị khác trong "
                        "sổ; gói có thể bị giả mạo. Sổ không thay đổi."
                    ).format(value=TABLE_LABELS[table])
                )
            elif row["revision"] > mine["revision"]:
                if row["deleted"] and not mine["deleted"]:
                    counts.deleted += 1
                else:
                    counts.updated += 1
                writes.append(row)
            elif row["revision"] < mine["revision"]:
                counts.older += 1
            elif _same(row, mine) or _settled_here(db, table, row):
                counts.unchanged += 1
            else:
                counts.conflicts += 1
                plan.conflicts.append((table, row))
        plan.tables[table] = counts
        if writes:
            plan.writes[table] = writes
        if inserts:
            plan.inserts[table] = inserts
    # What the import writes must keep the register's uniqueness rules with what it
    # keeps: found here, the dry run refuses what the import would fail on.
    written = {t: plan.writes.get(t, []) + plan.inserts.get(t, [])
               for t in set(plan.writes) | set(plan.inserts)}
    problems = merge_problems(db, payload, written)
    if problems:
        raise RecordsRefused(problems)
    return plan


def _same(incoming: dict[str, Any], local: dict[str, Any]) -> bool:
    # The update time is the owner's clock and informative only.
    return all(local[k] == v for k, v in incoming.items() if k != "updated_at")


def _conflict_text(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def _settled_here(db: Database, table: str, row: dict[str, Any]) -> bool:
    """A person already kept this register's copy against exactly this incoming one:
    every later package of the same owner carries it again, and asking again each
    time would undo nothing but the person's decision."""
    return db.execute(
        "SELECT EXISTS (SELECT 1 FROM conflicts WHERE table_name = ? AND uuid = ? "
        "AND incoming = ? AND resolved = 1)",
        [table, row["uuid"], _conflict_text(row)],
    ).fetchone()[0] == 1


def apply_import(db: Database, plan: ImportPlan) -> None:
    """Write a plan in one transaction (call inside the caller's ``atomic``)."""
    for table in TRAVEL_TABLES:  # parents first, so that references always hold
        if table in plan.writes or table in plan.inserts:
            _write_rows(db, table, plan.writes.get(table, []), plan.inserts.get(table, []))
    # The sender's indicator figures are made again in this same transaction, so that
    # the overview after a stick full of packages reads them ready.
    indicator_store.refresh_marked(db)
    # The owner's newer revision settles a conflict still waiting on an older one:
    # taking that older copy later would overwrite the newer. The waiting ones are
    # read once (the table keeps every conflict ever held, and has no index).
    waiting: dict[tuple[str, str], list[int]] = {}
    for conflict_id, table, uuid in db.execute(
        "SELECT id, table_name, uuid FROM conflicts WHERE resolved = 0"
    ).fetchall():
        waiting.setdefault((table, uuid), []).append(conflict_id)
    settled = [
        [conflict_id]
        for table, rows in plan.writes.items()
        for r in rows
        for conflict_id in waiting.get((table, r["uuid"]), ())
    ]
    if settled:
        db.conn.executemany("UPDATE conflicts SET resolved = 1 WHERE id = ?", settled)
    stamp = now_iso()
    for table, row in plan.conflicts:
        incoming = _conflict_text(row)
        held = db.execute(
            "SELECT 1 FROM conflicts WHERE table_name = ? AND uuid = ? AND incoming = ? "
            "AND resolved = 0",
            [table, row["uuid"], incoming],
        ).fetchone()
        if not held:  # the same package twice holds the same conflict once
            db.execute(
                "INSERT INTO conflicts (table_name, uuid, incoming, detected_at) "
                "VALUES (?, ?, ?, ?)",
                [table, row["uuid"], incoming, stamp],
            )


def _write_rows(
    db: Database, table: str, updates: list[dict[str, Any]], inserts: list[dict[str, Any]]
) -> None:
    names = list((updates or inserts)[0])
    columns, marks = ", ".join(names), ", ".join("?" for _ignored in names)
    insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    assignments = ", ".join(f"{n} = excluded.{n}" for n in names if n != "uuid")
    upsert = f"{insert} ON CONFLICT(uuid) DO UPDATE SET {assignments}"
    # No SAVEPOINT around these: with the indicator triggers it made every row many
    # times dearer. The rows written before a refused one are written again below
    # (every row through the upsert), and a row still refused there ends the whole
    # import's transaction, so nothing is half-written either way.
    try:
        # Changed rows first: a new row may take a number a changed one gives up.
        if updates:
            db.conn.executemany(upsert, ([r[n] for n in names] for r in updates))
        if inserts:
            db.conn.executemany(insert, ([r[n] for n in names] for r in inserts))
    except sqlite3.IntegrityError:
        _write_rows_in_two_steps(db, table, updates + inserts, upsert, names)


def _write_rows_in_two_steps(
    db: Database, table: str, rows: list[dict[str, Any]], sql: str, names: list[str]
) -> None:
    """Rows of one owner that trade a unique value among themselves in one package
    (two conferences swapping their numbers, a document renumbered into the number
    another gave up): written one by one, the first meets the second's old copy.
    The unique indexes cover live rows only, so write every row as a tombstone
    first, then bring the live ones back once all old values are gone."""
    flag = names.index("deleted")
    try:
        db.conn.executemany(
            sql, ([1 if i == flag else r[n] for i, n in enumerate(names)] for r in rows)
        )
        db.conn.executemany(
            f"UPDATE {table} SET deleted = 0 WHERE uuid = ?",
            ([r["uuid"]] for r in rows if not r["deleted"]),
        )
    except sqlite3.IntegrityError as exc:
        raise ExchangeError(
            _(
                "Không ghi được {value} từ gói ({exc}); sổ không thay đổi."
            ).format(value=TABLE_LABELS[table], exc=exc)
        ) from None


# --- the change counter ------------------------------------------------------


def register_stamp(db: Database) -> int:
    """The register's change counter (``register_changes``, migration 4): raised by
    every write to a record, a unit, a setting, the import log or a conflict, by any
    connection. Equal stamps mean the register was not written in between, so a
    preview's plan still holds; read it in the same transaction as what it stamps
    (``Register.reading``, ``Register.atomic``)."""
    row = db.execute("SELECT n FROM register_changes WHERE id = 1").fetchone()
    return -1 if row is None else int(row[0])
