"""The records side of the USB exchange: snapshot, check, plan and merge.

A package carries a full snapshot of what its sender owns, tombstones included
(shared/SYNC.md). Import is a merge by revision: the receiver keeps the copy
with the higher revision; the same revision with different content is the one
real conflict (the owner diverged from itself, e.g. a restored backup) and is
held for a person, never decided silently. Nothing here knows about files,
keys or encryption; ``sync/`` wraps these functions.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from models import indicator_store
from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.errors import UserError
from models.i18n import N_, _
from models.ids import DEFAULT_OWNER, now_iso
from models.rules.package import merge_problems, package_problems
from models.rules.problems import Problem, refusal_text
from models.schema import TRAVEL_TABLES
from models.store import TABLE_LABELS

CHUNK = 500


class ExchangeError(UserError):
    """A package refused; nothing was changed."""


@dataclass
class Column:
    name: str
    kind: str  # "int" or "text"
    not_null: bool


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

    @property
    def changes_register(self) -> bool:
        """Whether applying it writes any record (or holds a conflict)."""
        return bool(self.writes or self.inserts or self.conflicts)

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


def columns_of(db: Database, table: str) -> list[Column]:
    result = []
    for _cid, name, kind, not_null, _default, _pk in db.execute(f"PRAGMA table_info({table})"):
        if name == "id":
            continue
        result.append(Column(name, "int" if kind.upper() == "INTEGER" else "text", bool(not_null)))
    return result


def references_of(db: Database, table: str) -> list[tuple[str, str]]:
    """(column, parent table) for every reference of ``table``."""
    return [(row[3], row[2]) for row in db.execute(f"PRAGMA foreign_key_list({table})")]


# --- export ----------------------------------------------------------------


def snapshot(
    db: Database, owners: Iterable[str], tables: Iterable[str] = TRAVEL_TABLES
) -> dict[str, list[dict[str, Any]]]:
    """Every row the ``owners`` own, tombstones included, by table (parents first).

    ``tables`` narrows it (kept in ``TRAVEL_TABLES`` order whatever order it is given in).
    """
    owners = list(owners)
    wanted = set(tables)
    marks = ", ".join("?" for _ignored in owners)
    result: dict[str, list[dict[str, Any]]] = {}
    for table in (t for t in TRAVEL_TABLES if t in wanted):
        names = [c.name for c in columns_of(db, table)]
        cursor = db.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE owner_unit IN ({marks}) ORDER BY id",
            owners,
        )
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        if rows:
            result[table] = rows
    return result


# What the upper level hands down: the shared lists, the documents with their files,
# and its conferences with what units need to follow them (the documents studied and
# the presenters). Its own members, attendance and bridge points stay at home.
CATALOGUE_TABLES: tuple[str, ...] = (
    "lookups",
    "documents",
    "attachments",
    "conferences",
    "conference_documents",
    "presenters",
)


def catalogue_snapshot(db: Database) -> dict[str, list[dict[str, Any]]]:
    """What the upper level hands down (``CATALOGUE_TABLES`` of ``catalogue_owners``).

    An upper-level conference may list a document a unit sent up; that document is
    the unit's and does not go down, so neither does the line pointing at it (every
    other unit would find it dangling and refuse the whole catalogue).
    """
    payload = snapshot(db, catalogue_owners(db), CATALOGUE_TABLES)
    documents = {r["uuid"] for r in payload.get("documents", [])}
    studied = payload.get("conference_documents")
    if studied:
        kept = [r for r in studied if r["document_uuid"] in documents]
        if kept:
            payload["conference_documents"] = kept
        else:
            del payload["conference_documents"]
    return payload


# The catalogue rows another office owns that a unit's records point at: carried in
# the unit's packages (read-only copies), so that a unit that moved to another upper
# level brings the conferences and documents of its history with it.
CARRIED_TABLES: tuple[str, ...] = ("documents", "conferences", "conference_documents")


def carried_catalogue(
    db: Database, payload: dict[str, list[dict[str, Any]]], exclude_owners: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """The catalogue rows of owners not in ``exclude_owners`` (the recipient, the
    shared lists, the sender) that ``payload`` points at, with the documents studied
    at those conferences."""
    conferences = {r["conference_uuid"] for rows in payload.values() for r in rows
                   if r.get("conference_uuid")}
    documents = {r["document_uuid"] for rows in payload.values() for r in rows
                 if r.get("document_uuid")}
    excluded = json.dumps(sorted(exclude_owners))

    def foreign(table: str, column: str, values: set[str]) -> list[dict[str, Any]]:
        names = [c.name for c in columns_of(db, table)]
        return [
            dict(zip(names, row, strict=True))
            for row in db.execute(
                f"SELECT {', '.join(names)} FROM {table} WHERE {column} IN "
                "(SELECT value FROM json_each(?)) AND owner_unit NOT IN "
                "(SELECT value FROM json_each(?)) ORDER BY id",
                [json.dumps(sorted(values)), excluded],
            )
        ]

    result: dict[str, list[dict[str, Any]]] = {}
    carried_conferences = foreign("conferences", "uuid", conferences)
    studied = foreign("conference_documents", "conference_uuid",
                      {r["uuid"] for r in carried_conferences})
    documents |= {r["document_uuid"] for r in studied}
    for table, rows in (("documents", foreign("documents", "uuid", documents)),
                        ("conferences", carried_conferences),
                        ("conference_documents", studied)):
        if rows:
            result[table] = rows
    return result


def catalogue_owners(db: Database) -> list[str]:
    """The upper level hands down what it owns plus the shared default lists."""
    unit = db.execute("SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0]
    return [unit, DEFAULT_OWNER]


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


# --- conflicts -------------------------------------------------------------


@dataclass
class Conflict:
    id: int
    table: str
    uuid: str
    local: dict[str, Any]
    incoming: dict[str, Any]
    detected_at: str

    @property
    def label(self) -> str:
        return TABLE_LABELS[self.table]

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(field, value here, value in the package) for each field that differs."""
        return [
            (k, self.local.get(k), v)
            for k, v in self.incoming.items()
            if k != "updated_at" and self.local.get(k) != v
        ]


