#!/usr/bin/env bash
# Live, issue 15: a clerk double-clicks "Dùng lại bản đã số hoá" under the first paper of a citizen
# who has digitised papers from an earlier dossier (demo: 038185004567, procedure 1.004873). The
# list must stay open (a toggle closed it again on the second click), list the earlier Tờ khai
# first, and a click on it makes the new dossier's paper 1 reuse that file (read from the store).
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
earlier=$(m case list --json | jq -r '[.[] | select(.id_number == "038185004567" or .applicant == "Phạm Thị Thu Hà")][0].code // empty')
[ -n "$earlier" ] || live_fail "the demo has no earlier dossier of 038185004567"
tokhai=$(m case files --code "$earlier" --json | jq -r '[.attachments[] | select(.paper == 1)][0].id // empty')
[ -n "$tokhai" ] || live_fail "the demo's dossier $earlier has no digitised paper 1"
live_counter_intake "038185004567|123456789|Pham Thi Thu Ha|01011985|Nam|Xa Ha Tan|15082021" 1.004873
live_shot before
xd_double_click 1408 360                # "Dùng lại bản đã số hoá" under paper 1, a hurried double click
live_settle
live_shot after-double-click            # the list open: the earlier Tờ khai first
xd_click 1500 405                       # the list's first line
live_settle
live_shot chosen
xd_click 1307 555                       # paper 2 (only shown: "xuất trình"), the last one required
live_settle
xdotool keydown ctrl; sleep 0.08; xd_key Return; xdotool keyup ctrl   # save, print the receipt
code() { m case list --json | jq -r '[.[] | select(.applicant == "Pham Thi Thu Ha")][0].code // empty'; }
has_dossier() { [ -n "$(code)" ]; }
live_wait "the dossier saved" 15 has_dossier
c=$(code)
reused() { m case files --code "$c" --json | jq -e --argjson t "$tokhai" '[.attachments[] | select(.paper == 1 and .reused_from == $t)] | length == 1'; }
live_wait "paper 1 of $c reuses the earlier Tờ khai (attachment $tokhai)" 10 reused
live_pass
