#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build, create var/demo.db with the
# demo office, and start the main job (for now: print the office's state — queue, dossiers, late list).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev -DMOTCUA_BUILD_TESTS=OFF
cmake --build --preset dev
mkdir -p var
if [[ ! -f var/demo.db ]]; then
  build/dev/tools/motcua --db var/demo.db init --demo
fi
build/dev/tools/motcua --db var/demo.db sweep >/dev/null
exec build/dev/tools/motcua --db var/demo.db status
