"""The lock files the set-up installs agree with the hand-edited pins they come from."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ("requirements", "requirements-dev", "requirements-build")


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", requirement).lower()


def pins(path: Path) -> dict[str, str]:
    """name -> version of every `name==version` line, following `-r` includes."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            found |= pins(path.parent / line[3:].strip())
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if match:
            found[_name(match.group(1))] = match.group(2)
    return found


@pytest.mark.parametrize("name", LOCKS)
def test_every_direct_pin_is_locked_at_its_version(name: str) -> None:
    direct = pins(ROOT / f"{name}.in")
    locked = pins(ROOT / f"{name}.txt")
    assert direct, f"{name}.in names no package"
    stale = {pkg: (version, locked.get(pkg)) for pkg, version in direct.items()
             if locked.get(pkg) != version}
    assert not stale, f"run scripts/lock.sh: {stale}"


@pytest.mark.parametrize("name", LOCKS)
def test_every_locked_package_carries_hashes(name: str) -> None:
    text = (ROOT / f"{name}.txt").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    entries = [block for block in blocks if re.match(r"^[A-Za-z0-9_.\-]+==", block)]
    assert len(entries) >= len(pins(ROOT / f"{name}.in"))
    for entry in entries:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_set_up_installs_the_locks_with_hashes_required() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "--require-hashes" in setup
