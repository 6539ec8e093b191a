"""Commands over the records: init, demo, list, stats, search, check, version."""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.keys import show_pending_code
from cli.terminal import printable
from cli.writing import one_writer
from models import APP_NAME, APP_VERSION, demo, indicators
from models.conferences import FORMATS, list_conferences
from models.db import integrity_problems, open_database, schema_version
from models.documents import list_documents
from models.errors import UserError
from models.faults import damaged
from models.i18n import N_, _, ngettext
from models.lookups import LISTS, list_lookups, shown_name
from models.organisation import MEMBER_STATUSES, list_chi_bo, list_members
from models.outreach import list_activities
from models.plans import TASK_STATUSES, get_plan_detail, list_plans
from models.reflections import list_reflections
from models.rules.problems import problem_lines
from models.rules.register import register_problems
from models.schema import SCHEMA_VERSION
from models.search import search
from models.settings import ROLES, get_settings, save_settings
from models.vntext import parse_date, show_date, show_datetime, show_int, show_percent


def _date_arg(text: str) -> dt.date:
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if day is None:
        raise argparse.ArgumentTypeError(_("Thiếu ngày."))
    return day


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help=_("tạo sổ mới hoặc đặt thông tin đơn vị"))
    init.add_argument("--unit-name", help=_("tên đơn vị, ví dụ “Đảng ủy xã Cẩm Giàng”"))
    init.add_argument("--unit-abbr", help=_("chữ viết tắt, ví dụ “ĐU”"))
    init.add_argument("--unit-office", help=_(
        "văn phòng lưu văn bản, ví dụ “Văn phòng Đảng ủy”"
    ))
    init.add_argument("--upper-name", help=_("cấp trên, ví dụ “Đảng bộ tỉnh Thái Nguyên”"))
    init.add_argument("--upper-abbr", help=_("chữ viết tắt của cấp trên, ví dụ “TU”"))
    init.add_argument("--upper-office", help=_("cơ quan nhận báo cáo ở cấp trên"))
    init.add_argument("--place", help=_("địa danh ghi trên văn bản, ví dụ “Cẩm Giàng”"))
    init.add_argument("--term", help=_("nhiệm kỳ, ví dụ “2025-2030”"))
    init.add_argument("--role", choices=tuple(ROLES), help=_("unit: cơ sở; upper: cấp trên"))
    init.add_argument("--leader-name", help=_("họ tên người ký kế hoạch, báo cáo"))
    init.add_argument("--leader-position", help=_("chức vụ người ký, ví dụ “Bí thư Đảng ủy”"))
    init.add_argument("--recovery-sheet", type=Path, metavar="PDF",
                      help=_("ghi tờ mã khôi phục (một trang A4) ra tệp PDF này để in"))
    init.set_defaults(handler=one_writer(cmd_init))

    demo_cmd = subparsers.add_parser("demo", help=_("tạo dữ liệu mẫu trên sổ trống"))
    demo_cmd.add_argument("--seed", type=int, default=1)
    demo_cmd.add_argument("--members", type=int, default=1200)
    demo_cmd.add_argument("--years", type=int, default=3)
    demo_cmd.add_argument("--chi-bo", type=int, default=40)
    demo_cmd.set_defaults(handler=one_writer(cmd_demo))

    listing = subparsers.add_parser("list", help=_("liệt kê bản ghi kèm mã số (id)"))
    listing.add_argument("kind", choices=tuple(LIST_KINDS), metavar=_("LOẠI"),
                         help=_("một trong: ") + ", ".join(LIST_KINDS))
    listing.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    listing.set_defaults(handler=cmd_list)

    stats = subparsers.add_parser("stats", help=_("các chỉ tiêu trong một khoảng thời gian"))
    stats.add_argument("--from", dest="start", type=_date_arg, help=_("từ ngày (05/03/2023)"))
    stats.add_argument("--to", dest="end", type=_date_arg, help=_("đến ngày"))
    stats.add_argument("--unit", help=_("chỉ một đơn vị (mã đơn vị), ở cấp trên"))
    stats.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    stats.set_defaults(handler=cmd_stats, validate=check_period)

    find = subparsers.add_parser("search", help=_(
        "tìm văn bản, hội nghị, đảng viên (không dấu)"
    ))
    find.add_argument("text", help=_("nội dung cần tìm, ví dụ “dang uy”"))
    find.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    find.set_defaults(handler=cmd_search)

    check = subparsers.add_parser("check", help=_("kiểm tra tính toàn vẹn của sổ dữ liệu"))
    check.set_defaults(handler=cmd_check)

    version = subparsers.add_parser("version", help=_("phiên bản chương trình"))
    version.set_defaults(handler=cmd_version)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    settings = get_settings(db)
    for option, field in (
        ("unit_name", "unit_name"), ("unit_abbr", "unit_abbr"), ("unit_office", "unit_office"),
        ("upper_name", "upper_name"), ("upper_abbr", "upper_abbr"),
        ("upper_office", "upper_office"), ("place", "place"), ("term", "term"), ("role", "role"),
        ("leader_name", "leader_name"), ("leader_position", "leader_position"),
    ):
        value = getattr(args, option)
        if value is not None:
            setattr(settings, field, value)
    settings.initialised = True
    save_settings(db, settings)
    print(_(
        "Đã lưu thông tin đơn vị “{unit_name}” vào sổ {db}."
    ).format(unit_name=settings.unit_name, db=args.db))
    show_pending_code(settings.unit_name, args.recovery_sheet)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    db = open_database(args.db)

    def progress(done: int, total: int) -> bool:
        print("\r" + _("Đang tạo dữ liệu mẫu… {done}/{total}").format(done=done, total=total),
              end="", file=sys.stderr, flush=True)
        return True

    counts = demo.generate(
        db, seed=args.seed, members=args.members, years=args.years, chi_bo=args.chi_bo,
        progress=progress,
    )
    print(file=sys.stderr)
    print(_("Đã tạo dữ liệu mẫu: ") + ", ".join(
        DEMO_COUNTS[k](v).format(count=show_int(v)) if k in DEMO_COUNTS else f"{v} {k}"
        for k, v in counts.items()
    ))
    return 0


