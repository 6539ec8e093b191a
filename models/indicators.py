"""The indicators offices report, as SQL, for any date range.

Definitions (the README repeats them for users):

- A conference counts in a period when it starts in it. In a unit's register
  the unit's own conferences count, plus those of the upper level that it
  followed (it has bridge points or attendance under them). At the upper level
  (or with ``unit=None`` there) every conference counts once, however many
  units followed it.
- Attendances (lượt người) of a conference: the sum of the attendee counts of
  its bridge points when it has any (hosts count everyone in their room);
  otherwise the members present plus the counted non-member participants.
- Study rate of a document: members who studied it (present at a conference on
  it, or caught up at a make-up session held by the end of the period) over
  members who should have (on the roster and not excused). Excused members are
  counted apart.
- Reflections: one is expected from every member who studied a document; the
  grades are those of the reflections counted as handed in.
- A member deleted from the register (a tombstone) counts nowhere, as in the
  reflections list and sheet: the figures come back if the member is restored.
- A task is overdue when its deadline has passed (as of today, or the end of a
  period already over) and it is not done. The plan figures of a period are those
  of the plans issued in it; ``tasks_overdue_all`` counts every overdue task, whatever
  year its plan was issued (the overview's to-do list lists the same ones).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from models import indicator_store
from models.exchange_view import package_reminder
from models.i18n import _, ngettext
from models.settings import get_settings
from models.vntext import rate_percent, show_date, show_int, show_percent

FAR_PAST = dt.date(1900, 1, 1)
FAR_FUTURE = dt.date(9999, 12, 31)


@dataclass(frozen=True)
class Scope:
    """Which units' records count, and the period; optionally only what concerns one
    document (its conferences, make-up sessions, reflections and plans)."""

    start: dt.date
    end: dt.date
    units: list[str] | None  # None: every unit in the register
    document: str | None = None  # a document's uuid

    @property
    def params(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "all_units": 1 if self.units is None else 0,
            "units": json.dumps(self.units or []),
            "document": self.document,
        }


def make_scope(
    db: Database, start: dt.date | None = None, end: dt.date | None = None,
    unit: str | None = None, document: str | None = None,
) -> Scope:
    if unit:
        units: list[str] | None = [unit]
    elif db.role == "upper":
        units = None
    else:
        units = [db.unit_uuid]
    return Scope(start or FAR_PAST, end or FAR_FUTURE, units, document)


def _live_member(member_column: str) -> str:
    """The member is still in the register (not a tombstone)."""
    return (f"EXISTS (SELECT 1 FROM members m_l WHERE m_l.uuid = {member_column} "
            "AND m_l.deleted = 0)")


def _in_scope(column: str) -> str:
    return f"(:all_units = 1 OR {column} IN (SELECT value FROM json_each(:units)))"


def _about_document(column: str) -> str:
    """The row concerns the scope's document (always true without one)."""
    return f"(:document IS NULL OR {column} = :document)"


def _on_document(conference_column: str) -> str:
    """The conference studied the scope's document (always true without one)."""
    return (f"(:document IS NULL OR EXISTS (SELECT 1 FROM conference_documents cd_s "
            f"WHERE cd_s.conference_uuid = {conference_column} AND cd_s.deleted = 0 "
            "AND cd_s.document_uuid = :document))")


# The conferences of the period that count for the scope.
_CONF_CTE = f"""
conf AS (
    SELECT c.uuid, c.format, c.kind FROM conferences c
    WHERE c.deleted = 0 AND substr(c.starts_at, 1, 10) BETWEEN :start AND :end
      AND {_on_document("c.uuid")}
      AND ({_in_scope("c.owner_unit")}
           OR EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_uuid = c.uuid
                      AND b.deleted = 0 AND {_in_scope("b.owner_unit")})
           OR EXISTS (SELECT 1 FROM attendance a WHERE a.conference_uuid = c.uuid
                      AND a.deleted = 0 AND {_in_scope("a.owner_unit")}))
)"""

