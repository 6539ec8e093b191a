import datetime as dt

import pytest

from models import demo, indicators
from models.db import open_database
from models.errors import UserError

UNTIL = dt.date(2026, 11, 25)


def names(db):
    return [r[0] for r in db.execute("SELECT full_name FROM members ORDER BY id")]


def test_demo_is_deterministic_and_plausible(tmp_path):
    one = open_database(tmp_path / "a.db")
    two = open_database(tmp_path / "b.db")
    counts = demo.generate(one, seed=7, members=300, years=2, chi_bo=12, until=UNTIL)
    demo.generate(two, seed=7, members=300, years=2, chi_bo=12, until=UNTIL)
    assert names(one) == names(two)
    assert counts["members"] == 300 and counts["chi_bo"] == 12 and counts["conferences"] == 20
    excused = one.execute("SELECT AVG(excused) FROM members").fetchone()[0]
    assert 0.03 < excused < 0.2  # about 1 in 10 excused
    stats = indicators.compute_stats(one, today=UNTIL)
    conf = stats["conferences"]
    assert conf["online"] + conf["hybrid"] > 0 and conf["bridge_points"] > 0
    assert all(0 < row["rate"] <= 100 for row in stats["study"])
    assert stats["plans"]["tasks"] > 0 and stats["outreach"] and stats["reflections"]["submitted"]
    three = open_database(tmp_path / "c.db")
    demo.generate(three, seed=8, members=300, years=2, chi_bo=12, until=UNTIL)
    assert names(three) != names(one)


def test_demo_refuses_a_register_with_data(tmp_path):
    db = open_database(tmp_path / "a.db")
    demo.generate(db, members=50, years=1, chi_bo=3, until=UNTIL)
    with pytest.raises(UserError, match="đã có dữ liệu"):
        demo.generate(db, members=50, years=1, chi_bo=3, until=UNTIL)


def test_cancelled_demo_leaves_nothing(tmp_path):
    db = open_database(tmp_path / "a.db")
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 3

    with pytest.raises(demo.DemoCancelled):
        demo.generate(db, members=100, years=1, chi_bo=4, until=UNTIL, progress=progress)
    assert db.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM conferences").fetchone()[0] == 0


def test_demo_minutes_name_guests_as_people(tmp_path):
    from reports import loaders
    from reports.minutes import render_minutes
    from tests.reports_pdf import all_text

    db = open_database(tmp_path / "a.db")
    demo.generate(db, members=50, years=1, chi_bo=3, until=UNTIL)
    conf_id = db.execute("SELECT MIN(id) FROM conferences").fetchone()[0]
    target = tmp_path / "bb.pdf"
    render_minutes(loaders.load_minutes(db, conf_id), target)
    text = all_text(target)
    assert "- Đại biểu mời dự: đồng chí Nguyễn Thị Lan, Phó Chủ tịch Hội đồng nhân dân xã." \
        in text
    assert "đồng chí Đại diện" not in text


def test_demo_numbers_start_again_in_each_term(tmp_path):
    """Minutes and plans are numbered from 01 in each term of the Party committee, in
    date order, as the office numbers them; never two conferences in the hall on one day."""
    db = open_database(tmp_path / "a.db")
    demo.generate(db, seed=3, members=80, years=3, chi_bo=4, until=UNTIL)
    conferences = db.execute(
        "SELECT term, reg_number, starts_at FROM conferences ORDER BY starts_at"
    ).fetchall()
    assert {term for term, _, _ in conferences} == {"2020-2025", "2025-2030"}
    days = [starts_at[:10] for _, _, starts_at in conferences]
    assert len(days) == len(set(days))
    for term in ("2020-2025", "2025-2030"):
        numbers = [number for t, number, _ in conferences if t == term]
        assert numbers == list(range(1, len(numbers) + 1)), term
        assert all(day < "2025-10-01" for (t, _, day) in conferences if t == "2020-2025")
    plans = db.execute("SELECT term, kind, number, issued_on FROM plans ORDER BY issued_on, id")
    seen: dict[tuple[str, str], list[int]] = {}
    for term, kind, number, _ in plans.fetchall():
        seen.setdefault((term, kind), []).append(number)
    assert ("2025-2030", "KH") in seen
    for key, numbers in seen.items():
        assert numbers == list(range(1, len(numbers) + 1)), key


def test_demo_attendance_holds_only_those_already_in_the_party(tmp_path):
    db = open_database(tmp_path / "a.db")
    demo.generate(db, seed=5, members=200, years=3, chi_bo=5, until=UNTIL)
    early = db.execute(
        "SELECT COUNT(*) FROM attendance a JOIN members m ON m.uuid = a.member_uuid "
        "JOIN conferences c ON c.uuid = a.conference_uuid "
        "WHERE m.joined_on > substr(c.starts_at, 1, 10)"
    ).fetchone()[0]
    assert early == 0
    recent = db.execute(
        "SELECT COUNT(*) FROM members WHERE joined_on > ?", [str(UNTIL.year - 2)]
    ).fetchone()[0]
    assert recent > 0  # the demo does have members admitted during its three years
