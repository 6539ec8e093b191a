"""A member list from a spreadsheet: which column is what, and what each row would do.

Nothing here writes anywhere. ``guess_mapping`` proposes the columns, the user can
correct them, and ``preview_members`` parses every row and says, in Vietnamese,
what is wrong with it and whether it would add a member or update one already
in the register, so that importing the same file twice updates instead of
duplicating.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from models.i18n import _
from models.rules.text import NAME, text_problem
from models.rules.text import shown as quoted
from models.vntext import fold, show_int
from sheets.cells import (
    DatePart,
    cell_text,
    parse_date_cell,
    parse_gender,
    parse_mark,
)
from sheets.cells import (
    fold_short as _fold_short,
)
from sheets.errors import SheetError
from sheets.headers import FIELD_LABELS, FIELDS, header_field, normalise_header
from sheets.reader import SheetRow, SheetTable

PARTY_FOUNDED = dt.date(1930, 2, 3)
MIN_AGE = 18
MAX_AGE = 110
# The longest Vietnamese full names run to about 40 letters; a longer cell is
# something else pasted into the name column.
MAX_NAME_CHARS = 100
PROBATION_DAYS = 365

ERROR = "error"
WARNING = "warning"


# ---------------------------------------------------------------- mapping

@dataclass
class ColumnMapping:
    """Which column (0-based index) holds each field; ``None`` when the file has none."""

    full_name: int | None = None
    birth: int | None = None
    gender: int | None = None
    chi_bo: int | None = None
    joined: int | None = None
    official: int | None = None
    excused: int | None = None
    note: int | None = None

    def get(self, name: str) -> int | None:
        _check_field(name)
        return getattr(self, name)

    def set(self, name: str, index: int | None) -> None:
        """Point ``name`` at column ``index``; a field that had that column lets it go."""
        _check_field(name)
        if index is not None:
            for other in FIELDS:
                if other != name and getattr(self, other) == index:
                    setattr(self, other, None)
        setattr(self, name, index)

    def as_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _check_field(name: str) -> None:
    if name not in FIELDS:
        raise KeyError(f"unknown member field {name!r}")


def guess_mapping(table: SheetTable) -> ColumnMapping:
    """Propose a column for each field from the header texts; best matches first."""
    candidates = []
    for index, header in enumerate(table.headers):
        name, score = header_field(header)
        if name is not None:
            candidates.append((-score, index, name))
    mapping = ColumnMapping()
    taken: set[int] = set()
    for _score, index, name in sorted(candidates):
        if getattr(mapping, name) is None and index not in taken:
            setattr(mapping, name, index)
            taken.add(index)
    return mapping


def _validate_mapping(table: SheetTable, mapping: ColumnMapping) -> None:
    if mapping.full_name is None:
        raise SheetError(
            _("Chưa chọn cột “Họ và tên”. Hãy chọn cột chứa họ tên đảng viên rồi xem lại.")
        )
    width = table.column_count
    used: dict[int, str] = {}
    for name, index in mapping.as_dict().items():
        if index is None:
            continue
        if not 0 <= index < width:
            raise SheetError(
                _(
                    "Cột được chọn cho “{value}” không có trong bảng; hãy chọn lại."
                ).format(value=FIELD_LABELS[name])
            )
        if index in used:
            raise SheetError(
                _(
                    "{index} đang được chọn cho cả “{value}” và “{value2}”; mỗi cột chỉ dùng "
                    "cho một mục."
                ).format(
                    index=table.column_label(index),
                    value=FIELD_LABELS[used[index]],
                    value2=FIELD_LABELS[name],
                )
            )
        used[index] = name


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class Problem:
    """Something wrong with a row. Errors keep the row out; warnings ask for a look."""

    code: str
    message: str
    severity: str = ERROR  # ERROR or WARNING
    field: str | None = None

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR


@dataclass
class MemberRow:
    """One source row, parsed, with its problems and what importing it would do."""

    source_row: int
    full_name: str = ""
    gender: str | None = None  # "Nam" / "Nữ"
    birth_year: int | None = None
    birth_date: dt.date | None = None
    chi_bo: str | None = None  # the register's spelling when the chi bộ exists
    joined: dt.date | None = None
    official: bool = True
    official_date: dt.date | None = None
    excused: bool = False
    note: str = ""
    new_chi_bo: bool = False  # the chi bộ would be created by the import
    update_uuid: str | None = None  # the existing member this row updates
    problems: list[Problem] = field(default_factory=list)
    name_key: str = field(default="", repr=False, compare=False)  # folded name, for matching

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]

    @property
    def is_good(self) -> bool:
        return not self.errors

    @property
    def action(self) -> str:
        """"skip" (has errors), "update" (matches a member) or "add"."""
        if not self.is_good:
            return "skip"
        return "update" if self.update_uuid else "add"

    def add(self, code: str, message: str, severity: str = ERROR, name: str | None = None) -> None:
        self.problems.append(Problem(code, message, severity, name))


@dataclass
class MemberPreview:
    rows: list[MemberRow]
    mapping: ColumnMapping
    unknown_chi_bo: list[str]  # names in the file that match no chi bộ, first spelling seen
    default_chi_bo: str | None = None

    @property
    def good_rows(self) -> list[MemberRow]:
        return [r for r in self.rows if r.is_good]

    @property
    def error_rows(self) -> list[MemberRow]:
        return [r for r in self.rows if not r.is_good]

    @property
    def warning_rows(self) -> list[MemberRow]:
        return [r for r in self.rows if r.is_good and r.warnings]

    @property
    def to_add(self) -> list[MemberRow]:
        return [r for r in self.rows if r.action == "add"]

    @property
    def to_update(self) -> list[MemberRow]:
        return [r for r in self.rows if r.action == "update"]

    def summary(self) -> str:
        text = (
            _(
                "{good_rows} dòng nhập được ({to_add} thêm mới, {to_update} cập nhật)"
            ).format(
                good_rows=show_int(len(self.good_rows)),
                to_add=show_int(len(self.to_add)),
                to_update=show_int(len(self.to_update)),
            )
        )
        if self.error_rows:
            text += _(
                "; {error_rows} dòng có lỗi sẽ bỏ qua"
            ).format(error_rows=show_int(len(self.error_rows)))
        if self.warning_rows:
            text += _(
                "; {warning_rows} dòng cần xem lại"
            ).format(warning_rows=show_int(len(self.warning_rows)))
        return text + "."

    def problem_lines(self) -> list[str]:
        """"Dòng 12 – Lỗi: Thiếu họ và tên." for every problem, in row order."""
        lines = []
        for row in self.rows:
            for problem in row.problems:
                kind = _("Lỗi") if problem.blocking else _("Cần xem lại")
                lines.append(_(
                    "Dòng {source_row} – {kind}: {message}"
                ).format(source_row=row.source_row, kind=kind, message=problem.message))
        return lines


# ---------------------------------------------------------------- chi bộ names

_CHI_BO_PREFIXES = ("chi bo ", "cb ")
# Settlement words a file may leave out: "Nà Cà" for "Chi bộ thôn Nà Cà".
_PLACE_PREFIXES = ("thon ", "ban ", "xom ", "ap ", "lang ", "to dan pho ", "tdp ", "khu pho ",
                   "khu ")


def _strip_prefix(folded: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            return folded[len(prefix):]
    return folded


def _chi_bo_core(folded: str) -> str:
    """"chi bo thon na ca" → "thon na ca": files write the name with or without the prefix."""
    return _strip_prefix(folded, _CHI_BO_PREFIXES)


def _place_core(folded: str) -> str:
    """"chi bo thon na ca" → "na ca"; "thôn Bản Chang" and "Bản Chang" both → "chang"."""
    core = _chi_bo_core(folded)
    while (shorter := _strip_prefix(core, _PLACE_PREFIXES)) != core:
        core = shorter
    return core


class _ChiBoIndex:
    """Finds a register chi bộ from a file's spelling: exact, then without prefixes.

    A looser key is used only when it points at one chi bộ alone.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.exact: dict[str, str] = {}
        cores: dict[str, list[str]] = defaultdict(list)
        places: dict[str, list[str]] = defaultdict(list)
        for name in names:
            key = fold(name)
            if key and key not in self.exact:
                self.exact[key] = name
                cores[_chi_bo_core(key)].append(name)
                places[_place_core(key)].append(name)
        self.core = {k: v[0] for k, v in cores.items() if len(v) == 1}
        self.place = {k: v[0] for k, v in places.items() if len(v) == 1}

    def find(self, text: str) -> str | None:
        key = _fold_short(text)
        return (self.exact.get(key) or self.core.get(_chi_bo_core(key))
                or self.place.get(_place_core(key)))


