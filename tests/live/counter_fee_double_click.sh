#!/usr/bin/env bash
# Live, issue 16: a clerk opens a dossier that owes a fee, sees its VietQR, types the bank
# reference and double-clicks "Đã chuyển khoản" in a hurry. The store records one payment, by
# transfer with that reference — never two, never cash.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-23 10:15"
m setting set --key payment.bank_bin --value 970415 >/dev/null
m setting set --key payment.account --value 113366668888 >/dev/null
m setting set --key payment.account_name --value "UBND XA HA TAN" >/dev/null
code=$(m --as motcua1 --json case receive --procedure 1.000689 --applicant "Trần Thị Bình" --id-number 038095001234 | jq -r .code)
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in: the queue panel" 40 live_is_blue 320 318
live_settle
xd_click 773 111                        # "Hồ sơ"
xd_click 745 244; xd_type "$code"; xd_click 1143 244
live_settle
xd_click 593 389                        # the one row found
live_settle
live_shot fee-owed
xd_click 1502 883; xd_type "FT26331XYZ" # the reference field under the VietQR
xd_double_click 1518 932                # "Đã chuyển khoản", twice in a hurry
paid() { [ "$(m --json case fees --code "$code" | jq -r '.lines[0].paid.way')" = transfer ]; }
live_wait "the transfer is recorded" 40 paid
live_quiet 2
live_shot fee-paid
m --json case fees --code "$code" | jq -c '.lines[0].paid'
[ "$(m --json case fees --code "$code" | jq -r '.lines[0].paid.ref')" = FT26331XYZ ] || live_fail "wrong reference"
pays=$(sqlite3 "$LIVE_DB" "select count(*) from audit_log where action = 'fee.pay' and subject = '$code'")
[ "$pays" = 1 ] || live_fail "double click recorded $pays payments"
live_pass
