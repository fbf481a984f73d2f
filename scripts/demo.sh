#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build, create var/demo.db with the
# demo office, and start the suite: the kiosk and a counter in windows when there is a display,
# otherwise (a server, SSH) the office's state printed by the CLI — queue, dossiers, late list.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev -DMOTCUA_BUILD_TESTS=OFF
cmake --build --preset dev
mkdir -p var/printed
if [[ ! -f var/demo.db ]]; then
  build/dev/tools/motcua --db var/demo.db init --demo
fi
build/dev/tools/motcua --db var/demo.db sweep >/dev/null
if [[ -n "${DISPLAY:-}" ]]; then
  echo "motcua: ki-ốt và quầy 1 đang chạy (đăng nhập motcua1 / demo1234); vé và phiếu in ra var/printed"
  build/dev/kiosk/motcua-kiosk --db var/demo.db --printer pdf:var/printed --size 1080x1920 &
  build/dev/counter/motcua-counter --db var/demo.db --counter 1 --printer pdf:var/printed --size 1600x900 &
  wait
else
  exec build/dev/tools/motcua --db var/demo.db status
fi
