"""Numbers and dates shown in the window, in the window's language: 1.200, 93,4% and
05/03/2023 in Vietnamese; 1,200, 93.4% and 2023-03-05 in English (models.vntext.show_*).

Only for what is read, never for what is typed back: the fields the clerk edits
keep the Vietnamese style that ``models.vntext.parse_int`` reads. Printed documents
are always Vietnamese and do not come here.
"""
from __future__ import annotations

from models import vntext


def format_int(value: int | float | None) -> str:
    return vntext.show_int(value)


def format_decimal(value: float | None, places: int = 2) -> str:
    return vntext.show_decimal(value, places)


def format_percent(value: float | None, places: int = 2) -> str:
    return vntext.show_percent(value, places)


def format_date(value) -> str:
    return vntext.show_date(value)


def format_datetime(value) -> str:
    return vntext.show_datetime(value)
