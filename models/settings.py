"""The unit's own settings: who it is, who is above it, how it prints.

Names and abbreviations are data the user sets, never code: since July 2025 a
commune reports straight to the province, and the same program serves both
a unit office and the upper-level office that consolidates units.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.ids import new_uuid
from models.lookups import seed_defaults
from models.register import Register

ROLES = Labels(
    {"unit": N_("Văn phòng cấp cơ sở (xã, phường, cơ quan)"), "upper": N_("Cấp trên tổng hợp")}
)


@dataclass(kw_only=True)
class UnitSettings:
    unit_uuid: str = ""
    unit_name: str = "Đảng ủy xã"
    unit_abbr: str = "ĐU"
    unit_office: str = "Văn phòng Đảng ủy"
    upper_name: str = "Đảng bộ tỉnh"
    upper_abbr: str = "TU"
    upper_office: str = "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    upper_unit_uuid: str = ""
    place: str = ""
    term: str = "2025-2030"
    leader_name: str = ""
    leader_position: str = "Bí thư"
    role: str = "unit"
    target_rate: float = 95.0
    silent_days: int = 45
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 15.0
    text_scale: float = 1.0
    initialised: bool = False


def _convert(kind: type, raw: str):
    if kind is bool:
        return raw == "1"
    if kind is int:
        return int(raw)
    if kind is float:
        return float(raw)
    return raw


def get_settings(db: Register) -> UnitSettings:
    stored = {r[0]: r[1] for r in db.execute("SELECT key, value FROM settings").fetchall()}
    values = {}
    types = {"bool": bool, "int": int, "float": float, "str": str}
    for field in fields(UnitSettings):
        if field.name in stored:
            values[field.name] = _convert(types[str(field.type)], stored[field.name])
    return UnitSettings(**values)


def validate_settings(settings: UnitSettings) -> list[str]:
    problems = []
    if not settings.unit_name.strip():
        problems.append(_("Chưa nhập tên đơn vị (ví dụ: Đảng ủy xã Cẩm Giàng)."))
    if not settings.unit_abbr.strip():
        problems.append(_("Chưa nhập chữ viết tắt của đơn vị (ví dụ: ĐU)."))
    if settings.role not in ROLES:
        problems.append(_("Vai trò phải là “unit” (cơ sở) hoặc “upper” (cấp trên)."))
    if not 0 < settings.target_rate <= 100:
        problems.append(_("Tỷ lệ học tập mục tiêu phải trong khoảng 1–100%."))
    if settings.silent_days < 1:
        problems.append(_("Số ngày chưa gửi dữ liệu phải lớn hơn 0."))
    for name in ("margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm"):
        if not 5 <= getattr(settings, name) <= 60:
            problems.append(_("Lề trang phải trong khoảng 5–60 mm."))
            break
    if not 0.8 <= settings.text_scale <= 2.0:
        problems.append(_("Cỡ chữ giao diện phải trong khoảng 80%–200%."))
    return problems


def save_settings(db: Register, settings: UnitSettings) -> UnitSettings:
    problems = validate_settings(settings)
    if problems:
        raise ValidationError(problems)
    current = get_settings(db)
    settings = dataclasses.replace(settings, unit_uuid=current.unit_uuid or settings.unit_uuid)
    with db.atomic():
        for field in fields(UnitSettings):
            value = getattr(settings, field.name)
            text = ("1" if value else "0") if isinstance(value, bool) else str(value)
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                "WHERE value IS NOT excluded.value",  # unchanged: not a change to count
                [field.name, text],
            )
        db.execute(
            "INSERT INTO units(uuid, name, abbr, role) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(uuid) DO UPDATE SET name = excluded.name, abbr = excluded.abbr, "
            "role = excluded.role WHERE name IS NOT excluded.name "
            "OR abbr IS NOT excluded.abbr OR role IS NOT excluded.role",
            [settings.unit_uuid, settings.unit_name, settings.unit_abbr, settings.role],
        )
        db.refresh_identity()
    return settings


def ensure_identity(db: Register) -> None:
    """Give a new register its unit UUID and the default lookup lists, once."""
    row = db.execute("SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()
    if row:
        return
    with db.atomic():
        unit = new_uuid()
        db.execute("INSERT INTO settings(key, value) VALUES ('unit_uuid', ?)", [unit])
        db.execute(
            "INSERT INTO units(uuid, name, abbr, role) VALUES (?, ?, ?, 'unit')",
            [unit, UnitSettings.unit_name, UnitSettings.unit_abbr],
        )
        db.refresh_identity()
        seed_defaults(db)


def replace_unit_uuid(db: Register, new_uuid: str) -> str:
    """Take the identity an upper level issued (its setup file); returns the old one.

    Call inside ``atomic``, together with whatever happens to the rows the old
    identity owned (``models.exchange_units.reown_records``). ``save_settings`` never
    changes the UUID: only a setup file does.
    """
    old = db.unit_uuid
    if old == new_uuid:
        return old
    db.execute("DELETE FROM units WHERE uuid = ?", [new_uuid])
    db.execute("UPDATE units SET uuid = ? WHERE uuid = ?", [new_uuid, old])
    db.execute(
        "INSERT INTO settings(key, value) VALUES ('unit_uuid', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [new_uuid],
    )
    db.refresh_identity()
    return old
