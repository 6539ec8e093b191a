"""The identities every travelling record is written with: a leaf that imports nothing.

A UUID names a record in every office's register: version 7 (RFC 9562), the time of
its making to the millisecond then 74 random bits, so that new records sort after old
ones. At a province the uuid index of attendance holds millions of rows; a month's new
lines with random uuids landed on a different page of it each (2,000-odd pages written
a package), with time-ordered ones they fill a few pages. Records made before this
have random (version 4) uuids; both kinds live side by side. The time of a change is
the local time to the second (revisions, not clocks, decide which copy is newer);
``DEFAULT_OWNER`` owns the rows seeded identically in every new register (the
default lookup lists), which the upper level looks after.
"""
from __future__ import annotations

import os
import time
import uuid as uuidlib
from datetime import datetime

DEFAULT_OWNER = "00000000-0000-0000-0000-000000000000"


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def new_uuid() -> str:
    """A version 7 UUID (Python 3.14's ``uuid.uuid7``, which 3.11 lacks)."""
    millis = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits, 74 of them used
    value = (
        millis << 80
        | 0x7 << 76
        | (rand >> 62 & 0xFFF) << 64
        | 0b10 << 62
        | rand & ((1 << 62) - 1)
    )
    return str(uuidlib.UUID(int=value))
