"""What an export carries: the rows of the travelling tables an owner owns (a unit's
package), what the upper level hands down (its catalogue), and the catalogue rows of
another office that a unit's records point at (carried with them). Also the columns
and references of a travelling table, which the import reads too.

Nothing here writes: it reads the register and returns rows as dicts, by table,
parents first (``TRAVEL_TABLES`` order).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from models.ids import DEFAULT_OWNER
from models.schema import TRAVEL_TABLES


@dataclass
class Column:
    name: str
    kind: str  # "int" or "text"
    not_null: bool


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
