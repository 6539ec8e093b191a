#!/usr/bin/env bash
# Shared set-up for run-app.sh and run-tests.sh: Debian libraries Qt needs, then a
# virtual environment in .venv with the locked packages (hashes checked). Safe to run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
requirements="${1:-requirements.txt}"
shift || true
extra_debs=("$@")

debs=(libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3 "${extra_debs[@]}")
missing=()
for deb in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "Cài thư viện hệ thống: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3}"
if [ ! -x "$here/.venv/bin/python" ]; then
  "$python" -m venv "$here/.venv"
fi
stamp="$here/.venv/.installed-$(basename "$requirements")"
if [ ! -f "$stamp" ] || [ "$here/$requirements" -nt "$stamp" ]; then
  # A lock file (scripts/lock.sh): every package pinned with its hashes, none fetched unchecked.
  "$here/.venv/bin/python" -m pip install -q --disable-pip-version-check --require-hashes \
    -r "$here/$requirements"
  touch "$stamp"
fi