# What the demo made, in the clerk's words (the table names are a programmer's); the
# count is part of each message, so that English can say "1 member" and "60 members".
DEMO_COUNTS: dict[str, Callable[[int], str]] = {
    "documents": lambda n: ngettext("{count} văn bản", "{count} văn bản", n),
    "chi_bo": lambda n: ngettext("{count} chi bộ", "{count} chi bộ", n),
    "members": lambda n: ngettext("{count} đảng viên", "{count} đảng viên", n),
    "conferences": lambda n: ngettext("{count} hội nghị", "{count} hội nghị", n),
    "attendance": lambda n: ngettext("{count} lượt điểm danh", "{count} lượt điểm danh", n),
    "plans": lambda n: ngettext("{count} kế hoạch", "{count} kế hoạch", n),
    "tasks": lambda n: ngettext("{count} nhiệm vụ", "{count} nhiệm vụ", n),
    "outreach": lambda n: ngettext(
        "{count} hoạt động tuyên truyền", "{count} hoạt động tuyên truyền", n
    ),
    "reflections": lambda n: ngettext("{count} bài thu hoạch", "{count} bài thu hoạch", n),
}


def _rows_documents(db) -> list[dict[str, Any]]:
    return [
        {"id": d.id, "uuid": d.uuid, "symbol": d.symbol, "term": d.term,
         "issued_on": d.issued_on, "title": d.title}
        for d in list_documents(db)
    ]


def _rows_conferences(db) -> list[dict[str, Any]]:
    return [
        {"id": c.id, "uuid": c.uuid, "starts_at": c.starts_at, "format": c.format,
         "reg_number": c.reg_number, "status": c.status, "title": c.title}
        for c in list_conferences(db)
    ]


def _rows_members(db) -> list[dict[str, Any]]:
    chi_bo = {c.uuid: c.name for c in list_chi_bo(db)}
    return [
        {"id": m.id, "uuid": m.uuid, "full_name": m.full_name, "chi_bo": chi_bo.get(m.chi_bo_uuid),
         "birth_year": m.birth_year, "official": m.official, "excused": m.excused,
         "status": m.status}
        for m in list_members(db)
    ]


def _rows_chi_bo(db) -> list[dict[str, Any]]:
    return [{"id": c.id, "uuid": c.uuid, "name": c.name, "kind": c.kind} for c in list_chi_bo(db)]


def _rows_plans(db) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "uuid": p.uuid, "kind": p.kind, "number": p.number,
         "issued_on": p.issued_on, "title": p.title}
        for p in list_plans(db)
    ]


def _rows_tasks(db) -> list[dict[str, Any]]:
    rows = []
    for plan in list_plans(db):
        for task in get_plan_detail(db, plan.uuid).tasks:
            rows.append({"id": task.id, "uuid": task.uuid, "plan_id": plan.id,
                         "deadline": task.deadline, "status": task.status,
                         "content": task.content})
    return rows


def _rows_outreach(db) -> list[dict[str, Any]]:
    return [
        {"id": a.id, "uuid": a.uuid, "held_on": a.held_on, "channel": a.channel,
         "quantity": a.quantity, "measure": a.measure, "reach": a.reach,
         "description": a.description}
        for a in list_activities(db)
    ]


def _rows_reflections(db) -> list[dict[str, Any]]:
    return [dataclasses.asdict(r) for r in list_reflections(db)]


def _rows_lookups(db) -> list[dict[str, Any]]:
    return [
        {"id": r.id, "uuid": r.uuid, "list": r.list, "code": r.code, "name": r.name}
        for name in LISTS for r in list_lookups(db, name)
    ]


LIST_KINDS = {
    "documents": _rows_documents,
    "conferences": _rows_conferences,
    "members": _rows_members,
    "chi-bo": _rows_chi_bo,
    "plans": _rows_plans,
    "tasks": _rows_tasks,
    "outreach": _rows_outreach,
    "reflections": _rows_reflections,
    "lookups": _rows_lookups,
}

