"""The month of ``bench_province`` alone: the import of the communes' change-only
packages into the upper register as it was just before them, with where each
package's time goes.

``keep_month`` (called by a full ``bench_province`` run) keeps that register and
the packages in ``<cache>/month``; ``month_only`` copies the register afresh and
imports the packages (``import_packages``, as the window and the CLI do), against
a bare upsert (``INSERT … ON CONFLICT(uuid) DO UPDATE``, as the import writes) of the
very same rows into another copy: in one transaction with the stick's page cache (as the
import writes a month), and a transaction a package (as it did before).
"""
from __future__ import annotations

import cProfile
import shutil
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.common import report
from models import exchange_log, exchange_units, import_plan, import_undo, indicator_store
from models.db import open_database
from models.paths import keys_dir
from sync import attachments, import_export
from sync.envelope import open_package
from sync.keys import load_or_create_keys

# What is timed: (module, function, label), outermost first. The figures of nested
# phases are inside their parent's.
PHASES: tuple[tuple[Any, str, str], ...] = (
    (import_undo, "open_receipt", "undo record opened (first package), once"),
    (import_undo, "close_receipt", "undo record's triggers dropped, once"),

    (import_export, "prepare_import", "prepare (read to plan)"),
    (import_export, "read_package_bytes", "  read the file"),
    (import_export, "verified_header", "  header"),
    (import_export, "open_package", "  signature, decrypt, inflate, parse"),
    (import_export, "_check_sender", "  sender"),
    (attachments, "check", "  attachments checked"),
    (import_plan, "plan_import", "  plan"),
    (import_plan, "check_payload", "    record and reference checks"),
    (import_plan, "_local_rows", "    look-ups of the register's copies"),
    (import_plan, "_settled_here", "    settled conflicts"),
    (import_plan, "merge_problems", "    uniqueness against the register"),
    (exchange_log, "find_import", "  package seen before"),
    (import_export, "_take", "take (store, write, log)"),
    (attachments, "store", "  files stored"),
    (import_plan, "apply_import", "  apply"),
    (import_plan, "_write_rows", "    writes (with triggers)"),
    (indicator_store, "refresh_marked", "    figures made again"),
    (exchange_log, "confirm_exports", "  confirmations"),
    (exchange_units, "mark_received", "  unit marked"),
    (exchange_log, "log_import", "  import log"),
    (import_undo, "package_ends", "  undo record noted"),
)


@contextmanager
def timed_phases() -> Iterator[dict[str, float]]:
    """Wrap each phase's function with a timer while inside; yields label → seconds."""
    spent: dict[str, float] = defaultdict(float)
    saved = []

    def wrap(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start
        return timed

    for module, name, label in PHASES:
        original = getattr(module, name)
        saved.append((module, name, original))
        setattr(module, name, wrap(label, original))
    try:
        yield spent
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)


def _copy_register_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(
        "*-wal", "*-shm", "packages", "logs"))
    return target / "so.db"


def keep_month(cache: Path, register: Path, packages: list[Path]) -> None:
    """Keep the (closed) upper register before the month, and the month's packages."""
    month = cache / "month"
    shutil.rmtree(month, ignore_errors=True)
    _copy_register_folder(register.parent, month / "tinh")
    (month / "usb").mkdir(parents=True)
    for package in packages:
        shutil.copyfile(package, month / "usb" / package.name)
    (month / "ready.txt").write_text(
        "\n".join(str(month / "usb" / p.name) for p in packages), "utf-8")


def _bare_upsert(path: Path, packages: list[Path], *, one_transaction: bool) -> float:
    """An upsert of the packages' rows by uuid: in one transaction with the stick's page
    cache and its checkpoint after (as ``import_packages`` writes a month), or a
    transaction a package (as it did before)."""
    receiving = load_or_create_keys(keys_dir(path)).receiving
    decoded = [open_package(p.read_bytes(), recipient_x25519_private=receiving).tables
               for p in packages]
    db = open_database(path)
    con = db.conn
    start = time.perf_counter()
    if one_transaction:
        with db.bulk_writing(import_export.STICK_CACHE_KIB), con:
            for tables in decoded:
                _upsert(con, tables)
    else:
        for tables in decoded:
            with con:
                _upsert(con, tables)
    spent = time.perf_counter() - start
    con.close()
    return spent


def _upsert(con: Any, tables: dict[str, list[dict[str, Any]]]) -> None:
    for table, records in tables.items():
        names = list(records[0])
        changed = ", ".join(f"{n} = excluded.{n}" for n in names if n != "uuid")
        con.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT(uuid) DO UPDATE SET {changed}",
            [[r[n] for n in names] for r in records],
        )


def month_only(cache: Path, profile: Path | None = None) -> None:
    month = cache / "month"
    ready = month / "ready.txt"
    if not ready.exists():
        raise SystemExit(f"{ready} is missing: run the full bench with --cache {cache} once")
    packages = [Path(p) for p in ready.read_text("utf-8").split("\n") if p]
    run = cache / "run-month"
    shutil.rmtree(run, ignore_errors=True)
    bare = _bare_upsert(_copy_register_folder(month / "tinh", run / "bare"), packages,
                        one_transaction=True)
    shutil.rmtree(run / "bare")
    each = _bare_upsert(_copy_register_folder(month / "tinh", run / "bare"), packages,
                        one_transaction=False)
    shutil.rmtree(run / "bare")
    path = _copy_register_folder(month / "tinh", run / "tinh")
    db = open_database(path)
    profiler = cProfile.Profile() if profile else None
    with timed_phases() as spent:
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        batch = import_export.import_packages(db, packages)
        if profiler:
            profiler.disable()
        took = time.perf_counter() - start
    assert not batch.refused, batch.refused[:3]
    changed = sum(r.plan.totals().changes for r in batch.reports)
    count = len(packages)
    print(f"a month at {count} units: {changed:,} records changed, "
          f"{sum(p.stat().st_size for p in packages) / 1e6:.1f} MB of packages")
    report(f"import of the month's {count} change-only packages", took,
           "bare upsert of the same rows, one transaction", bare, goal="under 15 s for 100")
    report("  the same import", took,
           "bare upsert of the same rows, a transaction a package", each)
    print(f"\nwhere the time goes (all {count} packages; per package):")
    for _module, _name, label in PHASES:
        if label in spent:
            print(f"  {label:<44} {spent[label]:8.2f} s  {spent[label] / count * 1000:8.1f} ms")
    print(f"  {'the whole import':<44} {took:8.2f} s  {took / count * 1000:8.1f} ms")
    db.conn.close()
    if profiler and profile:
        profiler.dump_stats(profile)
        print(f"\ncProfile written to {profile}")
