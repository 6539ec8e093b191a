"""What the Đồng bộ USB page reads about the exchange, worded for a clerk.

The exchange itself is ``models.exchange_snapshot``, ``models.import_plan``,
``models.exchange_conflicts``, ``models.exchange_units`` and ``models.exchange_log``
(records) and ``sync`` (files and keys); this module only reads: when this office
last sent a package (for the overview's monthly reminder), and a held conflict
shown field by field with names and dates instead of codes and ids.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from models.attendance import STATUSES as ATTENDANCE_STATUSES
from models.conferences import FORMATS, KINDS, PRESENTER_LEVELS
from models.conferences import STATUSES as CONFERENCE_STATUSES
from models.exchange_conflicts import Conflict
from models.exchange_snapshot import columns_of, references_of
from models.exchange_units import get_unit
from models.i18n import N_, _
from models.organisation import MEMBER_STATUSES
from models.plans import PLAN_KINDS, TASK_STATUSES
from models.register import Register
from models.rules.labels import FIELD_LABELS
from models.settings import get_settings
from models.store import TABLE_LABELS
from models.vntext import show_date, show_datetime, show_int

# --- the monthly reminder ----------------------------------------------------


def last_package_sent(db: Register) -> dt.datetime | None:
    """When this office last wrote a package of its own records for its upper level
    (this PC's clock, as logged)."""
    row = db.execute(
        "SELECT exported_at FROM export_log WHERE kind = 'unit' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    try:
        return dt.datetime.fromisoformat(row[0])
    except ValueError:
        return None


def package_reminder(db: Register, today: dt.date) -> str | None:
    """"Tháng 3/2025 chưa gửi gói dữ liệu lên cấp trên…", or ``None``.

    Only a unit that has its upper level's setup file is reminded: a register used
    on its own, never set up for the exchange, has nobody to send to. A package
    dated in a later month than ``today`` (the clock was put back) counts as sent.
    """
    settings = get_settings(db)
    if settings.role != "unit" or not settings.upper_unit_uuid:
        return None
    last = last_package_sent(db)
    if last is not None and (last.year, last.month) >= (today.year, today.month):
        return None
    when = (
        _("lần gửi gần nhất: {date}").format(date=show_date(last.date())) if last
        else _("chưa gửi lần nào")
    )
    return _("Tháng {month}/{year} chưa gửi gói dữ liệu lên cấp trên ({when}).").format(
        month=today.month, year=today.year, when=when
    )


# --- conflicts, field by field ------------------------------------------------


# Bookkeeping the clerk never chose: ids, the owner, the revision, the folded search
# text (it follows the other fields) and the owner's clock.
HIDDEN_FIELDS = frozenset(
    {"uuid", "owner_unit", "revision", "updated_at", "search_text"}
)
FLAG_FIELDS = frozenset({"deleted", "official", "excused", "submitted"})
DATE_FIELDS = frozenset(
    {"issued_on", "joined_on", "held_on", "submitted_on", "deadline", "done_on", "noted_on"}
)
MOMENT_FIELDS = frozenset({"starts_at", "ends_at"})
CHOICES: dict[tuple[str, str], dict[str, str]] = {
    ("attendance", "status"): ATTENDANCE_STATUSES,
    ("conferences", "kind"): KINDS,
    ("conferences", "format"): FORMATS,
    ("conferences", "status"): CONFERENCE_STATUSES,
    ("presenters", "level"): PRESENTER_LEVELS,
    ("members", "status"): MEMBER_STATUSES,
    ("plans", "kind"): PLAN_KINDS,
    ("tasks", "status"): TASK_STATUSES,
}
# The field that names a record, in the order tried.
NAMING_FIELDS = (
    "full_name", "symbol", "title", "name", "speaker", "file_name", "content", "description",
    "note",
)
EMPTY = N_("(để trống)")


@dataclass(frozen=True)
class FieldDifference:
    field: str
    label: str
    here: str  # as the register holds it, worded for a person
    incoming: str  # as the package holds it


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str  # "đảng viên", "hội nghị"…
    title: str  # what the record is: a name, a title, a symbol
    owner: str  # the office that owns it (its name)
    detected_at: str  # shown as 08:00 05/03/2025
    differences: list[FieldDifference]


def record_title(db: Register, table: str, row: dict[str, Any]) -> str:
    """A few words naming a record: a member's name, a document's symbol, a
    conference's title; for a record without a name of its own (an attendance
    line), the names of what it points at."""
    for name in NAMING_FIELDS:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            text = value.strip()
            if name == "symbol" and row.get("title"):
                text = f"{text} — {row['title']}"
            return text if len(text) <= 120 else text[:117] + "…"
    parts = [
        _referenced_title(db, parent, row.get(column))
        for column, parent in references_of(db, table)
        if row.get(column)
    ]
    return " — ".join(p for p in parts if p) or TABLE_LABELS.get(table, table)


def _referenced_title(db: Register, table: str, uuid: Any) -> str:
    if not isinstance(uuid, str):
        return ""
    cursor = db.execute(f"SELECT * FROM {table} WHERE uuid = ?", [uuid])
    found = cursor.fetchone()
    if found is None:
        return _("(không có trong sổ: {uuid})").format(uuid=uuid)
    row = dict(zip([d[0] for d in cursor.description], found, strict=True))
    return record_title(db, table, row)


def value_text(db: Register, table: str, field: str, value: Any) -> str:
    """A stored value as a person reads it: names for references, dates in the
    Vietnamese style, labels for coded choices."""
    if value is None or value == "":
        return _(EMPTY)
    if field in FLAG_FIELDS:
        return _("Có") if value else _("Không")
    parents = dict(references_of(db, table))
    if field in parents:
        return _referenced_title(db, parents[field], value)
    choices = CHOICES.get((table, field))
    if choices is not None:
        return choices.get(str(value), str(value))
    try:
        if field in DATE_FIELDS:
            return show_date(str(value))
        if field in MOMENT_FIELDS:
            return show_datetime(str(value))
    except ValueError:
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and field != "birth_year":
        return show_int(value)
    return str(value)


def conflict_view(db: Register, conflict: Conflict) -> ConflictView:
    """A held conflict as the dialog shows it: each field a person can tell apart,
    in the order the record's form has them."""
    order = {c.name: i for i, c in enumerate(columns_of(db, conflict.table))}
    differences = [
        FieldDifference(
            field=name,
            label=FIELD_LABELS.get(name, name),
            here=value_text(db, conflict.table, name, here),
            incoming=value_text(db, conflict.table, name, incoming),
        )
        for name, here, incoming in sorted(
            conflict.differences(), key=lambda d: order.get(d[0], len(order))
        )
        if name not in HIDDEN_FIELDS
    ]
    row = conflict.local or conflict.incoming
    try:
        detected = show_datetime(conflict.detected_at)
    except ValueError:
        detected = conflict.detected_at
    owner = get_unit(db, str(row.get("owner_unit", "")))
    return ConflictView(
        id=conflict.id,
        kind=TABLE_LABELS.get(conflict.table, conflict.table),
        title=record_title(db, conflict.table, row),
        owner=owner.name if owner else str(row.get("owner_unit", "")),
        detected_at=detected,
        differences=differences,
    )
