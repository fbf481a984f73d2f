#!/usr/bin/env bash
# Static analysis of shared/: cppcheck (warning, portability; inline suppressions carry their
# reason) and clang-tidy with the checks in .clang-tidy, on a build's compile commands.
# Usage: scripts/lint.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
[[ -f $build/compile_commands.json ]] || cmake --preset dev >/dev/null
cppcheck --enable=warning,portability --std=c++20 --quiet --inline-suppr --error-exitcode=1 \
  -I shared --suppress=missingIncludeSystem shared
echo "cppcheck: clean"
mapfile -t sources < <(git ls-files 'shared/*.cpp')
printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option 2>/dev/null
echo "clang-tidy: clean (${#sources[@]} files)"
