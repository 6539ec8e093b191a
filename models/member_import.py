"""Applying a member list read from a spreadsheet (see ``sheets.members``).

The preview says, row by row, what would be added or updated; this applies the
good rows in one transaction. A field the file has no column for is left as it
is on an updated member, so a partial list never wipes data.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.i18n import _
from models.organisation import (
    ChiBo,
    Member,
    get_member,
    list_chi_bo,
    list_members,
    save_chi_bo,
    save_member,
)
from models.register import Register


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    chi_bo_created: int = 0
    skipped: int = 0

    def summary(self) -> str:
        text = _(
            "Đã thêm {added} đảng viên, cập nhật {updated}"
        ).format(added=self.added, updated=self.updated)
        if self.chi_bo_created:
            text += _(
                ", tạo {chi_bo_created} chi bộ mới"
            ).format(chi_bo_created=self.chi_bo_created)
        if self.skipped:
            text += _("; bỏ qua {skipped} dòng có lỗi").format(skipped=self.skipped)
        return text + "."


def import_context(db: Register) -> tuple[list[str], list[dict]]:
    """What a preview needs to know of the register: chi bộ names and members."""
    chi_bo = {c.uuid: c.name for c in list_chi_bo(db)}
    members = [
        {"uuid": m.uuid, "full_name": m.full_name, "birth_year": m.birth_year,
         "chi_bo": chi_bo.get(m.chi_bo_uuid, "")}
        for m in list_members(db)
    ]
    return list(chi_bo.values()), members


def apply_member_import(db: Register, preview) -> ImportResult:
    """Add and update the good rows of ``preview`` (a ``sheets.MemberPreview``)."""
    mapping = preview.mapping
    result = ImportResult(skipped=len(preview.error_rows))
    with db.atomic():
        chi_bo = {c.name: c.uuid for c in list_chi_bo(db)}
        for row in preview.good_rows:
            if row.chi_bo not in chi_bo:
                created = save_chi_bo(db, ChiBo(name=row.chi_bo, position=len(chi_bo)))
                chi_bo[row.chi_bo] = created.uuid
                result.chi_bo_created += 1
            if row.update_uuid:
                member = get_member(db, row.update_uuid)
                result.updated += 1
            else:
                member = Member(chi_bo_uuid="", full_name="")
                result.added += 1
            member.chi_bo_uuid = chi_bo[row.chi_bo]
            member.full_name = row.full_name
            if mapping.birth is not None or not row.update_uuid:
                member.birth_year = row.birth_year
            if row.gender and (mapping.gender is not None or not row.update_uuid):
                member.gender = row.gender
            if mapping.joined is not None or not row.update_uuid:
                member.joined_on = row.joined.isoformat() if row.joined else None
            if mapping.official is not None or not row.update_uuid:
                member.official = row.official
            if mapping.excused is not None or not row.update_uuid:
                member.excused = row.excused
            save_member(db, member)
    return result
