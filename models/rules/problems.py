"""A problem found in a record, and the refusal a clerk reads.

A problem names the kind of record in the clerk's words, which record (its place in
the package and its name), the field, and what is wrong. A refusal lists the first
problems, table by table, on at most a page, then how many more there are.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.i18n import _
from models.rules.labels import field_label, table_label
from models.rules.text import character_problem, shown
from models.vntext import show_int

# At most this many problems are listed; the rest are counted ("và 37 lỗi khác").
PAGE = 15
# The field that names a record, in the order tried.
NAMING_FIELDS = (
    "full_name", "symbol", "title", "name", "speaker", "file_name", "content", "description",
    "note", "held_on",
)


@dataclass(frozen=True)
class Problem:
    table: str
    message: str
    field: str | None = None
    index: int | None = None  # the record's place in its table of the package (from 1)
    uuid: str | None = None
    title: str = ""  # a few words naming the record (its name, symbol or title)
    owner: str = ""  # who holds the record, for ``check`` (a unit's name)

    @property
    def kind(self) -> str:
        label = table_label(self.table)
        return label[:1].upper() + label[1:]

    @property
    def record(self) -> str:
        """"bản ghi thứ 3 “Nguyễn Văn An”", or what names the record best."""
        parts = []
        if self.index is not None:
            parts.append(_("bản ghi thứ {index}").format(index=self.index))
        if self.title:
            parts.append(f"“{self.title}”")
        if self.uuid and self.index is None:
            parts.append(_("(mã {uuid})").format(uuid=shown(self.uuid)))
        return " ".join(parts)

    @property
    def field_text(self) -> str:
        return field_label(self.field) if self.field else ""

    def line(self) -> str:
        """The problem without its table: "bản ghi thứ 3 “An” — Ngày vào Đảng: …"."""
        head = self.record
        if self.field:
            head = f"{head} — {self.field_text}" if head else self.field_text
        return f"{head}: {self.message}" if head else self.message


def record_title(row: Mapping[str, Any]) -> str:
    """A few words naming a record, safe to quote in a message."""
    for name in NAMING_FIELDS:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return shown(text, 50) if character_problem(text) else (
                text if len(text) <= 50 else text[:49] + "…"
            )
    return ""


def problem_lines(problems: Sequence[Problem], page: int = PAGE) -> list[str]:
    """The first ``page`` problems grouped by table, then how many more."""
    lines: list[str] = []
    heading: tuple[str, str] | None = None
    for problem in problems[:page]:
        if (problem.table, problem.owner) != heading:
            owner = _(" của {owner}").format(owner=problem.owner) if problem.owner else ""
            lines.append(f"{problem.kind}{owner}:")
            heading = (problem.table, problem.owner)
        lines.append(f"  • {problem.line()}")
    if len(problems) > page:
        lines.append(_("và {rest} lỗi khác.").format(rest=show_int(len(problems) - page)))
    return lines


def refusal_text(problems: Sequence[Problem]) -> str:
    """What a refused package says, whole (the CLI prints it, the window heads its list)."""
    return "\n".join([
        _(
            "Gói có {count} lỗi trong các bản ghi nên không được nhận. Sổ không thay đổi gì "
            "(chưa ghi gì, không sao lưu)."
        ).format(count=show_int(len(problems))),
        *problem_lines(problems),
        _(
            "Hãy báo nơi gửi: sửa các bản ghi trên trong sổ của họ (lệnh check chỉ ra từng bản "
            "ghi), rồi gửi gói mới."
        ),
    ])
