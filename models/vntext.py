"""Vietnamese text helpers: accent folding for search, number and date styles.

Printed documents always use Vietnamese conventions (``format_*``): ``16.100``,
``99,16%``, ``05/03/2023`` and "ngày 05 tháng 3 năm 2023". What the screen and the
command line show (``show_*``) follows the language: the same in Vietnamese;
``16,100``, ``99.16%`` and ``2023-03-05`` (ISO, never read the wrong way round) in English.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from models.i18n import _, english

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str | None) -> str:
    """NFC-normalise; ReportLab and comparisons need composed characters."""
    return unicodedata.normalize("NFC", text or "")


def fold(text: str | None) -> str:
    """Fold text for accent- and case-insensitive search.

    NFC, then strip combining marks, then đ→d (which has no decomposition, so
    SQLite's own ``remove_diacritics`` misses it), then casefold, then collapse
    white space.
    """
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_D_MAP))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def search_key(text: str | None) -> str:
    """Folded text split into words at anything that is not a letter or digit.

    Stored as each row's ``search_text`` and applied to queries alike, so that
    "57-NQ/TW", "57 nq tw" and "nq" all find the same document.
    """
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def format_int(value: int | float | None) -> str:
    """``16100`` → ``16.100``."""
    if value is None:
        return ""
    return f"{int(round(value)):,}".replace(",", ".")


# Whole numbers as typed: 1200, 1.200, 1 200 (thousands grouped by three), -5.
_WHOLE_NUMBER = re.compile(r"-?(\d+|\d{1,3}([. \u00a0]\d{3})+)")


def parse_int(text: str | None) -> int | None:
    """``"1.200"`` or ``"1200"`` → 1200, ``""`` → ``None``; ``ValueError`` for anything else.

    "1.5" and "1,5" are refused, not read as 15: a dot only groups thousands.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if not _WHOLE_NUMBER.fullmatch(cleaned):
        raise ValueError(_("“{text}” không phải là một số nguyên.").format(text=cleaned))
    return int(re.sub(r"[. \u00a0]", "", cleaned))


def format_decimal(value: float | None, places: int = 2) -> str:
    """``99.156`` → ``99,16`` (dot for thousands, comma for decimals)."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_size(size: int) -> str:
    """Bytes on disk as a clerk reads them: ``12 KB``, ``340 MB``, ``1,2 GB``."""
    if size >= 1_000_000_000:
        return format_decimal(size / 1_000_000_000, 1) + " GB"
    if size >= 1_000_000:
        return format_int(round(size / 1_000_000)) + " MB"
    return format_int(max(1, round(size / 1_000))) + " KB" if size else "0 KB"


def format_percent(value: float | None, places: int = 2) -> str:
    """``99.156`` → ``99,16%``. ``value`` is already a percentage."""
    if value is None:
        return ""
    return format_decimal(value, places) + "%"


def rate_percent(part: int, whole: int) -> float | None:
    """Percentage of ``part`` over ``whole``; ``None`` when nothing is expected."""
    if whole <= 0:
        return None
    return 100.0 * part / whole


def format_ratio(part: int, whole: int, places: int = 2) -> str:
    """``"35.599/35.900, đạt 99,16%"`` as printed in reports."""
    rate = rate_percent(part, whole)
    head = f"{format_int(part)}/{format_int(whole)}"
    return head if rate is None else f"{head}, đạt {format_percent(rate, places)}"


def parse_date(text: str | dt.date | None) -> dt.date | None:
    """Accept ``2023-03-05``, ``05/03/2023`` or ``5/3/2023``; ``None`` for empty.

    Raises ``ValueError`` with a Vietnamese message for anything else.
    """
    if text is None or isinstance(text, dt.date):
        return text.date() if isinstance(text, dt.datetime) else text
    value = text.strip()
    if not value:
        return None
    parts = value.split("/")
    if len(parts) == 3 and parts[2].strip().isdigit() and len(parts[2].strip()) < 4:
        # "5/3/23" would be the year 23: a deadline overdue for ever, never noticed.
        raise ValueError(
            _("Ngày “{text}”: năm phải ghi đủ 4 chữ số, ví dụ 05/03/2023.").format(text=value)
        )
    try:
        if "/" in value:
            day, month, year = (int(p) for p in parts)
            return dt.date(year, month, day)
        return dt.date.fromisoformat(value[:10])
    except (ValueError, TypeError):
        raise ValueError(
            _("Ngày “{text}” không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, "
              "ví dụ 05/03/2023.").format(text=value)
        ) from None


def _unreadable(value: object) -> str:
    """A stored date that is not one (a register filled before the record rules, or by
    hand: ``check`` names it) is shown as it is, with control characters made visible,
    never raised: one bad record must not stop a list, a report or a figure."""
    text = "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in str(value))
    return text if len(text) <= 40 else text[:39] + "…"


def format_date(value: str | dt.date | None) -> str:
    """``2023-03-05`` → ``05/03/2023`` (the on-screen style)."""
    try:
        day = parse_date(value) if value else None
    except ValueError:
        return _unreadable(value)
    return day.strftime("%d/%m/%Y") if day else ""


def format_datetime(value: str | dt.datetime | None) -> str:
    """``2023-03-05T08:00`` → ``08:00 05/03/2023``."""
    if not value:
        return ""
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    except (ValueError, TypeError):
        return _unreadable(value)
    return moment.strftime("%H:%M %d/%m/%Y")


def document_date_line(place: str, value: str | dt.date) -> str:
    """The italic place-and-date line of a Party document.

    "Cẩm Giàng, ngày 05 tháng 3 năm 2023": the day zero-padded below 10, the
    month zero-padded only for January and February (Hướng dẫn 36-HD/VPTW).
    """
    day = parse_date(value)
    if day is None:
        raise ValueError("Thiếu ngày của văn bản.")
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return nfc(f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}")


def time_phrase(value: str | dt.datetime) -> str:
    """``08:00`` → "8 giờ 00 phút", as minutes say "vào hồi 8 giờ 00 phút"."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return f"{moment.hour} giờ {moment.minute:02d} phút"


def name_key(full_name: str) -> tuple[str, str]:
    """Sort key of a Vietnamese name: the given name (last word) first, as lists are kept,
    accents and đ folded (SQL's byte order puts "Đạt" after "Trang")."""
    folded = fold(full_name)
    return (folded.rsplit(" ", 1)[-1], folded)


@functools.lru_cache(maxsize=1024)
def _folded_chi_bo(name: str) -> str:
    return fold(name)  # a few dozen chi bộ names, met once per member


def member_order(chi_bo_position: int | None, chi_bo_name: str, full_name: str) -> tuple:
    """Members as every list and sheet shows them: chi bộ by position, then by name."""
    return (chi_bo_position or 0, _folded_chi_bo(chi_bo_name), name_key(full_name))



# What the screen and the command line show, in the current language (models.i18n).


def show_int(value: int | float | None) -> str:
    """``16100`` → ``16.100`` in Vietnamese, ``16,100`` in English."""
    if value is None or not english():
        return format_int(value)
    return f"{int(round(value)):,}"


def show_decimal(value: float | None, places: int = 2) -> str:
    if value is None or not english():
        return format_decimal(value, places)
    return f"{value:,.{places}f}"


def show_percent(value: float | None, places: int = 2) -> str:
    """``95.5`` → ``95,50%`` in Vietnamese, ``95.50%`` in English."""
    if value is None:
        return ""
    return show_decimal(value, places) + "%"


def show_size(size: int) -> str:
    if not english():
        return format_size(size)
    if size >= 1_000_000_000:
        return show_decimal(size / 1_000_000_000, 1) + " GB"
    if size >= 1_000_000:
        return show_int(round(size / 1_000_000)) + " MB"
    return show_int(max(1, round(size / 1_000))) + " KB" if size else "0 KB"


def show_date(value: str | dt.date | None) -> str:
    """``05/03/2023`` in Vietnamese, ``2023-03-05`` in English (both read back by
    ``parse_date``)."""
    if not english():
        return format_date(value)
    try:
        day = parse_date(value) if value else None
    except ValueError:
        return _unreadable(value)
    return day.isoformat() if day else ""


def show_datetime(value: str | dt.datetime | None) -> str:
    """``08:00 05/03/2023`` in Vietnamese, ``2023-03-05 08:00`` in English."""
    if not english():
        return format_datetime(value)
    if not value:
        return ""
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    except (ValueError, TypeError):
        return _unreadable(value)
    return moment.strftime("%Y-%m-%d %H:%M")
