"""Commands of the USB exchange: export, import, import-all, undo-import, keys, setup-unit,
apply-setup, units, unit-moved, conflicts, resolve, usb-log, demo-units."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from cli.terminal import printable
from cli.writing import one_writer
from models import exchange_conflicts, exchange_log, exchange_units, import_undo
from models.db import open_database
from models.errors import UserError
from models.exchange_view import conflict_view
from models.i18n import _
from models.vntext import show_int
from sync import consolidation
from sync.demo_units import build_demo_units
from sync.enrolment import apply_setup_file, setup_unit
from sync.import_export import export_package, import_package, import_packages, shown_time


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export", help=_("xuất gói dữ liệu ra USB (đơn vị: gửi cấp trên; cấp trên: danh mục)")
    )
    export.add_argument("--out", type=Path, required=True, help=_("thư mục trên USB"))
    export.add_argument("--unit", help=_("cấp trên: mã đơn vị nhận danh mục (xem lệnh units)"))
    export.add_argument("--full", action="store_true",
                        help=_("đơn vị: gửi toàn bộ dữ liệu thay vì chỉ phần thay đổi"))
    export.set_defaults(handler=one_writer(cmd_export))

    imp = subparsers.add_parser("import", help=_("nhận một gói dữ liệu (.snq)"))
    imp.add_argument("file", type=Path, help=_("tệp gói .snq"))
    imp.add_argument("--dry-run", action="store_true", help=_("chỉ xem trước, không ghi gì"))
    imp.add_argument("--approve-new-key", action="store_true",
                     help=_(
                         "chấp nhận khóa mới/đơn vị mới sau khi đã gọi điện đối chiếu dấu vân "
                         "tay"
                     ))
    imp.set_defaults(handler=one_writer(cmd_import))

    stick = subparsers.add_parser("import-all", help=_(
        "cấp trên: nhận mọi gói .snq trong một thư mục (như nút Nhận tất cả), hoàn tác được "
        "bằng lệnh undo-import"))
    stick.add_argument("folder", type=Path, help=_("thư mục chứa các gói, ví dụ USB"))
    stick.set_defaults(handler=one_writer(cmd_import_all))

    undo = subparsers.add_parser("undo-import", help=_(
        "hoàn tác lần nhận gói gần nhất (import, import-all, hay trong cửa sổ)"))
    undo.set_defaults(handler=one_writer(cmd_undo_import))

    keys = subparsers.add_parser("keys", help=_(
        "dấu vân tay khóa của đơn vị này và các nơi đã biết"
    ))
    keys.set_defaults(handler=cmd_keys)

    setup = subparsers.add_parser("setup-unit", help=_("cấp trên: tạo đơn vị và tệp thiết lập"))
    setup.add_argument("--name", required=True, help=_(
        "tên đơn vị, ví dụ “Đảng ủy xã Cẩm Giàng”"
    ))
    setup.add_argument("--abbr", required=True, help=_("chữ viết tắt, ví dụ “ĐU Cẩm Giàng”"))
    setup.add_argument("--out", type=Path, required=True, help=_("thư mục ghi tệp thiết lập"))
    setup.add_argument("--unit", help=_("cấp lại tệp cho đơn vị đã có (mã đơn vị)"))
    setup.add_argument("--moved-in", action="store_true",
                       help=_(
                           "đơn vị chuyển đến từ cấp trên khác: giữ mã đơn vị --unit của nó "
                           "(và toàn bộ số liệu trước đây)"
                       ))
    setup.set_defaults(handler=one_writer(cmd_setup_unit))

    apply = subparsers.add_parser("apply-setup", help=_("đơn vị: nhận tệp thiết lập (.snqs)"))
    apply.add_argument("file", type=Path, help=_("tệp thiết lập .snqs"))
    apply.add_argument("--dry-run", action="store_true", help=_("chỉ xem trước, không ghi gì"))
    apply.add_argument("--approve-new-key", action="store_true",
                       help=_("chấp nhận khóa mới của cấp trên sau khi đã gọi điện đối chiếu"))
    apply.set_defaults(handler=one_writer(cmd_apply_setup))

    units = subparsers.add_parser("units", help=_("cấp trên: bảng tổng hợp các đơn vị"))
    units.set_defaults(handler=cmd_units)

    moved = subparsers.add_parser(
        "unit-moved", help=_("cấp trên: đánh dấu đơn vị đã chuyển sang cấp trên khác"))
    moved.add_argument("unit", help=_("mã đơn vị (xem lệnh units)"))
    moved.add_argument("--to", required=True, help=_(
        "tên cấp trên mới, ví dụ “Tỉnh ủy Bắc Kạn”"
    ))
    moved.set_defaults(handler=one_writer(cmd_unit_moved))

    conflicts = subparsers.add_parser("conflicts", help=_("các bản ghi xung đột chờ xử lý"))
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = subparsers.add_parser("resolve", help=_("xử lý một xung đột"))
    resolve.add_argument("id", type=int, help=_("số của xung đột (xem lệnh conflicts)"))
    resolve.add_argument("--keep", choices=("here", "incoming"), required=True,
                         help=_("here: giữ bản trong sổ; incoming: lấy bản trong gói"))
    resolve.set_defaults(handler=one_writer(cmd_resolve))

    log = subparsers.add_parser("usb-log", help=_("nhật ký gửi và nhận gói"))
    log.set_defaults(handler=cmd_log)

    demo = subparsers.add_parser(
        "demo-units", help=_(
            "cấp trên: tạo N sổ đơn vị mẫu, xuất gói của chúng rồi nhận vào đây"
        )
    )
    demo.add_argument("count", type=int, metavar="N", help=_("số đơn vị"))
    demo.add_argument("--members", type=int, default=300, help=_("số đảng viên mỗi đơn vị"))
    demo.add_argument("--years", type=int, default=1)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--workdir", type=Path,
                      help=_("thư mục chứa các sổ đơn vị (mặc định: thư mục tạm)"))
    demo.set_defaults(handler=one_writer(cmd_demo_units))


def cmd_export(args: argparse.Namespace) -> int:
    db = open_database(args.db)

    def progress(what: str, done: int, total: int) -> bool:
        print(f"\r{what}… {done}/{total}\033[K", end="", file=sys.stderr, flush=True)
        return True

    written = export_package(db, args.out, unit=args.unit, progress=progress,
                             full=args.full)
    print(file=sys.stderr)
    for line in written.lines()[:1] + written.lines()[3:]:
        print(line, file=sys.stderr)
    print(written.target_path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    report = import_package(
        db, args.file, dry_run=args.dry_run, approve_new_key=args.approve_new_key
    )
    if args.dry_run:
        print(_("XEM TRƯỚC (chưa ghi gì vào sổ):"))
    for line in report.lines():
        print(line)
    if report.receipt is not None:
        print(_("Nếu nhận nhầm: lệnh undo-import hoàn tác lần nhận này."), file=sys.stderr)
    return 0


def cmd_import_all(args: argparse.Namespace) -> int:
    """Every package in a folder, a few hundred thousand records a transaction; exit 1
    if any was refused (the others are still taken)."""
    folder: Path = args.folder
    if not folder.is_dir():
        raise UserError(_(
            "Không tìm thấy thư mục “{folder}”. Nếu là USB, hãy kiểm tra USB đã được cắm."
        ).format(folder=folder))
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".snq" and p.is_file())
    if not files:
        raise UserError(_("Không có gói .snq nào trong “{folder}”.").format(folder=folder))
    db = open_database(args.db)
    batch = import_packages(db, files)
    for report in batch.reports:
        total = report.plan.totals()
        print(_("{file}: {sender}: {new} mới, {updated} cập nhật, {deleted} xóa, "
                "{conflicts} xung đột").format(
            file=report.file_name, sender=printable(report.sender_name),
            new=show_int(total.new), updated=show_int(total.updated),
            deleted=show_int(total.deleted), conflicts=show_int(total.conflicts)))
    for path, message in batch.refused:
        print(_("{file}: KHÔNG NHẬN: {reason}").format(
            file=path.name, reason=" ".join(message.split())))
    print(_("Đã nhận {done} gói, {refused} gói không nhận.").format(
        done=show_int(len(batch.reports)), refused=show_int(len(batch.refused))),
        file=sys.stderr)
    if batch.receipt is not None:
        print(_("Nếu nhận nhầm: lệnh undo-import hoàn tác cả lần nhận này."), file=sys.stderr)
    return 1 if batch.refused else 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    result = import_undo.undo_newest_receipt(db, db.path)
    print(_(
        "Đã hoàn tác lần nhận {count} gói: bỏ {removed} bản ghi mới, trả lại {restored} bản "
        "ghi như trước."
    ).format(count=show_int(result.packages), removed=show_int(result.rows_removed),
             restored=show_int(result.rows_restored)))
    print(_("Bản sao lưu trước khi hoàn tác: {path}").format(path=result.backup_path),
          file=sys.stderr)
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    for line in consolidation.key_summary(db).lines():
        print(line)
    return 0


def cmd_setup_unit(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    if args.moved_in and not args.unit:
        raise UserError(_("Đơn vị chuyển đến cần mã đơn vị cũ của nó (--unit MÃ)."))
    issued = setup_unit(db, args.out, name=args.name, abbr=args.abbr,
                        unit_uuid=args.unit, moved_in=args.moved_in)
    for line in issued.lines():
        print(line)
    return 0


def cmd_unit_moved(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    exchange_units.mark_moved(db, args.unit, args.to, dt.date.today().isoformat())
    print(_(
        "Đã đánh dấu đơn vị {unit} chuyển sang {upper}; số liệu đã nhận vẫn giữ nguyên trong "
        "sổ."
    ).format(unit=args.unit, upper=args.to.strip()))
    return 0


def cmd_apply_setup(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    report = apply_setup_file(
        db, args.file, approve_new_key=args.approve_new_key, dry_run=args.dry_run
    )
    if args.dry_run:
        print(_("XEM TRƯỚC (chưa ghi gì vào sổ):"))
    for line in report.lines():
        print(line)
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    rows = consolidation.unit_table(db, dt.date.today())
    print("\t".join(_(h) for h in consolidation.UNIT_TABLE_HEADERS))
    for status in rows:
        print("\t".join(printable(cell) for cell in status.cells()))
    silent = sum(s.silent for s in rows)
    print(_(
        "({rows} đơn vị, {silent} chưa gửi hoặc im lặng quá hạn)"
    ).format(rows=show_int(len(rows)), silent=show_int(silent)),
          file=sys.stderr)
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    items = exchange_conflicts.list_conflicts(db)
    for item in items:
        # Worded as the window words it: field names and values a clerk reads.
        view = conflict_view(db, item)
        print(printable(_(
            "#{id}  {kind}: {title} — của {owner}  (phát hiện {detected_at})  {uuid}"
        ).format(
            id=view.id,
            kind=view.kind,
            title=view.title,
            owner=view.owner,
            detected_at=view.detected_at,
            uuid=item.uuid,
        )))
        for difference in view.differences:
            print(printable(_(
                "    {label}: trong sổ “{here}” — trong gói “{incoming}”"
            ).format(label=difference.label, here=difference.here, incoming=difference.incoming)))
    print(_("({items} xung đột chờ xử lý)").format(items=show_int(len(items))), file=sys.stderr)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    notice = exchange_conflicts.resolve_conflict(db, args.id, take_incoming=args.keep == "incoming")
    incoming = args.keep == "incoming" and notice is None
    kept = _("bản trong gói") if incoming else _("bản trong sổ")
    print(_("Đã xử lý xung đột #{id}: giữ {kept}.").format(id=args.id, kept=kept))
    if notice:
        print(notice)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    lines = []
    for entry in exchange_log.import_log(db):
        total = sum(sum(c.values()) for c in entry.counts.values())
        lines.append((entry.imported_at, _("NHẬN\t{sender}\t{file}\t{count} bản ghi").format(
            sender=entry.sender_name, file=entry.file_name, count=show_int(total))))
    for out in exchange_log.export_log(db):
        lines.append((out.exported_at, _("GỬI\t{recipient}\t{file}\t{count} bản ghi").format(
            recipient=out.recipient_name, file=out.file_name,
            count=show_int(sum(out.counts.values())))))
    for moment, text in sorted(lines, key=lambda item: item[0], reverse=True):
        print(f"{shown_time(moment)}\t{text}")
    return 0


def cmd_demo_units(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="snq-don-vi-mau-"))

    def progress(what: str, done: int, total: int) -> bool:
        print(f"[{done}/{total}] {what}", file=sys.stderr, flush=True)
        return True

    result = build_demo_units(db, args.count, workdir=workdir, members=args.members,
                              years=args.years, seed=args.seed, progress=progress)
    print(_(
        "Đã tạo {units} sổ đơn vị mẫu trong {folder} và nhận {records} bản ghi từ gói của "
        "chúng."
    ).format(
        units=show_int(len(result.units)),
        folder=result.folder,
        records=show_int(result.records),
    ))
    return 0
