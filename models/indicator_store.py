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
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from models.cipher import sqlite  # the DB-API whose errors the register raises

_ID_BYTES = "i"  # members.id as 4-byte integers
assert array(_ID_BYTES).itemsize == 4


def dirty_owners(db: Database) -> list[str]:
    """Owners with figures to make again, whole or in part."""
    return [r[0] for r in db.execute(
        "SELECT owner_unit FROM stat_dirty UNION SELECT owner_unit FROM stat_dirty_conf "
        "UNION SELECT owner_unit FROM stat_dirty_doc")]


def _anything_marked(db: Database) -> bool:
    return db.execute(
        "SELECT EXISTS (SELECT 1 FROM stat_dirty) OR EXISTS (SELECT 1 FROM stat_dirty_conf) "
        "OR EXISTS (SELECT 1 FROM stat_dirty_doc)").fetchone()[0] == 1


def refresh(db: Database) -> bool:
    """Make every marked figure fresh; ``False`` when the register cannot be written
    now (read-only, or another writer holds it too long): the caller then works from
    the rows."""
    if not _anything_marked(db):
        return True
    try:
        with db.atomic():
            refresh_marked(db)
    except sqlite.OperationalError:
        return False
    return True


def refresh_marked(db: Database) -> None:
    """Make the marked figures fresh, in the caller's transaction (``atomic``): an
    owner marked whole from all its rows, else only the marked conferences and
    documents and the owner's totals."""
    whole = {r[0] for r in db.execute("SELECT owner_unit FROM stat_dirty")}
    confs: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for owner, conf in db.execute("SELECT owner_unit, conference_uuid FROM stat_dirty_conf"):
        confs[owner].add(conf)
    for owner, doc in db.execute("SELECT owner_unit, document_uuid FROM stat_dirty_doc"):
        docs[owner].add(doc)
    for owner in sorted(whole):
        _refresh(db, owner, None, set())
    for owner in sorted((set(confs) | set(docs)) - whole):
        _refresh(db, owner, confs.get(owner, set()), docs.get(owner, set()))
    for table in ("stat_dirty", "stat_dirty_conf", "stat_dirty_doc"):
        db.execute(f"DELETE FROM {table}")


def refresh_owner(db: Database, owner: str) -> None:
    """Work out one owner's every figure from its rows; call inside ``atomic``."""
    _refresh(db, owner, None, set())
    for table in ("stat_dirty", "stat_dirty_conf", "stat_dirty_doc"):
        db.execute(f"DELETE FROM {table} WHERE owner_unit = ?", [owner])


