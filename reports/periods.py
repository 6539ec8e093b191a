"""A report's period, as the clerk chooses it and as the title names it.

"năm 2026", "6 tháng đầu năm 2026", "quý III năm 2026", "nhiệm kỳ 2025-2030", or
"từ ngày 01/01/2026 đến ngày 30/06/2026"; each with its first and last day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.i18n import _
from models.vntext import format_date

QUARTERS = ("I", "II", "III", "IV")
# A commune committee's term runs from its congress, held around October.
TERM_START_MONTH = 10


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    name: str  # what follows the summary: "năm 2026"
    opening: str  # what opens the figures' sentence: "Trong năm 2026"


def year(value: int) -> Period:
    return Period(dt.date(value, 1, 1), dt.date(value, 12, 31), f"năm {value}",
                  f"Trong năm {value}")


def half(value: int, which: int) -> Period:
    if which not in (1, 2):
        raise ValueError(_("Sáu tháng đầu (1) hoặc cuối (2) năm."))
    if which == 1:
        return Period(dt.date(value, 1, 1), dt.date(value, 6, 30),
                      f"6 tháng đầu năm {value}", f"Trong 6 tháng đầu năm {value}")
    return Period(dt.date(value, 7, 1), dt.date(value, 12, 31),
                  f"6 tháng cuối năm {value}", f"Trong 6 tháng cuối năm {value}")


def quarter(value: int, which: int) -> Period:
    if not 1 <= which <= 4:
        raise ValueError(_("Quý phải từ 1 đến 4."))
    start = dt.date(value, 3 * which - 2, 1)
    end = (dt.date(value + 1, 1, 1) if which == 4
           else dt.date(value, 3 * which + 1, 1)) - dt.timedelta(days=1)
    name = f"quý {QUARTERS[which - 1]} năm {value}"
    return Period(start, end, name, f"Trong {name}")


def term(first_year: int) -> Period:
    """The term that starts in ``first_year`` ("2025-2030")."""
    last = first_year + 5
    return Period(dt.date(first_year, TERM_START_MONTH, 1),
                  dt.date(last, TERM_START_MONTH, 1) - dt.timedelta(days=1),
                  f"nhiệm kỳ {first_year}-{last}", f"Từ đầu nhiệm kỳ {first_year}-{last}")


def dates(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValueError(_("Ngày kết thúc phải sau ngày bắt đầu."))
    name = f"từ ngày {format_date(start)} đến ngày {format_date(end)}"
    return Period(start, end, name, name[:1].upper() + name[1:])


def of_dates(start: dt.date | None, end: dt.date | None) -> Period | None:
    """The named period these dates make, when they make one (else plain dates)."""
    if start is None or end is None:
        return None
    for candidate in (year(start.year), half(start.year, 1), half(start.year, 2),
                      *(quarter(start.year, q) for q in range(1, 5))):
        if (candidate.start, candidate.end) == (start, end):
            return candidate
    if start.month == TERM_START_MONTH and start.day == 1:
        candidate = term(start.year)
        if candidate.end == end:
            return candidate
    return dates(start, end)
