#!/usr/bin/env bash
# Live, issue 12 item 1: a CCCD's QR scanned into the intake's scan field fills the applicant's
# fields with the scanner's own Enter (it used to need a second Enter typed by hand). Proven on
# the store: the dossier saved right after carries the name and ID number from the card.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in: the intake form" 40 live_is_blue 320 318      # "Gọi tiếp [F5]"
live_settle

xd_click 870 423                        # "Quét mã QR trên thẻ căn cước" (below "Người nộp là")
live_settle                             # idle: the case where the scanner's Enter was lost
xd_scan "038095001234|123456789|Tran Van Binh|01011995|Nam|Xa Ha Tan, huyen Dong Anh|15082021"
live_settle
live_shot after-scan
xd_click 870 243                        # the procedure search
xd_type "1.001193"
live_settle
xd_click 633 285                        # its only match
live_settle
xd_click 1378 620                       # "Đã đủ giấy tờ bắt buộc" (below each paper's "Quét" / "Thêm tệp")
live_settle
live_shot procedure
# Save and print the receipt with Ctrl+Enter pressed as a hand does (Ctrl held a moment first).
xdotool keydown ctrl; sleep 0.08; xd_key Return; xdotool keyup ctrl
has_dossier() { m case list --json | jq -e '[.[] | select(.applicant == "Tran Van Binh")] | length == 1'; }
live_wait "a dossier saved for the card's holder" 40 has_dossier
live_shot saved
live_pass
