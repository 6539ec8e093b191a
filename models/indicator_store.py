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
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database


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
    except sqlite3.OperationalError:
        return False
    return True


def refresh_owner(db: Database, owner: str) -> None:
    """Work out one owner's figures from its rows; call inside ``atomic``.

    Three reads of the owner's attendance through its own index: per conference,
    per (document, year, member) with the member's reflection, and the members
    present per year; the per-document sums are then added up here.
    """
    for table in ("stat_unit", "stat_unit_conf", "stat_unit_doc"):
        db.execute(f"DELETE FROM {table} WHERE owner_unit = ?", [owner])
    params = {"owner": owner}
    db.execute(
        f"""INSERT INTO stat_unit_conf (owner_unit, conference_uuid, attendance_rows, present,
               group_present, missing_makeup)
        SELECT :owner, conference_uuid, SUM(n), SUM(present), SUM(groups), SUM(missing)
        FROM (
            SELECT a.conference_uuid, COUNT(*) AS n,
                   COALESCE(SUM(a.status = 'present' AND {_LIVE}), 0) AS present, 0 AS groups,
                   COALESCE(SUM(a.status IN ('absent_reason', 'absent_no_reason')
                                AND a.makeup_uuid IS NULL AND {_LIVE}), 0) AS missing
            FROM attendance a LEFT JOIN members m ON m.uuid = a.member_uuid
            WHERE a.owner_unit = :owner AND a.deleted = 0 GROUP BY a.conference_uuid
            UNION ALL
            SELECT conference_uuid, 0, 0, COALESCE(SUM(present), 0), 0 FROM group_attendance
            WHERE owner_unit = :owner AND deleted = 0 GROUP BY conference_uuid
        ) GROUP BY conference_uuid""",
        params,
    )
    (foreign,) = db.execute(
        """SELECT
             (SELECT COUNT(*) FROM attendance a
              LEFT JOIN members m ON m.uuid = a.member_uuid
              LEFT JOIN makeup_sessions ms ON ms.uuid = a.makeup_uuid
              WHERE a.owner_unit = :owner AND a.deleted = 0
                AND (m.uuid IS NULL OR m.owner_unit != :owner
                     OR (ms.uuid IS NOT NULL AND ms.owner_unit != :owner)))
           + (SELECT COUNT(*) FROM reflections r
              WHERE r.deleted = 0 AND r.owner_unit != :owner AND r.member_uuid IN (
                  SELECT uuid FROM members WHERE owner_unit = :owner))""",
        params,
    ).fetchone()
    _store_present(db, owner, foreign)
    _store_documents(db, owner)
    db.execute("DELETE FROM stat_dirty WHERE owner_unit = ?", [owner])


_LIVE = "(m.uuid IS NOT NULL AND m.deleted = 0)"


def _store_present(db: Database, owner: str, foreign: int) -> None:
    """Members present at the owner's live conferences, over every year and per year,
    with the conferences they were present at."""
    confs: dict[str, set[str]] = defaultdict(set)
    members: dict[str, set[str]] = defaultdict(set)
    for year, conf, member in db.execute(
        f"""SELECT substr(c.starts_at, 1, 4), a.conference_uuid, a.member_uuid
        FROM attendance a JOIN conferences c ON c.uuid = a.conference_uuid AND c.deleted = 0
        JOIN members m ON m.uuid = a.member_uuid
        WHERE a.owner_unit = ? AND a.deleted = 0 AND a.status = 'present' AND {_LIVE}""",
        [owner],
    ):
        for period in ("", year):
            confs[period].add(conf)
            members[period].add(member)
    confs.setdefault("", set())
    db.conn.executemany(
        "INSERT INTO stat_unit (owner_unit, period, foreign_rows, present_conferences, "
        "present_members) VALUES (?, ?, ?, ?, ?)",
        [[owner, period, foreign, json.dumps(sorted(c)), len(members[period])]
         for period, c in confs.items()],
    )


def _store_documents(db: Database, owner: str) -> None:
    """Per document, over every year and per year: the study figures of
    ``models.indicators`` with no period end, and the conferences they come from."""
    confs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for year, conf, doc in db.execute(
        """SELECT substr(c.starts_at, 1, 4), c.uuid, cd.document_uuid
        FROM stat_unit_conf s JOIN conferences c ON c.uuid = s.conference_uuid AND c.deleted = 0
        JOIN conference_documents cd ON cd.conference_uuid = c.uuid AND cd.deleted = 0
        WHERE s.owner_unit = ? AND s.attendance_rows > 0""",
        [owner],
    ):
        confs[year, doc].add(conf)
        confs["", doc].add(conf)
    # (document, member) -> per year [excused everywhere, studied, present, last make-up,
    # reflection handed in, its grade]
    per: dict[tuple[str, str], dict[str, list]] = defaultdict(dict)
    for doc, year, member, excused, studied, present, held, submitted, grade in db.execute(
        """SELECT b.document_uuid, b.year, b.member_uuid, b.excused, b.studied, b.present,
               b.held, COALESCE(r.submitted, 0), COALESCE(r.grade, '')
        FROM (
            SELECT cd.document_uuid, substr(c.starts_at, 1, 4) AS year, a.member_uuid,
                   MIN(a.status = 'excused') AS excused,
                   MAX(a.status = 'present' OR (ms.uuid IS NOT NULL AND ms.deleted = 0))
                       AS studied,
                   MAX(a.status = 'present') AS present,
                   MAX(CASE WHEN ms.deleted = 0 THEN ms.held_on END) AS held
            FROM attendance a
            JOIN conferences c ON c.uuid = a.conference_uuid AND c.deleted = 0
            JOIN conference_documents cd ON cd.conference_uuid = c.uuid AND cd.deleted = 0
            JOIN members m ON m.uuid = a.member_uuid AND m.deleted = 0
            LEFT JOIN makeup_sessions ms ON ms.uuid = a.makeup_uuid
            WHERE a.owner_unit = ? AND a.deleted = 0
            GROUP BY cd.document_uuid, year, a.member_uuid
        ) b LEFT JOIN reflections r ON r.member_uuid = b.member_uuid
             AND r.document_uuid = b.document_uuid AND r.deleted = 0""",
        [owner],
    ):
        per[doc, member][year] = [excused, studied, present, held, submitted, grade]
    figures: dict[tuple[str, str], list] = {}
    for (doc, _member), years in per.items():
        cells = list(years.items())
        if len(cells) > 1:  # the member's rows over every year, together
            merged = [all(c[0] for _y, c in cells), any(c[1] for _y, c in cells),
                      any(c[2] for _y, c in cells),
                      max((c[3] for _y, c in cells if c[3] is not None), default=None),
                      cells[0][1][4], cells[0][1][5]]
            cells.append(("", merged))
        else:
            cells.append(("", cells[0][1]))
        for period, (excused, studied, present, held, submitted, grade) in cells:
            cell = figures.setdefault((period, doc), [0, 0, 0, 0, 0, 0, {}, None, 0])
            cell[0] += 1
            if excused:
                cell[3] += 1
            else:
                cell[1] += 1
                if studied:
                    cell[2] += 1
                    cell[4] += 1
                    cell[5] += submitted
                    if submitted == 1 and grade != "":
                        cell[6][grade] = cell[6].get(grade, 0) + 1
            if held is not None and (cell[7] is None or held > cell[7]):
                cell[7] = held
            cell[8] += present
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
