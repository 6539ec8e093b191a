#!/usr/bin/env bash
# Installs what the tests need (first time only) and runs the whole suite headless.
# Extra arguments go to pytest, e.g. `scripts/run-tests.sh tests/test_search.py`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" requirements-dev.txt poppler-utils
cd "$here"
exec "$here/.venv/bin/python" -m pytest -n 2 -q "$@"
