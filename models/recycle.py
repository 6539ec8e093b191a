"""Deleted items: bringing them back, and the deletions the record modules lack.

A deletion is a tombstone (see shared/SYNC.md), so undoing it is raising the
revision once more with ``deleted`` cleared. Before that, a restore checks that
the row still fits beside what was entered since: a document number used again,
a chi bộ of the same name, a member whose chi bộ is itself deleted. The person
gets a sentence saying what to do instead of a database error.
"""
from __future__ import annotations

from models.conferences import restore_conference
from models.errors import ValidationError
from models.i18n import _
from models.register import Register
from models.store import TABLE_LABELS, fetch_row, restore_row, tombstone_row
from models.vntext import fold

RESTORABLE = (
    "documents",
    "conferences",
    "chi_bo",
    "members",
    "participant_groups",
    "plans",
    "outreach",
    "lookups",
)


def _clash(db: Register, sql: str, params: list) -> bool:
    return db.execute(sql, params).fetchone() is not None


def _check_document(db: Register, row: dict) -> None:
    if _clash(
        db,
        "SELECT 1 FROM documents WHERE deleted = 0 AND owner_unit = ? AND symbol = ? "
        "AND term = ?",
        [row["owner_unit"], row["symbol"], row["term"]],
    ):
        raise ValidationError(
            _(
                "Không khôi phục được: sổ đã có văn bản số {symbol} cùng nhiệm kỳ/khóa. Hãy "
                "sửa hoặc xóa văn bản đó trước."
            ).format(symbol=row['symbol'])
        )


def _check_conference(db: Register, row: dict) -> None:
    if row["reg_number"] is not None and _clash(
        db,
        "SELECT 1 FROM conferences WHERE deleted = 0 AND owner_unit = ? AND term = ? "
        "AND reg_number = ?",
        [row["owner_unit"], row["term"], row["reg_number"]],
    ):
        raise ValidationError(
            _(
                "Không khôi phục được: số biên bản {reg_number:02d} của nhiệm kỳ {value} đã "
                "dùng cho hội nghị khác. Hãy đổi số của hội nghị đó trước."
            ).format(reg_number=row['reg_number'], value=row['term'] or _("(không ghi)"))
        )


def _check_chi_bo(db: Register, row: dict) -> None:
    if _clash(
        db,
        "SELECT 1 FROM chi_bo WHERE deleted = 0 AND owner_unit = ? AND search_text = ?",
        [row["owner_unit"], fold(row["name"])],
    ):
        raise ValidationError(
            _("Không khôi phục được: danh sách đã có chi bộ “{name}”.").format(name=row['name'])
        )


def _check_member(db: Register, row: dict) -> None:
    chi_bo = db.execute(
        "SELECT name, deleted FROM chi_bo WHERE uuid = ?", [row["chi_bo_uuid"]]
    ).fetchone()
    if chi_bo is not None and chi_bo[1]:
        raise ValidationError(
            _(
                "Chi bộ “{value}” của đồng chí {full_name} đã bị xóa; hãy khôi phục chi bộ "
                "trước."
            ).format(value=chi_bo[0], full_name=row['full_name'])
        )


def _check_plan(db: Register, row: dict) -> None:
    if row["number"] is not None and _clash(
        db,
        "SELECT 1 FROM plans WHERE deleted = 0 AND owner_unit = ? AND term = ? AND kind = ? "
        "AND number = ?",
        [row["owner_unit"], row["term"], row["kind"], row["number"]],
    ):
        raise ValidationError(
            _(
                "Không khôi phục được: số {number:02d}-{kind} đã dùng trong nhiệm kỳ này cho "
                "kế hoạch khác."
            ).format(number=row['number'], kind=row['kind'])
        )


def _check_lookup(db: Register, row: dict) -> None:
    same = [
        name
        for (name,) in db.execute(
            "SELECT name FROM lookups WHERE deleted = 0 AND list = ?", [row["list"]]
        ).fetchall()
        if fold(name) == fold(row["name"])
    ]
    if same:
        raise ValidationError(_(
            "Không khôi phục được: danh mục đã có “{name}”."
        ).format(name=row['name']))


_CHECKS = {
    "documents": _check_document,
    "conferences": _check_conference,
    "chi_bo": _check_chi_bo,
    "members": _check_member,
    "plans": _check_plan,
    "lookups": _check_lookup,
}


def restore(db: Register, table: str, key: int | str) -> None:
    """Undo the deletion of one item of a list, with what was deleted along with it."""
    if table not in RESTORABLE:
        raise ValidationError(_(
            "Không khôi phục được mục thuộc {table}."
        ).format(table=TABLE_LABELS.get(table, table)))
    with db.atomic():
        row = fetch_row(db, table, key)
        if not row["deleted"]:
            return
        check = _CHECKS.get(table)
        if check:
            check(db, row)
        if table == "conferences":
            restore_conference(db, key)
        elif table == "documents":
            _restore_with_children(db, "documents", row, "attachments", "document_uuid")
        elif table == "plans":
            _restore_with_children(db, "plans", row, "tasks", "plan_uuid")
        else:
            restore_row(db, table, key)


def _restore_with_children(
    db: Register, table: str, row: dict, child_table: str, parent_column: str
) -> None:
    """Restore a parent and the children tombstoned with it (no older than its own stamp)."""
    restore_row(db, table, row["uuid"])
    for (uuid,) in db.execute(
        f"SELECT uuid FROM {child_table} WHERE {parent_column} = ? AND deleted = 1 "
        "AND owner_unit = ? AND updated_at >= ?",
        [row["uuid"], db.unit_uuid, row["updated_at"]],
    ).fetchall():
        restore_row(db, child_table, uuid)


def delete_group(db: Register, key: int | str) -> None:
    """Delete a group of non-member participants (a tombstone, restorable)."""
    with db.atomic():
        tombstone_row(db, "participant_groups", key)
