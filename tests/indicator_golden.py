"""A fixed demo province for the indicator golden test: an upper register with three
unit registers made by ``demo-units`` (seed 7), and the figures ``stats --json``
prints for it, with every random id replaced by a stable name.

``python -m tests.indicator_golden`` rewrites the recorded figures. They are always
recorded by the indicators as they were before the rework for scale (main's
``models/indicators.py``, in a separate worktree), never by the reworked ones: first
before the rework, again when main's demo data changed; so the test holds the new
queries to the old numbers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from models import indicators
from models.db import open_database
from models.settings import get_settings, save_settings
from sync.demo_units import build_demo_units

GOLDEN = Path(__file__).parent / "fixtures" / "indicators_golden.json"
UNTIL = dt.date(2026, 11, 25)
TODAY = dt.date(2026, 12, 1)


def build(root: Path) -> tuple[Path, Path]:
    """(upper register, first unit's register) of the fixed demo province."""
    upper_path = root / "tinh" / "so.db"
    db = open_database(upper_path)
    settings = get_settings(db)
    settings.role, settings.unit_name, settings.unit_abbr = "upper", "Tỉnh ủy", "TU"
    settings.initialised = True
    save_settings(db, settings)
    build_demo_units(db, 3, workdir=root / "units", members=90, years=2,
                     seed=7, until=UNTIL)
    db.conn.close()
    unit_path = root / "units" / "don-vi-001" / "so-nghi-quyet.db"
    for path in (upper_path, unit_path):
        _tombstones(path)
    return upper_path, unit_path


def _tombstones(path: Path) -> None:
    """A few deleted records (as a package brings them), which count nowhere."""
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE members SET deleted = 1, revision = revision + 1 "
                   "WHERE id IN (SELECT id FROM members ORDER BY id LIMIT 3)")
        db.execute("UPDATE makeup_sessions SET deleted = 1, revision = revision + 1 "
                   "WHERE id = (SELECT MIN(id) FROM makeup_sessions)")
        db.execute("UPDATE attendance SET deleted = 1, revision = revision + 1 "
                   "WHERE id IN (SELECT id FROM attendance ORDER BY id DESC LIMIT 5)")
    db.conn.close()


def _stable(value: Any, names: dict[str, str]) -> Any:
    """The figures with uuids (random in every run) replaced by what they name."""
    if isinstance(value, dict):
        return {names.get(k, k): _stable(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_stable(v, names) for v in value]
    if isinstance(value, str):
        return names.get(value, value)
    return value


def _names(db) -> dict[str, str]:
    names: dict[str, str] = {}
    for uuid, name in db.execute("SELECT uuid, name FROM units"):
        names[uuid] = f"unit:{name}"
    for uuid, symbol, term in db.execute("SELECT uuid, symbol, term FROM documents"):
        names[uuid] = f"doc:{symbol}:{term}"
    for uuid, name in db.execute("SELECT uuid, name FROM chi_bo"):
        names[uuid] = f"chi_bo:{name}"
    for uuid, title, starts in db.execute("SELECT uuid, title, starts_at FROM conferences"):
        names[uuid] = f"conf:{title}:{starts}"
    return names


def figures(path: Path) -> dict[str, Any]:
    """Every indicator of one register over several scopes, ids made stable."""
    db = open_database(path)
    try:
        names = _names(db)
        result: dict[str, Any] = {}
        year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        result["all"] = indicators.compute_stats(db, today=TODAY)
        result["2026"] = indicators.compute_stats(db, *year, today=TODAY)
        units = [u for (u,) in db.execute(
            "SELECT uuid FROM units WHERE role = 'unit' ORDER BY name")]
        for unit in units:
            result[f"unit {names[unit]}"] = indicators.compute_stats(db, unit=unit, today=TODAY)
            result[f"unit 2026 {names[unit]}"] = indicators.compute_stats(
                db, *year, unit=unit, today=TODAY)
        documents = [d for (d,) in db.execute(
            "SELECT DISTINCT document_uuid FROM conference_documents WHERE deleted = 0 "
            "ORDER BY document_uuid")]
        for document in sorted(documents, key=lambda d: names[d])[:3]:
            result[f"document {names[document]}"] = indicators.compute_stats(
                db, document=document, today=TODAY)
        scope = indicators.make_scope(db)
        indicators.prepare_study_base(db, scope)
        rates = indicators.study_rates(db, scope, prepared=True)
        result["members"] = indicators.members_summary(db, scope, prepared=True)
        if rates:
            result["by_chi_bo"] = indicators.study_by_chi_bo(
                db, scope, rates[0]["document_uuid"], prepared=True)
        result["makeup"] = indicators.makeup_counts(db, scope)
        result["attention"] = [
            (i.kind, i.text) for i in indicators.attention_items(db, TODAY)
            if i.kind != "package"
        ]
        for value in result.values():
            if isinstance(value, dict):
                for row in value.get("study", []):
                    row.pop("document_id", None)
        return _stable(json.loads(json.dumps(result, ensure_ascii=False)), names)
    finally:
        db.conn.close()


def record(root: Path) -> dict[str, Any]:
    upper, unit = build(root)
    return {"upper": figures(upper), "unit": figures(unit)}


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        GOLDEN.write_text(json.dumps(record(Path(folder)), ensure_ascii=False, indent=1,
                                     sort_keys=True) + "\n", encoding="utf-8")
    print(GOLDEN)
