#!/usr/bin/env bash
# Live, issue 12: under a fixed clock (--now, as in demos and tests) the counter's F5 guard refused
# every later F5 with "vừa gọi số … 0 giây trước": the seconds since the call were measured on the
# business clock, which never moves. Now the guard times itself on the steady clock: a second F5
# right away is still ignored, one after queue.repeat_call_seconds calls the next citizen.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
m setting set --key queue.repeat_call_seconds --value 2 >/dev/null || live_fail "setting refused"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in: the queue panel" 40 live_is_blue 320 318      # "Gọi tiếp [F5]"
live_settle
calls() { m ticket list --json | jq '[.[] | select(.counter == 1 and .called_at == "2026-11-25 09:00")] | length'; }
[ "$(calls)" = 0 ] || live_fail "a ticket was already called at 09:00"
xd_key F5
called() { [ "$(calls)" -ge "$1" ]; }
live_wait "F5 called a ticket" 20 called 1
xd_key F5                               # at once: ignored
live_quiet 0.5
[ "$(calls)" = 1 ] || live_fail "a second F5 at once called another ticket"
live_quiet 2                            # past queue.repeat_call_seconds
xd_key F5
live_wait "F5 after the guard's seconds calls the next citizen" 20 called 2
live_shot second-call
m ticket list --json | jq -c '.[] | select(.counter == 1) | {ticket, status, called_at, finished_at}'
[ "$(m ticket list --json | jq '[.[] | select(.counter == 1 and .status == "called")] | length')" = 1 ] ||
  live_fail "counter 1 is not serving exactly one ticket"
live_pass
