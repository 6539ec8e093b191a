"""Commands that print: minutes, signin, plan, report (PDF, or .xlsx for the report)."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cli.records import _date_arg, check_period
from cli.writing import one_writer
from models.conferences import mark_final
from models.db import open_database
from models.errors import UserError
from models.exchange_units import list_units
from models.i18n import _
from models.organisation import find_chi_bo
from models.settings import get_settings
from models.vntext import fold
from reports import loaders, word
from reports.frame import ReportError
from reports.minutes import render_minutes
from reports.plan import render_plan
from reports.signin import render_signin
from reports.study_report import render_study_report
from reports.workbook import stats_workbook
from sheets import SheetError


def register(subparsers: argparse._SubParsersAction) -> None:
    minutes = subparsers.add_parser("minutes", help=_("in biên bản hội nghị ra tệp PDF"))
    minutes.add_argument("conference_id", type=int, help=_(
        "mã hội nghị (xem: list conferences)"
    ))
    minutes.add_argument("--out", type=Path, required=True,
                         help=_("tệp cần ghi: .pdf, hoặc .docx để sửa bằng Word"))
    minutes.add_argument("--final", action="store_true",
                         help=_("đánh dấu hội nghị đã in biên bản để ký"))
    minutes.add_argument("--excused-annex", action="store_true",
                         help=_("kèm phụ lục danh sách đảng viên được miễn sinh hoạt"))
    minutes.set_defaults(handler=one_writer(cmd_minutes, writes=lambda args: args.final))

    signin = subparsers.add_parser("signin", help=_("in danh sách đảng viên ký dự hội nghị"))
    signin.add_argument("conference_id", type=int)
    signin.add_argument("--out", type=Path, required=True)
    signin.add_argument("--chi-bo", help=_("chỉ in cho một chi bộ (tên chi bộ)"))
    signin.add_argument("--per-chi-bo", action="store_true", help=_(
        "mỗi chi bộ một trang riêng"
    ))
    signin.set_defaults(handler=cmd_signin)

    plan = subparsers.add_parser("plan", help=_("in chương trình, kế hoạch hành động"))
    plan.add_argument("plan_id", type=int, help=_("mã kế hoạch (xem: list plans)"))
    plan.add_argument("--out", type=Path, required=True)
    plan.set_defaults(handler=cmd_plan)

    report = subparsers.add_parser(
        "report", help=_("báo cáo kết quả học tập, quán triệt (PDF) hoặc bảng số liệu (.xlsx)")
    )
    report.add_argument("--from", dest="start", type=_date_arg, help=_("từ ngày"))
    report.add_argument("--to", dest="end", type=_date_arg, help=_("đến ngày"))
    report.add_argument("--document", type=int, help=_("chỉ một văn bản (mã văn bản)"))
    report.add_argument("--unit", help=_("chỉ một đơn vị (ở cấp trên)"))
    report.add_argument("--units", help=_(
        "cấp trên: báo cáo tổng hợp chỉ các đơn vị này (tên hoặc chữ viết tắt, cách nhau bởi "
        "dấu chấm phẩy)"
    ))
    report.add_argument("--number", type=int, help=_("số báo cáo (ví dụ 15 cho Số 15-BC/ĐU)"))
    report.add_argument("--date", type=_date_arg, help=_("ngày ký báo cáo (mặc định hôm nay)"))
    report.add_argument("--out", type=Path, required=True, help=_("tệp .pdf hoặc .xlsx"))
    report.set_defaults(handler=cmd_report, validate=check_period)


def _print_settings(db):
    return loaders.print_settings(get_settings(db))


def _done(path: Path, pages: int | None = None) -> int:
    print(path)
    if pages is not None:
        print(f"({pages} trang)")
    return 0


def _render(render, in_word, data, out: Path, settings, **options) -> int:
    """The PDF, or with ``--out X.docx`` the editable Word file of the same document."""
    suffix = out.suffix.lower()
    if suffix == ".docx":
        render = in_word
    elif suffix != ".pdf":
        raise UserError(_("Tệp cần ghi phải có đuôi .pdf hoặc .docx (Word)."))
    try:
        return render(data, out, settings, **options)
    except ReportError as exc:
        raise UserError(str(exc)) from None


def cmd_minutes(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    data = loaders.load_minutes(db, args.conference_id, excused_annex=args.excused_annex)
    pages = _render(render_minutes, word.minutes_docx, data, args.out, _print_settings(db))
    if args.final:
        mark_final(db, args.conference_id)
    return _done(args.out, pages)


def cmd_signin(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    chi_bo = None
    if args.chi_bo:
        found = find_chi_bo(db, args.chi_bo)
        if found is None:
            raise UserError(_("Không có chi bộ “{chi_bo}” trong sổ.").format(chi_bo=args.chi_bo))
        chi_bo = found.uuid
    data = loaders.load_signin(db, args.conference_id, chi_bo)
    pages = _render(render_signin, word.signin_docx, data, args.out, _print_settings(db),
                    per_chi_bo=args.per_chi_bo)
    return _done(args.out, pages)


def cmd_plan(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    data = loaders.load_plan(db, args.plan_id)
    pages = _render(render_plan, word.plan_docx, data, args.out, _print_settings(db))
    return _done(args.out, pages)


def _chosen_units(db, names: str) -> list[str]:
    """The uuids of the units named (by name or abbreviation); unknown names refused."""
    known = list_units(db, role="unit")
    chosen, unknown = [], []
    for name in (n.strip() for n in names.split(";")):
        if not name:
            continue
        found = [u for u in known if fold(name) in (fold(u.name), fold(u.abbr))]
        if found:
            chosen.append(found[0].uuid)
        else:
            unknown.append(name)
    if unknown:
        raise UserError(_("Không có đơn vị: ") + "; ".join(unknown)
                        + _(". Xem tên các đơn vị bằng lệnh: units."))
    return chosen


def cmd_report(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    suffix = args.out.suffix.lower()
    if suffix == ".xlsx":
        tables = loaders.load_report_tables(db, args.start, args.end, args.document, args.unit)
        try:
            return _done(stats_workbook(args.out, *tables))
        except SheetError as exc:
            raise UserError(str(exc)) from None
    if suffix not in (".pdf", ".docx"):
        raise UserError(_("Tệp báo cáo phải có đuôi .pdf, .docx (Word) hoặc .xlsx."))
    consolidated = get_settings(db).role == "upper" and not args.unit
    chosen = _chosen_units(db, args.units) if args.units else None
    if chosen is not None and not consolidated:
        raise UserError(_(
            "--units chỉ dùng cho báo cáo tổng hợp ở cấp trên (không kèm --unit)."
        ))
    data = loaders.load_study_report(
        db, args.start, args.end, args.document, number=args.number,
        date=args.date or dt.date.today(), unit=args.unit, consolidated=consolidated,
        units=chosen,
    )
    pages = _render(render_study_report, word.report_docx, data, args.out, _print_settings(db))
    return _done(args.out, pages)
