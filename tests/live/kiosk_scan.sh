#!/usr/bin/env bash
# Live, issue 12 item 1: a scanner at the kiosk's dossier look-up. The scanner types the code 1 ms a
# key and presses and releases Enter at once; on an idle kiosk that Enter used to vanish between two
# frames. Then the receipt's QR (several lines, an Enter after each) must find the dossier too,
# not run its lines together into "Mã hồ sơ chưa đúng".
source "$(dirname "$0")/lib.sh"
live_begin 1080x1920 "2026-11-25 09:00"
code=$(m case list --json | jq -r '[.[] | select(.status == "received")][0].code')
[ -n "$code" ] && [ "$code" != null ] || live_fail "the demo office has no received dossier"
live_launch "$LIVE_KIOSK" --size 1080x1920

xd_click 795 1582                       # "Tra cứu hồ sơ"
live_wait "the look-up keypad is shown" 40 live_is_blue 50 508   # the "1" key
live_settle                             # idle again: the case that lost the Enter
xd_scan "$code"
live_wait "the scanned code shows the dossier" 40 live_is_blue 1000 306   # the status bar
live_shot code-found

xd_click 280 784                        # "Tra cứu mã khác"
live_wait "back at the keypad" 40 live_is_blue 50 508
live_settle
# The receipt's QR as a scanner types it: one line a field, Enter after each (ASCII lines only:
# the harness's scanner types no diacritics, and the kiosk ignores those letters anyway).
qr=$(m qr --code "$code" | grep -v '^TEN:\|^VB:')
live_scan_lines "$qr"
live_wait "the receipt QR shows the dossier" 40 live_is_blue 1000 306
live_shot receipt-found
live_pass
