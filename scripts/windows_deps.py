"""The Windows-only requirements a folder of Windows wheels still lacks.

``pip download --platform win_amd64`` judges environment markers by the Linux
machine it runs on, so a requirement marked ``sys_platform == "win32"`` (PyInstaller's
pefile and pywin32-ctypes, pytest's colorama, keyring's pywin32-ctypes…) is skipped
without a word. This reads every wheel's requirements, judges the markers as 64-bit
Windows with the embeddable CPython would, and prints one requirement a line for each
that no wheel in the folder provides (nothing when the folder is complete).

    python scripts/windows_deps.py WHEEL_FOLDER PYTHON_VERSION      (e.g. 3.13.2)
"""
from __future__ import annotations

import sys
import zipfile
from email.parser import Parser
from pathlib import Path

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


if __name__ == "__main__":
    for line in missing(Path(sys.argv[1]), sys.argv[2]):
        print(line)
