# lib.sh — what every live test shares: the real apps under a private Xvfb, driven by xdotool as
# people and scanners do (xdrive.sh), with the verdict read from the STORE through the motcua CLI.
#
# A live test is a short bash script (see README.md beside this file):
#   source "$(dirname "$0")/lib.sh"
#   live_begin 1080x1920 "2026-11-25 09:00"   # temp dir, Xvfb, demo db (--now fixed), cleanup on exit
#   live_launch "$LIVE_KIOSK" --size 1080x1920 # starts the app on $LIVE_DB; window id in $LIVE_WIN
#   xd_click 540 900; xd_scan "000.00.20.H56-261125-0001"
#   live_wait "the dossier is shown" 20 some_check   # polls, never a fixed long sleep
#   live_shot after-scan                      # PNG in $LIVE_SHOTS (kept to look at)
#   [ "$(m ticket list --json | jq length)" = 3 ] || live_fail "…"
#   live_pass
# ctest passes the binaries as LIVE_MOTCUA, LIVE_KIOSK, LIVE_COUNTER and the screenshot folder as
# LIVE_SHOTS (tests/live/CMakeLists.txt).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/xdrive.sh"

LIVE_NAME=$(basename "${0%.sh}")
LIVE_DIR=""
LIVE_DB=""
LIVE_NOW=""
LIVE_PID=""
LIVE_WIN=""
LIVE_APPS=()
LIVE_T0=${EPOCHREALTIME/./}
live_us() { echo "${EPOCHREALTIME/./}"; }  # microseconds now

live_log() { local t=$(( $(live_us) - LIVE_T0 )); printf '[%s %d.%01ds] %s\n' "$LIVE_NAME" $((t / 1000000)) $((t / 100000 % 10)) "$*"; }

live_cleanup() {
  local p
  for p in "${LIVE_APPS[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${LIVE_APPS[@]}"; do wait "$p" 2>/dev/null; done
  xd_stop
  [ -n "$LIVE_DIR" ] && rm -rf "$LIVE_DIR"
}

live_fail() {
  live_log "FAIL: $*"
  [ -n "$LIVE_WIN" ] && live_shot failure
  exit 1
}

live_pass() { live_log "passed"; exit 0; }

# live_begin [WxH] [NOW]: a temp dir, a private Xvfb of that size, a demo database made with
# `motcua init --demo` (at NOW when given; the CLI calls below use the same clock).
live_begin() {
  trap live_cleanup EXIT
  trap 'exit 130' INT TERM
  LIVE_DIR=$(mktemp -d /tmp/motcua-live.XXXXXX)
  # Each run its own config folder: a counter keeps its intake draft there (counter-draft-USER.json),
  # and a draft left by an earlier run would be offered at login and move the form down.
  export XDG_CONFIG_HOME="$LIVE_DIR/config"
  LIVE_DB="$LIVE_DIR/demo.db"
  LIVE_NOW=${2:-}
  LIVE_SHOTS=${LIVE_SHOTS:-$LIVE_DIR/shots}
  mkdir -p "$LIVE_SHOTS" "$LIVE_DIR/printed"
  : "${LIVE_MOTCUA:?LIVE_MOTCUA (the motcua CLI) is not set}"
  m init --demo >/dev/null || live_fail "motcua init --demo failed"
  xd_start "${1:-1920x1080}" || live_fail "no Xvfb"
  live_log "display $DISPLAY, db $LIVE_DB"
}

# m ARGS…: the motcua CLI on the test's database (and clock, when fixed).
m() {
  if [ -n "$LIVE_NOW" ]; then "$LIVE_MOTCUA" --db "$LIVE_DB" --now "$LIVE_NOW" "$@"; else "$LIVE_MOTCUA" --db "$LIVE_DB" "$@"; fi
}

