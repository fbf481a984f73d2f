#!/usr/bin/env bash
# Runs a command under a private Xvfb whose display number the server picks itself (-displayfd),
# so parallel screenshot tests (ours, other apps', other users') never race for a display as
# `xvfb-run -a` can. Usage: [WITH_XVFB_SCREEN=3840x2160x24] with_xvfb.sh COMMAND [ARGS…]
set -u
numfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 "${WITH_XVFB_SCREEN:-2000x2000x24}" -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 200); do
  [[ -s $numfile ]] && break
  kill -0 "$xvfb" 2>/dev/null || break
  sleep 0.05
done
display=$(tr -dc 0-9 <"$numfile")
rm -f "$numfile"
if [[ -z $display ]]; then
  kill "$xvfb" 2>/dev/null
  echo "with_xvfb: Xvfb did not start" >&2
  exit 1
fi
DISPLAY=":$display" "$@"
status=$?
kill "$xvfb" 2>/dev/null
wait "$xvfb" 2>/dev/null
exit $status
