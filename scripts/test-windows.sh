#!/usr/bin/env bash
# Proves the Windows package under Wine, on a new Wine "PC" each run whose user is
# "Nguyễn Văn An" (so the data folder is C:\users\Nguyễn Văn An\AppData\Local\SoNghiQuyet,
# Vietnamese letters and spaces) and whose drive E: is a removable drive (a USB stick):
#   1. the Windows-only tests under the Windows Python (tests/test_windows.py and the
#      writer-lock and USB-transfer tests, on the real msvcrt, kernel32, platformdirs);
#   2. a silent install of an older version (the same program labelled older, with a
#      file the newer one no longer has); shortcuts, Apps entry, version and icon;
#   3. the installed program's selftest (window offscreen, PDF, preview, backup, USB);
#   4. a session through the commands: init, demo, minutes PDF and Word, backup to the stick,
#      export, import at a second register (the upper level's), check;
#   5. opening a PDF with a Vietnamese name as the window opens files (the shell);
#   6. the real setup.exe installed silently over it: the old files gone, the data kept;
#   7. a silent uninstall: the program gone, the register, backups and keys still there.
# Each step prints PASS or FAIL with what it saw; exit 0 only if every step passed.
# Run after scripts/build-windows.sh, before every release (too slow for each CI run).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="$here/build/windows"
py="$cache/python"
started=$SECONDS
version="$("$here/.venv/bin/python" -c 'import sys; sys.path.insert(0, sys.argv[1]); from models import APP_VERSION; print(APP_VERSION)' "$here")"
setup="$here/dist/SoNghiQuyet-Setup-$version.exe"
program="$cache/dist/SoNghiQuyet"
if [ ! -f "$setup" ] || [ ! -f "$py/python.exe" ]; then
    echo "No $setup: run scripts/build-windows.sh first." >&2
    exit 1
fi
log="$cache/test-windows.log"
: > "$log"

# A new PC: a fresh prefix, the user's name with Vietnamese letters and spaces.
export USER="Nguyễn Văn An" USERNAME="Nguyễn Văn An"
prefix="$cache/test-prefix"
[ -d "$prefix" ] && WINEPREFIX="$prefix" wineserver -k 2>/dev/null
rm -rf "$prefix"
# shellcheck source=scripts/wine/env.sh
source "$here/scripts/wine/env.sh" "$prefix" "$cache/shims"
profile="$prefix/drive_c/users/$USER"
local_app_data="$profile/AppData/Local"
install_dir="$local_app_data/Programs/SoNghiQuyet"
data="$local_app_data/SoNghiQuyet"
upper_dir="$profile/Cấp trên/Huyện ủy Cẩm Giàng"
upper_db="C:\\users\\$USER\\Cấp trên\\Huyện ủy Cẩm Giàng\\so-nghi-quyet.db"
uninstall_subkey='Software\Microsoft\Windows\CurrentVersion\Uninstall\SoNghiQuyet'
uninstall_key="HKCU\\$uninstall_subkey"

# Drive E: is a removable drive whose folder is stick/ here (Wine's "floppy" type is
# what GetDriveTypeW reports as DRIVE_REMOVABLE).
stick="$cache/test-stick"
rm -rf "$stick"; mkdir -p "$stick"
ln -sfn "$stick" "$prefix/dosdevices/e:"
wine reg add 'HKLM\Software\Wine\Drives' /v e: /d floppy /f 2>&1 | cat >/dev/null
printf 'KINGSTON' > "$stick/.windows-label"
wineserver -w

failures=0
passed=0
check() {  # check "what" command…: runs the step, prints PASS/FAIL with its output's tail
    local what="$1"; shift
    local begun=$SECONDS out
    out="$("$@" 2>&1)"
    local status=$?
    printf '\n### %s\n%s\n' "$what" "$out" >> "$log"
    if [ $status -eq 0 ]; then
        passed=$((passed + 1))
        printf 'PASS  %s (%ss)\n' "$what" "$((SECONDS - begun))"
    else
        failures=$((failures + 1))
        printf 'FAIL  %s (%ss)\n' "$what" "$((SECONDS - begun))"
    fi
    printf '%s\n' "$out" | tail -n 8 | sed 's/^/      /'
}
fail() { echo "$*"; return 1; }
# A Windows program's output goes through a pipe: redirected to a file, Python dies at start.
win() { wine "$@" 2> >(cat >&2) | cat; return "${PIPESTATUS[0]}"; }
lenh() { win "$install_dir/SoNghiQuyet-lenh.exe" "$@"; }
upper() { lenh --db "$upper_db" "$@"; }
installed_version() {
    wine reg query "$uninstall_key" /v DisplayVersion 2>/dev/null | tr -d '\r' \
        | awk '/DisplayVersion/ {print $NF}'
}

