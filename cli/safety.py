"""Commands for the safety net: backup, backups, restore."""
from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from cli.writing import one_writer
from models import backup, backup_names, backup_thinning, keystore, restore
from models.errors import UserError
from models.i18n import _
from models.leftovers import remove_leftovers
from models.paths import backups_dir
from models.recovery_code import key_from_code


def register(subparsers: argparse._SubParsersAction) -> None:
    take = subparsers.add_parser("backup", help=_(
        "sao lưu sổ ngay (vào thư mục sao lưu hoặc USB)"
    ))
    take.add_argument("--to", type=Path, help=_("thư mục hoặc ổ USB để chép bản sao lưu"))
    take.set_defaults(handler=one_writer(cmd_backup))

    listing = subparsers.add_parser("backups", help=_("danh sách các bản sao lưu"))
    listing.set_defaults(handler=cmd_backups)

    putting_back = subparsers.add_parser("restore", help=_("khôi phục sổ từ một bản sao lưu"))
    putting_back.add_argument("file", type=Path, help=_("tệp sao lưu (.db)"))
    putting_back.add_argument("--recovery-code", metavar=_("MÃ"),
                              help=_("mã khôi phục in khi cài đặt (bản sao lưu của máy khác)"))
    putting_back.set_defaults(handler=one_writer(cmd_restore))


def cmd_backup(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise UserError(_("Không có tệp sổ dữ liệu {db}.").format(db=args.db))
    if args.to:
        target = backup.backup_to(args.db, args.to)
    else:
        target = backup.take_backup(args.db, backup_names.REASON_MANUAL)
    backup_thinning.thin_backups(backups_dir(args.db), datetime.now())
    print(target)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    for info in backup_names.list_backups(args.db):
        print(f"{info.taken:%d/%m/%Y %H:%M}\t{info.label}\t{info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # one_writer holds the register's lock: no copy is being written by anyone else now.
    backup_key = key_from_code(args.recovery_code) if args.recovery_code else None
    if backup_key is not None and not keystore.plain_mode() and keystore.load_key() is None:
        # A new PC: the code's key becomes this PC's, so the same paper keeps working.
        keystore.keep_key(backup_key)
    remove_leftovers(args.db)
    kept = restore.restore(args.db, args.file, backup_key=backup_key)
    print(_("Đã khôi phục sổ từ {file}.").format(file=args.file))
    if kept:
        print(_("Sổ trước khi khôi phục được giữ tại {kept}.").format(kept=kept))
    return 0
