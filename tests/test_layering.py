"""The layers of ARCHITECTURE.md: models, reports and sync stay headless, and
only models/ runs SQL."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt\d|shiboken6|gui)\b", re.M)
SQL_CALL = re.compile(r"\b(execute|executemany|executescript)\(|\.query\(")


def python_files(folder):
    return sorted((ROOT / folder).rglob("*.py"))


def test_headless_layers_import_no_qt():
    # cli/ may start the window (no command given), so it is not checked here
    offenders = [str(p.relative_to(ROOT)) for layer in ("models", "reports", "sync")
                 for p in python_files(layer) if QT_IMPORT.search(p.read_text("utf-8"))]
    assert offenders == []


def test_only_models_runs_sql():
    offenders = [str(p.relative_to(ROOT)) for layer in ("gui", "reports", "sync", "cli")
                 for p in python_files(layer) if SQL_CALL.search(p.read_text("utf-8"))]
    assert offenders == []
