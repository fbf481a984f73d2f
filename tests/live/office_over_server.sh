#!/usr/bin/env bash
# Live, issue 14: a whole office over the LAN. The store host runs `motcua serve`; a kiosk, a
# counter and a wall each enrol once as their own device. A citizen taps a group at the kiosk: the
# ticket is recorded on the host and printed. The clerk calls it with F5; the wall shows the call.
# The verdicts are read from the host's own file (host-side CLI, as an office's admin would).
source "$(dirname "$0")/lib.sh"
live_begin 1920x1920 "2026-11-25 09:00"
live_serve --trust-client-clock
enrol() { m --json device add --kind "$1" --name "$2" | jq -r .code; }
tickets() { m ticket list --json | jq -c "[.[] | select($1)] | length"; }
issued_at_nine='.issued_at == "2026-11-25 09:00"'
[ "$(tickets "$issued_at_nine")" = 0 ] || live_fail "the demo office already has a ticket issued at 09:00"

# Earlier that morning counter 2 called everyone waiting in group A (one call a minute: the
# host refuses a counter's second call within seconds), so the kiosk's ticket is next.
for minute in 40 41 42 43 44 45 46 47; do
  "$LIVE_MOTCUA" --db "$LIVE_DB" --now "2026-11-25 08:$minute" ticket call --counter 2 >/dev/null 2>&1 || break
done

# The kiosk: one tap on group A.
export MOTCUA_CONFIG_DIR="$LIVE_DIR/kiosk-pc"
live_launch "$LIVE_KIOSK" --enroll "$(enrol kiosk "Ki-ốt sảnh")" --size 1080x1920
kiosk=$LIVE_PID
live_wait "the kiosk shows its groups" 40 live_is_blue 540 300
live_settle
xd_click 540 470
one_issued() { [ "$(tickets "$issued_at_nine")" = 1 ]; }
live_wait "the host recorded the kiosk's ticket" 40 one_issued
live_wait "the kiosk printed it" 40 compgen -G "$LIVE_DIR/printed/*.pdf"
live_shot kiosk-issued
ticket=$(m ticket list --json | jq -r ".[] | select($issued_at_nine) | .ticket")
live_log "issued $ticket"
# The ticket is a raster for the thermal printer: its QR says which ticket it is.
printed=$(compgen -G "$LIVE_DIR/printed/*.pdf" | head -1)
pdftoppm -r 200 -png "$printed" "$LIVE_DIR/ticket"
zbarimg -q "$LIVE_DIR"/ticket*.png 2>/dev/null | grep -qx "QR-Code:VE:$ticket" || live_fail "the printed ticket's QR does not say $ticket"
kill "$kiosk"

# The wall: a TV device, public data only.
export MOTCUA_CONFIG_DIR="$LIVE_DIR/wall-pc"
live_launch "$LIVE_COUNTER" --wall --enroll "$(enrol wall "Màn hình sảnh")" --size 1280x720
wall=$LIVE_WIN
xdotool windowmove "$wall" 0 1100
live_settle
live_shot wall-before
# A fresh call lights its counter's card yellow (counter 1 is the first card).
card_yellow() { local r g b; read -r r g b < <(live_pixel 130 500); [ "${r:-0}" -gt 200 ] && [ "${g:-0}" -gt 150 ] && [ "${b:-255}" -lt 100 ]; }
card_yellow && live_fail "counter 1's card was yellow before the call"

# The counter: motcua1 at counter 1 calls with F5 until the kiosk's ticket is called.
export MOTCUA_CONFIG_DIR="$LIVE_DIR/counter-pc"
live_launch "$LIVE_COUNTER" --enroll "$(enrol counter "Quầy 1")" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in over the LAN: \"Gọi tiếp [F5]\"" 40 live_is_blue 320 318
live_settle
next_a() { m ticket list --json | jq -r '[.[] | select(.status == "waiting" and .group == "HT")][0].ticket'; }
[ "$(next_a)" = "$ticket" ] || live_fail "$ticket is not next in group A"
xd_key F5
called() { [ "$(m ticket list --json | jq -r ".[] | select(.ticket == \"$ticket\") | .counter")" = 1 ]; }
live_wait "the clerk called $ticket to counter 1" 40 called
live_shot counter-called

LIVE_WIN=$wall
live_wait "the wall lights counter 1's card for the call" 20 card_yellow
live_settle
live_shot wall-after
grep -q ' POST /v1/call/issueTicket 200' "$LIVE_DIR/serve.log" || live_fail "the host logged no ticket from the kiosk"
live_pass
