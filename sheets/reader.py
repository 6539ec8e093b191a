"""Reading a table out of an .xlsx workbook or a .csv file.

Offices keep lists in Excel with a merged title ("DANH SÁCH ĐẢNG VIÊN CHI BỘ …"),
blank rows, a header row, sometimes a row numbering the columns (1) (2) (3), and
the header repeated after page breaks. ``read_table`` finds the header by its
words, keeps each data row with the row number Excel shows, and turns every way
a file can be wrong into a ``SheetError`` with a message the clerk can act on.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from models.i18n import _
from models.oserrors import reason as os_reason
from sheets.errors import SheetError
from sheets.headers import is_known_header, normalise_header

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
# Non-empty rows searched for the header: room for a title block and a few notes.
HEADER_SEARCH_ROWS = 15
MIN_HEADER_MATCHES = 2
CSV_DELIMITERS = (";", ",", "\t")
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}

# Caps far above any real member list (20,000 members is about 2 MB of .xlsx and
# 20 MB unpacked) and far below what would exhaust an office PC's memory: a
# 1 MB "zip bomb" can unpack to gigabytes. The unpacked sizes are the ones the
# archive declares; Python's zipfile never inflates an entry past its declared
# size (it stops and fails the CRC instead), so the declared sum is a true bound.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ROWS = 100_000
# Excel itself refuses a longer cell, so a file with one was not made by Excel.
MAX_CELL_CHARS = 32_767

Cell = Any
HeaderTest = Callable[[object], bool]


@dataclass(frozen=True)
class SheetRow:
    """One data row; ``number`` is the row number Excel shows (the record number for CSV)."""

    number: int
    values: tuple[Cell, ...]

    def get(self, index: int | None) -> Cell:
        if index is None or index < 0 or index >= len(self.values):
            return None
        return self.values[index]


@dataclass
class SheetTable:
    """The header and data rows of one sheet, empty rows left out."""

    path: Path
    kind: str  # "xlsx" or "csv"
    sheet_name: str | None
    header_row: int
    headers: list[str]
    rows: list[SheetRow]
    title_lines: list[str] = field(default_factory=list)
    sheet_names: list[str] = field(default_factory=list)

    @property
    def column_count(self) -> int:
        widest = max((len(r.values) for r in self.rows), default=0)
        return max(len(self.headers), widest)

    def column_label(self, index: int) -> str:
        """"Cột C (Ngày sinh)" for messages and the mapping dialog."""
        letter = get_column_letter(index + 1)
        header = self.headers[index] if index < len(self.headers) else ""
        header = " ".join(header.split())
        if header:
            return _("Cột {letter} ({header})").format(letter=letter, header=header)
        return _("Cột {letter}").format(letter=letter)


def read_table(
    path: str | Path,
    *,
    sheet_name: str | None = None,
    is_header: HeaderTest = is_known_header,
    min_matches: int = MIN_HEADER_MATCHES,
) -> SheetTable:
    """Read the first sheet whose header is recognised (or ``sheet_name``).

    ``is_header`` says whether a cell's text is a known column header; the
    header row is the first of the first ``HEADER_SEARCH_ROWS`` non-empty rows
    with at least ``min_matches`` such cells.
    """
    path = Path(path)
    head = _read_head(path)
    if not head:
        raise SheetError(_("Tệp “{name}” rỗng, không có dữ liệu.").format(name=path.name))
    _check_file_size(path)
    if head.startswith(OLE2_MAGIC):
        raise SheetError(_ole2_message(path))
    try:
        return _read_capped(path, head, sheet_name, is_header, min_matches)
    except _TooManyRows:
        raise _too_many_rows(path) from None
    except _CellTooLong as exc:
        raise _cell_too_long(path, exc.number) from None


def _read_capped(
    path: Path, head: bytes, sheet_name: str | None, is_header: HeaderTest, min_matches: int
) -> SheetTable:
    suffix = path.suffix.lower()
    if head.startswith(ZIP_MAGIC):
        _check_unpacked_size(path)
        return _read_xlsx(path, sheet_name, is_header, min_matches)
    if suffix in EXCEL_SUFFIXES or suffix == ".xls":
        raise SheetError(
            _(
                "Tệp “{name}” không phải sổ Excel hoặc đã bị hỏng. Hãy mở tệp bằng Excel, chọn "
                "Lưu thành (Save As) kiểu “Sổ làm việc Excel (.xlsx)” rồi chọn lại tệp."
            ).format(name=path.name)
        )
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, is_header, min_matches)
    raise SheetError(
        _(
            "Chương trình chỉ đọc được tệp Excel (.xlsx) hoặc tệp CSV (.csv); tệp “{name}” "
            "không thuộc hai loại đó."
        ).format(name=path.name)
    )


# ---------------------------------------------------------------- file access

def _open_error(path: Path, exc: OSError) -> SheetError:
    if isinstance(exc, FileNotFoundError):
        return SheetError(_(
            "Không tìm thấy tệp “{name}”. Có thể tệp đã bị chuyển hoặc xoá."
        ).format(name=path.name))
    if isinstance(exc, IsADirectoryError):
        return SheetError(_("“{name}” là một thư mục, không phải tệp.").format(name=path.name))
    if isinstance(exc, PermissionError):
        return SheetError(
            _(
                "Không mở được tệp “{name}”: tệp đang bị chương trình khác giữ hoặc máy không "
                "cho phép đọc. Hãy đóng tệp trong Excel rồi thử lại."
            ).format(name=path.name)
        )
    return SheetError(_(
        "Không đọc được tệp “{name}” ({exc})."
    ).format(name=path.name, exc=os_reason(exc)))


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _check_file_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if size > MAX_FILE_BYTES:
        raise SheetError(
            _(
                "Tệp “{name}” quá lớn ({size} MB; danh sách đảng viên thường dưới 5 MB, chương "
                "trình nhận tối đa {MAX_FILE_BYTES} MB). Hãy kiểm tra đúng tệp danh sách, hoặc "
                "chép riêng bảng danh sách sang một tệp mới."
            ).format(
                name=path.name,
                size=_megabytes(size),
                MAX_FILE_BYTES=_megabytes(MAX_FILE_BYTES),
            )
        )


def _check_unpacked_size(path: Path) -> None:
    """Refuse an .xlsx that would unpack to more than ``MAX_UNPACKED_BYTES``, before
    openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except OSError as exc:
        raise _open_error(path, exc) from exc
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _damaged(path) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetError(
            _(
                "Tệp “{name}” khi giải nén chiếm tới {unpacked} MB, quá lớn đối với một danh "
                "sách (tối đa {MAX_UNPACKED_BYTES} MB) nên chương trình không mở. Tệp có thể "
                "bị hỏng hoặc được làm ra để gây hại; hãy xin gửi lại tệp danh sách."
            ).format(
                name=path.name,
                unpacked=_megabytes(unpacked),
                MAX_UNPACKED_BYTES=_megabytes(MAX_UNPACKED_BYTES),
            )
        )


