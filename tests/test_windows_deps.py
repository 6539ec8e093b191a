"""scripts/windows_deps.py: the lock files as the Windows build must read them."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("windows_deps", ROOT / "scripts" / "windows_deps.py")
windows_deps = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("windows_deps", windows_deps)  # its dataclass looks itself up there
_spec.loader.exec_module(windows_deps)

BUILD_LOCK = """\
# Locked by scripts/lock.sh from requirements-build.in: do not edit by hand.
altgraph==0.17.5 \\
    --hash=sha256:aaa \\
    --hash=sha256:bbb
    # via
    #   macholib
    #   pyinstaller
macholib==1.16.4 ; sys_platform == 'darwin' \\
    --hash=sha256:ccc
    # via pyinstaller
pefile==2024.8.26 ; sys_platform == 'win32' \\
    --hash=sha256:ddd
    # via pyinstaller
pyinstaller==6.22.3 \\
    --hash=sha256:eee
    # via -r requirements-build.in
"""
DEV_LOCK = """\
colorama==0.4.6 ; sys_platform == 'win32' \\
    --hash=sha256:fff
    # via pytest
iniconfig==2.3.1 \\
    --hash=sha256:ggg
    # via pytest
pytest==9.2.0 \\
    --hash=sha256:hhh
    # via
    #   -r requirements-dev.in
    #   pytest-qt
ruff==0.17.6 \\
    --hash=sha256:iii
    # via -r requirements-dev.in
"""


def test_the_lock_as_windows_sees_it(tmp_path):
    (tmp_path / "build.txt").write_text(BUILD_LOCK, "utf-8")
    (tmp_path / "dev.txt").write_text(DEV_LOCK, "utf-8")
    lines = windows_deps.windows_lock(tmp_path / "build.txt", tmp_path / "dev.txt", "3.13.2")
    assert lines == [
        "altgraph==0.17.5 --hash=sha256:aaa --hash=sha256:bbb",
        "colorama==0.4.6 --hash=sha256:fff",  # pytest needs it on Windows only
        "iniconfig==2.3.1 --hash=sha256:ggg",
        "pefile==2024.8.26 --hash=sha256:ddd",  # pip on Linux would skip it
        "pyinstaller==6.22.3 --hash=sha256:eee",
        "pytest==9.2.0 --hash=sha256:hhh",
    ]  # no macholib (Mac only), no ruff (not the test runner's)