def guess_default_chi_bo(table: SheetTable, existing_chi_bo_names: Iterable[str]) -> str | None:
    """The chi bộ a list's title names ("DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NÀ CÀ"), if known."""
    titles = [f" {normalise_header(line)} " for line in table.title_lines]
    best: tuple[int, str] | None = None
    for name in existing_chi_bo_names:
        core = _chi_bo_core(normalise_header(name))
        if not core:
            continue
        needle = f" chi bo {core} "
        if any(needle in title for title in titles) and (best is None or len(core) > best[0]):
            best = (len(core), name)
    return best[1] if best else None


# ---------------------------------------------------------------- parsing one row

# Only whole phrases: "Tống" and "Công" are surnames.
_TOTAL_WORDS = ("tong cong", "tong so", "cong:", "tong:")
_OFFICIAL_WORDS = {"chinh thuc", "ct", "dang vien chinh thuc", "dvct", "chinh"}
_PROBATION_WORDS = {"du bi", "db", "dang vien du bi", "dvdb"}


def _looks_like_name(text: str) -> bool:
    """Letters and spaces, with the odd dot, hyphen, apostrophe or bracket."""
    if not any(c.isalpha() for c in text):
        return False
    return all(c.isalpha() or c.isspace() or c in ".-'()" for c in text)


