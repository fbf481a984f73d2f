#!/usr/bin/env bash
# Live, issue 12 item 2: a citizen double-taps "Rất hài lòng" at the kiosk. The second tap used to
# land on the reason card that the first one brought up and tick it. Now the rating is saved with
# no reason the citizen did not choose. (No CLI command lists ratings: the test reads the ratings
# table with sqlite3, read-only.)
source "$(dirname "$0")/lib.sh"
live_begin 1080x1920 "2026-11-25 09:00"
code=$(m case list --json | jq -r '[.[] | select(.status == "returned")][0].code')
[ -n "$code" ] && [ "$code" != null ] || live_fail "the demo office has no returned dossier"
live_is_green() { local r g b; read -r r g b < <(live_pixel "$1" "$2"); [ "${g:-0}" -gt 100 ] && [ "${r:-255}" -lt 60 ] && [ "${b:-255}" -lt 100 ]; }
live_launch "$LIVE_KIOSK" --size 1080x1920
xd_click 795 1793                       # "Đánh giá hài lòng"
live_wait "the code keypad is shown" 40 live_is_blue 50 508
live_settle
xd_scan "$code"
live_wait "the three choices are shown" 40 live_is_green 100 800   # "Rất hài lòng"
live_settle
xd_double_click 540 800                 # a double tap on "Rất hài lòng"
live_wait "the reasons are shown" 40 live_is_green 100 930          # "Gửi đánh giá"
live_settle
live_shot reasons
xd_click 540 930                        # send
ratings() { sqlite3 -readonly "$LIVE_DB" "SELECT rating || '|' || reasons FROM ratings"; }
saved() { [ -n "$(ratings)" ]; }
live_wait "the rating is saved" 40 saved
live_shot thanks
live_log "saved: $(ratings)"
[ "$(ratings | cut -d'|' -f2)" = "" ] || live_fail "the double tap ticked a reason: $(ratings)"
live_pass
