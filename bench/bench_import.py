"""Importing unit packages at the upper level vs a bare ``executemany`` insert of the
same rows, in the same run.

    python -m bench.bench_import [--units 100] [--members 300] [--years 1] [--repeat 2]

The units are real registers (``sync.demo_units.make_unit_packages``: set up from the
upper level, demo records, each with its own keys, exported). The import is the real
one for a stick full of packages (``sync.import_export.import_packages``): read, verify,
decrypt, inflate, parse, check every record and reference, plan, one backup, then one
transaction per package with the log. The baseline inserts the very same rows, already
decoded in memory, with one ``executemany`` per table and one transaction per package
into an identical copy of the register. Goal: at least half the baseline's throughput
(a ratio of at most 2.00x in time).
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import open_upper_register, report
from models.db import open_database
from models.paths import keys_dir
from models.vntext import format_int
from sync.demo_units import make_unit_packages
from sync.envelope import open_package
from sync.import_export import import_packages
from sync.keys import load_or_create_keys

UNTIL = dt.date(2026, 11, 25)


def copy_register(pristine: Path, keys: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copytree(keys, folder / "keys")
    target = folder / "so.db"
    shutil.copyfile(pristine, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        upper_path = folder / "tinh" / "so.db"
        upper = open_upper_register(upper_path)
        start = time.perf_counter()
        made = make_unit_packages(upper, args.units, workdir=folder / "units",
                                  members=args.members, years=args.years, until=UNTIL)
        upper.conn.close()
        size = sum(p.stat().st_size for p in made.packages)
        print(f"{args.units} units × {format_int(args.members)} members × {args.years} year(s): "
              f"{size / 1e6:.1f} MB of packages (made in {time.perf_counter() - start:.0f} s)")

        receiving = load_or_create_keys(keys_dir(upper_path)).receiving
        decoded = [open_package(p.read_bytes(), recipient_x25519_private=receiving).tables
                   for p in made.packages]
        rows = sum(len(r) for tables in decoded for r in tables.values())

        runs, bare = [], []
        for attempt in range(args.repeat):
            path = copy_register(upper_path, keys_dir(upper_path), folder / f"run-{attempt}")
            db = open_database(path)
            start = time.perf_counter()
            result = import_packages(db, made.packages)
            runs.append(time.perf_counter() - start)
            assert not result.refused, result.refused
            imported = sum(r.plan.totals().new + r.plan.totals().deleted for r in result.reports)
            assert imported == rows, (imported, rows)
            db.conn.close()

            path = copy_register(upper_path, keys_dir(upper_path), folder / f"bare-{attempt}")
            con = open_database(path).conn
            start = time.perf_counter()
            for tables in decoded:
                with con:
                    for table, records in tables.items():
                        names = list(records[0])
                        con.executemany(
                            f"INSERT INTO {table} ({', '.join(names)}) "
                            f"VALUES ({', '.join('?' for _ in names)})",
                            [[r[n] for n in names] for r in records],
                        )
            bare.append(time.perf_counter() - start)
            con.close()

        measured, baseline = min(runs), min(bare)
        print(f"{format_int(rows)} rows: import {format_int(rows / measured)} rows/s, "
              f"bare insert {format_int(rows / baseline)} rows/s")
        report(f"import_packages ({args.units} packages)", measured,
               "executemany of the same rows", baseline, goal="≤ 2.00x")


if __name__ == "__main__":
    main()
