"""A province on one PC: 100 communes x 2,500 members x 1 year through the real
export and import, each figure beside its baseline measured in the same run.

    python -m bench.bench_province [--units 100] [--members 2500] [--cache /tmp/snq-province]
    python -m bench.bench_province --cache /tmp/snq-province --month-only [--profile FILE]

Steps (the unit registers and their first packages are made once and kept in
``--cache``, since making them takes a long while on a small machine):

1. the first import at the upper level, full packages (``import_packages``), against a
   bare ``executemany`` of the very same rows into a copy of the same register;
2. the catalogue goes down to every unit (confirming the package imported), then a
   month at every unit (one study conference with every member's attendance, 30
   members edited) and its change-only package; the month's packages imported;
3. ``stats`` for all units and for one unit, and the overview's load, against a bare
   GROUP BY over attendance;
4. the register's and its backups' sizes.

A full run also keeps, in ``--cache``/month, the upper register as it was just before
the month's import (after the first import and the catalogues sent down) and the
month's packages. ``--month-only`` then measures only step 2's import, on a fresh copy
of that register, against a bare upsert by uuid of the same rows into another
copy, and prints where the time of each package goes (``--profile`` also writes a
cProfile of the import).

Goals: first import within 2x the bare insert; a month of change-only packages under
15 s in all; a commune's monthly package under 1 MB; stats within 3x the bare GROUP
BY and under 1 s for all units and for one.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil
import time
from pathlib import Path

from bench.bench_import import copy_register
from bench.common import median_seconds, open_upper_register, report
from bench.province_month import keep_month, month_only
from models import backup_names, backup_thinning, indicators
from models.attendance import follow_conference
from models.conferences import Conference, ConferenceDetail, save_conference
from models.db import open_database
from models.documents import list_documents
from models.exchange_units import list_units
from models.organisation import get_member, save_member
from models.paths import backups_dir, keys_dir
from models.settings import get_settings
from models.vntext import format_int, format_size
from sync.demo_units import make_unit_packages
from sync.envelope import open_package
from sync.import_export import export_package, import_package, import_packages
from sync.keys import load_or_create_keys

UNTIL = dt.date(2026, 11, 25)


def build_cache(cache: Path, units: int, members: int) -> list[Path]:
    """The pristine upper register, the unit registers and their first packages."""
    done = cache / "ready.txt"
    if done.exists():
        return [Path(p) for p in done.read_text("utf-8").split("\n") if p]
    shutil.rmtree(cache, ignore_errors=True)
    upper_path = cache / "tinh" / "so.db"
    upper = open_upper_register(upper_path)
    start = time.perf_counter()

    def progress(what: str, done: int, total: int) -> None:
        if done % 10 == 0:
            print(f"  [{done}/{total}] {what}", flush=True)

    made = make_unit_packages(upper, units, workdir=cache / "units",
                              members=members, years=1, until=UNTIL, progress=progress)
    upper.conn.close()
    print(f"made {units} unit registers in {time.perf_counter() - start:.0f} s", flush=True)
    done.write_text("\n".join(str(p) for p in made.packages), "utf-8")
    return made.packages


def unit_registers(cache: Path, run: Path) -> list[Path]:
    """Copies of the unit registers for this run (the cached ones stay as made)."""
    result = []
    for register in sorted((cache / "units").glob("don-vi-*/so-nghi-quyet.db")):
        folder = run / "units" / register.parent.name
        shutil.copytree(register.parent, folder,
                        ignore=shutil.ignore_patterns("packages", "backups", "*-wal", "*-shm"))
        result.append(folder / register.name)
    return result


def a_month(path: Path, day: dt.date, seed: int) -> None:
    """One study conference with every member's attendance, and 30 members edited."""
    db = open_database(path)
    try:
        docs = [d for d in list_documents(db) if d.level_code == "TW"][:1]
        start = dt.datetime.combine(day, dt.time(8, 0))
        detail = save_conference(db, ConferenceDetail(
            conference=Conference(kind="hoc_tap", format="truc_tiep",
                                  title="Hội nghị học tập chuyên đề tháng 12",
                                  starts_at=start.isoformat(timespec="minutes"),
                                  place="Hội trường Đảng ủy"),
            document_uuids=[d.uuid for d in docs],
        ))
        follow_conference(db, detail.conference.uuid)
        members = db.execute(
            "SELECT uuid FROM members WHERE deleted = 0 ORDER BY id LIMIT 30 OFFSET ?",
            [seed % 100],
        ).fetchall()
        for (uuid,) in members:
            member = get_member(db, uuid)
            save_member(db, dataclasses.replace(member, position_title="Bí thư chi bộ"))
    finally:
        db.conn.close()


