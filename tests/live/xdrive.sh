# Copied from the design folder's tools/xdrive.sh (shared/tools/xdrive.sh beside the repository),
# with vietnamese.xmodmap beside it. Changes: xd_start lets Xvfb pick a free display itself
# (-displayfd), so live tests running in parallel under ctest -j never race for the same number;
# Xvfb runs with -noreset, or it resets its keymap when xmodmap (its only client then) disconnects
# and the Vietnamese letters were never mapped; xd_type maps any letter still missing onto a spare
# keycode before it types (issue 12: "Nguyễn Văn Ánh" arrived as "Nguyn Vn nh").
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
#   xd_type "Nguyễn Thị Hường"   # a person typing: 60 ms a key, diacritics too (each letter its own key)
#   xd_key F5; xd_key_twice F5 150  # one press; two presses 150 ms apart
#   xd_double_click 900 700       # two clicks 60 ms apart
#   xd_shot out.png "$w"          # screenshot of that window (or the whole screen without it)
#   xd_stop                       # ends the apps started here and the Xvfb
XD_PIDS=()
xd_start() {
  local size=${1:-1920x1080} numfile n="" i
  numfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset 3>"$numfile" >/dev/null 2>&1 &
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
xd_type() {
  local LC_ALL=C.UTF-8
  # Every letter has a key of its own once mapped, so Vietnamese is typed at a person's pace too.
  [[ $1 == *[![:ascii:]]* ]] && xd_map_letters "$1"
  xdotool type --delay 60 -- "$1"
  sleep 0.2
}
# xd_map_letters TEXT: binds every non-ASCII letter of TEXT the keymap lacks to a spare keycode
# (one with no keysym), so xdotool types it with a key of its own instead of remapping a keycode
# on the fly, which the app reads too late and drops the letter. Waits a moment after a change.
xd_map_letters() {
  local LC_ALL=C.UTF-8 keymap ch spare changed=0 i
  keymap=$(xmodmap -pk 2>/dev/null) || return 0
  for ((i = 0; i < ${#1}; i++)); do
    ch=${1:i:1}
    [[ $ch == [[:ascii:]] ]] && continue
    grep -q "$(_xd_keysym "$ch") " <<<"$keymap" && continue
    spare=$(awk '$1 > 8 && NF == 1 { print $1; exit }' <<<"$keymap")
    [ -n "$spare" ] || { echo "xd_map_letters: no spare keycode for $ch" >&2; return 1; }
    xmodmap -e "keycode $spare = $(_xd_keysym "${ch,,}") $(_xd_keysym "${ch^^}")"
    keymap=$(xmodmap -pk 2>/dev/null)
    changed=1
  done
  [ "$changed" = 0 ] || sleep 0.3
}
# _xd_keysym CHAR: its X keysym as xmodmap -pk prints it (Latin-1 as itself, the rest 0x100xxxx).
_xd_keysym() { local c; c=$(printf '%d' "'$1"); if [ "$c" -lt 256 ]; then printf '0x%04x' "$c"; else printf '0x%07x' $((0x1000000 + c)); fi; }
xd_scan() { xdotool type --delay 1 -- "$1"; xdotool key Return; sleep 0.3; }  # press and release at once, as scanners do
xd_shot() { if [ -n "${2:-}" ]; then import -window "$2" "$1"; else import -window root "$1"; fi; }
xd_stop() { local p; for p in "${XD_PIDS[@]}"; do kill "$p" 2>/dev/null; done; XD_PIDS=(); }
