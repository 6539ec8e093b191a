"""Attendance at a conference, make-up sessions (học bù), and non-member groups.

Every eligible member has one row per conference (the roster, made when the
conference is created or followed): present, absent with a reason, absent
without, or excused. An absentee who later studies in a make-up session keeps
the absence and gains a link to that session, so both facts stay visible.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.register import Register
from models.store import Travel, fetch_row, from_row, insert_row, update_row
from models.vntext import member_order, parse_date, rate_percent, show_int, show_percent

STATUSES = Labels({
    "present": N_("Có mặt"),
    "absent_reason": N_("Vắng có lý do"),
    "absent_no_reason": N_("Vắng không lý do"),
    "excused": N_("Miễn sinh hoạt"),
})


@dataclass(kw_only=True)
class MakeupSession(Travel):
    conference_uuid: str
    held_on: str
    place: str = ""
    note: str = ""


@dataclass
class AttendanceLine:
    """One line of the attendance sheet, as the clerk sees it."""

    member_uuid: str
    full_name: str
    chi_bo_uuid: str
    chi_bo: str
    official: bool
    status: str
    reason: str
    makeup_on: str | None
    search_text: str


@dataclass
class AttendanceTotals:
    members: int = 0
    official: int = 0
    probationary: int = 0
    excused: int = 0
    eligible: int = 0
    present: int = 0
    absent_reason: int = 0
    absent_no_reason: int = 0
    made_up: int = 0

    @property
    def studied(self) -> int:
        return self.present + self.made_up

    @property
    def present_rate(self) -> float | None:
        return rate_percent(self.present, self.eligible)

    def summary(self) -> str:
        """"Có mặt 1.102/1.180 — 93,4%", the live line under the sheet."""
        rate = self.present_rate
        text = _(
            "Có mặt {present}/{eligible}"
        ).format(present=show_int(self.present), eligible=show_int(self.eligible))
        return text if rate is None else f"{text} — {show_percent(rate, 1)}"


def build_roster(db: Register, conference_uuid: str) -> int:
    """Add every active member of this unit who has no row yet; returns how many.

    Call inside ``atomic``. Excused members get their own status so that they
    stay out of the study-rate base but remain visible on the sheet. Someone who
    joined the Party after the conference's day was not yet a member to attend it
    (a conference typed in late); a member without a joining date is counted.
    """
    unit = db.unit_uuid
    missing = db.execute(
        "SELECT m.uuid, m.excused FROM members m JOIN chi_bo c ON c.uuid = m.chi_bo_uuid "
        "WHERE m.deleted = 0 AND c.deleted = 0 AND m.status = 'active' AND m.owner_unit = ? "
        "AND (m.joined_on IS NULL OR m.joined_on = '' OR m.joined_on <= ("
        "SELECT substr(starts_at, 1, 10) FROM conferences WHERE uuid = ?)) "
        "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.conference_uuid = ? "
        "AND a.member_uuid = m.uuid AND a.deleted = 0)",
        [unit, conference_uuid, conference_uuid],
    ).fetchall()
    for member_uuid, excused in missing:
        insert_row(
            db,
            "attendance",
            {
                "conference_uuid": conference_uuid,
                "member_uuid": member_uuid,
                "status": "excused" if excused else "present",
            },
        )
    return len(missing)


def follow_conference(db: Register, conference_uuid: str) -> int:
    """This unit takes part in a conference (e.g. one broadcast from above)."""
    with db.atomic():
        fetch_row(db, "conferences", conference_uuid)
        return build_roster(db, conference_uuid)


def attendance_sheet(db: Register, conference_uuid: str, *,
                     every_unit: bool = False) -> list[AttendanceLine]:
    """This office's members at a conference; ``every_unit``: the members of every unit
    that followed it (the upper level's broadcast, once the units' packages are in)."""
    owner = "" if every_unit else "AND a.owner_unit = ? "
    rows = db.execute(
        "SELECT a.member_uuid, m.full_name, m.chi_bo_uuid, c.name, m.official, a.status, "
        "a.reason, s.held_on, m.search_text, c.position "
        "FROM attendance a JOIN members m ON m.uuid = a.member_uuid "
        "JOIN chi_bo c ON c.uuid = m.chi_bo_uuid "
        "LEFT JOIN makeup_sessions s ON s.uuid = a.makeup_uuid AND s.deleted = 0 "
        # A member deleted from the register is in none of the figures (models.indicators):
        # the sheet, its totals and the printed minutes agree with them.
        f"WHERE a.conference_uuid = ? AND a.deleted = 0 {owner}AND m.deleted = 0",
        [conference_uuid] if every_unit else [conference_uuid, db.unit_uuid],
    ).fetchall()
    # The sheet on screen and the sign-in sheet on paper, in the member list's order.
    rows.sort(key=lambda r: member_order(r[9], r[3], r[1]))
    return [
        AttendanceLine(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8]) for r in rows
    ]


def totals_of(lines: list[AttendanceLine]) -> AttendanceTotals:
    """Totals of a sheet in memory (the editor recomputes these on every key)."""
    totals = AttendanceTotals()
    for line in lines:
        totals.members += 1
        if line.official:
            totals.official += 1
        else:
            totals.probationary += 1
        if line.status == "excused":
            totals.excused += 1
            continue
        totals.eligible += 1
        if line.status == "present":
            totals.present += 1
        elif line.status == "absent_reason":
            totals.absent_reason += 1
        else:
            totals.absent_no_reason += 1
        if line.status != "present" and line.makeup_on:
            totals.made_up += 1
    return totals


def attendance_totals(db: Register, conference_uuid: str) -> AttendanceTotals:
    return totals_of(attendance_sheet(db, conference_uuid))


def set_attendance(
    db: Register, conference_uuid: str, marks: list[tuple[str, str, str]]
) -> None:
    """Record ``(member_uuid, status, reason)`` marks in one transaction.

    A member absent with a reason must have one; nothing is written if any
    mark is refused.
    """
    problems = []
    for member_uuid, status, reason in marks:
        if status not in STATUSES:
            problems.append(_(
                "Trạng thái điểm danh “{status}” không hợp lệ."
            ).format(status=status))
        if status == "absent_reason" and not reason.strip():
            name = db.execute(
                "SELECT full_name FROM members WHERE uuid = ?", [member_uuid]
            ).fetchone()
            problems.append(_(
                "Chưa ghi lý do vắng của đồng chí {value}."
            ).format(value=name[0] if name else ''))
    if problems:
        raise ValidationError(problems)
    unit = db.unit_uuid
    with db.atomic():
        for member_uuid, status, reason in marks:
            row = db.execute(
                "SELECT uuid FROM attendance WHERE conference_uuid = ? AND member_uuid = ? "
                "AND deleted = 0 AND owner_unit = ?",
                [conference_uuid, member_uuid, unit],
            ).fetchone()
            values = {
                "status": status,
                "reason": reason.strip() if status == "absent_reason" else "",
            }
            if status == "present":
                values["makeup_uuid"] = None
            if row:
                update_row(db, "attendance", row[0], values)
            else:
                fetch_row(db, "members", member_uuid)
                insert_row(
                    db,
                    "attendance",
                    {"conference_uuid": conference_uuid, "member_uuid": member_uuid, **values},
                )


def record_makeup(
    db: Register,
    conference_uuid: str,
    held_on: str,
    member_uuids: list[str],
    place: str = "",
    note: str = "",
) -> MakeupSession:
    """A make-up session on ``held_on`` at which ``member_uuids`` caught up."""
    problems = []
    try:
        day = parse_date(held_on)
    except ValueError as exc:
        day = None
        problems.append(str(exc))
    if day is None and not problems:
        problems.append(_("Chưa nhập ngày học bù."))
    conference = fetch_row(db, "conferences", conference_uuid)
    if day and day.isoformat() < conference["starts_at"][:10]:
        problems.append(_("Ngày học bù không được trước ngày hội nghị."))
    if not member_uuids:
        problems.append(_("Chưa chọn đảng viên nào học bù."))
    unit = db.unit_uuid
    rows = {}
    for member_uuid in member_uuids:
        row = db.execute(
            "SELECT a.uuid, a.status, m.full_name FROM attendance a "
            "JOIN members m ON m.uuid = a.member_uuid WHERE a.conference_uuid = ? "
            "AND a.member_uuid = ? AND a.deleted = 0 AND a.owner_unit = ?",
            [conference_uuid, member_uuid, unit],
        ).fetchone()
        if row is None or row[1] not in ("absent_reason", "absent_no_reason"):
            who = row[2] if row else member_uuid
            problems.append(_(
                "Đồng chí {who} không vắng mặt ở hội nghị này nên không cần học bù."
            ).format(who=who))
        else:
            rows[member_uuid] = row[0]
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        session = insert_row(
            db,
            "makeup_sessions",
            {
                "conference_uuid": conference_uuid,
                "held_on": day.isoformat(),
                "place": place.strip(),
                "note": note.strip(),
            },
        )
        for attendance_uuid in rows.values():
            update_row(db, "attendance", attendance_uuid, {"makeup_uuid": session["uuid"]})
    return from_row(MakeupSession, session)


def list_makeup_sessions(db: Register, conference_uuid: str) -> list[MakeupSession]:
    rows = db.query(
        "SELECT * FROM makeup_sessions WHERE conference_uuid = ? AND deleted = 0 ORDER BY held_on",
        [conference_uuid],
    )
    return [from_row(MakeupSession, r) for r in rows]


def set_group_attendance(db: Register, conference_uuid: str, group_uuid: str, present: int) -> None:
    """How many people of a non-member group attended (counted, not named)."""
    if present < 0:
        raise ValidationError(_("Số người tham dự không được âm."))
    unit = db.unit_uuid
    with db.atomic():
        row = db.execute(
            "SELECT uuid FROM group_attendance WHERE conference_uuid = ? AND group_uuid = ? "
            "AND deleted = 0 AND owner_unit = ?",
            [conference_uuid, group_uuid, unit],
        ).fetchone()
        if row:
            update_row(db, "group_attendance", row[0], {"present": present})
        else:
            fetch_row(db, "participant_groups", group_uuid)
            insert_row(
                db,
                "group_attendance",
                {"conference_uuid": conference_uuid, "group_uuid": group_uuid, "present": present},
            )


def group_counts(db: Register, conference_uuid: str) -> list[tuple[str, int]]:
    """Non-members at a conference, per group (every unit's count, at the upper level
    summed per group name), in the order the groups were set up."""
    rows = db.execute(
        "SELECT pg.name, SUM(g.present) FROM group_attendance g "
        "JOIN participant_groups pg ON pg.uuid = g.group_uuid "
        "WHERE g.conference_uuid = ? AND g.deleted = 0 AND pg.deleted = 0 "
        "GROUP BY pg.name ORDER BY MIN(pg.id)",
        [conference_uuid],
    ).fetchall()
    return [(name, int(total)) for name, total in rows if total]
