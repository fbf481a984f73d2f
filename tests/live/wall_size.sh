#!/usr/bin/env bash
# Live, issue 12 item 18: `motcua-counter --wall --size 1280x720` opens a 1280×720 window (the
# README shows --size with --wall); it used to go full screen whatever the size.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
live_launch "$LIVE_COUNTER" --wall --size 1280x720
geometry=$(xdotool getwindowgeometry "$LIVE_WIN" | sed -n 's/.*Geometry: //p')
live_shot wall
[ "$geometry" = 1280x720 ] || live_fail "the wall's window is $geometry, not 1280x720"
live_pass
