"""The layers of ARCHITECTURE.md: models, reports and sync stay headless, only
models/ runs SQL, no package imports itself in a circle and no gui file is a wall."""
import re
from pathlib import Path

from tests.import_graph import _strong_components, import_cycles, import_graph

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


# --- the import graph (tests/import_graph.py) ------------------------------------

MAX_GUI_LINES = 600


def by_package(graph: dict[str, set[str]], depth: int) -> dict[str, set[str]]:
    """The graph between packages: each module counted as its first ``depth`` names."""
    def cut(module: str) -> str:
        return ".".join(module.split(".")[:depth])

    packages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        packages.setdefault(cut(module), set()).update(cut(t) for t in targets)
    for package, targets in packages.items():
        targets.discard(package)
    return packages


def test_no_import_circle_in_gui():
    # Function-level and TYPE_CHECKING imports count (tests/import_graph.py).
    assert import_cycles(["gui"]) == []


def project_sources() -> list[str]:
    """Every top-level package (a folder with ``__init__.py``), every folder of loose
    scripts, and the top-level modules (main.py): the whole program and its tests."""
    found = []
    for path in sorted(ROOT.iterdir()):
        if path.name.startswith(".") or path.name == "build":
            continue
        if path.is_dir() and any(path.rglob("*.py")):
            found.append(path.name)
        elif path.suffix == ".py":
            found.append(path.name)
    return found


def test_no_import_circle_anywhere():
    # models/ once held db -> backup -> store -> settings -> lookups -> db: a reader
    # had to understand all five to understand one. Identity and backups now hang
    # off the register (models/register.py), the small shared helpers off models/ids.py.
    sources = project_sources()
    assert {"models", "sync", "reports", "cli", "sheets", "gui", "main.py"} <= set(sources)
    assert import_cycles(sources) == []


def test_gui_packages_import_each_other_one_way():
    # The window opens the pages, a page uses printing and the shared widgets, and
    # nothing shared reaches back up into a page or the window.
    packages = by_package(import_graph(["gui"]), 2)
    assert sorted(c for c in _strong_components(packages) if len(c) > 1) == []


def test_the_cycle_finder_sees_type_checking_relative_imports_and_packages(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from ..c import thing\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\nthing = 1\n"
    )
    (package / "d.py").write_text("from pkg import a, c\n")
    graph = import_graph(["pkg"], root=tmp_path)
    assert graph["pkg.d"] == {"pkg", "pkg.a", "pkg.c"}
    assert import_cycles(["pkg"], root=tmp_path) == [["pkg.a", "pkg.c", "pkg.sub.b"]]
    packages = by_package(graph, 2)
    assert [c for c in _strong_components(packages) if len(c) > 1] == [
        ["pkg.a", "pkg.c", "pkg.sub"]
    ]
    (package / "c.py").write_text("thing = 1\n")
    assert import_cycles(["pkg"], root=tmp_path) == []


def test_no_gui_file_over_600_lines():
    long_files = {str(p.relative_to(ROOT)): n for p in python_files("gui")
                  if (n := len(p.read_text("utf-8").splitlines())) > MAX_GUI_LINES}
    assert long_files == {}
