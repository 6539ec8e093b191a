"""The import graph of some packages, as tests/test_layering.py builds it: circles, the
longest chain of imports (a circle counted as one step), the largest files.

    .venv/bin/python scripts/import_graph.py gui
    .venv/bin/python scripts/import_graph.py --root /path/to/other/checkout cli gui models
"""
from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_layering import import_cycles, import_graph  # noqa: E402


def longest_chain(graph: dict[str, set[str]]) -> list[str]:
    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for target in graph[todo.pop()] - seen:
                seen.add(target)
                todo.append(target)
        return seen

    reachable = {m: reach(m) for m in graph}
    group = {m: frozenset({m} | {t for t in reachable[m] if m in reachable[t]}) for m in graph}
    after = {g: {group[t] for m in g for t in graph[m]} - {g} for g in set(group.values())}

    @cache
    def from_(g: frozenset[str]) -> tuple[frozenset[str], ...]:
        return max(((g, *from_(h)) for h in after[g]), key=len, default=(g,))

    path = max((from_(g) for g in after), key=len)
    return [" + ".join(sorted(g)) for g in path]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="+")
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    graph = import_graph(*args.packages, root=args.root)
    circles = import_cycles(graph)
    chain = longest_chain(graph)
    files = sorted(
        ((len(p.read_text("utf-8").splitlines()), str(p.relative_to(args.root)))
         for package in args.packages for p in (args.root / package).rglob("*.py")),
        reverse=True,
    )
    print(f"{len(graph)} modules, {sum(n for n, _ in files)} lines")
    print("circles:", "; ".join(" -> ".join(c) for c in circles) or "none")
    print(f"longest chain ({len(chain)} steps, a circle is one):", " -> ".join(chain))
    print("largest files:", ", ".join(f"{name} {n}" for n, name in files[:5]))


if __name__ == "__main__":
    main()
