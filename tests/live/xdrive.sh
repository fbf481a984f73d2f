# Copied from the design folder's tools/xdrive.sh (shared/tools/xdrive.sh beside the repository),
# with vietnamese.xmodmap beside it. One change: xd_start lets Xvfb pick a free display itself
# (-displayfd), so live tests running in parallel under ctest -j never race for the same number.
# xdrive.sh — drive the real apps under Xvfb the way people and devices do: a clerk typing
# Vietnamese, a barcode scanner's burst of keys, a hurried double click, a key pressed twice.
# Source it from bash:  source ../shared/tools/xdrive.sh
# Needs: xvfb, xdotool, x11-xserver-utils (xmodmap), imagemagick (import).
#   apt-get install -y xvfb xdotool x11-xserver-utils imagemagick
#
#   xd_start 1920x1080            # private Xvfb on a free display, Vietnamese keys mapped
#   w=$(xd_launch build/dev/kiosk/motcua-kiosk --db var/demo.db --size 1080x1920)
#   xd_click 800 1580             # a person's click (press, 80 ms, release)
#   xd_scan "000.00.20.H56-261127-0001"   # a scanner: every key 1 ms apart, Enter last (ASCII text;
#                                         # diacritics need xd_type's pace under this harness)
#   xd_type "Nguyễn Thị Hường"   # a person typing: 60 ms a key (150 ms when the text has diacritics)
#   xd_key F5; xd_key_twice F5 150  # one press; two presses 150 ms apart
#   xd_double_click 900 700       # two clicks 60 ms apart
#   xd_shot out.png "$w"          # screenshot of that window (or the whole screen without it)
#   xd_stop                       # ends the apps started here and the Xvfb
XD_PIDS=()
xd_start() {
  local size=${1:-1920x1080} numfile n="" i
  numfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
  XD_PIDS+=($!)
  for i in $(seq 200); do [ -s "$numfile" ] && break; sleep 0.05; done
  n=$(tr -dc 0-9 <"$numfile"); rm -f "$numfile"
  [ -n "$n" ] || { echo "xd_start: Xvfb did not start" >&2; return 1; }
  export DISPLAY=:$n
  for i in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  xmodmap "$(dirname "${BASH_SOURCE[0]}")/vietnamese.xmodmap" 2>/dev/null || true
}
xd_launch() { # prints the window id once the app has mapped its window
  "$@" >/dev/null 2>&1 &
  local pid=$! w="" i
  XD_PIDS+=($pid)
  for i in $(seq 150); do w=$(xdotool search --onlyvisible --pid $pid 2>/dev/null | tail -1); [ -n "$w" ] && break; sleep 0.1; done
  [ -n "$w" ] && xdotool windowfocus --sync "$w" 2>/dev/null; sleep 0.5; echo "$w"
}
xd_click() { xdotool mousemove "$1" "$2"; sleep 0.05; xdotool mousedown 1; sleep 0.08; xdotool mouseup 1; sleep 0.2; }
xd_double_click() { xdotool mousemove "$1" "$2"; xdotool click --repeat 2 --delay 60 1; sleep 0.2; }
xd_key() { xdotool keydown "$1"; sleep 0.08; xdotool keyup "$1"; sleep 0.1; }
xd_key_twice() { xd_key "$1"; sleep "$(awk "BEGIN{print ${2:-150}/1000}")"; xd_key "$1"; }
# Text with letters outside ASCII is typed more slowly: xdotool maps them onto spare keycodes,
# and a client that reads the new keymap late drops a letter typed too soon (a limit of the
# harness, not of a real keyboard).
xd_type() {
  local LC_ALL=C.UTF-8
  if [[ $1 == *[![:ascii:]]* ]]; then xdotool type --delay 150 -- "$1"; else xdotool type --delay 60 -- "$1"; fi
  sleep 0.2
}
xd_scan() { xdotool type --delay 1 -- "$1"; xdotool key Return; sleep 0.3; }  # press and release at once, as scanners do
xd_shot() { if [ -n "${2:-}" ]; then import -window "$2" "$1"; else import -window root "$1"; fi; }
xd_stop() { local p; for p in "${XD_PIDS[@]}"; do kill "$p" 2>/dev/null; done; XD_PIDS=(); }
