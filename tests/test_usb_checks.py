"""The quick screen of a package's columns never lets through what the record-by-record
check refuses: one damaged value anywhere is found, and named."""
from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import demo, exchange_snapshot, import_plan
from models.db import open_database
from models.rules import package

VALUES = [None, -1, 0, 1, 2, 1900, 2101, 2**63, -(2**63) - 1, True, False, 1.5, "", "x",
          "Nam", "present", "hoc_tap", "draft", "a" * 64, "a" * 64 + ".pdf", [], {},
          "  ", "a\x00b", "a\nb", "a\tb", "\u202eAn", "x" * 201, "x" * 100_001,
          "2025-02-30", "2025-03-05", "1899-12-31", "2025-03-05T08:00", "2025-03-05T08:00:00",
          "05/03/2025", "2025-03-05 08:00"]


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    path = tmp_path_factory.mktemp("checks") / "so.db"
    db = open_database(path)
    demo.generate(db, seed=2, members=40, years=1, chi_bo=3, conferences_per_year=2)
    owner = exchange_snapshot.catalogue_owners(db)[0]
    return db, owner, exchange_snapshot.snapshot(db, [owner])


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_screen_agrees_with_the_row_by_row_check(register, data, monkeypatch):
    db, owner, payload = register
    table = data.draw(st.sampled_from(sorted(payload)), label="table")
    rows = copy.deepcopy(payload[table])
    index = data.draw(st.integers(0, len(rows) - 1), label="row")
    column = data.draw(st.sampled_from(sorted(rows[index])), label="column")
    rows[index][column] = data.draw(st.sampled_from(VALUES), label="value")
    damaged = {**payload, table: rows}

    quick = import_plan.check_payload(db, damaged, {owner})
    with monkeypatch.context() as patch:
        patch.setattr(package, "column_sound", lambda *args: False)
        slow = import_plan.check_payload(db, damaged, {owner})

    assert quick == slow


def test_a_sound_package_passes_both_ways(register, monkeypatch):
    db, owner, payload = register
    assert import_plan.check_payload(db, payload, {owner}) == []
    monkeypatch.setattr(package, "column_sound", lambda *args: False)
    assert import_plan.check_payload(db, payload, {owner}) == []


def test_members_pointed_at_are_found_the_same_through_their_owner(tmp_path, monkeypatch):
    """A package pointing at many members reads the owner's members in one go first
    (``_BY_OWNER_FROM``): the same members found, the same ones refused."""
    db = open_database(tmp_path / "so.db")
    demo.generate(db, seed=3, members=40, years=1, chi_bo=3, conferences_per_year=2)
    owner = exchange_snapshot.catalogue_owners(db)[0]
    payload = exchange_snapshot.snapshot(db, [owner])
    del payload["members"]  # every member pointed at is the register's
    attendance = copy.deepcopy(payload["attendance"])
    elsewhere = attendance[1]["member_uuid"]
    with db.atomic():  # that member now belongs to another unit
        db.execute("UPDATE members SET owner_unit = ? WHERE uuid = ?",
                   ["7f000000-0000-7000-8000-000000000001", elsewhere])
    attendance[0]["member_uuid"] = "7f000000-0000-7000-8000-00000000dead"
    payload["attendance"] = attendance
    pointing_elsewhere = [r["uuid"] for r in attendance if r["member_uuid"] == elsewhere]

    found = {}
    for by_owner_from in (0, 10**9):
        monkeypatch.setattr(package, "_BY_OWNER_FROM", by_owner_from)
        found[by_owner_from] = import_plan.check_payload(db, payload, {owner})

    assert found[0] == found[10**9]
    problems = [p for p in found[0] if p.table == "attendance"]
    assert [p.uuid for p in problems] == [attendance[0]["uuid"], *pointing_elsewhere]
    assert "không có trong gói lẫn trong sổ" in problems[0].message
    assert all("của đơn vị khác" in p.message for p in problems[1:])
    assert any(p.table == "reflections" for p in found[0])  # they point at it too
    db.conn.close()