# The same conferences, with "the unit followed it" read from the stored figures
# (``models.indicator_store``) instead of from every attendance row.
_STORED_CONF_CTE = f"""
conf AS (
    SELECT c.uuid, c.format, c.kind, c.starts_at FROM conferences c
    WHERE c.deleted = 0 AND substr(c.starts_at, 1, 10) BETWEEN :start AND :end
      AND {_on_document("c.uuid")}
      AND ({_in_scope("c.owner_unit")}
           OR EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_uuid = c.uuid
                      AND b.deleted = 0 AND {_in_scope("b.owner_unit")})
           OR EXISTS (SELECT 1 FROM stat_unit_conf s WHERE s.conference_uuid = c.uuid
                      AND s.attendance_rows > 0 AND {_in_scope("s.owner_unit")}))
)"""

_PER_MEMBER_CTE = f"""
studied_docs AS (
    SELECT DISTINCT cd.document_uuid, cd.conference_uuid
    FROM conference_documents cd JOIN conf ON conf.uuid = cd.conference_uuid
    WHERE cd.deleted = 0 AND {_about_document('cd.document_uuid')}
),
per_member AS (
    SELECT sd.document_uuid, a.member_uuid, m.chi_bo_uuid,
           MIN(a.status = 'excused') AS excused,
           MAX(a.status = 'present'
               OR (ms.uuid IS NOT NULL AND ms.deleted = 0 AND ms.held_on <= :end)) AS studied
    FROM studied_docs sd
    JOIN attendance a ON a.conference_uuid = sd.conference_uuid AND a.deleted = 0
         AND {_in_scope("a.owner_unit")}
    JOIN members m ON m.uuid = a.member_uuid AND m.deleted = 0
    LEFT JOIN makeup_sessions ms ON ms.uuid = a.makeup_uuid
    GROUP BY sd.document_uuid, a.member_uuid
)"""


def prepare_study_base(db: Database, scope: Scope) -> None:
    """Work out, once, who studied which document in the scope (a temp table).

    The study rates, the breakdown by chi bộ and the reflections all read it;
    building it once halves the cost of ``compute_stats``.
    """
    db.execute("DROP TABLE IF EXISTS temp.study_base")
    db.execute(
        f"CREATE TEMP TABLE study_base AS WITH {_CONF_CTE}, {_PER_MEMBER_CTE} "
        "SELECT * FROM per_member",
        scope.params,
    )


def _one(db: Database, sql: str, params: dict[str, Any]) -> tuple:
    return db.execute(sql, params).fetchone()


def _unique_attendees(db: Database, params: dict[str, Any]) -> int:
    """Distinct live members present at the period's conferences (the rows' path)."""
    (count,) = _one(
        db,
        # CROSS JOIN keeps the period's conferences outermost: left to itself SQLite
        # walked all attendance through the member index for the DISTINCT (28.7 s for
        # a quarter at a province of 100 communes, 1.1 s this way).
        f"WITH {_CONF_CTE} SELECT COUNT(DISTINCT a.member_uuid) FROM conf "
        f"CROSS JOIN attendance a ON a.conference_uuid = conf.uuid WHERE a.deleted = 0 "
        f"AND a.status = 'present' AND {_in_scope('a.owner_unit')} "
        f"AND {_live_member('a.member_uuid')}",
        params,
    )
    return count


