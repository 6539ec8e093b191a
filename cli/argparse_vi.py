"""argparse speaking Vietnamese: its own messages (usage errors, help headings).

argparse looks its messages up through ``gettext``; the program ships no
gettext catalogue, so the few messages a clerk can meet are mapped here.
"""
from __future__ import annotations

import argparse
import sys
from typing import NoReturn

MESSAGES = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s không rõ, có thể là %(matches)s",
}


def _translate(message: str) -> str:
    return MESSAGES.get(message, message)


argparse._ = _translate  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """Bad usage: a Vietnamese message on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi cú pháp lệnh: {message}\n")
