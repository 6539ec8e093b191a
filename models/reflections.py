"""Written reflections (bài thu hoạch): one per member and document."""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import _
from models.lookups import lookup_names
from models.register import Register
from models.store import Travel, fetch_row, from_row, insert_row, update_row
from models.vntext import parse_date


@dataclass(kw_only=True)
class Reflection(Travel):
    member_uuid: str
    document_uuid: str
    submitted: bool = False
    submitted_on: str | None = None
    grade: str = ""


def save_reflection(db: Register, item: Reflection) -> Reflection:
    """Record whether a member handed in the reflection on a document, and its grade."""
    problems = []
    grades = lookup_names(db, "grade")
    if item.grade and item.grade not in grades:
        problems.append(_(
            "Xếp loại “{grade}” không có trong danh mục ({grades})."
        ).format(grade=item.grade, grades=', '.join(grades)))
    if item.grade and not item.submitted:
        problems.append(_("Chưa nộp bài thu hoạch thì chưa xếp loại được."))
    try:
        day = parse_date(item.submitted_on)
    except ValueError as exc:
        day = None
        problems.append(str(exc))
    if problems:
        raise ValidationError(problems)
    values = {
        "member_uuid": item.member_uuid,
        "document_uuid": item.document_uuid,
        "submitted": int(item.submitted),
        "submitted_on": day.isoformat() if day and item.submitted else None,
        "grade": item.grade if item.submitted else "",
    }
    with db.atomic():
        fetch_row(db, "members", item.member_uuid)
        fetch_row(db, "documents", item.document_uuid)
        existing = db.execute(
            "SELECT uuid FROM reflections WHERE member_uuid = ? AND document_uuid = ? "
            "AND deleted = 0",
            [item.member_uuid, item.document_uuid],
        ).fetchone()
        if existing:
            row = update_row(db, "reflections", existing[0], values)
        else:
            row = insert_row(db, "reflections", values)
    return from_row(Reflection, row)


def list_reflections(db: Register, document_uuid: str | None = None) -> list[Reflection]:
    sql = "SELECT * FROM reflections WHERE deleted = 0"
    params = []
    if document_uuid:
        sql += " AND document_uuid = ?"
        params.append(document_uuid)
    return [from_row(Reflection, r) for r in db.query(sql + " ORDER BY id", params)]