def list_conflicts(db: Database) -> list[Conflict]:
    result = []
    for cid, table, uuid, incoming, detected in db.execute(
        "SELECT id, table_name, uuid, incoming, detected_at FROM conflicts WHERE resolved = 0 "
        "ORDER BY id"
    ).fetchall():
        names = [c.name for c in columns_of(db, table)]
        row = db.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE uuid = ?", [uuid]
        ).fetchone()
        local = dict(zip(names, row, strict=True)) if row else {}
        result.append(Conflict(cid, table, uuid, local, json.loads(incoming), detected))
    return result


SUPERSEDED_NOTICE = N_(
    "Sổ đã nhận bản mới hơn của bản ghi này từ nơi gửi, nên giữ bản mới hơn đó; "
    "xung đột này không còn."
)


def resolve_conflict(db: Database, conflict_id: int, take_incoming: bool) -> str | None:
    """A person chose which copy to keep; the other is set aside for good.

    Returns a notice when the package's copy was asked for but a newer one has
    arrived since: the newer is kept and the conflict is closed all the same.
    """
    with db.atomic():
        row = db.execute(
            "SELECT table_name, incoming FROM conflicts WHERE id = ? AND resolved = 0",
            [conflict_id],
        ).fetchone()
        if row is None:
            raise UserError(_("Xung đột này đã được xử lý."))
        table, incoming = row[0], json.loads(row[1])
        here = db.execute(
            f"SELECT revision FROM {table} WHERE uuid = ?", [incoming["uuid"]]
        ).fetchone()
        superseded = here is not None and here[0] > incoming["revision"]
        if take_incoming and not superseded:
            plan = ImportPlan(sender_unit=incoming["owner_unit"], writes={table: [incoming]})
            apply_import(db, plan)
        db.execute("UPDATE conflicts SET resolved = 1 WHERE id = ?", [conflict_id])
    return _(SUPERSEDED_NOTICE) if take_incoming and superseded else None


# --- units, keys and the log ------------------------------------------------

_UNIT_COLUMNS = (
    "uuid, name, abbr, role, signing_key, key_fingerprint, last_package_at, "
    "last_package_created, receiving_key, moved_on, moved_to"
)


@dataclass
class UnitRecord:
    uuid: str
    name: str
    abbr: str
    role: str
    signing_key: str | None
    key_fingerprint: str | None
    last_package_at: str | None
    last_package_created: str | None
    receiving_key: str | None = None
    moved_on: str | None = None  # the day it moved to another upper level (this clock)
    moved_to: str | None = None  # that upper level, as a person wrote it


