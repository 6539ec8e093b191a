#!/usr/bin/env bash
# Writes the lock files (requirements.txt, requirements-dev.txt, requirements-build.txt):
# every package, direct or not, pinned with its hashes, for Linux and Windows alike, from
# the hand-edited requirements*.in. Run it after changing a .in file; commit both.
# The set-up installs the lock files with pip --require-hashes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
uv="$here/.venv/bin/uv"
[ -x "$uv" ] || uv="$(command -v uv)"
for name in requirements requirements-dev requirements-build; do
  "$uv" pip compile --quiet --universal --generate-hashes --python-version 3.11 \
    --no-header --custom-compile-command "bash scripts/lock.sh" \
    "$name.in" -o "$name.txt.new"
  {
    echo "# Locked by scripts/lock.sh from $name.in: do not edit by hand."
    cat "$name.txt.new"
  } > "$name.txt"
  rm "$name.txt.new"
done
