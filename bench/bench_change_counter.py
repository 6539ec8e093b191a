"""What the register's change counter costs (migration 4: a trigger on every write to
a record, a unit, a setting, the import log or a conflict raises ``register_changes``),
as a ratio to the same work on a copy with those triggers dropped, in the same run.

    python -m bench.bench_change_counter [--members 1200] [--years 3] [--repeat 3]

Two bulk writes, each timed alternately with and without the triggers (median of
``--repeat``, after a run not counted):

1. the upper level imports a commune's package (``sync.import_export.import_packages``
   on a real unit register of ``--members`` members and ``--years`` years of demo
   records, exported): read, verify, plan, backup, and one transaction of
   ``executemany`` upserts, the row triggers firing on every row;
2. ``models.demo.generate`` fills a new register with a commune of that size through
   the model functions (one transaction per record, as the editors write).

The triggers add one UPDATE of a one-row table per written row. Goal for the import
(the bulk write a clerk waits for): at most 1.10x. ``demo.generate`` does little but
write rows, so it shows the cost per written row at its largest (no goal: it runs once,
on an empty register). Measured 5 December 2026 on the shared 2-core machine, defaults
(1,200 members, 3 years: 38,017 records imported, 52,711 generated): import 1.03x,
demo.generate 1.31x (about 12 µs per row written).
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import open_upper_register, report
from models import demo
from models.db import open_database
from models.paths import keys_dir
from models.register import Register
from models.schema import CHANGE_COUNTED
from models.vntext import format_int
from sync.demo_units import make_unit_packages
from sync.import_export import import_packages

UNTIL = dt.date(2026, 11, 25)
GOAL = "at most 1.10x"


def drop_counter_triggers(db: Register) -> None:
    with db.atomic():
        for table in CHANGE_COUNTED:
            for event in ("insert", "update", "delete"):
                db.execute(f"DROP TRIGGER tr_changes_{table}_{event}")


def copy_register(pristine: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copytree(keys_dir(pristine), folder / "keys")
    target = folder / "so.db"
    shutil.copyfile(pristine, target)
    return target


def alternate(
    repeat: int, with_triggers: Callable[[int], float], without: Callable[[int], float]
) -> tuple[float, float]:
    """Medians of ``repeat`` runs of each, after one run not counted (modules, caches,
    the demo's documents loaded once), taken in turn and in alternating order (the
    machine's noise falls on both alike)."""
    without(-1)
    measured, bare = [], []
    for attempt in range(repeat):
        if attempt % 2:
            bare.append(without(attempt))
            measured.append(with_triggers(attempt))
        else:
            measured.append(with_triggers(attempt))
            bare.append(without(attempt))
    return statistics.median(measured), statistics.median(bare)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1200)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        upper_path = folder / "tinh" / "so.db"
        upper = open_upper_register(upper_path)
        made = make_unit_packages(upper, 1, workdir=folder / "units", members=args.members,
                                  years=args.years, until=UNTIL)
        upper.conn.close()
        (package,) = made.packages

        def run_import(attempt: int, triggers: bool) -> float:
            path = copy_register(upper_path, folder / f"import-{triggers}-{attempt}")
            db = open_database(path)
            if not triggers:
                drop_counter_triggers(db)
            start = time.perf_counter()
            result = import_packages(db, [package])
            elapsed = time.perf_counter() - start
            assert not result.refused, result.refused
            if attempt == 0 and triggers:
                rows = sum(t.new for t in result.reports[0].plan.tables.values())
                changes = db.execute("SELECT n FROM register_changes").fetchone()[0]
                print(f"one commune's package: {format_int(rows)} records, "
                      f"{package.stat().st_size / 1e6:.1f} MB; counter at {format_int(changes)}")
            db.conn.close()
            return elapsed

        measured, bare = alternate(args.repeat, lambda a: run_import(a, True),
                                   lambda a: run_import(a, False))
        report("import with the counter's triggers", measured,
               "import without them (same register, triggers dropped)", bare, GOAL)
        print()

        def run_demo(attempt: int, triggers: bool) -> float:
            db = open_database(folder / f"demo-{triggers}-{attempt}" / "so.db")
            if not triggers:
                drop_counter_triggers(db)
            start = time.perf_counter()
            counts = demo.generate(db, members=args.members, years=args.years, until=UNTIL)
            elapsed = time.perf_counter() - start
            if attempt == 0 and triggers:
                print(f"demo commune: {format_int(sum(counts.values()))} records written")
            db.conn.close()
            return elapsed

        measured, bare = alternate(args.repeat, lambda a: run_demo(a, True),
                                   lambda a: run_demo(a, False))
        report("demo.generate with the counter's triggers", measured,
               "demo.generate without them", bare)


if __name__ == "__main__":
    main()