def conference_counts(db: Database, scope: Scope) -> dict[str, Any]:
    params = scope.params
    total, in_person, online, hybrid = _one(
        db,
        f"WITH {_CONF_CTE} SELECT COUNT(*), "
        "COALESCE(SUM(format = 'truc_tiep'), 0), COALESCE(SUM(format = 'truc_tuyen'), 0), "
        "COALESCE(SUM(format = 'ket_hop'), 0) FROM conf",
        params,
    )
    by_kind = dict(
        db.execute(f"WITH {_CONF_CTE} SELECT kind, COUNT(*) FROM conf GROUP BY kind", params)
    )
    bridge_points, bridge_attendees = _one(
        db,
        f"WITH {_CONF_CTE} SELECT COUNT(*), COALESCE(SUM(b.attendees), 0) FROM bridge_points b "
        f"JOIN conf ON conf.uuid = b.conference_uuid WHERE b.deleted = 0 "
        f"AND {_in_scope('b.owner_unit')}",
        params,
    )
    # Conferences without bridge points: members present plus counted groups.
    (room_attendances,) = _one(
        db,
        f"""WITH {_CONF_CTE},
        plain AS (SELECT uuid FROM conf WHERE NOT EXISTS (
            SELECT 1 FROM bridge_points b WHERE b.conference_uuid = conf.uuid AND b.deleted = 0
            AND {_in_scope('b.owner_unit')}))
        SELECT
          (SELECT COUNT(*) FROM plain CROSS JOIN attendance a ON a.conference_uuid = plain.uuid
           WHERE a.deleted = 0 AND a.status = 'present' AND {_in_scope('a.owner_unit')}
             AND {_live_member('a.member_uuid')})
        + (SELECT COALESCE(SUM(g.present), 0) FROM group_attendance g
           JOIN plain ON plain.uuid = g.conference_uuid
           WHERE g.deleted = 0 AND {_in_scope('g.owner_unit')})""",
        params,
    )
    unique_attendees = _unique_attendees(db, params)
    return {
        "total": total,
        "in_person": in_person,
        "online": online,
        "hybrid": hybrid,
        "by_kind": by_kind,
        "bridge_points": bridge_points,
        "bridge_point_attendees": bridge_attendees,
        "attendances": bridge_attendees + room_attendances,
        "unique_attendees": unique_attendees,
    }


def study_rates(db: Database, scope: Scope, prepared: bool = False) -> list[dict[str, Any]]:
    """Study rate per document studied in the period, newest document first."""
    if not prepared:
        prepare_study_base(db, scope)
    rows = db.execute(
        """SELECT d.id, d.uuid, d.symbol, d.title, d.issued_on,
               SUM(NOT pm.excused), SUM(pm.studied AND NOT pm.excused), SUM(pm.excused)
        FROM temp.study_base pm JOIN documents d ON d.uuid = pm.document_uuid
        GROUP BY pm.document_uuid ORDER BY d.issued_on DESC, d.symbol"""
    ).fetchall()
    return [_rate_row(r) for r in rows]


def _rate_row(row: tuple) -> dict[str, Any]:
    doc_id, uuid, symbol, title, issued_on, eligible, studied, excused = row
    rate = rate_percent(studied, eligible)
    return {
        "document_id": doc_id,
        "document_uuid": uuid,
        "document": symbol,
        "title": title,
        "issued_on": issued_on,
        "eligible": eligible,
        "studied": studied,
        "excused": excused,
        "rate": round(rate, 2) if rate is not None else None,
    }


def study_by_chi_bo(
    db: Database, scope: Scope, document_uuid: str, prepared: bool = False
) -> list[dict[str, Any]]:
    """The same rate for one document, broken down by chi bộ."""
    if not prepared:
        prepare_study_base(db, scope)
    rows = db.execute(
        """SELECT c.uuid, c.name, SUM(NOT pm.excused), SUM(pm.studied AND NOT pm.excused),
               SUM(pm.excused)
        FROM temp.study_base pm JOIN chi_bo c ON c.uuid = pm.chi_bo_uuid
        WHERE pm.document_uuid = ?
        GROUP BY c.uuid ORDER BY c.position, c.name""",
        [document_uuid],
    ).fetchall()
    result = []
    for uuid, name, eligible, studied, excused in rows:
        rate = rate_percent(studied, eligible)
        result.append(
            {
                "chi_bo_uuid": uuid,
                "chi_bo": name,
                "eligible": eligible,
                "studied": studied,
                "excused": excused,
                "rate": round(rate, 2) if rate is not None else None,
            }
        )
    return result


