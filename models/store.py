"""Writing travelling rows: identity, revisions, tombstones, ownership.

Every record kind's module validates its own fields, then calls these. Only the
owner of a row changes it (see shared/SYNC.md); it raises the revision on every
change so that a receiver can keep the newer copy without trusting any clock.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar

from models.errors import NotFoundError, ReadOnlyError, ValidationError
from models.i18n import _
from models.ids import DEFAULT_OWNER, new_uuid, now_iso
from models.register import Register
from models.rules.labels import TABLE_LABELS, field_label
from models.rules.records import between_fields, field_problems
from models.vntext import nfc

TRAVEL_FIELDS = ("id", "uuid", "owner_unit", "revision", "updated_at", "deleted")

R = TypeVar("R")


@dataclasses.dataclass(kw_only=True)
class Travel:
    """The identity every travelling record carries."""

    id: int | None = None
    uuid: str = ""
    owner_unit: str = ""
    revision: int = 0
    updated_at: str = ""
    deleted: bool = False


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in row.items() if k in names}
    if "deleted" in values:
        values["deleted"] = bool(values["deleted"])
    return cls(**values)


def record_values(record: Any, exclude: Iterable[str] = ()) -> dict[str, Any]:
    """The record's own columns (without identity), ready for SQL."""
    skip = set(TRAVEL_FIELDS) | set(exclude)
    values = {}
    for field in dataclasses.fields(record):
        if field.name in skip:
            continue
        value = getattr(record, field.name)
        values[field.name] = int(value) if isinstance(value, bool) else value
    return values


def fetch_row(db: Register, table: str, key: int | str) -> dict[str, Any]:
    column = "id" if isinstance(key, int) else "uuid"
    cursor = db.execute(f"SELECT * FROM {table} WHERE {column} = ?", [key])
    row = cursor.fetchone()
    if row is None:
        raise NotFoundError(_(
            "Không tìm thấy bản ghi {key} trong danh mục {value}."
        ).format(key=key, value=TABLE_LABELS[table]))
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def can_edit(db: Register, owner_unit: str) -> bool:
    if owner_unit == db.unit_uuid:
        return True
    return owner_unit == DEFAULT_OWNER and db.role == "upper"


def _composed(values: dict[str, Any]) -> dict[str, Any]:
    # Text pasted from a PDF or a Mac file arrives decomposed ("Nghi\u0323"): stored
    # composed, it compares, sorts and prints like the same words typed.
    return {k: nfc(v) if isinstance(v, str) else v for k, v in values.items()}


def _check_rules(
    table: str, values: dict[str, Any], row: dict[str, Any] | None = None
) -> None:
    """The record rules (``models.rules``) on what is about to be written: whatever
    editor or import writes a record, it holds nothing a package would be refused for.
    Only the fields written are checked one by one (an old value elsewhere in the
    record does not block an unrelated change); the rules between fields see the
    record as it will be."""
    problems = field_problems(table, values)
    if not problems:
        problems = between_fields(table, {**(row or {}), **values})
    if problems:
        raise ValidationError([f"{field_label(field)}: {message}." for field, message in problems])


def _require_owner(db: Register, table: str, row: dict[str, Any]) -> None:
    if not can_edit(db, row["owner_unit"]):
        owner = db.execute("SELECT name FROM units WHERE uuid = ?", [row["owner_unit"]]).fetchone()
        who = owner[0] if owner else _("đơn vị khác")
        raise ReadOnlyError(
            _(
                "Bản ghi này ({value}) do {who} quản lý; ở đây chỉ xem, không sửa hay xóa được."
            ).format(value=TABLE_LABELS[table], who=who)
        )