windows_tests() {
    # The embeddable Python reads no PYTHONPATH: a .pth names the source folder (the
    # writer-lock test starts a second Python that imports models).
    printf '%s\r\n' "$(winpath "$here")" > "$py/Lib/site-packages/so-nghi-quyet-source.pth"
    (cd "$here" && SNQ_TEST_REMOVABLE_DRIVE=E: win "$py/python.exe" -m pytest -q \
        -p no:cacheprovider -W ignore::pytest.PytestConfigWarning \
        tests/test_windows.py tests/test_instance_lock.py tests/test_sync_transfer.py)
}

older_install() {
    # The older version: the same program with a file only it has, labelled 0.0.1.
    local older="$cache/test-older"
    rm -rf "$older"; cp -al "$program" "$older"
    echo "tệp của phiên bản cũ" > "$older/chi-phien-ban-cu.txt"
    bash "$here/installer/pack.sh" "$older" 0.0.1 "$cache/test-older-setup.exe" zlib >/dev/null \
        || fail "makensis could not pack the older version"
    win "$cache/test-older-setup.exe" /S || fail "the older setup exited with an error"
    wineserver -w
    local f
    for f in SoNghiQuyet.exe SoNghiQuyet-lenh.exe Uninstall.exe chi-phien-ban-cu.txt \
        _internal/resources/fonts/LiberationSerif-Regular.ttf \
        _internal/resources/fonts/NotoSans-Regular.ttf; do
        [ -f "$install_dir/$f" ] || fail "missing: $install_dir/$f" || return 1
    done
    [ "$(installed_version)" = 0.0.1 ] || fail "Apps entry: '$(installed_version)'" || return 1
    echo "installed in $(winpath "$install_dir") (Apps entry version 0.0.1)"
}

shortcuts_and_exe() {
    local menu="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Sổ Nghị quyết.lnk"
    local desktop; desktop="$(find -L "$profile" -maxdepth 2 -path '*Desktop/Sổ Nghị quyết.lnk' | head -1)"
    [ -f "$menu" ] || fail "no Start-menu shortcut $menu" || return 1
    [ -n "$desktop" ] || fail "no desktop shortcut" || return 1
    # The Apps entry, read as Windows' Settings reads it (reg.exe would print "?" for ổ).
    win "$py/python.exe" -c '
import sys, winreg
key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, sys.argv[1])
for name in ("DisplayName", "DisplayVersion", "Publisher", "UninstallString", "DisplayIcon"):
    print(f"{name}: {winreg.QueryValueEx(key, name)[0]}")
assert winreg.QueryValueEx(key, "DisplayName")[0] == "Sổ Nghị quyết"
' "$uninstall_subkey" || fail "no Apps entry named Sổ Nghị quyết" || return 1
    # Version information and icon of the programs and of setup.exe, read by pefile.
    PYTHONPATH="$py/Lib/site-packages" "$here/.venv/bin/python" - "$version" \
        "$install_dir/SoNghiQuyet.exe" "$install_dir/SoNghiQuyet-lenh.exe" "$setup" <<'PY'
import sys
import pefile
version, files = sys.argv[1], sys.argv[2:]
for path in files:
    pe = pefile.PE(path)
    strings = {k.decode(): v.decode() for info in pe.FileInfo[0] if info.Key == b"StringFileInfo"
               for table in info.StringTable for k, v in table.entries.items()}
    icons = [e for e in pe.DIRECTORY_ENTRY_RESOURCE.entries
             if e.id == pefile.RESOURCE_TYPE["RT_GROUP_ICON"]]
    assert strings.get("ProductName") == "Sổ Nghị quyết", strings
    assert strings.get("ProductVersion") == version, strings
    assert icons, f"{path}: no icon"
    print(f"{path.rsplit('/', 1)[-1]}: {strings['ProductName']} {strings['ProductVersion']}, icon")
PY
}

