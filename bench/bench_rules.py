"""The record rules over a unit's whole package vs reading that package's JSON Lines,
in the same run: what checking every record of every table costs next to the parsing
that any import does anyway.

    python -m bench.bench_rules [--members 1200] [--years 3] [--repeat 5]

The package is a demo commune's snapshot; the rules run as the import runs them
(``package_problems``, then ``merge_problems`` with every record new) against an empty
upper-level register. Goal: at most the parsing's time (a ratio of at most 1.00x).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path

from bench.common import median_seconds, report
from models import demo, exchange_snapshot
from models.db import open_database
from models.rules.package import merge_problems, package_problems
from models.vntext import format_int


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1200)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        unit = open_database(Path(folder) / "unit.db")
        demo.generate(unit, members=args.members, years=args.years, chi_bo=40,
                      until=dt.date(2026, 11, 25))
        owner = exchange_snapshot.catalogue_owners(unit)[0]
        payload = exchange_snapshot.snapshot(unit, [owner])
        lines = {t: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
                 for t, rows in payload.items()}
        upper = open_database(Path(folder) / "upper.db")
        records = sum(map(len, payload.values()))
        print(f"{format_int(records)} records of a {format_int(args.members)}-member commune, "
              f"{args.years} year(s)")

        def check() -> None:
            assert package_problems(upper, payload, {owner}) == []
            assert merge_problems(upper, payload, payload) == []

        def parse() -> None:
            for text in lines.values():
                [json.loads(line) for line in text.splitlines()]

        report("record rules (package_problems + merge_problems)",
               median_seconds(check, args.repeat), "json.loads of the same records",
               median_seconds(parse, args.repeat), "≤ 1.00x")


if __name__ == "__main__":
    main()
