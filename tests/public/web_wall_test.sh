#!/bin/bash
# The web wall in a real browser (issue 14 item 4): Debian's chromium, headless. The page must
# show the wall's content, take a call made after it loaded WITHOUT a reload (server-sent events),
# render at 1080p and 4K, and never carry an ID number, phone, address or full name.
# WEB_WALL_SHOTS=DIR keeps the screenshots for a person to look at.
. "$(dirname "$0")/common.sh" "$1" "$2" --call-after-ms 1500
command -v chromium >/dev/null || fail "chromium is not installed (scripts/packages.txt)"
# chromium through the DevTools pipe (cdp.py): its own --dump-dom fires before the event stream
# has drawn anything, and --virtual-time-budget waits for ever on an open stream.
browser() { timeout 40 python3 "$(dirname "$0")/cdp.py" --profile "$DIR/profile" "$@" 2>>"$DIR/chromium.log"; }

# The DOM 4 s after load: the call is made 1.5 s after the page's event stream opened.
browser "$BASE/wall" 4 --dom "$DIR/dom.html" || fail "chromium did not run: $(tail -3 "$DIR/chromium.log")"
[ -s "$DIR/called.txt" ] || { cat "$DIR/server.log" >&2; fail "the test host made no call"; }
read -r LABEL COUNTER <"$DIR/called.txt"
grep -q 'Đang phục vụ' "$DIR/dom.html" || fail "no 'Đang phục vụ' panel in the DOM"
grep -q '<div id="office">Trung tâm' "$DIR/dom.html" || fail "the office's name is not drawn"
grep -q 'class="counter' "$DIR/dom.html" || fail "no counters drawn"
grep -q 'Quá hạn' "$DIR/dom.html" || fail "no late dossier drawn"
grep -Eq 'class="count">[0-9]+ người' "$DIR/dom.html" || fail "no waiting line drawn"
grep -q "data-last-call=\"$LABEL&gt;$COUNTER\"\|data-last-call=\"$LABEL>$COUNTER\"" "$DIR/dom.html" ||
    { grep -o '<body[^>]*>' "$DIR/dom.html" >&2; fail "the call $LABEL → $COUNTER did not reach the page"; }
grep -q 'data-source="sse"' "$DIR/dom.html" || fail "the last picture did not come by server-sent events"
updates=$(grep -o 'data-updates="[0-9]*"' "$DIR/dom.html" | grep -o '[0-9]*')
[ "${updates:-0}" -ge 2 ] || fail "the page was drawn $updates times: the call came by reload, not by an event"
grep -q "<b id=\"banner-label\">$LABEL</b>" "$DIR/dom.html" || fail "the call is not flashed"
grep -q '<div id="banner" hidden' "$DIR/dom.html" && fail "the call's banner is hidden"

# Screenshots: 16:9 at 1080p and 4K.
for size in 1920x1080 3840x2160; do
    browser "$BASE/wall" 1.5 --shot "$DIR/wall-$size.png" --size "$size" || true
    [ -s "$DIR/wall-$size.png" ] || fail "no screenshot at $size"
    dims=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$DIR/wall-$size.png")
    [ "$dims" = "$size" ] || fail "screenshot is $dims, not $size"
done
if [ -n "${WEB_WALL_SHOTS:-}" ]; then mkdir -p "$WEB_WALL_SHOTS"; cp "$DIR"/wall-*.png "$DIR/dom.html" "$WEB_WALL_SHOTS/"; fi

# The call's sound: the chime and the announcement, one WAV; calls not on the wall are refused.
code=$(curl -s -o "$DIR/call.wav" -w '%{http_code}' "$BASE/wall/am-thanh?so=$LABEL&quay=$COUNTER")
[ "$code" = 200 ] || fail "no sound for the call ($code)"
[ "$(head -c 4 "$DIR/call.wav")" = RIFF ] || fail "the call's sound is not a WAV"
[ "$(stat -c %s "$DIR/call.wav")" -gt 60000 ] || fail "the call's WAV is too short to hold the announcement"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/wall/am-thanh?so=Z999&quay=1")" = 404 ] || fail "sound for a call never made"

# Every public answer, the event stream included, is free of personal data.
curl -s "$BASE/wall" >"$DIR/wall.html"
curl -s "$BASE/wall/wall.js" >"$DIR/wall.js"
curl -s "$BASE/wall/picture.json" >"$DIR/picture.json"
curl -s "$BASE/wall/picture.json?groups=A" >"$DIR/picture-a.json"
curl -s -N --max-time 1 "$BASE/wall/events" >"$DIR/events.txt" || true
grep -q '^event: picture' "$DIR/events.txt" || fail "the event stream sent no picture on connect"
python3 -c "import json,sys; p=json.load(open(sys.argv[1])); assert p['serving'] and p['dossiers'], p" "$DIR/picture.json" ||
    fail "picture.json is empty"
for f in dom.html wall.html wall.js picture.json picture-a.json events.txt; do no_secrets "$DIR/$f" "$f"; done
echo "ok: call $LABEL → quầy $COUNTER shown without reload ($updates pictures), screenshots 1080p and 4K"