class _Rows:
    """One owner's attendance rows of some conferences, read once through its covering
    index, with what they name (members, make-up sessions) read once too."""

    def __init__(self, db: Database, owner: str):
        self.db = db
        self.owner = owner
        self.by_conf: dict[str, list[tuple[str, str, str | None]]] = {}
        self._members: dict[str, tuple[int, bool, bool]] | None = None
        self.sessions: dict[str, tuple[str | None, str]] = {}
        self._cells: dict[str, list[tuple[str, bool, bool, bool, str | None]]] = {}

    def read(self, confs: set[str] | None) -> None:
        """Read the rows of ``confs`` not read yet (``None``: every conference)."""
        sql = ("SELECT conference_uuid, member_uuid, status, makeup_uuid FROM attendance "
               "WHERE owner_unit = ? AND deleted = 0")
        args: list[Any] = [self.owner]
        if confs is not None:
            wanted = sorted(confs - set(self.by_conf))
            if not wanted:
                return
            sql += " AND conference_uuid IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(wanted))
            for conf in wanted:
                self.by_conf[conf] = []
        makeups: set[str] = set()
        by_conf = self.by_conf
        for conf, member, status, makeup in self.db.conn.execute(sql, args):
            lines = by_conf.get(conf)
            if lines is None:
                lines = by_conf[conf] = []
            lines.append((member, status, makeup))
            if makeup:
                makeups.add(makeup)
        makeups -= set(self.sessions)
        if makeups:
            for uuid, held, deleted, session_owner in self.db.execute(
                "SELECT uuid, held_on, deleted, owner_unit FROM makeup_sessions "
                "WHERE uuid IN (SELECT value FROM json_each(?))", [json.dumps(sorted(makeups))]
            ):
                self.sessions[uuid] = (held if deleted == 0 else None, session_owner)

    def members(self) -> dict[str, tuple[int, bool, bool]]:
        """The owner's members (and others' looked up so far) by uuid: (members.id or 0,
        live, another owner's). A member not in it is looked up with ``elsewhere``; the
        loops over every row read the dict itself, where a call a row costs."""
        if self._members is None:
            self._members = {
                m_uuid: (m_id, deleted == 0, False)
                for m_uuid, m_id, deleted in self.db.execute(
                    "SELECT uuid, id, deleted FROM members WHERE owner_unit = ?", [self.owner])
            }
        return self._members

    def elsewhere(self, uuid: str) -> tuple[int, bool, bool]:
        """Another owner's member (or none), kept in ``members`` once looked up."""
        row = self.db.execute("SELECT id, deleted FROM members WHERE uuid = ?",
                              [uuid]).fetchone()
        found = (row[0], row[1] == 0, True) if row else (0, False, True)
        self.members()[uuid] = found
        return found

    def cells_of(self, conf: str) -> list[tuple[str, bool, bool, bool, str | None]]:
        """A conference's rows of live members, as a document's figures read them:
        (member, excused, studied (present or made up), present, make-up day); worked out
        once, however many documents the conference studied."""
        cells = self._cells.get(conf)
        if cells is None:
            cells = self._cells[conf] = []
            members = self.members()
            for member, status, makeup in self.by_conf.get(conf, ()):
                found = members.get(member) or self.elsewhere(member)
                if not found[1]:
                    continue
                held = self.session(makeup)[0] if makeup else None
                present = status == "present"
                cells.append((member, status == "excused", present or held is not None,
                              present, held))
        return cells

    def session(self, makeup: str | None) -> tuple[str | None, bool]:
        """(the day a live session was held, another owner's)"""
        if not makeup:
            return None, False
        held, session_owner = self.sessions.get(makeup, (None, self.owner))
        return held, session_owner != self.owner


