"""Each travelling table's fields: kind, whether empty is allowed, length, range,
choices, and the table a reference points at.

The schema (``models.schema``) says what SQLite will store; this says what a record
may sensibly hold, so that a refusal names the record and the field in words a
clerk reads, before anything is written. ``tests/test_record_rules.py`` keeps the
two in step.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from models.i18n import _
from models.rules import text as txt
from models.rules.values import FIRST_YEAR, LAST_YEAR, date_problem

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
# A stored attachment is named by its content's SHA-256 and a plain extension, so a
# name is safe as a file name everywhere (models.documents, sync.attachments).
STORED_NAME = re.compile(r"[0-9a-f]{64}(\.[a-z0-9]{1,10})?\Z")
SHA256 = re.compile(r"[0-9a-f]{64}\Z")


@dataclass(frozen=True)
class Field:
    kind: str  # "id", "text", "int", "date", "minute", "second"
    null: bool = False  # ``None`` allowed (an empty date, no number, no reference)
    required: bool = False  # text that may not be blank
    limit: int = txt.LINE
    multiline: bool = False
    low: int = INT_MIN
    high: int = INT_MAX
    choices: frozenset[str] | None = None
    pattern: re.Pattern[str] | None = None
    parent: str | None = None  # the table an "id" field points at

    @property
    def python_type(self) -> type:
        return int if self.kind == "int" else str


def _id(parent: str | None = None, null: bool = False) -> Field:
    return Field("id", null=null, required=True, limit=txt.ID, parent=parent)


def _text(limit: int = txt.LINE, *, required: bool = False, multiline: bool = False) -> Field:
    return Field("text", required=required, limit=limit, multiline=multiline)


def _int(low: int = INT_MIN, high: int = INT_MAX, *, null: bool = False) -> Field:
    return Field("int", null=null, low=low, high=high)


def _choice(*values: str) -> Field:
    return Field("text", choices=frozenset(values), limit=txt.CODE)


FLAG = _int(0, 1)
COUNT = _int(0)
POSITION = _int()
SEARCH = _text(txt.SEARCH)
DATE = Field("date")
DATE_OR_NONE = Field("date", null=True)

COMMON: dict[str, Field] = {
    "uuid": _id(),
    "owner_unit": _id(),
    "revision": _int(1),
    "updated_at": Field("second"),
    "deleted": FLAG,
}

TABLE_FIELDS: dict[str, dict[str, Field]] = {
    "lookups": {
        "list": _choice("doc_type", "level", "channel", "grade", "absence_reason"),
        "code": _text(txt.CODE),
        "name": _text(required=True),
        "extra": _text(),
        "position": POSITION,
    },
    "documents": {
        "type_code": _text(txt.CODE, required=True),
        "number": _int(0, null=True),
        "symbol": _text(txt.NAME, required=True),
        "level_code": _text(txt.CODE),
        "issuer": _text(),
        "issued_on": DATE_OR_NONE,
        "term": _text(txt.NAME),
        "title": _text(txt.TITLE, required=True),
        "summary": _text(txt.LONG, multiline=True),
        "search_text": SEARCH,
    },
    "attachments": {
        "document_uuid": _id("documents"),
        "file_name": _text(txt.FILE_NAME, required=True),
        "stored_name": Field("text", pattern=STORED_NAME),
        "sha256": Field("text", pattern=SHA256),
        "size": COUNT,
    },
    "chi_bo": {
        "name": _text(txt.NAME, required=True),
        "kind": _text(),
        "position": POSITION,
        "search_text": SEARCH,
    },
    "members": {
        "chi_bo_uuid": _id("chi_bo"),
        "full_name": _text(txt.NAME, required=True),
        "gender": _choice("", "Nam", "Nữ"),
        "birth_year": _int(FIRST_YEAR, LAST_YEAR, null=True),
        "joined_on": DATE_OR_NONE,
        "official": FLAG,
        "excused": FLAG,
        "status": _choice("active", "moved", "deceased"),
        "position_title": _text(),
        "search_text": SEARCH,
    },
    "participant_groups": {
        "name": _text(required=True),
        "headcount": COUNT,
    },
    "conferences": {
        "kind": _choice("hoc_tap", "quan_triet", "trien_khai", "so_ket", "tong_ket"),
        "format": _choice("truc_tiep", "truc_tuyen", "ket_hop"),
        "host_level": _text(),
        "title": _text(txt.TITLE, required=True),
        "starts_at": Field("minute"),
        "ends_at": Field("minute", null=True),
        "place": _text(),
        "chair_name": _text(txt.NAME),
        "chair_position": _text(),
        "secretary_name": _text(txt.NAME),
        "secretary_position": _text(),
        "content": _text(txt.LONG, multiline=True),
        "conclusion": _text(txt.LONG, multiline=True),
        "votes_for": _int(0, null=True),
        "votes_against": _int(0, null=True),
        "votes_other": _int(0, null=True),
        "status": _choice("draft", "final"),
        "reg_number": _int(1, null=True),
        "term": _text(txt.NAME),
        "copies": _int(1),
        "search_text": SEARCH,
    },
    "conference_documents": {
        "conference_uuid": _id("conferences"),
        "document_uuid": _id("documents"),
        "position": POSITION,
    },
    "presenters": {
        "conference_uuid": _id("conferences"),
        "name": _text(txt.NAME, required=True),
        "level": _text(),
        "position_title": _text(),
        "topic": _text(txt.TITLE),
        "position": POSITION,
    },
    "bridge_points": {
        "conference_uuid": _id("conferences"),
        "name": _text(required=True),
        "host_person": _text(txt.NAME),
        "attendees": COUNT,
        "position": POSITION,
    },
    "guests": {
        "conference_uuid": _id("conferences"),
        "name": _text(txt.NAME, required=True),
        "position_title": _text(),
        "position": POSITION,
    },
    "discussion": {
        "conference_uuid": _id("conferences"),
        "speaker": _text(txt.NAME, required=True),
        "speaker_position": _text(),
        "content": _text(txt.LONG, multiline=True),
        "position": POSITION,
    },
    "makeup_sessions": {
        "conference_uuid": _id("conferences"),
        "held_on": DATE,
        "place": _text(),
        "note": _text(txt.LONG, multiline=True),
    },
    "attendance": {
        "conference_uuid": _id("conferences"),
        "member_uuid": _id("members"),
        "status": _choice("present", "absent_reason", "absent_no_reason", "excused"),
        "reason": _text(),
        "makeup_uuid": _id("makeup_sessions", null=True),
    },
    "group_attendance": {
        "conference_uuid": _id("conferences"),
        "group_uuid": _id("participant_groups"),
        "present": COUNT,
    },
    "reflections": {
        "member_uuid": _id("members"),
        "document_uuid": _id("documents"),
        "submitted": FLAG,
        "submitted_on": DATE_OR_NONE,
        "grade": _text(),
    },
    "plans": {
        "document_uuid": _id("documents", null=True),
        "chi_bo_uuid": _id("chi_bo", null=True),
        "kind": _choice("CTr", "KH"),
        "number": _int(1, null=True),
        "term": _text(txt.NAME),
        "title": _text(txt.TITLE, required=True),
        "issued_on": DATE_OR_NONE,
        "purpose": _text(txt.LONG, multiline=True),
        "search_text": SEARCH,
    },
    "tasks": {
        "plan_uuid": _id("plans"),
        "content": _text(txt.LONG, required=True, multiline=True),
        "lead": _text(),
        "partners": _text(txt.TITLE),
        "deadline": DATE_OR_NONE,
        "output": _text(txt.TITLE, multiline=True),
        "status": _choice("not_started", "in_progress", "done"),
        "done_on": DATE_OR_NONE,
        "position": POSITION,
    },
    "task_progress": {
        "task_uuid": _id("tasks"),
        "noted_on": DATE,
        "note": _text(txt.LONG, required=True, multiline=True),
    },
    "outreach": {
        "held_on": DATE,
        "channel": _text(required=True),
        "document_uuid": _id("documents", null=True),
        "description": _text(txt.LONG, multiline=True),
        "quantity": COUNT,
        "measure": _text(),
        "reach": COUNT,
    },
}

# Every field of every table, the five common ones first (a package's record holds
# exactly these keys).
FIELDS: dict[str, dict[str, Field]] = {
    table: {**COMMON, **own} for table, own in TABLE_FIELDS.items()
}


def value_problem(spec: Field, value: Any) -> str | None:
    """Why ``value`` cannot be held by a field of ``spec``, in a few Vietnamese words."""
    if value is None:
        return None if spec.null else _("để trống, trường này bắt buộc")
    if spec.kind == "int":
        if type(value) is not int:
            return _("phải là số nguyên")
        if spec.low <= value <= spec.high:
            return None
        if (spec.low, spec.high) == (0, 1):
            return _("phải là 0 hoặc 1")
        if spec.high == INT_MAX:
            return _("là {value}, phải từ {low} trở lên").format(value=value, low=spec.low)
        return _(
            "là {value}, phải từ {low} đến {high}"
        ).format(value=value, low=spec.low, high=spec.high)
    if type(value) is not str:
        return _("phải là chữ")
    if spec.kind in ("date", "minute", "second"):
        problem = date_problem(value, spec.kind)
        return f"“{txt.shown(value)}” {problem}" if problem else None
    problem = txt.text_problem(value, limit=spec.limit, multiline=spec.multiline)
    if problem:
        return problem
    if spec.required and not value.strip():
        return _("để trống, trường này bắt buộc")
    if spec.choices is not None and value not in spec.choices:
        allowed = ", ".join(f"“{c}”" for c in sorted(spec.choices))
        return _(
            "“{value}” không phải một trong các giá trị {allowed}"
        ).format(value=txt.shown(value), allowed=allowed)
    if spec.pattern is not None and not spec.pattern.match(value):
        return _("“{value}” không đúng dạng").format(value=txt.shown(value))
    return None


def rule_text(spec: Field) -> str:
    """The rule of a field in a few English words, as docs/package-format.md lists it
    (``tests/test_usb_docs.py`` keeps the document equal to these rules)."""
    empty = "or null" if spec.null else ""
    if spec.kind == "int":
        if (spec.low, spec.high) == (0, 1):
            words = "0 or 1"
        elif spec.low == INT_MIN:
            words = "integer"
        elif spec.high == INT_MAX:
            words = f"integer ≥ {spec.low}"
        else:
            words = f"integer {spec.low}–{spec.high}"
    elif spec.kind in ("date", "minute", "second"):
        words = {"date": "date `YYYY-MM-DD`", "minute": "moment `YYYY-MM-DDTHH:MM`",
                 "second": "moment `YYYY-MM-DDTHH:MM:SS`"}[spec.kind]
    elif spec.kind == "id":
        words = f"id → `{spec.parent}`" if spec.parent else "id"
    elif spec.choices is not None:
        words = "one of " + ", ".join(f"`{c}`" if c else '`""`' for c in sorted(spec.choices))
    elif spec.pattern is not None:
        words = "text of the form given above"
    else:
        words = f"{'multi-line' if spec.multiline else 'one-line'} text ≤ {spec.limit:,}"
        if spec.required:
            words += ", not blank"
    return f"{words} {empty}".strip()


def rules_line(table: str) -> str:
    """One Markdown bullet listing a table's own fields and their rules."""
    fields = "; ".join(f"`{name}` {rule_text(spec)}" for name, spec in TABLE_FIELDS[table].items())
    return f"- **`{table}`**: {fields}."
