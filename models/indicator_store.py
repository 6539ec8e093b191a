"""The indicators' figures kept per owner, so that a province's register answers in
well under a second whatever its size.

For every owner (a unit, or this office) whose records are in the register:

- ``stat_unit_conf``: per conference it has attendance or counted groups at, its
  live attendance rows, members present (live members only), non-members counted,
  and members absent without a make-up session;
- ``stat_unit_doc``: per document studied at its conferences, the members who should
  have studied it, who did, who are excused, the reflections expected and handed in
  and their grades, the members present; with the set of conferences those figures
  come from and the last make-up day they rely on;
- ``stat_unit``: members present at any conference (and at which), and how many of
  its rows point at another owner's member, make-up session or reflection (then its
  figures cannot be added to others', and the indicators are worked out from the rows).

Triggers mark an owner in ``stat_dirty`` on any change to the rows these figures
come from; ``refresh`` makes the marked owners' figures again (the import does it in
its own transaction). The conferences' own fields (deleted, day, documents studied)
are never stored here: they are read at the time of asking, and a stored figure is
used only when the conferences it came from are exactly those the question counts.
When they are not (a period that cuts through a document's conferences, a make-up
session after the period's end), ``models.indicators`` works the figures out from the
rows, as it always did: the numbers are the same either way.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from models.cipher import sqlite  # the DB-API whose errors the register raises


def dirty_owners(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT owner_unit FROM stat_dirty")]


def refresh(db: Database) -> bool:
    """Make the figures of every marked owner fresh; ``False`` when the register
    cannot be written now (read-only, or another writer holds it too long): the
    caller then works from the rows."""
    owners = dirty_owners(db)
    if not owners:
        return True
    try:
        with db.atomic():
            for owner in owners:
                refresh_owner(db, owner)
    except sqlite.OperationalError:
        return False
    return True


def refresh_owner(db: Database, owner: str) -> None:
    """Work out one owner's figures from its rows; call inside ``atomic``.

    One scan of the owner's attendance through its covering index, its members,
    conferences, make-up sessions and reflections read once into memory, and the
    figures added up here: no lookup per attendance row in SQL.
    """
    for table in ("stat_unit", "stat_unit_conf", "stat_unit_doc"):
        db.execute(f"DELETE FROM {table} WHERE owner_unit = ?", [owner])
    attendance = db.execute(
        "SELECT conference_uuid, member_uuid, status, makeup_uuid FROM attendance "
        "WHERE owner_unit = ? AND deleted = 0",
        [owner],
    ).fetchall()
    # member -> live; only the owner's own (another owner's member makes the owner's
    # figures not addable to others', see ``foreign``).
    members = {
        uuid: deleted == 0
        for uuid, deleted in db.execute(
            "SELECT uuid, deleted FROM members WHERE owner_unit = ?", [owner])
    }
    conf_uuids = sorted({r[0] for r in attendance})
    years = {
        uuid: starts[:4] if deleted == 0 else None
        for uuid, starts, deleted in db.execute(
            "SELECT uuid, starts_at, deleted FROM conferences "
            "WHERE uuid IN (SELECT value FROM json_each(?))", [json.dumps(conf_uuids)])
    }
    sessions = {  # make-up session -> (day when live, its owner)
        uuid: (held if deleted == 0 else None, session_owner)
        for uuid, held, deleted, session_owner in db.execute(
            "SELECT uuid, held_on, deleted, owner_unit FROM makeup_sessions "
            "WHERE uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted({r[3] for r in attendance if r[3]}))])
    }
    links: dict[str, set[str]] = defaultdict(set)
    for conf, doc in db.execute(
        "SELECT conference_uuid, document_uuid FROM conference_documents WHERE deleted = 0 "
        "AND conference_uuid IN (SELECT value FROM json_each(?))",
        [json.dumps([c for c in conf_uuids if years.get(c)])],
    ):
        links[conf].add(doc)
    per_conf: dict[str, list[int]] = {}
    for conf, present in db.execute(
        "SELECT conference_uuid, COALESCE(SUM(present), 0) FROM group_attendance "
        "WHERE owner_unit = ? AND deleted = 0 GROUP BY conference_uuid", [owner]
    ):
        per_conf[conf] = [0, 0, present, 0]
    foreign = 0
    present_confs: dict[str, set[str]] = defaultdict(set)
    present_members: dict[str, set[str]] = defaultdict(set)
    doc_confs: dict[tuple[str, str], set[str]] = defaultdict(set)
    # (year, document, member) -> [excused everywhere, studied, present, last make-up]
    cells: dict[tuple[str, str, str], list] = {}
    for conf, member, status, makeup in attendance:
        counts = per_conf.get(conf)
        if counts is None:
            counts = per_conf[conf] = [0, 0, 0, 0]
        counts[0] += 1
        live = members.get(member)
        if live is None:
            foreign += 1
            live = _live_elsewhere(db, member)
        held = None
        if makeup:
            held, session_owner = sessions.get(makeup, (None, owner))
            if session_owner != owner:
                foreign += 1
        present = status == "present"
        if live:
            counts[1] += present
            counts[3] += makeup is None and status in ("absent_reason", "absent_no_reason")
        year = years.get(conf)
        if year is None:
            continue
        if live and present:
            present_confs[year].add(conf)
            present_members[year].add(member)
        for doc in links.get(conf, ()):
            doc_confs[year, doc].add(conf)
            if not live:
                continue
            key = (year, doc, member)
            cell = cells.get(key)
            if cell is None:
                cells[key] = [status == "excused", present or held is not None, present, held]
            else:
                cell[0] = cell[0] and status == "excused"
                cell[1] = cell[1] or present or held is not None
                cell[2] = cell[2] or present
                if held is not None and (cell[3] is None or held > cell[3]):
                    cell[3] = held
    db.conn.executemany(
        "INSERT INTO stat_unit_conf (owner_unit, conference_uuid, attendance_rows, present, "
        "group_present, missing_makeup) VALUES (?, ?, ?, ?, ?, ?)",
        [[owner, conf, *counts] for conf, counts in per_conf.items()],
    )
    reflections: dict[tuple[str, str], tuple[int, str]] = {}
    for member, doc, submitted, grade, reflection_owner in db.execute(
        "SELECT member_uuid, document_uuid, submitted, grade, owner_unit FROM reflections "
        "WHERE deleted = 0 AND member_uuid IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted({k[2] for k in cells}))],
    ):
        reflections[member, doc] = (submitted, grade)
        foreign += reflection_owner != owner
    _store_present(db, owner, foreign, present_confs, present_members)
    _store_documents(db, owner, cells, doc_confs, reflections)
    db.execute("DELETE FROM stat_dirty WHERE owner_unit = ?", [owner])


def _live_elsewhere(db: Database, member: str) -> bool:
    row = db.execute("SELECT deleted FROM members WHERE uuid = ?", [member]).fetchone()
    return row is not None and row[0] == 0


def _store_present(
    db: Database, owner: str, foreign: int, confs: dict[str, set[str]],
    members: dict[str, set[str]],
) -> None:
    """Members present at the owner's live conferences, over every year and per year,
    with the conferences they were present at."""
    every_conf = set().union(*confs.values()) if confs else set()
    every_member = set().union(*members.values()) if members else set()
    rows = [[owner, "", foreign, json.dumps(sorted(every_conf)), len(every_member)]]
    rows += [[owner, year, foreign, json.dumps(sorted(c)), len(members[year])]
             for year, c in confs.items()]
    db.conn.executemany(
        "INSERT INTO stat_unit (owner_unit, period, foreign_rows, present_conferences, "
        "present_members) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def _merged(cells: list[list]) -> list:
    """A member's cells of several years, as one over every year."""
    held = [c[3] for c in cells if c[3] is not None]
    return [all(c[0] for c in cells), any(c[1] for c in cells), any(c[2] for c in cells),
            max(held) if held else None]


