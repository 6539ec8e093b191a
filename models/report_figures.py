"""The figures of the study report beyond the indicators' totals: the organisation's
situation, a line per document studied, propaganda per channel, a line per action
plan, absentees not caught up, and at the upper level a line per unit.

Every function takes an ``indicators.Scope`` and counts exactly as ``models.indicators``
does (the same conferences, the same study base); these only add breakdowns, so the
report's tables add up to the totals printed beside them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import indicators
from models.indicators import Scope
from models.register import Register

SCOPED = "(:all_units = 1 OR {column} IN (SELECT value FROM json_each(:units)))"


def _scoped(column: str) -> str:
    return SCOPED.format(column=column)


@dataclass
class Situation:
    chi_bo: int
    chi_bo_by_kind: list[tuple[str, int]]  # ("Thôn", 38), ("Cơ quan, đơn vị", 8)
    members: int
    official: int
    probationary: int
    excused: int


def situation(db: Register, scope: Scope) -> Situation:
    """The organisation today: chi bộ and members on the roll (not moved, not deceased)."""
    params = scope.params
    kinds = db.execute(
        f"""SELECT COALESCE(NULLIF(c.kind, ''), 'Khác'), COUNT(*) FROM chi_bo c
        WHERE c.deleted = 0 AND {_scoped('c.owner_unit')}
        GROUP BY 1 ORDER BY COUNT(*) DESC""", params).fetchall()
    members, official, excused = db.execute(
        f"""SELECT COUNT(*), COALESCE(SUM(m.official), 0), COALESCE(SUM(m.excused), 0)
        FROM members m WHERE m.deleted = 0 AND m.status = 'active'
          AND {_scoped('m.owner_unit')}""", params).fetchone()
    return Situation(
        chi_bo=sum(n for _, n in kinds), chi_bo_by_kind=[(k, n) for k, n in kinds],
        members=members, official=official, probationary=members - official, excused=excused)


@dataclass
class DocumentLine:
    document_uuid: str
    first_held: str  # ISO date of the first conference on it in the period
    formats: list[str]  # 'truc_tiep', 'truc_tuyen', 'ket_hop' as held
    conferences: int
    bridge_points: int
    attendances: int  # lượt người at its conferences (bridge point counts, or present
    # members plus counted groups)
    eligible: int
    studied: int
    make_up: int  # members caught up at a make-up session


def document_lines(db: Register, scope: Scope, prepared: bool = False) -> list[DocumentLine]:
    """One line per document studied in the period, in the order of its first conference."""
    if not prepared:
        indicators.prepare_study_base(db, scope)
    rates = {r["document_uuid"]: r for r in indicators.study_rates(db, scope, prepared=True)}
    params = scope.params
    rows = db.execute(
        f"""WITH conf AS (
            SELECT c.uuid, c.format, substr(c.starts_at, 1, 10) AS day FROM conferences c
            WHERE c.deleted = 0 AND substr(c.starts_at, 1, 10) BETWEEN :start AND :end
              AND (:document IS NULL OR EXISTS (SELECT 1 FROM conference_documents x
                   WHERE x.conference_uuid = c.uuid AND x.deleted = 0
                   AND x.document_uuid = :document))
              AND ({_scoped('c.owner_unit')}
                   OR EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_uuid = c.uuid
                              AND b.deleted = 0 AND {_scoped('b.owner_unit')})
                   OR EXISTS (SELECT 1 FROM attendance a WHERE a.conference_uuid = c.uuid
                              AND a.deleted = 0 AND {_scoped('a.owner_unit')}))),
        per_conf AS (
            SELECT conf.uuid, conf.format, conf.day,
              (SELECT COUNT(*) FROM bridge_points b WHERE b.conference_uuid = conf.uuid
                 AND b.deleted = 0 AND {_scoped('b.owner_unit')}) AS points,
              (SELECT COALESCE(SUM(b.attendees), 0) FROM bridge_points b
                 WHERE b.conference_uuid = conf.uuid AND b.deleted = 0
                 AND {_scoped('b.owner_unit')}) AS point_people,
              (SELECT COUNT(*) FROM attendance a WHERE a.conference_uuid = conf.uuid
                 AND a.deleted = 0 AND a.status = 'present'
                 AND {_scoped('a.owner_unit')}) AS present,
              (SELECT COALESCE(SUM(g.present), 0) FROM group_attendance g
                 WHERE g.conference_uuid = conf.uuid AND g.deleted = 0
                 AND {_scoped('g.owner_unit')}) AS groups,
              (SELECT COUNT(*) FROM attendance a JOIN makeup_sessions s ON s.uuid = a.makeup_uuid
                 WHERE a.conference_uuid = conf.uuid AND a.deleted = 0 AND s.deleted = 0
                 AND s.held_on <= :end AND {_scoped('a.owner_unit')}) AS make_up
            FROM conf)
        SELECT cd.document_uuid, MIN(p.day), GROUP_CONCAT(DISTINCT p.format), COUNT(*),
               SUM(p.points),
               SUM(CASE WHEN p.points > 0 THEN p.point_people ELSE p.present + p.groups END),
               SUM(p.make_up)
        FROM per_conf p JOIN conference_documents cd ON cd.conference_uuid = p.uuid
             AND cd.deleted = 0
        WHERE :document IS NULL OR cd.document_uuid = :document
        GROUP BY cd.document_uuid ORDER BY MIN(p.day), cd.document_uuid""",
        params).fetchall()
    lines = []
    for uuid, first, formats, count, points, people, make_up in rows:
        rate = rates.get(uuid, {})
        lines.append(DocumentLine(
            document_uuid=uuid, first_held=first, formats=sorted(set(formats.split(","))),
            conferences=count, bridge_points=points or 0, attendances=people or 0,
            eligible=rate.get("eligible") or 0, studied=rate.get("studied") or 0,
            make_up=make_up or 0))
    return lines


@dataclass
class ChannelLine:
    channel: str
    activities: int
    quantity: int
    measure: str  # the unit of the quantity most used on the channel: "buổi", "tin, bài"
    reach: int


def channel_lines(db: Register, scope: Scope) -> list[ChannelLine]:
    rows = db.execute(
        f"""SELECT o.channel, COUNT(*), COALESCE(SUM(o.quantity), 0),
               (SELECT o2.measure FROM outreach o2 WHERE o2.channel = o.channel
                  AND o2.deleted = 0 GROUP BY o2.measure ORDER BY COUNT(*) DESC LIMIT 1),
               COALESCE(SUM(o.reach), 0)
        FROM outreach o
        WHERE o.deleted = 0 AND o.held_on BETWEEN :start AND :end
          AND {_scoped('o.owner_unit')}
          AND (:document IS NULL OR o.document_uuid = :document)
        GROUP BY o.channel ORDER BY SUM(o.reach) DESC""", scope.params).fetchall()
    return [ChannelLine(c, n, q, m or "", r) for c, n, q, m, r in rows]


@dataclass
class PlanLine:
    plan_uuid: str
    kind: str  # 'KH', 'CTr'
    number: int | None
    issued_on: str | None
    title: str
    tasks: int
    done: int
    in_progress: int
    not_started: int
    overdue: int


def plan_lines(db: Register, scope: Scope, today: dt.date) -> list[PlanLine]:
    """The plans issued in the period, each with its tasks as of today (or the period's end
    when that is over), as ``indicators.plan_counts`` counts them."""
    as_of = min(today, scope.end).isoformat()
    rows = db.execute(
        f"""SELECT p.uuid, p.kind, p.number, p.issued_on, p.title, COUNT(t.uuid),
               COALESCE(SUM(t.status = 'done'), 0), COALESCE(SUM(t.status = 'in_progress'), 0),
               COALESCE(SUM(t.status = 'not_started'), 0),
               COALESCE(SUM(t.status != 'done' AND t.deadline IS NOT NULL
                            AND t.deadline < :as_of), 0)
        FROM plans p LEFT JOIN tasks t ON t.plan_uuid = p.uuid AND t.deleted = 0
        WHERE p.deleted = 0 AND {_scoped('p.owner_unit')}
          AND COALESCE(p.issued_on, :start) BETWEEN :start AND :end
          AND (:document IS NULL OR p.document_uuid = :document)
        GROUP BY p.uuid ORDER BY p.issued_on, p.number""",
        {**scope.params, "as_of": as_of}).fetchall()
    return [PlanLine(*row) for row in rows]


def absent_not_caught_up(db: Register, scope: Scope) -> int:
    """Members absent from a conference of the period and not yet caught up by its end."""
    (count,) = db.execute(
        f"""SELECT COUNT(*) FROM attendance a
        JOIN conferences c ON c.uuid = a.conference_uuid AND c.deleted = 0
        JOIN members m ON m.uuid = a.member_uuid AND m.deleted = 0
        LEFT JOIN makeup_sessions s ON s.uuid = a.makeup_uuid AND s.deleted = 0
             AND s.held_on <= :end
        WHERE a.deleted = 0 AND a.status IN ('absent_reason', 'absent_no_reason')
          AND s.uuid IS NULL
          AND substr(c.starts_at, 1, 10) BETWEEN :start AND :end
          AND {_scoped('a.owner_unit')}
          AND (:document IS NULL OR EXISTS (SELECT 1 FROM conference_documents x
               WHERE x.conference_uuid = c.uuid AND x.deleted = 0
               AND x.document_uuid = :document))""", scope.params).fetchone()
    return count


def non_member_attendances(db: Register, scope: Scope) -> int:
    """Non-members counted by group at the conferences of the period."""
    (count,) = db.execute(
        f"""SELECT COALESCE(SUM(g.present), 0) FROM group_attendance g
        JOIN conferences c ON c.uuid = g.conference_uuid AND c.deleted = 0
        WHERE g.deleted = 0 AND substr(c.starts_at, 1, 10) BETWEEN :start AND :end
          AND {_scoped('g.owner_unit')}""", scope.params).fetchone()
    return count


@dataclass
class UnitLine:
    """One unit's line in the upper level's consolidated report."""

    unit_uuid: str
    name: str
    members: int
    held: int  # its own conferences
    followed: int  # the upper level's (or another's) it followed with points or attendance
    bridge_points: int
    attendances: int
    eligible: int  # studies owed: a member once per document (``pair_rates``)
    studied: int
    plans: int
    tasks_overdue: int
    reflections_in: int
    reflections_due: int
    last_package: str | None  # when its last package was received (ISO)

    @property
    def silent(self) -> bool:
        """Nothing from it for the period: no package ever, or no record in the period."""
        return self.last_package is None or (
            self.held + self.followed + self.plans == 0 and self.eligible == 0)


def unit_lines(db: Register, scope: Scope, units: list[tuple[str, str, str | None]],
               today: dt.date, prepared: bool = False) -> list[UnitLine]:
    """A line per unit (uuid, name, last package) for the scope's period.

    Counted in one grouped pass over the whole scope rather than unit by unit (a
    province has up to 170 units): the study base of the scope is grouped by each
    member's unit, conferences by who held them and whose points or attendance they
    have. Each line equals what ``indicators`` gives for that unit alone, except that the
    study rate is of the studies owed (``pair_rates``), as the period report rates units.
    """
    if not prepared:
        indicators.prepare_study_base(db, scope)
    params = {**scope.params, "as_of": min(today, scope.end).isoformat()}

    def grouped(sql: str) -> dict[str, tuple]:
        return {row[0]: row[1:] for row in db.execute(sql, params).fetchall()}

    members = grouped(
        "SELECT owner_unit, COUNT(*) FROM members WHERE deleted = 0 AND status = 'active' "
        "GROUP BY owner_unit")
    # One pass over the studies owed (member and document) of the scope: owed, studied,
    # and of those studied the reflections handed in (one is due per study).
    # Grouped by member first (a tenth of the rows), then by the member's unit.
    study = grouped(
        """WITH per AS (
            SELECT pm.member_uuid, SUM(NOT pm.excused) AS owed,
                   SUM(pm.studied AND NOT pm.excused) AS done,
                   SUM((SELECT r.submitted FROM reflections r
                        WHERE r.member_uuid = pm.member_uuid
                          AND r.document_uuid = pm.document_uuid AND r.deleted = 0) IS 1
                       AND pm.studied AND NOT pm.excused) AS handed_in
            FROM temp.study_base pm GROUP BY pm.member_uuid)
        SELECT m.owner_unit, SUM(per.owed), SUM(per.done), SUM(per.handed_in)
        FROM per JOIN members m ON m.uuid = per.member_uuid GROUP BY m.owner_unit""")
    period_conf = ("SELECT uuid, owner_unit FROM conferences WHERE deleted = 0 "
                   "AND substr(starts_at, 1, 10) BETWEEN :start AND :end "
                   "AND (:document IS NULL OR EXISTS (SELECT 1 FROM conference_documents x "
                   "WHERE x.conference_uuid = conferences.uuid AND x.deleted = 0 "
                   "AND x.document_uuid = :document))")
    # Per unit and conference of the period: its points and their people, its members
    # present and its counted groups; a conference counts for a unit it belongs to or
    # that took part in it.
    per_conf = f"""WITH pc AS ({period_conf}),
        touch AS (
            SELECT b.owner_unit AS unit, b.conference_uuid AS conf, COUNT(*) AS points,
                   SUM(b.attendees) AS people, 0 AS present, 0 AS grp
            FROM bridge_points b JOIN pc ON pc.uuid = b.conference_uuid
            WHERE b.deleted = 0 GROUP BY 1, 2
            UNION ALL
            SELECT a.owner_unit, a.conference_uuid, 0, 0, SUM(a.status = 'present'), 0
            FROM attendance a JOIN pc ON pc.uuid = a.conference_uuid
            JOIN members m ON m.uuid = a.member_uuid AND m.deleted = 0
            WHERE a.deleted = 0 GROUP BY 1, 2
            UNION ALL
            SELECT g.owner_unit, g.conference_uuid, 0, 0, 0, SUM(g.present)
            FROM group_attendance g JOIN pc ON pc.uuid = g.conference_uuid
            WHERE g.deleted = 0 GROUP BY 1, 2
            UNION ALL
            SELECT pc.owner_unit, pc.uuid, 0, 0, 0, 0 FROM pc),
        unit_conf AS (
            SELECT unit, conf, SUM(points) AS points, SUM(people) AS people,
                   SUM(present) AS present, SUM(grp) AS grp
            FROM touch GROUP BY unit, conf)
        SELECT uc.unit, SUM(pc.owner_unit = uc.unit), SUM(pc.owner_unit != uc.unit),
               SUM(uc.points),
               SUM(CASE WHEN uc.points > 0 THEN uc.people ELSE uc.present + uc.grp END)
        FROM unit_conf uc JOIN pc ON pc.uuid = uc.conf GROUP BY uc.unit"""
    conferences = grouped(per_conf)
    plans = grouped(
        """SELECT p.owner_unit, COUNT(DISTINCT p.uuid),
               COALESCE(SUM(t.status != 'done' AND t.deadline IS NOT NULL
                            AND t.deadline < :as_of), 0)
        FROM plans p LEFT JOIN tasks t ON t.plan_uuid = p.uuid AND t.deleted = 0
        WHERE p.deleted = 0 AND COALESCE(p.issued_on, :start) BETWEEN :start AND :end
          AND (:document IS NULL OR p.document_uuid = :document)
        GROUP BY p.owner_unit""")
    lines = []
    for uuid, name, last in units:
        held, followed, points, people = conferences.get(uuid, (0, 0, 0, 0))
        eligible, studied, handed_in = study.get(uuid, (0, 0, 0))
        plan_count, overdue = plans.get(uuid, (0, 0))
        lines.append(UnitLine(
            unit_uuid=uuid, name=name, members=members.get(uuid, (0,))[0], held=held or 0,
            followed=followed or 0, bridge_points=points or 0, attendances=people or 0,
            eligible=eligible or 0, studied=studied or 0, plans=plan_count,
            tasks_overdue=overdue, reflections_in=handed_in, reflections_due=studied or 0,
            last_package=last))
    return lines


def scope_for_units(start: dt.date | None, end: dt.date | None,
                    units: list[str] | None, document: str | None = None) -> Scope:
    """The scope of a consolidated report over a chosen set of units (None: all)."""
    return Scope(start or indicators.FAR_PAST, end or indicators.FAR_FUTURE,
                 units, document)



def pair_rates(db: Register, by: str) -> dict[str, tuple[int, int]]:
    """Over the prepared study base: (member, document) pairs due and studied, per chi bộ
    (``by="chi_bo"``) or per unit of the member (``by="unit"``).

    A period's report rates a chi bộ by every study it owed, not by whether each
    member studied at least one document: a member absent from three of five
    conferences and never caught up counts three times.
    """
    column = {"chi_bo": "pm.chi_bo_uuid", "unit": "m.owner_unit"}[by]
    rows = db.execute(
        f"""SELECT {column}, SUM(NOT pm.excused), SUM(pm.studied AND NOT pm.excused)
        FROM temp.study_base pm JOIN members m ON m.uuid = pm.member_uuid
        GROUP BY {column}""").fetchall()
    return {key: (due or 0, done or 0) for key, due, done in rows}
