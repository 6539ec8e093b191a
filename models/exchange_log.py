"""The logs of the exchange and what they let a later package build on: every
import (``import_log``) and every package written (``export_log``), the state of
each package sent (``export_state``, every row's revision) from which a change-only
package is made, and the confirmations a recipient sends back of what it imported.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from models.ids import now_iso

# --- the import and export logs ----------------------------------------------


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


def has_exported(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM export_log)").fetchone()[0] == 1
