"""What the overview shows for a year, gathered on a worker with its own connection.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models.conferences import list_conferences
from models.exchange_units import list_units
from models.indicators import (
    AttentionItem,
    attention_items,
    compute_stats,
    make_scope,
    overdue_task_count,
)
from models.lookups import lookup_names
from models.register import Register
from models.settings import get_settings
from models.worker_db import open_worker_database


@dataclass


class OverviewData:
    years: list[int]
    stats: dict
    attention: list[AttentionItem]
    target: float
    grades: list[str] = field(default_factory=list)
    # At the upper level: the units whose figures can be shown alone (uuid, name).
    units: list[tuple[str, str]] = field(default_factory=list)
    # Every overdue task today; the to-do list shows the most overdue of them.
    overdue_tasks: int = 0


def gather(db: Register, year: int, unit: str | None = None) -> OverviewData:
    """Everything the overview shows for ``year`` (at the upper level: of ``unit``
    alone, or of every unit when ``None``)."""
    today = dt.date.today()
    years = {today.year, year}
    years.update(int(c.starts_at[:4]) for c in list_conferences(db))
    settings = get_settings(db)
    units = (
        [(u.uuid, u.name) for u in list_units(db, "unit")] if settings.role == "upper" else []
    )
    return OverviewData(
        years=sorted(years, reverse=True),
        stats=compute_stats(
            db, dt.date(year, 1, 1), dt.date(year, 12, 31),
            unit if units else None, today=today,
        ),
        attention=attention_items(db, today),
        overdue_tasks=overdue_task_count(db, make_scope(db), today.isoformat()),
        target=settings.target_rate,
        grades=lookup_names(db, "grade"),
        units=units,
    )


def gather_in_worker(
    _progress: Callable[..., bool], path: Path, year: int, unit: str | None = None
) -> OverviewData:
    db = open_worker_database(path)
    try:
        return gather(db, year, unit)
    finally:
        db.conn.close()
