"""The indicators read from the figures kept per unit are exactly those worked out from
the rows, after every kind of change (a member deleted, a conference moved or deleted,
a document added to a conference, a make-up session after the period), and the kept
figures are actually used for the usual questions."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from models import indicator_store, indicators
from models.db import open_database
from tests.indicator_golden import TODAY, build

SCOPES = [
    (None, None),
    (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    (dt.date(2025, 6, 1), dt.date(2026, 3, 31)),
]


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    return build(tmp_path_factory.mktemp("province"))


def _from_rows(db, monkeypatch, **kwargs):
    with monkeypatch.context() as patch:
        patch.setattr(indicator_store, "refresh", lambda _db: False)
        return indicators.compute_stats(db, today=TODAY, **kwargs)


def _all_questions(db, monkeypatch):
    units = [None] + [u for (u,) in db.execute(
        "SELECT uuid FROM units WHERE role = 'unit' ORDER BY name")]
    docs = [d for (d,) in db.execute(
        "SELECT DISTINCT document_uuid FROM conference_documents ORDER BY document_uuid")]
    for start, end in SCOPES:
        for unit in units:
            stored = indicators.compute_stats(db, start, end, unit, today=TODAY)
            assert stored == _from_rows(db, monkeypatch, start=start, end=end, unit=unit)
    for doc in docs[:4]:
        stored = indicators.compute_stats(db, document=doc, today=TODAY)
        assert stored == _from_rows(db, monkeypatch, document=doc)


def test_the_kept_figures_answer_the_usual_questions(province):
    upper, _unit = province
    db = open_database(upper)
    for start, end in SCOPES[:2]:  # (another period may need the rows: see the module)
        scope = indicators.make_scope(db, start, end)
        assert indicators._stored_study(db, scope) is not None
    assert db.execute("SELECT COUNT(*) FROM stat_dirty").fetchone()[0] == 0
    # A member's new title changes no figure and marks nothing.
    with db.atomic():
        db.execute("UPDATE members SET position_title = 'Bí thư', revision = revision + 1 "
                   "WHERE id = 1")
    assert indicator_store.dirty_owners(db) == []
    assert db.execute("SELECT COUNT(*) FROM stat_unit_doc").fetchone()[0] > 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kept_figures_equal_the_rows_after_random_changes(tmp_path, seed, monkeypatch):
    upper, _unit = build(tmp_path)
    db = open_database(upper)
    rng = random.Random(seed)
    indicators.compute_stats(db)  # figures kept, then changed under them
    changes = [
        "UPDATE members SET deleted = 1 - deleted WHERE id = :pick % "
        "(SELECT MAX(id) FROM members) + 1",
        "UPDATE conferences SET deleted = 1 "
        "WHERE id = :pick % (SELECT MAX(id) FROM conferences) + 1",
        "UPDATE conferences SET starts_at = '2025-12-30T08:00' "
        "WHERE id = :pick % (SELECT MAX(id) FROM conferences) + 1",
        "INSERT INTO conference_documents (uuid, owner_unit, updated_at, conference_uuid, "
        "document_uuid) SELECT 'x' || :pick, c.owner_unit, '', c.uuid, d.uuid FROM conferences c, "
        "documents d WHERE c.id = :pick % (SELECT MAX(id) FROM conferences) + 1 "
        "AND d.id = :pick % (SELECT MAX(id) FROM documents) + 1",
        "UPDATE makeup_sessions SET held_on = '2027-02-01' "
        "WHERE id = :pick % (SELECT MAX(id) FROM makeup_sessions) + 1",
        "UPDATE attendance SET status = 'present' "
        "WHERE id = :pick % (SELECT MAX(id) FROM attendance) + 1",
        "UPDATE reflections SET submitted = 1 - submitted WHERE id = :pick % "
        "(SELECT MAX(id) FROM reflections) + 1",
    ]
    for _round in range(4):
        with db.atomic():
            for _ in range(3):
                db.execute(rng.choice(changes), {"pick": rng.randrange(10**6)})
        _all_questions(db, monkeypatch)
        # A conference deleted or moved, a document added: the kept figures of the
        # conferences concerned are made again, and still answer the question over
        # every period (before, the owner's figures went unused until its next edit).
        assert indicators._stored_study(db, indicators.make_scope(db)) is not None
    attention_rows = [(i.kind, i.text) for i in indicators.attention_items(db, TODAY)]
    with monkeypatch.context() as patch:
        patch.setattr(indicator_store, "refresh", lambda _db: False)
        assert attention_rows == [(i.kind, i.text) for i in indicators.attention_items(db, TODAY)]


def test_a_reflection_another_owner_holds_is_found_and_counted(tmp_path, monkeypatch):
    """The figures read an owner's reflections through its own index, then look for
    the members left among every owner's: one held by another unit is still counted,
    and marks the figures as not to be added up (the rows answer instead)."""
    upper, _unit = build(tmp_path)
    db = open_database(upper)
    indicators.compute_stats(db)
    owner, member, doc = db.execute(
        "SELECT a.owner_unit, a.member_uuid, cd.document_uuid FROM attendance a "
        "JOIN conference_documents cd ON cd.conference_uuid = a.conference_uuid "
        "JOIN reflections r ON r.member_uuid = a.member_uuid "
        "AND r.document_uuid = cd.document_uuid AND r.owner_unit = a.owner_unit "
        "JOIN members m ON m.uuid = a.member_uuid AND m.deleted = 0 "
        "WHERE a.status = 'present' AND a.deleted = 0 AND r.deleted = 0 "
        "AND r.submitted = 1 ORDER BY a.id LIMIT 1").fetchone()
    (other,) = db.execute("SELECT uuid FROM units WHERE uuid != ? ORDER BY uuid LIMIT 1",
                          [owner]).fetchone()
    with db.atomic():
        db.execute("UPDATE reflections SET owner_unit = ? WHERE member_uuid = ? "
                   "AND document_uuid = ?", [other, member, doc])
    _all_questions(db, monkeypatch)
    assert db.execute(
        "SELECT foreign_rows FROM stat_unit_doc WHERE owner_unit = ? AND document_uuid = ? "
        "AND period = ''", [owner, doc]).fetchone()[0] == 1
    db.conn.close()


def test_the_reflections_looked_for_are_those_a_figure_counts():
    """Cells are (excused, studied, present, last make-up day) per (year, document,
    member). A reflection counts where the member studied and was not excused, in a year
    or over every year (studied in any, excused not in all): only those are looked for."""
    cells = {
        ("2026", "nq57", "an"): [False, True, True, None],  # studied: counted
        ("2026", "nq57", "binh"): [False, False, False, None],  # absent: not owed
        ("2026", "nq57", "chi"): [True, True, False, "2026-05-02"],  # excused, made up
        # Excused but made up in 2025, absent in 2026: no year owes it, every year does.
        ("2025", "kl21", "dung"): [True, True, False, "2025-04-01"],
        ("2026", "kl21", "dung"): [False, False, False, None],
        ("2025", "kl21", "em"): [True, True, False, "2025-04-01"],  # excused both years
        ("2026", "kl21", "em"): [True, False, False, None],
    }
    assert indicator_store._owing(cells) == {("an", "nq57"), ("dung", "kl21")}
