#!/usr/bin/env bash
# Live, issue 12 item 2: a supervisor double-clicks "Xác nhận ký" in the late tab. The first click
# signs the apology slip; the second used to land on the delivery button that signing brought up
# under the pointer and record the slip handed over the same second. Now the slip is signed and
# nothing is recorded delivered (apology list --json).
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
dossier=000.00.20.H56-261111-0001
slip() { m apology list --json | jq -c --arg c "$dossier" '[.[] | select(.code == $c)][0]'; }
[ "$(slip | jq -r .status)" = draft ] || live_fail "the demo office has no draft slip for $dossier"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type lanhdao; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in" 40 live_is_blue 320 318
xd_click 1004 110                       # the "Trễ hạn" tab
live_settle
xd_click 125 307                        # the first late dossier: its draft slip opens
live_settle
xd_click 1351 612                       # "Ký phiếu xin lỗi" (below the sign-by lines) → asks to confirm
live_settle
live_shot confirm
xdotool mousemove 1331 653; sleep 0.3   # on "Xác nhận ký", where "Gửi thư điện tử…" comes up after signing
xdotool click --repeat 2 --delay 150 1   # "Xác nhận ký", a double click 150 ms apart (a hurried hand)
signed() { [ "$(slip | jq -r .status)" = signed ]; }
live_wait "the slip is signed" 40 signed
live_quiet 2                            # time for a wrongly recorded delivery to show up
live_shot after-double-click
slip
[ "$(slip | jq -r .delivered_at)" = null ] || live_fail "the double click recorded the slip delivered: $(slip | jq -r .delivered_how)"
live_pass
