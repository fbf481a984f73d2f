#!/usr/bin/env bash
# Live, issue 12 item 3: F5 pressed twice 150–180 ms apart at the counter. The second press used to
# finish the ticket just called (unseen, not among the skipped, no way back) and call another.
# Now only one call happens: the store shows one ticket called at that moment, none finished unseen.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
live_launch "$LIVE_COUNTER" --counter 1 --size 1920x1080
xd_type motcua1; xd_key Tab; xd_type demo1234; xd_key Return
live_wait "logged in: the queue panel" 40 live_is_blue 320 318      # "Gọi tiếp [F5]"
live_settle
calls_now() { m ticket list --json | jq '[.[] | select(.called_at == "2026-11-25 09:00")] | length'; }
[ "$(calls_now)" = 0 ] || live_fail "a ticket was already called at 09:00"
xd_key_twice F5 160
called_once() { [ "$(calls_now)" -ge 1 ]; }
live_wait "F5 called a ticket" 40 called_once
live_quiet 2                            # time for a second call to show up, if one was made
live_shot after-f5-twice
m ticket list --json | jq -c '.[] | select(.counter == 1) | {ticket, status, called_at, finished_at}'
[ "$(calls_now)" = 1 ] || live_fail "F5 twice called $(calls_now) tickets"
unseen=$(m ticket list --json | jq '[.[] | select(.status == "finished" and .called_at == "2026-11-25 09:00")] | length')
[ "$unseen" = 0 ] || live_fail "a ticket called at 09:00 was finished unseen"
live_pass