def _parse_name(row: MemberRow, value: Any) -> None:
    text = cell_text(value)
    if not text:
        row.add("missing_name", _("Thiếu họ và tên."), name="full_name")
        return
    if len(text) > MAX_NAME_CHARS:
        length = f"{len(text):,}".replace(",", ".")
        row.add("name_too_long", _(
            "Họ tên dài {length} ký tự, quá {MAX_NAME_CHARS} ký tự cho phép: ô này không phải "
            "họ tên một người."
        ).format(length=length, MAX_NAME_CHARS=MAX_NAME_CHARS), name="full_name")
        return
    problem = text_problem(text, limit=NAME)
    if problem:
        row.add("not_a_name", _(
            "Họ và tên “{text}” {problem}."
        ).format(text=quoted(text), problem=problem), name="full_name")
        return
    row.full_name = text
    row.name_key = fold(text)
    if row.name_key.startswith(_TOTAL_WORDS):
        row.add("not_a_name", _(
            "“{text}” là dòng tổng cộng, không phải một đảng viên."
        ).format(text=text),
                name="full_name")
        return
    if not _looks_like_name(text):
        row.add("not_a_name", _(
            "“{text}” không phải họ tên một người; họ tên chỉ gồm chữ cái."
        ).format(text=text),
                name="full_name")
        return
    # Lists typed in capitals read badly in minutes; names are proper-cased word by word.
    if text.isupper():
        row.full_name = text.title()


