"""Editable lookup lists: document types, issuing levels, propaganda channels,
reflection grades, absence reasons.

Every new register gets the same default rows with the same UUIDs (derived from
the list and code), so that defaults seeded at a unit and at the upper level are
one and the same record when packages meet.
"""
from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.ids import DEFAULT_OWNER, now_iso
from models.register import Register
from models.store import Travel, from_row, insert_row, tombstone_row, update_row
from models.vntext import fold

LISTS = Labels({
    "doc_type": N_("Loại văn bản"),
    "level": N_("Cấp ban hành"),
    "channel": N_("Hình thức tuyên truyền"),
    "grade": N_("Xếp loại bài thu hoạch"),
    "absence_reason": N_("Lý do vắng mặt"),
})

DEFAULTS: dict[str, list[tuple[str, str, str]]] = {
    # (code, name, extra)
    "doc_type": [
        ("CT", N_("Chỉ thị"), ""),
        ("NQ", N_("Nghị quyết"), ""),
        ("KL", N_("Kết luận"), ""),
        ("QĐi", N_("Quy định"), ""),
        ("QĐ", N_("Quyết định"), ""),
        ("HD", N_("Hướng dẫn"), ""),
        ("KH", N_("Kế hoạch"), ""),
        ("CTr", N_("Chương trình"), ""),
        ("ĐA", N_("Đề án"), ""),
        ("BC", N_("Báo cáo"), ""),
        ("BB", N_("Biên bản"), ""),
        ("TB", N_("Thông báo"), ""),
        ("CV", N_("Công văn"), ""),
        ("TTr", N_("Tờ trình"), ""),
    ],
    "level": [
        ("TW", N_("Trung ương"), ""),
        ("TU", N_("Tỉnh ủy"), ""),
        ("HU", N_("Huyện ủy (trước 2025)"), ""),
        ("ĐU", N_("Đảng ủy"), ""),
        ("CB", N_("Chi bộ"), ""),
    ],
    # extra: the usual measure of the channel's quantity
    "channel": [
        ("sinh_hoat_chi_bo", N_("Sinh hoạt chi bộ"), N_("buổi")),
        ("hop_co_quan", N_("Họp cơ quan, đơn vị"), N_("buổi")),
        ("hop_thon", N_("Họp thôn, tổ dân phố"), N_("buổi")),
        ("cong_thong_tin", N_("Cổng thông tin điện tử"), N_("tin, bài")),
        ("truyen_thanh", N_("Hệ thống truyền thanh cơ sở"), N_("lượt phát")),
        ("co_dong_truc_quan", N_("Cổ động trực quan (pano, băng rôn, khẩu hiệu)"), N_("cái")),
        ("mang_xa_hoi", N_("Mạng xã hội"), N_("tin, bài")),
    ],
    "grade": [
        ("tot", N_("Tốt"), "4"),
        ("kha", N_("Khá"), "3"),
        ("dat", N_("Đạt"), "2"),
        ("chua_dat", N_("Chưa đạt"), "1"),
    ],
    "absence_reason": [
        ("om", N_("Ốm đau"), ""),
        ("cong_tac", N_("Đi công tác"), ""),
        ("viec_gia_dinh", N_("Việc gia đình"), ""),
        ("di_lam_xa", N_("Đi làm ăn xa"), ""),
        ("tuoi_cao", N_("Tuổi cao, sức yếu"), ""),
        ("khac", N_("Lý do khác"), ""),
    ],
}

# The built-in names (and the channels' usual measures), shown in the window's language
# while the clerk has not renamed them.
_BUILT_IN_NAMES = frozenset(
    [name for rows in DEFAULTS.values() for _code, name, _extra in rows]
    + [extra for _code, _name, extra in DEFAULTS["channel"]]
)


def shown_name(name: str) -> str:
    """A list entry's name as shown: a built-in one in the current language, a name
    the clerk typed as typed. What is stored stays the Vietnamese name."""
    return _(name) if name in _BUILT_IN_NAMES else name


_NAMESPACE = uuidlib.UUID("6d1f3c2e-5b7a-4e8f-9a0b-1c2d3e4f5a6b")


@dataclass(kw_only=True)
class Lookup(Travel):
    list: str
    code: str = ""
    name: str
    extra: str = ""
    position: int = 0


def seed_defaults(db: Register) -> None:
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


def list_lookups(db: Register, list_name: str, include_deleted: bool = False) -> list[Lookup]:
    sql = "SELECT * FROM lookups WHERE list = ?" + ("" if include_deleted else " AND deleted = 0")
    rows = db.query(sql + " ORDER BY position, name", [list_name])
    return [from_row(Lookup, r) for r in rows]


def lookup_names(db: Register, list_name: str) -> list[str]:
    return [r.name for r in list_lookups(db, list_name)]


def lookup_codes(db: Register, list_name: str) -> dict[str, str]:
    return {r.code: r.name for r in list_lookups(db, list_name)}


def save_lookup(db: Register, item: Lookup) -> Lookup:
    problems = []
    if item.list not in LISTS:
        problems.append(_("Danh mục không hợp lệ."))
    if not item.name.strip():
        problems.append(_("Chưa nhập tên mục."))
    same = [
        r for r in list_lookups(db, item.list)
        if r.uuid != item.uuid and fold(r.name) == fold(item.name)
    ]
    if same:
        problems.append(_(
            "“{name}” đã có trong danh mục {list}."
        ).format(name=item.name, list=LISTS.get(item.list, '')))
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


def delete_lookup(db: Register, key: int | str) -> None:
    with db.atomic():
        tombstone_row(db, "lookups", key)
