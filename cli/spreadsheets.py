"""Commands for spreadsheets: import-members."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.writing import one_writer
from models.backup import take_backup
from models.backup_names import REASON_MEMBER_IMPORT
from models.db import open_database
from models.errors import UserError
from models.i18n import _
from models.member_import import apply_member_import, import_context
from sheets import SheetError, guess_default_chi_bo, guess_mapping, preview_members, read_table


def register(subparsers: argparse._SubParsersAction) -> None:
    members = subparsers.add_parser(
        "import-members", help=_("nhập danh sách đảng viên từ tệp Excel (.xlsx) hoặc .csv")
    )
    members.add_argument("file", type=Path, help=_("tệp danh sách"))
    members.add_argument("--dry-run", action="store_true",
                         help=_("chỉ xem trước, không ghi gì vào sổ"))
    members.add_argument("--create-chi-bo", action="store_true",
                         help=_("tạo chi bộ chưa có trong sổ"))
    members.add_argument("--chi-bo", help=_("chi bộ cho các dòng không ghi chi bộ"))
    members.set_defaults(handler=one_writer(cmd_import_members))


def cmd_import_members(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        table = read_table(args.file)
        chi_bo_names, existing = import_context(db)
        mapping = guess_mapping(table)
        preview = preview_members(
            table, mapping, chi_bo_names, existing,
            default_chi_bo=args.chi_bo or guess_default_chi_bo(table, chi_bo_names),
            create_missing_chi_bo=args.create_chi_bo,
        )
    except SheetError as exc:
        raise UserError(str(exc)) from None
    for line in preview.problem_lines():
        print(line, file=sys.stderr)
    if preview.unknown_chi_bo and not args.create_chi_bo:
        print(_("Chi bộ chưa có trong sổ: ") + ", ".join(preview.unknown_chi_bo)
              + _(" (thêm --create-chi-bo để tạo)."), file=sys.stderr)
    print(preview.summary())
    if args.dry_run:
        print(_("Chạy thử: chưa ghi gì vào sổ."))
        return 0
    if not preview.good_rows:
        raise UserError(_("Không có dòng nào nhập được; sổ không thay đổi."))
    kept = take_backup(args.db, REASON_MEMBER_IMPORT)
    print(_("Đã sao lưu sổ trước khi nhập: {kept}").format(kept=kept))
    print(apply_member_import(db, preview).summary())
    return 0
