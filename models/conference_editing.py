"""What the conference editor needs beyond the conference record itself.

The editor shows the attendance sheet before a new conference is saved (so the
clerk can mark it while the paper is in front of them) and saves the
conference and the marks together, so that Lưu never leaves one without the
other.
"""
from __future__ import annotations

import datetime as dt

from models.attendance import AttendanceLine, attendance_totals, set_attendance
from models.conferences import ConferenceDetail, get_conference_detail, save_conference
from models.errors import ValidationError
from models.register import Register
from models.rules.records import votes_problem
from models.vntext import member_order, name_key


def roster_preview(db: Register, on: dt.date | None = None) -> list[AttendanceLine]:
    """The sheet a new conference held ``on`` that day will get: every active member
    of this unit who had joined the Party by then (or has no joining date).

    Same members and defaults as ``models.attendance.build_roster`` (excused
    members marked excused, everyone else present), in the sheet's order.
    """
    rows = db.execute(
        "SELECT m.uuid, m.full_name, m.chi_bo_uuid, c.name, m.official, m.excused, "
        "m.search_text, c.position FROM members m JOIN chi_bo c ON c.uuid = m.chi_bo_uuid "
        "WHERE m.deleted = 0 AND c.deleted = 0 AND m.status = 'active' AND m.owner_unit = ? "
        "AND (? IS NULL OR m.joined_on IS NULL OR m.joined_on = '' OR m.joined_on <= ?)",
        [db.unit_uuid, *([on.isoformat() if on else None] * 2)],
    ).fetchall()
    rows.sort(key=lambda r: member_order(r[7], r[3], r[1]))
    return [
        AttendanceLine(
            member_uuid=r[0],
            full_name=r[1],
            chi_bo_uuid=r[2],
            chi_bo=r[3],
            official=bool(r[4]),
            status="excused" if r[5] else "present",
            reason="",
            makeup_on=None,
            search_text=r[6],
        )
        for r in rows
    ]


def makeup_attendees(db: Register, conference_uuid: str) -> dict[str, list[str]]:
    """Names of the members who caught up at each make-up session of a conference."""
    rows = db.execute(
        "SELECT a.makeup_uuid, m.full_name FROM attendance a "
        "JOIN members m ON m.uuid = a.member_uuid "
        "WHERE a.conference_uuid = ? AND a.deleted = 0 AND a.makeup_uuid IS NOT NULL "
        "AND a.owner_unit = ?",
        [conference_uuid, db.unit_uuid],
    ).fetchall()
    names: dict[str, list[str]] = {}
    # As Vietnamese lists are kept: by given name, accents and đ folded (SQL's ORDER BY
    # would put "Hoàng" before "Hà" and "Đức" after "Quang").
    for session_uuid, full_name in sorted(rows, key=lambda row: name_key(row[1])):
        names.setdefault(session_uuid, []).append(full_name)
    return names


def save_conference_with_attendance(
    db: Register, detail: ConferenceDetail, marks: list[tuple[str, str, str]]
) -> ConferenceDetail:
    """Save the conference and the attendance marks as one transaction.

    Any refusal (a conference problem or an absence without its reason) leaves
    the register exactly as it was.
    """
    with db.atomic():
        saved = save_conference(db, detail)
        if marks:
            set_attendance(db, saved.conference.uuid, marks)
        problem = votes_beyond_attendance(db, saved.conference.uuid)
        if problem:
            raise ValidationError(problem)
    return get_conference_detail(db, saved.conference.uuid)


def votes_beyond_attendance(db: Register, conference_uuid: str) -> str | None:
    """The votes rule (``models.rules.records.votes_problem``) on a saved conference of
    this unit: its members present, its guests and everyone at its bridge points."""
    detail = get_conference_detail(db, conference_uuid)
    conf = detail.conference
    if conf.owner_unit != db.unit_uuid:
        return None
    return votes_problem(
        [conf.votes_for, conf.votes_against, conf.votes_other],
        attendance_totals(db, conference_uuid).present,
        len(detail.guests),
        sum(point.attendees for point in detail.bridge_points),
    )