def mark_moved(db: Database, uuid: str, moved_to: str, today: str) -> None:
    """The unit now reports to another upper level: its records stay here with their
    figures; it is no longer expected to send packages."""
    moved_to = moved_to.strip()
    if not moved_to:
        raise UserError(_("Hãy ghi tên cấp trên mới mà đơn vị chuyển sang."))
    with db.atomic():
        changed = db.execute(
            "UPDATE units SET moved_on = ?, moved_to = ? WHERE uuid = ? AND role = 'unit'",
            [today, moved_to, uuid],
        ).rowcount
    if not changed:
        raise UserError(_(
            "Không có đơn vị mã “{uuid}” trong danh sách đơn vị."
        ).format(uuid=uuid))


def get_unit(db: Database, uuid: str) -> UnitRecord | None:
    row = db.execute(f"SELECT {_UNIT_COLUMNS} FROM units WHERE uuid = ?", [uuid]).fetchone()
    return UnitRecord(*row) if row else None


def list_units(db: Database, role: str | None = None) -> list[UnitRecord]:
    """The offices this register exchanges packages with (never itself)."""
    sql = (
        f"SELECT {_UNIT_COLUMNS} FROM units "
        "WHERE uuid != (SELECT value FROM settings WHERE key = 'unit_uuid')"
    )
    params: list = []
    if role:
        sql += " AND role = ?"
        params.append(role)
    return [UnitRecord(*r) for r in db.execute(sql + " ORDER BY name", params).fetchall()]


def save_unit(
    db: Database,
    uuid: str,
    name: str,
    abbr: str,
    role: str,
    signing_key: str | None = None,
    key_fingerprint: str | None = None,
    receiving_key: str | None = None,
) -> None:
    """Record a unit (or the upper level) this register exchanges packages with (a unit
    set up again is no longer marked moved)."""
    with db.atomic():
        db.execute(
            "INSERT INTO units (uuid, name, abbr, role, signing_key, key_fingerprint, "
            "receiving_key) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
            "moved_on = NULL, moved_to = NULL, "
            "name = excluded.name, abbr = excluded.abbr, role = excluded.role, "
            "signing_key = COALESCE(excluded.signing_key, units.signing_key), "
            "key_fingerprint = COALESCE(excluded.key_fingerprint, units.key_fingerprint), "
            "receiving_key = COALESCE(excluded.receiving_key, units.receiving_key)",
            [uuid, name, abbr, role, signing_key, key_fingerprint, receiving_key],
        )


def pin_key(db: Database, uuid: str, signing_key: str, fingerprint: str) -> None:
    """Trust this key for the unit from now on (first import, or a person approved it)."""
    with db.atomic():
        db.execute(
            "UPDATE units SET signing_key = ?, key_fingerprint = ? WHERE uuid = ?",
            [signing_key, fingerprint, uuid],
        )


def set_receiving_key(db: Database, uuid: str, receiving_key: str) -> None:
    """The key packages for this office are encrypted for (learned from its packages)."""
    with db.atomic():
        db.execute("UPDATE units SET receiving_key = ? WHERE uuid = ?", [receiving_key, uuid])


def mark_received(db: Database, uuid: str, created: str) -> None:
    """Call inside the import's transaction."""
    db.execute(
        "UPDATE units SET last_package_at = ?, last_package_created = "
        "MAX(COALESCE(last_package_created, ''), ?) WHERE uuid = ?",
        [now_iso(), created, uuid],
    )


def log_import(
    db: Database,
    file_name: str,
    file_sha256: str,
    sender_unit: str,
    counts: dict,
    *,
    package_id: str | None = None,
    package_created: str | None = None,
    kind: str = "unit",
) -> None:
    """Call inside the import's transaction."""
    db.execute(
        "INSERT INTO import_log (imported_at, file_name, file_sha256, sender_unit, counts, "
        "package_id, package_created, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now_iso(), file_name, file_sha256, sender_unit, json.dumps(counts, ensure_ascii=False),
         package_id, package_created, kind],
    )


@dataclass
class LogEntry:
    imported_at: str
    file_name: str
    file_sha256: str
    sender_unit: str
    sender_name: str
    counts: dict[str, Any]
    package_id: str | None = None
    package_created: str | None = None
    kind: str = "unit"


_LOG_SELECT = (
    "SELECT l.imported_at, l.file_name, l.file_sha256, l.sender_unit, "
    "COALESCE(u.name, l.sender_unit), l.counts, l.package_id, l.package_created, l.kind "
    "FROM import_log l LEFT JOIN units u ON u.uuid = l.sender_unit"
)


