"""Keeping ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 drops a reference to ``None`` each time a Qt signal calls a
Python function (a key typed into a search box, a button pressed), and one to
``True`` on each ``emit()`` from Python. Python 3.12 and later make these
objects immortal, so there the slip is harmless; on Python 3.11, after a few
thousand calls ``None`` reaches zero and the program aborts with "Fatal Python
error: none_dealloc" — within minutes of typing in a list of members.

These three objects are never freed anyway, so giving each a very large
reserve of references (as Python 3.12 does) takes nothing away and makes the
slip unreachable: 2**40 lost references is years of continuous signals.
"""
from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_applied = False


def protect_singletons() -> bool:
    """Give None, True and False their reserve once; False where Python makes them immortal."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _applied = True
    return True
