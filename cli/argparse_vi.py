"""argparse speaking Vietnamese: its own messages (usage errors, help headings).

argparse looks every message up through ``gettext`` in the global text domain.
The program ships a catalogue for argparse's domain
(``resources/locale/vi/LC_MESSAGES/argparse.mo``, compiled from the ``.po``
beside it), binds it, and names the language only while argparse is parsing, so
that programs started later (a PDF viewer) keep the user's own language.
"""
from __future__ import annotations

import argparse
import gettext
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from resources import LOCALE_DIR

DOMAIN = "argparse"
USAGE_ERROR = {"vi": "Lỗi cú pháp lệnh: {message}\n", "en": "Usage error: {message}\n"}

gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
gettext.textdomain(DOMAIN)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """gettext reads the language from LANGUAGE on every look-up; set it for this while."""
    before = os.environ.get("LANGUAGE")
    os.environ["LANGUAGE"] = language
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before


class Parser(argparse.ArgumentParser):
    """Messages in the program's language; bad usage exits with code 2."""

    def __init__(self, *args: Any, language: str = "vi", **kwargs: Any) -> None:
        self.language = language
        with speaking(language):  # the help headings are looked up here
            super().__init__(*args, **kwargs)

    def parse_known_args(
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with speaking(self.language):
            return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        with speaking(self.language):
            return super().format_help()

    def format_usage(self) -> str:
        with speaking(self.language):
            return super().format_usage()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, USAGE_ERROR.get(self.language, USAGE_ERROR["vi"]).format(message=message))


def language_of(argv: Sequence[str]) -> str:
    """The `--lang` asked for, read before parsing so that parsing speaks it."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--":
            break
    return "vi"