def members_summary(
    db: Database, scope: Scope, document_uuid: str | None = None, prepared: bool = False
) -> dict[str, Any]:
    """Distinct members over the period (or one document): who should have studied
    something, who studied it, who is excused; overall and per chi bộ.

    A member counts as studied when they studied at least one document of the
    period; as excused when excused for every document they were listed for.
    """
    if not prepared:
        prepare_study_base(db, scope)
    where = "WHERE document_uuid = ?" if document_uuid else ""
    rows = db.execute(
        f"""WITH per AS (
            SELECT member_uuid, chi_bo_uuid, MIN(excused) AS excused,
                   MAX(studied AND NOT excused) AS studied
            FROM temp.study_base {where} GROUP BY member_uuid)
        SELECT c.uuid, c.name, SUM(NOT per.excused), SUM(per.studied), SUM(per.excused)
        FROM per JOIN chi_bo c ON c.uuid = per.chi_bo_uuid
        GROUP BY c.uuid ORDER BY c.position, c.name""",
        [document_uuid] if document_uuid else [],
    ).fetchall()
    cells = [
        {"chi_bo_uuid": r[0], "chi_bo": r[1], "eligible": r[2], "studied": r[3], "excused": r[4]}
        for r in rows
    ]
    return {
        "eligible": sum(c["eligible"] for c in cells),
        "studied": sum(c["studied"] for c in cells),
        "excused": sum(c["excused"] for c in cells),
        "chi_bo": cells,
    }


def makeup_counts(db: Database, scope: Scope) -> dict[str, int]:
    """Make-up sessions held in the period, and how many times members caught up at
    them (lượt: a member caught up for two conferences counts twice)."""
    sessions, members = _one(
        db,
        f"""SELECT COUNT(DISTINCT s.uuid), COUNT(a.uuid) FROM makeup_sessions s
        LEFT JOIN attendance a ON a.makeup_uuid = s.uuid AND a.deleted = 0
             AND {_live_member('a.member_uuid')}
        WHERE s.deleted = 0 AND s.held_on BETWEEN :start AND :end
          AND {_in_scope('s.owner_unit')} AND {_on_document('s.conference_uuid')}""",
        scope.params,
    )
    return {"sessions": sessions, "members": members}


def reflection_counts(db: Database, scope: Scope, prepared: bool = False) -> dict[str, Any]:
    if not prepared:
        prepare_study_base(db, scope)
    # One pass over the reflections owed, by (handed in, grade): the expected and
    # handed-in counts and the grades of those handed in (so that the grades add up to
    # that figure wherever both are shown: "Đã thu …; kết quả: …").
    expected = submitted = 0
    grades: dict[str, int] = {}
    for handed_in, grade, count in db.execute(
        """SELECT r.submitted, r.grade, COUNT(*)
        FROM temp.study_base pm LEFT JOIN reflections r ON r.member_uuid = pm.member_uuid
             AND r.document_uuid = pm.document_uuid AND r.deleted = 0
        WHERE pm.studied AND NOT pm.excused
        GROUP BY r.submitted, r.grade ORDER BY r.grade"""
    ):
        expected += count
        submitted += (handed_in or 0) * count
        if handed_in == 1 and grade:
            grades[grade] = grades.get(grade, 0) + count
    return {"expected": expected, "submitted": submitted, "grades": grades}


def plan_counts(db: Database, scope: Scope, today: dt.date) -> dict[str, Any]:
    as_of = min(today, scope.end).isoformat()
    params = {**scope.params, "as_of": as_of}
    plan_filter = (
        f"p.deleted = 0 AND {_in_scope('p.owner_unit')} "
        "AND COALESCE(p.issued_on, :start) BETWEEN :start AND :end "
        f"AND {_about_document('p.document_uuid')}"
    )
    (plans,) = _one(db, f"SELECT COUNT(*) FROM plans p WHERE {plan_filter}", params)
    done, in_progress, not_started, overdue = _one(
        db,
        "SELECT COALESCE(SUM(t.status = 'done'), 0), COALESCE(SUM(t.status = 'in_progress'), 0), "
        "COALESCE(SUM(t.status = 'not_started'), 0), "
        "COALESCE(SUM(t.status != 'done' AND t.deadline IS NOT NULL AND t.deadline < :as_of), 0) "
        f"FROM tasks t JOIN plans p ON p.uuid = t.plan_uuid WHERE t.deleted = 0 AND {plan_filter}",
        params,
    )
    # Late work does not stay in the year its plan was issued: what is overdue on a
    # day, from every plan (the overview's figure, the same tasks as its to-do list).
    overdue_all = overdue_task_count(db, scope, as_of)
    return {
        "total": plans,
        "tasks": done + in_progress + not_started,
        "tasks_done": done,
        "tasks_in_progress": in_progress,
        "tasks_not_started": not_started,
        "tasks_overdue": overdue,
        "tasks_overdue_all": overdue_all,
        "overdue_as_of": as_of,
    }


