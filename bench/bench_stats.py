"""`stats` over a 3-year, 2,500-member commune vs a bare GROUP BY over the same
attendance table, in the same run.

    python -m bench.bench_stats [--members 2500] [--years 3]
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import tempfile
import time
from pathlib import Path

from bench.common import median_seconds, report
from models import demo, indicator_store, indicators
from models.db import open_database
from models.organisation import get_member, save_member


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        start = time.perf_counter()
        counts = demo.generate(db, members=args.members, years=args.years, chi_bo=60,
                               until=dt.date(2026, 11, 25))
        print(f"demo data: {time.perf_counter() - start:.2f} s, "
              f"{counts['attendance']:,} attendance rows, {counts['conferences']} conferences")

        def stats() -> None:
            indicators.compute_stats(db)

        def bare() -> None:
            db.execute(
                "SELECT conference_uuid, status, COUNT(*) FROM attendance "
                "WHERE deleted = 0 GROUP BY conference_uuid, status"
            ).fetchall()

        baseline = median_seconds(bare, args.repeat)
        report("stats (every indicator, figures kept)", median_seconds(stats, args.repeat),
               "bare GROUP BY over attendance", baseline, goal="≤ 3.00x")
        member = get_member(db, db.execute("SELECT uuid FROM members LIMIT 1").fetchone()[0])

        def after_an_edit() -> None:
            # A clerk's edit marks the commune's figures stale: the next stats makes them.
            save_member(db, dataclasses.replace(member, position_title=str(time.perf_counter())))
            indicators.compute_stats(db)

        report("stats after an edit (figures made again)",
               median_seconds(after_an_edit, args.repeat),
               "bare GROUP BY over attendance", baseline)
        row = db.execute("SELECT uuid, status FROM attendance WHERE deleted = 0 LIMIT 1").fetchone()

        def after_attendance() -> None:
            # A clerk marks one member's attendance: that conference's figures are made
            # again (before per-conference figures: the whole commune's).
            with db.atomic():
                db.execute("UPDATE attendance SET status = CASE status WHEN 'present' "
                           "THEN 'absent_reason' ELSE 'present' END, revision = revision + 1 "
                           "WHERE uuid = ?", [row[0]])
            indicators.compute_stats(db)

        report("stats after an attendance edit (figures made again)",
               median_seconds(after_attendance, args.repeat),
               "bare GROUP BY over attendance", baseline, goal="≤ 3.00x")
        original = indicator_store.refresh
        indicator_store.refresh = lambda _db: False  # the rows only, as before the figures
        try:
            report("stats from the rows alone", median_seconds(stats, args.repeat),
                   "bare GROUP BY over attendance", baseline)
        finally:
            indicator_store.refresh = original


if __name__ == "__main__":
    main()
