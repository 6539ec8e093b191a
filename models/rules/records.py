"""One record against the rules: each field (``fields``), then the rules between its
fields, and the rules between a record and the records it belongs to (a task and
its plan, a make-up session and its conference, a conference's votes and the people
present), written as plain functions so that an editor and the package check say
the same thing in the same words.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.i18n import _
from models.rules.fields import FIELDS, Field, value_problem
from models.rules.values import date_problem

FieldProblem = tuple[str, str]  # (field, message)


def field_problems(
    table: str, values: Mapping[str, Any], fields: Mapping[str, Field] | None = None
) -> list[FieldProblem]:
    """Every field of ``values`` that the table's rules refuse (fields the table does
    not have are ignored: an editor passes what it writes)."""
    spec = FIELDS[table] if fields is None else fields
    result = []
    for name, value in values.items():
        rule = spec.get(name)
        if rule is None:
            continue
        problem = value_problem(rule, value)
        if problem:
            result.append((name, problem))
    return result


def _valid(value: Any, kind: str = "date") -> bool:
    return isinstance(value, str) and date_problem(value, kind) is None


def _day(value: str) -> str:
    return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"


def _moment(value: str) -> str:
    return f"{value[11:16]} {_day(value)}"


def between_fields(table: str, row: Mapping[str, Any]) -> list[FieldProblem]:
    """The rules between fields of one record (call once each field is sound)."""
    get = row.get
    if table == "conferences":
        start, end = get("starts_at"), get("ends_at")
        if _valid(start, "minute") and _valid(end, "minute") and end <= start:
            return [("ends_at", _(
                "{end} không sau thời gian bắt đầu {start}"
            ).format(end=_moment(end), start=_moment(start)))]
    elif table == "tasks":
        if get("done_on") is not None and get("status") != "done":
            return [("done_on", _("có ngày hoàn thành nhưng nhiệm vụ chưa hoàn thành"))]
    elif table == "attendance":
        if get("status") == "absent_reason" and isinstance(get("reason"), str) \
                and not get("reason").strip():
            return [("reason", _("vắng có lý do nhưng chưa ghi lý do"))]
        if get("status") == "present" and get("makeup_uuid") is not None:
            return [("makeup_uuid", _("có mặt ở hội nghị nhưng lại ghi học bù"))]
    elif table == "reflections" and get("submitted") == 0:
        if get("grade"):
            return [("grade", _("có xếp loại nhưng bài chưa nộp"))]
        if get("submitted_on") is not None:
            return [("submitted_on", _("có ngày nộp nhưng bài chưa nộp"))]
    return []


def record_problems(table: str, row: Mapping[str, Any]) -> list[FieldProblem]:
    """A whole record: each field, then (when the fields are sound) the rules between them."""
    problems = field_problems(table, row)
    return problems or between_fields(table, row)


# --- rules between records -----------------------------------------------------------


def deadline_problem(deadline: Any, plan_issued_on: Any) -> str | None:
    """A task's deadline before its plan was issued is a slip of the finger (a wrong
    year) that would show the task overdue before the plan existed."""
    if _valid(deadline) and _valid(plan_issued_on) and deadline < plan_issued_on:
        return (_(
            "{deadline} trước ngày ban hành kế hoạch ({plan_issued_on})"
        ).format(deadline=_day(deadline), plan_issued_on=_day(plan_issued_on)))
    return None


def makeup_date_problem(held_on: Any, conference_starts_at: Any) -> str | None:
    """A make-up session is held after the conference it makes up for."""
    if _valid(held_on) and _valid(conference_starts_at, "minute") \
            and held_on < conference_starts_at[:10]:
        return _(
            "{held_on} trước ngày hội nghị ({conference_starts_at})"
        ).format(held_on=_day(held_on), conference_starts_at=_day(conference_starts_at))
    return None


def votes_problem(votes: list[int | None], present: int, guests: int,
                  bridge_attendees: int) -> str | None:
    """More votes than people at the conference (members present, guests, everyone at
    the bridge points) is a slip of the finger that the minutes would print. Without
    attendance taken there is nothing to compare with."""
    cast = sum(v for v in votes if isinstance(v, int))
    if not present:
        return None
    people = present + guests + bridge_attendees
    if cast <= people:
        return None
    cast_text, people_text = (f"{n:,}".replace(",", ".") for n in (cast, people))
    return (_(
        "Tổng số phiếu biểu quyết ({cast_text}) nhiều hơn số người dự hội nghị ({people_text})."
    ).format(cast_text=cast_text, people_text=people_text))