def insert_row(
    db: Register, table: str, values: dict[str, Any], *, owner_unit: str | None = None
) -> dict[str, Any]:
    """Insert a new row owned by this unit (or ``owner_unit``); call inside ``atomic``."""
    composed = _composed(values)
    _check_rules(table, composed)
    row = {
        "uuid": new_uuid(),
        "owner_unit": owner_unit or db.unit_uuid,
        "revision": 1,
        "updated_at": now_iso(),
        "deleted": 0,
        **composed,
    }
    columns = ", ".join(row)
    marks = ", ".join("?" for _ignored in row)
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    row["id"] = cursor.lastrowid
    return row


def update_row(db: Register, table: str, key: int | str, values: dict[str, Any]) -> dict[str, Any]:
    """Change a row this unit owns and raise its revision; a no-op change writes nothing."""
    row = fetch_row(db, table, key)
    _require_owner(db, table, row)
    if row["deleted"]:
        raise NotFoundError(_(
            "Bản ghi này ({value}) đã bị xóa."
        ).format(value=TABLE_LABELS[table]))
    changed = {k: v for k, v in _composed(values).items() if row.get(k) != v}
    if not changed:
        return row
    _check_rules(table, changed, row)
    changed["revision"] = row["revision"] + 1
    changed["updated_at"] = now_iso()
    assignments = ", ".join(f"{k} = ?" for k in changed)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), row["id"]])
    row.update(changed)
    return row


def tombstone_row(db: Register, table: str, key: int | str) -> dict[str, Any]:
    """Mark a row deleted (the deletion travels); its data stays for undo."""
    row = fetch_row(db, table, key)
    _require_owner(db, table, row)
    if row["deleted"]:
        return row
    stamp = now_iso()
    db.execute(
        f"UPDATE {table} SET deleted = 1, revision = revision + 1, updated_at = ? WHERE id = ?",
        [stamp, row["id"]],
    )
    row.update(deleted=1, revision=row["revision"] + 1, updated_at=stamp)
    return row


def restore_row(db: Register, table: str, key: int | str) -> dict[str, Any]:
    """Undo a deletion (from the list of deleted items)."""
    row = fetch_row(db, table, key)
    _require_owner(db, table, row)
    if not row["deleted"]:
        return row
    stamp = now_iso()
    db.execute(
        f"UPDATE {table} SET deleted = 0, revision = revision + 1, updated_at = ? WHERE id = ?",
        [stamp, row["id"]],
    )
    row.update(deleted=0, revision=row["revision"] + 1, updated_at=stamp)
    return row


def replace_children(
    db: Register,
    table: str,
    parent_column: str,
    parent_uuid: str,
    rows: list[dict[str, Any]],
    key: str | None = None,
) -> None:
    """Make a parent's child rows equal to ``rows`` (in order), keeping identities.

    Rows are matched by ``uuid`` when given (or by ``key``), changed in place
    when different (revision raised), added when new, tombstoned when gone.
    Call inside ``atomic``.
    """
    # Only this unit's own children: under an upper-level conference, each unit
    # keeps its own bridge points beside everyone else's.
    cursor = db.execute(
        f"SELECT * FROM {table} WHERE {parent_column} = ? AND deleted = 0 AND owner_unit = ?",
        [parent_uuid, db.unit_uuid],
    )
    names = [d[0] for d in cursor.description]
    existing = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    by_uuid = {r["uuid"]: r for r in existing}
    by_key = {r[key]: r for r in existing} if key else {}
    kept: set[str] = set()
    for position, values in enumerate(rows):
        values = {**values, parent_column: parent_uuid}
        if "position" in names:
            values["position"] = position
        match = by_uuid.get(values.pop("uuid", None) or "") or (
            by_key.get(values.get(key)) if key else None
        )
        values = {k: v for k, v in values.items() if k not in TRAVEL_FIELDS}
        if match and match["uuid"] not in kept:
            update_row(db, table, match["uuid"], values)
            kept.add(match["uuid"])
        else:
            kept.add(insert_row(db, table, values)["uuid"])
    for row in existing:
        if row["uuid"] not in kept:
            tombstone_row(db, table, row["uuid"])