def _parse_birth(row: MemberRow, value: Any, label: str, today: dt.date) -> None:
    # A bare number is an Excel serial date only under a "Ngày sinh" header, not "Năm sinh".
    serial_ok = "ngay" in normalise_header(label).split()
    try:
        part = parse_date_cell(value, year_only_ok=True, serial_ok=serial_ok, label=label)
    except ValueError as exc:
        row.add("bad_birth", str(exc), name="birth")
        return
    if part is None:
        row.add("missing_birth", _("Thiếu năm sinh."), WARNING, "birth")
        return
    if part.date is not None and part.date > today:
        row.add("bad_birth", _(
            "{label} {date:%d/%m/%Y} là ngày trong tương lai."
        ).format(label=label, date=part.date), name="birth")
        return
    age = today.year - part.year
    if age < MIN_AGE:
        row.add("bad_birth", _(
            "Năm sinh {year}: người này chưa đủ {MIN_AGE} tuổi."
        ).format(year=part.year, MIN_AGE=MIN_AGE),
                name="birth")
        return
    if age > MAX_AGE:
        message = _("Năm sinh {year} không hợp lệ.").format(year=part.year)
        row.add("bad_birth", message, name="birth")
        return
    row.birth_year, row.birth_date = part.year, part.date


def _full_date(value: Any, label: str) -> DatePart | None:
    return parse_date_cell(value, year_only_ok=False, label=label)


def _parse_joined(row: MemberRow, value: Any, label: str, today: dt.date) -> None:
    try:
        part = _full_date(value, label)
    except ValueError as exc:
        row.add("bad_joined", str(exc), name="joined")
        return
    if part is None or part.date is None:
        return
    if part.date < PARTY_FOUNDED:
        row.add("bad_joined", _(
            "{label} {date:%d/%m/%Y} trước ngày thành lập Đảng (03/02/1930)."
        ).format(label=label, date=part.date), name="joined")
        return
    if part.date > today:
        row.add("bad_joined", _(
            "{label} {date:%d/%m/%Y} là ngày trong tương lai."
        ).format(label=label, date=part.date),
                name="joined")
        return
    row.joined = part.date
    if row.birth_year is not None and part.year - row.birth_year < MIN_AGE:
        row.add("young_joined", _(
            "Vào Đảng năm {year} khi chưa đủ {MIN_AGE} tuổi (sinh năm {birth_year}); hãy kiểm "
            "tra lại."
        ).format(year=part.year, MIN_AGE=MIN_AGE, birth_year=row.birth_year), WARNING, "joined")


def _official_mode(header: str) -> str:
    words = normalise_header(header)
    if "ngay" in words.split():
        return "date"
    if words in ("du bi", "dang vien du bi"):
        return "mark_probation"
    if words in ("chinh thuc", "dang vien chinh thuc"):
        return "mark_official"
    return "value"


def _parse_official(row: MemberRow, value: Any, header: str, mode: str, today: dt.date) -> None:
    label = cell_text(header) or FIELD_LABELS["official"]
    if value is None:
        if mode == "date":
            row.official = False
            if row.joined is not None and (today - row.joined).days > PROBATION_DAYS:
                row.add("no_official_date", _(
                    "Chưa có ngày chính thức tuy đã vào Đảng hơn 12 tháng; sẽ ghi là đảng viên "
                    "dự bị."
                ), WARNING, "official")
        elif mode == "mark_official":
            row.official = False
        elif mode == "mark_probation":
            row.official = True
        else:
            row.add("no_official", _("Không ghi chính thức hay dự bị; tạm coi là chính thức."),
                    WARNING, "official")
        return
    word = _fold_short(cell_text(value))
    if word in _OFFICIAL_WORDS:
        row.official = True
        return
    if word in _PROBATION_WORDS:
        row.official = False
        return
    mark = parse_mark(value) if not isinstance(value, int | float) or value in (0, 1) else None
    if mark is not None and mode in ("mark_official", "mark_probation"):
        row.official = mark if mode == "mark_official" else not mark
        return
    try:
        part = _full_date(value, label)
    except ValueError:
        part = None
    if part is not None and part.date is not None:
        if part.date > today:
            row.add("bad_official", _(
                "{label} {date:%d/%m/%Y} là ngày trong tương lai."
            ).format(label=label, date=part.date),
                    name="official")
            return
        if mode == "mark_probation":  # the day they were admitted as dự bị
            row.official = False
        else:
            row.official, row.official_date = True, part.date
        return
    row.add("bad_official", _(
        "Không rõ “{cell_text}” là chính thức hay dự bị; hãy ghi “Chính thức” hoặc “Dự bị”."
    ).format(cell_text=cell_text(value)), name="official")