_OVERDUE_TASKS = """FROM tasks t JOIN plans p ON p.uuid = t.plan_uuid
    WHERE t.deleted = 0 AND p.deleted = 0 AND t.status != 'done' AND t.deadline < :as_of
      AND {scope}"""


def overdue_task_count(db: Database, scope: Scope, as_of: str) -> int:
    """Tasks not done whose deadline (ISO date) is before ``as_of``, whatever their plan."""
    sql = "SELECT COUNT(*) " + _OVERDUE_TASKS.format(scope=_in_scope("t.owner_unit"))
    (count,) = _one(db, sql, {**scope.params, "as_of": as_of})
    return count


def outreach_counts(db: Database, scope: Scope) -> dict[str, dict[str, int]]:
    rows = db.execute(
        f"""SELECT channel, COUNT(*), SUM(quantity), SUM(reach) FROM outreach o
        WHERE o.deleted = 0 AND o.held_on BETWEEN :start AND :end
          AND {_in_scope('o.owner_unit')}
          AND {_about_document('o.document_uuid')}
        GROUP BY channel ORDER BY channel""",
        scope.params,
    ).fetchall()
    return {
        channel: {"activities": count, "quantity": quantity, "reach": reach}
        for channel, count, quantity, reach in rows
    }


def compute_stats(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    today: dt.date | None = None,
    document: str | None = None,
) -> dict[str, Any]:
    """Every indicator for the period, as one JSON-ready object (``stats --json``);
    with ``document`` (a uuid), only what concerns that document.

    Read from the figures kept per unit (``models.indicator_store``) when they answer
    the question exactly, else worked out from the rows: the numbers are the same.
    """
    scope = make_scope(db, start, end, unit, document)
    stored = _stored_study(db, scope)
    if stored is None:
        prepare_study_base(db, scope)
        conferences = conference_counts(db, scope)
        study = study_rates(db, scope, prepared=True)
        reflections = reflection_counts(db, scope, prepared=True)
    else:
        figures, conf_rows = stored
        conferences = _stored_conference_counts(db, scope, figures, conf_rows)
        study = _stored_rates(db, figures)
        reflections = _stored_reflections(figures)
    return {
        "period": {
            "from": start.isoformat() if start else None,
            "to": end.isoformat() if end else None,
            "unit": unit,
        },
        "conferences": conferences,
        "study": study,
        "plans": plan_counts(db, scope, today or dt.date.today()),
        "outreach": outreach_counts(db, scope),
        "reflections": reflections,
    }


# --- from the stored figures --------------------------------------------------


def _stored_study(
    db: Database, scope: Scope
) -> tuple[indicator_store.ScopeFigures, list[tuple]] | None:
    """The stored figures for ``scope`` and its conferences, or ``None`` when only the
    rows can answer (see ``models.indicator_store``)."""
    if not indicator_store.refresh(db):
        return None
    conf_rows = db.execute(
        f"WITH {_STORED_CONF_CTE} SELECT uuid, format, kind, starts_at FROM conf", scope.params
    ).fetchall()
    figures = indicator_store.scope_figures(db, scope.params, {r[0]: r[3] for r in conf_rows})
    if figures.documents is None:
        return None
    return figures, conf_rows


