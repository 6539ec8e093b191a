"""Parsing and dispatch of the headless commands.

Each command module has ``register(subparsers)`` which adds its commands with
``set_defaults(handler=...)``; a handler takes the parsed arguments and returns
the exit code. A ``UserError`` becomes its Vietnamese message on stderr, exit 1.
"""
from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from pathlib import Path

from cli import keys, printing, records, safety, selftest, spreadsheets, usb
from cli.argparse_vi import Parser, language_of
from models.errors import UserError
from models.paths import default_db_path

COMMAND_MODULES = (records, printing, spreadsheets, safety, usb, selftest, keys)


def build_parser(language: str = "vi") -> argparse.ArgumentParser:
    parser = Parser(
        language=language,
        prog="main.py",
        description="Sổ Nghị quyết: sổ theo dõi học tập, quán triệt nghị quyết của Đảng. "
        "Không có lệnh thì mở cửa sổ chương trình.",
    )
    parser.add_argument(
        "--db", type=Path, default=None,
        help="tệp sổ dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
    )
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")
    subparsers = parser.add_subparsers(
        dest="command", metavar="LỆNH", parser_class=functools.partial(Parser, language=language)
    )
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(language_of(words))
    args = parser.parse_args(words)
    args.db = args.db or default_db_path()
    if args.command is None:
        from gui.app import run_gui  # only the window needs Qt

        return run_gui(args.db, args.lang)
    try:
        if args.command not in ("version", "key"):
            keys.unlock_if_needed()
        return args.handler(args)
    except UserError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