# live_launch BINARY ARGS…: starts an app on the test's database, printing to a PDF folder;
# waits for its window and focuses it. Sets LIVE_PID and LIVE_WIN (the app's stderr goes to
# $LIVE_DIR/app-N.log, shown when the test fails).
live_launch() {
  local try
  for try in 1 2; do
    _live_start "$@" && return 0
    # Seen rarely on a loaded machine: the app could not open its window at once. Once more.
    live_log "$(basename "$1") exited at start (try $try): $(tr '\n' ' ' <"$LIVE_DIR/app-$((${#LIVE_APPS[@]} - 1)).log")"
    sleep 1
  done
  live_fail "$(basename "$1") did not start"
}

_live_start() {
  local bin=$1 log="$LIVE_DIR/app-${#LIVE_APPS[@]}.log" i
  shift
  local args=(--db "$LIVE_DB" --printer "pdf:$LIVE_DIR/printed")
  # A client of a store host (issue 14): the app talks to LIVE_SERVER instead of opening the file.
  [ -n "${LIVE_SERVER:-}" ] && args=(--server "$LIVE_SERVER" --printer "pdf:$LIVE_DIR/printed")
  [ -n "$LIVE_NOW" ] && args+=(--now "$LIVE_NOW")
  "$bin" "${args[@]}" "$@" >"$log" 2>&1 &
  LIVE_PID=$!
  LIVE_APPS+=("$LIVE_PID")
  LIVE_WIN=""
  for i in $(seq 300); do
    LIVE_WIN=$(xdotool search --onlyvisible --pid "$LIVE_PID" 2>/dev/null | tail -1)
    [ -n "$LIVE_WIN" ] && break
    kill -0 "$LIVE_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  [ -n "$LIVE_WIN" ] || live_fail "$(basename "$bin") showed no window in 30 s"
  xdotool windowfocus --sync "$LIVE_WIN" 2>/dev/null
  live_settle
  live_log "$(basename "$bin") up, window $LIVE_WIN"
}

# live_settle: waits until the app has drawn what the last action caused: its picture stays the
# same for 0.25 s, or 3 s have passed (a blinking caret never stays the same).
live_settle() {
  local a b i
  a=$(live_hash)
  for i in $(seq 12); do
    sleep 0.25
    b=$(live_hash)
    [ "$a" = "$b" ] && [ -n "$b" ] && return 0
    a=$b
  done
}

live_hash() { import -window "$LIVE_WIN" rgb:- 2>/dev/null | md5sum | cut -d' ' -f1; }

# live_shot NAME: a screenshot of the app's window, kept as $LIVE_SHOTS/<test>-NAME.png.
live_shot() { xd_shot "$LIVE_SHOTS/$LIVE_NAME-$1.png" "$LIVE_WIN" 2>/dev/null; }

# live_wait WHAT SECONDS COMMAND…: polls COMMAND every 0.2 s until it succeeds; fails the test
# after SECONDS. Use it for every "the app has done X by now".
live_wait() {
  local what=$1 secs=$2 end
  shift 2
  end=$(( $(live_us) + secs * 1000000 ))
  until "$@" >/dev/null 2>&1; do
    [ "$(live_us)" -gt "$end" ] && live_fail "waited ${secs}s for: $what"
    sleep 0.2
  done
  live_log "ok: $what"
}

# live_quiet SECONDS: lets the app run that long (only to give a wrong action time to show up
# before asserting that it did NOT happen; everything else polls with live_wait).
live_quiet() { sleep "$1"; }

# live_pixel X Y: the colour of one pixel of the app's window, as "R G B" (0–255).
live_pixel() {
  import -window "$LIVE_WIN" -crop "1x1+$1+$2" -depth 8 txt:- 2>/dev/null |
    sed -n 's/.*(\([0-9]*\),\([0-9]*\),\([0-9]*\).*/\1 \2 \3/p' | head -1
}

# live_is_blue X Y: true when that pixel is the apps' primary blue (buttons, status bars).
live_is_blue() { local r g b; read -r r g b < <(live_pixel "$1" "$2"); [ "${r:-255}" -lt 60 ] && [ "${b:-0}" -gt 120 ]; }

# live_scan_lines TEXT: a scanner reading a QR of several lines: each line typed 1 ms a key and an
# Enter after it, back to back (xdotool types "\n" as Linefeed, which no scanner sends).
live_scan_lines() {
  local line
  while IFS= read -r line; do
    xdotool type --delay 1 -- "$line"
    xdotool key Return
  done <<<"$1"
  sleep 0.3
}

# live_counter_intake QR PROCEDURE [ARGS…]: counter 1 at 1920x1080 (ARGS… go to it too, e.g.
# --enroll CODE over the LAN); motcua1 logs in, scans the CCCD QR at intake and chooses PROCEDURE
# (its code: the only match).
live_counter_intake() {
  local qr=$1 procedure=$2
  shift 2
  live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080 "$@"
  xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
  live_wait "logged in: the intake form" 40 live_is_blue 320 318      # "Gọi tiếp [F5]"
  live_settle
  xd_click 870 423                        # "Quét mã QR trên thẻ căn cước"
  xd_scan "$qr"
  live_settle
  xd_click 870 243                        # the procedure search
  xd_type "$procedure"
  live_settle
  xd_click 633 285                        # its only match
  live_settle
}

# live_intake_with_file [ARGS…]: live_counter_intake for "Tran Van Binh" and 1.001193, then a PNG
# (the clerk's photo of the paper) attached under the first paper with "Thêm tệp" (screenshot
# "attached"), the other papers ticked, and Ctrl+Enter: saved, the receipt printed.
live_intake_with_file() {
  local scan="$LIVE_DIR/to-khai.png"
  convert -size 400x560 xc:white -fill black -draw 'rectangle 40,60 360,90' \
          -draw 'rectangle 40,120 360,124' -draw 'rectangle 40,160 300,164' "$scan" || live_fail "ImageMagick made no test image"
  live_counter_intake "038095001234|123456789|Tran Van Binh|01011995|Nam|Xa Ha Tan, huyen Dong Anh|15082021" 1.001193 "$@"
  xd_click 1441 260                       # "Thêm tệp" under the first paper
  live_settle
  xd_click 1596 351                       # the path field that opened under it
  xd_type "$scan"
  live_settle
  xd_click 1369 425                       # "Đính kèm"
  live_settle
  live_shot attached
  xd_click 1307 527                       # the second paper's box (the first is ticked by its scan)
  live_settle
  xd_click 1307 730                       # the paper only shown ("xuất trình"), at the box's lower edge
  live_settle
  xdotool keydown ctrl; sleep 0.08; xd_key Return; xdotool keyup ctrl   # save, print the receipt
}

# live_serve [SERVE ARGS…]: `motcua serve` on the test's store (API and public ports chosen by the
# kernel, its log in $LIVE_DIR/serve.log), stopped with the test; sets LIVE_SERVER once it listens.
live_serve() {
  m serve --listen 127.0.0.1:0 --public 127.0.0.1:0 "$@" >"$LIVE_DIR/serve.log" 2>&1 &
  LIVE_APPS+=($!)
  live_wait "the host listens" 30 grep -q '^fingerprint:' "$LIVE_DIR/serve.log"
  LIVE_SERVER=$(sed -n 's/^listening: //p' "$LIVE_DIR/serve.log")
}

# live_wait_paper1_stored APPLICANT: waits until APPLICANT's dossier is in the store with a digitised
# paper 1; sets LIVE_CODE to the dossier's code.
live_wait_paper1_stored() {
  local applicant=$1
  _live_code() { m case list --json | jq -r --arg a "$applicant" '[.[] | select(.applicant == $a)][0].code // empty'; }
  _live_has_dossier() { [ -n "$(_live_code)" ]; }
  live_wait "the dossier of $applicant saved" 30 _live_has_dossier
  LIVE_CODE=$(_live_code)
  _live_has_paper1() { m case files --code "$LIVE_CODE" --json | jq -e '[.. | objects | select(.paper == 1)] | length == 1' >/dev/null; }
  live_wait "paper 1's file stored with dossier $LIVE_CODE" 20 _live_has_paper1
}
