"""The program's import graph read from its source with ``ast``, and the circles in it.

Both module-level and function-level imports count: an import deferred into a
function to dodge a circle at load time is still a circle for a reader, who must
understand both modules to understand either.
"""
from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources(packages: Iterable[str], root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in packages:
        target = root / package
        files = [target] if target.suffix == ".py" else sorted(target.rglob("*.py"))
        for path in files:
            found[module_name(path, root)] = path
    return found


def _imported(node: ast.AST, here: str, is_package: bool) -> list[str]:
    """The modules one import statement names (``from a import b`` may name module a.b)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = here.split(".") if is_package else here.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        stem = ".".join(base + ([node.module] if node.module else []))
    else:
        stem = node.module or ""
    return [stem] + [f"{stem}.{alias.name}" for alias in node.names]


def import_graph(packages: Iterable[str], root: Path = ROOT) -> dict[str, set[str]]:
    """Each module of ``packages`` (folders or single .py files under ``root``) and the
    modules among them it imports anywhere in its text (``TYPE_CHECKING`` blocks too)."""
    sources = _sources(packages, root)
    graph: dict[str, set[str]] = {}
    for name, path in sources.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        targets: set[str] = set()
        for node in ast.walk(tree):
            for target in _imported(node, name, path.name == "__init__.py"):
                if target in sources and target != name:
                    targets.add(target)
        graph[name] = targets
    return graph


def _strong_components(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def import_cycles(packages: Iterable[str], root: Path = ROOT) -> list[list[str]]:
    """The groups of modules that import each other in a circle (each group sorted;
    an empty list when the graph is acyclic)."""
    graph = import_graph(packages, root)
    return sorted(c for c in _strong_components(graph) if len(c) > 1)


def longest_chain(packages: Iterable[str], root: Path = ROOT) -> list[str]:
    """The longest import chain (a module importing one importing one ...), over the
    graph with each circle folded into one node; for the record, not for a test."""
    graph = import_graph(packages, root)
    group_of = {m: tuple(c) for c in _strong_components(graph) for m in c}
    dag: dict[tuple, set[tuple]] = {g: set() for g in group_of.values()}
    for module, targets in graph.items():
        for target in targets:
            if group_of[target] != group_of[module]:
                dag[group_of[module]].add(group_of[target])
    best: dict[tuple, list[tuple]] = {}

    def chain(group: tuple) -> list[tuple]:
        if group not in best:
            tails = [chain(t) for t in dag[group]]
            best[group] = [group] + max(tails, key=len, default=[])
        return best[group]

    import sys
    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
    longest = max((chain(g) for g in dag), key=len, default=[])
    return ["+".join(g) for g in longest]


if __name__ == "__main__":
    import sys
    chosen = sys.argv[1:] or ["models", "sync", "reports", "cli", "sheets", "main.py"]
    for cycle in import_cycles(chosen):
        print("cycle", len(cycle), " ".join(cycle))
    chain_ = longest_chain(chosen)
    print("longest chain", len(chain_), " -> ".join(chain_))
