"""The identities every travelling record is written with: a leaf that imports nothing.

A random UUID names a record in every office's register; the time of a change is
the local time to the second (revisions, not clocks, decide which copy is newer);
``DEFAULT_OWNER`` owns the rows seeded identically in every new register (the
default lookup lists), which the upper level looks after.
"""
from __future__ import annotations

import uuid as uuidlib
from datetime import datetime

DEFAULT_OWNER = "00000000-0000-0000-0000-000000000000"


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def new_uuid() -> str:
    return str(uuidlib.uuid4())