def _stored_conference_counts(
    db: Database, scope: Scope, figures: indicator_store.ScopeFigures, conf_rows: list[tuple]
) -> dict[str, Any]:
    params = scope.params
    by_kind: dict[str, int] = {}
    for _uuid, _format, kind, _starts in conf_rows:
        by_kind[kind] = by_kind.get(kind, 0) + 1
    bridge_points, bridge_attendees = _one(
        db,
        f"WITH {_STORED_CONF_CTE} SELECT COUNT(*), COALESCE(SUM(b.attendees), 0) "
        "FROM bridge_points b JOIN conf ON conf.uuid = b.conference_uuid WHERE b.deleted = 0 "
        f"AND {_in_scope('b.owner_unit')}",
        params,
    )
    with_bridges = {
        r[0] for r in db.execute(
            f"WITH {_STORED_CONF_CTE} SELECT DISTINCT b.conference_uuid FROM bridge_points b "
            f"JOIN conf ON conf.uuid = b.conference_uuid WHERE b.deleted = 0 "
            f"AND {_in_scope('b.owner_unit')}",
            params,
        )
    }
    room = sum(
        counts[1] + counts[2]
        for conf, counts in figures.conferences.items()
        if conf not in with_bridges
    )
    unique = figures.present_members
    if unique is None:
        unique = _unique_attendees(db, params)
    return {
        "total": len(conf_rows),
        "in_person": sum(r[1] == "truc_tiep" for r in conf_rows),
        "online": sum(r[1] == "truc_tuyen" for r in conf_rows),
        "hybrid": sum(r[1] == "ket_hop" for r in conf_rows),
        "by_kind": dict(sorted(by_kind.items())),
        "bridge_points": bridge_points,
        "bridge_point_attendees": bridge_attendees,
        "attendances": bridge_attendees + room,
        "unique_attendees": unique,
    }


def _documents_info(db: Database, uuids: list[str]) -> dict[str, tuple]:
    return {
        r[1]: r
        for r in db.execute(
            "SELECT id, uuid, symbol, title, issued_on FROM documents "
            "WHERE uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(uuids)],
        )
    }


def _newest_first(rows: list[tuple], issued_index: int, *tie: int) -> list[tuple]:
    """ORDER BY issued_on DESC (no date last), then the ``tie`` columns ascending."""
    rows = sorted(rows, key=lambda r: tuple(r[i] for i in tie))
    return sorted(rows, key=lambda r: (r[issued_index] is not None, r[issued_index] or ""),
                  reverse=True)


def _stored_rates(db: Database, figures: indicator_store.ScopeFigures) -> list[dict[str, Any]]:
    documents = figures.documents or {}
    counted = [d for d, f in documents.items() if f.member_rows]
    info = _documents_info(db, counted)
    rows = [
        (*info[d], documents[d].eligible, documents[d].studied, documents[d].excused)
        for d in counted if d in info
    ]
    return [_rate_row(r) for r in _newest_first(rows, 4, 2, 1)]


def _stored_reflections(figures: indicator_store.ScopeFigures) -> dict[str, Any]:
    grades: dict[str, int] = {}
    expected = submitted = 0
    for doc in (figures.documents or {}).values():
        expected += doc.expected
        submitted += doc.submitted
        for grade, count in doc.grades.items():
            grades[grade] = grades.get(grade, 0) + count
    return {"expected": expected, "submitted": submitted, "grades": dict(sorted(grades.items()))}


@dataclass
class AttentionItem:
    kind: str  # "task", "study", "makeup", "reflection", "package"
    text: str
    target_uuid: str


