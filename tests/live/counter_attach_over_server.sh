#!/usr/bin/env bash
# Live, issue 15 over the office LAN: a counter enrolled with `motcua serve` attaches a paper at
# intake; the file travels to the host streamed (POST /v1/file/attach: the raw PDF, not base64
# JSON) and the host's own file holds it under its hash; the counter reads it back raw
# (GET /v1/file/attachmentContent) for the dossier panel.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
live_serve --trust-client-clock
code=$(m --json device add --kind counter --name "Quầy 1" | jq -r .code)
[ -n "$code" ] && [ "$code" != null ] || live_fail "no enrolment code"
live_intake_with_file --enroll "$code"   # lib.sh: log in, scan the CCCD, 1.001193, a PNG under paper 1, save
live_wait_paper1_stored "Tran Van Binh"
c=$LIVE_CODE
grep -q 'POST /v1/file/attach 200' "$LIVE_DIR/serve.log" || live_fail "the paper did not travel by the streamed route"
sha=$(m case files --code "$c" --json | jq -r '[.. | objects | select(.paper == 1)][0].sha256')
[ -f "$LIVE_DB.files/${sha:0:2}/$sha" ] || live_fail "no file $sha in the host's files folder"
[ -z "$(ls "$LIVE_DB.files" | grep '^tmp' || true)" ] || live_fail "a temporary was left in the host's files folder"
live_pass