def _log_entry(row: tuple) -> LogEntry:
    return LogEntry(*row[:5], json.loads(row[5]), *row[6:])


def import_log(db: Database, limit: int = 500) -> list[LogEntry]:
    rows = db.execute(f"{_LOG_SELECT} ORDER BY l.id DESC LIMIT ?", [limit]).fetchall()
    return [_log_entry(r) for r in rows]


def find_import(db: Database, package_id: str) -> LogEntry | None:
    """The first import of this very package, if it was imported before."""
    row = db.execute(
        f"{_LOG_SELECT} WHERE l.package_id = ? ORDER BY l.id LIMIT 1", [package_id]
    ).fetchone()
    return _log_entry(row) if row else None


def log_export(
    db: Database,
    *,
    kind: str,
    recipient_unit: str,
    package_id: str,
    file_name: str,
    file_sha256: str,
    size: int,
    counts: dict[str, int],
    base: str | None = None,
    state: dict[str, list[dict[str, Any]]] | None = None,
) -> None:
    """Log a package written; ``state`` (a unit's full snapshot at the time) is kept so
    that a later package can hold only what changed since this one."""
    with db.atomic():
        db.execute(
            "INSERT INTO export_log (exported_at, kind, recipient_unit, package_id, file_name, "
            "file_sha256, size, counts, snapshot, base_package) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now_iso(), kind, recipient_unit, package_id, file_name, file_sha256, size,
             json.dumps(counts, ensure_ascii=False), "changes" if base else "full", base],
        )
        if state is not None:
            db.execute(
                "INSERT INTO export_state (package_id, state) VALUES (?, ?)",
                [package_id, _encode_state(state)],
            )


# --- change-only packages ------------------------------------------------------


def _encode_state(snapshot: dict[str, list[dict[str, Any]]]) -> bytes:
    """Every row's revision, by table: all a later package needs to tell what changed."""
    state = {t: [[r["uuid"], r["revision"]] for r in rows] for t, rows in snapshot.items()}
    return zlib.compress(json.dumps(state, separators=(",", ":")).encode("ascii"), 6)


def _decode_state(blob: bytes) -> dict[str, dict[str, int]]:
    state = json.loads(zlib.decompress(blob).decode("ascii"))
    return {t: dict(rows) for t, rows in state.items()}


def change_base(db: Database, recipient: str) -> str | None:
    """The newest package sent to ``recipient`` that it confirmed importing and whose
    contents are still known here: what a change-only package builds on."""
    row = db.execute(
        "SELECT e.package_id FROM export_log e JOIN export_state s ON s.package_id = e.package_id "
        "WHERE e.recipient_unit = ? AND e.confirmed = 1 ORDER BY e.id DESC LIMIT 1",
        [recipient],
    ).fetchone()
    return row[0] if row else None


def changes_since(
    db: Database, snapshot: dict[str, list[dict[str, Any]]], base: str
) -> dict[str, list[dict[str, Any]]]:
    """The rows of ``snapshot`` that are new or at another revision than in ``base``."""
    (blob,) = db.execute(
        "SELECT state FROM export_state WHERE package_id = ?", [base]
    ).fetchone()
    sent = _decode_state(blob)
    result = {}
    for table, rows in snapshot.items():
        known = sent.get(table, {})
        changed = [r for r in rows if known.get(r["uuid"]) != r["revision"]]
        if changed:
            result[table] = changed
    return result


