"""Turning spreadsheet cells into dates, years and yes/no, the ways offices type them.

A date may arrive as a real Excel date, as an Excel serial number in a cell
formatted General, or as text: 05/03/2023, 5/3/2023, 05-03-2023, 05.03.2023,
2023-03-05, and for a birth only the year (1965) or month and year (03/1965).
Each parser returns the value or raises ``ValueError`` with a Vietnamese message.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from openpyxl.utils.datetime import from_excel

from models.i18n import _
from models.vntext import fold, parse_date

FIRST_YEAR = 1900
# Excel serial numbers for 1 Jan 1901 onwards; smaller numbers are taken as years.
_FIRST_SERIAL = 367
_LAST_SERIAL = 80000  # year 2119

_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[./\-](\d{4})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
# Text copied out of Excel or a database often carries a midnight time.
_MIDNIGHT = re.compile(r"\s+0{1,2}:00(:00)?(\.0+)?$")


@lru_cache(maxsize=4096)
def fold_short(text: str | None) -> str:
    """fold() remembered, for values that repeat down a column: Nam/Nữ, x, chi bộ names."""
    return fold(text)


@dataclass(frozen=True)
class DatePart:
    """A date as far as it is known: the year always, the full date when given."""

    year: int
    date: dt.date | None


def _shown(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_date_cell(
    value: object, *, year_only_ok: bool, label: str, serial_ok: bool = True
) -> DatePart | None:
    """A date cell; ``None`` when empty.

    ``year_only_ok`` accepts 1965 or 03/1965; ``serial_ok`` reads a bare number
    beyond the years as an Excel serial date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return DatePart(value.year, value.date())
    if isinstance(value, dt.date):
        return DatePart(value.year, value)
    if isinstance(value, bool):
        raise ValueError(_(
            "{label} “{value}” không phải là ngày."
        ).format(label=label, value=value))
    if isinstance(value, int | float):
        return _from_number(value, year_only_ok=year_only_ok, serial_ok=serial_ok, label=label)
    text = _MIDNIGHT.sub("", str(value).strip())
    if not text:
        return None
    if match := _DMY.match(text):
        day, month, year = match.groups()
        return _checked(f"{int(day)}/{int(month)}/{year}", label, text)
    if match := _YMD.match(text):
        year, month, day = match.groups()
        return _checked(f"{int(day)}/{int(month)}/{year}", label, text)
    if match := _YEAR.match(text):
        return _year_only(int(match.group(1)), year_only_ok=year_only_ok, label=label)
    if match := _MY.match(text):
        month, year = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(_(
                "{label} “{text}” không hợp lệ: tháng {month} không có."
            ).format(label=label, text=text, month=month))
        return _year_only(year, year_only_ok=year_only_ok, label=label, shown=text)
    raise ValueError(
        _(
            "{label} “{text}” không đọc được; hãy ghi theo dạng ngày/tháng/năm, ví dụ "
            "05/03/2023"
        ).format(label=label, text=text)
        + (_(" (hoặc chỉ năm, ví dụ 1965).") if year_only_ok else ".")
    )


def _checked(day_month_year: str, label: str, shown: str) -> DatePart:
    try:
        day = parse_date(day_month_year)
    except ValueError:
        raise ValueError(_(
            "{label} “{shown}” không có thật trên lịch."
        ).format(label=label, shown=shown)) from None
    if day is None or day.year < FIRST_YEAR:
        raise ValueError(_("{label} “{shown}” không hợp lệ.").format(label=label, shown=shown))
    return DatePart(day.year, day)


def _year_only(year: int, *, year_only_ok: bool, label: str, shown: str | None = None) -> DatePart:
    if not year_only_ok:
        raise ValueError(
            _(
                "{label} “{value}” cần ghi đủ ngày/tháng/năm, ví dụ 05/03/{year}."
            ).format(label=label, value=shown or year, year=year)
        )
    if year < FIRST_YEAR:
        raise ValueError(_(
            "{label} “{value}” không hợp lệ."
        ).format(label=label, value=shown or year))
    return DatePart(year, None)


def _from_number(value: float, *, year_only_ok: bool, serial_ok: bool, label: str) -> DatePart:
    if float(value).is_integer() and FIRST_YEAR <= value <= 2100:
        return _year_only(int(value), year_only_ok=year_only_ok, label=label)
    if serial_ok and _FIRST_SERIAL <= value <= _LAST_SERIAL:
        # A date typed into a cell formatted General keeps Excel's serial number.
        moment = from_excel(value)
        if isinstance(moment, dt.datetime):
            return DatePart(moment.year, moment.date())
    raise ValueError(_(
        "{label} “{text}” không hợp lệ."
    ).format(label=label, text=_shown(value)))


_GENDERS = {
    "nam": "Nam", "m": "Nam", "male": "Nam", "trai": "Nam",
    "nu": "Nữ", "f": "Nữ", "female": "Nữ", "gai": "Nữ",
}


def parse_gender(value: object) -> str | None:
    """'Nam' or 'Nữ'; ``None`` when empty."""
    if value is None:
        return None
    key = fold_short(_shown(value))
    if not key:
        return None
    if key in _GENDERS:
        return _GENDERS[key]
    raise ValueError(_(
        "Giới tính “{text}” không rõ; hãy ghi Nam hoặc Nữ."
    ).format(text=_shown(value)))


_YES = {"x", "v", "co", "c", "1", "yes", "y", "true", "dung", "mien", "✓", "✔", "+"}
_NO = {"0", "khong", "k", "no", "n", "false", "-", "chua"}


def parse_mark(value: object) -> bool | None:
    """A tick column: x / có / 1 → True; không / 0 → False; empty → None; else None too."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    key = fold_short(_shown(value))
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def cell_text(value: object) -> str:
    """A cell as one line of text."""
    if value is None:
        return ""
    return " ".join(_shown(value).split())