class _TooManyRows(Exception):
    pass


class _CellTooLong(Exception):
    def __init__(self, number: int) -> None:
        self.number = number


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _too_many_rows(path: Path) -> SheetError:
    return SheetError(
        _(
            "Tệp “{name}” có hơn {MAX_ROWS} dòng, quá nhiều đối với một danh sách đảng viên. "
            "Hãy chia danh sách thành nhiều tệp nhỏ hơn rồi nhập lần lượt."
        ).format(name=path.name, MAX_ROWS=_thousands(MAX_ROWS))
    )


def _cell_too_long(path: Path, number: int) -> SheetError:
    return SheetError(
        _(
            "Dòng {number} của tệp “{name}” có một ô dài hơn {MAX_CELL_CHARS} ký tự (Excel "
            "cũng không cho phép ô dài như vậy), nên tệp không phải danh sách bình thường. Hãy "
            "kiểm tra lại dòng đó hoặc xin gửi lại tệp."
        ).format(number=number, name=path.name, MAX_CELL_CHARS=_thousands(MAX_CELL_CHARS))
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _ole2_message(path: Path) -> str:
    """An OLE2 compound file is either an encrypted .xlsx or an old .xls workbook."""
    data = _read_bytes(path)
    encrypted = any(
        name.encode("utf-16-le") in data for name in ("EncryptedPackage", "EncryptionInfo")
    )
    old_workbook = any(name.encode("utf-16-le") in data for name in ("Workbook", "Book\x00"))
    if not encrypted and (old_workbook or path.suffix.lower() == ".xls"):
        return (
            _(
                "Tệp “{name}” là sổ Excel kiểu cũ (Excel 97-2003, .xls). Hãy mở tệp bằng "
                "Excel, chọn Lưu thành (Save As) kiểu “Sổ làm việc Excel (.xlsx)” rồi chọn lại "
                "tệp."
            ).format(name=path.name)
        )
    return (
        _(
            "Tệp “{name}” được đặt mật khẩu (mã hoá) nên chương trình không đọc được. Hãy mở "
            "tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng "
            "mật khẩu, xoá mật khẩu), lưu lại rồi chọn lại tệp."
        ).format(name=path.name)
    )


# ---------------------------------------------------------------- cleaning rows

_NUMBERING_CELL = re.compile(r"^\(?\d{1,2}\)?$")


def _clean(value: Cell) -> Cell:
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).strip()
        return text or None
    return value


def _clean_row(values: Iterable[Cell], number: int = 0) -> tuple[Cell, ...]:
    cleaned = [_clean(v) for v in values]
    if any(isinstance(v, str) and len(v) > MAX_CELL_CHARS for v in cleaned):
        raise _CellTooLong(number)
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    return tuple(cleaned)


