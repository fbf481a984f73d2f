#!/usr/bin/env bash
# Live, issue 15 (receive and attach are separate calls): the store cannot take the paper's file
# when the dossier is saved (its files folder unusable: a full or broken disk on the host). The
# dossier stands, the scan is kept on this PC (unsent-scans/ in the config folder) and the
# counter says so; once the folder is back the counter sends it by itself, nobody retypes or
# rescans anything.
source "$(dirname "$0")/lib.sh"
live_begin 1920x1080 "2026-11-25 09:00"
files="$LIVE_DB.files"
mv "$files" "$files.away" && : >"$files" || live_fail "could not break the files folder"   # a file where the folder was
live_intake_with_file          # lib.sh: log in, scan the CCCD, 1.001193, a PNG under paper 1, save
code() { m case list --json | jq -r '[.[] | select(.applicant == "Tran Van Binh")][0].code // empty'; }
has_dossier() { [ -n "$(code)" ]; }
live_wait "the dossier saved" 30 has_dossier
c=$(code)
kept="$XDG_CONFIG_HOME/motcua/unsent-scans"
has_kept() { [ "$(ls "$kept"/*.pdf 2>/dev/null | wc -l)" = 1 ]; }
live_wait "the scan kept on this PC" 20 has_kept
live_settle
live_shot kept                     # amber: "1 bản quét chưa gửi được lên máy chủ…", "Gửi lại ngay"
rm "$files" && mv "$files.away" "$files"   # the host's disk is back
has_file() { m case files --code "$c" --json | jq -e '[.. | objects | select(.paper == 1)] | length == 1'; }
live_wait "paper 1's file sent again by itself to dossier $c" 40 has_file
none_kept() { [ -z "$(ls "$kept" 2>/dev/null)" ]; }
live_wait "nothing left on this PC" 10 none_kept
live_settle
live_shot sent
live_pass
