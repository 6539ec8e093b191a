"""Writing workbooks that offices can sort, sum and send on.

Numbers go in as numbers and dates as dates (shown 16.100 and 05/03/2023 by a
Vietnamese Excel), the header is bold and frozen, widths follow the content.
Text is always written as text: a name such as "=1+2" or "@SUM(A1)" must never
become a formula in someone else's Excel. The file appears only when complete:
it is written beside the target and moved into place.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from models.i18n import _
from models.oserrors import name_problem
from models.oserrors import reason as os_reason
from models.vntext import format_int
from sheets.errors import SheetError

FORMAT_INT = "#,##0"
FORMAT_DECIMAL = "#,##0.00"
FORMAT_PERCENT = "0.00%"
FORMAT_DATE = "dd/mm/yyyy"
FORMAT_DATETIME = "dd/mm/yyyy hh:mm"
FORMAT_TIME = "hh:mm"
FORMAT_TEXT = "@"

FORMULA_PREFIXES = ("=", "+", "-", "@")
MAX_CELL_TEXT = 32767  # Excel's limit for one cell
MAX_TITLE = 31  # Excel's limit for a sheet name
MIN_WIDTH, MAX_WIDTH, MAX_HEADER_WIDTH = 6, 60, 30

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="FFE8E8E8")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEADER_BORDER = Border(bottom=Side(style="thin"))
_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass
class SheetSpec:
    """One sheet: a title, Vietnamese headers, rows of Python values.

    ``number_formats`` maps a column (0-based index or its header text) to an
    Excel number format, e.g. ``{"Tỷ lệ": FORMAT_PERCENT}`` with values such as
    0.9916. Without one, ints get ``#,##0``, floats ``#,##0.00``, dates
    ``dd/mm/yyyy``.
    """

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    number_formats: Mapping[int | str, str] = field(default_factory=dict)


def write_workbook(path: str | Path, sheets: Sequence[SheetSpec]) -> Path:
    """Write ``sheets`` to ``path`` (.xlsx) atomically; return the path written."""
    path = Path(path)
    if not sheets:
        raise ValueError("write_workbook needs at least one sheet")
    if not path.parent.is_dir():
        raise SheetError(_(
            "Thư mục “{parent}” không có; hãy chọn nơi lưu khác."
        ).format(parent=path.parent))
    problem = name_problem(path.name)
    if problem:
        raise SheetError(problem)
    # An in-memory workbook: the write-only mode spools rows to the system temp folder,
    # and member data must not be left there if saving fails.
    wb = Workbook()
    wb.remove(wb.active)
    titles: set[str] = set()
    for spec in sheets:
        _write_sheet(wb, spec, _unique_title(spec.title, titles))
    _save_atomically(wb, path)
    return path


# ---------------------------------------------------------------- one sheet

def _unique_title(title: str, taken: set[str]) -> str:
    base = _TITLE_BAD.sub(" ", unicodedata.normalize("NFC", title or "")).strip(" '")
    base = " ".join(base.split())[:MAX_TITLE].strip(" '") or f"Trang {len(taken) + 1}"
    candidate, counter = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({counter})"
        candidate = base[: MAX_TITLE - len(suffix)] + suffix
        counter += 1
    taken.add(candidate.casefold())
    return candidate


def _column_formats(spec: SheetSpec) -> dict[int, str]:
    by_header = {str(h): i for i, h in enumerate(spec.headers)}
    formats: dict[int, str] = {}
    for key, fmt in spec.number_formats.items():
        if isinstance(key, int):
            formats[key] = fmt
        elif key in by_header:
            formats[by_header[key]] = fmt
        else:
            raise ValueError(f"number_formats names no column: {key!r}")
    return formats


def _write_sheet(wb: Workbook, spec: SheetSpec, title: str) -> None:
    ws = wb.create_sheet(title)
    headers = [_clean_text(str(h)) for h in spec.headers]
    formats = _column_formats(spec)
    longest = [min(len(h), MAX_HEADER_WIDTH) for h in headers]

    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col)
        _set_text(cell, text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cell.border = _HEADER_BORDER

    row_count = 0
    for row_index, row in enumerate(spec.rows, start=2):
        row_count += 1
        for col, value in enumerate(row):
            if col >= len(longest):
                longest.append(0)
            fmt = formats.get(col)
            longest[col] = max(longest[col], _display_width(value, fmt))
            if value is not None:
                _set_value(ws.cell(row=row_index, column=col + 1), value, fmt)

    for col, length in enumerate(longest, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(
            MIN_WIDTH, min(length + 2, MAX_WIDTH)
        )
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"  # the header on every printed page
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if longest:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(longest))}{row_count + 1}"


# ---------------------------------------------------------------- cells

def _clean_text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", text))
    return text[:MAX_CELL_TEXT]


def _set_text(cell: Cell, text: str) -> None:
    text = _clean_text(text)
    cell.value = text
    # openpyxl would take "=…" as a formula and "#N/A" as an error: text stays text.
    cell.data_type = "s"
    if text.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited


def _set_value(cell: Cell, value: Any, fmt: str | None) -> None:
    if isinstance(value, bool):
        _set_text(cell, _("Có") if value else _("Không"))
        return
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, int):
        _set_number(cell, value, fmt or FORMAT_INT)
    elif isinstance(value, float):
        if not (math.isnan(value) or math.isinf(value)):
            _set_number(cell, value, fmt or FORMAT_DECIMAL)
    elif isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        _set_number(cell, value, fmt or FORMAT_DATETIME)
    elif isinstance(value, dt.date):
        _set_number(cell, value, fmt or FORMAT_DATE)
    elif isinstance(value, dt.time):
        _set_number(cell, value.replace(tzinfo=None), fmt or FORMAT_TIME)
    else:
        _set_text(cell, str(value))
        if fmt:
            cell.number_format = fmt


def _set_number(cell: Cell, value: Any, fmt: str) -> None:
    cell.value = value
    cell.number_format = fmt


def _display_width(value: Any, fmt: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, int | float | Decimal):
        if fmt and "%" in fmt:
            return 8
        if isinstance(value, int):
            return len(format_int(value))
        return len(format_int(value)) + 3
    return max((len(line) for line in str(value).splitlines()), default=0)


# ---------------------------------------------------------------- saving

def _save_atomically(wb: Workbook, path: Path) -> None:
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            wb.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if temp.exists():
            temp.unlink()


def _write_error(path: Path, exc: OSError) -> SheetError:
    return SheetError(
        _(
            "Không ghi được tệp “{name}”: {exc}. Nếu tệp đang mở trong Excel, hãy đóng nó; "
            "hoặc chọn nơi lưu khác, rồi thử lại."
        ).format(name=path.name, exc=os_reason(exc))
    )
