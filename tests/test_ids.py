"""Record uuids: version 7, in the order they were made (``models.ids.new_uuid``)."""
from __future__ import annotations

import uuid

from models import ids


def test_new_uuids_are_version_7_and_unique():
    made = [ids.new_uuid() for _ in range(10_000)]
    assert len(set(made)) == len(made)
    for value in made[:100]:
        parsed = uuid.UUID(value)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == value  # lower-case, hyphenated, as the packages carry


def test_new_uuids_sort_in_the_order_they_were_made(monkeypatch):
    """What keeps a province's uuid index small to write: a later record's uuid sorts
    after an earlier one's, whatever the random part."""
    clock = iter(range(1_780_000_000_000, 1_780_000_000_000 + 50 * 1_000_000, 1_000_000))
    monkeypatch.setattr(ids.time, "time_ns", lambda: next(clock))
    made = [ids.new_uuid() for _ in range(50)]
    assert made == sorted(made)
    # The time is readable from the uuid: milliseconds since 1970 in the first 48 bits.
    assert uuid.UUID(made[0]).int >> 80 == 1_780_000_000_000 // 1_000_000
