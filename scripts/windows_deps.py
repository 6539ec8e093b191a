"""What the Windows build installs, read from the universal lock files.

``lock``: the lock files (scripts/lock.sh, every package with its hashes and its
environment marker) as Windows sees them: every package of the build lock whose marker
holds on 64-bit Windows with the embeddable CPython, and from the development lock the
test runner (pytest) and what it needs there (the lock's "# via" notes), printed as a
requirements file with the hashes and without the markers, for pip --platform win_amd64.

    python scripts/windows_deps.py lock BUILD_LOCK DEV_LOCK PYTHON_VERSION > windows.txt

``missing``: the Windows-only requirements a folder of Windows wheels still lacks.

``pip download --platform win_amd64`` judges environment markers by the Linux
machine it runs on, so a requirement marked ``sys_platform == "win32"`` (PyInstaller's
pefile and pywin32-ctypes, pytest's colorama, keyring's pywin32-ctypes…) is skipped
without a word. This reads every wheel's requirements, judges the markers as 64-bit
Windows with the embeddable CPython would, and prints one requirement a line for each
that no wheel in the folder provides (nothing when the folder is complete).

    python scripts/windows_deps.py missing WHEEL_FOLDER PYTHON_VERSION      (e.g. 3.13.2)
"""
from __future__ import annotations

import re
import sys
import zipfile
from dataclasses import dataclass, field
from email.parser import Parser
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename


def windows_environment(python_version: str) -> dict[str, str]:
    major_minor = ".".join(python_version.split(".")[:2])
    return {
        "sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
        "platform_machine": "AMD64", "platform_release": "10",
        "implementation_name": "cpython", "platform_python_implementation": "CPython",
        "python_version": major_minor, "python_full_version": python_version,
        "implementation_version": python_version, "extra": "",
    }


def requirements_of(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(archive.read(metadata).decode("utf-8"))
    return message.get_all("Requires-Dist") or []


def missing(folder: Path, python_version: str) -> list[str]:
    environment = windows_environment(python_version)
    wheels = sorted(folder.glob("*.whl"))
    present = {canonicalize_name(parse_wheel_filename(w.name)[0]) for w in wheels}
    wanted: dict[str, Requirement] = {}
    for wheel in wheels:
        for line in requirements_of(wheel):
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate(environment):
                continue
            name = canonicalize_name(requirement.name)
            if name not in present:
                # Two wheels may ask for the same package: keep both specifiers.
                if name in wanted:
                    requirement.specifier &= wanted[name].specifier
                wanted[name] = requirement
    return [f"{r.name}{r.specifier}" for _name, r in sorted(wanted.items())]


@dataclass
class Locked:
    name: str
    pin: str
    marker: str
    hashes: list[str] = field(default_factory=list)
    via: set[str] = field(default_factory=set)


_PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)\s*(?:;\s*([^\\]*?))?\s*\\?$")


def read_lock(path: Path) -> dict[str, Locked]:
    """A lock file in pip's format: "name==1.0 ; marker \\", hash lines, "# via" notes."""
    entries: dict[str, Locked] = {}
    current: Locked | None = None
    in_via = False
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if match := _PIN.match(raw):
            name = canonicalize_name(match[1])
            current = entries[name] = Locked(name, f"{match[1]}=={match[2]}", match[3] or "")
            in_via = False
        elif current is None or not line:
            continue
        elif line.startswith("--hash="):
            current.hashes.append(line.rstrip(" \\"))
        elif line.startswith("# via"):
            parent = line.removeprefix("# via").strip()
            in_via = not parent
            if parent:
                current.via.add(canonicalize_name(parent))
        elif in_via and line.startswith("#"):
            current.via.add(canonicalize_name(line.lstrip("# ")))
    return entries


def windows_lock(build_lock: Path, dev_lock: Path, python_version: str,
                 test_runner: str = "pytest") -> list[str]:
    environment = windows_environment(python_version)

    def on_windows(entry: Locked) -> bool:
        return not entry.marker or Marker(entry.marker).evaluate(environment)

    chosen = {name: e for name, e in read_lock(build_lock).items() if on_windows(e)}
    dev = read_lock(dev_lock)
    wanted = {canonicalize_name(test_runner)}
    grew = True
    while grew:  # what the test runner needs, and what that needs
        grew = False
        for name, entry in dev.items():
            if name not in wanted and entry.via & wanted:
                wanted.add(name)
                grew = True
    for name in sorted(wanted):
        if name in dev and name not in chosen and on_windows(dev[name]):
            chosen[name] = dev[name]
    return [" ".join([entry.pin, *entry.hashes]) for _name, entry in sorted(chosen.items())]


if __name__ == "__main__":
    if sys.argv[1] == "lock":
        lines = windows_lock(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
    else:
        lines = missing(Path(sys.argv[2]), sys.argv[3])
    for line in lines:
        print(line)
