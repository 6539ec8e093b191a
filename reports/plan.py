"""Chương trình / kế hoạch hành động thực hiện một văn bản: prose parts and a task table."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from models.i18n import N_, _
from models.vntext import format_date
from reports import frame
from reports.checks import blank, issuer_fields, number_fields, signature_fields
from reports.data import ActionPlan, PlanTask, PrintSettings

TASK_HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"]
# "Nội dung" takes what is left: about 58 mm of the 165 mm between default margins, for
# the task's sentence; the others hold a unit's name or a date.
TASK_COLS_MM = [12, 0, 25, 23, 24, 23]


# The kinds a plan prints as (reports.loaders), named in the refusal's language.
_KINDS = (N_("chương trình hành động"), N_("kế hoạch hành động"), N_("chương trình"),
          N_("kế hoạch"))


def missing_fields(data: ActionPlan) -> list[str]:
    kind = _((data.kind or "kế hoạch").strip().lower())
    missing = issuer_fields(data.issuer)
    if blank(data.kind):
        missing.append(_("loại văn bản (chương trình hay kế hoạch)"))
    if blank(data.type_code):
        missing.append(_("ký hiệu loại văn bản (KH hoặc CTr)"))
    missing += number_fields(data.number, kind)
    if data.date is None:
        missing.append(_("ngày ban hành {kind}").format(kind=kind))
    if blank(data.summary):
        missing.append(_("trích yếu {kind}").format(kind=kind))
    if not data.tasks:
        missing.append(_("nhiệm vụ (chưa có nhiệm vụ nào)"))
    for i, task in enumerate(data.tasks, 1):
        if blank(task.content):
            missing.append(_("nội dung nhiệm vụ thứ {i}").format(i=i))
        if blank(task.lead):
            missing.append(_("đơn vị chủ trì nhiệm vụ thứ {i}").format(i=i))
        if blank(task.deadline):
            missing.append(_("thời hạn nhiệm vụ thứ {i}").format(i=i))
    missing += signature_fields(data.signer)
    if not any(not blank(r) for r in data.recipients):
        missing.append(_("nơi nhận"))
    return missing


def render_plan(data: ActionPlan, target: Path | str,
                settings: PrintSettings | None = None) -> int:
    """Write the plan to ``target`` as PDF; return the page count.

    Raises MissingDataError (listing everything missing) before any file is made.
    """
    missing = missing_fields(data)
    if missing:
        raise frame.MissingDataError(_(data.kind.strip().lower() or "kế hoạch"), missing)
    settings = settings or PrintSettings()
    return frame.render_pdf(target, _story(data, settings), settings,
                            doc_title=f"{data.kind} {data.summary}", author=data.issuer.body)


def _deadline(value: dt.date | str | None) -> str:
    return format_date(value) if isinstance(value, dt.date) else (value or "").strip()


def _story(data: ActionPlan, settings: PrintSettings) -> list[Flowable]:
    assert data.number and data.date and data.signer
    story: list[Flowable] = [
        *frame.header(data.issuer,
                      frame.doc_number(data.number, data.type_code.strip(), data.issuer.code),
                      data.date, settings),
        *frame.title(data.kind, data.summary),
        *frame.sections(data.intro, 1),
    ]
    part = len(data.intro) + 1
    if data.tasks_intro.strip():
        story.append(frame.part_heading(part, data.tasks_heading))
        story += frame.table_intro(data.tasks_intro)
    else:
        story += frame.part_heading_before_table(part, data.tasks_heading)
    story.append(_task_table(data.tasks, settings))
    story += frame.sections(data.closing, part + 1)
    # The signature goes with the last paragraph (or, without closing parts, the table's
    # last rows cannot be held, so it simply follows the table).
    last = frame.pop_last_lines(story) if data.closing else []
    story.append(frame.closing(last, frame.signatures(
        None, data.signer, settings, data.recipients)))
    return story


def _task_table(tasks: list[PlanTask], settings: PrintSettings) -> Flowable:
    cols = [w * mm for w in TASK_COLS_MM]
    cols[1] = frame.page_width(settings) - sum(cols)
    rows = [(i, t.content, t.lead, t.partners, _deadline(t.deadline), t.output)
            for i, t in enumerate(tasks, 1)]
    return frame.simple_table(TASK_HEADER, rows, cols, centre_cols=(0, 4))
