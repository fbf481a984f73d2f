#!/usr/bin/env bash
# Live, issue 14: a counter PC over the office LAN. The store host runs `motcua serve`; the counter
# enrols once with its code and logs in through the host. It used to exit at start ("Cần đăng
# nhập trước…"): before log-in it read the counters list, which the host kept for sessions only,
# and said its counter number in a call that needed a session.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080
live_serve
code=$(m --json device add --kind counter --name "Quầy 1" | jq -r .code)
[ -n "$code" ] && [ "$code" != null ] || live_fail "no enrolment code"
export MOTCUA_CONFIG_DIR="$LIVE_DIR/counter-pc"
live_launch "$LIVE_COUNTER" --enroll "$code" --counter 1 --size 1920x1080
live_shot login
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in over the LAN: the \"Gọi tiếp\" button" 40 live_is_blue 79 253
live_settle
live_shot logged-in
kill -0 "$LIVE_PID" 2>/dev/null || live_fail "the counter exited"
grep -q 'user=motcua1 POST /v1/call/login 200' "$LIVE_DIR/serve.log" || live_fail "the host logged no log-in for motcua1"
live_pass
