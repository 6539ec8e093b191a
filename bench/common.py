"""Shared timing helpers for the benchmarks: medians of repeated runs, and a
ratio against a baseline measured in the same run (the machine is shared)."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.register import Register


def median_seconds(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, measured: float, baseline_name: str, baseline: float, goal: str = "") -> None:
    ratio = measured / baseline if baseline else float("inf")
    print(f"{name}: {measured * 1000:.1f} ms")
    print(f"{baseline_name}: {baseline * 1000:.1f} ms")
    print(f"ratio: {ratio:.2f}x" + (f"  (goal: {goal})" if goal else ""))


def open_upper_register(path: Path) -> Register:
    """A province's register (the upper level, "Tỉnh ủy"), set up, at ``path``."""
    from models.db import open_database
    from models.settings import get_settings, save_settings

    db = open_database(path)
    settings = get_settings(db)
    settings.role, settings.unit_name, settings.unit_abbr = "upper", "Tỉnh ủy", "TU"
    settings.initialised = True
    save_settings(db, settings)
    return db