def bare_group_by(db) -> None:
    db.execute(
        "SELECT conference_uuid, status, COUNT(*) FROM attendance "
        "WHERE deleted = 0 GROUP BY conference_uuid, status"
    ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/snq-province"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--month-only", action="store_true",
                        help="only the month's import, from what a full run kept in --cache")
    parser.add_argument("--profile", type=Path, help="with --month-only: write a cProfile")
    args = parser.parse_args()
    cache: Path = args.cache
    if args.month_only:
        month_only(cache, args.profile)
        return
    packages = build_cache(cache, args.units, args.members)
    pristine = cache / "tinh" / "so.db"
    size = sum(p.stat().st_size for p in packages)
    print(f"{len(packages)} units x {format_int(args.members)} members x 1 year: "
          f"{size / 1e6:.1f} MB of full packages")

    run = cache / "run"
    shutil.rmtree(run, ignore_errors=True)
    receiving = load_or_create_keys(keys_dir(pristine)).receiving
    decoded = [open_package(p.read_bytes(), recipient_x25519_private=receiving).tables
               for p in packages]
    rows = sum(len(r) for tables in decoded for r in tables.values())

    # 1. First import, against a bare insert of the same rows.
    bare_path = copy_register(pristine, keys_dir(pristine), run / "bare")
    con = open_database(bare_path).conn
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
    bare_insert = time.perf_counter() - start
    con.close()
    del decoded
    path = copy_register(pristine, keys_dir(pristine), run / "tinh")
    db = open_database(path)
    start = time.perf_counter()
    batch = import_packages(db, packages)
    first = time.perf_counter() - start
    assert not batch.refused, batch.refused[:3]
    print(f"\n{format_int(rows)} rows")
    report(f"first import, {len(packages)} full packages", first,
           "bare executemany of the same rows", bare_insert, goal="≤ 2.00x")

    # 2. Confirmations down, a month at every unit, its change-only packages up.
    stick = run / "usb"
    stick.mkdir(parents=True)
    units = {u.name: u.uuid for u in list_units(db, "unit")}
    registers = unit_registers(cache, run)
    for register in registers:
        unit_db = open_database(register)
        name = get_settings(unit_db).unit_name
        catalogue = export_package(db, stick, unit=units[name])
        import_package(unit_db, catalogue.target_path)
        unit_db.conn.close()
    monthly: list[Path] = []
    start = time.perf_counter()
    for index, register in enumerate(registers):
        a_month(register, UNTIL + dt.timedelta(days=10), index)
        unit_db = open_database(register)
        written = export_package(unit_db, stick)
        assert written.changes_only, register
        unit_db.conn.close()
        monthly.append(written.target_path)
    made = time.perf_counter() - start
    sizes = [p.stat().st_size for p in monthly]
    db.conn.close()  # kept as it is now for --month-only
    keep_month(cache, path, monthly)
    db = open_database(path)
    start = time.perf_counter()
    batch = import_packages(db, monthly)
    month = time.perf_counter() - start
    assert not batch.refused, batch.refused[:3]
    undo_rows, undo_bytes = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(length(old)), 0) FROM undo_rows").fetchone()
    changed = sum(r.plan.totals().changes for r in batch.reports)
    print(f"\na month at {len(monthly)} units (made and exported in {made:.0f} s): "
          f"{format_int(changed)} records changed")
    print(f"change-only packages: largest {max(sizes) / 1e6:.2f} MB, "
          f"all {sum(sizes) / 1e6:.1f} MB (goal: a commune's under 1 MB)")
    report("import of the month's change-only packages", month,
           "first import (full)", first, goal="under 15 s in all")
    print(f"its undo record (instead of a whole backup first): {format_int(undo_rows)} "
          f"earlier rows, {undo_bytes / 1e6:.1f} MB")

    # 3. Indicators and the overview, against a bare GROUP BY.
    db.conn.close()
    db = open_database(path)
    bare = median_seconds(lambda: bare_group_by(db), args.repeat)
    one = next(iter(units.values()))
    print()
    report("stats, all units", median_seconds(lambda: indicators.compute_stats(db),
                                               args.repeat),
           "bare GROUP BY over attendance", bare, goal="≤ 3.00x and under 1 s")
    report("stats, one unit", median_seconds(lambda: indicators.compute_stats(db, unit=one),
                                             args.repeat),
           "bare GROUP BY over attendance", bare, goal="≤ 3.00x and under 1 s")
    # A quarter cuts through documents' conferences: worked out from the rows.
    quarter = (dt.date(UNTIL.year, 7, 1), dt.date(UNTIL.year, 9, 30))
    report("stats, all units, a quarter (from the rows)",
           median_seconds(lambda: indicators.compute_stats(db, *quarter), 1),
           "bare GROUP BY over attendance", bare)
    from gui.overview.data import gather  # no window: only what the overview loads

    report("overview load (year, all units)",
           median_seconds(lambda: gather(db, UNTIL.year), args.repeat),
           "bare GROUP BY over attendance", bare)
    (attendance,) = db.execute("SELECT COUNT(*) FROM attendance").fetchone()
    print(f"attendance rows: {format_int(attendance)}")

    # 4. Sizes.
    db.conn.close()
    count, used = backup_names.backups_usage(path)
    budget = backup_thinning.size_budget(backup_names.list_backups(path))
    print(f"\nregister: {format_size(path.stat().st_size)}; backups: {count} "
          f"({format_size(used)}), budget {format_size(budget)}")
    print(f"backups folder: {backups_dir(path)}")


if __name__ == "__main__":
    main()
