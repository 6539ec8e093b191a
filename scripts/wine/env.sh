# Sourced by build-windows.sh and test-windows.sh: the environment every Wine command
# here runs in, a Wine prefix made if there is none, and winpath.
#   source scripts/wine/env.sh PREFIX_FOLDER SHIMS_FOLDER
# The shims are the Wine-only DLLs of scripts/wine/shims.sh (Wine 8 lacks what real
# Windows has); they go into the prefix's system32, never into the package.
export WINEPREFIX="$1" WINEARCH=win64 WINEDEBUG=-all PYTHONUTF8=1
# wbemprox: Python's platform module asks WMI, which aborts Wine 8; without it Python
# falls back to the version number. The shims before Wine's own (it has none of these).
export WINEDLLOVERRIDES="wbemprox=d;bcryptprimitives=n,b;icuuc=n,b"
# Wine turns arguments and the environment into Windows text through the locale:
# UTF-8, or Vietnamese paths arrive as question marks.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Qt's Windows plugin crashes under Xvfb in Wine's colour profiles (mscms); with no
# display it runs, and the program's tests use the offscreen platform anyway.
unset DISPLAY WAYLAND_DISPLAY
winpath() { printf 'Z:%s' "${1//\//\\}"; }
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$WINEPREFIX"
    # No Mono or Gecko download prompts: nothing here needs .NET or a browser engine.
    WINEDLLOVERRIDES="mscoree=d;mshtml=d" wineboot -i 2>&1 | cat
    wineserver -w
fi
for shim in "$2"/*.dll; do
    cmp -s "$shim" "$WINEPREFIX/drive_c/windows/system32/${shim##*/}" \
        || cp "$shim" "$WINEPREFIX/drive_c/windows/system32/"
done