def _parse_excused(row: MemberRow, value: Any) -> None:
    if value is None:
        return
    mark = parse_mark(value)
    # A date or a reason ("Tuổi cao, sức yếu") in the column also means excused.
    row.excused = True if mark is None else mark


def _resolve_chi_bo(
    row: MemberRow, text: str, index: _ChiBoIndex, create: bool, unknown: dict[str, str]
) -> None:
    if not text:
        row.add("missing_chi_bo", _("Thiếu tên chi bộ."), name="chi_bo")
        return
    problem = text_problem(text, limit=NAME)
    if problem:
        row.add("bad_chi_bo", _(
            "Tên chi bộ “{text}” {problem}."
        ).format(text=quoted(text), problem=problem), name="chi_bo")
        return
    found = index.find(text)
    if found is not None:
        row.chi_bo = found
        return
    shown = unknown.setdefault(_fold_short(text), text)
    row.chi_bo = shown
    if create:
        row.new_chi_bo = True
    else:
        row.add("unknown_chi_bo", _(
            "“{shown}” chưa có trong danh sách chi bộ của đơn vị; có thể tạo chi bộ này khi "
            "nhập."
        ).format(shown=shown), name="chi_bo")


# ---------------------------------------------------------------- matching

def _member_key(name: str, birth_year: int | None) -> tuple[str, int | None]:
    return fold(name), birth_year


def _match_existing(rows: list[MemberRow], existing: Iterable[Mapping[str, Any]]) -> None:
    by_key: dict[tuple[str, int | None, str], list[str]] = defaultdict(list)
    by_person: dict[tuple[str, int | None], list[Mapping[str, Any]]] = defaultdict(list)
    for member in existing:
        person = _member_key(member.get("full_name") or "", member.get("birth_year"))
        by_key[(*person, _fold_short(member.get("chi_bo")))].append(str(member["uuid"]))
        by_person[person].append(member)
    for row in rows:
        if not row.full_name or row.chi_bo is None:
            continue
        person = (row.name_key, row.birth_year)
        uuids = by_key.get((*person, _fold_short(row.chi_bo)), [])
        if len(uuids) == 1:
            row.update_uuid = uuids[0]
            continue
        if len(uuids) > 1:
            row.add("ambiguous_existing", _(
                "Khớp với {count} đảng viên đã có cùng họ tên, năm sinh và chi bộ; hãy gộp các "
                "bản ghi trùng trước khi nhập."
            ).format(count=len(uuids)))
            continue
        others = by_person.get(person, [])
        if others:
            described = "; ".join(_describe(m) for m in others[:3])
            row.add("likely_duplicate_existing", _(
                "Có thể trùng với đảng viên đã có: {described}."
            ).format(described=described),
                    WARNING)


def _describe(member: Mapping[str, Any]) -> str:
    text = str(member.get("full_name") or "")
    if member.get("birth_year"):
        text += _(", sinh năm {birth_year}").format(birth_year=member['birth_year'])
    if member.get("chi_bo"):
        text += f", {member['chi_bo']}"
    return text