_SHOWN = {
    "starts_at": show_datetime, "issued_on": show_date, "held_on": show_date,
    "deadline": show_date, "format": lambda v: FORMATS.get(v, v),
    # A built-in list entry stored by its Vietnamese name is shown in the language.
    "name": shown_name, "channel": shown_name, "measure": shown_name, "grade": shown_name,
    "status": lambda v: _({**MEMBER_STATUSES, **TASK_STATUSES, "draft": N_("Nháp"),
                           "final": N_("Đã in")}.get(v, v)),
}


def cmd_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    rows = LIST_KINDS[args.kind](db)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        cells = [f"#{row['id']}"]
        for key, value in row.items():
            if key in ("id", "uuid") or value is None:
                continue
            cells.append(_SHOWN.get(key, str)(value) if key in _SHOWN else str(value))
        print(printable("  ".join(cells)))
    print(_("({rows} dòng)").format(rows=show_int(len(rows))), file=sys.stderr)
    return 0


def check_period(args: argparse.Namespace) -> None:
    """Arguments wrong in themselves are said before the register is looked at
    (``cli.app.run`` calls a command's ``validate`` first)."""
    if args.start and args.end and args.end < args.start:
        raise UserError(_("Ngày kết thúc (--to) phải sau ngày bắt đầu (--from)."))


def cmd_stats(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    stats = indicators.compute_stats(db, args.start, args.end, args.unit)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    conf = stats["conferences"]
    print(
        _(
            "Hội nghị: {total} (trực tiếp {in_person}, trực tuyến {online}, kết hợp {hybrid}); "
            "{bridge_points} điểm cầu; {attendances} lượt người; {unique_attendees} đảng viên "
            "khác nhau có mặt."
        ).format(
            total=show_int(conf['total']),
            in_person=conf['in_person'],
            online=conf['online'],
            hybrid=conf['hybrid'],
            bridge_points=show_int(conf['bridge_points']),
            attendances=show_int(conf['attendances']),
            unique_attendees=show_int(conf['unique_attendees']),
        )
    )
    for row in stats["study"]:
        rate = show_percent(row["rate"]) if row["rate"] is not None else "—"
        print(
            _(
                "  {document}: {studied}/{eligible} đảng viên, đạt {rate} (miễn sinh hoạt "
                "{excused})"
            ).format(
                document=row['document'],
                studied=show_int(row['studied']),
                eligible=show_int(row['eligible']),
                rate=rate,
                excused=show_int(row['excused']),
            )
        )
    plans = stats["plans"]
    print(
        _(
            "Kế hoạch: {total}; nhiệm vụ hoàn thành {tasks_done}, đang thực hiện "
            "{tasks_in_progress}, quá hạn {tasks_overdue}."
        ).format(
            total=plans['total'],
            tasks_done=plans['tasks_done'],
            tasks_in_progress=plans['tasks_in_progress'],
            tasks_overdue=plans['tasks_overdue'],
        )
    )
    for channel, value in stats["outreach"].items():
        print(_(
            "  {channel}: {activities} hoạt động, {reach} người"
        ).format(channel=shown_name(channel), activities=show_int(value["activities"]),
                 reach=show_int(value["reach"])))
    refl = stats["reflections"]
    print(_(
        "Bài thu hoạch: đã nộp {submitted}/{expected}."
    ).format(submitted=show_int(refl['submitted']), expected=show_int(refl['expected'])))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    hits = search(db, args.text)
    if args.json:
        print(json.dumps([dataclasses.asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return 0
    for hit in hits:
        print(f"{hit.kind}\t#{hit.id}\t{printable(hit.title)}\t{printable(hit.detail)}")
    print(_("({hits} kết quả)").format(hits=show_int(len(hits))), file=sys.stderr)
    return 0 if hits else 1


def cmd_check(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise UserError(_("Không có tệp sổ dữ liệu {db}.").format(db=args.db))
    db = open_database(args.db, migrate=False)
    try:
        problems = integrity_problems(db)
        # The record rules need the current schema (an older file is checked once the
        # program has opened and upgraded it) and a sound file.
        records = (register_problems(db)
                   if not problems and schema_version(db) == SCHEMA_VERSION else [])
    finally:
        db.conn.close()
    if problems:
        print(_("Sổ dữ liệu có lỗi:"), file=sys.stderr)
        for problem in problems[:50]:
            print(f"  {problem}", file=sys.stderr)
        raise damaged(args.db, problems[0])
    if records:
        print(_(
            "Sổ dữ liệu có {records} bản ghi sai quy tắc (đơn vị giữ bản ghi đó cần sửa rồi "
            "gửi gói mới):"
        ).format(records=show_int(len(records))), file=sys.stderr)
        for line in problem_lines(records, page=50):
            print(f"  {line}", file=sys.stderr)
        return 1
    print(_("Sổ dữ liệu {db} bình thường.").format(db=args.db))
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    print(_(
        "{APP_NAME} {APP_VERSION} (dữ liệu phiên bản {SCHEMA_VERSION})"
    ).format(APP_NAME=APP_NAME, APP_VERSION=APP_VERSION, SCHEMA_VERSION=SCHEMA_VERSION))
    return 0
