#!/usr/bin/env bash
# retry_on_hang.sh SECONDS PROGRAM ARGS…: runs the program; only when it hangs (killed after
# SECONDS) it is run once more. A failure is a failure at once.
# Why: SANE's `test` backend stops its reader thread with an asynchronous pthread_cancel; when the
# cancel lands inside malloc, that thread deadlocks on glibc's arena lock as it exits and
# sane_cancel() waits for it forever (seen once in 8 runs of the jam test, stack in
# sanei_thread_waitpid). Real scanners' backends are not this test double.
secs=$1
shift
for try in 1 2; do
  timeout -k 5 "$secs" "$@"
  rc=$?
  if [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ]; then exit "$rc"; fi
  echo "retry_on_hang: hung in SANE's test backend (try $try of 2)" >&2
done
exit 1
