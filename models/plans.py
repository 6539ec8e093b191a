"""Action programmes and plans written after studying a document, with tasks."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.register import Register
from models.rules.records import deadline_problem
from models.store import (
    Travel,
    fetch_row,
    from_row,
    insert_row,
    replace_children,
    tombstone_row,
    update_row,
)
from models.vntext import parse_date, search_key

PLAN_KINDS = Labels({"CTr": N_("Chương trình hành động"), "KH": N_("Kế hoạch")})
TASK_STATUSES = Labels({
    "not_started": N_("Chưa thực hiện"),
    "in_progress": N_("Đang thực hiện"),
    "done": N_("Hoàn thành"),
})


@dataclass(kw_only=True)
class Task(Travel):
    content: str
    lead: str = ""
    partners: str = ""
    deadline: str | None = None
    output: str = ""
    status: str = "not_started"
    done_on: str | None = None
    plan_uuid: str = ""
    position: int = 0

    def is_overdue(self, today: dt.date) -> bool:
        return bool(self.deadline) and self.status != "done" and self.deadline < today.isoformat()


@dataclass(kw_only=True)
class Plan(Travel):
    title: str
    kind: str = "KH"
    document_uuid: str | None = None
    chi_bo_uuid: str | None = None
    number: int | None = None
    term: str = ""
    issued_on: str | None = None
    purpose: str = ""


@dataclass(kw_only=True)
class Progress(Travel):
    task_uuid: str
    noted_on: str
    note: str


@dataclass(kw_only=True)
class PlanDetail:
    plan: Plan
    tasks: list[Task] = field(default_factory=list)


def _date(value: str | None, label: str, problems: list[str]) -> str | None:
    try:
        day = parse_date(value)
    except ValueError as exc:
        problems.append(f"{label}: {exc}")
        return None
    return day.isoformat() if day else None


def save_plan(db: Register, detail: PlanDetail) -> PlanDetail:
    plan = detail.plan
    problems: list[str] = []
    if not plan.title.strip():
        problems.append(_("Chưa nhập tên chương trình, kế hoạch."))
    if plan.kind not in PLAN_KINDS:
        problems.append(_("Loại phải là chương trình (CTr) hoặc kế hoạch (KH)."))
    if plan.number is not None and plan.number < 1:
        problems.append(_("Số kế hoạch phải từ 1 trở lên."))
    issued = _date(plan.issued_on, _("Ngày ban hành"), problems)
    task_rows = []
    for index, task in enumerate(detail.tasks, start=1):
        if not task.content.strip():
            problems.append(_("Nhiệm vụ thứ {index} chưa có nội dung.").format(index=index))
        if task.status not in TASK_STATUSES:
            problems.append(_(
                "Nhiệm vụ thứ {index}: tình trạng không hợp lệ."
            ).format(index=index))
        label = _("Thời hạn nhiệm vụ thứ {index}").format(index=index)
        deadline = _date(task.deadline, label, problems)
        late = deadline_problem(deadline, issued)
        if late:
            problems.append(_(
                "Thời hạn nhiệm vụ thứ {index}: {late}."
            ).format(index=index, late=late))
        done_on = _date(task.done_on, _(
            "Ngày hoàn thành nhiệm vụ thứ {index}"
        ).format(index=index), problems)
        task_rows.append(
            {
                "uuid": task.uuid or None,
                "content": task.content.strip(),
                "lead": task.lead.strip(),
                "partners": task.partners.strip(),
                "deadline": deadline,
                "output": task.output.strip(),
                "status": task.status,
                "done_on": done_on if task.status == "done" else None,
            }
        )
    with db.atomic():
        if plan.document_uuid and not db.execute(
            "SELECT 1 FROM documents WHERE uuid = ? AND deleted = 0", [plan.document_uuid]
        ).fetchone():
            problems.append(_("Văn bản của kế hoạch không còn trong sổ."))
        if plan.chi_bo_uuid and not db.execute(
            "SELECT 1 FROM chi_bo WHERE uuid = ? AND deleted = 0", [plan.chi_bo_uuid]
        ).fetchone():
            problems.append(_("Chi bộ của kế hoạch không có trong danh sách chi bộ."))
        if plan.number is not None and plan.number >= 1 and db.execute(
            "SELECT 1 FROM plans WHERE deleted = 0 AND owner_unit = ? AND term = ? AND kind = ? "
            "AND number = ? AND uuid != ?",
            [db.unit_uuid, plan.term.strip(), plan.kind, plan.number, plan.uuid],
        ).fetchone():
            problems.append(_(
                "Số {number:02d}-{kind} đã dùng trong nhiệm kỳ này."
            ).format(number=plan.number, kind=plan.kind))
        if problems:
            raise ValidationError(problems)
        values = {
            "title": plan.title.strip(),
            "kind": plan.kind,
            "document_uuid": plan.document_uuid or None,
            "chi_bo_uuid": plan.chi_bo_uuid or None,
            "number": plan.number,
            "term": plan.term.strip(),
            "issued_on": issued,
            "purpose": plan.purpose.strip(),
            "search_text": search_key(f"{PLAN_KINDS.source(plan.kind, '')} {plan.title}"),
        }
        row = update_row(db, "plans", plan.uuid, values) if plan.uuid else insert_row(
            db, "plans", values
        )
        replace_children(db, "tasks", "plan_uuid", row["uuid"], task_rows)
    return get_plan_detail(db, row["uuid"])


def get_plan_detail(db: Register, key: int | str) -> PlanDetail:
    plan = from_row(Plan, fetch_row(db, "plans", key))
    tasks = [
        from_row(Task, r)
        for r in db.query(
            "SELECT * FROM tasks WHERE plan_uuid = ? AND deleted = 0 ORDER BY position, id",
            [plan.uuid],
        )
    ]
    return PlanDetail(plan=plan, tasks=tasks)


def list_plans(db: Register) -> list[Plan]:
    rows = db.query("SELECT * FROM plans WHERE deleted = 0 ORDER BY issued_on DESC, id DESC")
    return [from_row(Plan, r) for r in rows]


def delete_plan(db: Register, key: int | str) -> None:
    with db.atomic():
        row = tombstone_row(db, "plans", key)
        for (uuid,) in db.execute(
            "SELECT uuid FROM tasks WHERE plan_uuid = ? AND deleted = 0", [row["uuid"]]
        ).fetchall():
            tombstone_row(db, "tasks", uuid)


def add_progress(
    db: Register, task_uuid: str, noted_on: str, note: str, status: str | None = None
) -> Progress:
    """A dated progress note on a task, optionally moving its status on."""
    problems: list[str] = []
    day = _date(noted_on, _("Ngày ghi tiến độ"), problems)
    if not day and not problems:
        problems.append(_("Chưa nhập ngày ghi tiến độ."))
    if not note.strip():
        problems.append(_("Chưa ghi nội dung tiến độ."))
    if status is not None and status not in TASK_STATUSES:
        problems.append(_("Tình trạng nhiệm vụ không hợp lệ."))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        fetch_row(db, "tasks", task_uuid)
        row = insert_row(
            db, "task_progress", {"task_uuid": task_uuid, "noted_on": day, "note": note.strip()}
        )
        if status:
            update_row(
                db,
                "tasks",
                task_uuid,
                {"status": status, "done_on": day if status == "done" else None},
            )
    return from_row(Progress, row)


def list_progress(db: Register, task_uuid: str) -> list[Progress]:
    rows = db.query(
        "SELECT * FROM task_progress WHERE task_uuid = ? AND deleted = 0 ORDER BY noted_on, id",
        [task_uuid],
    )
    return [from_row(Progress, r) for r in rows]
