#!/usr/bin/env bash
# Live, issue 12: a clerk types an applicant's name and address in Vietnamese into the intake form.
# Under the harness's Xvfb the letters with diacritics used to vanish ("Nguyễn Văn Ánh" arrived as
# "Nguyn Vn nh": Xvfb reset its keymap when xmodmap, its only client then, disconnected). The
# dossier stored must carry both exactly, in NFC, as `motcua case show --json` reads them back.
source "$(dirname "$0")/lib.sh"
NAME="Nguyễn Văn Ánh"
ADDRESS="Số 5 ngõ Hòa Bình, phường Đống Đa"
live_begin 1920x1080 "2026-11-25 09:00"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in: the intake form" 40 live_is_blue 320 318      # "Gọi tiếp [F5]"
live_settle
xd_click 870 243                        # the procedure search
xd_type "1.001193"
live_settle
xd_click 633 285                        # its only match: Đăng ký khai sinh
live_settle
xd_click 870 723                        # Họ và tên
xd_type "$NAME"
xd_click 674 803                        # Số định danh cá nhân
xd_type 038095001234
xd_click 674 895                        # Địa chỉ thường trú
xd_type "$ADDRESS"
xd_click 1380 620                       # Đã đủ giấy tờ bắt buộc
live_settle
live_shot typed
count() { m case list --json | jq length; }
before=$(count)
xdotool keydown ctrl; sleep 0.08; xd_key Return; xdotool keyup ctrl   # save (Ctrl+Enter)
saved() { [ "$(count)" -gt "$before" ]; }
live_wait "the dossier is received" 30 saved
live_shot saved
code=$(m case list --json | jq -r '[.[] | .code] | sort | last')
show=$(m case show --code "$code" --json)
name=$(jq -r .applicant <<<"$show")
address=$(jq -r .address <<<"$show")
live_log "stored $code: \"$name\", \"$address\""
nfc() { python3 -c 'import sys, unicodedata; s = sys.argv[1]; sys.exit(0 if unicodedata.normalize("NFC", s) == s else 1)' "$1"; }
nfc "$NAME" || live_fail "the test's own name is not NFC"
[ "$name" = "$NAME" ] || live_fail "the name typed was stored as \"$name\", not \"$NAME\""
[ "$address" = "$ADDRESS" ] || live_fail "the address typed was stored as \"$address\", not \"$ADDRESS\""
[ "$(jq -r .id_number <<<"$show")" = 038095001234 ] || live_fail "the ID number was not stored as typed"
live_pass
