"""Dates and moments as the register stores them.

A date is ``YYYY-MM-DD``, a moment ``YYYY-MM-DDTHH:MM`` (a conference's start) or
``YYYY-MM-DDTHH:MM:SS`` (the time a record last changed). Anything else, a day that
does not exist, or a year outside 1900–2100, is refused: lists, indicators and
printed forms compare and format these strings, and one bad value would break them
for every unit.
"""
from __future__ import annotations

import datetime as dt
import re

from models.i18n import _

FIRST_YEAR, LAST_YEAR = 1900, 2100
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_MINUTE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}\Z")
_SECOND = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\Z")
EXAMPLE = {"date": "2025-03-05", "minute": "2025-03-05T08:00", "second": "2025-03-05T08:00:00"}


def _shape(kind: str) -> re.Pattern[str]:
    return {"date": _DATE, "minute": _MINUTE, "second": _SECOND}[kind]


def date_problem(value: str, kind: str = "date") -> str | None:
    """Why ``value`` is not a stored date (``kind`` "date") or moment ("minute",
    "second"), or ``None``."""
    if not _shape(kind).match(value):
        return _(
            "không đúng dạng ngày giờ lưu trong sổ (ví dụ {value})"
        ).format(value=EXAMPLE[kind])
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return _("không phải ngày có thật")
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return _(
            "có năm {year} ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}"
        ).format(year=moment.year, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
    return None


def year_problem(day: dt.date | None) -> str | None:
    """For an editor: a parsed date whose year is implausible."""
    if day is None or FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return _(
        "năm {year} ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}"
    ).format(year=day.year, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
