#!/usr/bin/env bash
# Live, issue 15: at intake the clerk opens "Thêm tệp" under the first paper, types a PDF's path,
# attaches it, receives the dossier; the store holds the paper's file (case files) and the
# dossier panel lists it under "Giấy tờ đã số hoá".
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
scan="$LIVE_DIR/to-khai.png"                 # the clerk's photo of the paper
convert -size 400x560 xc:white -fill black -draw 'rectangle 40,60 360,90' \
        -draw 'rectangle 40,120 360,124' -draw 'rectangle 40,160 300,164' "$scan" || live_fail "ImageMagick made no test image"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in: the intake form" 40 live_is_blue 320 318      # "Gọi tiếp [F5]"
live_settle
xd_click 870 423                        # "Quét mã QR trên thẻ căn cước"
xd_scan "038095001234|123456789|Tran Van Binh|01011995|Nam|Xa Ha Tan, huyen Dong Anh|15082021"
live_settle
xd_click 870 243                        # the procedure search
xd_type "1.001193"
live_settle
xd_click 633 285                        # its only match
live_settle
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
code() { m case list --json | jq -r '[.[] | select(.applicant == "Tran Van Binh")][0].code // empty'; }
has_dossier() { [ -n "$(code)" ]; }
live_wait "the dossier saved" 30 has_dossier
c=$(code)
has_file() { m case files --code "$c" --json | jq -e '[.. | objects | select(.paper == 1)] | length == 1'; }
live_wait "paper 1's file stored with dossier $c" 20 has_file
xd_click 773 111                        # the "Hồ sơ" tab
live_settle
xd_click 587 389                        # the newest dossier, on top of the list
live_settle
live_shot dossier-panel                 # "Giấy tờ đã số hoá": Thành phần 1, 1 trang
live_pass
