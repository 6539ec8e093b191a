#!/usr/bin/env bash
# Installs what the app needs (first time only) and opens it. Extra arguments go to
# main.py, e.g. `scripts/run-app.sh --lang en` or `scripts/run-app.sh stats --json`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" requirements.txt libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
exec "$here/.venv/bin/python" "$here/main.py" "$@"
