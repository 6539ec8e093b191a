"""Recognising the column headers of a member list, whatever the office typed.

Headers are compared folded (no accents, no case) with punctuation turned into
spaces, so "Họ và tên", "HỌ VÀ TÊN", "Ho va ten" and "Họ và tên\nđảng viên" meet.
"""
from __future__ import annotations

import re

from models.vntext import fold

FIELDS: tuple[str, ...] = (
    "full_name",
    "birth",
    "gender",
    "chi_bo",
    "joined",
    "official",
    "excused",
    "note",
)

FIELD_LABELS: dict[str, str] = {
    "full_name": "Họ và tên",
    "birth": "Ngày sinh / Năm sinh",
    "gender": "Giới tính",
    "chi_bo": "Chi bộ",
    "joined": "Ngày vào Đảng",
    "official": "Chính thức / Dự bị",
    "excused": "Miễn sinh hoạt",
    "note": "Ghi chú",
}

# Aliases in folded, punctuation-free form. A header equal to an alias matches it;
# a header that merely contains an alias matches only aliases of two words or more,
# so "Tên" alone does not capture "Tên chi bộ". The longest alias wins, which is how
# "Ngày vào Đảng chính thức" lands on ``official`` rather than ``joined``.
_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "ho va ten", "ho ten", "ten dang vien", "ho va ten dang vien", "ho ten dang vien",
        "ten", "ho va ten khai sinh",
    ),
    "birth": (
        "ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay", "ngay sinh nam sinh",
        "ngay thang sinh",
    ),
    "gender": ("gioi tinh", "nam nu", "nam hay nu", "gioi", "phai"),
    "chi_bo": (
        "chi bo", "ten chi bo", "sinh hoat tai chi bo", "chi bo sinh hoat",
        "chi bo dang sinh hoat", "noi sinh hoat", "noi sinh hoat dang",
    ),
    "joined": (
        "ngay vao dang", "ngay ket nap", "ngay ket nap dang", "ngay ket nap vao dang",
        "ngay vao dang du bi", "vao dang", "ket nap",
    ),
    "official": (
        "chinh thuc du bi", "du bi chinh thuc", "loai dang vien", "ngay chinh thuc",
        "ngay vao dang chinh thuc", "ngay cong nhan chinh thuc", "ngay chuyen chinh thuc",
        "chinh thuc", "du bi", "dang vien chinh thuc", "dang vien du bi", "ct db",
    ),
    "excused": (
        "mien sinh hoat", "mien cong tac", "mien cong tac va sinh hoat dang",
        "mien sinh hoat dang", "mien cong tac sinh hoat", "mien sh", "mien ct", "mien",
    ),
    "note": ("ghi chu",),
}

# Headers that are not fields but tell us a row is the header row.
_OTHER_HEADERS: tuple[str, ...] = ("stt", "so tt", "tt", "so thu tu")

_PUNCT = re.compile(r"[^0-9a-z]+")


def normalise_header(text: object) -> str:
    """Folded header with punctuation as spaces: "Nam/Nữ" → "nam nu"."""
    if text is None:
        return ""
    return " ".join(_PUNCT.sub(" ", fold(str(text))).split())


def _alias_score(header: str, alias: str) -> int:
    """0 for no match; exact matches outrank containment, longer aliases outrank shorter."""
    if header == alias:
        return 1000 + len(alias)
    if " " in alias and f" {alias} " in f" {header} ":
        return len(alias)
    return 0


def header_field(text: object) -> tuple[str | None, int]:
    """The field a header names and how sure we are (0 when none)."""
    header = normalise_header(text)
    if not header:
        return None, 0
    best: tuple[str | None, int] = (None, 0)
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            score = _alias_score(header, alias)
            if score > best[1]:
                best = (field, score)
    return best


def is_known_header(text: object) -> bool:
    """True for any header a member list is expected to have, STT included."""
    if normalise_header(text) in _OTHER_HEADERS:
        return True
    return header_field(text)[0] is not None
