#!/usr/bin/env bash
# Live, issue 16: a citizen scans the dossier code at the kiosk's look-up; the screen shows what
# is still owed with a VietQR that a banking app reads — the very payload `motcua qr vietqr` gives
# (decoded here from the screenshot by zbarimg). Once the fee is paid, the look-up shows no QR.
source "$(dirname "$0")/lib.sh"
live_begin 1080x1920 "2026-11-25 09:00"
m setting set --key payment.bank_bin --value 970415 >/dev/null
m setting set --key payment.account --value 113366668888 >/dev/null
m setting set --key payment.account_name --value "UBND XA HA TAN" >/dev/null
code=$(m --as motcua1 --json case receive --procedure 1.000689 --applicant "Tran Thi Binh" --id-number 038095001234 | jq -r .code)
[ -n "$code" ] && [ "$code" != null ] || live_fail "no dossier received"
want=$(m qr vietqr --code "$code")
[ -n "$want" ] || live_fail "the dossier owes nothing: no VietQR to look for"
live_launch "$LIVE_KIOSK" --size 1080x1920

look_up() {
  xd_click 795 1582                     # "Tra cứu hồ sơ"
  live_wait "the look-up keypad is shown" 40 live_is_blue 50 508
  live_settle
  xd_scan "$code"
  live_wait "the scanned code shows the dossier" 40 live_is_blue 1000 306
  live_quiet 1
}
look_up
live_shot owed
got=$(zbarimg -q --raw "$LIVE_SHOTS/$LIVE_NAME-owed.png" 2>/dev/null | grep '^000201' || true)
[ "$got" = "$want" ] || live_fail "the look-up's VietQR reads '$got', expected '$want'"

m --as motcua1 case pay --code "$code" --line 1 --way cash >/dev/null
xd_click 796 1857                       # "Về trang chủ" (the bottom bar stays put)
live_quiet 1
live_settle
look_up
live_shot paid
left=$(zbarimg -q --raw "$LIVE_SHOTS/$LIVE_NAME-paid.png" 2>/dev/null | grep -c '^000201' || true)
[ "$left" = 0 ] || live_fail "a paid dossier still shows a VietQR"
live_pass
