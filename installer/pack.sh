#!/usr/bin/env bash
# Packs a built program folder into the installer with NSIS:
#   bash installer/pack.sh PROGRAM_FOLDER VERSION SETUP.exe [lzma|zlib]
# (scripts/build-windows.sh does; scripts/test-windows.sh packs an "older version" too).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
program="$(cd "$1" && pwd)"; version="$2"; setup="$3"; compressor="${4:-lzma}"
files="$(mktemp --suffix=.nsh)"
trap 'rm -f "$files"' EXIT
# The uninstaller deletes exactly these files, then the folders they leave empty.
python3 - "$program" "$files" <<'PY'
import os, sys
root, target = sys.argv[1], sys.argv[2]
files, folders = [], []
for folder, _subfolders, names in os.walk(root):
    relative = os.path.relpath(folder, root)
    prefix = "" if relative == "." else relative.replace("/", "\\") + "\\"
    files += [f'Delete "$INSTDIR\\{prefix}{name}"' for name in sorted(names)]
    if relative != ".":
        folders.append(prefix.rstrip("\\"))
folders.sort(key=lambda f: f.count("\\"), reverse=True)
with open(target, "w", encoding="utf-8") as out:
    out.write("\n".join(files + [f'RMDir "$INSTDIR\\{f}"' for f in folders]) + "\n")
PY
mkdir -p "$(dirname "$setup")"
makensis -V2 -INPUTCHARSET UTF8 -X"SetCompressor /SOLID $compressor" \
    -DVERSION="$version" -DSOURCE="$program" -DOUTFILE="$setup" \
    -DICON="$here/../resources/icons/app.ico" -DFILES="$files" \
    -DSIZE_KB="$(du -sk "$program" | cut -f1)" "$here/SoNghiQuyet.nsi"