def _flag_file_duplicates(rows: list[MemberRow]) -> None:
    """Rows naming one person twice. The same name, birth year and chi bộ is the key a
    re-import matches on, so the later rows are kept out (imported twice they could
    never be told apart again); the same name and birth year elsewhere only asks for
    a look, since two people can share both."""
    groups: dict[tuple[str, int | None], list[MemberRow]] = defaultdict(list)
    for row in rows:
        if row.full_name and not any(p.code == "not_a_name" for p in row.problems):
            groups[(row.name_key, row.birth_year)].append(row)
    for group in groups.values():
        if len(group) < 2:
            continue
        first_in_chi_bo: dict[str, MemberRow] = {}
        for row in group:
            first = first_in_chi_bo.setdefault(_fold_short(row.chi_bo), row)
            if first is not row:
                row.add("duplicate_in_file", _(
                    "Trùng với dòng {source_row} (cùng họ tên, năm sinh và chi bộ): người này "
                    "chỉ được nhập một lần, từ dòng {source_row}."
                ).format(source_row=first.source_row), name="full_name")
        for row in group:
            if any(p.code == "duplicate_in_file" for p in row.problems):
                continue
            others = ", ".join(str(o.source_row) for o in group if o is not row)
            what = _("năm sinh") if row.birth_year is not None else _("cùng không có năm sinh")
            row.add("likely_duplicate", _(
                "Có thể trùng: cùng họ tên và {what} với dòng {others}."
            ).format(what=what, others=others),
                    WARNING)


# ---------------------------------------------------------------- the preview

def preview_members(
    table: SheetTable,
    mapping: ColumnMapping,
    existing_chi_bo_names: Iterable[str],
    existing_members: Iterable[Mapping[str, Any]],
    *,
    default_chi_bo: str | None = None,
    create_missing_chi_bo: bool = False,
    today: dt.date | None = None,
) -> MemberPreview:
    """Parse every row of a member list and say what importing it would do.

    ``existing_members`` are plain dicts {"uuid", "full_name", "birth_year",
    "chi_bo"}. A row updates the member with the same folded name, birth year
    and chi bộ. ``default_chi_bo`` fills rows without a chi bộ (a list per chi
    bộ often names it only in its title). With ``create_missing_chi_bo`` an
    unknown chi bộ is not an error: the row is marked ``new_chi_bo`` and the
    name is listed in ``unknown_chi_bo`` for the import to create.
    """
    _validate_mapping(table, mapping)
    today = today or dt.date.today()
    index = _ChiBoIndex(existing_chi_bo_names)
    unknown: dict[str, str] = {}
    headers = {name: _header(table, col) for name, col in mapping.as_dict().items()}
    rows: list[MemberRow] = []
    official_mode = _official_mode(headers["official"])
    for source in table.rows:
        rows.append(_parse_row(source, mapping, headers, index, default_chi_bo,
                               create_missing_chi_bo, unknown, official_mode, today))
    _flag_file_duplicates(rows)
    _match_existing(rows, existing_members)
    return MemberPreview(rows=rows, mapping=mapping, unknown_chi_bo=list(unknown.values()),
                         default_chi_bo=default_chi_bo)


def _header(table: SheetTable, index: int | None) -> str:
    if index is None or index >= len(table.headers):
        return ""
    return table.headers[index]


def _parse_row(
    source: SheetRow,
    mapping: ColumnMapping,
    headers: dict[str, str],
    index: _ChiBoIndex,
    default_chi_bo: str | None,
    create: bool,
    unknown: dict[str, str],
    official_mode: str,
    today: dt.date,
) -> MemberRow:
    row = MemberRow(source_row=source.number)
    _parse_name(row, source.get(mapping.full_name))
    if mapping.birth is not None:
        label = cell_text(headers["birth"]) or _("Ngày sinh")
        _parse_birth(row, source.get(mapping.birth), label, today)
    if mapping.gender is not None:
        try:
            row.gender = parse_gender(source.get(mapping.gender))
        except ValueError as exc:
            row.add("bad_gender", str(exc), name="gender")
    chi_bo_text = cell_text(source.get(mapping.chi_bo)) or (default_chi_bo or "")
    _resolve_chi_bo(row, chi_bo_text, index, create, unknown)
    if mapping.joined is not None:
        label = cell_text(headers["joined"]) or _("Ngày vào Đảng")
        _parse_joined(row, source.get(mapping.joined), label, today)
    if mapping.official is not None:
        _parse_official(row, source.get(mapping.official), headers["official"],
                        official_mode, today)
    if mapping.excused is not None:
        _parse_excused(row, source.get(mapping.excused))
    if mapping.note is not None:
        row.note = cell_text(source.get(mapping.note))
    return row