def confirm_exports(db: Database, package_ids: Iterable[str]) -> int:
    """The recipient says it imported these packages; call inside the import's
    transaction. Contents older than the newest confirmed package are forgotten
    (no later package will build on them)."""
    ids = list(package_ids)
    if not ids:
        return 0
    confirmed = db.execute(
        "UPDATE export_log SET confirmed = 1 WHERE confirmed = 0 AND package_id IN "
        "(SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    ).rowcount
    newest = db.execute(
        "SELECT MAX(id) FROM export_log WHERE confirmed = 1 AND kind = 'unit'"
    ).fetchone()[0]
    if newest is not None:
        db.execute(
            "DELETE FROM export_state WHERE package_id IN "
            "(SELECT package_id FROM export_log WHERE kind = 'unit' AND id < ?)",
            [newest],
        )
    return confirmed


CONFIRMATIONS = 20


def imported_from(db: Database, sender: str, limit: int = CONFIRMATIONS) -> list[str]:
    """The packages of ``sender`` imported here, newest first (what a catalogue or a
    setup file confirms back to it)."""
    return [
        r[0] for r in db.execute(
            "SELECT package_id FROM import_log WHERE sender_unit = ? AND kind = 'unit' "
            "AND package_id IS NOT NULL GROUP BY package_id ORDER BY MAX(id) DESC LIMIT ?",
            [sender, limit],
        )
    ]


def has_imported(db: Database, sender: str, package_id: str) -> bool:
    return db.execute(
        "SELECT EXISTS (SELECT 1 FROM import_log WHERE sender_unit = ? AND package_id = ?)",
        [sender, package_id],
    ).fetchone()[0] == 1


@dataclass
class ExportEntry:
    exported_at: str
    kind: str
    recipient_unit: str
    recipient_name: str
    package_id: str
    file_name: str
    file_sha256: str
    size: int
    counts: dict[str, int]


def export_log(db: Database, limit: int = 500) -> list[ExportEntry]:
    rows = db.execute(
        "SELECT e.exported_at, e.kind, e.recipient_unit, COALESCE(u.name, e.recipient_unit), "
        "e.package_id, e.file_name, e.file_sha256, e.size, e.counts FROM export_log e "
        "LEFT JOIN units u ON u.uuid = e.recipient_unit ORDER BY e.id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [ExportEntry(*r[:8], json.loads(r[8])) for r in rows]


# --- identity and consolidation ---------------------------------------------


def own_record_count(db: Database, owner: str) -> int:
    """Rows ``owner`` owns in this register, tombstones included."""
    return sum(
        db.execute(f"SELECT COUNT(*) FROM {t} WHERE owner_unit = ?", [owner]).fetchone()[0]
        for t in TRAVEL_TABLES
    )


def has_exported(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM export_log)").fetchone()[0] == 1


def reown_records(db: Database, old_owner: str, new_owner: str) -> int:
    """Give every row of ``old_owner`` to ``new_owner``; call inside ``atomic``.

    Only for rows that never left this register (no package was ever written
    under the old identity), so no other office holds them under the old owner.
    """
    moved = 0
    for table in TRAVEL_TABLES:
        moved += db.execute(
            f"UPDATE {table} SET owner_unit = ? WHERE owner_unit = ?", [new_owner, old_owner]
        ).rowcount
    return moved


# What the consolidation table shows per unit: live records of the main kinds.
COUNTED_TABLES: tuple[str, ...] = (
    "chi_bo", "members", "conferences", "attendance", "plans", "tasks", "outreach",
    "reflections",
)


def counts_by_owner(db: Database) -> dict[str, dict[str, int]]:
    """owner → table → live rows, for ``COUNTED_TABLES``."""
    result: dict[str, dict[str, int]] = {}
    for table in COUNTED_TABLES:
        for owner, count in db.execute(
            f"SELECT owner_unit, COUNT(*) FROM {table} WHERE deleted = 0 GROUP BY owner_unit"
        ):
            result.setdefault(owner, {})[table] = count
    return result


def conferences_by_unit(db: Database) -> dict[str, dict[str, int]]:
    """owner -> {"held": its own live conferences, "followed": live conferences of
    another office (a broadcast) it has attendance, counted groups or bridge points at}."""
    indicator_store.refresh(db)
    result: dict[str, dict[str, int]] = {}
    for owner, count in db.execute(
        "SELECT owner_unit, COUNT(*) FROM conferences WHERE deleted = 0 GROUP BY owner_unit"
    ):
        result.setdefault(owner, {})["held"] = count
    for owner, count in db.execute(
        """SELECT f.owner_unit, COUNT(DISTINCT f.conference_uuid) FROM (
               SELECT owner_unit, conference_uuid FROM stat_unit_conf
               UNION SELECT owner_unit, conference_uuid FROM bridge_points WHERE deleted = 0
           ) f JOIN conferences c ON c.uuid = f.conference_uuid
           WHERE c.deleted = 0 AND c.owner_unit != f.owner_unit GROUP BY f.owner_unit"""
    ):
        result.setdefault(owner, {})["followed"] = count
    return result


def register_stamp(db: Database) -> int:
    """The register's change counter (``register_changes``, migration 4): raised by
    every write to a record, a unit, a setting, the import log or a conflict, by any
    connection. Equal stamps mean the register was not written in between, so a
    preview's plan still holds; read it in the same transaction as what it stamps
    (``Register.reading``, ``Register.atomic``)."""
    row = db.execute("SELECT n FROM register_changes WHERE id = 1").fetchone()
    return -1 if row is None else int(row[0])
