"""Text from the register printed on a terminal, without what would take the terminal over.

A name brought in from a spreadsheet or another office's package may hold an
escape sequence (which clears or recolours the screen) or a bidi override (which
prints the rest of the line backwards). Printed, each such character becomes
"�": the clerk sees that something odd is there, and the terminal stays the clerk's.
"""
from __future__ import annotations

import unicodedata

REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    return "".join(
        REPLACEMENT if unicodedata.category(c) in ("Cc", "Cf") else c for c in str(text)
    )
