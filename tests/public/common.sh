# Shared by the public port's shell tests: a demo store and the test host on a free port.
# Usage: . common.sh MOTCUA SERVER [server options…]; sets DIR, BASE, CODE, CHECK, and stops the
# host on exit.
set -euo pipefail
MOTCUA=$1
SERVER=$2
shift 2
DIR=$(mktemp -d)
NOW="2026-11-26 09:30"
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$DIR"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$MOTCUA" --db "$DIR/office.db" --now "$NOW" init --demo >/dev/null
"$SERVER" --db "$DIR/office.db" --dir "$DIR" --now "$NOW" "$@" 2>"$DIR/server.log" &
SERVER_PID=$!
for _ in $(seq 100); do [ -s "$DIR/port" ] && break; sleep 0.05; done
[ -s "$DIR/port" ] || { cat "$DIR/server.log" >&2; fail "the test host did not start"; }
BASE="http://127.0.0.1:$(cat "$DIR/port")"
read -r CODE CHECK <"$DIR/dossier.txt"
[ -s "$DIR/secrets.txt" ] || fail "no personal values to look for"

# Fails when any personal value of the store is in file $1 (a public answer).
no_secrets() {
    local hit
    hit=$(grep -F -f "$DIR/secrets.txt" -o "$1" | head -3 || true)
    [ -z "$hit" ] || fail "personal data on a public answer ($2): $hit"
}
