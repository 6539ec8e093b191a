"""Parsing and dispatch of the headless commands.

Each command module has ``register(subparsers)`` which adds its commands with
``set_defaults(handler=...)``; a handler takes the parsed arguments and returns
the exit code. A ``UserError`` becomes its Vietnamese message on stderr, exit 1;
so does every other failure (a full disk, a read-only folder, a stick pulled
out), explained by its cause: no traceback reaches the person at the keyboard.
Bad usage is exit 2.
"""
from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from pathlib import Path

from cli import keys, printing, records, safety, selftest, settings_cmd, spreadsheets, usb
from cli.argparse_vi import Parser, language_of
from models import i18n
from models.cipher import ANY_SQLITE_ERROR
from models.constraints import quick_problems
from models.errors import UserError
from models.faults import damaged, explain_os, explain_sqlite, missing_register, storage_problem
from models.i18n import _
from models.paths import default_db_path

COMMAND_MODULES = (records, settings_cmd, printing, spreadsheets, safety, usb, selftest, keys)

# Commands that never touch the register named by --db.
NO_REGISTER = frozenset({"version", "selftest", "backups"})
# Commands that only read an existing register: a missing file is a stick pulled
# out or a wrong path, never a reason to create an empty register.
READERS = frozenset({
    "list", "stats", "search", "check", "minutes", "signin", "plan", "report", "backup",
    "units", "conflicts", "usb-log",
})


def build_parser(language: str = "vi") -> argparse.ArgumentParser:
    parser = Parser(
        language=language,
        prog="main.py",
        description=_(
            "Sổ Nghị quyết: sổ theo dõi học tập, quán triệt nghị quyết của Đảng. Không có lệnh "
            "thì mở cửa sổ chương trình."
        ),
    )
    parser.add_argument(
        "--db", type=Path, default=None,
        help=_("tệp sổ dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)"),
    )
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help=_(
        "ngôn ngữ giao diện"
    ))
    subparsers = parser.add_subparsers(
        dest="command", metavar=_("LỆNH"), parser_class=functools.partial(Parser, language=language)
    )
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def undecodable_argument(argv: Sequence[str]) -> int | None:
    """The position (from 1) of the first argument that is not valid text, or None.

    Python hands bytes that are not UTF-8 over as lone surrogates; stored in the
    register or printed they fail far from their cause.
    """
    for position, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


def preflight(command: str, db_path: Path) -> None:
    """Look at the register before the command does: gone, foreign or damaged stops here.

    The same check for every command means the same message for every command:
    a damaged register names its newest good backup whatever was asked of it.
    """
    from models.db import open_database

    if command in NO_REGISTER:
        return
    if not db_path.exists():
        if command in READERS:
            raise storage_problem(db_path, writing=False) or missing_register(db_path)
        return
    if command == "restore":
        # The way back from damage: only a file of some other program is refused.
        _refuse_foreign(db_path)
        return
    db = open_database(db_path, migrate=False)
    try:
        # ``check`` runs the full check itself and lists what it finds.
        problems = [] if command == "check" else quick_problems(db.conn)
    finally:
        db.conn.close()
    if problems:
        raise damaged(db_path, problems[0])


def _refuse_foreign(db_path: Path) -> None:
    from models.db import open_database
    from models.register_identity import NotARegisterError

    try:
        open_database(db_path, migrate=False).conn.close()
    except NotARegisterError:
        raise
    except UserError:
        pass  # damaged or unreadable: what restore is for


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = undecodable_argument(argv)
    language = language_of([] if bad is not None else argv)
    # Every message of models/, sync/ and the commands speaks the language asked for.
    i18n.set_language(language)
    parser = build_parser(language)
    if bad is not None:
        parser.print_usage(sys.stderr)
        print(
            _(
                "Lỗi cú pháp lệnh: tham số thứ {bad} có ký tự không đọc được (không phải chữ "
                "UTF-8). Hãy gõ lại tham số đó, hoặc đổi tên tệp, thư mục cho chỉ gồm chữ."
            ).format(bad=bad),
            file=sys.stderr,
        )
        return 2
    args = parser.parse_args(argv)
    args.db = args.db or default_db_path()
    if args.command is None:
        from gui.window.app import run_gui  # only the window needs Qt

        return run_gui(args.db, args.lang)
    try:
        validate = getattr(args, "validate", None)
        if validate is not None:
            validate(args)
        if args.command != "version":
            keys.unlock_if_needed()
        preflight(args.command, args.db)
        return args.handler(args)
    except UserError as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        print(_("Đã dừng theo yêu cầu."), file=sys.stderr)
        return 130
    except ANY_SQLITE_ERROR as exc:
        return _fail(str(explain_sqlite(exc, args.db)))
    except OSError as exc:
        return _fail(str(explain_os(exc, args.db)))
    except MemoryError:
        return _fail(_(
            "Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác rồi làm lại; "
            "việc đang làm dở đã bị huỷ."
        ))
    except Exception as exc:  # noqa: BLE001 - the last word a clerk sees must be a sentence
        return _fail(
            _(
                "Lỗi ngoài dự kiến ({kind}). Việc đang làm dở đã bị huỷ. Hãy chạy lệnh "
                "check, rồi báo người phụ trách kỹ thuật kèm lệnh đã chạy."
            ).format(kind=type(exc).__name__)
        )


def _fail(message: str) -> int:
    try:
        print(_("Lỗi: {message}").format(message=message), file=sys.stderr)
    except (OSError, ValueError):
        pass  # stderr closed or not writable: the exit code still says it
    return 1
