"""Characters and lengths of text.

Text in the register is printed in minutes, shown in lists and sent upwards: it may
hold any letter, digit, sign or space of any script, but not control characters
(NUL and the other C0 and C1 codes, which truncate or garble text in other programs),
the invisible characters that reorder text on screen (bidi embeddings, overrides
and isolates: a name could then read differently from what it holds), lone
surrogates, or the two non-characters U+FFFE and U+FFFF. Multi-line fields (the
content of minutes, notes) may also hold line breaks and tabs.
"""
from __future__ import annotations

import re

from models.i18n import _

# Control characters other than tab, line feed and carriage return, the C1 block,
# the bidi controls (marks, embeddings, overrides, isolates), surrogates and the
# non-characters U+FFFE, U+FFFF.
_REFUSED_ALWAYS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufffe\uffff"
)
REFUSED_MULTILINE = re.compile(f"[{_REFUSED_ALWAYS}]")
# A one-line field refuses line breaks, tabs and the Unicode line separators too.
REFUSED_ONE_LINE = re.compile(f"[{_REFUSED_ALWAYS}\t\n\r\u2028\u2029]")
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Lengths, in characters. Generous: a clerk never meets them; a broken or forged
# record does (a member name of a megabyte).
ID = 64
CODE = 50
NAME = 200
LINE = 500
TITLE = 2000
FILE_NAME = 255
LONG = 100_000
SEARCH = 300_000


def character_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` holds a character no text in the register may hold, or ``None``."""
    pattern = REFUSED_MULTILINE if multiline else REFUSED_ONE_LINE
    found = pattern.search(value)
    if found is None:
        return None
    char = found.group()
    code = f"U+{ord(char):04X}"
    if BIDI.match(char):
        return _("có ký tự ẩn đảo chiều chữ ({code}), không được phép").format(code=code)
    if char in "\t\n\r\u2028\u2029":
        return _("có xuống dòng hoặc dấu tab, trường này chỉ một dòng")
    if 0xD800 <= ord(char) <= 0xDFFF or char in "\ufffe\uffff":
        return _("có ký tự không hợp lệ ({code})").format(code=code)
    return _("có ký tự điều khiển ({code}), không được phép").format(code=code)


def length_problem(value: str, limit: int) -> str | None:
    if len(value) <= limit:
        return None
    return _(
        "dài {length} ký tự, quá giới hạn {limit} ký tự"
    ).format(length=_grouped(len(value)), limit=_grouped(limit))


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def text_problem(value: str, *, limit: int, multiline: bool = False) -> str | None:
    """The first thing wrong with a text value, or ``None``: length, then characters."""
    return length_problem(value, limit) or character_problem(value, multiline=multiline)


def shown(value: object, limit: int = 60) -> str:
    """A value as a message may quote it: controls and bidi characters made visible
    (quoting them raw would do to the message what they did to the record), and cut
    short."""
    text = value if isinstance(value, str) else repr(value)
    text = REFUSED_ONE_LINE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
