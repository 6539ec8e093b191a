"""Editable lookup lists: document types, issuing levels, propaganda channels,
reflection grades, absence reasons.

Every new register gets the same default rows with the same UUIDs (derived from
the list and code), so that defaults seeded at a unit and at the upper level are
one and the same record when packages meet.
"""
from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass

from sqlite_utils import Database

from models.db import now_iso
from models.errors import ValidationError
from models.store import DEFAULT_OWNER, Travel, from_row, insert_row, tombstone_row, update_row
from models.vntext import fold

LISTS = {
    "doc_type": "Loại văn bản",
    "level": "Cấp ban hành",
    "channel": "Hình thức tuyên truyền",
    "grade": "Xếp loại bài thu hoạch",
    "absence_reason": "Lý do vắng mặt",
}

DEFAULTS: dict[str, list[tuple[str, str, str]]] = {
    # (code, name, extra)
    "doc_type": [
        ("CT", "Chỉ thị", ""),
        ("NQ", "Nghị quyết", ""),
        ("KL", "Kết luận", ""),
        ("QĐi", "Quy định", ""),
        ("QĐ", "Quyết định", ""),
        ("HD", "Hướng dẫn", ""),
        ("KH", "Kế hoạch", ""),
        ("CTr", "Chương trình", ""),
        ("ĐA", "Đề án", ""),
        ("BC", "Báo cáo", ""),
        ("BB", "Biên bản", ""),
        ("TB", "Thông báo", ""),
        ("CV", "Công văn", ""),
        ("TTr", "Tờ trình", ""),
    ],
    "level": [
        ("TW", "Trung ương", ""),
        ("TU", "Tỉnh ủy", ""),
        ("HU", "Huyện ủy (trước 2025)", ""),
        ("ĐU", "Đảng ủy", ""),
        ("CB", "Chi bộ", ""),
    ],
    # extra: the usual measure of the channel's quantity
    "channel": [
        ("sinh_hoat_chi_bo", "Sinh hoạt chi bộ", "buổi"),
        ("hop_co_quan", "Họp cơ quan, đơn vị", "buổi"),
        ("hop_thon", "Họp thôn, tổ dân phố", "buổi"),
        ("cong_thong_tin", "Cổng thông tin điện tử", "tin, bài"),
        ("truyen_thanh", "Hệ thống truyền thanh cơ sở", "lượt phát"),
        ("co_dong_truc_quan", "Cổ động trực quan (pano, băng rôn, khẩu hiệu)", "cái"),
        ("mang_xa_hoi", "Mạng xã hội", "tin, bài"),
    ],
    "grade": [
        ("tot", "Tốt", "4"),
        ("kha", "Khá", "3"),
        ("dat", "Đạt", "2"),
        ("chua_dat", "Chưa đạt", "1"),
    ],
    "absence_reason": [
        ("om", "Ốm đau", ""),
        ("cong_tac", "Đi công tác", ""),
        ("viec_gia_dinh", "Việc gia đình", ""),
        ("di_lam_xa", "Đi làm ăn xa", ""),
        ("tuoi_cao", "Tuổi cao, sức yếu", ""),
        ("khac", "Lý do khác", ""),
    ],
}

_NAMESPACE = uuidlib.UUID("6d1f3c2e-5b7a-4e8f-9a0b-1c2d3e4f5a6b")


@dataclass(kw_only=True)
class Lookup(Travel):
    list: str
    code: str = ""
    name: str
    extra: str = ""
    position: int = 0


def seed_defaults(db: Database) -> None:
    stamp = now_iso()
    for list_name, rows in DEFAULTS.items():
        for position, (code, name, extra) in enumerate(rows):
            db.execute(
                "INSERT OR IGNORE INTO lookups (uuid, owner_unit, revision, updated_at, deleted, "
                "list, code, name, extra, position) VALUES (?, ?, 1, ?, 0, ?, ?, ?, ?, ?)",
                [
                    str(uuidlib.uuid5(_NAMESPACE, f"{list_name}/{code}")),
                    DEFAULT_OWNER,
                    stamp,
                    list_name,
                    code,
                    name,
                    extra,
                    position,
                ],
            )


def list_lookups(db: Database, list_name: str, include_deleted: bool = False) -> list[Lookup]:
    sql = "SELECT * FROM lookups WHERE list = ?" + ("" if include_deleted else " AND deleted = 0")
    rows = db.query(sql + " ORDER BY position, name", [list_name])
    return [from_row(Lookup, r) for r in rows]


def lookup_names(db: Database, list_name: str) -> list[str]:
    return [r.name for r in list_lookups(db, list_name)]


def lookup_codes(db: Database, list_name: str) -> dict[str, str]:
    return {r.code: r.name for r in list_lookups(db, list_name)}


def save_lookup(db: Database, item: Lookup) -> Lookup:
    problems = []
    if item.list not in LISTS:
        problems.append("Danh mục không hợp lệ.")
    if not item.name.strip():
        problems.append("Chưa nhập tên mục.")
    same = [
        r for r in list_lookups(db, item.list)
        if r.uuid != item.uuid and fold(r.name) == fold(item.name)
    ]
    if same:
        problems.append(f"“{item.name}” đã có trong danh mục {LISTS.get(item.list, '')}.")
    if problems:
        raise ValidationError(problems)
    values = {
        "list": item.list,
        "code": item.code.strip(),
        "name": item.name.strip(),
        "extra": item.extra.strip(),
        "position": item.position,
    }
    with db.atomic():
        row = update_row(db, "lookups", item.uuid, values) if item.uuid else insert_row(
            db, "lookups", values
        )
    return from_row(Lookup, row)


def delete_lookup(db: Database, key: int | str) -> None:
    with db.atomic():
        tombstone_row(db, "lookups", key)
