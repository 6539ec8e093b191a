"""The reflections sheet of one document: every member, handed in or not, and the grade.

The clerk ticks a stack of handed-in papers at once; saving the sheet is one
transaction, so a refused line leaves every other line as it was too.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import _
from models.listing import STUDIED_SQL
from models.reflections import Reflection, save_reflection
from models.register import Register
from models.vntext import member_order, search_key


@dataclass
class SheetLine:
    member_uuid: str
    full_name: str
    chi_bo_uuid: str
    chi_bo: str
    excused: bool
    studied: bool  # a reflection is expected from those who studied the document
    submitted: bool
    submitted_on: str | None
    grade: str
    search: str


def reflection_sheet(db: Register, document_uuid: str) -> list[SheetLine]:
    """This unit's active members (and anyone who already has a line) for one document."""
    rows = db.execute(
        "SELECT m.uuid, m.full_name, m.chi_bo_uuid, c.name, m.excused, "
        "COALESCE(r.submitted, 0), r.submitted_on, COALESCE(r.grade, ''), c.position, "
        "m.search_text, st.member_uuid IS NOT NULL "
        "FROM members m JOIN chi_bo c ON c.uuid = m.chi_bo_uuid "
        "LEFT JOIN reflections r ON r.member_uuid = m.uuid AND r.document_uuid = :doc "
        "AND r.deleted = 0 "
        f"LEFT JOIN ({STUDIED_SQL} AND cd.document_uuid = :doc) st ON st.member_uuid = m.uuid "
        "WHERE m.deleted = 0 AND m.owner_unit = :unit "
        "AND ((m.status = 'active' AND c.deleted = 0) OR r.uuid IS NOT NULL) "
        "ORDER BY c.position",
        {"doc": document_uuid, "unit": db.unit_uuid},
    ).fetchall()
    rows.sort(key=lambda r: member_order(r[8], r[3], r[1]))
    return [
        SheetLine(
            member_uuid=r[0],
            full_name=r[1],
            chi_bo_uuid=r[2],
            chi_bo=r[3],
            excused=bool(r[4]),
            studied=bool(r[10]),
            submitted=bool(r[5]),
            submitted_on=r[6],
            grade=r[7],
            search=r[9] or search_key(f"{r[1]} {r[3]}"),  # stored: folded name and chi bộ
        )
        for r in rows
    ]


def save_reflections(db: Register, items: list[Reflection]) -> int:
    """Save many lines of the sheet, all or none; returns how many were saved.

    Every line is checked, and all problems are reported together, each with
    the member's name so the clerk can find the line.
    """
    problems: list[str] = []
    with db.atomic():
        for item in items:
            try:
                save_reflection(db, item)
            except ValidationError as exc:
                name = db.execute(
                    "SELECT full_name FROM members WHERE uuid = ?", [item.member_uuid]
                ).fetchone()
                who = name[0] if name else ""
                problems.extend(_("Đồng chí {who}: {p}").format(who=who, p=p) for p in exc.problems)
        if problems:
            raise ValidationError(problems)
    return len(items)
