#!/usr/bin/env bash
# One command on a fresh Debian 12: install what is missing, build, create var/demo.db with the
# demo office, and start the suite: the kiosk and a counter in windows when there is a display,
# otherwise (a server, SSH) the office's state printed by the CLI — queue, dossiers, late list.
# `scripts/demo.sh --lan`: the office LAN on this one machine (docs/network.md) — `motcua serve` on
# loopback over var/lan/office.db, the kiosk, counter 1 and the wall enrolled as its clients (each
# with its own config directory under var/lan), the web wall and /tra-cuu on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
lan=false
case "${1:-}" in
  --lan) lan=true ;;
  "") ;;
  *) echo "Cách dùng: scripts/demo.sh [--lan]" >&2; exit 2 ;;
esac
scripts/install-deps.sh
cmake --preset dev -DMOTCUA_BUILD_TESTS=OFF
cmake --build --preset dev
mkdir -p var/printed
if $lan; then
  exec scripts/demo-lan.sh
fi
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