selftest() {
    local out; out="$(lenh selftest)"; local status=$?
    echo "$out" | grep -v '^\s' | grep -v Traceback
    [ $status -eq 0 ] && grep -q "Tự kiểm tra: đạt." <<<"$out"
}

session() {
    rm -rf "$upper_dir"; mkdir -p "$upper_dir"
    upper init --unit-name "Huyện ủy Cẩm Giàng" --unit-abbr "HU" --role upper || return 1
    upper setup-unit --name "Đảng ủy xã Cẩm Giàng" --abbr "ĐU Cẩm Giàng" --out 'E:\' || return 1
    # The unit's register in its default folder: C:\users\Nguyễn Văn An\AppData\Local\SoNghiQuyet.
    lenh init --place "Cẩm Giàng" --term 2025-2030 --unit-office "Văn phòng Đảng ủy" || return 1
    [ -f "$data/so-nghi-quyet.db" ] || fail "no register in $data" || return 1
    lenh apply-setup "E:\\$(cd "$stick" && ls SNQ_THIETLAP_*.snqs)" || return 1
    lenh demo --members 200 --years 1 --chi-bo 6 | tail -1 || return 1
    local conference pdf="$profile/Biên bản hội nghị.pdf"
    conference="$(lenh list conferences --json | "$here/.venv/bin/python" -c \
        'import json, sys; print(json.load(sys.stdin)[0]["id"])')" || return 1
    lenh minutes "$conference" --out "C:\\users\\$USER\\Biên bản hội nghị.pdf" || return 1
    # What a clerk reads on the page, and the bundled typeface embedded.
    "$here/.venv/bin/python" - "$pdf" <<'PY' || return 1
import sys, unicodedata
from pypdf import PdfReader
reader = PdfReader(sys.argv[1])
text = unicodedata.normalize("NFC", "".join(page.extract_text() for page in reader.pages))
fonts = {str(font["/BaseFont"]) for page in reader.pages
         for font in page["/Resources"]["/Font"].get_object().values()}
assert "BIÊN BẢN" in text and "Hội nghị" in text and "Cẩm Giàng" in text, text[:300]
assert any("LiberationSerif" in font for font in fonts), fonts
print(f"minutes: {len(reader.pages)} pages, Vietnamese text, fonts {sorted(fonts)}")
PY
    # The same minutes as a Word file (python-docx and lxml, frozen).
    lenh minutes "$conference" --out "C:\\users\\$USER\\Biên bản hội nghị.docx" || return 1
    "$here/.venv/bin/python" - "$profile/Biên bản hội nghị.docx" <<'PY' || return 1
import re, sys, unicodedata, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
text = unicodedata.normalize("NFC", "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
assert "BIÊN BẢN" in text and "Cẩm\u00a0Giàng" in text.replace(" ", "\u00a0"), text[:300]
print(f"minutes as Word: {len(text)} characters of Vietnamese text")
PY
    lenh backup --to 'E:\' || return 1
    ls "$stick"/so-nghi-quyet_*.db >/dev/null || fail "no backup on the stick" || return 1
    lenh export --out 'E:\' || return 1
    upper import "E:\\$(cd "$stick" && ls SNQ_DU_*.snq)" | tail -2 || return 1
    upper units | head -2 || return 1
    upper check || return 1
    lenh check || return 1
    lenh list members --json > "$cache/test-members.json" || return 1
}

open_pdf() {
    # The window opens files through the Windows shell (QDesktopServices → ShellExecute,
    # as os.startfile does): a PDF with a Vietnamese name and spaces must reach the
    # program registered for .pdf whole. The "viewer" here writes down what it was given.
    local viewer="$cache/test-viewer.py" opened="$profile/opened.txt"
    local pdf="C:\\users\\$USER\\Biên bản hội nghị.pdf"
    cat > "$viewer" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write(sys.argv[2])
PY
    wine reg add 'HKCR\.pdf' /ve /d SNQ.TestViewer /f 2>&1 | cat >/dev/null
    wine reg add 'HKCR\SNQ.TestViewer\shell\open\command' /ve /f /d \
        "\"$(winpath "$py/python.exe")\" \"$(winpath "$viewer")\" \"C:\\users\\$USER\\opened.txt\" \"%1\"" \
        2>&1 | cat >/dev/null
    local how got
    for how in QDesktopServices os.startfile; do
        rm -f "$opened"
        # Qt's own Windows platform (offscreen has no shell to ask); no display is needed.
        win "$py/python.exe" -c '
import os, sys
if sys.argv[1] == "os.startfile":
    os.startfile(sys.argv[2])
else:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    app = QGuiApplication([])
    sys.exit(0 if QDesktopServices.openUrl(QUrl.fromLocalFile(sys.argv[2])) else 1)
' "$how" "$pdf" || fail "$how refused to open $pdf" || return 1
        for _ in $(seq 60); do [ -s "$opened" ] && break; sleep 1; done
        got="$(cat "$opened" 2>/dev/null)"
        echo "$how: the viewer was given $got"
        [ "$got" = "$pdf" ] || return 1
    done
}

upgrade() {
    local before after
    before="$(sha256sum < "$cache/test-members.json")"
    local backups_before; backups_before="$(ls "$data/backups" | wc -l)"
    du -sm "$install_dir" | cut -f1 > "$cache/test-installed-mb"
    win "$setup" /S || fail "setup.exe exited with an error"
    wineserver -w
    [ ! -e "$install_dir/chi-phien-ban-cu.txt" ] || fail "the older version's file is still there" || return 1
    [ -f "$install_dir/SoNghiQuyet.exe" ] || fail "no program after the upgrade" || return 1
    [ "$(installed_version)" = "$version" ] || fail "Apps entry: '$(installed_version)'" || return 1
    lenh version || return 1
    lenh check || return 1
    lenh list members --json > "$cache/test-members-after.json" || return 1
    after="$(sha256sum < "$cache/test-members-after.json")"
    [ "$before" = "$after" ] || fail "the members changed in the upgrade" || return 1
    [ "$(ls "$data/backups" | wc -l)" -ge "$backups_before" ] || fail "backups lost" || return 1
    echo "upgraded 0.0.1 → $version: data kept ($(grep -c '"uuid"' "$cache/test-members-after.json") members, $backups_before backups)"
}

data_digest() {
    # Every file of the register, its backups and keys, by content: the register is
    # encrypted (its key is in the Wine user's Credential Manager), so "kept" means
    # byte for byte as the program last left it.
    (cd "$data" && find so-nghi-quyet.db backups keys -type f -print0 | sort -z \
        | xargs -0 sha256sum)
}

uninstall() {
    local before after
    before="$(data_digest)"
    head -c 16 "$data/so-nghi-quyet.db" | grep -q "SQLite format 3" \
        && { fail "the register lies in plain text"; return 1; }
    win "$install_dir/Uninstall.exe" /S || fail "the uninstaller exited with an error"
    wineserver -w   # it runs itself again from a copy and returns at once
    [ ! -e "$install_dir" ] || fail "left behind: $(find "$install_dir" | head -5)" || return 1
    [ ! -e "$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Sổ Nghị quyết.lnk" ] \
        || fail "Start-menu shortcut left" || return 1
    wine reg query "$uninstall_key" >/dev/null 2>&1 && { fail "Apps entry left"; return 1; }
    local folder
    for folder in backups keys; do
        [ -n "$(ls -A "$data/$folder" 2>/dev/null)" ] || fail "$data/$folder is gone or empty" || return 1
    done
    after="$(data_digest)"
    [ "$before" = "$after" ] || fail "the data changed in the uninstall" || return 1
    echo "program removed; register (encrypted), $(ls "$data/backups" | wc -l) backups and" \
        "$(ls "$data/keys" | wc -l) key files kept byte for byte"
}

check "Windows-only tests under the Windows Python (msvcrt lock, drives, paths)" windows_tests
check "silent install (older version)" older_install
check "Start-menu and desktop shortcuts, Apps entry, version and icon" shortcuts_and_exe
check "installed program's selftest" selftest
check "session: init, demo, minutes PDF, backup to E:, export, import upstairs, check" session
check "opening a PDF with a Vietnamese name through the Windows shell" open_pdf
check "upgrade to $version with setup.exe /S, data kept" upgrade
check "silent uninstall, data kept" uninstall

echo
echo "installed folder: $(cat "$cache/test-installed-mb" 2>/dev/null || echo '?') MB;" \
    "setup.exe: $(du -m "$setup" | cut -f1) MB"
echo "$passed passed, $failures failed ($((SECONDS - started)) s; details in $log)"
[ $failures -eq 0 ]
