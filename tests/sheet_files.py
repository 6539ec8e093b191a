"""Building real member-list files for the sheets tests."""
from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

STANDARD_HEADERS = [
    "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng",
    "Ngày chính thức", "Miễn sinh hoạt", "Ghi chú",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ", "Hà", "Nông"]
MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu", "Hữu", "Quang"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Mai", "Nam", "Sơn", "Tâm", "Yến"]


def chi_bo_names(count: int) -> list[str]:
    return [f"Chi bộ thôn {i}" for i in range(1, count + 1)]


def member_rows(count: int, chi_bo_count: int = 30) -> list[list[Any]]:
    """Distinct members in STANDARD_HEADERS order, dates as real dates."""
    rows = []
    names = chi_bo_names(chi_bo_count)
    for i in range(count):
        name = (
            f"{SURNAMES[i % 10]} {MIDDLE[(i // 10) % 8]} {GIVEN[(i // 80) % 12]} "
            f"{GIVEN[(i // 960) % 12]}"
        )
        birth = dt.date(1940 + i % 60, 1 + i % 12, 1 + i % 28)
        joined = dt.date(birth.year + 20 + i % 5, 1 + (i * 7) % 12, 1 + (i * 3) % 28)
        official = dt.date(joined.year + 1, joined.month, joined.day) if i % 9 else None
        rows.append([
            i + 1, name, birth, "Nữ" if i % 3 == 0 else "Nam", names[i % chi_bo_count],
            joined, official, "x" if i % 10 == 7 else None, "",
        ])
    return rows


def write_xlsx(
    path: Path,
    headers: Sequence[Any] | None,
    rows: Sequence[Sequence[Any]],
    *,
    title_rows: Sequence[str] = (),
    blank_rows_after_title: int = 0,
    blank_every: int = 0,
    sheet_title: str = "Danh sách",
) -> Path:
    """A workbook as offices make them: merged title rows, blank rows, then the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title
    width = len(headers) if headers else max((len(r) for r in rows), default=1)
    line = 1
    for text in title_rows:
        ws.cell(row=line, column=1, value=text)
        if width > 1:
            ws.merge_cells(start_row=line, start_column=1, end_row=line, end_column=width)
        line += 1
    line += blank_rows_after_title
    if headers is not None:
        for col, text in enumerate(headers, start=1):
            ws.cell(row=line, column=col, value=text)
        line += 1
    for index, row in enumerate(rows):
        if blank_every and index and index % blank_every == 0:
            line += 1
        for col, value in enumerate(row, start=1):
            if value is not None and value != "":
                ws.cell(row=line, column=col, value=value)
        line += 1
    wb.save(path)
    return path


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ",",
    bom: bool = False,
    encoding: str = "utf-8",
    title_rows: Sequence[str] = (),
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for text in title_rows:
        writer.writerow([text])
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else _csv_text(v) for v in row])
    text = buffer.getvalue()
    data = _cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Excel writes it: â ê ô ă ơ ư precomposed, tone marks combining."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        if marks and unicodedata.normalize("NFC", base + marks[0]).encode("cp1258", "ignore"):
            base, marks = unicodedata.normalize("NFC", base + marks[0]), marks[1:]
        out += (base + marks).encode("cp1258")
    return bytes(out)


def _csv_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)