def _header_matches(values: tuple[Cell, ...], is_header: HeaderTest) -> int:
    return sum(1 for v in values if isinstance(v, str) and is_header(v))


def _is_numbering_row(values: tuple[Cell, ...]) -> bool:
    """The row under a header that numbers the columns: 1 2 3 … or (1) (2) (3) …"""
    cells = [v for v in values if v is not None]
    if len(cells) < 2:
        return False
    numbers: list[int] = []
    for cell in cells:
        if isinstance(cell, bool):
            return False
        if isinstance(cell, int):
            numbers.append(cell)
        elif isinstance(cell, str) and _NUMBERING_CELL.match(cell):
            numbers.append(int(cell.strip("()")))
        else:
            return False
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


def _header_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def _find_header(
    rows: Iterator[tuple[int, tuple[Cell, ...]]], is_header: HeaderTest, min_matches: int
) -> tuple[int, tuple[Cell, ...], list[str], int] | None:
    """Consume rows up to the header; return (row number, values, title lines, matches)."""
    titles: list[str] = []
    seen = 0
    for number, values in rows:
        if not values:
            continue
        seen += 1
        matches = _header_matches(values, is_header)
        if matches >= min_matches:
            return number, values, titles, matches
        titles.append(" ".join(_header_text(v) for v in values if v is not None))
        if seen >= HEADER_SEARCH_ROWS:
            break
    return None


def _data_rows(
    rows: Iterator[tuple[int, tuple[Cell, ...]]], header: tuple[Cell, ...]
) -> list[SheetRow]:
    header_key = tuple(normalise_header(v) for v in header)
    # A cheap first test, so only rows that might repeat the header get folded.
    probe = next((i for i, v in enumerate(header) if isinstance(v, str)), 0)
    probe_text = str(header[probe]).casefold() if header else ""
    out: list[SheetRow] = []
    for number, values in rows:
        if not values:
            continue
        if not out and _is_numbering_row(values):
            continue
        if (
            len(values) > probe
            and isinstance(values[probe], str)
            and values[probe].casefold() == probe_text
            and tuple(normalise_header(v) for v in values) == header_key
        ):
            continue  # the header repeated after a page break
        out.append(SheetRow(number, values))
        if len(out) > MAX_ROWS:
            raise _TooManyRows
    return out


def _no_header_message(path: Path, sheet: str | None) -> str:
    where = (
        _("trang tính “{sheet}” của tệp “{name}”").format(sheet=sheet, name=path.name)
        if sheet else _("tệp “{name}”").format(name=path.name)
    )
    return (
        _(
            "Không tìm thấy dòng tiêu đề cột trong {HEADER_SEARCH_ROWS} dòng đầu của {where}. "
            "Dòng tiêu đề cần có ít nhất hai cột như “Họ và tên”, “Ngày sinh”, “Chi bộ”, “Ngày "
            "vào Đảng”. Hãy kiểm tra lại tệp."
        ).format(HEADER_SEARCH_ROWS=HEADER_SEARCH_ROWS, where=where)
    )


# ---------------------------------------------------------------- xlsx

def _damaged(path: Path) -> SheetError:
    return SheetError(
        _(
            "Tệp “{name}” bị hỏng hoặc không phải sổ Excel (.xlsx), chương trình không đọc "
            "được. Hãy thử mở tệp bằng Excel rồi lưu lại, hoặc xin gửi lại tệp khác."
        ).format(name=path.name)
    )


def _xlsx_rows(ws: Any) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        yield number, _clean_row(values, number)


def _read_xlsx(
    path: Path, sheet_name: str | None, is_header: HeaderTest, min_matches: int
) -> SheetTable:
    if _is_opendocument(path):
        raise SheetError(
            _(
                "Tệp “{name}” là bảng tính LibreOffice (.ods). Hãy mở tệp, chọn Lưu thành kiểu "
                "Excel (.xlsx) rồi chọn lại tệp."
            ).format(name=path.name)
        )
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    except Exception as exc:  # a damaged zip or XML can fail in many ways inside openpyxl
        raise _damaged(path) from exc
    try:
        return _table_from_workbook(wb, path, sheet_name, is_header, min_matches)
    except (SheetError, _TooManyRows, _CellTooLong):
        raise
    except OSError as exc:
        raise _open_error(path, exc) from exc
    except Exception as exc:  # a damaged sheet part surfaces only while rows are parsed
        raise _damaged(path) from exc
    finally:
        wb.close()  # read-only workbooks hold the file open (and locked on Windows)


