#!/usr/bin/env bash
# Figures for the kiosk (issue 4), printed as JSON; a benchmark, not a test. Needs a built tree
# (BUILD, default build/dev) and Xvfb. Measures, on the home screen at 1080x1920:
#   - launch to first frame (ms, median of 5 runs; MOTCUA_KIOSK_TIMING makes the app report it)
#   - idle CPU of motcua-kiosk over 30 s untouched (% of one core, from /proc/PID/stat)
#   - peak RSS (VmHWM, MiB) at the end of that run
#   - tap on a group to ticket printed (pdf back end) and confirmed, through the real
#     draw → commands → apply path on a headless UI (kiosk_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build/dev}
KIOSK=$BUILD/kiosk/motcua-kiosk
MOTCUA=$BUILD/tools/motcua
IDLE_SECONDS=${IDLE_SECONDS:-30}
work=$(mktemp -d)
xvfb_pid=""
kiosk_pid=""
cleanup() {
  [[ -n $kiosk_pid ]] && kill "$kiosk_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$MOTCUA" --db "$work/k.db" --now "2026-11-23 10:15" init --demo >/dev/null
mkdir -p "$work/printed"

# Our own X server on a free display.
display=99
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 2000x2000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
export DISPLAY=":$display"

start_kiosk() {  # starts the kiosk on the home screen; its stderr goes to $1
  MOTCUA_KIOSK_TIMING=1 "$KIOSK" --db "$work/k.db" --printer "pdf:$work/printed" --size 1080x1920 2>"$1" &
  kiosk_pid=$!
  for _ in $(seq 100); do grep -q first_frame_ms "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "motcua-kiosk did not draw a first frame" >&2
  cat "$1" >&2
  return 1
}

first=()
for i in 1 2 3 4 5; do
  start_kiosk "$work/run$i.err"
  first+=("$(grep -o '"first_frame_ms": [0-9.]*' "$work/run$i.err" | awk '{print $2}')")
  kill "$kiosk_pid"; wait "$kiosk_pid" 2>/dev/null || true; kiosk_pid=""
done
first_median=$(printf '%s\n' "${first[@]}" | sort -n | sed -n 3p)

start_kiosk "$work/idle.err"
sleep 3  # let the active frames after start-up run out
ticks() { awk '{print $14 + $15}' "/proc/$kiosk_pid/stat"; }
t0=$(ticks)
sleep "$IDLE_SECONDS"
t1=$(ticks)
hz=$(getconf CLK_TCK)
idle_cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$IDLE_SECONDS" 'BEGIN { printf "%.2f", (b - a) / hz / s * 100 }')
rss_kib=$(awk '/VmHWM/ {print $2}' "/proc/$kiosk_pid/status")
kill "$kiosk_pid"; wait "$kiosk_pid" 2>/dev/null || true; kiosk_pid=""

bench=$("$BUILD/tests/kiosk/kiosk_bench" 30)
printf '{"first_frame_ms_median": %s, "first_frame_ms_runs": [%s], "idle_cpu_percent_one_core": %s, "idle_seconds": %s, "peak_rss_mib": %.1f, "bench": %s}\n' \
  "$first_median" "$(IFS=,; echo "${first[*]}")" "$idle_cpu" "$IDLE_SECONDS" "$(awk -v k="$rss_kib" 'BEGIN{print k/1024}')" "$bench"
