"""A whole package against the record rules and the register, before anything is
written: every record of every table, its fields, the rules between its fields,
what it points at, and the register's uniqueness rules as they would stand after
the import (so that a dry run that says yes means the import succeeds).

``package_problems`` needs only the package and reads the register for what the
package points at; ``merge_problems`` is given the records the import would write
(``models.import_plan.plan_import`` knows which) and checks them against what the
register keeps. A package holds hundreds of thousands of values, so each field is
first screened for a whole table at once (sets, min/max, one search over the joined
text); only a field that fails the screen is gone through record by record, to name
the records.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from models.i18n import N_, _
from models.register import Register
from models.rules import text as txt
from models.rules.fields import FIELDS, Field, value_problem
from models.rules.labels import table_label
from models.rules.problems import Problem, record_title
from models.rules.records import (
    between_fields,
    deadline_problem,
    makeup_date_problem,
    votes_problem,
)
from models.rules.values import date_problem
from models.schema import TRAVEL_TABLES

Payload = Mapping[str, Sequence[Any]]
CHUNK = 500
# Tables of the upper level's catalogue that a unit's records may point at (the
# documents it studies, the conferences it follows).
SHARED_PARENTS = frozenset({"documents", "conferences"})
_BETWEEN = frozenset({"conferences", "tasks", "attendance", "reflections"})
# One-line text is screened joined by line feeds: the search skips that one character,
# and the joined text must hold exactly the line feeds put between the values.
_REFUSED_ONE_LINE_JOINABLE = re.compile(txt.REFUSED_ONE_LINE.pattern.replace("\n", ""))


def column_sound(spec: Field, values: list[Any]) -> bool:
    """Whether every value of a field passes, found with whole-column operations.
    Never ``True`` for a column in which ``value_problem`` refuses a value."""
    allowed: set[type] = {spec.python_type}
    if spec.null:
        allowed.add(type(None))
    if not set(map(type, values)) <= allowed:
        return False
    present = [v for v in values if v is not None] if spec.null else values
    if not present:
        return True
    if spec.kind == "int":
        return spec.low <= min(present) and max(present) <= spec.high
    distinct = set(present)
    if spec.kind in ("date", "minute", "second"):
        return all(date_problem(v, spec.kind) is None for v in distinct)
    if max(map(len, distinct)) > spec.limit:
        return False
    joined = "\n".join(distinct)
    if spec.multiline:
        if txt.REFUSED_MULTILINE.search(joined):
            return False
    elif _REFUSED_ONE_LINE_JOINABLE.search(joined) or joined.count("\n") != len(distinct) - 1:
        return False
    if spec.required and not all(map(str.strip, distinct)):
        return False
    if spec.choices is not None and not distinct <= spec.choices:
        return False
    return spec.pattern is None or all(map(spec.pattern.match, distinct))


class _Table:
    """One table of the package as the checks go through it."""

    def __init__(self, name: str, rows: Sequence[Any]):
        self.name = name
        self.rows = rows
        self.sound: list[int] = []  # indexes of records whose every field passed

    def problem(self, index: int, message: str, field: str | None = None) -> Problem:
        row = self.rows[index]
        is_dict = isinstance(row, dict)
        uid = row.get("uuid") if is_dict else None
        return Problem(
            self.name, message, field, index + 1, uid if isinstance(uid, str) else None,
            record_title(row) if is_dict else "",
        )


def _fields_and_keys(table: _Table, problems: list[Problem]) -> None:
    spec = FIELDS[table.name]
    expected = set(spec)
    keyed: list[int] = []
    for index, row in enumerate(table.rows):
        if type(row) is dict and row.keys() == expected:
            keyed.append(index)
            continue
        if not isinstance(row, dict):
            problems.append(table.problem(index, _("không phải một bản ghi (đối tượng JSON)")))
            continue
        missing = sorted(expected - set(row))
        extra = sorted(set(row) - expected)
        words = []
        if missing:
            words.append(_("thiếu trường ") + ", ".join(missing))
        if extra:
            words.append(_("thừa trường ") + ", ".join(txt.shown(e, 40) for e in extra))
        problems.append(table.problem(index, "; ".join(words)))
    refused: set[int] = set()
    every_row = len(keyed) == len(table.rows)
    for name, rule in spec.items():
        values = (list(map(itemgetter(name), table.rows)) if every_row
                  else [table.rows[i][name] for i in keyed])
        if column_sound(rule, values):
            continue
        for index in keyed:
            message = value_problem(rule, table.rows[index][name])
            if message:
                problems.append(table.problem(index, message, name))
                refused.add(index)
    table.sound = [i for i in keyed if i not in refused]


def _owners_and_ids(table: _Table, allowed_owners: set[str], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for index in table.sound:
        row = table.rows[index]
        if row["owner_unit"] not in allowed_owners:
            problems.append(table.problem(
                index, _("bản ghi không thuộc đơn vị gửi gói"), "owner_unit"))
        if row["uuid"] in seen:
            problems.append(table.problem(index, _("mã bị trùng trong gói"), "uuid"))
        seen.add(row["uuid"])


def _register_rows(db: Register, table: str, column: str, values: Iterable[str],
                   names: Sequence[str]) -> list[tuple]:
    """Rows of ``table`` whose ``column`` is one of ``values`` (``names`` selected)."""
    values = sorted(values)
    found: list[tuple] = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        marks = ", ".join("?" for _ignored in chunk)
        found.extend(db.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE {column} IN ({marks})", chunk
        ).fetchall())
    return found


# Parents read through their owner's index first when a package points at many: a
# month's attendance names each of a commune's 2,500 members, and one probe of the uuid
# index a member read a page of it each (33 ms a package at a province, against 4 ms
# for the owner's members read in order). Only tables with an index on the owner.
_BY_OWNER = frozenset({"members"})
_BY_OWNER_FROM = 256


class _Parents:
    """What a record points at: the package's records first, then the register's."""

    def __init__(self, db: Register, tables: dict[str, _Table], owners: set[str]):
        self.db = db
        self.tables = tables
        self.owners = owners
        self.cache: dict[tuple[str, str], dict[str, tuple]] = {}

    def values(self, table: str, uuids: set[str], names: tuple[str, ...]) -> dict[str, tuple]:
        """uuid → (owner_unit, *names) for the records found in the package or register."""
        key = (table, ",".join(names))
        known = self.cache.setdefault(key, {})
        if not known and table in self.tables:
            for row in self.tables[table].rows:
                if isinstance(row, dict) and isinstance(row.get("uuid"), str):
                    known[row["uuid"]] = (row.get("owner_unit"), *(row.get(n) for n in names))
        wanted = {u for u in uuids if u not in known}
        if len(wanted) >= _BY_OWNER_FROM and table in _BY_OWNER and self.owners:
            for uid, *rest in _register_rows(self.db, table, "owner_unit", self.owners,
                                             ("uuid", "owner_unit", *names)):
                known.setdefault(uid, tuple(rest))
            wanted = {u for u in wanted if u not in known}
        if wanted:
            for uid, *rest in _register_rows(self.db, table, "uuid", wanted,
                                             ("uuid", "owner_unit", *names)):
                known[uid] = tuple(rest)
        return known


def _references(tables: dict[str, _Table], parents: _Parents, allowed_owners: set[str],
                shared_owners: set[str], problems: list[Problem]) -> None:
    for name, table in tables.items():
        for column, rule in FIELDS[name].items():
            if rule.parent is None or not table.sound:
                continue
            wanted = {table.rows[i][column] for i in table.sound} - {None}
            found = parents.values(rule.parent, wanted, ())
            owners = allowed_owners | (shared_owners if rule.parent in SHARED_PARENTS else set())
            # A parent whose own owner field is broken is reported for itself, not here.
            bad = {u for u in wanted if u not in found
                   or (isinstance(found[u][0], str) and found[u][0] not in owners)}
            if not bad:
                continue
            parent = table_label(rule.parent)
            for index in table.sound:
                value = table.rows[index][column]
                if value not in bad:
                    continue
                if value not in found:
                    message = _(
                        "trỏ tới {parent} không có trong gói lẫn trong sổ ({value})"
                    ).format(parent=parent, value=value)
                else:
                    message = _(
                        "trỏ tới {parent} của đơn vị khác ({value})"
                    ).format(parent=parent, value=value)
                problems.append(table.problem(index, message, column))


def _between_records(tables: dict[str, _Table], parents: _Parents,
                     problems: list[Problem]) -> None:
    tasks = tables.get("tasks")
    if tasks and tasks.sound:
        plans = parents.values(
            "plans", {tasks.rows[i]["plan_uuid"] for i in tasks.sound}, ("issued_on",))
        for index in tasks.sound:
            row = tasks.rows[index]
            plan = plans.get(row["plan_uuid"])
            message = deadline_problem(row["deadline"], plan[1]) if plan else None
            if message:
                problems.append(tasks.problem(index, message, "deadline"))
    sessions = tables.get("makeup_sessions")
    if sessions and sessions.sound:
        conferences = parents.values(
            "conferences", {sessions.rows[i]["conference_uuid"] for i in sessions.sound},
            ("starts_at",))
        for index in sessions.sound:
            row = sessions.rows[index]
            conference = conferences.get(row["conference_uuid"])
            message = makeup_date_problem(row["held_on"], conference[1]) if conference else None
            if message:
                problems.append(sessions.problem(index, message, "held_on"))
    attendance = tables.get("attendance")
    if attendance and attendance.sound:
        linked = [i for i in attendance.sound if attendance.rows[i]["makeup_uuid"] is not None]
        held = parents.values(
            "makeup_sessions", {attendance.rows[i]["makeup_uuid"] for i in linked},
            ("conference_uuid",))
        for index in linked:
            row = attendance.rows[index]
            session = held.get(row["makeup_uuid"])
            if session and session[1] != row["conference_uuid"]:
                problems.append(attendance.problem(
                    index, _("buổi học bù ghi ở đây thuộc một hội nghị khác"), "makeup_uuid"))
    _votes(tables, parents.db, problems)


def _effective(db: Register, tables: dict[str, _Table], table: str, conference_uuids: set[str],
               names: tuple[str, ...]) -> list[dict[str, Any]]:
    """The rows under these conferences as they would stand after the import: the
    register's, each replaced by the package's copy when the package holds one."""
    columns = ("uuid", "owner_unit", "deleted", "conference_uuid", *names)
    rows = {r[0]: dict(zip(columns, r, strict=True))
            for r in _register_rows(db, table, "conference_uuid", conference_uuids, columns)}
    if table in tables:
        for index in tables[table].sound:
            row = tables[table].rows[index]
            if row["conference_uuid"] in conference_uuids:
                rows[row["uuid"]] = row
    return [r for r in rows.values() if not r["deleted"]]


def _votes(tables: dict[str, _Table], db: Register, problems: list[Problem]) -> None:
    conferences = tables.get("conferences")
    if not conferences:
        return
    voted = {
        conferences.rows[i]["uuid"]: i for i in conferences.sound
        if not conferences.rows[i]["deleted"] and any(
            conferences.rows[i][v] for v in ("votes_for", "votes_against", "votes_other"))
    }
    if not voted:
        return
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    owner_of = {uid: conferences.rows[i]["owner_unit"] for uid, i in voted.items()}
    # Only the conference owner's own lines: the people its editor counted.
    for row in _effective(db, tables, "attendance", set(voted), ("status",)):
        if row["status"] == "present" and row["owner_unit"] == owner_of[row["conference_uuid"]]:
            counts[row["conference_uuid"]][0] += 1
    for row in _effective(db, tables, "guests", set(voted), ()):
        if row["owner_unit"] == owner_of[row["conference_uuid"]]:
            counts[row["conference_uuid"]][1] += 1
    for row in _effective(db, tables, "bridge_points", set(voted), ("attendees",)):
        if row["owner_unit"] == owner_of[row["conference_uuid"]]:
            counts[row["conference_uuid"]][2] += row["attendees"]
    for uid, index in voted.items():
        row = conferences.rows[index]
        message = votes_problem(
            [row["votes_for"], row["votes_against"], row["votes_other"]], *counts[uid])
        if message:
            problems.append(conferences.problem(index, message, "votes_for"))


def package_problems(
    db: Register, payload: Payload, allowed_owners: set[str],
    shared_owners: Iterable[str] = (),
) -> list[Problem]:
    """Every problem with the records of a package, in the order a clerk reads them
    (tables parents first, records in package order); empty when it may be imported.

    ``allowed_owners`` may own the package's records; records of ``shared_owners``
    (the upper level's catalogue, at the upper level) may be pointed at as documents
    and conferences.
    """
    problems: list[Problem] = []
    known = set(TRAVEL_TABLES)
    for name in payload:
        if name not in known:
            problems.append(Problem(name, _(
                "Gói có loại dữ liệu lạ “{name}”."
            ).format(name=txt.shown(name))))
    tables: dict[str, _Table] = {}
    for name in TRAVEL_TABLES:
        rows = payload.get(name)
        if rows is None:
            continue
        if not isinstance(rows, list):
            problems.append(Problem(name, _("không đúng dạng (phải là một danh sách bản ghi).")))
            continue
        table = tables[name] = _Table(name, rows)
        _fields_and_keys(table, problems)
        _owners_and_ids(table, allowed_owners, problems)
        if name in _BETWEEN:
            refused: set[int] = set()
            for index in table.sound:
                for field, message in between_fields(name, table.rows[index]):
                    problems.append(table.problem(index, message, field))
                    refused.add(index)
            if refused:
                table.sound = [i for i in table.sound if i not in refused]
    parents = _Parents(db, tables, set(allowed_owners))
    _references(tables, parents, allowed_owners, set(shared_owners), problems)
    _between_records(tables, parents, problems)
    order = {name: i for i, name in enumerate(TRAVEL_TABLES)}
    problems.sort(key=lambda p: (order.get(p.table, -1), p.index or 0))
    return problems


# --- uniqueness after the merge ---------------------------------------------------------

# The register's unique indexes on live records (models.schema): table, key columns
# (a record with a null in them is exempt; the register's live records are looked up
# by their whole key, through that unique index), and what a clash is called.
UNIQUE_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("documents", ("owner_unit", "symbol", "term"),
     N_("số, ký hiệu “{symbol}” đã dùng cho văn bản khác cùng nhiệm kỳ “{term}”")),
    ("conferences", ("owner_unit", "term", "reg_number"),
     N_("số biên bản {reg_number} đã dùng cho hội nghị khác cùng nhiệm kỳ “{term}”")),
    ("attendance", ("member_uuid", "conference_uuid"),
     N_("đảng viên này đã có một dòng điểm danh khác ở cùng hội nghị")),
    ("reflections", ("member_uuid", "document_uuid"),
     N_("đảng viên này đã có một bài thu hoạch khác về cùng văn bản")),
    ("plans", ("owner_unit", "term", "kind", "number"),
     N_("số {number}-{kind} đã dùng cho chương trình, kế hoạch khác cùng nhiệm kỳ “{term}”")),
)
_UNIQUE_FIELD = {"documents": "symbol", "conferences": "reg_number", "attendance": "member_uuid",
                 "reflections": "document_uuid", "plans": "number"}


def _live_holders(db: Register, table: str, keys: Sequence[str],
                  wanted: Iterable[tuple]) -> list[tuple]:
    """(uuid, *keys) of the register's live rows of ``table`` whose key is one of
    ``wanted``: one probe of the table's unique index per key, not every row sharing
    a key's first column (a month's attendance at a province would read each
    member's whole year)."""
    wanted = list(wanted)
    width = len(keys)
    step = max(1, CHUNK // width)
    pairs = " AND ".join(f"t.{k} = p.k{i}" for i, k in enumerate(keys))
    found: list[tuple] = []
    for start in range(0, len(wanted), step):
        chunk = wanted[start : start + step]
        rows = ", ".join("(" + ", ".join("?" * width) + ")" for _ignored in chunk)
        found.extend(db.execute(
            f"WITH p({', '.join(f'k{i}' for i in range(width))}) AS (VALUES {rows}) "
            f"SELECT t.uuid, {', '.join(f't.{k}' for k in keys)} FROM p CROSS JOIN {table} t "
            f"ON {pairs} WHERE t.deleted = 0",
            [value for key in chunk for value in key],
        ).fetchall())
    return found


# A key can be held only where its register has a live row with this column's value:
# a month's new conference has no attendance yet, so its 2,500 lines need no probe.
_HELD_ONLY_WITH = {"attendance": "conference_uuid"}


def _possibly_held(db: Register, table: str, keys: Sequence[str],
                   wanted: set[tuple]) -> set[tuple]:
    """``wanted`` without the keys whose ``_HELD_ONLY_WITH`` value no live row has."""
    column = _HELD_ONLY_WITH.get(table)
    if column is None or not wanted:
        return wanted
    at = keys.index(column)
    values = sorted({key[at] for key in wanted})
    present = {value for (value,) in db.execute(
        f"SELECT p.value FROM json_each(?) p WHERE EXISTS (SELECT 1 FROM {table} t "
        f"WHERE t.{column} = p.value AND t.deleted = 0)", [json.dumps(values)])}
    return {key for key in wanted if key[at] in present}


def merge_problems(db: Register, payload: Payload,
                   written: Mapping[str, Sequence[dict[str, Any]]]) -> list[Problem]:
    """The register's uniqueness rules on live records, as they would stand once the
    records ``written`` (the ones the import writes: new, or newer than the register's
    copy) replace the register's copies. Reads only."""
    problems: list[Problem] = []
    for table, keys, wording in UNIQUE_RULES:
        rows = [r for r in written.get(table, ()) if not r["deleted"]]
        if not rows:
            continue
        replaced = {r["uuid"] for r in written.get(table, ())}
        complete = [key for key in map(itemgetter(*keys), rows) if None not in key]
        distinct = set(complete)
        taken: dict[tuple, str] = {}
        for uid, *values in _live_holders(db, table, keys,
                                          _possibly_held(db, table, keys, distinct)):
            if uid not in replaced:
                taken[tuple(values)] = uid
        if not taken and len(distinct) == len(complete):
            continue  # no key held in the register, none twice in the package
        index_of = {r.get("uuid"): i for i, r in enumerate(payload.get(table, ()))
                    if isinstance(r, dict)}
        source = _Table(table, payload.get(table, []))
        for row in sorted(rows, key=lambda r: index_of.get(r["uuid"], 0)):
            key = tuple(row[k] for k in keys)
            if None in key:
                continue
            if key in taken:
                message = _(wording).format(**{k: txt.shown(row[k], 40) for k in keys})
                index = index_of.get(row["uuid"])
                problems.append(
                    source.problem(index, message, _UNIQUE_FIELD[table]) if index is not None
                    else Problem(table, message, _UNIQUE_FIELD[table], uuid=row["uuid"]))
            else:
                taken[key] = row["uuid"]
    return problems
