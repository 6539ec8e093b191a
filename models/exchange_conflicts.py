"""The conflicts an import holds for a person: the same revision of a record with
different content (the owner diverged from itself). Listed with the register's copy
beside the package's, and resolved by a person's choice of which copy to keep.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from models.errors import UserError
from models.exchange_snapshot import columns_of
from models.i18n import N_, _
from models.import_plan import ImportPlan, apply_import
from models.store import TABLE_LABELS


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