def _is_opendocument(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            if "mimetype" not in archive.namelist():
                return False
            return b"opendocument" in archive.read("mimetype")
    except (zipfile.BadZipFile, OSError, KeyError):
        return False


def _table_from_workbook(
    wb: Any, path: Path, sheet_name: str | None, is_header: HeaderTest, min_matches: int
) -> SheetTable:
    sheets = list(wb.worksheets)
    names = [ws.title for ws in sheets]
    if sheet_name is not None:
        if sheet_name not in names:
            listed = ", ".join(f"“{n}”" for n in names)
            raise SheetError(
                _(
                    "Tệp “{name}” không có trang tính “{sheet_name}” (chỉ có {listed})."
                ).format(name=path.name, sheet_name=sheet_name, listed=listed)
            )
        order = [wb[sheet_name]]
    else:
        # The sheet Excel opens on first, then the other visible ones; hidden sheets
        # (often an old copy of the list) only when nothing visible has a header.
        active = wb.active
        order = sorted(
            sheets,
            key=lambda ws: (getattr(ws, "sheet_state", "visible") != "visible", ws is not active),
        )
    any_data = False
    for ws in order:
        ws.reset_dimensions()  # some programs write a wrong size; read what is there
        rows = _xlsx_rows(ws)
        had_data = [False]
        found = _find_header(_note_data(rows, had_data), is_header, min_matches)
        any_data = any_data or had_data[0]
        if found is None:
            continue
        number, header, titles, _rest = found
        return SheetTable(
            path=path,
            kind="xlsx",
            sheet_name=ws.title,
            header_row=number,
            headers=[_header_text(v) for v in header],
            rows=_data_rows(rows, header),
            title_lines=titles,
            sheet_names=names,
        )
    if not any_data:
        if len(order) == 1:
            raise SheetError(
                _(
                    "Trang tính “{title}” trong tệp “{name}” trống, không có dữ liệu."
                ).format(title=order[0].title, name=path.name)
            )
        raise SheetError(_(
            "Các trang tính trong tệp “{name}” đều trống, không có dữ liệu."
        ).format(name=path.name))
    raise SheetError(_no_header_message(path, order[0].title if len(order) == 1 else None))


def _note_data(
    rows: Iterator[tuple[int, tuple[Cell, ...]]], flag: list[bool]
) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """Pass rows through, noting whether any had data (to tell empty from unrecognised)."""
    for item in rows:
        if item[1]:
            flag[0] = True
        yield item


# ---------------------------------------------------------------- csv

def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetError(
            _(
                "Tệp “{name}” không phải tệp CSV (văn bản). Hãy chọn đúng tệp danh sách."
            ).format(name=path.name)
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        # Excel's "CSV UTF-8" writes a BOM, plain "CSV" on a Vietnamese Windows writes cp1258.
        encodings = ("utf-8-sig", "cp1258")
    for encoding in encodings:
        try:
            return unicodedata.normalize("NFC", raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise SheetError(
        _(
            "Không đọc được chữ trong tệp “{name}”. Hãy lưu lại tệp từ Excel bằng kiểu “CSV "
            "UTF-8 (Comma delimited)” rồi chọn lại tệp."
        ).format(name=path.name)
    )


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, values in enumerate(reader, start=1):
        yield number, _clean_row(values, number)


def _read_csv(path: Path, is_header: HeaderTest, min_matches: int) -> SheetTable:
    text = _decode(path, _read_bytes(path))
    if not text.strip():
        raise SheetError(_("Tệp “{name}” không có dữ liệu.").format(name=path.name))
    # Excel honours a first line "sep=;" and hides it; so do we.
    first, _newline, rest = text.partition("\n")
    forced = first.strip()[4:5] if first.strip().lower().startswith("sep=") else ""
    if forced:
        text = rest
    try:
        best: tuple[int, str] | None = None
        for delimiter in (forced,) if forced else CSV_DELIMITERS:
            found = _find_header(_csv_rows(text, delimiter), is_header, min_matches)
            if found is not None and (best is None or found[3] > best[0]):
                best = (found[3], delimiter)
        if best is None:
            raise SheetError(_no_header_message(path, None))
        rows = _csv_rows(text, best[1])
        found = _find_header(rows, is_header, min_matches)
        if found is None:  # the same text and delimiter found it a moment ago
            raise SheetError(_no_header_message(path, None))
        number, header, titles, _rest = found
        data = _data_rows(rows, header)
    except csv.Error as exc:
        raise SheetError(
            _(
                "Tệp “{name}” có dòng sai định dạng CSV ({exc}). Hãy mở tệp bằng Excel, lưu "
                "lại kiểu “CSV UTF-8” rồi chọn lại tệp."
            ).format(name=path.name, exc=exc)
        ) from exc
    return SheetTable(
        path=path,
        kind="csv",
        sheet_name=None,
        header_row=number,
        headers=[_header_text(v) for v in header],
        rows=data,
        title_lines=titles,
        sheet_names=[],
    )
