"""Every benchmark still runs, at a toy size: a signature changed under bench/ shows here,
not months later when someone measures. Only the exit code and the ratio line are
checked; the figures themselves mean nothing at this size (and no timing is asserted)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

TINY = "--members 40 --years 1 --repeat 1"
BENCHES = {
    "bench_encryption": f"{TINY} --units 1",
    "bench_export": TINY,
    "bench_import": f"{TINY} --units 1",
    "bench_rules": TINY,
    "bench_seal": "--members 40 --years 1 --no-lzma",
    "bench_stats": TINY,
    "bench_change_counter": TINY,
    "bench_startup": TINY,
    "bench_consolidated_report": "2",
    "bench_minutes": "",
    "bench_attendance_filter": "",  # its own size (2,500 members): a few seconds
    "bench_sheets": "",  # its own size (2,500 rows): a few seconds
}


def _run(name: str, args: list[str], tmp_path: Path) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # A key store of the test's own: a benchmark never touches the user's.
        "SNQ_KEY_DIR": str(tmp_path / "keys"),
        "TMPDIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{name}", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done.stdout


@pytest.mark.parametrize("name", sorted(BENCHES))
def test_benchmark_runs(name, tmp_path):
    out = _run(name, BENCHES[name].split(), tmp_path)
    assert "ratio" in out or "×" in out or "x the bare" in out, out[-2000:]


def test_province_benchmark_runs_and_its_month_again(tmp_path):
    cache = str(tmp_path / "province")
    first = ["--members", "40", "--repeat", "1", "--units", "2", "--cache", cache]
    out = _run("bench_province", first, tmp_path)
    assert "ratio" in out, out[-2000:]
    out = _run("bench_province", ["--cache", cache, "--month-only"], tmp_path)
    assert "the whole import" in out, out[-2000:]