def _refresh(db: Database, owner: str, confs: set[str] | None, docs: set[str]) -> None:
    """Make again the figures of ``confs`` (``None``: every conference) and of the
    documents studied at them or in ``docs``, then the owner's totals."""
    rows = _Rows(db, owner)
    rows.read(confs)
    _store_conferences(db, owner, confs, rows)
    # Every conference the owner has figures for: (live attendance rows, present ids,
    # foreign rows), and the year of each live one.
    kept = {
        conf: (count, ids, foreign)
        for conf, count, ids, foreign in db.execute(
            "SELECT conference_uuid, attendance_rows, present_ids, foreign_rows "
            "FROM stat_unit_conf WHERE owner_unit = ?", [owner])
    }
    years = {
        uuid: starts[:4]
        for uuid, starts in db.execute(
            "SELECT uuid, starts_at FROM conferences WHERE deleted = 0 "
            "AND uuid IN (SELECT value FROM json_each(?))", [json.dumps(sorted(kept))])
    }
    attended = {c for c, (count, _ids, _foreign) in kept.items() if count > 0 and c in years}
    if confs is None:
        db.execute("DELETE FROM stat_unit_doc WHERE owner_unit = ?", [owner])
        links = db.execute(
            "SELECT conference_uuid, document_uuid FROM conference_documents WHERE deleted = 0 "
            "AND conference_uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(attended))]).fetchall()
    else:
        docs = set(docs)
        docs.update(r[0] for r in db.execute(
            "SELECT document_uuid FROM conference_documents WHERE deleted = 0 "
            "AND conference_uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(confs))]))
        for doc, studied_at in db.execute(
            "SELECT document_uuid, conferences FROM stat_unit_doc "
            "WHERE owner_unit = ? AND period = ''", [owner]
        ):
            if not confs.isdisjoint(json.loads(studied_at)):
                docs.add(doc)
        db.execute(
            "DELETE FROM stat_unit_doc WHERE owner_unit = ? "
            "AND document_uuid IN (SELECT value FROM json_each(?))",
            [owner, json.dumps(sorted(docs))])
        links = [
            (conf, doc) for conf, doc in db.execute(
                "SELECT conference_uuid, document_uuid FROM conference_documents "
                "WHERE deleted = 0 AND document_uuid IN (SELECT value FROM json_each(?))",
                [json.dumps(sorted(docs))])
            if conf in attended
        ]
    rows.read({conf for conf, _doc in links})
    _store_documents_of(db, owner, rows, links, years)
    _store_present(db, owner, kept, years)


def _store_conferences(db: Database, owner: str, confs: set[str] | None, rows: _Rows) -> None:
    """Per conference: live attendance rows, live members present (and their ids),
    counted non-members, absentees without a make-up session, rows naming another
    owner's member or make-up session."""
    group_sql = ("SELECT conference_uuid, COALESCE(SUM(present), 0) FROM group_attendance "
                 "WHERE owner_unit = ? AND deleted = 0")
    args: list[Any] = [owner]
    if confs is None:
        db.execute("DELETE FROM stat_unit_conf WHERE owner_unit = ?", [owner])
    else:
        group_sql += " AND conference_uuid IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(sorted(confs)))
        db.execute("DELETE FROM stat_unit_conf WHERE owner_unit = ? "
                   "AND conference_uuid IN (SELECT value FROM json_each(?))", args)
    groups = dict(db.execute(group_sql + " GROUP BY conference_uuid", args).fetchall())
    values = []
    for conf in sorted(set(groups) | {c for c, r in rows.by_conf.items() if r}):
        count = present = missing = foreign = 0
        ids = array(_ID_BYTES)
        members = rows.members()
        for member, status, makeup in rows.by_conf.get(conf, ()):
            count += 1
            member_id, live, elsewhere = members.get(member) or rows.elsewhere(member)
            foreign += elsewhere
            if makeup:
                foreign += rows.session(makeup)[1]
            if live:
                if status == "present":
                    present += 1
                    ids.append(member_id)
                elif makeup is None and status in ("absent_reason", "absent_no_reason"):
                    missing += 1
        values.append([owner, conf, count, present, groups.get(conf, 0), missing, foreign,
                       ids.tobytes()])
    db.conn.executemany(
        "INSERT INTO stat_unit_conf (owner_unit, conference_uuid, attendance_rows, present, "
        "group_present, missing_makeup, foreign_rows, present_ids) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def _store_documents_of(
    db: Database, owner: str, rows: _Rows, links: list[tuple[str, str]],
    years: dict[str, str],
) -> None:
    """The figures of the documents studied at ``links`` (conference, document): every
    link of each document to a conference the owner attended."""
    doc_confs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for conf, doc in sorted(set(links)):
        doc_confs[years[conf], doc].add(conf)
    # (year, document, member) -> [excused everywhere, studied, present, last make-up]
    cells: dict[tuple[str, str, str], list] = {}
    for (year, doc), confs in doc_confs.items():
        for conf in sorted(confs):
            for member, excused, studied, present, held in rows.cells_of(conf):
                key = (year, doc, member)
                cell = cells.get(key)
                if cell is None:
                    cells[key] = [excused, studied, present, held]
                    continue
                cell[0] = cell[0] and excused
                cell[1] = cell[1] or studied
                cell[2] = cell[2] or present
                if held is not None and (cell[3] is None or held > cell[3]):
                    cell[3] = held
    reflections, foreign = _reflections_of(db, owner, _owing(cells))
    _store_documents(db, owner, cells, doc_confs, reflections, foreign)


def _owing(cells: dict[tuple[str, str, str], list]) -> set[tuple[str, str]]:
    """The (member, document) pairs whose reflection a figure counts: studied and not
    excused in a year, or over every year (``_merged``: studied in any, excused not in
    all); the first implies the second, so the second alone. The others are not looked
    for (at a province a quarter of a document's members, each a random page of the
    reflections' index)."""
    studied = {(member, doc) for (_year, doc, member), cell in cells.items() if cell[1]}
    not_excused = {(member, doc) for (_year, doc, member), cell in cells.items()
                   if not cell[0]}
    return studied & not_excused


def _reflections_of(
    db: Database, owner: str, pairs: set[tuple[str, str]],
) -> tuple[dict[tuple[str, str], tuple[int, str]], dict[str, int]]:
    """(submitted, grade) of the live reflection of each (member, document) of
    ``pairs``, and per document how many of them another owner holds. The owner's own
    are read in order through ``ix_reflections_owner``; only the pairs left are looked
    for one by one (a live reflection is unique per member and document)."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    foreign: dict[str, int] = defaultdict(int)
    for member, doc, submitted, grade in db.execute(
        "SELECT member_uuid, document_uuid, submitted, grade FROM reflections "
        "WHERE owner_unit = ? AND deleted = 0 "
        "AND document_uuid IN (SELECT value FROM json_each(?))",
        [owner, json.dumps(sorted({doc for _member, doc in pairs}))],
    ):
        if (member, doc) in pairs:
            found[member, doc] = (submitted, grade)
    rest = sorted(pairs - found.keys())
    for member, doc, submitted, grade, reflection_owner in db.execute(
        "SELECT r.member_uuid, r.document_uuid, r.submitted, r.grade, r.owner_unit "
        "FROM json_each(?) p CROSS JOIN reflections r "
        "ON r.member_uuid = p.value ->> 0 AND r.document_uuid = p.value ->> 1 "
        "AND r.deleted = 0",
        [json.dumps(rest)],
    ):
        found[member, doc] = (submitted, grade)
        foreign[doc] += reflection_owner != owner
    return found, foreign


def _store_present(
    db: Database, owner: str, kept: dict[str, tuple[int, bytes, int]], years: dict[str, str],
) -> None:
    """Members present at the owner's live conferences, over every year and per year,
    with the conferences they were present at; and the rows that name another owner's
    member, make-up session or reflection."""
    db.execute("DELETE FROM stat_unit WHERE owner_unit = ?", [owner])
    (foreign,) = db.execute(
        "SELECT COALESCE(SUM(foreign_rows), 0) FROM stat_unit_doc "
        "WHERE owner_unit = ? AND period = ''", [owner]).fetchone()
    foreign += sum(f for _count, _ids, f in kept.values())
    confs: dict[str, set[str]] = defaultdict(set)
    members: dict[str, set[int]] = defaultdict(set)
    for conf, (_count, ids, _foreign) in kept.items():
        year = years.get(conf)
        if year is None or not ids:
            continue
        confs[year].add(conf)
        present = array(_ID_BYTES)
        present.frombytes(ids)
        members[year].update(present)
    every_conf = set().union(*confs.values()) if confs else set()
    every_member = set().union(*members.values()) if members else set()
    values = [[owner, "", foreign, json.dumps(sorted(every_conf)), len(every_member)]]
    values += [[owner, year, foreign, json.dumps(sorted(c)), len(members[year])]
               for year, c in confs.items()]
    db.conn.executemany(
        "INSERT INTO stat_unit (owner_unit, period, foreign_rows, present_conferences, "
        "present_members) VALUES (?, ?, ?, ?, ?)",
        values,
    )


def _merged(cells: list[list]) -> list:
    """A member's cells of several years, as one over every year."""
    held = [c[3] for c in cells if c[3] is not None]
    return [all(c[0] for c in cells), any(c[1] for c in cells), any(c[2] for c in cells),
            max(held) if held else None]


def _store_documents(
    db: Database, owner: str, cells: dict[tuple[str, str, str], list],
    doc_confs: dict[tuple[str, str], set[str]],
    reflections: dict[tuple[str, str], tuple[int, str]], foreign: dict[str, int],
) -> None:
    """Per document, over every year and per year: the study figures of
    ``models.indicators`` with no period end, the conferences they come from, and the
    reflections counted that another owner holds."""
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
                       json.dumps(grades, ensure_ascii=False), last, present,
                       foreign.get(doc, 0)])
    db.conn.executemany(
        "INSERT INTO stat_unit_doc (owner_unit, document_uuid, period, conferences, "
        "member_rows, eligible, studied, excused, expected, submitted, grades, last_makeup, "
        "present_members, foreign_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
