"""What encryption at rest costs: start-up, stats, import and export of an encrypted
register, each as a ratio to the same work on the same register left plain, measured
in the same run (the two alternate, so the shared machine's noise falls on both).

The registers are built once, plain (``SNQ_PLAIN_REGISTER=1``); the encrypted twins
are copies encrypted in place by the upgrade path, so both hold the same rows.

- start-up: a fresh process that checks the register (as the window does before
  opening it), opens it and reads its settings, timed from process start;
- stats: every indicator, three ways: the ``stats --json`` command as a clerk runs it
  (a fresh process, timed from outside); ``indicators.compute_stats`` on a freshly
  opened connection (its first pages are decrypted then: a fixed cost of about a
  millisecond, large beside the few milliseconds the stored figures need); and on the
  window's open connection (asked once before);
- import: the upper level receiving the packages of ``--units`` units;
- export: a unit's package to a stick.

    python -m bench.bench_encryption [--members 2500] [--years 3] [--units 20] [--repeat 5]
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.bench_export import build
from models import indicators, keystore
from models.db import open_database
from models.paths import keys_dir
from models.plain_upgrade import encrypt_register
from models.settings import get_settings, save_settings
from models.vntext import format_int
from sync.demo_units import make_unit_packages
from sync.import_export import export_package, import_packages

ROOT = Path(__file__).resolve().parent.parent
GOAL = "≤ 1.30x"

START = """
import sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
from models.backup_check import check_integrity
from models.db import open_database
from models.settings import get_settings
assert check_integrity({path!r}) == []
db = open_database({path!r})
get_settings(db)
db.conn.close()
print(time.perf_counter() - start)
"""


@contextlib.contextmanager
def plain(on: bool) -> Iterator[None]:
    before = os.environ.get(keystore.PLAIN_ENV)
    if on:
        os.environ[keystore.PLAIN_ENV] = "1"
    else:
        os.environ.pop(keystore.PLAIN_ENV, None)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(keystore.PLAIN_ENV, None)
        else:
            os.environ[keystore.PLAIN_ENV] = before


def encrypted_twin(folder: Path, twin: Path, registers: list[Path]) -> None:
    shutil.copytree(folder, twin)
    key = keystore.ensure_key()[0]
    for register in registers:
        encrypt_register(twin / register.relative_to(folder), key)


def alternate(repeat: int, plain_run: Callable[[], float], crypt_run: Callable[[], float]
              ) -> tuple[float, float]:
    plains, crypts = [], []
    for _ in range(repeat):
        with plain(True):
            plains.append(plain_run())
        with plain(False):
            crypts.append(crypt_run())
    return statistics.median(crypts), statistics.median(plains)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def line(name: str, crypt: float, plain_time: float) -> None:
    print(f"{name:<10} encrypted {crypt * 1000:8.1f} ms   plain {plain_time * 1000:8.1f} ms   "
          f"ratio {crypt / plain_time:.2f}x  (goal {GOAL})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default="start-up,stats,import,export",
                        help="which of start-up, stats, import, export to time")
    args = parser.parse_args()
    only = set(args.only.split(","))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ[keystore.KEY_DIR_ENV] = str(folder / "key-store")
        base, twin = folder / "plain", folder / "crypt"
        base.mkdir()
        with plain(True):
            db, unit_path, stick, counts = build(base, args.members, args.years)
            db.conn.close()
            upper_path = base / "tinh" / "so.db"
            upper = open_database(upper_path)
            settings = get_settings(upper)
            settings.unit_name = "Tỉnh ủy"
            save_settings(upper, settings)
            made = make_unit_packages(upper, args.units, workdir=folder / "units",
                                      members=300, years=1)
            upper.conn.close()
        encrypted_twin(base, twin, [unit_path, upper_path])
        print(f"commune: {format_int(args.members)} members, {args.years} years, "
              f"{format_int(counts['attendance'])} attendance rows; "
              f"import: {args.units} unit packages; repeat {args.repeat}")

        def start_up(root: Path) -> Callable[[], float]:
            path = str(root / unit_path.relative_to(base))

            def run() -> float:
                script = START.format(root=str(ROOT), path=path)
                out = subprocess.run([sys.executable, "-c", script],
                                     capture_output=True, text=True, check=True)
                return float(out.stdout.strip())
            return run

        if "start-up" in only:
            line("start-up", *alternate(args.repeat, start_up(base), start_up(twin)))

        def stats_command(root: Path) -> Callable[[], float]:
            command = [sys.executable, str(ROOT / "main.py"), "--db",
                       str(root / unit_path.relative_to(base)), "stats", "--json"]
            return lambda: timed(lambda: subprocess.run(command, capture_output=True,
                                                        check=True))

        def stats(root: Path, *, warm: bool) -> Callable[[], float]:
            def run() -> float:
                db = open_database(root / unit_path.relative_to(base))
                try:
                    if warm:
                        indicators.compute_stats(db)
                    return timed(lambda: indicators.compute_stats(db))
                finally:
                    db.conn.close()
            return run

        if "stats" in only:
            line("stats", *alternate(args.repeat, stats_command(base), stats_command(twin)))
            line("  fresh", *alternate(args.repeat, stats(base, warm=False),
                                      stats(twin, warm=False)))
            line("  open", *alternate(args.repeat, stats(base, warm=True),
                                     stats(twin, warm=True)))

        def receive(root: Path) -> Callable[[], float]:
            runs = iter(range(1000))

            def run() -> float:
                target = folder / f"import-{root.name}-{next(runs)}"
                target.mkdir()
                shutil.copytree(keys_dir(root / "tinh" / "so.db"), target / "keys")
                shutil.copyfile(root / "tinh" / "so.db", target / "so.db")
                db = open_database(target / "so.db")
                try:
                    return timed(lambda: import_packages(db, made.packages))
                finally:
                    db.conn.close()
                    shutil.rmtree(target)
            return run

        if "import" in only:
            line("import", *alternate(args.repeat, receive(base), receive(twin)))

        def send(root: Path) -> Callable[[], float]:
            def run() -> float:
                path = root / unit_path.relative_to(base)
                db = open_database(path)
                out = folder / f"out-{root.name}"
                out.mkdir(exist_ok=True)
                try:
                    return timed(lambda: export_package(db, out))
                finally:
                    db.conn.close()
            return run

        if "export" in only:
            line("export", *alternate(args.repeat, send(base), send(twin)))


if __name__ == "__main__":
    main()
