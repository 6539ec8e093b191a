"""The layers of ARCHITECTURE.md: models, reports and sync stay headless, only
models/ runs SQL, no package imports itself in a circle and no gui file is a wall."""
import ast
import re
from pathlib import Path

import pytest

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


# --- the import graph ------------------------------------------------------------

# Packages checked for import circles; one circle anywhere in them fails the test.
ACYCLIC = ("gui",)
MAX_GUI_LINES = 600


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path, module: str) -> set[str]:
    """Every module ``path`` names in an import, at the top, in a function or under
    TYPE_CHECKING alike: an import put off until a call still ties the two files."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph(*packages: str, root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the modules of ``packages`` it imports. Importing ``a.b.c`` runs
    ``a`` and ``a.b`` too, so those count, except a module's own parent packages."""
    files = {module_name(p, root): p for package in packages
             for p in sorted((root / package).rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        own = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1)}
        targets: set[str] = set()
        for name in imported_names(path, module):
            parts = name.split(".")
            for i in range(1, len(parts) + 1):
                prefix = ".".join(parts[:i])
                if prefix in files and prefix not in own and prefix != module:
                    targets.add(prefix)
        graph[module] = targets
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle for each group of modules that import each other (Tarjan's strongly
    connected components), written as a path that comes back to where it started."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = set()
            while True:
                top = stack.pop()
                group.add(top)
                if top == module:
                    break
            if len(group) > 1:
                groups.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return [_circle(graph, group) for group in groups]


def _circle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest way from the group's first module back to itself, inside the group."""
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        module = queue.pop(0)
        for target in sorted(graph[module] & group):
            if target == start:
                return [*paths[module], start]
            if target not in paths:
                paths[target] = [*paths[module], target]
                queue.append(target)
    raise AssertionError(f"{sorted(group)} is not a circle")


@pytest.mark.parametrize("package", ACYCLIC)
def test_no_import_cycle(package):
    circles = [" -> ".join(c) for c in import_cycles(import_graph(package))]
    assert circles == []


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


def test_gui_packages_import_each_other_one_way():
    # The window opens the pages, a page uses printing and the shared widgets, and
    # nothing shared reaches back up into a page or the window.
    circles = [" -> ".join(c) for c in import_cycles(by_package(import_graph("gui"), 2))]
    assert circles == []


def test_cycle_finder_sees_imports_in_functions_and_type_checking(tmp_path):
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
    graph = import_graph("pkg", root=tmp_path)
    assert graph["pkg.d"] == {"pkg.a", "pkg.c"}
    assert import_cycles(graph) == [["pkg.a", "pkg.sub.b", "pkg.c", "pkg.a"]]
    assert import_cycles(by_package(graph, 2)) == [["pkg.a", "pkg.sub", "pkg.c", "pkg.a"]]
    (package / "c.py").write_text("thing = 1\n")
    assert import_cycles(import_graph("pkg", root=tmp_path)) == []


def test_no_gui_file_over_600_lines():
    long_files = {str(p.relative_to(ROOT)): n for p in python_files("gui")
                  if (n := len(p.read_text("utf-8").splitlines())) > MAX_GUI_LINES}
    assert long_files == {}
