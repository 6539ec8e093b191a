#!/usr/bin/env bash
# Builds the one-folder package with PyInstaller, then runs the built program's
# selftest (window offscreen, a PDF, a USB package round trip) and prints its size.
# On Windows run the same steps in PowerShell (see README, "The Windows package").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" requirements-build.txt
cd "$here"
"$here/.venv/bin/pyinstaller" --noconfirm --clean build.spec
program="$here/dist/SoNghiQuyet/SoNghiQuyet"  # SoNghiQuyet-lenh.exe on Windows
QT_QPA_PLATFORM=offscreen "$program" selftest
du -sh "$here/dist/SoNghiQuyet"