def _store_documents(
    db: Database, owner: str, cells: dict[tuple[str, str, str], list],
    doc_confs: dict[tuple[str, str], set[str]],
    reflections: dict[tuple[str, str], tuple[int, str]],
) -> None:
    """Per document, over every year and per year: the study figures of
    ``models.indicators`` with no period end, and the conferences they come from."""
    confs = dict(doc_confs)
    years_of: dict[str, set[str]] = defaultdict(set)
    for year, doc in doc_confs:
        years_of[doc].add(year)
        confs.setdefault(("", doc), set()).update(doc_confs[year, doc])
    by_member: dict[tuple[str, str], list[list]] = defaultdict(list)
    figures: dict[tuple[str, str], list] = {}

    def add(period: str, doc: str, member: str, cell: list) -> None:
        excused, studied, present, held = cell
        row = figures.get((period, doc))
        if row is None:
            row = figures[period, doc] = [0, 0, 0, 0, 0, 0, {}, None, 0]
        row[0] += 1
        if excused:
            row[3] += 1
        else:
            row[1] += 1
            if studied:
                row[2] += 1
                row[4] += 1
                submitted, grade = reflections.get((member, doc), (0, ""))
                row[5] += submitted
                if submitted == 1 and grade != "":
                    row[6][grade] = row[6].get(grade, 0) + 1
        if held is not None and (row[7] is None or held > row[7]):
            row[7] = held
        row[8] += present

    for (year, doc, member), cell in cells.items():
        add(year, doc, member, cell)
        if len(years_of[doc]) > 1:
            by_member[doc, member].append(cell)
    for (doc, member), several in by_member.items():
        add("", doc, member, _merged(several))
    # A document studied in one year only: its figures over every year are that year's.
    for doc, years in years_of.items():
        if len(years) == 1:
            row = figures.get((next(iter(years)), doc))
            if row is not None:
                figures["", doc] = [*row[:6], dict(row[6]), *row[7:]]
    values = []
    for (period, doc), conferences in confs.items():
        members, eligible, studied, excused, expected, submitted, grades, last, present = (
            figures.get((period, doc), [0, 0, 0, 0, 0, 0, {}, None, 0]))
        values.append([owner, doc, period, json.dumps(sorted(conferences)), members, eligible,
                       studied, excused, expected, submitted,
                       json.dumps(grades, ensure_ascii=False), last, present])
    db.conn.executemany(
        "INSERT INTO stat_unit_doc (owner_unit, document_uuid, period, conferences, "
        "member_rows, eligible, studied, excused, expected, submitted, grades, last_makeup, "
        "present_members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


# --- reading ------------------------------------------------------------------


@dataclass
class DocumentFigures:
    member_rows: int = 0
    eligible: int = 0
    studied: int = 0
    excused: int = 0
    expected: int = 0
    submitted: int = 0
    present_members: int = 0
    grades: dict[str, int] = field(default_factory=dict)

    def add(self, row: tuple) -> None:
        (members, eligible, studied, excused, expected, submitted, grades,
         present) = row
        self.member_rows += members
        self.eligible += eligible
        self.studied += studied
        self.excused += excused
        self.expected += expected
        self.submitted += submitted
        self.present_members += present
        for grade, count in json.loads(grades).items():
            self.grades[grade] = self.grades.get(grade, 0) + count


@dataclass
class ScopeFigures:
    """The stored figures that answer one question, or ``None`` parts when they cannot."""

    # conference uuid -> (attendance rows, present, groups, missing make-up) over the scope
    conferences: dict[str, list[int]]
    documents: dict[str, DocumentFigures] | None  # None: work them out from the rows
    present_members: int | None  # None: work it out from the rows


def units_in_scope(db: Database, params: dict[str, Any]) -> list[str]:
    if params["all_units"]:
        return [r[0] for r in db.execute("SELECT owner_unit FROM stat_unit")]
    return [u for u in json.loads(params["units"])]


def scope_figures(
    db: Database, params: dict[str, Any], conf_rows: dict[str, str]
) -> ScopeFigures:
    """What the stored figures say for a scope whose counted conferences are
    ``conf_rows`` (uuid -> start, already narrowed to the period and the document)."""
    wanted = conf_rows
    units = units_in_scope(db, params)
    unit_set = set(units)
    per_unit_conf: dict[str, dict[str, list[int]]] = defaultdict(dict)
    conferences: dict[str, list[int]] = {}
    for owner, conf, rows, present, groups, missing in db.execute(
        "SELECT owner_unit, conference_uuid, attendance_rows, present, group_present, "
        "missing_makeup FROM stat_unit_conf"
        + ("" if params["all_units"] else
           " WHERE owner_unit IN (SELECT value FROM json_each(:units))"),
        params,
    ):
        if owner not in unit_set:
            continue
        per_unit_conf[owner][conf] = [rows, present, groups, missing]
        if conf in wanted:
            total = conferences.setdefault(conf, [0, 0, 0, 0])
            for index, value in enumerate((rows, present, groups, missing)):
                total[index] += value
    unit_rows: dict[str, dict[str, tuple[int, list[str], int]]] = defaultdict(dict)
    for owner, period, foreign, present_confs, present_members in db.execute(
        "SELECT owner_unit, period, foreign_rows, present_conferences, present_members "
        "FROM stat_unit"
    ):
        if owner in unit_set:
            unit_rows[owner][period] = (foreign, json.loads(present_confs), present_members)
    separable = all(
        u in unit_rows and unit_rows[u][""][0] == 0 for u in units if u in per_unit_conf
    )
    if not separable:
        return ScopeFigures(conferences, None, None)
    links: dict[str, set[str]] = defaultdict(set)  # conference -> documents studied
    for conf, doc in db.execute(
        "SELECT DISTINCT conference_uuid, document_uuid FROM conference_documents "
        "WHERE deleted = 0 AND conference_uuid IN (SELECT value FROM json_each(?))"
        + (" AND document_uuid = ?" if params["document"] else ""),
        [json.dumps(sorted(wanted))] + ([params["document"]] if params["document"] else []),
    ):
        links[conf].add(doc)
    documents: dict[str, DocumentFigures] = {}
    present_total: int | None = 0
    stored_docs = _stored_documents(db, params, unit_set)
    end = params["end"]
    for owner, confs in per_unit_conf.items():
        attended = sorted(c for c, v in confs.items() if c in wanted and v[0] > 0)
        expected: dict[str, list[str]] = defaultdict(list)
        for conf in attended:
            for doc in links.get(conf, ()):
                expected[doc].append(conf)
        stored = stored_docs.get(owner, {})
        for doc, confs_here in expected.items():
            row = _matching(stored, doc, confs_here, wanted)
            if row is None or (row[1] is not None and row[1] > end):
                return ScopeFigures(conferences, None, None)
            documents.setdefault(doc, DocumentFigures()).add(row[2])
        if present_total is not None and not params["document"]:
            present_here = sorted(c for c, v in confs.items() if c in wanted and v[1] > 0)
            found = _matching_present(unit_rows[owner], present_here, wanted)
            present_total = None if found is None else present_total + found
    if params["document"]:
        figures = documents.get(params["document"])
        present_total = figures.present_members if figures else 0
    return ScopeFigures(conferences, documents, present_total)


def _one_year(conferences: list[str], starts: dict[str, str]) -> str | None:
    years = {starts[c][:4] for c in conferences}
    return years.pop() if len(years) == 1 else None


def _matching(
    stored: dict[tuple[str, str], tuple], doc: str, confs: list[str], starts: dict[str, str]
) -> tuple | None:
    """The stored figures of ``doc`` made from exactly ``confs``: over every year, or
    over the one year they all fall in."""
    row = stored.get((doc, ""))
    if row is not None and row[0] == confs:
        return row
    year = _one_year(confs, starts)
    row = stored.get((doc, year)) if year else None
    if row is not None and row[0] == confs:
        return row
    return None


def _matching_present(
    stored: dict[str, tuple[int, list[str], int]], confs: list[str], starts: dict[str, str]
) -> int | None:
    if not confs:
        return 0
    row = stored.get("")
    if row is not None and row[1] == confs:
        return row[2]
    year = _one_year(confs, starts)
    row = stored.get(year) if year else None
    if row is not None and row[1] == confs:
        return row[2]
    return None


def _stored_documents(
    db: Database, params: dict[str, Any], units: set[str]
) -> dict[str, dict[tuple[str, str], tuple[list[str], str | None, tuple]]]:
    result: dict[str, dict[tuple[str, str], tuple]] = defaultdict(dict)
    sql = ("SELECT owner_unit, document_uuid, period, conferences, last_makeup, member_rows, "
           "eligible, studied, excused, expected, submitted, grades, present_members "
           "FROM stat_unit_doc")
    args: list[Any] = []
    if params["document"]:
        sql += " WHERE document_uuid = ?"
        args.append(params["document"])
    for owner, doc, period, confs, last, *figures in db.execute(sql, args):
        if owner in units:
            result[owner][doc, period] = (json.loads(confs), last, tuple(figures))
    return result
