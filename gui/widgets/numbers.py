"""Numbers shown in the window, in the window's language: 1.200 and 93,4% in
Vietnamese, 1,200 and 93.4% in English.

Only for what is read, never for what is typed back: the fields the clerk edits
keep the Vietnamese style that ``models.vntext.parse_int`` reads. Dates stay
05/03/2023 in both (the British English order). Printed documents are always
Vietnamese and do not come here.
"""
from __future__ import annotations

from gui.widgets.language import current_language
from models import vntext


def _english() -> bool:
    return current_language() == "en"


def format_int(value: int | float | None) -> str:
    if value is None or not _english():
        return vntext.format_int(value)
    return f"{int(round(value)):,}"


def format_decimal(value: float | None, places: int = 2) -> str:
    if value is None or not _english():
        return vntext.format_decimal(value, places)
    return f"{value:,.{places}f}"


def format_percent(value: float | None, places: int = 2) -> str:
    if value is None or not _english():
        return vntext.format_percent(value, places)
    return format_decimal(value, places) + "%"