def attention_items(db: Database, today: dt.date, limit: int = 200) -> list[AttentionItem]:
    """What the overview opens on: what is late or missing, most urgent first.

    A unit's package not sent this calendar month comes first ("package", pointing
    at the upper level): without it the upper level sees nothing of the rest.
    """
    scope = make_scope(db)
    params = {**scope.params, "today": today.isoformat(), "limit": limit}
    items: list[AttentionItem] = []
    reminder = package_reminder(db, today)
    if reminder:
        items.append(AttentionItem("package", reminder, get_settings(db).upper_unit_uuid))
    overdue = _OVERDUE_TASKS.format(scope=_in_scope("t.owner_unit"))
    for uuid, content, deadline, plan in db.execute(
        f"SELECT t.uuid, t.content, t.deadline, p.title {overdue} "
        "ORDER BY t.deadline LIMIT :limit",
        {**params, "as_of": today.isoformat()},
    ):
        items.append(
            AttentionItem(
                "task",
                _("Quá hạn từ {date}: {task} ({plan})").format(
                    date=show_date(deadline), task=content, plan=plan
                ),
                uuid,
            )
        )
    target = get_settings(db).target_rate
    stored = _stored_study(db, scope)
    if stored is None:
        prepare_study_base(db, scope)
        rates = study_rates(db, scope, prepared=True)
        makeup = _missing_makeup_from_rows(db, params)
        reflections = _missing_reflections_from_rows(db, params)
    else:
        rates = _stored_rates(db, stored[0])
        makeup = _missing_makeup_stored(db, params)
        reflections = _missing_reflections_stored(db, stored[0], limit)
    for row in rates:
        if row["rate"] is not None and row["rate"] < target:
            items.append(
                AttentionItem(
                    "study",
                    _(
                        "{document}: {studied}/{eligible} đảng viên đã học, đạt {rate} "
                        "(mục tiêu {target})"
                    ).format(
                        document=row["document"], studied=show_int(row["studied"]),
                        eligible=show_int(row["eligible"]), rate=show_percent(row["rate"]),
                        target=show_percent(target, 0),
                    ),
                    row["document_uuid"],
                )
            )
    for uuid, title, missing in makeup:
        items.append(
            AttentionItem(
                "makeup",
                ngettext(
                    "{count} đảng viên chưa học bù: {title}",
                    "{count} đảng viên chưa học bù: {title}",
                    missing,
                ).format(count=show_int(missing), title=title),
                uuid,
            )
        )
    for uuid, symbol, missing in reflections:
        items.append(
            AttentionItem(
                "reflection",
                ngettext(
                    "{count} bài thu hoạch chưa nộp: {symbol}",
                    "{count} bài thu hoạch chưa nộp: {symbol}",
                    missing,
                ).format(count=show_int(missing), symbol=symbol),
                uuid,
            )
        )
    return items


def _missing_makeup_from_rows(db: Database, params: dict[str, Any]) -> list[tuple]:
    return db.execute(
        f"""SELECT c.uuid, c.title, COUNT(*) FROM attendance a
        JOIN conferences c ON c.uuid = a.conference_uuid
        WHERE a.deleted = 0 AND c.deleted = 0 AND {_in_scope('a.owner_unit')}
          AND a.status IN ('absent_reason', 'absent_no_reason') AND a.makeup_uuid IS NULL
          AND {_live_member('a.member_uuid')}
        GROUP BY c.uuid ORDER BY c.starts_at DESC, c.uuid LIMIT :limit""",
        params,
    ).fetchall()


def _missing_makeup_stored(db: Database, params: dict[str, Any]) -> list[tuple]:
    return db.execute(
        f"""SELECT c.uuid, c.title, SUM(s.missing_makeup) FROM stat_unit_conf s
        JOIN conferences c ON c.uuid = s.conference_uuid
        WHERE c.deleted = 0 AND {_in_scope('s.owner_unit')}
        GROUP BY c.uuid HAVING SUM(s.missing_makeup) > 0
        ORDER BY c.starts_at DESC, c.uuid LIMIT :limit""",
        params,
    ).fetchall()


def _missing_reflections_from_rows(db: Database, params: dict[str, Any]) -> list[tuple]:
    return db.execute(
        """SELECT d.uuid, d.symbol, COUNT(*) FROM temp.study_base pm
        JOIN documents d ON d.uuid = pm.document_uuid
        LEFT JOIN reflections r ON r.member_uuid = pm.member_uuid
             AND r.document_uuid = pm.document_uuid AND r.deleted = 0 AND r.submitted = 1
        WHERE pm.studied AND NOT pm.excused AND r.uuid IS NULL
        GROUP BY d.uuid ORDER BY d.issued_on DESC LIMIT :limit""",
        params,
    ).fetchall()


def _missing_reflections_stored(
    db: Database, figures: indicator_store.ScopeFigures, limit: int
) -> list[tuple]:
    documents = figures.documents or {}
    missing = {d: f.expected - f.submitted for d, f in documents.items()
               if f.expected - f.submitted > 0}
    info = _documents_info(db, list(missing))
    rows = [(d, info[d][2], info[d][4]) for d in missing if d in info]
    return [(d, symbol, missing[d]) for d, symbol, _issued in _newest_first(rows, 2, 0)][:limit]
