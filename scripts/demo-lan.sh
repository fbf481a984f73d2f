#!/usr/bin/env bash
# The LAN demo (scripts/demo.sh --lan; docs/network.md): one store host on loopback and the apps as
# its enrolled clients. Run after the build (demo.sh does it). Ctrl+C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
motcua=build/dev/tools/motcua
api="${MOTCUA_DEMO_API:-127.0.0.1:8443}"
public="${MOTCUA_DEMO_PUBLIC:-127.0.0.1:8080}"
server="https://$api"
dir=var/lan
db="$dir/office.db"
mkdir -p "$dir" var/printed
if [[ ! -f "$db" ]]; then
  "$motcua" --db "$db" init --demo
fi

# The host: wait for its fingerprint line (it listens from then on).
log="$dir/serve.log"
: >"$log"  # made before the host starts: the wait below greps it at once
"$motcua" --db "$db" serve --listen "$api" --public "$public" >"$log" 2>&1 &
serve_pid=$!
pids=("$serve_pid")
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
for _ in $(seq 100); do
  grep -q '^fingerprint: SHA256:' "$log" && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
grep '^fingerprint:' "$log" || { echo "motcua serve không khởi động được (xem $log)" >&2; exit 1; }

# One device per app, each with its own config directory; enrolled once, the code used at first start.
enroll_args() {  # kind name -> prints "--enroll CODE" the first time, nothing once enrolled
  local kind=$1 name=$2 config="$dir/$1"
  mkdir -p "$config"
  if [[ -z "$(ls -A "$config")" ]]; then
    local code
    code=$("$motcua" --db "$db" --json device add --kind "$kind" --name "$name" | sed -n 's/.*"code": *"\([^"]*\)".*/\1/p')
    [[ -n "$code" ]] || { echo "motcua device add không in mã đăng ký" >&2; exit 1; }
    printf -- '--enroll %s' "$code"
  fi
}

if [[ -n "${DISPLAY:-}" ]]; then
  kiosk_enroll=$(enroll_args kiosk "Ki-ốt sảnh")
  counter_enroll=$(enroll_args counter "Quầy 1")
  wall_enroll=$(enroll_args wall "Màn hình sảnh")
  # shellcheck disable=SC2086  # "--enroll CODE" is two words, or none
  MOTCUA_CONFIG_DIR="$dir/kiosk" build/dev/kiosk/motcua-kiosk --server "$server" $kiosk_enroll --printer pdf:var/printed --size 1080x1920 &
  pids+=($!)
  # shellcheck disable=SC2086
  MOTCUA_CONFIG_DIR="$dir/counter" build/dev/counter/motcua-counter --server "$server" $counter_enroll --counter 1 --printer pdf:var/printed --size 1600x900 &
  pids+=($!)
  # shellcheck disable=SC2086
  MOTCUA_CONFIG_DIR="$dir/wall" build/dev/counter/motcua-counter --server "$server" $wall_enroll --wall --size 1280x720 &
  pids+=($!)
  echo "motcua (mạng nội bộ): máy chủ $server; ki-ốt, quầy 1 (motcua1 / demo1234) và màn hình sảnh là máy khách."
  echo "Màn hình TV: http://$public/wall — tra cứu hồ sơ: http://$public/tra-cuu — Ctrl+C để dừng."
  wait "$serve_pid"
else
  cli_enroll=$(enroll_args cli "Dòng lệnh")
  # shellcheck disable=SC2086
  MOTCUA_CONFIG_DIR="$dir/cli" MOTCUA_PASSWORD=demo1234 "$motcua" --server "$server" $cli_enroll --as motcua1 ticket list
  echo "Máy chủ đang chạy: $server — màn hình TV: http://$public/wall — tra cứu: http://$public/tra-cuu — Ctrl+C để dừng."
  wait "$serve_pid"
fi
