"""The organisation: chi bộ, their members, and groups of non-member participants."""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.register import Register
from models.store import (
    Travel,
    fetch_row,
    from_row,
    insert_row,
    restore_row,
    tombstone_row,
    update_row,
)
from models.vntext import member_order, parse_date, search_key

MEMBER_STATUSES = Labels(
    {"active": N_("Đang sinh hoạt"), "moved": N_("Đã chuyển đi"), "deceased": N_("Đã từ trần")}
)
GENDERS = ("Nam", "Nữ")


@dataclass(kw_only=True)
class ChiBo(Travel):
    name: str
    kind: str = ""
    position: int = 0


@dataclass(kw_only=True)
class Member(Travel):
    chi_bo_uuid: str
    full_name: str
    gender: str = ""
    birth_year: int | None = None
    joined_on: str | None = None
    official: bool = True
    excused: bool = False
    status: str = "active"
    position_title: str = ""


@dataclass(kw_only=True)
class ParticipantGroup(Travel):
    name: str
    headcount: int = 0


# --- chi bộ ---------------------------------------------------------------


def save_chi_bo(db: Register, chi_bo: ChiBo) -> ChiBo:
    name = chi_bo.name.strip()
    if not name:
        raise ValidationError(_("Chưa nhập tên chi bộ."))
    with db.atomic():
        clash = db.execute(
            "SELECT 1 FROM chi_bo WHERE deleted = 0 AND search_text = ? AND uuid != ? "
            "AND owner_unit = ?",
            [search_key(name), chi_bo.uuid, db.unit_uuid],
        ).fetchone()
        if clash:
            raise ValidationError(_("Chi bộ “{name}” đã có trong danh sách.").format(name=name))
        values = {
            "name": name,
            "kind": chi_bo.kind.strip(),
            "position": chi_bo.position,
            "search_text": search_key(name),
        }
        if chi_bo.uuid:
            row = update_row(db, "chi_bo", chi_bo.uuid, values)
        else:
            row = insert_row(db, "chi_bo", values)
    return from_row(ChiBo, row)


def list_chi_bo(db: Register, *, owner_unit: str | None = None) -> list[ChiBo]:
    sql = "SELECT * FROM chi_bo WHERE deleted = 0"
    params: list = []
    if owner_unit:
        sql += " AND owner_unit = ?"
        params.append(owner_unit)
    rows = db.query(sql + " ORDER BY position, name", params)
    return [from_row(ChiBo, r) for r in rows]


def get_chi_bo(db: Register, key: int | str) -> ChiBo:
    return from_row(ChiBo, fetch_row(db, "chi_bo", key))


def find_chi_bo(db: Register, name: str) -> ChiBo | None:
    row = db.execute(
        "SELECT uuid FROM chi_bo WHERE deleted = 0 AND search_text = ?", [search_key(name)]
    ).fetchone()
    return get_chi_bo(db, row[0]) if row else None


def delete_chi_bo(db: Register, key: int | str) -> None:
    with db.atomic():
        row = fetch_row(db, "chi_bo", key)
        count = db.execute(
            "SELECT COUNT(*) FROM members WHERE chi_bo_uuid = ? AND deleted = 0", [row["uuid"]]
        ).fetchone()[0]
        if count:
            raise ValidationError(
                _(
                    "Chi bộ “{name}” còn {count} đảng viên; hãy chuyển họ sang chi bộ khác "
                    "trước khi xóa."
                ).format(name=row['name'], count=count)
            )
        tombstone_row(db, "chi_bo", key)


# --- members -------------------------------------------------------------


def _member_values(db: Register, member: Member) -> dict:
    problems = []
    name = " ".join(member.full_name.split())
    if not name:
        problems.append(_("Chưa nhập họ và tên đảng viên."))
    chi_bo = db.execute(
        "SELECT name FROM chi_bo WHERE uuid = ? AND deleted = 0", [member.chi_bo_uuid]
    ).fetchone()
    if chi_bo is None:
        problems.append(_(
            "Chi bộ đã chọn không có trong danh sách chi bộ; hãy chọn chi bộ khác."
        ))
    if member.gender not in ("", *GENDERS):
        problems.append(_("Giới tính phải là Nam hoặc Nữ."))
    if member.birth_year is not None and not 1900 <= member.birth_year <= 2100:
        problems.append(_(
            "Năm sinh {birth_year} không hợp lệ."
        ).format(birth_year=member.birth_year))
    if member.status not in MEMBER_STATUSES:
        problems.append(_("Tình trạng đảng viên không hợp lệ."))
    joined = None
    try:
        joined = parse_date(member.joined_on)
    except ValueError as exc:
        problems.append(str(exc))
    if problems:
        raise ValidationError(problems)
    return {
        "chi_bo_uuid": member.chi_bo_uuid,
        "full_name": name,
        "gender": member.gender,
        "birth_year": member.birth_year,
        "joined_on": joined.isoformat() if joined else None,
        "official": int(member.official),
        "excused": int(member.excused),
        "status": member.status,
        "position_title": member.position_title.strip(),
        "search_text": search_key(f"{name} {chi_bo[0] if chi_bo else ''}"),
    }


def save_member(db: Register, member: Member) -> Member:
    with db.atomic():
        values = _member_values(db, member)
        if member.uuid:
            row = update_row(db, "members", member.uuid, values)
        else:
            row = insert_row(db, "members", values)
    return from_row(Member, row)


def get_member(db: Register, key: int | str) -> Member:
    return from_row(Member, fetch_row(db, "members", key))


def list_members(
    db: Register, *, chi_bo_uuid: str | None = None, active_only: bool = False
) -> list[Member]:
    """Members in the order every list shows them (``models.vntext.member_order``)."""
    sql = (
        "SELECT m.*, c.position AS chi_bo_position, c.name AS chi_bo_name "
        "FROM members m JOIN chi_bo c ON c.uuid = m.chi_bo_uuid WHERE m.deleted = 0"
    )
    params: list = []
    if chi_bo_uuid:
        sql += " AND m.chi_bo_uuid = ?"
        params.append(chi_bo_uuid)
    if active_only:
        sql += " AND m.status = 'active'"
    rows = list(db.query(sql, params))
    rows.sort(key=lambda r: member_order(r["chi_bo_position"], r["chi_bo_name"], r["full_name"]))
    return [from_row(Member, r) for r in rows]


def delete_member(db: Register, key: int | str) -> None:
    with db.atomic():
        tombstone_row(db, "members", key)


def restore_member(db: Register, key: int | str) -> None:
    with db.atomic():
        restore_row(db, "members", key)


# --- non-member participant groups --------------------------------------


def save_group(db: Register, group: ParticipantGroup) -> ParticipantGroup:
    problems = []
    if not group.name.strip():
        problems.append(_("Chưa nhập tên nhóm người tham dự."))
    if group.headcount < 0:
        problems.append(_("Số người của nhóm không được âm."))
    if problems:
        raise ValidationError(problems)
    values = {"name": group.name.strip(), "headcount": group.headcount}
    with db.atomic():
        row = (
            update_row(db, "participant_groups", group.uuid, values)
            if group.uuid
            else insert_row(db, "participant_groups", values)
        )
    return from_row(ParticipantGroup, row)


def list_groups(db: Register) -> list[ParticipantGroup]:
    rows = db.query("SELECT * FROM participant_groups WHERE deleted = 0 ORDER BY name")
    return [from_row(ParticipantGroup, r) for r in rows]
