import datetime as dt
import re

import pytest

from models import demo, indicators, report_figures
from models.db import open_database
from models.errors import UserError
from models.settings import get_settings, save_settings

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
    from tests.reports_pdf import pages_text, squash

    db = open_database(tmp_path / "a.db")
    demo.generate(db, members=50, years=1, chi_bo=3, until=UNTIL)
    conf_id = db.execute("SELECT MIN(id) FROM conferences").fetchone()[0]
    target = tmp_path / "bb.pdf"
    render_minutes(loaders.load_minutes(db, conf_id), target)
    # The running page number at the top of pages 2… is not part of the sentence.
    text = squash(" ".join(p.split("\n", 1)[1] if i else p
                           for i, p in enumerate(pages_text(target))))
    guests = db.execute("SELECT name, position_title FROM guests WHERE conference_uuid = "
                        "(SELECT uuid FROM conferences WHERE id = ?)", [conf_id]).fetchall()
    assert guests
    for name, post in guests:
        assert f"đồng chí {name}, {post}" in text
        assert post.endswith(" xã")  # the commune's own bodies
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
    # Plans and the committee's own documents of the same kind share one sequence: the
    # Đảng ủy's "Kế hoạch" of February is 01, its plan of March 02.
    issued = db.execute(
        "SELECT term, kind, number, issued_on FROM plans UNION ALL "
        "SELECT term, type_code, number, issued_on FROM documents WHERE level_code = 'ĐU' "
        "ORDER BY 1, 2, 4").fetchall()
    seen: dict[tuple[str, str], list[int]] = {}
    for term, kind, number, _ in issued:
        seen.setdefault((term, kind), []).append(number)
    assert any(kind == "KH" for _, kind in seen) and any(kind == "CTr" for _, kind in seen)
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


def test_demo_reads_as_real(tmp_path):
    """Opinions written for the kind of document, never one sentence for all; documents
    named in full; plans after the conference and deadlines after the plan; chi bộ that
    study 85-99% of what they owe, some below the 95% target."""
    db = open_database(tmp_path / "a.db")
    demo.generate(db, seed=4, members=600, years=2, chi_bo=20, until=UNTIL)
    opinions = db.execute("SELECT conference_uuid, content FROM discussion").fetchall()
    assert len({content for _, content in opinions}) >= 10
    per_conference: dict[str, list[str]] = {}
    for conference, content in opinions:
        per_conference.setdefault(conference, []).append(content)
    assert all(len(set(c)) == len(c) for c in per_conference.values())
    contents = [r[0] for r in db.execute("SELECT content FROM conferences")]
    assert all(re.search(r"(Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Đề án) số \S+ ngày "
                         r"\d\d/\d\d/\d{4}", c) for c in contents)
    assert not any(re.search(r"của \d\d-[A-ZĐ]+/", c) for c in contents)
    late = db.execute(
        """SELECT COUNT(*) FROM plans p WHERE p.issued_on <= (
            SELECT MIN(substr(c.starts_at, 1, 10)) FROM conferences c
            JOIN conference_documents cd ON cd.conference_uuid = c.uuid
            WHERE cd.document_uuid = p.document_uuid)""").fetchone()[0]
    assert late == 0
    early = db.execute("SELECT COUNT(*) FROM tasks t JOIN plans p ON p.uuid = t.plan_uuid "
                       "WHERE t.deadline <= p.issued_on").fetchone()[0]
    assert early == 0
    names = [r[0] for r in db.execute("SELECT name FROM chi_bo")]
    assert not any(re.search(r"\d+$", name) for name in names)  # no "Chi bộ thôn Nà Pài 41"
    scope = indicators.make_scope(db, dt.date(UNTIL.year, 1, 1), UNTIL)
    indicators.prepare_study_base(db, scope)
    rates = [100 * done / due for due, done in report_figures.pair_rates(db, "chi_bo").values()
             if due]
    assert min(rates) < 95 <= max(rates)
    assert 85 <= min(rates) and max(rates) <= 100
    assert sum(r < 95 for r in rates) <= len(rates) // 2


def test_a_wards_demo_says_phuong(tmp_path):
    db = open_database(tmp_path / "a.db")
    settings = get_settings(db)
    settings.unit_name = "Đảng ủy phường Đức Xuân"
    settings.unit_abbr = "ĐU"
    settings.upper_name = "Đảng bộ tỉnh Thái Nguyên"
    settings.place = "Đức Xuân"
    settings.initialised = True
    save_settings(db, settings)
    demo.generate(db, seed=2, members=120, years=1, chi_bo=8, until=UNTIL)
    names = [r[0] for r in db.execute("SELECT name FROM chi_bo")]
    assert any(n.startswith("Chi bộ Tổ dân phố") for n in names)
    texts = " ".join(names) + " ".join(
        r[0] + r[1] for r in db.execute("SELECT place, chair_position FROM conferences"))
    texts += " ".join(r[0] for r in db.execute("SELECT position_title FROM guests"))
    texts += " ".join(r[0] for r in db.execute("SELECT issuer FROM documents "
                                                "WHERE level_code = 'ĐU'"))
    assert " phường" in texts
    assert not re.search(r"\bxã\b", texts.replace("Hợp tác xã", ""))
