#!/usr/bin/env bash
# Live, issue 15: at intake the clerk opens "Thêm tệp" under the first paper, types a PDF's path,
# attaches it, receives the dossier; the store holds the paper's file (case files) and the
# dossier panel lists it under "Giấy tờ đã số hoá".
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
live_intake_with_file          # lib.sh: log in, scan the CCCD, 1.001193, a PNG under paper 1, save
live_wait_paper1_stored "Tran Van Binh"
xd_click 773 111                        # the "Hồ sơ" tab
live_settle
xd_click 587 389                        # the newest dossier, on top of the list
live_settle
live_shot dossier-panel                 # "Giấy tờ đã số hoá": Thành phần 1, 1 trang
live_pass
