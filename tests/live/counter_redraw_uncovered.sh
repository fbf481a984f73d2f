#!/usr/bin/env bash
# Live, issue 12 item 11: with no compositor, a window uncovered by another must draw itself again
# at once (the counter used to keep the kiosk's picture for seconds). The kiosk opens over the
# idle counter, then goes away; the counter's blue header must be back within a second or two.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in" 40 live_is_blue 320 318
counter=$LIVE_WIN
live_launch "$LIVE_KIOSK" --size 1920x1080
kiosk=$LIVE_WIN
LIVE_WIN=$counter
sleep 2                                  # the counter idles under the kiosk
live_is_blue 320 318 && live_log "note: the counter's pixels were kept under the kiosk (backing store)"
xdotool windowunmap --sync "$kiosk"
t0=$(live_us)
live_wait "the counter drew itself again" 5 live_is_blue 320 318
live_log "redrawn after $(( ($(live_us) - t0) / 1000 )) ms"
live_shot uncovered
live_pass
