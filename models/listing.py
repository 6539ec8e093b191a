"""Rows for the lists on screen: one plain dict per row, ready for a table.

Each row carries the labels a person reads (type names, chi bộ names, counts)
and ``search``: the folded text of everything shown, so that a list can match
"dang uy" against "Đảng ủy" without asking the database again on every key.
``deleted=True`` gives the deleted items of the same list, for undoing.
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from models.conferences import FORMATS, KINDS, STATUSES
from models.i18n import _
from models.lookups import LISTS, lookup_codes, shown_name
from models.organisation import MEMBER_STATUSES
from models.plans import PLAN_KINDS
from models.register import Register
from models.store import can_edit
from models.vntext import format_date, member_order, search_key


def _rows(
    db: Register, sql: str, params: list | tuple | dict[str, Any] = ()
) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params if isinstance(params, dict) else list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _search(*parts: Any) -> str:
    return search_key(" ".join(str(p) for p in parts if p not in (None, "")))


def document_rows(db: Register, *, deleted: bool = False) -> list[dict[str, Any]]:
    types = lookup_codes(db, "doc_type")
    levels = lookup_codes(db, "level")
    unit = db.unit_uuid
    rows = _rows(
        db,
        "SELECT d.id, d.uuid, d.owner_unit, d.type_code, d.symbol, d.title, d.level_code, "
        "d.issuer, d.issued_on, d.term, d.summary, "
        "(SELECT COUNT(*) FROM attachments a WHERE a.document_uuid = d.uuid AND a.deleted = 0) "
        "AS files FROM documents d WHERE d.deleted = ? ORDER BY d.issued_on DESC, d.symbol",
        [int(deleted)],
    )
    for row in rows:
        type_name = types.get(row["type_code"], row["type_code"])
        level_name = levels.get(row["level_code"], row["level_code"])
        row["type_name"] = shown_name(type_name)
        row["level_name"] = shown_name(level_name)
        row["year"] = _year(row["issued_on"])
        row["own"] = row["owner_unit"] == unit
        row["search"] = _search(
            type_name, row["type_name"], level_name, row["symbol"], row["title"], row["issuer"],
            row["level_name"],
            row["term"], row["summary"], format_date(row["issued_on"]),
        )
    return rows


def document_choices(db: Register) -> list[tuple[str, str]]:
    """(uuid, "57-NQ/TW — title") of every document, newest first, for pickers."""
    rows = _rows(
        db,
        "SELECT uuid, symbol, title FROM documents WHERE deleted = 0 "
        "ORDER BY issued_on DESC, symbol",
    )
    return [(r["uuid"], f"{r['symbol']} — {r['title']}") for r in rows]


def conference_rows(db: Register, *, deleted: bool = False) -> list[dict[str, Any]]:
    unit = db.unit_uuid
    rows = _rows(
        db,
        "SELECT c.id, c.uuid, c.owner_unit, c.kind, c.format, c.title, c.starts_at, c.place, "
        "c.status, c.reg_number, c.term, c.chair_name, "
        "(SELECT group_concat(d.symbol, ', ') FROM conference_documents cd "
        " JOIN documents d ON d.uuid = cd.document_uuid "
        " WHERE cd.conference_uuid = c.uuid AND cd.deleted = 0) AS documents, "
        "COALESCE(a.present, 0) AS present, COALESCE(a.eligible, 0) AS eligible, "
        "COALESCE(a.made_up, 0) AS made_up, "
        "COALESCE(b.points, 0) AS bridge_points, COALESCE(b.attendees, 0) AS bridge_attendees "
        "FROM conferences c "
        "LEFT JOIN (SELECT conference_uuid, SUM(status = 'present') AS present, "
        "  SUM(status != 'excused') AS eligible, "
        "  SUM(status IN ('absent_reason', 'absent_no_reason') AND makeup_uuid IS NOT NULL) "
        "  AS made_up FROM attendance WHERE deleted = 0 AND owner_unit = ? "
        "  GROUP BY conference_uuid) a ON a.conference_uuid = c.uuid "
        "LEFT JOIN (SELECT conference_uuid, COUNT(*) AS points, SUM(attendees) AS attendees "
        "  FROM bridge_points WHERE deleted = 0 GROUP BY conference_uuid) b "
        "  ON b.conference_uuid = c.uuid "
        "WHERE c.deleted = ? ORDER BY c.starts_at DESC",
        [unit, int(deleted)],
    )
    for row in rows:
        row["kind_name"] = KINDS.get(row["kind"], row["kind"])
        row["format_name"] = FORMATS.get(row["format"], row["format"])
        row["status_name"] = STATUSES.get(row["status"], row["status"])
        row["year"] = _year(row["starts_at"])
        row["documents"] = row["documents"] or ""
        row["studied"] = row["present"] + row["made_up"]
        row["rate"] = 100.0 * row["studied"] / row["eligible"] if row["eligible"] else None
        row["own"] = row["owner_unit"] == unit
        row["search"] = _search(
            row["title"], row["kind_name"], row["format_name"], row["place"], row["documents"],
            row["chair_name"], row["status_name"], format_date(row["starts_at"]),
        )
    return rows


def chi_bo_rows(db: Register, *, deleted: bool = False) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT c.id, c.uuid, c.owner_unit, c.name, c.kind, c.position, "
        "COALESCE(m.members, 0) AS members, COALESCE(m.excused, 0) AS excused, "
        "COALESCE(m.probationary, 0) AS probationary FROM chi_bo c "
        "LEFT JOIN (SELECT chi_bo_uuid, COUNT(*) AS members, SUM(excused) AS excused, "
        "  SUM(official = 0) AS probationary FROM members "
        "  WHERE deleted = 0 AND status = 'active' GROUP BY chi_bo_uuid) m "
        "  ON m.chi_bo_uuid = c.uuid "
        "WHERE c.deleted = ? ORDER BY c.position, c.name",
        [int(deleted)],
    )
    for row in rows:
        row["search"] = _search(row["name"], row["kind"])
    return rows


def member_rows(db: Register, *, deleted: bool = False) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT m.id, m.uuid, m.owner_unit, m.full_name, m.gender, m.birth_year, m.joined_on, "
        "m.official, m.excused, m.status, m.position_title, m.chi_bo_uuid, m.search_text, "
        "c.name AS chi_bo, c.position AS chi_bo_position, c.deleted AS chi_bo_deleted "
        "FROM members m JOIN chi_bo c ON c.uuid = m.chi_bo_uuid WHERE m.deleted = ?",
        [int(deleted)],
    )
    # Thousands of members share a few dozen chi bộ names and labels: fold each once.
    folded = functools.lru_cache(maxsize=None)(search_key)
    # Vietnamese lists go by given name (the last word), then the whole name.
    rows.sort(key=lambda r: member_order(r["chi_bo_position"], r["chi_bo"], r["full_name"]))
    for row in rows:
        del row["chi_bo_position"]
        row["official"] = bool(row["official"])
        row["excused"] = bool(row["excused"])
        row["official_name"] = _("Chính thức") if row["official"] else _("Dự bị")
        row["excused_name"] = _("Miễn sinh hoạt") if row["excused"] else ""
        row["status_name"] = MEMBER_STATUSES.get(row["status"], row["status"])
        # The stored search text already holds the folded name and chi bộ.
        stored = row.pop("search_text") or search_key(f"{row['full_name']} {row['chi_bo']}")
        row["search"] = " ".join(
            part
            for part in (
                stored,
                search_key(row["position_title"]) if row["position_title"] else "",
                folded(row["official_name"]),
                folded(row["excused_name"]),
                folded(row["status_name"]),
                str(row["birth_year"] or ""),
            )
            if part
        )
    return rows


def group_rows(db: Register, *, deleted: bool = False) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT id, uuid, owner_unit, name, headcount FROM participant_groups "
        "WHERE deleted = ? ORDER BY name",
        [int(deleted)],
    )
    for row in rows:
        row["search"] = _search(row["name"])
    return rows


def plan_rows(
    db: Register, *, deleted: bool = False, today: dt.date | None = None
) -> list[dict[str, Any]]:
    day = (today or dt.date.today()).isoformat()
    rows = _rows(
        db,
        "SELECT p.id, p.uuid, p.owner_unit, p.kind, p.number, p.term, p.title, p.issued_on, "
        "d.symbol AS document, c.name AS chi_bo, "
        "COALESCE(t.total, 0) AS tasks, COALESCE(t.done, 0) AS done, "
        "COALESCE(t.overdue, 0) AS overdue FROM plans p "
        "LEFT JOIN documents d ON d.uuid = p.document_uuid "
        "LEFT JOIN chi_bo c ON c.uuid = p.chi_bo_uuid "
        "LEFT JOIN (SELECT plan_uuid, COUNT(*) AS total, SUM(status = 'done') AS done, "
        "  SUM(status != 'done' AND deadline IS NOT NULL AND deadline < ?) AS overdue "
        "  FROM tasks WHERE deleted = 0 GROUP BY plan_uuid) t ON t.plan_uuid = p.uuid "
        "WHERE p.deleted = ? ORDER BY p.issued_on DESC, p.id DESC",
        [day, int(deleted)],
    )
    for row in rows:
        row["kind_name"] = PLAN_KINDS.get(row["kind"], row["kind"])
        row["year"] = _year(row["issued_on"])
        row["document"] = row["document"] or ""
        row["chi_bo"] = row["chi_bo"] or ""
        row["number_text"] = f"{row['number']:02d}-{row['kind']}" if row["number"] else ""
        row["has_overdue"] = _("Có việc quá hạn") if row["overdue"] else _("Không quá hạn")
        row["search"] = _search(
            row["kind_name"], row["number_text"], row["title"], row["document"], row["chi_bo"],
            format_date(row["issued_on"]),
        )
    return rows


def outreach_rows(db: Register, *, deleted: bool = False) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT o.id, o.uuid, o.owner_unit, o.held_on, o.channel, o.description, o.quantity, "
        "o.measure, o.reach, d.symbol AS document FROM outreach o "
        "LEFT JOIN documents d ON d.uuid = o.document_uuid "
        "WHERE o.deleted = ? ORDER BY o.held_on DESC, o.id DESC",
        [int(deleted)],
    )
    for row in rows:
        row["year"] = _year(row["held_on"])
        row["document"] = row["document"] or ""
        row["channel_name"] = shown_name(row["channel"])
        row["measure_name"] = shown_name(row["measure"] or "")
        row["search"] = _search(
            row["channel"], row["channel_name"], row["description"], row["document"],
            row["measure"],
            format_date(row["held_on"]),
        )
    return rows


# Who studied which document: present at a conference on it, or caught up at a
# make-up session (models.indicators counts a reflection as expected from them).
STUDIED_SQL = (
    "SELECT DISTINCT cd.document_uuid, a.member_uuid FROM conference_documents cd "
    "JOIN conferences c ON c.uuid = cd.conference_uuid AND c.deleted = 0 "
    "JOIN attendance a ON a.conference_uuid = cd.conference_uuid AND a.deleted = 0 "
    "LEFT JOIN makeup_sessions ms ON ms.uuid = a.makeup_uuid AND ms.deleted = 0 "
    "WHERE cd.deleted = 0 AND (a.status = 'present' OR (ms.uuid IS NOT NULL AND "
    # Excused after catching up (the make-up link stays) leaves the member out only when
    # excused at every conference on the document, as the indicators say.
    "EXISTS (SELECT 1 FROM conference_documents cd2 JOIN conferences c2 "
    "ON c2.uuid = cd2.conference_uuid AND c2.deleted = 0 JOIN attendance a2 "
    "ON a2.conference_uuid = cd2.conference_uuid AND a2.deleted = 0 "
    "WHERE cd2.deleted = 0 AND cd2.document_uuid = cd.document_uuid "
    "AND a2.member_uuid = a.member_uuid AND a2.status != 'excused')))"
)


def reflection_document_rows(db: Register) -> list[dict[str, Any]]:
    """Every document with how many of this unit's members who studied it handed in a
    reflection (``submitted``/``expected``), as the indicators count them."""
    rows = _rows(
        db,
        "SELECT d.id, d.uuid, d.symbol, d.title, d.issued_on, "
        "COALESCE(s.expected, 0) AS expected, COALESCE(s.submitted, 0) AS submitted, "
        "COALESCE(g.graded, 0) AS graded, "
        "(SELECT COUNT(*) FROM conference_documents cd JOIN conferences c "
        " ON c.uuid = cd.conference_uuid WHERE cd.document_uuid = d.uuid AND cd.deleted = 0 "
        " AND c.deleted = 0) AS conferences "
        "FROM documents d "
        f"LEFT JOIN (SELECT st.document_uuid, COUNT(*) AS expected, "
        "  COALESCE(SUM(r.submitted), 0) AS submitted "
        f"  FROM ({STUDIED_SQL}) st JOIN members m ON m.uuid = st.member_uuid "
        "  LEFT JOIN reflections r ON r.member_uuid = st.member_uuid "
        "  AND r.document_uuid = st.document_uuid AND r.deleted = 0 "
        "  WHERE m.deleted = 0 AND m.owner_unit = :unit GROUP BY st.document_uuid"
        ") s ON s.document_uuid = d.uuid "
        "LEFT JOIN (SELECT r.document_uuid, SUM(r.grade != '') AS graded FROM reflections r "
        "  JOIN members m ON m.uuid = r.member_uuid WHERE r.deleted = 0 AND m.deleted = 0 "
        "  AND m.owner_unit = :unit GROUP BY r.document_uuid) g ON g.document_uuid = d.uuid "
        "WHERE d.deleted = 0 ORDER BY d.issued_on DESC, d.symbol",
        {"unit": db.unit_uuid},
    )
    for row in rows:
        row["year"] = _year(row["issued_on"])
        row["rate"] = 100.0 * row["submitted"] / row["expected"] if row["expected"] else None
        row["studied"] = _("Đã học tập") if row["conferences"] else _("Chưa học tập")
        row["search"] = _search(row["symbol"], row["title"], format_date(row["issued_on"]))
    return rows


def lookup_rows(db: Register, list_name: str, *, deleted: bool = False) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT id, uuid, owner_unit, list, code, name, extra, position FROM lookups "
        "WHERE list = ? AND deleted = ? ORDER BY position, name",
        [list_name, int(deleted)],
    )
    for row in rows:
        row["editable"] = can_edit(db, row["owner_unit"])
        row["list_name"] = LISTS.get(row["list"], row["list"])
        row["shown_name"] = shown_name(row["name"])
        row["search"] = _search(row["name"], row["shown_name"], row["code"], row["extra"])
    return rows
